"""Counts of a school's data for dashboards, `summary --json` and statistics exports.

Aggregate queries only (COUNT with GROUP BY), in portable SQL: no SQLite-only functions.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desktop.models import (
    CaseState,
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


def _count(session: Session, entity: Any, *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(entity).where(*where)) or 0)


def summary(session: Session, today: date | None = None) -> dict[str, Any]:
    """JSON-ready counts of the school's data.

    Cases are counted per state (every state, zeros included) and per need domain (every domain
    code; a case with two domains counts in both). Referrals are overdue when still sent and past
    their expected response day; tasks when still open and past their due day — both relative to
    `today` (default: the current date).
    """
    day = today or date.today()
    school = session.scalar(select(School.name).order_by(School.id).limit(1))

    by_state = dict.fromkeys((s.value for s in CaseState), 0)
    for state, n in session.execute(
        select(SupportCase.state, func.count()).group_by(SupportCase.state)
    ).all():
        by_state[CaseState(state).value] = int(n)

    by_domain = {code: 0 for code in session.scalars(select(NeedDomain.code).order_by(NeedDomain.sort_order))}
    for code, n in session.execute(
        select(NeedDomain.code, func.count(case_domain.c.case_id))
        .join(case_domain, case_domain.c.domain_id == NeedDomain.id)
        .group_by(NeedDomain.code)
    ).all():
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
