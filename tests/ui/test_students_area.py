"""The Students area: filters combined with the search, the student detail (scoped and audited)
and the buttons each role gets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.models import AuditEvent, RequesterKind, Student, SupportRequest
from desktop.ui.context import AppContext
from desktop.ui.requests.request_dialog import RequestDialog
from desktop.ui.students.student_detail import StudentDetailDialog
from desktop.ui.students.students_view import NO_CASE, OPEN_CASE, StudentsView
from desktop.ui.widgets import feedback
from tests.ui.helpers import type_text


def shown(view: StudentsView) -> list[Any]:
    from desktop.ui.widgets.row_table_model import ROW_ROLE

    return [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]


def choose(combo: Any, data: Any) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.fixture
def coordinator_view(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> StudentsView:
    view = StudentsView(demo_context("coordinator"))
    qtbot.addWidget(view)
    view.refresh()
    return view


def test_filters_combine_with_the_search(coordinator_view: StudentsView, qtbot: QtBot) -> None:
    view = coordinator_view
    everyone = view.model.rows()
    assert len(everyone) > 500

    choose(view.grade_filter, 3)
    choose(view.class_filter, 2)
    rows = shown(view)
    assert rows and {(r.grade, r.class_no) for r in rows} == {(3, 2)}
    assert view.count_label.text() == f"{len(rows)} of {len(everyone)} students"

    choose(view.grade_filter, None)
    choose(view.class_filter, None)
    choose(view.flag_filter, "multicultural")
    rows = shown(view)
    assert rows and all("multicultural" in r.flags for r in rows)
    assert len(rows) == sum("multicultural" in r.flags for r in everyone)

    choose(view.flag_filter, None)
    choose(view.case_filter, OPEN_CASE)
    rows = shown(view)
    assert rows and all(r.open_case_code for r in rows)
    assert len(rows) == sum(r.open_case_code is not None for r in everyone)
    target = rows[0]

    type_text(qtbot, view.search_field, target.name)
    rows = shown(view)
    assert target in rows
    assert all(target.name in r.name and r.open_case_code for r in rows)

    choose(view.case_filter, NO_CASE)
    assert target not in shown(view)
    assert all(r.case_code is None for r in shown(view))


def test_search_by_initials_and_by_class(coordinator_view: StudentsView) -> None:
    from desktop.services.korean_text import initials

    view = coordinator_view
    everyone = view.model.rows()
    target = everyone[0]
    # Initial consonants alone, then mixed with the first syllable ("김ㄷ" for 김도담).
    for query in (initials(target.name), target.name[0] + initials(target.name[1:])):
        view.search_field.setText(query)
        rows = shown(view)
        assert target in rows
        assert all(initials(r.name).find(initials(target.name)) >= 0 for r in rows)
    for query in ("3-2", "3학년 2반"):
        view.search_field.setText(query)
        rows = shown(view)
        assert rows and {(r.grade, r.class_no) for r in rows} == {(3, 2)}
        assert len(rows) == sum((r.grade, r.class_no) == (3, 2) for r in everyone)
    view.search_field.setText("3학년")
    assert len(shown(view)) == sum(r.grade == 3 for r in everyone)
    # With the grade filter on another grade, the class search finds nothing.
    choose(view.grade_filter, 1)
    view.search_field.setText("3-2")
    assert shown(view) == []


def test_enter_opens_the_student_detail_with_case_history(
    coordinator_view: StudentsView, qtbot: QtBot
) -> None:
    view = coordinator_view
    choose(view.case_filter, OPEN_CASE)
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    student = shown(view)[0]
    with view._ctx.vault.session() as session:
        views_before = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "view")
        )

    qtbot.keyClick(view.table, Qt.Key.Key_Return)

    dialogs = [d for d in view.findChildren(StudentDetailDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    assert dialog.fields["name"].text() == student.name
    assert (
        dialog.fields["place"].text()
        == f"Grade {student.grade}, class {student.class_no}, no. {student.number}"
    )
    codes = [dialog.cases_model.row_at(i).code for i in range(dialog.cases_model.rowCount())]
    assert student.open_case_code in codes
    assert dialog.request_button.isVisibleTo(dialog)
    with view._ctx.vault.session() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert (event.action, event.entity_type, event.student_id) == ("view", "student", student.id)
        views_after = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "view")
        )
    assert views_after == views_before + 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_file_a_request_from_the_student_detail(coordinator_view: StudentsView, qtbot: QtBot) -> None:
    view = coordinator_view
    choose(view.case_filter, NO_CASE)
    student = shown(view)[0]
    detail = view.student_dialog(student.id)
    assert isinstance(detail, StudentDetailDialog)
    qtbot.addWidget(detail)
    request_dialog = detail.request_dialog()
    assert isinstance(request_dialog, RequestDialog)
    assert request_dialog.selected_student_id() == student.id
    assert not request_dialog.student_combo.isEnabled()
    type_text(qtbot, request_dialog.description, "수업 시간에 자주 엎드려 있음")
    # Without a need domain the form says what is missing and stays open.
    qtbot.mouseClick(request_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert request_dialog.error_label.text() == request_dialog.tr("Tick at least one need domain.")
    assert request_dialog.request_id is None
    next(iter(request_dialog.domain_boxes.values())).setChecked(True)
    qtbot.mouseClick(request_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert request_dialog.result() == request_dialog.DialogCode.Accepted
    with view._ctx.vault.session() as session:
        request = session.get(SupportRequest, request_dialog.request_id)
        assert request is not None
        assert (request.student_id, request.requester_kind) == (student.id, RequesterKind.STAFF)
        assert request.description == "수업 시간에 자주 엎드려 있음"


def test_homeroom_teacher_sees_own_class_and_no_import(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("homeroom")
    view = StudentsView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    view.show()
    assert {(r.grade, r.class_no) for r in view.model.rows()} == {(3, 2)}
    assert not view.import_button.isVisible()
    assert view.grade_filter.count() == 2  # "All grades" and grade 3

    with ctx.vault.session() as session:
        other = session.scalars(select(Student).where(Student.class_no != 2).limit(1)).one()
    errors: list[str] = []
    monkeypatch.setattr(
        feedback, "show_error", lambda _p, exc, _t=None: errors.append(feedback.error_text(exc))
    )
    assert view.student_dialog(other.id) is None
    assert errors == ["This student does not exist or is not visible to your account."]


def test_coordinator_gets_the_import_button(coordinator_view: StudentsView) -> None:
    coordinator_view.show()
    assert coordinator_view.import_button.isVisible()
