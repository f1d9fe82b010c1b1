"""The Dashboard: the team's key figures at a glance, charts of the cases (by state, by need
domain, per month of the school year) and the user's own tasks. Figures come from one service
call, desktop.services.dashboard.figures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.services import listing
from desktop.services.dashboard import DashboardFigures, figures
from desktop.services.listing import TaskRow
from desktop.ui.context import AppContext
from desktop.ui.dashboard.charts import DomainChart, StateChart, TrendChart
from desktop.ui.dashboard.tasks_table_model import TasksTableModel
from desktop.ui.labels import label
from desktop.ui.timefmt import date_text, local
from desktop.ui.widgets.area import AreaView, fit_columns, heading, make_table_view
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
        self.detail = QLabel(self)
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
        self.value.setStyleSheet(f"color: {colour};")
        self.setStyleSheet(
            "QFrame#figure_card { background: white; border: 1px solid #d5dbe3; border-radius: 6px; }"
        )


class DashboardView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
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
        charts = QHBoxLayout()
        charts.setSpacing(8)
        charts.addWidget(self.state_chart, 5)
        charts.addWidget(self.domain_chart, 5)
        charts.addWidget(self.trend_chart, 4)

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

        self.greeting = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Dashboard"), self))
        layout.addWidget(self.greeting)
        layout.addLayout(grid)
        layout.addLayout(charts, 3)
        layout.addWidget(self.tasks_box, 2)

    def today(self) -> date:
        return date.today()

    def refresh(self) -> None:
        today = self.today()
        data: DashboardFigures = self._ctx.read(lambda session, actor: figures(session, actor, today))
        tasks: list[TaskRow] = self._ctx.read(listing.my_tasks)
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
        self.tasks_model.set_rows(tasks)
        self.tasks_box.setTitle(self.tr("My open tasks ({n})").format(n=len(tasks)))
        fit_columns(self.tasks_table)
