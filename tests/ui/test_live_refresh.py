"""Every screen shows the current data: a change stored anywhere (another area, a case window, the
worker) shows in every other open area and window without F5."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.models import NoteCategory
from desktop.services import cases, listing, tasks
from desktop.services.case_workflow import open_case
from desktop.services.requests import intake_queue
from desktop.ui.case_detail.case_window import open_case_window
from desktop.ui.case_detail.notes_panel import NotesPanel
from desktop.ui.case_detail.plan_panel import PlanPanel
from desktop.ui.context import AppContext
from desktop.ui.dashboard.dashboard_view import DashboardView
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks.tasks_view import TasksView
from tests.ui.helpers import wait_loaded


def _main(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    main = MainWindow(ctx, remember_geometry=False)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _card(view: DashboardView, key: str) -> str:
    return view.cards[key].value.text()


def test_opening_a_case_from_the_intake_queue_shows_on_the_dashboard_at_once(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    main = _main(qtbot, ctx)
    dashboard = main.area("dashboard")
    assert isinstance(dashboard, DashboardView)
    qtbot.waitUntil(lambda: _card(dashboard, "open_cases") not in ("–", ""))
    open_cases = int(_card(dashboard, "open_cases"))
    waiting = next(r for r in ctx.read(intake_queue) if r.open_case_id is None)

    # What the intake queue's "Open a case" stores (from the Cases area or any other window).
    ctx.write(lambda s, a: open_case(s, a, waiting.id))

    qtbot.waitUntil(lambda: _card(dashboard, "open_cases") == str(open_cases + 1))


def test_a_hidden_area_shows_the_change_when_it_is_shown_again(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    main = _main(qtbot, ctx)
    main.show_area("tasks")
    view = main.area("tasks")
    assert isinstance(view, TasksView)
    wait_loaded(qtbot, view)
    before = {r.id for r in view.model.rows()}
    main.show_area("dashboard")
    reads = view.refreshed_at

    created = ctx.write(lambda s, a: tasks.create_task(s, a, title="보호자 상담 일정 잡기"))
    ctx.changes.flush()
    assert view.refreshed_at == reads  # hidden: not read now, only marked

    main.show_area("tasks")
    wait_loaded(qtbot, view)
    assert {r.id for r in view.model.rows()} == before | {created.id}


def test_a_case_window_follows_changes_made_elsewhere_and_keeps_a_tab_with_typed_edits(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    main = _main(qtbot, ctx)
    case_id, other_id = (r.id for r in ctx.read(listing.cases)[:2])
    window = open_case_window(ctx, case_id, main)
    qtbot.addWidget(window)
    notes = window.panel(NotesPanel)
    shown = notes.model.rowCount()
    # The plan tab holds typed edits: reading the case again must not throw them away.
    plan = window.panel(PlanPanel)
    plan_reads: list[int] = []
    monkeypatch.setattr(plan, "has_unsaved_changes", lambda: True)
    monkeypatch.setattr(plan, "refresh", lambda: plan_reads.append(1))

    # Another case changes: this window has nothing to read again.
    ctx.write(lambda s, a: cases.add_note(s, a, other_id, category=NoteCategory.GENERAL, text="다른 사례"))
    ctx.changes.flush()
    assert notes.model.rowCount() == shown

    # This case changes in another window (a meeting's decision, the Tasks area, a colleague).
    ctx.write(lambda s, a: cases.add_note(s, a, case_id, category=NoteCategory.GENERAL, text="보호자 통화"))
    qtbot.waitUntil(lambda: notes.model.rowCount() == shown + 1)
    assert any("보호자 통화" in n.text for n in notes.model.rows())
    assert plan_reads == []
    monkeypatch.undo()  # the plan tab holds no edits after all: the window closes without a question
