"""The Dashboard: the team's key figures at a glance, cases by state, and the user's own tasks."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.models import CaseState, MeetingStatus
from desktop.services import listing
from desktop.services.listing import MeetingRow, TaskRow
from desktop.ui.context import AppContext
from desktop.ui.dashboard.figures import counts, figure, open_cases
from desktop.ui.dashboard.tasks_table_model import TasksTableModel
from desktop.ui.labels import label
from desktop.ui.timefmt import local
from desktop.ui.widgets.area import AreaView, heading, make_table_view
from desktop.ui.widgets.row_table_model import RowFilterProxy

CARD_COLUMNS = 4


class FigureCard(QFrame):
    """A big number with its caption; highlighted when it asks for attention."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–", self)
        self.value.setObjectName("figure_value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.set_value(None)

    def set_value(self, value: int | None, *, alert: bool = False) -> None:
        self.value.setText("–" if value is None else f"{value:,}")
        colour = "#b00020" if alert and value else "#1b2a3a"
        self.value.setStyleSheet(f"color: {colour};")
        self.setStyleSheet(
            "QFrame#figure_card { background: white; border: 1px solid #d5dbe3; border-radius: 6px; }"
        )


class DashboardView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.cards: dict[str, FigureCard] = {}
        captions = {
            "students": self.tr("Students"),
            "open_cases": self.tr("Open cases"),
            "new_requests": self.tr("New support requests"),
            "upcoming_meetings": self.tr("Upcoming meetings"),
            "overdue_referrals": self.tr("Overdue referrals"),
            "open_tasks": self.tr("Open tasks"),
            "overdue_tasks": self.tr("Overdue tasks"),
            "interventions": self.tr("Interventions"),
        }
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, (key, caption) in enumerate(captions.items()):
            card = FigureCard(caption, self)
            self.cards[key] = card
            grid.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)

        self.states_box = QGroupBox(self.tr("Cases by state"), self)
        self.states_grid = QGridLayout(self.states_box)
        self.state_labels: dict[CaseState, QLabel] = {}
        for i, state in enumerate(CaseState):
            name = QLabel(label(state), self.states_box)
            count = QLabel("0", self.states_box)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setObjectName(f"state_{state.value}")
            self.state_labels[state] = count
            row, col = i % 6, (i // 6) * 2
            self.states_grid.addWidget(name, row, col)
            self.states_grid.addWidget(count, row, col + 1)
        self.states_grid.setColumnMinimumWidth(2, 0)
        self.states_grid.setHorizontalSpacing(18)

        self.tasks_model = TasksTableModel(self)
        self.tasks_proxy = RowFilterProxy(lambda r: r.title, self)
        self.tasks_proxy.setSourceModel(self.tasks_model)
        self.tasks_table = make_table_view(self)
        self.tasks_table.setModel(self.tasks_proxy)
        self.tasks_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tasks_box = QGroupBox(self.tr("My open tasks"), self)
        tasks_layout = QVBoxLayout(self.tasks_box)
        tasks_layout.addWidget(self.tasks_table)

        self.greeting = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Dashboard"), self))
        layout.addWidget(self.greeting)
        layout.addLayout(grid)
        layout.addWidget(self.states_box)
        layout.addWidget(self.tasks_box, 1)

    def refresh(self) -> None:
        from desktop.services.statistics import summary

        data: dict[str, Any] = self._ctx.read(lambda session, _actor: summary(session))
        meetings: list[MeetingRow] = self._ctx.read(listing.meetings)
        tasks: list[TaskRow] = self._ctx.read(listing.my_tasks)
        self.greeting.setText(
            self.tr("{name}, here is where the team stands today.").format(name=self._ctx.actor.display_name)
        )
        now = datetime.now(UTC)
        upcoming = figure(data, "meetings", "upcoming")
        if upcoming is None:
            upcoming = sum(
                1 for m in meetings if m.status == MeetingStatus.PLANNED and local(m.held_at) >= now
            )
        new_requests = figure(data, "requests", "new")
        if new_requests is None:
            new_requests = self._ctx.read(listing.new_request_count)
        values = {
            "students": (figure(data, "students"), False),
            "open_cases": (open_cases(data), False),
            "new_requests": (new_requests, True),
            "upcoming_meetings": (upcoming, False),
            "overdue_referrals": (figure(data, "referrals", "overdue"), True),
            "open_tasks": (figure(data, "tasks", "open"), False),
            "overdue_tasks": (figure(data, "tasks", "overdue"), True),
            "interventions": (figure(data, "interventions"), False),
        }
        for key, (value, alert) in values.items():
            self.cards[key].set_value(value, alert=alert)
        by_state = counts(data, "cases", "by_state")
        for state, count_label in self.state_labels.items():
            count_label.setText(f"{by_state.get(state.value, 0):,}")
        self.tasks_model.set_rows(tasks)
        self.tasks_box.setTitle(self.tr("My open tasks ({n})").format(n=len(tasks)))
        self.tasks_table.resizeColumnsToContents()
