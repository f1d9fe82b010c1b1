"""Internal staff as resources: who they are, what they offer, how to reach them."""

from __future__ import annotations

from desktop.services.listing import StaffRow
from desktop.ui.labels import label
from desktop.ui.widgets.row_table_model import Column, RowTableModel


def homeroom_text(row: StaffRow) -> str:
    if row.homeroom_grade is None or row.homeroom_class is None:
        return ""
    return f"{row.homeroom_grade}-{row.homeroom_class}"


class StaffTableModel(RowTableModel[StaffRow]):
    def columns(self) -> list[Column[StaffRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.display_name, lambda r: r.display_name),
            Column(self.tr("Position"), lambda r: r.position, lambda r: r.position),
            Column(self.tr("Offers"), lambda r: label(r.specialty), lambda r: label(r.specialty)),
            Column(
                self.tr("Homeroom"),
                homeroom_text,
                lambda r: (r.homeroom_grade, r.homeroom_class) if r.homeroom_grade is not None else None,
            ),
            Column(self.tr("Phone"), lambda r: r.phone, lambda r: r.phone),
        ]


def search_text(row: StaffRow) -> str:
    return f"{row.display_name} {row.position} {label(row.specialty)} {homeroom_text(row)}"
