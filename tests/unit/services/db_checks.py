"""Plain helpers of the service tests: dates, setting up a state, and reading what is stored."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, CaseState, CaseStateChange, SupportCase

TODAY = date.today()
LAST_WEEK = TODAY - timedelta(days=7)


def force_state(db: Session, case: SupportCase, state: CaseState) -> None:
    """Put a case in a state directly, bypassing the workflow, to set up a test."""
    case.state = state
    db.commit()


def snapshot(db: Session, case: SupportCase) -> tuple[Any, ...]:
    """What a refused action must leave unchanged: the case's state and reasons, its history
    and the audit log."""
    db.expire_all()
    return (
        case.state,
        case.state_reason,
        case.closed_on,
        case.closure_reason,
        case.selected_on,
        db.scalar(
            select(func.count()).select_from(CaseStateChange).where(CaseStateChange.case_id == case.id)
        ),
        db.scalar(select(func.count()).select_from(AuditEvent)),
    )


def audit_events(db: Session, action: str | None = None) -> list[AuditEvent]:
    stmt = select(AuditEvent).order_by(AuditEvent.id)
    if action is not None:
        stmt = stmt.where(AuditEvent.action == action)
    return list(db.scalars(stmt))
