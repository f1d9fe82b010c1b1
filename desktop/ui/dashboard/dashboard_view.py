"""The Dashboard: the team's key figures at a glance, charts of the cases (by state, by need
domain, per month of the school year), what waits for the user's approval or signature (결재 대기,
for those who approve plans or sign minutes) and the user's own tasks. Figures come from one
service call, desktop.services.dashboard.figures; the waiting approvals from awaiting_approval.
Enter or a double-click on a waiting approval opens the case's Plan tab or the meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QGroupBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.services import listing
from desktop.services.actor import Actor
from desktop.services.dashboard import (
    ApprovalKind,
    AwaitingApproval,
    DashboardFigures,
    awaiting_approval,
    figures,
)
from desktop.services.errors import ServiceError
from desktop.services.listing import TaskRow
from desktop.services.permissions import Permission
from desktop.ui.context import AppContext
from desktop.ui.dashboard.approvals_table_model import ApprovalsTableModel
from desktop.ui.dashboard.charts import DomainChart, StateChart, TrendChart
from desktop.ui.dashboard.tasks_table_model import TasksTableModel
from desktop.ui.labels import label
from desktop.ui.timefmt import date_text, local
from desktop.ui.widgets.area import AreaView, fit_columns, heading, make_table_view, scale_font
from desktop.ui.widgets.async_refresh import DataLoader
from desktop.ui.widgets.feedback import show_error
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import ROW_ROLE, RowFilterProxy

CARD_COLUMNS = 4


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows, read in one session off the UI thread."""

    figures: DashboardFigures
    tasks: list[TaskRow]
    approvals: list[AwaitingApproval]


class FigureCard(QFrame):
    """A big number with its caption; highlighted when it asks for attention."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#figure_card { background: white; border: 1px solid #d5dbe3; border-radius: 6px; }"
        )
        self._colour = ""
        self.value = PlainLabel("–", self)
        self.value.setObjectName("figure_value")
        scale_font(self.value, 2.2, bold=True)
        self.caption = PlainLabel(caption, self)
        self.caption.setWordWrap(True)
        self.detail = PlainLabel(self)
        self.detail.setObjectName("figure_detail")
        self.detail.setStyleSheet("color: #5a6775;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        self.set_value(None)

    def set_value(self, value: int | None, *, alert: bool = False, detail: str = "") -> None:
        self.value.setText("–" if value is None else f"{value:,}")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        colour = "#b00020" if alert and value else "#1b2a3a"
        if colour != self._colour:  # a new style sheet re-styles the widget: only when it changes
            self._colour = colour
            self.value.setStyleSheet(f"color: {colour};")


class DashboardView(AreaView):
    loaded = Signal()
    """Emitted once refreshed data is on screen (the reads run on the operation runner)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._charts_pending = False
        self.loader: DataLoader[DashboardData] = DataLoader(ctx, self, self._show)
        self.loader.loaded.connect(self.loaded)
        # Made first, so Tab reaches the scrolling page (arrow keys scroll it) before the tasks in it.
        self.scroller = QScrollArea(self)
        self.figures: DashboardFigures | None = None
        self.cards: dict[str, FigureCard] = {}
        captions = {
            "students": self.tr("Students"),
            "open_cases": self.tr("Open cases"),
            "new_requests": self.tr("New support requests"),
            "upcoming_meetings": self.tr("Upcoming meetings"),
            "interventions": self.tr("Active interventions"),
            "open_referrals": self.tr("Open referral loops"),
            "overdue_referrals": self.tr("Overdue referrals"),
            "overdue_tasks": self.tr("Overdue tasks"),
        }
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, (key, caption) in enumerate(captions.items()):
            card = FigureCard(caption, self)
            self.cards[key] = card
            grid.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)

        self.state_chart = StateChart(self.tr("Cases by state"), self)
        self.state_chart.setObjectName("state_chart")
        self.domain_chart = DomainChart(self.tr("Open cases by need domain"), self)
        self.domain_chart.setObjectName("domain_chart")
        self.trend_chart = TrendChart(self.tr("Cases per month of the school year"), self)
        self.trend_chart.setObjectName("trend_chart")
        # Side by side when the window is wide enough for each chart's texts, else over two rows
        # (see _arrange_charts); the dashboard scrolls rather than squeezing them.
        self.charts = QGridLayout()
        self.charts.setSpacing(8)
        self._chart_columns = 0

        # What waits for the user's decision, above their tasks: only for those who approve plans
        # or sign minutes (the principal).
        self.approves = ctx.can(Permission.APPROVE_PLAN) or ctx.can(Permission.SIGN_MINUTES)
        self.approvals_model = ApprovalsTableModel(self)
        self.approvals_table = make_table_view(self)
        self.approvals_table.setObjectName("approvals_table")
        self.approvals_table.setModel(self.approvals_model)
        self.approvals_table.activated.connect(self._open_approval_index)
        self.approvals_table.setMinimumHeight(110)
        self.approvals_box = QGroupBox(self.tr("Awaiting my approval"), self)
        approvals_layout = QVBoxLayout(self.approvals_box)
        approvals_layout.setContentsMargins(6, 6, 6, 6)
        approvals_layout.addWidget(self.approvals_table)
        self.approvals_box.setVisible(self.approves)

        self.tasks_model = TasksTableModel(self)
        self.tasks_proxy = RowFilterProxy(lambda r: r.title, self)
        self.tasks_proxy.setSourceModel(self.tasks_model)
        self.tasks_table = make_table_view(self)
        self.tasks_table.setModel(self.tasks_proxy)
        self.tasks_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tasks_box = QGroupBox(self.tr("My open tasks"), self)
        tasks_layout = QVBoxLayout(self.tasks_box)
        tasks_layout.setContentsMargins(6, 6, 6, 6)
        tasks_layout.addWidget(self.tasks_table)

        self.greeting = PlainLabel(self)
        self.greeting.setWordWrap(True)
        self.tasks_table.setMinimumHeight(160)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Dashboard"), self))
        layout.addWidget(self.greeting)
        layout.addWidget(self.loader.busy_label)
        layout.addLayout(grid)
        layout.addWidget(self.approvals_box, 1)
        layout.addLayout(self.charts, 3)
        layout.addWidget(self.tasks_box, 2)
        self.scroller.setWidget(content)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        self._arrange_charts()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._font_changed)

    def _arrange_charts(self) -> None:
        """Three charts in a row if each gets the width its texts need, else the two counts side by
        side and the trend below them, else one under another."""
        charts = [self.state_chart, self.domain_chart, self.trend_chart]
        room = self.scroller.viewport().width() if self.isVisible() else self.width()
        spacing = self.charts.spacing()
        needed = [chart.minimumSizeHint().width() for chart in charts]
        if sum(needed) + 2 * spacing <= room:
            columns = 3
        elif needed[0] + needed[1] + spacing <= room:
            columns = 2
        else:
            columns = 1
        if columns == self._chart_columns:
            return
        self._chart_columns = columns
        for chart in charts:
            self.charts.removeWidget(chart)
        for column in range(3):
            self.charts.setColumnStretch(column, 0)
        if columns == 3:
            for i, (chart, stretch) in enumerate(zip(charts, (5, 5, 4), strict=True)):
                self.charts.addWidget(chart, 0, i)
                self.charts.setColumnStretch(i, stretch)
        elif columns == 2:
            self.charts.addWidget(self.state_chart, 0, 0)
            self.charts.addWidget(self.domain_chart, 0, 1)
            self.charts.addWidget(self.trend_chart, 1, 0, 1, 2)
            self.charts.setColumnStretch(0, 1)
            self.charts.setColumnStretch(1, 1)
        else:
            for row, chart in enumerate(charts):
                self.charts.addWidget(chart, row, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_charts()

    def _font_changed(self) -> None:
        QTimer.singleShot(0, self, self._arrange_charts)  # the charts' needs changed with the font

    def today(self) -> date:
        return date.today()

    @property
    def loading(self) -> bool:
        """True while the figures are being read, or the charts are still to be drawn."""
        return self.loader.loading or self._charts_pending

    def refresh(self) -> None:
        """Read the figures and tasks on the operation runner; they are shown when read."""
        today = self.today()
        approves = self.approves

        def read(session: Session, actor: Actor) -> DashboardData:  # worker thread
            return DashboardData(
                figures(session, actor, today),
                listing.my_tasks(session, actor),
                awaiting_approval(session, actor) if approves else [],
            )

        self.loader.load(read)

    def _show(self, loaded: DashboardData) -> None:
        data, tasks, approvals = loaded.figures, loaded.tasks, loaded.approvals
        self.figures = data
        self.greeting.setText(
            self.tr("{name}, here is where the team stands today.").format(name=self._ctx.actor.display_name)
        )
        next_meeting = (
            self.tr("next: {day}").format(day=date_text(local(data.next_meeting_at).date()))
            if data.next_meeting_at is not None
            else ""
        )
        values: dict[str, tuple[int, bool, str]] = {
            "students": (data.students, False, ""),
            "open_cases": (data.open_cases, False, ""),
            "new_requests": (data.new_requests, True, ""),
            "upcoming_meetings": (data.upcoming_meetings, False, next_meeting),
            "interventions": (data.active_interventions, False, ""),
            "open_referrals": (data.open_referrals, False, ""),
            "overdue_referrals": (data.overdue_referrals, True, ""),
            "overdue_tasks": (data.overdue_tasks, True, self.tr("of {n} open").format(n=data.open_tasks)),
        }
        for key, (value, alert, detail) in values.items():
            self.cards[key].set_value(value, alert=alert, detail=detail)
        self.approvals_model.set_rows(approvals)
        self.approvals_box.setTitle(self.tr("Awaiting my approval ({n})").format(n=len(approvals)))
        fit_columns(self.approvals_table)
        self.tasks_model.set_rows(tasks)
        self.tasks_box.setTitle(self.tr("My open tasks ({n})").format(n=len(tasks)))
        fit_columns(self.tasks_table)
        # The charts at the next turn of the event loop: figures and lists show first, and the
        # window answers in between.
        self._charts_pending = True
        QTimer.singleShot(0, self, lambda: self._draw_charts(data))

    def _draw_charts(self, data: DashboardFigures) -> None:
        if data is not self.figures:
            return  # newer figures arrived meanwhile: drawn at their own turn
        self._charts_pending = False
        self.state_chart.update_counts([(label(state), n) for state, n in data.cases_by_state])
        self.domain_chart.update_counts(
            [(self._ctx.domain_name(d.name_ko, d.name_en), d.count) for d in data.open_cases_by_domain]
        )
        self.trend_chart.update_months(
            [
                self.tr("{month}", "month number under the trend chart").format(month=m.month.month)
                for m in data.monthly
            ],
            [m.opened for m in data.monthly],
            [m.closed for m in data.monthly],
        )
        self._arrange_charts()  # the names in the charts decide how much room they need

    # --- waiting approvals -----------------------------------------------------------------------

    def _open_approval_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(row, AwaitingApproval):
            self.open_approval(row)

    def open_approval(self, row: AwaitingApproval) -> QWidget | None:
        """Open what waits: the case window on its Plan tab (that version shown), or the meeting's
        window. Returns the window, None when it could not be opened."""
        # Imported here: the case and meeting windows import the areas' dialogs.
        if row.kind is ApprovalKind.PLAN and row.case_id is not None:
            from desktop.ui.case_detail.case_window import open_case_window
            from desktop.ui.case_detail.plan_panel import PlanPanel

            try:
                window = open_case_window(self._ctx, row.case_id, self.window())
            except ServiceError as exc:
                show_error(self, exc)
                return None
            if window.tabs is not None:
                panel = window.panel(PlanPanel)
                window.tabs.setCurrentWidget(panel)
                index = panel.version.findData(row.record_id)
                if index >= 0:
                    panel.version.setCurrentIndex(index)
            return window
        from desktop.ui.meetings.meeting_dialog import MeetingDialog

        try:
            dialog = MeetingDialog(self._ctx, row.record_id, self)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
