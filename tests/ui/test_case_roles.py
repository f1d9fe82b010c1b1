"""Role views of the case window: the principal sees everything and changes nothing; a homeroom
teacher sees only the state of their class's other cases, the whole of the cases assigned to
them, and restricted notes only when they wrote them. The services refuse the same."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.models import CaseState, NoteCategory, Priority
from desktop.services import case_detail, cases, listing
from desktop.services.errors import NotFound, PermissionDenied, ServiceError
from desktop.ui.case_detail import case_window
from desktop.ui.case_detail.case_window import CaseWindow, open_case_window
from desktop.ui.case_detail.consents_panel import ConsentsPanel
from desktop.ui.case_detail.interventions_panel import InterventionsPanel
from desktop.ui.case_detail.notes_panel import NotesPanel
from desktop.ui.case_detail.overview_panel import OverviewPanel
from desktop.ui.case_detail.plan_panel import PlanPanel
from desktop.ui.case_detail.timeline_panel import TimelinePanel
from desktop.ui.cases import cases_view
from desktop.ui.cases.cases_view import CasesView
from desktop.ui.context import AppContext
from desktop.ui.labels import label

SECRET = "아동보호전문기관 신고 검토 (비공개)"


@pytest.fixture(autouse=True)
def _close_case_windows() -> Iterator[None]:
    yield
    for window in case_window.open_windows():
        window.close()


def _panels(window: CaseWindow) -> tuple[OverviewPanel, TimelinePanel, NotesPanel]:
    return window.panel(OverviewPanel), window.panel(TimelinePanel), window.panel(NotesPanel)


def _homeroom_cases(ctx: AppContext) -> tuple[int, int]:
    """(an own-class case not assigned to the teacher, a case assigned to them)."""
    limited = full = None
    for row in ctx.read(listing.cases):
        header = ctx.read(lambda s, a, i=row.id: case_detail.case_header(s, a, i))
        if header.limited and limited is None:
            limited = row.id
        elif not header.limited and full is None:
            full = row.id
    assert limited is not None and full is not None
    return limited, full


def test_principal_sees_everything_read_only(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> None:
    coordinator = demo_context("coordinator")
    row = next(r for r in coordinator.read(listing.cases) if r.state is CaseState.ACTIVE)
    coordinator.write(
        lambda s, a: cases.add_note(s, a, row.id, category=NoteCategory.ABUSE, restricted=True, text=SECRET)
    )
    ctx = demo_context("principal")
    window = open_case_window(ctx, row.id)
    qtbot.addWidget(window)
    overview, timeline, notes = _panels(window)
    assert window.student_label.text().endswith(row.student_name)
    # Where the case stands shows; the moves do not.
    assert overview.procedure.isVisibleTo(window) and overview.procedure.next_label.text()
    assert not overview.procedure.next_button.isVisibleTo(window)
    assert not overview.procedure.more_button.isVisibleTo(window)
    assert overview.read_only_label.isVisibleTo(window) and "coordinator" in overview.read_only_label.text()
    assert not overview.save_button.isVisibleTo(window)
    assert not any(
        w.isEnabled() for w in (overview.priority, overview.risk, overview.manager, overview.review)
    )
    assert window.tabs is not None
    window.tabs.setCurrentWidget(notes)
    assert notes.isVisibleTo(window) and not notes.add_button.isVisibleTo(window)
    # Restricted notes are for the principal too.
    assert SECRET in {n.text for n in notes.model.rows()}
    assert SECRET in {e.detail for e in timeline.shown_entries()}

    for action in (
        lambda s, a: cases.change_state(s, a, row.id, CaseState.MONITORING),
        lambda s, a: cases.update_case(
            s, a, row.id, priority=Priority.LOW, risk_level=1, manager_id=None, next_review_on=None
        ),
        lambda s, a: cases.add_note(s, a, row.id, category=NoteCategory.GENERAL, text="메모"),
    ):
        with pytest.raises(PermissionDenied):
            ctx.write(action)


def test_homeroom_teacher_sees_only_the_state_of_an_unassigned_case(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("homeroom")
    limited_id, full_id = _homeroom_cases(ctx)
    rows = {r.id: r for r in ctx.read(listing.cases)}
    row = rows[limited_id]
    # The list holds only the state of that case: no priority, case manager, review date or plan.
    assert row.state_only and row.priority is None and row.manager_name == "" and row.next_review_on is None
    assert row.plan_status is None
    assert not rows[full_id].state_only and rows[full_id].priority is not None and rows[full_id].manager_name
    view = CasesView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    line = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).id == limited_id)
    assert [view.model.index(line, c).data() for c in (3, 4, 5, 7, 8)] == [label(row.state), "", "", "", ""]
    window = open_case_window(ctx, limited_id)
    qtbot.addWidget(window)
    assert window.header.limited and window.tabs is None and window.panels == []
    assert window.code_label.text() == f"Case {row.code}" and window.state_label.text() == label(row.state)
    note = window.findChild(QLabel, "limited_note")
    assert note is not None and note.isVisibleTo(window)
    shown = " ".join(w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window))
    assert row.student_name not in shown and (row.manager_name == "" or row.manager_name not in shown)
    for read in (case_detail.timeline, case_detail.notes, case_detail.state_actions):
        with pytest.raises(PermissionDenied):
            ctx.read(lambda s, a, read=read: read(s, a, limited_id))
    with pytest.raises(PermissionDenied):
        ctx.write(lambda s, a: cases.add_note(s, a, limited_id, category=NoteCategory.GENERAL, text="메모"))


def test_homeroom_teacher_works_on_an_assigned_case_without_others_restricted_notes(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("homeroom")
    _limited_id, full_id = _homeroom_cases(ctx)
    coordinator = demo_context("coordinator")
    coordinator.write(
        lambda s, a: cases.add_note(s, a, full_id, category=NoteCategory.POLICE, restricted=True, text=SECRET)
    )
    ctx = demo_context("homeroom")
    window = open_case_window(ctx, full_id)
    qtbot.addWidget(window)
    overview, timeline, notes = _panels(window)
    assert window.tabs is not None and window.tabs.count() == 7
    # Of the work tabs' buttons a teacher who provides an intervention has only "Log session".
    interventions = window.panel(InterventionsPanel)
    visible = [b.text() for b in interventions.findChildren(QPushButton) if b.isVisibleTo(window)]
    assert set(visible) <= {"&Log session…"}
    assert not window.panel(ConsentsPanel).record_button.isVisibleTo(window)
    assert not window.panel(PlanPanel).new_version_button.isVisibleTo(window)
    # No state buttons, no editing for a homeroom teacher.
    assert not overview.procedure.more_button.isVisibleTo(window) and not overview.save_button.isVisibleTo(
        window
    )
    assert not overview.edit_about_button.isVisibleTo(window)
    assert SECRET not in {n.text for n in notes.model.rows()}
    assert SECRET not in {e.detail for e in timeline.shown_entries()}
    assert not any(n.restricted and n.author_id != ctx.actor.staff_id for n in notes.model.rows())

    # They may add notes (they log sessions), restricted ones included, and read their own.
    window.tabs.setCurrentWidget(notes)
    assert notes.add_button.isVisibleTo(window)
    assert notes.store_note(NoteCategory.COUNSELLING, True, "담임 상담 기록")
    mine = notes.model.rows()[0]
    assert (mine.text, mine.restricted, mine.author_name) == ("담임 상담 기록", True, ctx.actor.display_name)


def test_a_case_outside_the_teachers_view_does_not_open(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = {r.id for r in demo_context("coordinator").read(listing.cases)}
    ctx = demo_context("homeroom")
    mine = {r.id for r in ctx.read(listing.cases)}
    outside = min(everything - mine)
    with pytest.raises(NotFound):
        ctx.read(lambda s, a: case_detail.case_header(s, a, outside))
    shown: list[ServiceError] = []
    monkeypatch.setattr(cases_view, "show_error", lambda parent, exc, title=None: shown.append(exc))
    view = CasesView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    assert view.open_case(outside) is None
    assert [type(e) for e in shown] == [NotFound] and shown[0].message == "This case does not exist."
    assert case_window.open_windows() == []
