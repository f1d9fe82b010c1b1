"""Staff workload: current interventions, weekly hours, managed cases, recent sessions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Attendance,
    CaseState,
    Intervention,
    InterventionStatus,
    Organisation,
    OrganisationKind,
    Role,
    StaffAccount,
    SupportCase,
    SupportSession,
    SupportType,
)
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied
from desktop.services.workload import staff_workload
from tests.unit.services.db_checks import TODAY, force_state


def add_intervention(
    db: Session,
    case: SupportCase,
    status: InterventionStatus,
    weekly: float,
    staff_id: int | None = None,
    org_id: int | None = None,
) -> Intervention:
    support_type = db.scalars(select(SupportType)).first()
    assert support_type is not None
    row = Intervention(
        case_id=case.id,
        support_type_id=support_type.id,
        title="지원",
        provider_staff_id=staff_id,
        provider_organisation_id=org_id,
        status=status,
        weekly_hours=weekly,
        planned_hours=10,
    )
    db.add(row)
    db.commit()
    return row


def add_session(db: Session, intervention: Intervention, days_ago: int) -> None:
    db.add(
        SupportSession(
            intervention_id=intervention.id,
            held_on=TODAY - timedelta(days=days_ago),
            duration_minutes=40,
            attendance=Attendance.ATTENDED,
        )
    )
    db.commit()


def test_workload_sums_current_interventions_cases_and_recent_sessions(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    make_staff: Callable[..., StaffAccount],
) -> None:
    counselor = make_staff(Role.SPECIALIST, username="상담교사")
    idle = make_staff(Role.HOMEROOM, username="담임")
    make_staff(Role.SPECIALIST, username="퇴직", active=False)
    org = Organisation(name="복지관", kind=OrganisationKind.SOCIAL_WELFARE_CENTER)
    db.add(org)
    db.commit()
    case_a = make_case(manager_id=counselor.id)
    case_b = make_case(manager_id=counselor.id)
    closed = make_case(manager_id=counselor.id)
    force_state(db, closed, CaseState.CLOSED)
    active = add_intervention(db, case_a, InterventionStatus.ACTIVE, 1.5, staff_id=counselor.id)
    add_intervention(db, case_b, InterventionStatus.PLANNED, 3.0, staff_id=counselor.id)
    done = add_intervention(db, case_b, InterventionStatus.COMPLETED, 9.0, staff_id=counselor.id)
    add_intervention(db, case_a, InterventionStatus.ACTIVE, 2.0, org_id=org.id)  # not a staff member's
    add_session(db, active, 0)
    add_session(db, active, 6)
    add_session(db, active, 7)  # eight days ago counting today: outside the window
    add_session(db, done, 2)  # a recent session of an ended intervention still counts as work done

    rows = {r.display_name: r for r in staff_workload(db, coordinator, TODAY)}
    assert "퇴직" not in rows
    mine = rows["상담교사"]
    assert (mine.current_interventions, mine.weekly_hours, mine.cases_managed, mine.sessions_last_7_days) == (
        2,
        4.5,
        2,
        3,
    )
    other = rows["담임"]
    assert (other.staff_id, other.current_interventions, other.weekly_hours, other.cases_managed) == (
        idle.id,
        0,
        0.0,
        0,
    )


def test_workload_is_for_those_who_see_all_cases(
    db: Session, make_staff: Callable[..., StaffAccount]
) -> None:
    assert staff_workload(db, Actor.of(make_staff(Role.PRINCIPAL)))
    assert staff_workload(db, Actor.of(make_staff(Role.HEAD_TEACHER)))
    for role in (Role.SPECIALIST, Role.HOMEROOM):
        with pytest.raises(PermissionDenied):
            staff_workload(db, Actor.of(make_staff(role)))
