"""services.tasks: my tasks, overdue and due this week; completing and adding tasks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, Role, StaffAccount, SupportCase, Task, TaskKind, TaskStatus
from desktop.services.actor import Actor
from desktop.services.audit import verify_chain
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.tasks import (
    TaskScope,
    complete_task,
    create_task,
    reopen_task,
    task_counts,
    task_list,
    week_end,
)

# A Wednesday: the week runs from Monday 2026-11-23 to Sunday 2026-11-29.
TODAY = date(2026, 11, 25)


def _task(db: Session, assignee: StaffAccount | int, due: date | None, title: str, **kw: object) -> Task:
    assignee_id = assignee if isinstance(assignee, int) else assignee.id
    task = Task(title=title, assignee_id=assignee_id, due_on=due, **kw)
    db.add(task)
    db.commit()
    return task


def test_week_end_is_the_sunday_of_the_week() -> None:
    assert week_end(date(2026, 11, 23)) == date(2026, 11, 29)  # Monday
    assert week_end(date(2026, 11, 29)) == date(2026, 11, 29)  # Sunday itself


def test_scopes_split_my_tasks_into_overdue_and_this_week(
    db: Session, coordinator: Actor, make_staff: Callable[..., StaffAccount]
) -> None:
    other = make_staff(Role.SPECIALIST)
    assert coordinator.staff_id is not None
    _task(db, coordinator.staff_id, TODAY - timedelta(days=3), "overdue review")
    _task(db, coordinator.staff_id, TODAY, "due today")
    _task(db, coordinator.staff_id, date(2026, 11, 29), "due sunday")
    _task(db, coordinator.staff_id, date(2026, 11, 30), "due next monday")
    _task(db, coordinator.staff_id, None, "undated")
    _task(db, coordinator.staff_id, TODAY - timedelta(days=9), "finished", status=TaskStatus.DONE)
    _task(db, other, TODAY - timedelta(days=1), "someone else's")

    mine = task_list(db, coordinator, TaskScope.MINE, today=TODAY)
    assert [t.title for t in mine] == [
        "overdue review",
        "due today",
        "due sunday",
        "due next monday",
        "undated",
    ]
    assert [t.title for t in task_list(db, coordinator, TaskScope.OVERDUE, today=TODAY)] == ["overdue review"]
    assert [t.title for t in task_list(db, coordinator, TaskScope.THIS_WEEK, today=TODAY)] == [
        "due today",
        "due sunday",
    ]
    team = task_list(db, coordinator, TaskScope.TEAM, today=TODAY)
    assert "someone else's" in [t.title for t in team] and "finished" not in [t.title for t in team]
    assert {t.assignee_name for t in team} == {coordinator.display_name, other.display_name}
    assert task_counts(db, coordinator, today=TODAY) == {
        TaskScope.MINE: 5,
        TaskScope.OVERDUE: 1,
        TaskScope.THIS_WEEK: 2,
    }


def test_only_those_who_see_all_cases_list_the_teams_tasks(
    db: Session, make_staff: Callable[..., StaffAccount]
) -> None:
    teacher = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=3, homeroom_class=2))
    with pytest.raises(PermissionDenied):
        task_list(db, teacher, TaskScope.TEAM, today=TODAY)
    _task(db, teacher.staff_id or 0, TODAY, "call the guardian")
    assert [t.title for t in task_list(db, teacher, TaskScope.MINE, today=TODAY)] == ["call the guardian"]


def test_complete_and_reopen_are_stored_and_audited(db: Session, coordinator: Actor) -> None:
    assert coordinator.staff_id is not None
    task = _task(db, coordinator.staff_id, TODAY, "review plan")
    complete_task(db, coordinator, task.id)
    db.expire_all()
    stored = db.get(Task, task.id)
    assert stored is not None and stored.status is TaskStatus.DONE and stored.completed_at is not None
    assert [t.title for t in task_list(db, coordinator, TaskScope.DONE)] == ["review plan"]
    with pytest.raises(ValidationError):
        complete_task(db, coordinator, task.id)
    reopen_task(db, coordinator, task.id)
    db.expire_all()
    stored = db.get(Task, task.id)
    assert stored is not None and stored.status is TaskStatus.OPEN and stored.completed_at is None
    events = db.scalars(select(AuditEvent).where(AuditEvent.entity_type == "task")).all()
    assert [e.detail["changes"]["status"] for e in events] == [
        {"before": "open", "after": "done"},
        {"before": "done", "after": "open"},
    ]
    assert verify_chain(db) == []


def test_a_teacher_cannot_finish_someone_elses_task(
    db: Session, coordinator: Actor, make_staff: Callable[..., StaffAccount]
) -> None:
    teacher = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=1, homeroom_class=1))
    assert coordinator.staff_id is not None
    task = _task(db, coordinator.staff_id, TODAY, "coordinator's")
    with pytest.raises(PermissionDenied):
        complete_task(db, teacher, task.id)
    db.expire_all()
    assert db.get(Task, task.id).status is TaskStatus.OPEN  # type: ignore[union-attr]
    with pytest.raises(NotFound):
        complete_task(db, coordinator, 999_999)


def test_create_task_for_oneself_or_by_a_coordinator_for_others(
    db: Session,
    coordinator: Actor,
    make_staff: Callable[..., StaffAccount],
    make_case: Callable[..., SupportCase],
) -> None:
    counselor = make_staff(Role.SPECIALIST)
    teacher = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=1, homeroom_class=1))
    case = make_case()
    task = create_task(
        db, coordinator, title="  상담 일정 잡기 ", due_on=TODAY, case_id=case.id, assignee_id=counselor.id
    )
    assert (task.title, task.assignee_id, task.case_id, task.kind) == (
        "상담 일정 잡기",
        counselor.id,
        case.id,
        TaskKind.OTHER,
    )
    event = db.scalars(select(AuditEvent).where(AuditEvent.entity_type == "task")).one()
    assert event.student_id == case.student_id and "상담" not in str(event.detail)
    own = create_task(db, teacher, title="보호자 통화")
    assert own.assignee_id == teacher.staff_id
    with pytest.raises(PermissionDenied):
        create_task(db, teacher, title="for someone else", assignee_id=counselor.id)
    with pytest.raises(ValidationError):
        create_task(db, coordinator, title="   ")
    # A homeroom teacher of class 1-1 cannot attach a task to a case of class 3-2.
    with pytest.raises(NotFound):
        create_task(db, teacher, title="peek", case_id=case.id)
    assert len(db.scalars(select(Task)).all()) == 2
