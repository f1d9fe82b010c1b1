"""Counts of a school's data for dashboards, `summary --json` and statistics exports.

Aggregate queries only (COUNT with GROUP BY), in portable SQL: no SQLite-only functions.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desktop.models import (
    CaseState,
    CaseStateChange,
    Intervention,
    Meeting,
    NeedDomain,
    Organisation,
    Referral,
    ReferralStatus,
    School,
    StaffAccount,
    Student,
    SupportCase,
    SupportRequest,
    SupportSession,
    Task,
    TaskStatus,
    case_domain,
)


def case_in_period(start: date, end: date) -> ColumnElement[bool]:
    """A case counts in a period when it was open at some time in it (opened by its end, not
    closed before its start) — the committee report's and the Reports screen's definition."""
    return (SupportCase.opened_on <= end) & or_(
        SupportCase.closed_on.is_(None), SupportCase.closed_on >= start
    )


def day_start_utc(day: date) -> datetime:
    """The start of ``day`` in local time, as a naive UTC time (how times are stored)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC).replace(tzinfo=None)


def states_at_period_end(session: Session, start: date, end: date) -> dict[int, CaseState]:
    """Each case of the period with the state it was in at the period's end (its last change
    before then; its state now when nothing changed it before the end)."""
    in_period = case_in_period(start, end)
    states = {
        case_id: CaseState(state)
        for case_id, state in session.execute(
            select(SupportCase.id, SupportCase.state).where(in_period)
        ).all()
    }
    for case_id, to_state in session.execute(
        select(CaseStateChange.case_id, CaseStateChange.to_state)
        .where(
            CaseStateChange.case_id.in_(select(SupportCase.id).where(in_period)),
            CaseStateChange.at < day_start_utc(end + timedelta(days=1)),
        )
        .order_by(CaseStateChange.at, CaseStateChange.id)
    ).all():
        states[case_id] = CaseState(to_state)
    return states


def _count(session: Session, entity: Any, *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(entity).where(*where)) or 0)


def summary(
    session: Session, today: date | None = None, *, period: tuple[date, date] | None = None
) -> dict[str, Any]:
    """JSON-ready counts of the school's data.

    Cases are counted per state (every state, zeros included) and per need domain (every domain
    code; a case with two domains counts in both). With ``period`` (first and last day), the cases
    are those of the period, each in its state at the period's end — the same cases as the
    committee report of that period. Referrals are overdue when still sent and past their expected
    response day; tasks when still open and past their due day — both relative to `today`
    (default: the current date).
    """
    day = today or date.today()
    school = session.scalar(select(School.name).order_by(School.id).limit(1))

    by_state = dict.fromkeys((s.value for s in CaseState), 0)
    by_domain = {code: 0 for code in session.scalars(select(NeedDomain.code).order_by(NeedDomain.sort_order))}
    domain_counts = (
        select(NeedDomain.code, func.count(case_domain.c.case_id))
        .join(case_domain, case_domain.c.domain_id == NeedDomain.id)
        .group_by(NeedDomain.code)
    )
    if period is None:
        for state, n in session.execute(
            select(SupportCase.state, func.count()).group_by(SupportCase.state)
        ).all():
            by_state[CaseState(state).value] = int(n)
    else:
        start, end = period
        for state in states_at_period_end(session, start, end).values():
            by_state[state.value] += 1
        domain_counts = domain_counts.where(
            case_domain.c.case_id.in_(select(SupportCase.id).where(case_in_period(start, end)))
        )
    for code, n in session.execute(domain_counts).all():
        by_domain[code] = int(n)

    return {
        "school": school or "",
        "students": _count(session, Student),
        "staff": _count(session, StaffAccount),
        "cases": {"total": sum(by_state.values()), "by_state": by_state, "by_domain": by_domain},
        "requests": _count(session, SupportRequest),
        "interventions": _count(session, Intervention),
        "sessions": _count(session, SupportSession),
        "meetings": _count(session, Meeting),
        "organisations": _count(session, Organisation),
        "referrals": {
            "total": _count(session, Referral),
            "overdue": _count(
                session,
                Referral,
                Referral.status == ReferralStatus.SENT,
                Referral.expected_response_on.is_not(None),
                Referral.expected_response_on < day,
            ),
        },
        "tasks": {
            "open": _count(session, Task, Task.status == TaskStatus.OPEN),
            "overdue": _count(
                session, Task, Task.status == TaskStatus.OPEN, Task.due_on.is_not(None), Task.due_on < day
            ),
        },
    }


__all__ = ["summary"]
