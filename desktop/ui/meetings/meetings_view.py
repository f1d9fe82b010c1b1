"""The Meetings area: the team's meetings, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.services import listing
from desktop.services.listing import MeetingRow
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.meetings.meetings_table_model import MeetingsTableModel
from desktop.ui.widgets.area import AreaView, heading, make_search_field, make_table_view
from desktop.ui.widgets.row_table_model import RowFilterProxy


class MeetingsView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = MeetingsTableModel(self)
        self.proxy = RowFilterProxy(self._search_text, self)
        self.proxy.setSourceModel(self.model)
        self.search_field = make_search_field(self.tr("Search by type, place or chair"), self)
        self.search_field.textChanged.connect(self.proxy.set_search)
        self.count_label = QLabel(self)
        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)

        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 2)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Meetings"), self))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _search_text(self, row: MeetingRow) -> str:
        return " ".join(
            (
                self.model.meeting_title(row),
                label(row.meeting_type),
                row.place,
                row.chair_name,
                label(row.status),
            )
        )

    def refresh(self) -> None:
        rows: list[MeetingRow] = self._ctx.read(listing.meetings)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n meeting(s)", "", len(rows)))
        self.table.resizeColumnsToContents()
