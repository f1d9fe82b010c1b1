"""Tasks (할 일): my tasks, the overdue ones and those due this week; completing, reopening and
adding them.

Reviews of an approved plan, referral follow-ups and meeting action items create tasks in their
own services, and an intervention assigned to a staff member creates theirs through
`add_assignment_task`; here a user sees and finishes them. A user always sees the tasks assigned to them;
the team's open tasks are listed for those who see all cases (coordinator, principal, head teacher).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session, aliased

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import Intervention, StaffAccount, SupportCase, Task, TaskKind, TaskStatus
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.lookups import get_case
from desktop.services.permissions import Permission, can, can_see_case

ASSIGNMENT_TASK_TITLE = "{code} 지원 활동 배정: {title}"
"""Title of the task telling a provider of an intervention newly assigned to them (stored, so it
names the case by code only)."""

ASSIGNMENT_DUE_DAYS = 7
"""Days to the assignment task's due date when the intervention has no planned start."""


class TaskScope(enum.StrEnum):
    """Which tasks a list shows."""

    MINE = "mine"  # my open tasks
    OVERDUE = "overdue"  # my open tasks past their due date
    THIS_WEEK = "this_week"  # my open tasks due from today to Sunday
    TEAM = "team"  # every open task of the team (VIEW_ALL_CASES)
    DONE = "done"  # my tasks finished in the last 30 days


@dataclass(frozen=True)
class TaskItem:
    """A task as the Tasks area lists it."""

    id: int
    title: str
    kind: TaskKind
    status: TaskStatus
    due_on: date | None
    case_id: int | None
    case_code: str | None
    assignee_id: int | None
    assignee_name: str
    completed_at: datetime | None
    overdue: bool
    due_this_week: bool


def week_end(today: date) -> date:
    """The Sunday of the week `today` belongs to (weeks run Monday to Sunday)."""
    return today + timedelta(days=6 - today.weekday())


def _scope_filter(actor: Actor, scope: TaskScope, today: date) -> ColumnElement[bool]:
    mine = Task.assignee_id == actor.staff_id
    open_ = Task.status == TaskStatus.OPEN
    if scope is TaskScope.MINE:
        return and_(mine, open_)
    if scope is TaskScope.OVERDUE:
        return and_(mine, open_, Task.due_on < today)
    if scope is TaskScope.THIS_WEEK:
        return and_(mine, open_, Task.due_on >= today, Task.due_on <= week_end(today))
    if scope is TaskScope.TEAM:
        return open_
    since = datetime.combine(today - timedelta(days=30), datetime.min.time(), tzinfo=UTC)
    return and_(mine, Task.status == TaskStatus.DONE, Task.completed_at >= since)


def task_list(
    session: Session, actor: Actor, scope: TaskScope = TaskScope.MINE, *, today: date | None = None
) -> list[TaskItem]:
    """The tasks of one scope, earliest due first (undated last); one query."""
    if actor.staff_id is None:
        return []
    if scope is TaskScope.TEAM and not can(actor, Permission.VIEW_ALL_CASES):
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Your account may not view the team's tasks."))
    today = today or date.today()
    assignee = aliased(StaffAccount)
    stmt = (
        select(
            Task.id,
            Task.title,
            Task.kind,
            Task.status,
            Task.due_on,
            Task.case_id,
            SupportCase.code,
            Task.assignee_id,
            assignee.display_name,
            Task.completed_at,
        )
        .outerjoin(SupportCase, SupportCase.id == Task.case_id)
        .outerjoin(assignee, assignee.id == Task.assignee_id)
        .where(_scope_filter(actor, scope, today))
        .order_by(Task.due_on.is_(None), Task.due_on, Task.id)
    )
    end = week_end(today)
    items = []
    for r in session.execute(stmt):
        due: date | None = r[4]
        is_open = r[3] is TaskStatus.OPEN
        items.append(
            TaskItem(
                id=r[0],
                title=r[1],
                kind=r[2],
                status=r[3],
                due_on=due,
                case_id=r[5],
                case_code=r[6],
                assignee_id=r[7],
                assignee_name=r[8] or "",
                completed_at=r[9],
                overdue=is_open and due is not None and due < today,
                due_this_week=is_open and due is not None and today <= due <= end,
            )
        )
    return items


def task_counts(session: Session, actor: Actor, *, today: date | None = None) -> dict[TaskScope, int]:
    """How many tasks each of the actor's own scopes holds (for the filter's labels)."""
    today = today or date.today()
    mine = task_list(session, actor, TaskScope.MINE, today=today)
    return {
        TaskScope.MINE: len(mine),
        TaskScope.OVERDUE: sum(1 for t in mine if t.overdue),
        TaskScope.THIS_WEEK: sum(1 for t in mine if t.due_this_week),
    }


def _get(session: Session, actor: Actor, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This task does not exist."), task_id=task_id)
    if task.assignee_id != actor.staff_id and not can(actor, Permission.MANAGE_CASES):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Your account may not change a task assigned to someone else.")
        )
    return task


def _student_of(session: Session, task: Task) -> int | None:
    if task.case_id is None:
        return None
    case = session.get(SupportCase, task.case_id)
    return case.student_id if case is not None else None


def _change_status(
    session: Session, actor: Actor, task: Task, status: TaskStatus, student_id: int | None, **detail: object
) -> None:
    """Set the task's status (and when it was done), flush, and audit the change (not committed)."""
    before = task.status
    task.status = status
    task.completed_at = datetime.now(UTC) if status is TaskStatus.DONE else None
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity_type=AuditRecord.TASK,
        entity_id=task.id,
        student_id=student_id,
        detail={"changes": audit.changes({"status": before.value}, {"status": status.value}), **detail},
    )


def _set_status(session: Session, actor: Actor, task_id: int, status: TaskStatus) -> Task:
    task = _get(session, actor, task_id)
    if task.status is status:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The task is already in this state."))
    _change_status(session, actor, task, status, _student_of(session, task))
    session.commit()
    return task


def complete_task(session: Session, actor: Actor, task_id: int) -> Task:
    """Mark a task done (its assignee, or someone who manages cases). Audited, commits."""
    return _set_status(session, actor, task_id, TaskStatus.DONE)


def reopen_task(session: Session, actor: Actor, task_id: int) -> Task:
    """Open a finished task again. Audited, commits."""
    return _set_status(session, actor, task_id, TaskStatus.OPEN)


def create_task(
    session: Session,
    actor: Actor,
    *,
    title: str,
    due_on: date | None = None,
    case_id: int | None = None,
    assignee_id: int | None = None,
    kind: TaskKind = TaskKind.OTHER,
    notes: str = "",
) -> Task:
    """Add a task. Anyone may add one for themselves; assigning it to someone else needs
    MANAGE_CASES. A task about a case needs a case the actor may see. Audited, commits."""
    if actor.staff_id is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Only a staff account may add tasks."))
    title = title.strip()
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the task a title."))
    if len(title) > 200:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A task title may be at most 200 characters."))
    assignee_id = assignee_id or actor.staff_id
    if assignee_id != actor.staff_id:
        if not can(actor, Permission.MANAGE_CASES):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "Your account may not assign tasks to someone else.")
            )
        assignee = session.get(StaffAccount, assignee_id)
        if assignee is None or not assignee.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A task can only be assigned to an active staff account.")
            )
    student_id = None
    if case_id is not None:
        case = get_case(session, case_id, lambda case: can_see_case(session, actor, case))
        student_id = case.student_id
    task = Task(
        title=title, kind=kind, case_id=case_id, assignee_id=assignee_id, due_on=due_on, notes=notes.strip()
    )
    session.add(task)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity_type=AuditRecord.TASK,
        entity_id=task.id,
        student_id=student_id,
        detail={
            "kind": kind.value,
            "assignee_id": assignee_id,
            "due_on": due_on.isoformat() if due_on else None,
            "case_id": case_id,
        },
    )
    session.commit()
    return task


def add_assignment_task(
    session: Session,
    actor: Actor,
    intervention: Intervention,
    case: SupportCase,
    *,
    today: date | None = None,
) -> Task | None:
    """The task that tells a staff member of an intervention newly assigned to them, due on its
    planned start (else in a week), about its case. None when an organisation provides it, when
    the actor assigned it to themselves, or when the provider already has this open task (so it
    is made once). Part of the caller's transaction: flushed and audited, not committed."""
    provider = intervention.provider_staff_id
    if provider is None or provider == actor.staff_id:
        return None
    title = ASSIGNMENT_TASK_TITLE.format(code=case.code, title=intervention.title)[:200]
    already = session.scalar(
        select(Task.id).where(
            Task.kind == TaskKind.ASSIGNMENT,
            Task.case_id == case.id,
            Task.assignee_id == provider,
            Task.title == title,
            Task.status == TaskStatus.OPEN,
        )
    )
    if already is not None:
        return None
    due = intervention.started_on or (today or date.today()) + timedelta(days=ASSIGNMENT_DUE_DAYS)
    task = Task(title=title, kind=TaskKind.ASSIGNMENT, case_id=case.id, assignee_id=provider, due_on=due)
    session.add(task)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity_type=AuditRecord.TASK,
        entity_id=task.id,
        student_id=case.student_id,
        detail={
            "kind": TaskKind.ASSIGNMENT.value,
            "assignee_id": provider,
            "due_on": due.isoformat(),
            "case_id": case.id,
            "intervention_id": intervention.id,
        },
    )
    return task


def close_assignment_tasks(
    session: Session, actor: Actor, intervention: Intervention, case: SupportCase
) -> list[int]:
    """Mark done the provider's open "newly assigned" task of this intervention once it has
    started (or ended without starting): it is no longer news. Part of the caller's transaction:
    flushed and audited, not committed. Returns the ids of the tasks closed."""
    provider = intervention.provider_staff_id
    if provider is None:
        return []
    title = ASSIGNMENT_TASK_TITLE.format(code=case.code, title=intervention.title)[:200]
    tasks = session.scalars(
        select(Task).where(
            Task.kind == TaskKind.ASSIGNMENT,
            Task.case_id == case.id,
            Task.assignee_id == provider,
            Task.title == title,
            Task.status == TaskStatus.OPEN,
        )
    ).all()
    for task in tasks:
        _change_status(
            session, actor, task, TaskStatus.DONE, case.student_id, intervention_id=intervention.id
        )
    return [task.id for task in tasks]


__all__ = [
    "ASSIGNMENT_TASK_TITLE",
    "TaskItem",
    "TaskScope",
    "add_assignment_task",
    "close_assignment_tasks",
    "complete_task",
    "create_task",
    "reopen_task",
    "task_counts",
    "task_list",
    "week_end",
]
