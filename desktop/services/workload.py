"""Staff workload: how much each internal resource already carries, shown while assigning.

One row per active staff account. Each figure comes from one aggregate query over the whole
school (no per-row queries), so the table stays quick however many interventions there are:

- current interventions: interventions the person provides that are planned or active;
- weekly hours: the planned weekly hours of those interventions, summed;
- cases managed: cases in an open state (case_workflow.OPEN_STATES) with the person as manager;
- sessions in the last 7 days: sessions held from `today - 6` to `today` of interventions the
  person provides (the load is the provider's, whoever typed the session in).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Intervention,
    InterventionStatus,
    Role,
    StaffAccount,
    StaffSpecialty,
    SupportCase,
    SupportSession,
)
from desktop.services.actor import Actor
from desktop.services.case_workflow import OPEN_STATES
from desktop.services.permissions import Permission, can, require

CURRENT_STATUSES: frozenset[InterventionStatus] = frozenset(
    {InterventionStatus.PLANNED, InterventionStatus.ACTIVE}
)
"""Intervention statuses that count as a provider's current work."""

RECENT_DAYS = 7


@dataclass(frozen=True)
class WorkloadRow:
    """One active staff member's current load."""

    staff_id: int
    display_name: str
    role: Role
    position: str
    specialty: StaffSpecialty | None
    weekly_capacity_hours: int  # 0 when not set
    current_interventions: int
    weekly_hours: float
    cases_managed: int
    sessions_last_7_days: int
    homeroom_grade: int | None = None
    homeroom_class: int | None = None


def may_view_workload(actor: Actor) -> bool:
    """Those who see all cases or assign interventions see everyone's workload."""
    return can(actor, Permission.VIEW_ALL_CASES) or can(actor, Permission.ASSIGN_INTERVENTION)


def staff_workload(session: Session, actor: Actor, today: date | None = None) -> list[WorkloadRow]:
    """Every active staff account with its current load, by name (see the module's doc)."""
    if not may_view_workload(actor):
        require(actor, Permission.VIEW_ALL_CASES)  # raises PermissionDenied with its message
    day = today or date.today()
    since = day - timedelta(days=RECENT_DAYS - 1)

    interventions = {
        r[0]: (int(r[1]), float(r[2] or 0))
        for r in session.execute(
            select(
                Intervention.provider_staff_id,
                func.count(Intervention.id),
                func.sum(Intervention.weekly_hours),
            )
            .where(
                Intervention.provider_staff_id.is_not(None),
                Intervention.status.in_(CURRENT_STATUSES),
            )
            .group_by(Intervention.provider_staff_id)
        )
    }
    managed = {
        r[0]: int(r[1])
        for r in session.execute(
            select(SupportCase.manager_id, func.count(SupportCase.id))
            .where(SupportCase.manager_id.is_not(None), SupportCase.state.in_(OPEN_STATES))
            .group_by(SupportCase.manager_id)
        )
    }
    recent = {
        r[0]: int(r[1])
        for r in session.execute(
            select(Intervention.provider_staff_id, func.count(SupportSession.id))
            .join(Intervention, Intervention.id == SupportSession.intervention_id)
            .where(
                Intervention.provider_staff_id.is_not(None),
                SupportSession.held_on >= since,
                SupportSession.held_on <= day,
            )
            .group_by(Intervention.provider_staff_id)
        )
    }
    staff = session.execute(
        select(
            StaffAccount.id,
            StaffAccount.display_name,
            StaffAccount.role,
            StaffAccount.position,
            StaffAccount.specialty,
            StaffAccount.weekly_capacity_hours,
            StaffAccount.homeroom_grade,
            StaffAccount.homeroom_class,
        )
        .where(StaffAccount.active.is_(True))
        .order_by(StaffAccount.display_name, StaffAccount.id)
    )
    rows: list[WorkloadRow] = []
    for r in staff:
        count, hours = interventions.get(r[0], (0, 0.0))
        rows.append(
            WorkloadRow(
                staff_id=r[0],
                display_name=r[1],
                role=r[2],
                position=r[3] or "",
                specialty=r[4],
                weekly_capacity_hours=int(r[5] or 0),
                current_interventions=count,
                weekly_hours=round(hours, 1),
                cases_managed=managed.get(r[0], 0),
                sessions_last_7_days=recent.get(r[0], 0),
                homeroom_grade=r[6],
                homeroom_class=r[7],
            )
        )
    return rows


__all__ = ["CURRENT_STATUSES", "RECENT_DAYS", "WorkloadRow", "may_view_workload", "staff_workload"]
