"""The Meetings area: the team's meetings, newest first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.services import listing
from desktop.services.listing import MeetingRow
from desktop.services.permissions import Permission
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.meetings.meeting_dialog import MeetingDialog
from desktop.ui.meetings.meetings_table_model import MeetingsTableModel
from desktop.ui.meetings.new_meeting_dialog import NewMeetingDialog
from desktop.ui.widgets.area import AreaView, fit_columns, heading, make_search_field, make_table_view
from desktop.ui.widgets.focus import tab_in_order
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import ROW_ROLE, RowFilterProxy


class MeetingsView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = MeetingsTableModel(self)
        self.proxy = RowFilterProxy(self._search_text, self)
        self.proxy.setSourceModel(self.model)
        self.search_field = make_search_field(self.tr("Search by type, place or chair"), self)
        self.search_field.textChanged.connect(self.proxy.set_search)
        self.count_label = PlainLabel(self)
        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._open_index)
        self.new_button = QPushButton(self.tr("&New meeting…"), self)
        self.new_button.clicked.connect(self.new_meeting)
        self.new_button.setVisible(ctx.can(Permission.MANAGE_MEETINGS))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.open_button.setToolTip(self.tr("Enter"))
        if ctx.can(Permission.MANAGE_MEETINGS):
            self.new_button.setToolTip(self.tr("Ctrl+N"))
            new = QShortcut(QKeySequence.StandardKey.New, self)
            new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            new.setWhatsThis(self.tr("New meeting (Meetings)"))
            new.activated.connect(self.new_meeting)

        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 2)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Meetings"), self))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        tab_in_order(self.search_field, self.new_button, self.open_button, self.table)  # the bar is above

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
        fit_columns(self.table)

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(row, MeetingRow):
            self.open_meeting(row.id)

    def open_meeting(self, meeting_id: int) -> MeetingDialog:
        """Open the meeting's window (non-modal); the list follows what it stores."""
        dialog = MeetingDialog(self._ctx, meeting_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.show()
        return dialog

    def new_meeting(self) -> int | None:
        dialog = NewMeetingDialog(self._ctx, self)
        if dialog.exec() != NewMeetingDialog.DialogCode.Accepted or dialog.meeting_id is None:
            return None
        self.refresh()
        self.open_meeting(dialog.meeting_id)
        return dialog.meeting_id
