"""The directory of external organisations."""

from __future__ import annotations

from desktop.services.listing import OrganisationRow
from desktop.ui.labels import label
from desktop.ui.widgets.row_table_model import Column, RowTableModel


class OrganisationsTableModel(RowTableModel[OrganisationRow]):
    def columns(self) -> list[Column[OrganisationRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.name, lambda r: r.name),
            Column(self.tr("Kind"), lambda r: label(r.kind), lambda r: label(r.kind)),
            Column(self.tr("Contact person"), lambda r: r.contact_person, lambda r: r.contact_person),
            Column(self.tr("Phone"), lambda r: r.phone, lambda r: r.phone),
            Column(
                self.tr("Services"),
                lambda r: r.services.replace("\n", " "),
                lambda r: r.services,
                tooltip=lambda r: r.services,
            ),
        ]


def search_text(row: OrganisationRow) -> str:
    return f"{row.name} {label(row.kind)} {row.contact_person} {row.phone} {row.services}"
