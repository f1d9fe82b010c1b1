"""The directory of external organisations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.services.listing import OrganisationRow
from desktop.ui.labels import label, yes_no
from desktop.ui.widgets.row_table_model import AnyIndex, Column, RowTableModel


class OrganisationsTableModel(RowTableModel[OrganisationRow]):
    def columns(self) -> list[Column[OrganisationRow]]:
        return [
            Column(self.tr("Name"), self._name, lambda r: r.name),
            Column(self.tr("Kind"), lambda r: label(r.kind), lambda r: label(r.kind)),
            Column(self.tr("Contact person"), lambda r: r.contact_person, lambda r: r.contact_person),
            Column(self.tr("Phone"), lambda r: r.phone, lambda r: r.phone),
            Column(
                self.tr("Class hours"),
                lambda r: yes_no(r.recognised_as_class_hours),
                lambda r: r.recognised_as_class_hours,
            ),
            Column(
                self.tr("Services"),
                lambda r: r.services.replace("\n", " "),
                lambda r: r.services,
                tooltip=lambda r: r.services,
            ),
        ]

    def _name(self, row: OrganisationRow) -> str:
        return row.name if row.active else self.tr("{name} (inactive)").format(name=row.name)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and not self.row_at(index.row()).active:
            return QColor("#777777")
        return super().data(index, role)


def search_text(row: OrganisationRow) -> str:
    """What the search box matches: name, kind, services, contact person and details."""
    return f"{row.name} {label(row.kind)} {row.contact_person} {row.phone} {row.email} {row.services}"
