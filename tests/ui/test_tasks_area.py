"""The Tasks area: my tasks by scope, Space marks done, a new task is stored."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Task, TaskStatus
from desktop.services.tasks import TaskScope
from desktop.ui.context import AppContext
from desktop.ui.tasks.tasks_view import NewTaskDialog, TasksView
from tests.ui.helpers import refreshed, type_text, wait_loaded


def _choose(qtbot: QtBot, view: TasksView, scope: TaskScope) -> None:
    view.scope.setCurrentIndex(view.scope.findData(scope))
    wait_loaded(qtbot, view)


def test_scopes_show_my_overdue_and_weekly_tasks(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    view = TasksView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    mine = view.model.rows()
    assert mine and all(r.assignee_id == ctx.actor.staff_id and r.status is TaskStatus.OPEN for r in mine)
    assert view.scope.itemText(0).endswith(f"({len(mine)})")

    _choose(qtbot, view, TaskScope.OVERDUE)
    overdue = view.model.rows()
    assert overdue and all(r.overdue for r in overdue)
    assert {r.id for r in overdue} < {r.id for r in mine}
    # Overdue rows say so in the Due column, not only in colour.
    assert "(overdue)" in view.proxy.index(0, 0).data()

    _choose(qtbot, view, TaskScope.TEAM)
    team = view.model.rows()
    assert len({r.assignee_id for r in team}) > 1 and len(team) > len(mine)


def test_space_marks_the_selected_task_done(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> None:
    ctx = demo_context("coordinator")
    view = TasksView(ctx)
    qtbot.addWidget(view)
    view.show()
    refreshed(qtbot, view)
    first = view.selected()
    assert first is not None
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    wait_loaded(qtbot, view)
    assert first.id not in {r.id for r in view.model.rows()}
    with ctx.vault.session() as session:
        task = session.get(Task, first.id)
        assert task is not None and task.status is TaskStatus.DONE and task.completed_at is not None
    _choose(qtbot, view, TaskScope.DONE)
    assert first.id in {r.id for r in view.model.rows()}


def test_a_homeroom_teacher_adds_a_task_for_themselves(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("homeroom")
    view = TasksView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    # No team scope for a teacher, and tasks can only be their own.
    assert view.scope.findData(TaskScope.TEAM) == -1
    dialog = NewTaskDialog(ctx, view)
    qtbot.addWidget(dialog)
    assert not dialog.assignee.isEnabled()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "title" in dialog.error.text()
    type_text(qtbot, dialog.title, "보호자 상담 일정 확인")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with ctx.vault.session() as session:
        stored = session.scalars(select(Task).where(Task.title == "보호자 상담 일정 확인")).one()
        assert stored.assignee_id == ctx.actor.staff_id and stored.due_on is not None
    refreshed(qtbot, view)
    assert "보호자 상담 일정 확인" in [r.title for r in view.model.rows()]
