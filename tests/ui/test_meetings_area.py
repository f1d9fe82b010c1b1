"""The Meetings area: planning a meeting, its agenda and minutes, applying decisions as previewed,
finalising, addenda with their dates, and the principal's signature."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import CaseState, CaseStateChange, DecisionOutcome, Meeting, MeetingStatus, Task
from desktop.ui.context import AppContext
from desktop.ui.meetings.addendum_dialog import AddendumDialog
from desktop.ui.meetings.meeting_dialog import MeetingDialog
from desktop.ui.meetings.meetings_view import MeetingsView
from desktop.ui.meetings.new_meeting_dialog import NewMeetingDialog
from tests.ui.helpers import answer_questions, type_text


def _meeting_id(ctx: AppContext, status: MeetingStatus) -> int:
    with ctx.vault.session() as session:
        found = session.scalars(
            select(Meeting.id).where(Meeting.status == status).order_by(Meeting.id)
        ).first()
        assert found is not None
        return found


def test_coordinator_plans_a_meeting(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> None:
    ctx = demo_context("coordinator")
    view = MeetingsView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    assert view.model.rowCount() == 13 and not view.new_button.isHidden()

    dialog = NewMeetingDialog(ctx, view)
    qtbot.addWidget(dialog)
    suggested = dialog.number_spin.value()
    assert suggested >= 1
    dialog.place_edit.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.meeting_id is None and "where" in dialog.error_label.text()
    type_text(qtbot, dialog.place_edit, "본관 협의실")
    dialog.chair_box.setCurrentIndex(1)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.meeting_id is not None
    with ctx.vault.session() as session:
        meeting = session.get(Meeting, dialog.meeting_id)
        assert meeting is not None and meeting.number == suggested and meeting.place == "본관 협의실"
        assert meeting.status is MeetingStatus.PLANNED and meeting.attendees
    view.refresh()
    assert view.model.rowCount() == 14


def test_agenda_minutes_apply_and_finalise(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    meeting_id = _meeting_id(ctx, MeetingStatus.PLANNED)
    dialog = MeetingDialog(ctx, meeting_id)
    qtbot.addWidget(dialog)
    before = dialog.agenda.count()
    assert before > 0

    # A hand-written item joins the agenda, then moves to the top.
    type_text(qtbot, dialog.new_item_edit, "학교 행사 안내")
    qtbot.keyClick(dialog.new_item_edit, Qt.Key.Key_Return)
    assert dialog.agenda.count() == before + 1
    dialog.agenda.setCurrentRow(before)
    for _ in range(before):
        qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert "학교 행사 안내" in dialog.agenda.item(0).text()

    # The first case item under review: select it, with an action item.
    under_review = next(
        it
        for it in dialog.detail.items
        if it.case_id is not None and "선정" in it.title and it.decision is None
    )
    with ctx.vault.session() as session:
        from desktop.models import SupportCase

        case = session.get(SupportCase, under_review.case_id)
        assert case is not None
        start_state = case.state
    dialog.select_item(under_review.id)
    dialog.discussion.setPlainText("담임 의견과 기초학력 진단 결과를 검토함")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(DecisionOutcome.SELECT))
    # Choosing "select" suggests the state it leads to.
    assert dialog.target.currentData() == CaseState.SELECTED
    if start_state is not CaseState.UNDER_REVIEW:
        dialog.target.setCurrentIndex(dialog.target.findData(None))
    dialog.reason.setText("선정 기준 충족")
    qtbot.mouseClick(dialog.add_action_button, Qt.MouseButton.LeftButton)
    dialog.action_table.item(0, 0).setText("학생·보호자 동의서 받기")
    assert dialog.save_item()

    preview = dialog.show_preview()
    lines = [dialog.preview_list.item(k).text() for k in range(dialog.preview_list.count())]
    assert any("학생·보호자 동의서 받기" in line for line in lines)
    assert dialog.apply_button.isEnabled() == (not preview.refused)
    assert not preview.refused
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    with ctx.vault.session() as session:
        stored = {
            (c.case_id, c.to_state)
            for c in session.scalars(
                select(CaseStateChange).where(
                    CaseStateChange.decision_id.in_([c.decision_id for c in preview.state_changes])
                )
            )
        }
        assert stored == {(c.case_id, c.to_state) for c in preview.state_changes}
        titles = set(session.scalars(select(Task.title)))
        assert {t.title for t in preview.tasks} <= titles
    assert dialog.preview_list.item(0).text() == "Nothing left to apply."
    assert not dialog.apply_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.finalise()
    assert dialog.locked and not dialog.save_attendees_button.isEnabled()
    assert not dialog.add_item_button.isEnabled() and not dialog.save_item_button.isEnabled()
    assert dialog.discussion.isReadOnly()
    assert "matches the minutes" in dialog.hash_label.text()

    def write_addendum(box: AddendumDialog) -> int:
        box.text_edit.setPlainText("참석자 소속 정정")
        box.accept()
        return box.result()

    monkeypatch.setattr(AddendumDialog, "exec", write_addendum)
    assert dialog.addendum_button.isEnabled()
    assert dialog.add_addendum()
    (entry,) = [dialog.addenda.item(k).text() for k in range(dialog.addenda.count())]
    assert "참석자 소속 정정" in entry and entry[:4].isdigit() and entry[4] == "-"


def test_principal_signs_and_cannot_manage(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> None:
    coordinator = demo_context("coordinator")
    meeting_id = _meeting_id(coordinator, MeetingStatus.PLANNED)
    from desktop.services import meetings

    coordinator.write(lambda s, a: meetings.finalise(s, a, meeting_id))
    principal = demo_context("principal")
    view = MeetingsView(principal)
    qtbot.addWidget(view)
    view.refresh()
    assert view.model.rowCount() == 13 and view.new_button.isHidden()
    dialog = MeetingDialog(principal, meeting_id)
    qtbot.addWidget(dialog)
    assert dialog.finalise_button.isHidden() and dialog.apply_button.isHidden()
    assert not dialog.add_item_button.isEnabled()
    assert not dialog.sign_button.isHidden() and dialog.sign_button.isEnabled()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert not dialog.sign_button.isEnabled()
    assert "Signed by" in dialog.info.text()
    with principal.vault.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None and meeting.signed_by_id == principal.actor.staff_id


def test_homeroom_sees_no_meetings(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> None:
    ctx = demo_context("homeroom")
    view = MeetingsView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    assert view.model.rowCount() == 0 and view.new_button.isHidden()


def test_minutes_typed_for_an_agenda_item_are_kept_when_switching_item_or_closing(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    dialog = MeetingDialog(ctx, _meeting_id(ctx, MeetingStatus.PLANNED))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minutes_items.count() >= 2
    first = dialog.minutes_items.item(0).data(Qt.ItemDataRole.UserRole)
    dialog.select_item(first)
    typed = "담임: 최근 3주간 지각 9회, 보호자 상담 예정"
    dialog.discussion.setPlainText(typed)

    # Another item is clicked; Cancel in the question: the same item and the typed text stay.
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.minutes_items.setCurrentRow(1)
    assert asked
    assert dialog.current_item() is not None and dialog.current_item().id == first  # type: ignore[union-attr]
    assert dialog.discussion.toPlainText() == typed

    # Esc (the window's Close): asked again; Cancel keeps the window open with the text.
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    assert dialog.discussion.toPlainText() == typed

    # Save while switching: stored, then the other item is shown.
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    dialog.minutes_items.setCurrentRow(1)
    assert dialog.current_item() is not None and dialog.current_item().id != first  # type: ignore[union-attr]
    stored = next(it for it in dialog.detail.items if it.id == first)
    assert stored.discussion == typed

    # An untouched item switches and closes without a question.
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.minutes_items.setCurrentRow(0)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not asked and not dialog.isVisible()


def test_finalising_warns_about_items_without_a_decision(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    dialog = MeetingDialog(ctx, _meeting_id(ctx, MeetingStatus.PLANNED))
    qtbot.addWidget(dialog)
    total = len(dialog.detail.items)
    undecided = sum(1 for it in dialog.detail.items if it.decision is None)
    assert undecided > 0
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    assert not dialog.finalise()
    assert asked[0].startswith(f"{undecided} of {total} agenda items have no decision. Finalise anyway?")
    assert not dialog.locked


def test_head_teacher_is_told_why_decisions_cannot_be_applied(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("headteacher")
    dialog = MeetingDialog(ctx, _meeting_id(ctx, MeetingStatus.PLANNED))
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.apply_page)  # previews at once
    assert dialog.preview is not None and dialog.preview_list.count() > 0
    assert not dialog.apply_button.isHidden() and not dialog.apply_button.isEnabled()
    assert "may not change the state of a case" in dialog.apply_reason.text()
    assert dialog.apply_button.toolTip() == dialog.apply_reason.text()


def test_staff_picker_filters_and_shows_position_and_class(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    dialog = NewMeetingDialog(ctx)
    qtbot.addWidget(dialog)
    picker = dialog.invited
    everyone = picker.list.count()
    assert any(t.endswith("(교육복지사)") for t in picker.shown_labels())
    picker.filter_edit.setText("3-2")
    shown = picker.shown_labels()
    assert len(shown) == 1 and shown[0].endswith("(3학년 2반 담임교사)")
    picker.filter_edit.setText("담임교사")
    homeroom = picker.shown_labels()
    assert 1 < len(homeroom) < everyone
    qtbot.mouseClick(picker.all_button, Qt.MouseButton.LeftButton)
    assert len(picker.checked_ids()) == len(homeroom) + 1  # and the coordinator, ticked already
    qtbot.mouseClick(picker.none_button, Qt.MouseButton.LeftButton)
    assert picker.checked_ids() == [ctx.actor.staff_id]  # hidden by the filter: untouched
    assert dialog.chair_box.findText(shown[0]) > 0


def test_agenda_proposals_start_unticked_and_name_cases_by_code_and_initials(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    import re

    ctx = demo_context("coordinator")
    dialog = MeetingDialog(ctx, _meeting_id(ctx, MeetingStatus.PLANNED))
    qtbot.addWidget(dialog)
    assert not dialog.accept_button.isEnabled() and dialog.accept_button.toolTip()
    dialog.propose()
    texts = [dialog.proposals.item(k).text() for k in range(dialog.proposals.count())]
    assert dialog._proposed and not any("#" in t for t in texts)
    states = {dialog.proposals.item(k).checkState() for k in range(len(dialog._proposed))}
    assert states == {Qt.CheckState.Unchecked}
    assert not dialog.accept_button.isEnabled()
    for p in dialog._proposed:
        if p.case_id is not None:
            assert re.search(r"\d{4}-\d{3,4}", p.title) and re.search(r"[(]\w○+[,)]", p.title), p.title
        elif p.request_id is not None:
            assert re.match(r"신규 신청 \d{4}-\d{4} \(\w○+\)", p.title), p.title
    qtbot.mouseClick(dialog.select_all_button, Qt.MouseButton.LeftButton)
    assert dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.select_none_button, Qt.MouseButton.LeftButton)
    assert not dialog.accept_button.isEnabled()


@pytest.mark.parametrize(("username", "status"), [("headteacher", "planned"), ("principal", "finalised")])
def test_every_disabled_action_in_the_meeting_window_says_why(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], username: str, status: str
) -> None:
    from PySide6.QtWidgets import QPushButton

    ctx = demo_context("coordinator")
    meeting_id = _meeting_id(ctx, MeetingStatus.PLANNED)
    if status == "finalised":
        from desktop.services import meetings

        ctx.write(lambda s, a: meetings.finalise(s, a, meeting_id))
    ctx = demo_context(username)
    dialog = MeetingDialog(ctx, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    disabled = [
        w
        for w in [*dialog.findChildren(QPushButton), *dialog._minutes_widgets, *dialog._editing_widgets]
        if not w.isHidden() and not w.isEnabled()
    ]
    assert disabled
    assert [w for w in disabled if not w.toolTip()] == []
