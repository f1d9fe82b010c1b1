"""Staff accounts as an administrator sees them: user name, role, rights, active or not."""

from __future__ import annotations

from desktop.models import Role
from desktop.services.listing import StaffRow
from desktop.ui.labels import label, yes_no
from desktop.ui.widgets.row_table_model import Column, RowTableModel

_ROLE_ORDER = {role: i for i, role in enumerate(Role)}


class AccountsTableModel(RowTableModel[StaffRow]):
    def columns(self) -> list[Column[StaffRow]]:
        return [
            Column(self.tr("User name"), lambda r: r.username, lambda r: r.username),
            Column(self.tr("Name"), lambda r: r.display_name, lambda r: r.display_name),
            Column(self.tr("Role"), lambda r: label(r.role), lambda r: _ROLE_ORDER[r.role]),
            Column(self.tr("Administrator"), lambda r: yes_no(r.is_admin), lambda r: not r.is_admin),
            Column(self.tr("Position"), lambda r: r.position, lambda r: r.position),
            Column(
                self.tr("Homeroom"),
                lambda r: f"{r.homeroom_grade}-{r.homeroom_class}" if r.homeroom_grade is not None else "",
                lambda r: (r.homeroom_grade, r.homeroom_class) if r.homeroom_grade is not None else None,
            ),
            Column(
                self.tr("Status"),
                lambda r: self.tr("Active") if r.active else self.tr("Disabled"),
                lambda r: not r.active,
            ),
        ]


def search_text(row: StaffRow) -> str:
    return f"{row.username} {row.display_name} {label(row.role)} {row.position}"
