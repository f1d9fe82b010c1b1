"""Filing a request through the dialog, and the coordinator's intake queue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Priority, RequesterKind, RequestStatus, SupportCase, SupportRequest
from desktop.services import listing
from desktop.services.case_workflow import file_request
from desktop.ui.context import AppContext
from desktop.ui.requests.intake_view import IntakeQueue
from desktop.ui.requests.open_case_dialog import OpenCaseDialog
from desktop.ui.requests.request_dialog import RequestDialog
from desktop.ui.widgets.row_table_model import ROW_ROLE
from tests.need_domains import a_need_domain
from tests.ui.helpers import answer_questions, type_text


def stored_request(ctx: AppContext, request_id: int) -> SupportRequest:
    with ctx.vault.session() as session:
        request = session.get(SupportRequest, request_id)
        assert request is not None
        request.domains  # noqa: B018 - load before the session closes
        return request


def test_homeroom_teacher_files_a_request_after_the_dialog_says_what_is_missing(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("homeroom")
    dialog = RequestDialog(ctx)
    qtbot.addWidget(dialog)
    own_class = ctx.read(listing.students)
    # Only the students of the teacher's own class can be picked.
    assert dialog.student_combo.count() == len(own_class)
    assert {dialog.student_combo.itemData(i) for i in range(dialog.student_combo.count())} == {
        r.id for r in own_class
    }
    assert dialog.received_on.date() == QDate.currentDate()
    assert dialog.received_on.maximumDate() == QDate.currentDate()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Choose the student from the list (type a name or a number)."
    assert dialog.result() != QDialog.DialogCode.Accepted

    student = own_class[3]
    editor = dialog.student_combo.lineEdit()
    assert editor is not None
    editor.setText(dialog.student_combo.itemText(dialog.student_combo.findData(student.id)))
    assert dialog.selected_student_id() == student.id
    dialog.requester_kind.setCurrentIndex(dialog.requester_kind.findData(RequesterKind.GUARDIAN))
    type_text(qtbot, dialog.description, "보호자가 아이의 우울감을 걱정함")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Write the name of the student or guardian who asked for support."

    type_text(qtbot, dialog.requester_name, "김보호")
    domain_code = next(iter(dialog.domain_boxes))
    dialog.domain_boxes[domain_code].setChecked(True)
    type_text(qtbot, dialog.evidence_teacher_opinion, "수업 참여 저조")
    type_text(qtbot, dialog.evidence_guardian_counselling, "5월 상담")
    dialog.received_on.setDate(QDate.currentDate().addDays(-2))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request_id is not None
    request = stored_request(ctx, dialog.request_id)
    assert (request.student_id, request.requester_kind, request.requester_name) == (
        student.id,
        RequesterKind.GUARDIAN,
        "김보호",
    )
    assert request.description == "보호자가 아이의 우울감을 걱정함"
    assert (request.evidence_teacher_opinion, request.evidence_guardian_counselling) == (
        "수업 참여 저조",
        "5월 상담",
    )
    assert request.received_on == date.today() - timedelta(days=2)
    assert [d.code for d in request.domains] == [domain_code]
    assert request.status is RequestStatus.NEW
    assert request.filed_by_id == ctx.actor.staff_id


def test_esc_cancels_without_storing(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> None:
    ctx = demo_context("principal")
    dialog = RequestDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.request_id is None


def _file(ctx: AppContext, student_id: int, days_ago: int) -> int:
    request = ctx.write(
        lambda s, a: file_request(
            s,
            a,
            student_id=student_id,
            requester_kind=RequesterKind.STAFF,
            domain_ids=a_need_domain(s),
            description="시험 요청",
            received_on=date.today() - timedelta(days=days_ago),
        )
    )
    return request.id


def rows(queue: IntakeQueue) -> list[Any]:
    return [queue.proxy.index(r, 0).data(ROW_ROLE) for r in range(queue.proxy.rowCount())]


def select_request(queue: IntakeQueue, request_id: int) -> None:
    for r in range(queue.proxy.rowCount()):
        if queue.proxy.index(r, 0).data(ROW_ROLE).id == request_id:
            queue.table.setCurrentIndex(queue.proxy.index(r, 0))
            return
    raise AssertionError(f"request {request_id} is not listed")


@pytest.fixture
def coordinator_queue(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> IntakeQueue:
    queue = IntakeQueue(demo_context("coordinator"))
    qtbot.addWidget(queue)
    queue.refresh()
    return queue


def test_queue_lists_waiting_requests_oldest_first(coordinator_queue: IntakeQueue) -> None:
    listed = rows(coordinator_queue)
    assert listed
    assert [r.received_on for r in listed] == sorted(r.received_on for r in listed)
    assert all(r.status in (RequestStatus.NEW, RequestStatus.IN_REVIEW) for r in listed)
    plural = "request waiting" if len(listed) == 1 else "requests waiting"
    assert coordinator_queue.count_label.text() == f"{len(listed)} {plural}"


def test_enter_opens_a_case_from_the_selected_request(
    coordinator_queue: IntakeQueue, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue = coordinator_queue
    ctx = queue._ctx
    student = next(r for r in ctx.read(listing.students) if r.open_case_code is None)
    request_id = _file(ctx, student.id, days_ago=400)  # the oldest: first in the queue
    queue.refresh()
    assert rows(queue)[0].id == request_id
    select_request(queue, request_id)
    assert queue.open_button.isEnabled() and not queue.attach_button.isEnabled()

    def fill_and_accept(dialog: OpenCaseDialog) -> int:
        dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.HIGH))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(OpenCaseDialog, "exec", fill_and_accept)
    queue.table.setFocus()
    with qtbot.waitSignal(queue.case_opened) as opened:
        qtbot.keyClick(queue.table, Qt.Key.Key_Return)

    with ctx.vault.session() as session:
        case = session.get(SupportCase, opened.args[0])
        assert case is not None
        assert (case.student_id, case.priority, case.manager_id) == (
            student.id,
            Priority.HIGH,
            ctx.actor.staff_id,
        )
        request = session.get(SupportRequest, request_id)
        assert request is not None and request.case_id == case.id
    assert request_id not in [r.id for r in rows(queue)]


def test_add_to_the_open_case(
    coordinator_queue: IntakeQueue, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue = coordinator_queue
    ctx = queue._ctx
    student = next(r for r in ctx.read(listing.students) if r.open_case_code is not None)
    request_id = _file(ctx, student.id, days_ago=1)
    queue.refresh()
    select_request(queue, request_id)
    row = queue.current()
    assert row is not None and row.open_case_code == student.open_case_code
    assert not queue.open_button.isEnabled()
    assert queue.attach_button.isEnabled()
    assert queue.attach_button.text() == f"&Add to the open case ({student.open_case_code})"

    # Enter explains instead of opening a second case.
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: infos.append(text))
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    assert infos and student.open_case_code in infos[0]

    qtbot.mouseClick(queue.attach_button, Qt.MouseButton.LeftButton)
    with ctx.vault.session() as session:
        request = session.get(SupportRequest, request_id)
        assert request is not None and request.status is RequestStatus.ACCEPTED
        code = session.scalar(select(SupportCase.code).where(SupportCase.id == request.case_id))
    assert code == student.open_case_code
    assert request_id not in [r.id for r in rows(queue)]


def test_delete_withdraws_after_confirmation(
    coordinator_queue: IntakeQueue, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue = coordinator_queue
    ctx = queue._ctx
    student = ctx.read(listing.students)[0]
    request_id = _file(ctx, student.id, days_ago=0)
    queue.refresh()
    select_request(queue, request_id)

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(queue.table, Qt.Key.Key_Delete)  # answered No: nothing happens
    assert stored_request(ctx, request_id).status is RequestStatus.NEW
    assert request_id in [r.id for r in rows(queue)]

    qtbot.keyClick(queue.table, Qt.Key.Key_Delete)
    assert stored_request(ctx, request_id).status is RequestStatus.WITHDRAWN
    assert request_id not in [r.id for r in rows(queue)]
    assert len(asked) == 2 and student.name in asked[0]


def test_queue_is_disabled_for_a_homeroom_teacher(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    queue = IntakeQueue(demo_context("homeroom"))
    qtbot.addWidget(queue)
    queue.refresh()  # does not ask the service, which would refuse
    assert not queue.isEnabled()
    assert queue.model.rowCount() == 0


@pytest.mark.parametrize("how", ["escape", "cancel button", "close"])
def test_typed_text_is_never_thrown_away_without_asking(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    ctx = demo_context("homeroom")
    dialog = RequestDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.description.setPlainText("쉬는 시간마다 혼자 있고 점심을 거릅니다")

    def leave() -> None:
        if how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        elif how == "cancel button":
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            dialog.close()

    # Cancel in the question: back to the form, the text still there.
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    leave()
    assert asked and dialog.isVisible()
    assert dialog.description.toPlainText() == "쉬는 시간마다 혼자 있고 점심을 거릅니다"
    # Save without a student: the form stays open and says what is missing; nothing filed.
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    leave()
    assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
    assert dialog.request_id is None
    # Discard is the only way to lose it.
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    leave()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.request_id is None


def test_an_untouched_form_closes_without_a_question(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("homeroom")
    dialog = RequestDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not asked and not dialog.isVisible()
