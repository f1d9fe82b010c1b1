"""The figures of the Dashboard (issue 4): cases by state and by need domain, new requests,
overdue tasks and referral loops, upcoming meetings and the monthly trend of the school year.

A handful of grouped queries (COUNT ... GROUP BY), in portable SQL: `extract()` compiles to
strftime on SQLite and EXTRACT elsewhere. Only counts leave this module, never names.
"""

from __future__ import annotations

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
    NeedDomain,
    Referral,
    ReferralStatus,
    RequestStatus,
    Student,
    SupportCase,
    SupportRequest,
    Task,
    TaskStatus,
    case_domain,
)
from desktop.services.actor import Actor
from desktop.services.case_workflow import OPEN_STATES
from desktop.services.permissions import Permission, require

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


__all__ = [
    "OPEN_REFERRAL_STATUSES",
    "DashboardFigures",
    "DomainCount",
    "MonthCount",
    "figures",
    "months_between",
    "school_year",
]
