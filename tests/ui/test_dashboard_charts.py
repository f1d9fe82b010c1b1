"""The Dashboard's figure cards and charts on the demo school, as the team leads see them."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest
from PySide6.QtCharts import QHorizontalBarSeries, QLineSeries, QPieSeries
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from desktop.models import CaseState
from desktop.services.dashboard import figures
from desktop.services.demo import DEMO_TODAY
from desktop.ui.context import AppContext
from desktop.ui.dashboard.charts import DomainChart, StateChart
from desktop.ui.dashboard.dashboard_view import DashboardView
from desktop.ui.i18n import pseudo_text
from desktop.ui.labels import label
from tests.ui.helpers import refreshed


def _view(qtbot: QtBot, ctx: AppContext) -> DashboardView:
    view = DashboardView(ctx)
    view.today = lambda: DEMO_TODAY  # type: ignore[method-assign]
    qtbot.addWidget(view)
    view.resize(1130, 760)
    refreshed(qtbot, view)
    return view


@pytest.mark.parametrize("username", ["principal", "headteacher", "coordinator"])
def test_cards_and_charts_show_the_figures(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], username: str
) -> None:
    ctx = demo_context(username)
    view = _view(qtbot, ctx)
    data = ctx.read(lambda session, actor: figures(session, actor, DEMO_TODAY))

    def card(key: str) -> int:
        return int(view.cards[key].value.text().replace(",", ""))

    assert card("students") == data.students > 500
    assert card("open_cases") == data.open_cases
    assert card("overdue_tasks") == data.overdue_tasks
    assert str(data.open_tasks) in view.cards["overdue_tasks"].detail.text()
    assert card("overdue_referrals") == data.overdue_referrals
    assert card("open_referrals") == data.open_referrals
    assert card("upcoming_meetings") == data.upcoming_meetings
    assert card("new_requests") == data.new_requests

    # Cases by state: one bar per state, first state on top (last in the bar set).
    (bars,) = view.state_chart.chart().series()
    assert isinstance(bars, QHorizontalBarSeries)
    (bar_set,) = bars.barSets()
    assert bar_set.count() == len(CaseState)
    shown = [int(bar_set.at(i)) for i in range(bar_set.count())]
    assert shown[::-1] == [n for _state, n in data.cases_by_state]
    categories = view.state_chart.chart().axes()[0].categories()
    assert categories[-1] == label(CaseState.REQUESTED)

    # Open cases by need domain: one slice per domain that has cases.
    (pie,) = view.domain_chart.chart().series()
    assert isinstance(pie, QPieSeries)
    with_cases = [d for d in data.open_cases_by_domain if d.count]
    assert pie.count() == len(with_cases) >= 4
    assert [s.value() for s in pie.slices()] == [d.count for d in with_cases]
    assert pie.slices()[0].label().startswith(with_cases[0].name_en)

    # The trend: new and closed cases, one point per month since March.
    lines = view.trend_chart.chart().series()
    assert [type(s) for s in lines] == [QLineSeries, QLineSeries]
    assert [s.name() for s in lines] == ["New cases", "Closed cases"]
    assert all(s.count() == len(data.monthly) == 9 for s in lines)
    assert [int(p.y()) for p in lines[0].points()] == [m.opened for m in data.monthly]
    assert [int(p.y()) for p in lines[1].points()] == [m.closed for m in data.monthly]


def test_charts_use_the_application_font_and_korean_names(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("principal")
    ctx.language = "ko"
    view = _view(qtbot, ctx)
    family = view.font().family()
    chart = view.domain_chart.chart()
    assert chart.titleFont().family() == family
    assert view.domain_chart.label_font.family() == family  # the legend's and the state names' font
    (pie,) = chart.series()
    assert pie.slices()[0].label().startswith("학습")
    assert view.domain_chart.legend_entries()[0][0].startswith("학습")
    # A refresh rebuilds the charts instead of piling up series.
    refreshed(qtbot, view)
    assert len(view.state_chart.chart().series()) == 1
    assert len(view.trend_chart.chart().series()) == 2
    assert len(view.trend_chart.chart().axes()) == 2


# Names as long as a translation may make them (the pseudo language lengthens every string ~40 %).
LONG_STATES = [pseudo_text(label(state)) for state in CaseState]
LONG_DOMAINS = [("Psychological and emotional, with a longer name", 25), ("Learning", 16), ("Career", 3)]


def test_every_state_name_is_drawn_whole_and_none_is_hidden(qtbot: QtBot) -> None:
    chart = StateChart("Cases by state")
    qtbot.addWidget(chart)
    chart.update_counts([(name, i) for i, name in enumerate(LONG_STATES)])
    chart.resize(chart.minimumSizeHint())
    chart.show()
    qtbot.waitExposed(chart)
    placed = chart.state_names()
    assert [name for name, _rect in placed] == LONG_STATES
    metrics = QFontMetrics(chart.label_font)
    view = QRectF(chart.viewport().rect())
    for (name, rect), (_next, below) in pairwise(placed):
        assert view.contains(rect), name  # nothing cut at the chart's edge
        assert rect.width() >= metrics.horizontalAdvance(name)  # the whole name fits
        assert rect.bottom() <= below.top() + 1, name  # rows do not run into each other
    # The names stay left of the bars.
    plot_left = chart.mapFromScene(chart.chart().mapToScene(chart.chart().plotArea().topLeft())).x()
    assert all(rect.right() <= plot_left for _name, rect in placed)


def test_the_domain_legend_shows_every_whole_name_with_its_number(qtbot: QtBot) -> None:
    chart = DomainChart("Open cases by need domain")
    qtbot.addWidget(chart)
    chart.update_counts([*LONG_DOMAINS, ("Other", 0)])
    chart.resize(chart.minimumSizeHint())
    chart.show()
    qtbot.waitExposed(chart)
    entries = chart.legend_entries()
    assert [text for text, _colour, _rect in entries] == [f"{name} {n}" for name, n in LONG_DOMAINS]
    pie = chart.mapFromScene(chart.chart().mapToScene(chart.chart().plotArea().topRight())).x()
    metrics = QFontMetrics(chart.label_font)
    for text, _colour, rect in entries:
        assert QRectF(chart.viewport().rect()).contains(rect), text
        assert rect.width() >= metrics.horizontalAdvance(text) and rect.left() > pie
    (pie_series,) = chart.chart().series()
    assert [s.color() for s in pie_series.slices()] == [colour for _t, colour, _r in entries]


@pytest.mark.parametrize(("width", "columns"), [(1600, 3), (900, 2), (560, 1)])
def test_the_charts_wrap_onto_rows_rather_than_squeeze(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], width: int, columns: int
) -> None:
    ctx = demo_context("principal")
    view = _view(qtbot, ctx)
    view.resize(width, 760)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view._chart_columns == columns, timeout=2000)
    for chart in (view.state_chart, view.domain_chart, view.trend_chart):
        qtbot.waitUntil(lambda c=chart: c.width() >= c.minimumSizeHint().width(), timeout=2000)
        assert chart.height() >= chart.minimumSizeHint().height()
    # Everything stays reachable: the dashboard scrolls when it is taller than the window.
    content = view.scroller.widget()
    assert content.height() >= content.minimumSizeHint().height()
