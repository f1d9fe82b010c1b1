"""The figures of the Dashboard: cases by state and by need domain, new requests,
overdue tasks and referral loops, upcoming meetings and the monthly trend of the school year; and
what waits for the user's approval (결재 대기): submitted plans and finalised, unsigned minutes.

A handful of grouped queries (COUNT ... GROUP BY), in portable SQL: `extract()` compiles to
strftime on SQLite and EXTRACT elsewhere. Only counts leave this module, never names.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desktop.models import (
    CaseState,
    EnrolmentStatus,
    Intervention,
    InterventionStatus,
    Meeting,
    MeetingStatus,
    MeetingType,
    NeedDomain,
    PlanStatus,
    Referral,
    ReferralStatus,
    RequestStatus,
    Student,
    SupportCase,
    SupportPlan,
    SupportRequest,
    Task,
    TaskStatus,
    case_domain,
)
from desktop.services.actor import Actor
from desktop.services.case_workflow import OPEN_STATES
from desktop.services.permissions import Permission, can, require

# A referral loop is open from sending until its outcome is recorded (DESIGN §1.3).
OPEN_REFERRAL_STATUSES: frozenset[ReferralStatus] = frozenset(
    {ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.DELIVERED}
)


@dataclass(frozen=True)
class DomainCount:
    code: str
    name_ko: str
    name_en: str
    count: int


@dataclass(frozen=True)
class MonthCount:
    """One month of the school year: cases opened and cases closed in it."""

    month: date  # the first day of the month
    opened: int
    closed: int


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    students: int  # enrolled
    open_cases: int
    cases_by_state: tuple[tuple[CaseState, int], ...]  # every state, in workflow order, zeros included
    open_cases_by_domain: tuple[DomainCount, ...]  # active domains in their order; a case may count twice
    new_requests: int
    open_tasks: int
    overdue_tasks: int
    open_referrals: int
    overdue_referrals: int  # sent, no answer, past the expected response day
    upcoming_meetings: int
    next_meeting_at: datetime | None
    active_interventions: int
    monthly: tuple[MonthCount, ...]  # from March of the school year to the month of `today`


def school_year(today: date) -> tuple[date, date]:
    """The Korean school year holding `today`: 1 March to the last day of February."""
    first_year = today.year if today.month >= 3 else today.year - 1
    return date(first_year, 3, 1), date(first_year + 1, 3, 1) - timedelta(days=1)


def months_between(start: date, end: date) -> list[date]:
    """First days of every month from the month of `start` to the month of `end`, inclusive."""
    months: list[date] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _count(session: Session, entity: Any, *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(entity).where(*where)) or 0)


def _per_month(session: Session, column: Any, start: date, end: date) -> dict[tuple[int, int], int]:
    year = extract("year", column)
    month = extract("month", column)
    stmt = (
        select(year, month, func.count())
        .where(column.is_not(None), column >= start, column <= end)
        .group_by(year, month)
    )
    return {(int(y), int(m)): int(n) for y, m, n in session.execute(stmt)}


def _start_of_day_utc(day: date) -> datetime:
    """Midnight of `day` on this PC's clock, as a UTC time (how times are stored)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def figures(session: Session, actor: Actor, today: date) -> DashboardFigures:
    """Everything the Dashboard shows, relative to `today`. Needs VIEW_DASHBOARD."""
    require(actor, Permission.VIEW_DASHBOARD)

    by_state = dict.fromkeys(CaseState, 0)
    for state, n in session.execute(select(SupportCase.state, func.count()).group_by(SupportCase.state)):
        by_state[CaseState(state)] = int(n)

    domain_counts: dict[int, int] = {
        int(domain_id): int(n)
        for domain_id, n in session.execute(
            select(case_domain.c.domain_id, func.count())
            .join(SupportCase, SupportCase.id == case_domain.c.case_id)
            .where(SupportCase.state.in_(OPEN_STATES))
            .group_by(case_domain.c.domain_id)
        )
    }
    domains = tuple(
        DomainCount(code=d.code, name_ko=d.name_ko, name_en=d.name_en, count=domain_counts.get(d.id, 0))
        for d in session.execute(
            select(NeedDomain.id, NeedDomain.code, NeedDomain.name_ko, NeedDomain.name_en)
            .where(NeedDomain.active.is_(True))
            .order_by(NeedDomain.sort_order, NeedDomain.id)
        )
    )

    tasks: dict[bool, int] = {}
    for overdue, n in session.execute(
        select(Task.due_on.is_not(None) & (Task.due_on < today), func.count())
        .where(Task.status == TaskStatus.OPEN)
        .group_by(Task.due_on.is_not(None) & (Task.due_on < today))
    ):
        tasks[bool(overdue)] = tasks.get(bool(overdue), 0) + int(n)

    referrals: dict[bool, int] = {}
    late = (
        (Referral.status == ReferralStatus.SENT)
        & Referral.expected_response_on.is_not(None)
        & (Referral.expected_response_on < today)
    )
    for overdue, n in session.execute(
        select(late, func.count()).where(Referral.status.in_(OPEN_REFERRAL_STATUSES)).group_by(late)
    ):
        referrals[bool(overdue)] = referrals.get(bool(overdue), 0) + int(n)

    from_now = _start_of_day_utc(today)
    upcoming, next_at = session.execute(
        select(func.count(), func.min(Meeting.held_at)).where(
            Meeting.status == MeetingStatus.PLANNED, Meeting.held_at >= from_now
        )
    ).one()

    start, end = school_year(today)
    last = min(end, today)
    opened = _per_month(session, SupportCase.opened_on, start, last)
    closed = _per_month(session, SupportCase.closed_on, start, last)
    monthly = tuple(
        MonthCount(m, opened.get((m.year, m.month), 0), closed.get((m.year, m.month), 0))
        for m in months_between(start, last)
    )

    return DashboardFigures(
        today=today,
        students=_count(session, Student, Student.status == EnrolmentStatus.ENROLLED),
        open_cases=sum(n for s, n in by_state.items() if s in OPEN_STATES),
        cases_by_state=tuple(by_state.items()),
        open_cases_by_domain=domains,
        new_requests=_count(session, SupportRequest, SupportRequest.status == RequestStatus.NEW),
        open_tasks=sum(tasks.values()),
        overdue_tasks=tasks.get(True, 0),
        open_referrals=sum(referrals.values()),
        overdue_referrals=referrals.get(True, 0),
        upcoming_meetings=int(upcoming or 0),
        next_meeting_at=next_at,
        active_interventions=_count(session, Intervention, Intervention.status == InterventionStatus.ACTIVE),
        monthly=monthly,
    )


class ApprovalKind(enum.StrEnum):
    PLAN = "plan"  # a support plan version submitted for approval
    MINUTES = "minutes"  # finalised minutes not yet signed


@dataclass(frozen=True)
class AwaitingApproval:
    """One thing waiting for the user's approval or signature, oldest first in `awaiting_approval`.
    `record_id` is the plan's id (PLAN) or the meeting's (MINUTES)."""

    kind: ApprovalKind
    record_id: int
    since: datetime | None  # when it was submitted (the plan's last change) or finalised
    case_id: int | None = None
    case_code: str = ""
    plan_version: int = 0
    meeting_year: int = 0
    meeting_number: int = 0
    meeting_type: MeetingType | None = None
    meeting_held_at: datetime | None = None


def awaiting_approval(session: Session, actor: Actor) -> list[AwaitingApproval]:
    """What waits for this user to decide, oldest first: the plans submitted for approval when
    they may approve plans (APPROVE_PLAN), the finalised minutes nobody has signed when they may
    sign them (SIGN_MINUTES). Empty for everyone else. Case codes only, never names."""
    items: list[AwaitingApproval] = []
    if can(actor, Permission.APPROVE_PLAN):
        stmt = (
            select(
                SupportPlan.id, SupportPlan.updated_at, SupportCase.id, SupportCase.code, SupportPlan.version
            )
            .join(SupportCase, SupportCase.id == SupportPlan.case_id)
            .where(SupportPlan.status == PlanStatus.SUBMITTED)
        )
        items += [
            AwaitingApproval(ApprovalKind.PLAN, r[0], r[1], case_id=r[2], case_code=r[3], plan_version=r[4])
            for r in session.execute(stmt)
        ]
    if can(actor, Permission.SIGN_MINUTES):
        stmt_m = select(
            Meeting.id,
            Meeting.finalised_at,
            Meeting.year,
            Meeting.number,
            Meeting.meeting_type,
            Meeting.held_at,
        ).where(Meeting.status == MeetingStatus.FINALISED, Meeting.signed_at.is_(None))
        items += [
            AwaitingApproval(
                ApprovalKind.MINUTES,
                r[0],
                r[1],
                meeting_year=r[2],
                meeting_number=r[3],
                meeting_type=r[4],
                meeting_held_at=r[5],
            )
            for r in session.execute(stmt_m)
        ]
    epoch = datetime.min.replace(tzinfo=UTC)
    items.sort(key=lambda i: (_aware(i.since) or epoch, i.kind.value, i.record_id))
    return items


def _aware(at: datetime | None) -> datetime | None:
    """Stored times as UTC-aware (SQLite hands them back naive)."""
    if at is None or at.tzinfo is not None:
        return at
    return at.replace(tzinfo=UTC)


__all__ = [
    "OPEN_REFERRAL_STATUSES",
    "ApprovalKind",
    "AwaitingApproval",
    "DashboardFigures",
    "DomainCount",
    "MonthCount",
    "awaiting_approval",
    "figures",
    "months_between",
    "school_year",
]
