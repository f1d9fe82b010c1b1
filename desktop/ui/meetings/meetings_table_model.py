"""The Meetings table: one row per meeting of the team."""

from __future__ import annotations

from desktop.services.listing import MeetingRow
from desktop.ui.labels import label
from desktop.ui.timefmt import datetime_text, local
from desktop.ui.widgets.row_table_model import Column, RowTableModel


class MeetingsTableModel(RowTableModel[MeetingRow]):
    def columns(self) -> list[Column[MeetingRow]]:
        return [
            Column(self.tr("Meeting"), self.meeting_title, lambda r: (r.year, r.number)),
            Column(self.tr("Type"), lambda r: label(r.meeting_type), lambda r: r.meeting_type.value),
            Column(self.tr("Date"), lambda r: datetime_text(r.held_at), lambda r: local(r.held_at)),
            Column(self.tr("Place"), lambda r: r.place, lambda r: r.place),
            Column(self.tr("Status"), lambda r: label(r.status), lambda r: r.status.value),
            Column(self.tr("Chair"), lambda r: r.chair_name, lambda r: r.chair_name),
        ]

    def meeting_title(self, row: MeetingRow) -> str:
        """ "2026 제3차" in Korean."""
        return self.tr("{year} meeting no. {number}").format(year=row.year, number=row.number)
