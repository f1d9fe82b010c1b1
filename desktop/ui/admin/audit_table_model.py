"""The most recent audit events: when, who, what, on which record."""

from __future__ import annotations

from desktop.services.listing import AuditRow
from desktop.ui.labels import audit_action_label
from desktop.ui.timefmt import datetime_text
from desktop.ui.widgets.row_table_model import Column, RowTableModel


class AuditTableModel(RowTableModel[AuditRow]):
    def columns(self) -> list[Column[AuditRow]]:
        return [
            Column(self.tr("When"), lambda r: datetime_text(r.at), lambda r: r.id),
            Column(self.tr("Who"), lambda r: r.actor_name, lambda r: r.actor_name),
            Column(self.tr("Action"), lambda r: audit_action_label(r.action), lambda r: r.action),
            Column(
                self.tr("Record"),
                lambda r: f"{r.entity_type} #{r.entity_id}" if r.entity_id is not None else r.entity_type,
                lambda r: (r.entity_type, r.entity_id or 0),
            ),
            Column(
                self.tr("Student"),
                lambda r: f"#{r.student_id}" if r.student_id is not None else "",
                lambda r: r.student_id,
            ),
            Column(self.tr("Purpose"), lambda r: r.purpose, lambda r: r.purpose),
        ]


def search_text(row: AuditRow) -> str:
    return f"{row.actor_name} {audit_action_label(row.action)} {row.entity_type} {row.purpose}"
