"""Support plans (지원계획) of a case: versions, drafting, principal approval and review tasks.

A case's plan is a series of versions. Only a DRAFT is edited; it is submitted for approval and
the principal approves it (APPROVE_PLAN) or returns it for revision. Approving a version
supersedes the previously approved one (kept, read-only) and turns the plan's review dates into
review tasks for the case manager (DESIGN §1.1 steps 4 and 6).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    Intervention,
    NeedDomain,
    Organisation,
    PlanAction,
    PlanGoal,
    PlanStatus,
    StaffAccount,
    SupportCase,
    SupportPlan,
    Task,
    TaskKind,
    TaskStatus,
    utcnow,
)
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.case_workflow import OPEN_STATES, CaseAction, require_action
from desktop.services.consents import can_see_case_details
from desktop.services.errors import NotFound, TransitionRefused, ValidationError
from desktop.services.lookups import get_case
from desktop.services.permissions import Permission, require

REVIEW_TASK_TITLE = "{code} 지원계획 v{version} 점검"
"""Title of the review tasks an approved plan creates (stored, so it names the case by code only)."""

REVISION_TASK_TITLE = "{code} 지원계획 v{version} 보완"
"""Title of the task a plan returned for revision creates; the principal's reason is its note."""

REVIEWS_WITHOUT_PERIOD = 3
"""How many review dates a plan without a period gets, counted from the approval day."""

MAX_REVIEW_INTERVAL_DAYS = 366

MSG_NO_PLAN = QT_TRANSLATE_NOOP("errors", "This support plan does not exist.")


# --- rows the interface reads ----------------------------------------------------------------


@dataclass(frozen=True)
class PlanVersionRow:
    """One version of a case's plan, for the version selector."""

    id: int
    version: int
    status: PlanStatus
    created_at: datetime
    author_name: str
    approved_by_name: str
    approved_at: datetime | None


@dataclass(frozen=True)
class GoalRow:
    id: int
    domain_id: int
    domain_code: str
    domain_name_ko: str
    domain_name_en: str
    goal: str
    measure: str


@dataclass(frozen=True)
class ActionRow:
    """An action; `goal_index` points into the plan's goals (None: not tied to a goal)."""

    id: int
    description: str
    goal_index: int | None
    provider_staff_id: int | None
    provider_staff_name: str
    provider_organisation_id: int | None
    provider_organisation_name: str
    person_in_charge_id: int | None
    person_in_charge_name: str
    start_on: date | None
    end_on: date | None
    frequency: str


@dataclass(frozen=True)
class PlanDetail:
    """One version of a plan with its goals and actions."""

    id: int
    case_id: int
    case_code: str
    version: int
    status: PlanStatus
    current_state: str
    strengths: str
    monitoring_schedule: str
    review_interval_days: int
    period_start: date | None
    period_end: date | None
    author_name: str
    approved_by_name: str
    approved_at: datetime | None
    goals: tuple[GoalRow, ...]
    actions: tuple[ActionRow, ...]


# --- what save_draft takes -------------------------------------------------------------------


@dataclass(frozen=True)
class GoalInput:
    """A goal in one need domain, with how its progress is measured."""

    domain_id: int
    goal: str
    measure: str = ""


@dataclass(frozen=True)
class ActionInput:
    """An action with exactly one provider (a staff member or an organisation); `goal_index`
    points into the goals saved with it."""

    description: str
    goal_index: int | None = None
    provider_staff_id: int | None = None
    provider_organisation_id: int | None = None
    person_in_charge_id: int | None = None
    start_on: date | None = None
    end_on: date | None = None
    frequency: str = ""


# --- reading ---------------------------------------------------------------------------------


def _visible_case(session: Session, actor: Actor, case_id: int) -> SupportCase:
    return get_case(session, case_id, lambda case: can_see_case_details(session, actor, case))


def plan_versions(session: Session, actor: Actor, case_id: int) -> list[PlanVersionRow]:
    """Every version of the case's plan, newest first (NotFound when the actor may not see it)."""
    _visible_case(session, actor, case_id)
    author = aliased(StaffAccount)
    approver = aliased(StaffAccount)
    stmt = (
        select(
            SupportPlan.id,
            SupportPlan.version,
            SupportPlan.status,
            SupportPlan.created_at,
            author.display_name,
            approver.display_name,
            SupportPlan.approved_at,
        )
        .outerjoin(author, author.id == SupportPlan.author_id)
        .outerjoin(approver, approver.id == SupportPlan.approved_by_id)
        .where(SupportPlan.case_id == case_id)
        .order_by(SupportPlan.version.desc())
    )
    return [
        PlanVersionRow(
            id=r[0],
            version=r[1],
            status=r[2],
            created_at=r[3],
            author_name=r[4] or "",
            approved_by_name=r[5] or "",
            approved_at=r[6],
        )
        for r in session.execute(stmt)
    ]


def _staff_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    stmt = select(StaffAccount.id, StaffAccount.display_name).where(StaffAccount.id.in_(ids))
    return {r[0]: r[1] for r in session.execute(stmt)}


def _organisation_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    stmt = select(Organisation.id, Organisation.name).where(Organisation.id.in_(ids))
    return {r[0]: r[1] for r in session.execute(stmt)}


def plan_detail(session: Session, actor: Actor, plan_id: int) -> PlanDetail:
    """One version of a plan with its goals and actions (NotFound when not visible)."""
    plan = session.get(SupportPlan, plan_id)
    if plan is None:
        raise NotFound(MSG_NO_PLAN, plan_id=plan_id)
    case = _visible_case(session, actor, plan.case_id)
    domains = {
        d.id: d
        for d in session.scalars(
            select(NeedDomain).where(NeedDomain.id.in_({g.domain_id for g in plan.goals} or {-1}))
        )
    }
    goals = tuple(
        GoalRow(
            id=g.id,
            domain_id=g.domain_id,
            domain_code=domains[g.domain_id].code,
            domain_name_ko=domains[g.domain_id].name_ko,
            domain_name_en=domains[g.domain_id].name_en,
            goal=g.goal,
            measure=g.measure,
        )
        for g in plan.goals
    )
    goal_index = {g.id: k for k, g in enumerate(plan.goals)}
    staff_ids = {plan.author_id, plan.approved_by_id}
    for a in plan.actions:
        staff_ids |= {a.provider_staff_id, a.person_in_charge_id}
    staff = _staff_names(session, {i for i in staff_ids if i is not None})
    orgs = _organisation_names(
        session,
        {a.provider_organisation_id for a in plan.actions if a.provider_organisation_id is not None},
    )
    actions = tuple(
        ActionRow(
            id=a.id,
            description=a.description,
            goal_index=goal_index.get(a.goal_id) if a.goal_id is not None else None,
            provider_staff_id=a.provider_staff_id,
            provider_staff_name=staff.get(a.provider_staff_id, "") if a.provider_staff_id else "",
            provider_organisation_id=a.provider_organisation_id,
            provider_organisation_name=(
                orgs.get(a.provider_organisation_id, "") if a.provider_organisation_id else ""
            ),
            person_in_charge_id=a.person_in_charge_id,
            person_in_charge_name=staff.get(a.person_in_charge_id, "") if a.person_in_charge_id else "",
            start_on=a.start_on,
            end_on=a.end_on,
            frequency=a.frequency,
        )
        for a in plan.actions
    )
    return PlanDetail(
        id=plan.id,
        case_id=case.id,
        case_code=case.code,
        version=plan.version,
        status=plan.status,
        current_state=plan.current_state,
        strengths=plan.strengths,
        monitoring_schedule=plan.monitoring_schedule,
        review_interval_days=plan.review_interval_days,
        period_start=plan.period_start,
        period_end=plan.period_end,
        author_name=staff.get(plan.author_id, "") if plan.author_id else "",
        approved_by_name=staff.get(plan.approved_by_id, "") if plan.approved_by_id else "",
        approved_at=plan.approved_at,
        goals=goals,
        actions=actions,
    )


@dataclass(frozen=True)
class Choice:
    """An id with the name shown in a combobox (need domains carry both languages)."""

    id: int
    name: str
    name_en: str = ""


@dataclass(frozen=True)
class PlanChoices:
    """What a plan's goals and actions may refer to: active need domains, staff and organisations."""

    domains: tuple[Choice, ...]
    staff: tuple[Choice, ...]
    organisations: tuple[Choice, ...]


def plan_choices(session: Session, actor: Actor) -> PlanChoices:
    """The active need domains, staff accounts and organisations, for editing a plan (needs
    MANAGE_CASES)."""
    require(actor, Permission.MANAGE_CASES)
    domains = session.execute(
        select(NeedDomain.id, NeedDomain.name_ko, NeedDomain.name_en)
        .where(NeedDomain.active.is_(True))
        .order_by(NeedDomain.sort_order, NeedDomain.id)
    )
    staff = session.execute(
        select(StaffAccount.id, StaffAccount.display_name)
        .where(StaffAccount.active.is_(True))
        .order_by(StaffAccount.display_name, StaffAccount.id)
    )
    orgs = session.execute(
        select(Organisation.id, Organisation.name)
        .where(Organisation.active.is_(True))
        .order_by(Organisation.name, Organisation.id)
    )
    return PlanChoices(
        domains=tuple(Choice(r[0], r[1], r[2]) for r in domains),
        staff=tuple(Choice(r[0], r[1]) for r in staff),
        organisations=tuple(Choice(r[0], r[1]) for r in orgs),
    )


def review_dates(
    interval_days: int, period_start: date | None, period_end: date | None, approved_on: date
) -> list[date]:
    """The review dates of a plan approved on `approved_on`: period start + k × interval (k ≥ 1)
    up to the period's end, skipping those before the approval day; without a complete period,
    the next REVIEWS_WITHOUT_PERIOD dates counted from the approval day."""
    step = timedelta(days=interval_days)
    if period_start is None or period_end is None:
        return [approved_on + step * k for k in range(1, REVIEWS_WITHOUT_PERIOD + 1)]
    dates: list[date] = []
    day = period_start + step
    while day <= period_end:
        if day >= approved_on:
            dates.append(day)
        day += step
    return dates


# --- writing ---------------------------------------------------------------------------------


def _get_plan(session: Session, plan_id: int) -> SupportPlan:
    plan = session.get(SupportPlan, plan_id)
    if plan is None:
        raise NotFound(MSG_NO_PLAN, plan_id=plan_id)
    return plan


def _case_of(session: Session, plan: SupportPlan) -> SupportCase:
    case = session.get(SupportCase, plan.case_id)
    assert case is not None  # a plan's case is a foreign key with cascade delete
    return case


def _refuse_unless(plan: SupportPlan, status: PlanStatus, message: str) -> None:
    if plan.status is not status:
        raise TransitionRefused(message, version=plan.version, status=plan.status.value)


def _audit_status(
    session: Session,
    actor: Actor,
    case: SupportCase,
    plan: SupportPlan,
    before: PlanStatus,
    **extra: object,
) -> None:
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity_type=AuditRecord.SUPPORT_PLAN,
        entity_id=plan.id,
        student_id=case.student_id,
        detail={
            "case": case.code,
            "version": plan.version,
            "changes": audit.changes({"status": before.value}, {"status": plan.status.value}),
            **extra,
        },
    )


def new_version(session: Session, actor: Actor, case_id: int) -> SupportPlan:
    """Start the next version of the case's plan as a DRAFT (needs MANAGE_CASES): a copy of the
    latest version (fields, goals, actions), or an empty version 1. Refused while a version is
    still a draft or awaiting approval, and for a case that is no longer open. Audited, commits."""
    require(actor, Permission.MANAGE_CASES)
    case = get_case(session, case_id)
    if case.state not in OPEN_STATES:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("errors", "A support plan can be written only for an open case."),
            state=case.state.value,
        )
    versions = list(
        session.scalars(
            select(SupportPlan).where(SupportPlan.case_id == case.id).order_by(SupportPlan.version)
        )
    )
    pending = [p for p in versions if p.status in (PlanStatus.DRAFT, PlanStatus.SUBMITTED)]
    if pending:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Version {version} of the plan is still a draft or awaiting approval; "
                "finish it before starting a new version.",
            ),
            version=pending[0].version,
        )
    latest = versions[-1] if versions else None
    plan = SupportPlan(
        case_id=case.id,
        version=latest.version + 1 if latest else 1,
        status=PlanStatus.DRAFT,
        author_id=actor.staff_id,
    )
    if latest is not None:
        plan.current_state = latest.current_state
        plan.strengths = latest.strengths
        plan.monitoring_schedule = latest.monitoring_schedule
        plan.review_interval_days = latest.review_interval_days
        plan.period_start = latest.period_start
        plan.period_end = latest.period_end
    session.add(plan)
    session.flush()
    if latest is not None:
        copies: dict[int, PlanGoal] = {}
        for g in latest.goals:
            copy = PlanGoal(domain_id=g.domain_id, goal=g.goal, measure=g.measure, sort_order=g.sort_order)
            plan.goals.append(copy)
            copies[g.id] = copy
        session.flush()
        for a in latest.actions:
            plan.actions.append(
                PlanAction(
                    goal_id=copies[a.goal_id].id if a.goal_id in copies else None,
                    description=a.description,
                    provider_staff_id=a.provider_staff_id,
                    provider_organisation_id=a.provider_organisation_id,
                    person_in_charge_id=a.person_in_charge_id,
                    start_on=a.start_on,
                    end_on=a.end_on,
                    frequency=a.frequency,
                    sort_order=a.sort_order,
                )
            )
        session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity_type=AuditRecord.SUPPORT_PLAN,
        entity_id=plan.id,
        student_id=case.student_id,
        detail={
            "case": case.code,
            "version": plan.version,
            "copied_from": latest.id if latest else None,
            "goals": len(plan.goals),
            "actions": len(plan.actions),
        },
    )
    session.commit()
    return plan


def _check_goals(session: Session, goals: Sequence[GoalInput]) -> None:
    domain_ids = {g.domain_id for g in goals}
    found = (
        set(session.scalars(select(NeedDomain.id).where(NeedDomain.id.in_(domain_ids)))) if goals else set()
    )
    for n, g in enumerate(goals, start=1):
        if g.domain_id not in found:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Goal {number}: the chosen need domain does not exist."), number=n
            )
        if not g.goal.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Goal {number}: describe the goal."), number=n)


def _check_actions(session: Session, actions: Sequence[ActionInput], goal_count: int) -> None:
    staff_ids = {i for a in actions for i in (a.provider_staff_id, a.person_in_charge_id) if i is not None}
    org_ids = {a.provider_organisation_id for a in actions if a.provider_organisation_id is not None}
    active_staff = (
        set(
            session.scalars(
                select(StaffAccount.id).where(StaffAccount.id.in_(staff_ids), StaffAccount.active.is_(True))
            )
        )
        if staff_ids
        else set()
    )
    orgs = (
        set(session.scalars(select(Organisation.id).where(Organisation.id.in_(org_ids))))
        if org_ids
        else set()
    )
    for n, a in enumerate(actions, start=1):
        if not a.description.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Action {number}: describe the action."), number=n
            )
        if (a.provider_staff_id is None) == (a.provider_organisation_id is None):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Action {number}: choose one provider, a staff member or an external organisation.",
                ),
                number=n,
            )
        if a.provider_staff_id is not None and a.provider_staff_id not in active_staff:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Action {number}: the provider is not an active staff account."),
                number=n,
            )
        if a.provider_organisation_id is not None and a.provider_organisation_id not in orgs:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Action {number}: this organisation does not exist."), number=n
            )
        if a.person_in_charge_id is not None and a.person_in_charge_id not in active_staff:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Action {number}: the person in charge is not an active staff account."
                ),
                number=n,
            )
        if a.start_on is not None and a.end_on is not None and a.end_on < a.start_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Action {number}: it cannot end before it starts."), number=n
            )
        if a.goal_index is not None and not 0 <= a.goal_index < goal_count:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Action {number}: the goal it serves is not in the plan."),
                number=n,
            )


def save_draft(
    session: Session,
    actor: Actor,
    plan_id: int,
    *,
    current_state: str,
    strengths: str,
    monitoring_schedule: str,
    review_interval_days: int,
    period_start: date | None,
    period_end: date | None,
    goals: Sequence[GoalInput],
    actions: Sequence[ActionInput],
) -> SupportPlan:
    """Store a DRAFT version's fields and replace its goals and actions, in one transaction
    (needs MANAGE_CASES). Refused for any other status: submitted, approved and superseded
    versions are read-only. Audited (counts and dates, no text), commits."""
    require(actor, Permission.MANAGE_CASES)
    plan = _get_plan(session, plan_id)
    _refuse_unless(
        plan,
        PlanStatus.DRAFT,
        QT_TRANSLATE_NOOP("errors", "Only a draft can be edited; version {version} is no longer a draft."),
    )
    if not 1 <= review_interval_days <= MAX_REVIEW_INTERVAL_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The review interval must be between 1 and {max} days."),
            max=MAX_REVIEW_INTERVAL_DAYS,
        )
    if (period_start is None) != (period_end is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give both the start and the end of the plan's period, or neither.")
        )
    if period_start is not None and period_end is not None and period_end < period_start:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The plan's period cannot end before it starts."))
    _check_goals(session, goals)
    _check_actions(session, actions, len(goals))
    case = _case_of(session, plan)
    before = {
        "review_interval_days": plan.review_interval_days,
        "period_start": plan.period_start.isoformat() if plan.period_start else None,
        "period_end": plan.period_end.isoformat() if plan.period_end else None,
        "goals": len(plan.goals),
        "actions": len(plan.actions),
    }
    plan.current_state = current_state.strip()
    plan.strengths = strengths.strip()
    plan.monitoring_schedule = monitoring_schedule.strip()
    plan.review_interval_days = review_interval_days
    plan.period_start = period_start
    plan.period_end = period_end
    # An intervention may already point at an action of this draft; it keeps its own record.
    old_action_ids = [a.id for a in plan.actions]
    if old_action_ids:
        session.execute(
            update(Intervention)
            .where(Intervention.plan_action_id.in_(old_action_ids))
            .values(plan_action_id=None)
        )
    # Actions first: they point at the goals.
    plan.actions.clear()
    session.flush()
    plan.goals.clear()
    session.flush()
    new_goals = [
        PlanGoal(domain_id=g.domain_id, goal=g.goal.strip(), measure=g.measure.strip(), sort_order=k)
        for k, g in enumerate(goals)
    ]
    plan.goals.extend(new_goals)
    session.flush()
    for k, a in enumerate(actions):
        plan.actions.append(
            PlanAction(
                goal_id=new_goals[a.goal_index].id if a.goal_index is not None else None,
                description=a.description.strip(),
                provider_staff_id=a.provider_staff_id,
                provider_organisation_id=a.provider_organisation_id,
                person_in_charge_id=a.person_in_charge_id,
                start_on=a.start_on,
                end_on=a.end_on,
                frequency=a.frequency.strip(),
                sort_order=k,
            )
        )
    session.flush()
    after = {
        "review_interval_days": plan.review_interval_days,
        "period_start": plan.period_start.isoformat() if plan.period_start else None,
        "period_end": plan.period_end.isoformat() if plan.period_end else None,
        "goals": len(plan.goals),
        "actions": len(plan.actions),
    }
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity_type=AuditRecord.SUPPORT_PLAN,
        entity_id=plan.id,
        student_id=case.student_id,
        detail={"case": case.code, "version": plan.version, "changes": audit.changes(before, after)},
    )
    session.commit()
    return plan


def submit(session: Session, actor: Actor, plan_id: int) -> SupportPlan:
    """Submit a DRAFT for the principal's approval (needs MANAGE_CASES and at least one goal).
    Audited, commits."""
    require(actor, Permission.MANAGE_CASES)
    plan = _get_plan(session, plan_id)
    _refuse_unless(
        plan,
        PlanStatus.DRAFT,
        QT_TRANSLATE_NOOP("errors", "Only a draft can be submitted; version {version} is not a draft."),
    )
    if not plan.goals:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A support plan needs at least one goal before it is submitted.")
        )
    case = _case_of(session, plan)
    plan.status = PlanStatus.SUBMITTED
    session.flush()
    _audit_status(session, actor, case, plan, PlanStatus.DRAFT)
    session.commit()
    return plan


def approve(session: Session, actor: Actor, plan_id: int, *, on: date | None = None) -> SupportPlan:
    """Approve a SUBMITTED version (needs APPROVE_PLAN: the principal) while the case is in planning
    or support (case_workflow.check_action). The previously approved
    version becomes SUPERSEDED, and its open review tasks still ahead are cancelled; each review
    date of this version becomes a review task for the case manager, and the case's next review
    is the first of them. Audited (ids and dates), commits."""
    require(actor, Permission.APPROVE_PLAN)
    plan = _get_plan(session, plan_id)
    _refuse_unless(
        plan,
        PlanStatus.SUBMITTED,
        QT_TRANSLATE_NOOP(
            "errors", "Only a plan awaiting approval can be approved; version {version} is not submitted."
        ),
    )
    case = _case_of(session, plan)
    require_action(session, case, CaseAction.APPROVE_PLAN)
    day = on or date.today()
    superseded = list(
        session.scalars(
            select(SupportPlan).where(
                SupportPlan.case_id == case.id, SupportPlan.status == PlanStatus.APPROVED
            )
        )
    )
    cancelled: list[int] = []
    for old in superseded:
        old.status = PlanStatus.SUPERSEDED
        title = REVIEW_TASK_TITLE.format(code=case.code, version=old.version)
        for task in session.scalars(
            select(Task).where(
                Task.case_id == case.id,
                Task.kind == TaskKind.REVIEW,
                Task.status == TaskStatus.OPEN,
                Task.title == title,
                Task.due_on >= day,
            )
        ):
            task.status = TaskStatus.CANCELLED
            cancelled.append(task.id)
    plan.status = PlanStatus.APPROVED
    plan.approved_by_id = actor.staff_id
    plan.approved_at = utcnow()
    dates = review_dates(plan.review_interval_days, plan.period_start, plan.period_end, day)
    assignee = case.manager_id if case.manager_id is not None else plan.author_id
    tasks = [
        Task(
            title=REVIEW_TASK_TITLE.format(code=case.code, version=plan.version),
            kind=TaskKind.REVIEW,
            case_id=case.id,
            assignee_id=assignee,
            due_on=d,
        )
        for d in dates
    ]
    session.add_all(tasks)
    if dates:
        case.next_review_on = dates[0]
    session.flush()
    _audit_status(
        session,
        actor,
        case,
        plan,
        PlanStatus.SUBMITTED,
        superseded=[p.id for p in superseded],
        review_tasks=[t.id for t in tasks],
        cancelled_tasks=cancelled,
        next_review_on=case.next_review_on.isoformat() if case.next_review_on else None,
    )
    session.commit()
    return plan


def return_for_revision(session: Session, actor: Actor, plan_id: int, reason: str) -> SupportPlan:
    """Send a SUBMITTED version back to DRAFT (needs APPROVE_PLAN) with the principal's reason,
    which reaches the case manager as a task (the audit log holds no text). Audited, commits."""
    require(actor, Permission.APPROVE_PLAN)
    plan = _get_plan(session, plan_id)
    _refuse_unless(
        plan,
        PlanStatus.SUBMITTED,
        QT_TRANSLATE_NOOP(
            "errors", "Only a plan awaiting approval can be returned; version {version} is not submitted."
        ),
    )
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say what needs revising."))
    case = _case_of(session, plan)
    plan.status = PlanStatus.DRAFT
    task = Task(
        title=REVISION_TASK_TITLE.format(code=case.code, version=plan.version),
        kind=TaskKind.OTHER,
        case_id=case.id,
        assignee_id=case.manager_id if case.manager_id is not None else plan.author_id,
        due_on=date.today() + timedelta(days=7),
        notes=reason.strip(),
    )
    session.add(task)
    session.flush()
    _audit_status(session, actor, case, plan, PlanStatus.SUBMITTED, task_id=task.id)
    session.commit()
    return plan


__all__ = [
    "REVIEW_TASK_TITLE",
    "REVISION_TASK_TITLE",
    "ActionInput",
    "ActionRow",
    "Choice",
    "GoalInput",
    "GoalRow",
    "PlanChoices",
    "PlanDetail",
    "PlanVersionRow",
    "approve",
    "new_version",
    "plan_choices",
    "plan_detail",
    "plan_versions",
    "return_for_revision",
    "review_dates",
    "save_draft",
    "submit",
]
