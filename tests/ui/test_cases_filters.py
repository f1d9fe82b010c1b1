"""The Cases list: filters for state, need domain, priority, grade, case manager and overdue
review, combined with the search, all in the proxy over one loaded list (20,000 cases too)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from desktop.models import CaseState, Priority
from desktop.services import listing
from desktop.services.listing import CaseRow, DomainName
from desktop.ui.cases.cases_view import FINISHED, CasesView, is_overdue
from desktop.ui.context import AppContext
from desktop.ui.widgets.row_table_model import ROW_ROLE
from tests.ui.helpers import refreshed, type_text, wait_loaded

TODAY = date.today()


def _shown(view: CasesView) -> list[CaseRow]:
    """The rows the table shows, top to bottom."""
    return [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]


def _choose(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.fixture
def view(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> CasesView:
    v = CasesView(demo_context("coordinator"))
    qtbot.addWidget(v)
    refreshed(qtbot, v)
    return v


def test_each_filter_keeps_exactly_the_matching_cases(view: CasesView) -> None:
    rows = view.model.rows()
    assert len(rows) == 60 and view.count_label.text() == "60 cases"

    _choose(view.state_filter, "open")
    assert {r.id for r in _shown(view)} == {r.id for r in rows if r.state not in FINISHED}
    _choose(view.state_filter, None)

    domain = next(d for r in rows for d in r.domains)
    _choose(view.domain_filter, domain.code)
    expected = {r.id for r in rows if domain.code in {d.code for d in r.domains}}
    assert 0 < len(expected) < 60 and {r.id for r in _shown(view)} == expected
    assert view.count_label.text() == f"{len(expected)} of 60 cases"
    _choose(view.domain_filter, None)

    _choose(view.priority_filter, Priority.HIGH)
    assert {r.id for r in _shown(view)} == {r.id for r in rows if r.priority is Priority.HIGH}
    _choose(view.priority_filter, None)

    _choose(view.grade_filter, 3)
    assert view.grade_filter.currentText() == "Grade 3"
    assert {r.id for r in _shown(view)} == {r.id for r in rows if r.grade == 3}
    _choose(view.grade_filter, None)

    manager_id = rows[0].manager_id
    _choose(view.manager_filter, manager_id)
    assert view.manager_filter.currentText() == rows[0].manager_name
    assert {r.id for r in _shown(view)} == {r.id for r in rows if r.manager_id == manager_id}
    _choose(view.manager_filter, None)

    view.overdue_filter.setChecked(True)
    overdue = {r.id for r in rows if is_overdue(r, TODAY)}
    assert overdue and {r.id for r in _shown(view)} == overdue
    assert all(r.state not in FINISHED and r.next_review_on < TODAY for r in _shown(view))  # type: ignore[operator]
    view.overdue_filter.setChecked(False)
    assert view.proxy.rowCount() == 60


def test_filters_combine_with_the_search_and_survive_a_refresh(qtbot: QtBot, view: CasesView) -> None:
    rows = view.model.rows()
    _choose(view.grade_filter, 3)
    _choose(view.state_filter, CaseState.ACTIVE)
    target = next(r for r in rows if r.grade == 3 and r.state is CaseState.ACTIVE)
    type_text(qtbot, view.search_field, target.student_name)
    shown = _shown(view)
    assert target in shown
    assert all(
        r.grade == 3 and r.state is CaseState.ACTIVE and target.student_name in r.student_name for r in shown
    )
    # A refresh reloads the list but keeps the filters as chosen.
    refreshed(qtbot, view)
    assert view.grade_filter.currentData() == 3 and view.state_filter.currentText() == "Active support"
    assert {r.id for r in _shown(view)} == {r.id for r in shown}


def test_filtering_never_goes_back_to_the_database(qtbot: QtBot, view: CasesView) -> None:
    statements: list[str] = []
    engine = view._ctx.vault.engine
    listener = lambda *a: statements.append(a[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        _choose(view.priority_filter, Priority.URGENT)
        view.overdue_filter.setChecked(True)
        _choose(view.grade_filter, 3)
        view.search_field.setText("2026")
        assert statements == []
        view.refresh_list()
        wait_loaded(qtbot, view)
        assert 1 <= len(statements) <= 2  # the list, in one query (the domains were loaded before)
    finally:
        event.remove(engine, "before_cursor_execute", listener)


def _many(n: int) -> list[CaseRow]:
    domains = (DomainName("learning", "학습", "Learning"), DomainName("emotional", "심리·정서", "Emotional"))
    states = list(CaseState)
    priorities = list(Priority)
    return [
        CaseRow(
            id=i + 1,
            code=f"2026-{i + 1:05d}",
            student_id=i + 1,
            student_name=f"학생{i:05d}",
            grade=(i // 3) % 6 + 1,
            class_no=i % 8 + 1,
            number=i % 30 + 1,
            state=states[i % len(states)],
            priority=priorities[(i // 11) % len(priorities)],
            domains=domains[: i % 3],
            manager_name=f"담당{(i // 13) % 7}",
            opened_on=date(2026, 3, 2),
            next_review_on=TODAY - timedelta(days=(i // 17) % 5 - 2),
            manager_id=100 + (i // 13) % 7,
        )
        for i in range(n)
    ]


def _fake_cases(rows: list[CaseRow]) -> Callable[..., list[CaseRow]]:
    """listing.cases over the given rows (the first ones in code order with `first`)."""

    def cases(
        session: object, actor: object, *, first: int | None = None, code_descending: bool = True
    ) -> list[CaseRow]:
        if first is None:
            return list(rows)
        return sorted(rows, key=lambda r: listing.case_code_key(r.code), reverse=code_descending)[:first]

    return cases


def test_twenty_thousand_cases_are_filtered_in_the_proxy(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _many(20_000)
    monkeypatch.setattr(listing, "cases", _fake_cases(rows))
    view = CasesView(demo_context("coordinator"))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    assert view.count_label.text() == "20000 cases"
    assert view.grade_filter.count() == 7 and view.manager_filter.count() == 9  # all, none, 7 managers
    _choose(view.domain_filter, "emotional")
    _choose(view.priority_filter, Priority.URGENT)
    _choose(view.grade_filter, 2)
    _choose(view.manager_filter, 103)
    view.overdue_filter.setChecked(True)
    expected = [
        r
        for r in rows
        if any(d.code == "emotional" for d in r.domains)
        and r.priority is Priority.URGENT
        and r.grade == 2
        and r.manager_id == 103
        and is_overdue(r, TODAY)
    ]
    assert expected and sorted(r.id for r in _shown(view)) == sorted(r.id for r in expected)
    assert view.count_label.text() == f"{len(expected)} of 20000 cases"


def test_a_long_list_opens_on_its_top_and_then_shows_every_case(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    """20,000 cases: the first screen (the newest codes) shows at once, the rest arrives from the
    worker; then the list holds every case in order, and search and filters see all of them."""
    rows = _many(20_000)
    fake = _fake_cases(rows)
    whole_may_come = threading.Event()

    def cases(
        session: object, actor: object, *, first: int | None = None, code_descending: bool = True
    ) -> list[CaseRow]:
        if first is None:  # the complete list waits until the test has looked at the first screen
            whole_may_come.wait(20)
        return fake(session, actor, first=first, code_descending=code_descending)

    monkeypatch.setattr(listing, "cases", cases)
    view = CasesView(demo_context("coordinator"))
    qtbot.addWidget(view)
    by_code = sorted(rows, key=lambda r: listing.case_code_key(r.code), reverse=True)
    view.refresh()
    qtbot.waitUntil(lambda: view.proxy.rowCount() > 0, timeout=20_000)
    assert view.loading and view.count_label.text() == "Loading cases…"
    assert _shown(view) == by_code[: view.proxy.rowCount()]
    view.table.selectRow(3)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        whole_may_come.set()
    assert not view.loading and _shown(view) == by_code
    assert view.table.currentIndex().data(ROW_ROLE) == by_code[3]  # the selection stayed on its case
    type_text(qtbot, view.search_field, "2026-009")
    expected = [r for r in by_code if "2026-009" in r.code]
    assert len(expected) == 100 and _shown(view) == expected
    assert view.count_label.text() == "100 of 20000 cases"
    type_text(qtbot, view.search_field, "9")  # narrows the previous search
    assert _shown(view) == [r for r in expected if "2026-0099" in r.code]
    view.search_field.clear()
    _choose(view.state_filter, "open")
    assert _shown(view) == [r for r in by_code if r.state not in FINISHED]
    type_text(qtbot, view.search_field, "학생0001")
    assert _shown(view) == [r for r in by_code if r.state not in FINISHED and "학생0001" in r.student_name]


def test_a_refresh_while_the_list_loads_shows_the_newest_reading(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _many(5_000)
    monkeypatch.setattr(listing, "cases", _fake_cases(rows))
    view = CasesView(demo_context("coordinator"))
    qtbot.addWidget(view)
    view.refresh()
    fewer = rows[:4_000]
    monkeypatch.setattr(listing, "cases", _fake_cases(fewer))
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    qtbot.wait(50)  # the first reading's result, if it arrives late, is dropped
    view._ctx.runner.wait_for_idle()
    qtbot.wait(50)
    assert {r.id for r in view.model.rows()} == {r.id for r in fewer} and view.model.rowCount() == 4_000


def test_a_list_that_could_not_be_read_whole_says_so(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the complete list cannot be read after the first screen (the database went away), the
    count never passes the first screen off as every case; opening the area again reads it all."""
    rows = _many(1_000)
    top = _fake_cases(rows)

    def fails_whole(
        session: object, actor: object, *, first: int | None = None, code_descending: bool = True
    ) -> list[CaseRow]:
        if first is None:
            raise OperationalError("SELECT …", {}, Exception("disk I/O error"))
        return top(session, actor, first=first, code_descending=code_descending)

    monkeypatch.setattr(listing, "cases", fails_whole)
    view = CasesView(demo_context("coordinator"))
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=20_000)
    shown = view.model.rowCount()
    assert 0 < shown < 1_000
    assert view.count_label.text() == (
        f"Only the first {shown} cases could be read. Open the Cases area again to retry."
    )
    monkeypatch.setattr(listing, "cases", _fake_cases(rows))
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    assert view.count_label.text() == "1000 cases"
