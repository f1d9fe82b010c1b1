"""The case window as the coordinator uses it: opened from the list with Enter, one window per
case, state actions that say why not, editing the case's details, notes and the timeline."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditEvent, CaseNote, CaseState, NoteCategory, Priority, StaffAccount, SupportCase
from desktop.services import case_detail, cases, listing, restricted_text
from desktop.services.case_detail import TimelineKind
from desktop.services.case_workflow import Stage
from desktop.ui.case_detail import case_window
from desktop.ui.case_detail.case_window import CaseWindow, open_case_window
from desktop.ui.case_detail.notes_panel import AddNoteDialog, NotesPanel
from desktop.ui.case_detail.overview_panel import AboutDialog, OverviewPanel, ReasonDialog
from desktop.ui.case_detail.timeline_panel import TimelinePanel, entry_title
from desktop.ui.cases.cases_view import CasesView
from desktop.ui.context import AppContext
from desktop.ui.widgets import feedback
from tests.ui.helpers import refreshed, type_text, wait_loaded

S = CaseState


@pytest.fixture(autouse=True)
def _close_case_windows() -> Iterator[None]:
    yield
    for window in case_window.open_windows():
        window.close()


def _case_in(ctx: AppContext, state: CaseState) -> listing.CaseRow:
    return next(r for r in ctx.read(listing.cases) if r.state is state)


def _activate(qtbot: QtBot, window: QWidget) -> None:
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _panels(window: CaseWindow) -> tuple[OverviewPanel, TimelinePanel, NotesPanel]:
    return window.panel(OverviewPanel), window.panel(TimelinePanel), window.panel(NotesPanel)


def test_enter_in_the_list_opens_one_window_per_case(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    view = CasesView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    view.show()
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    row = view.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    windows = case_window.open_windows()
    assert len(windows) == 1
    window = windows[0]
    assert window.isVisible() and window.case_id == row.id
    assert window.code_label.text() == f"Case {row.code}"
    assert window.student_label.text() == f"{row.grade}-{row.class_no}-{row.number} {row.student_name}"
    assert window.tabs is not None
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Overview",
        "Consents",
        "Support plan",
        "Interventions",
        "Referrals",
        "Notes",
        "Timeline",
    ]

    with ctx.vault.session() as session:
        viewed = session.scalars(select(AuditEvent).where(AuditEvent.action == "view")).all()
        assert [(e.entity_type, e.entity_id, e.actor_id) for e in viewed] == [
            ("support_case", row.id, ctx.actor.staff_id)
        ]

    # Opening it again raises the same window instead of a second one.
    assert open_case_window(ctx, row.id) is window
    qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert case_window.open_windows() == [window]

    # Ctrl+W closes it; the next open builds a fresh one.
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert case_window.open_windows() == []
    again = open_case_window(ctx, row.id)
    assert again is not window
    _activate(qtbot, again)
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert case_window.open_windows() == []


def test_procedure_shows_the_stage_and_next_step_and_moves_the_case(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    row = _case_in(ctx, S.UNDER_REVIEW)
    window = open_case_window(ctx, row.id)
    qtbot.addWidget(window)
    overview, timeline, _notes = _panels(window)
    bar = overview.procedure
    # Where the case stands: the selection step, and the one next step with the rest in a menu.
    assert bar.stage_labels[Stage.SELECTION].accessibleDescription() == "current step"
    assert bar.stage_labels[Stage.REQUEST].accessibleDescription() == "done"
    assert bar.where_label.text() == "Now: Under review"
    assert bar.next_label.text() == "Next step: Select the student for support"
    assert bar.next_button.text() == "Move to “Selected”" and bar.next_button.isEnabled()
    assert set(bar.move_actions) == {S.SELECTED, S.NOT_SELECTED, S.ON_HOLD, S.REFERRED_OUT, S.CLOSED}
    assert bar.next_state is S.SELECTED
    menu = [a.text() for a in bar.more_menu.actions() if not a.isSeparator()]
    assert "Move to “On hold”…" in menu and menu[-1] == "Start emergency support…"

    # A less common move asks for a reason; an empty one is refused in the dialog itself.
    def fill_reason(dialog: ReasonDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        assert dialog.error.text() and not dialog.result()
        type_text(qtbot, dialog.reason, "보호자 상담 후 재검토")
        ok.click()
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", fill_reason)
    bar.move_actions[S.ON_HOLD].trigger()
    with ctx.vault.session() as session:
        case = session.get(SupportCase, row.id)
        assert case is not None and case.state is S.ON_HOLD and case.state_reason == "보호자 상담 후 재검토"
    assert window.state_label.text() == "On hold"
    assert bar.where_label.text() == "Now: On hold (off the usual road)"
    assert bar.next_label.text() == "Next step: Review the case again"
    assert set(bar.move_actions) == {S.UNDER_REVIEW, S.CLOSED}
    wait_loaded(qtbot, timeline)  # the timeline reads on the operation runner
    top = timeline.shown_entries()[0]
    assert top.kind is TimelineKind.STATE and entry_title(top) == "State changed from Under review to On hold"
    assert top.detail == "보호자 상담 후 재검토"

    # Cancelling the dialog changes nothing.
    monkeypatch.setattr(ReasonDialog, "exec", lambda dialog: 0)
    bar.move_actions[S.CLOSED].trigger()
    assert window.state_label.text() == "On hold"

    # A next step the rules refuse now is disabled and says what it still needs.
    pending = _case_in(ctx, S.CONSENT_PENDING)
    other = open_case_window(ctx, pending.id)
    qtbot.addWidget(other)
    actions = {a.to_state: a for a in ctx.read(lambda s, a: case_detail.state_actions(s, a, pending.id))}
    assert actions[S.PLANNING].refusal is not None
    bar2 = _panels(other)[0].procedure
    assert bar2.next_state is S.PLANNING and not bar2.next_button.isEnabled()
    assert bar2.next_button.toolTip() == f"Not possible now: {actions[S.PLANNING].refusal}"
    assert bar2.needs_label.text().endswith("1 missing") or bar2.needs_label.text().endswith("2 missing")
    assert bar2.needs_label.isVisibleTo(other)


def test_summary_and_domains_are_edited_from_the_overview(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    row = _case_in(ctx, S.UNDER_REVIEW)
    window = open_case_window(ctx, row.id)
    qtbot.addWidget(window)
    overview = _panels(window)[0]
    assert overview.edit_about_button.isVisibleTo(window)

    ticked: list[str] = []

    def edit(dialog: AboutDialog) -> int:
        for box in dialog.domain_boxes.values():
            box.setChecked(False)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert not dialog.result() and dialog.error.text() == "Tick at least one need domain."
        first = next(iter(dialog.domain_boxes.values()))
        first.setChecked(True)
        ticked.append(first.text())
        dialog.summary.setPlainText("등교 거부 3주째, 보호자 상담 예정")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(AboutDialog, "exec", edit)
    overview.edit_about_button.click()
    assert overview.summary_label.text() == "등교 거부 3주째, 보호자 상담 예정"
    assert [overview.domains_label.text()] == ticked


def test_editing_details_stores_them_and_refreshes_the_header(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    view = CasesView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    row = next(r for r in view.model.rows() if r.state is S.ACTIVE and r.priority is not Priority.URGENT)
    window = view.open_case(row.id)  # a child window of the view: closed with it
    assert window is not None
    overview = _panels(window)[0]
    with ctx.vault.session() as session:
        other = session.scalars(
            select(StaffAccount).where(StaffAccount.active.is_(True), StaffAccount.id != row.manager_id)
        ).first()
        assert other is not None
        other_id, other_name = other.id, other.display_name
    overview.priority.setCurrentIndex(overview.priority.findData(Priority.URGENT))
    overview.risk.setCurrentIndex(overview.risk.findData(4))
    overview.manager.setCurrentIndex(overview.manager.findData(other_id))
    review = date.today() + timedelta(days=21)
    overview.has_review.setChecked(True)
    overview.review.setDate(review)
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    with ctx.vault.session() as session:
        case = session.get(SupportCase, row.id)
        assert case is not None
        assert (case.priority, case.risk_level, case.manager_id, case.next_review_on) == (
            Priority.URGENT,
            4,
            other_id,
            review,
        )
    assert window.priority_label.text() == "Urgent" and window.risk_label.text() == "4 — crisis"
    assert window.manager_label.text() == other_name and window.review_label.text() == review.isoformat()
    # The Cases list shows the change without being asked to.
    wait_loaded(qtbot, view)
    listed = next(r for r in view.model.rows() if r.id == row.id)
    assert (listed.priority, listed.manager_id, listed.next_review_on) == (Priority.URGENT, other_id, review)

    # A review date before the case was opened is refused with a message; nothing changes.
    shown: list[str] = []
    monkeypatch.setattr(
        feedback, "show_error", lambda parent, exc, title=None: shown.append(feedback.error_text(exc))
    )
    overview.review.setDate(date(2000, 1, 1))
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert shown and "before the case was opened" in shown[0]
    with ctx.vault.session() as session:
        case = session.get(SupportCase, row.id)
        assert case is not None and case.next_review_on == review


def test_notes_are_added_and_shown_in_the_timeline(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    row = _case_in(ctx, S.MONITORING)
    window = open_case_window(ctx, row.id)
    qtbot.addWidget(window)
    _overview, timeline, notes = _panels(window)
    before = notes.model.rowCount()
    assert window.tabs is not None
    window.tabs.setCurrentWidget(notes)
    assert notes.add_button.isVisible()

    def write_note(dialog: AddNoteDialog) -> int:
        dialog.category.setCurrentIndex(dialog.category.findData(NoteCategory.POLICE))
        assert dialog.restricted.isChecked()  # sensitive categories are restricted by default
        type_text(qtbot, dialog.text, "학교전담경찰관 면담")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(AddNoteDialog, "exec", write_note)
    qtbot.mouseClick(notes.add_button, Qt.MouseButton.LeftButton)
    assert notes.model.rowCount() == before + 1
    newest = notes.model.rows()[0]
    assert (newest.text, newest.category, newest.restricted) == (
        "학교전담경찰관 면담",
        NoteCategory.POLICE,
        True,
    )
    assert newest.author_name == ctx.actor.display_name
    with ctx.vault.session() as session:
        stored = session.scalars(
            select(CaseNote).where(CaseNote.case_id == row.id, CaseNote.category == NoteCategory.POLICE)
        ).one()
        assert stored.restricted and stored.author_id == ctx.actor.staff_id
        # Stored sealed, not in clear; this session's keys open it.
        assert "면담" not in stored.text
        assert (
            restricted_text.reveal(session, stored.text, restricted_text.CASE_NOTE) == "학교전담경찰관 면담"
        )

    # The timeline shows it, and its kind filter keeps only notes.
    wait_loaded(qtbot, timeline)
    assert any(
        e.kind is TimelineKind.NOTE and e.detail == "학교전담경찰관 면담" for e in timeline.shown_entries()
    )
    kinds_before = {e.kind for e in timeline.shown_entries()}
    assert len(kinds_before) > 2
    timeline.kind_filter.setCurrentIndex(timeline.kind_filter.findData(TimelineKind.NOTE))
    shown = timeline.shown_entries()
    assert shown and {e.kind for e in shown} == {TimelineKind.NOTE}
    assert timeline.count_label.text() == f"{len(shown)} {'entry' if len(shown) == 1 else 'entries'}"
    titles = {timeline.proxy.index(r, 2).data() for r in range(timeline.proxy.rowCount())}
    assert "Restricted note (Police)" in titles


def test_an_empty_note_is_refused_in_the_dialog(qtbot: QtBot) -> None:
    dialog = AddNoteDialog()
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.text() == "Write the text of the note." and not dialog.result()
    assert not dialog.restricted.isChecked()


def test_a_tab_reads_its_data_when_first_shown_and_follows_changes_once_read(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    row = _case_in(ctx, S.MONITORING)
    window = open_case_window(ctx, row.id)
    qtbot.addWidget(window)
    assert window.tabs is not None
    overview, timeline, notes = (window.find_panel(k) for k in (OverviewPanel, TimelinePanel, NotesPanel))
    # The window shows first and reads the Overview at the next turn of the event loop; the other
    # tabs are empty until shown.
    assert window.loading and overview.header is None
    qtbot.waitUntil(lambda: not window.loading)
    assert overview.header is not None and overview.summary_label.text()
    assert timeline.model.rowCount() == 0 and notes.model.rowCount() == 0
    window.tabs.setCurrentWidget(timeline)
    wait_loaded(qtbot, timeline)  # read on the operation runner when shown
    stored = ctx.read(lambda s, a: case_detail.timeline(s, a, row.id))
    assert timeline.model.rowCount() == len(stored) > 0
    # A change made elsewhere: the Timeline, read already, shows it; Notes is read when shown.
    ctx.write(lambda s, a: cases.add_note(s, a, row.id, category=NoteCategory.GENERAL, text="담임 상담"))
    qtbot.waitUntil(lambda: timeline.model.rowCount() == len(stored) + 1)
    assert notes.model.rowCount() == 0 and not window.is_read(notes)
    assert window.panel(NotesPanel) is notes and window.is_read(notes)
    assert "담임 상담" in [n.text for n in notes.model.rows()]
