"""My support activities (나의 지원 활동): the interventions a staff member provides that are still
planned or under way, with what was logged for each this week, and the sessions of this week.

A provider logs sessions from this list rather than by opening each case. Each list is one query;
session notes are never read here (a restricted note stays in the case window's rules).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, aliased

from desktop.models import (
    Attendance,
    Intervention,
    InterventionStatus,
    StaffAccount,
    Student,
    SupportCase,
    SupportSession,
    SupportType,
)
from desktop.services.actor import Actor
from desktop.services.interventions import InterventionRow, ProviderKind, may_log_session
from desktop.services.tasks import week_end

CURRENT_STATUSES = (InterventionStatus.PLANNED, InterventionStatus.ACTIVE)


def week_start(today: date) -> date:
    """The Monday of the week `today` belongs to."""
    return today - timedelta(days=today.weekday())


@dataclass(frozen=True)
class MyIntervention:
    """An intervention I provide, with its case and this week's logged sessions. `intervention`
    is the row the case window uses (the session dialog takes it)."""

    intervention: InterventionRow
    case_code: str
    student_name: str
    grade: int
    class_no: int
    week_sessions: int  # logged with a date in this week
    week_minutes: int  # attended minutes of those
    may_log: bool  # started, and the actor may log its sessions


@dataclass(frozen=True)
class WeekSession:
    """A session dated in this week, of an intervention I provide or logged by me."""

    id: int
    intervention_id: int
    intervention_title: str
    case_id: int
    case_code: str
    student_name: str
    held_on: date
    duration_minutes: int
    attendance: Attendance
    author_name: str


def my_interventions(session: Session, actor: Actor, *, today: date | None = None) -> list[MyIntervention]:
    """The planned and active interventions the actor provides, by case code then id, with their
    hours and sessions (all time and this week) summed in the same query."""
    if actor.staff_id is None:
        return []
    today = today or date.today()
    first, last = week_start(today), week_end(today)
    staff = aliased(StaffAccount)
    attended = SupportSession.attendance == Attendance.ATTENDED
    in_week = and_(SupportSession.held_on >= first, SupportSession.held_on <= last)
    attended_minutes = func.coalesce(
        func.sum(sql_case((attended, SupportSession.duration_minutes), else_=0)), 0
    )
    week_minutes = func.coalesce(
        func.sum(sql_case((and_(attended, in_week), SupportSession.duration_minutes), else_=0)), 0
    )
    week_count = func.coalesce(func.sum(sql_case((in_week, 1), else_=0)), 0)
    stmt = (
        select(
            Intervention.id,
            Intervention.case_id,
            Intervention.title,
            Intervention.support_type_id,
            SupportType.name_ko,
            SupportType.name_en,
            staff.display_name,
            Intervention.status,
            Intervention.started_on,
            Intervention.ended_on,
            Intervention.planned_hours,
            Intervention.weekly_hours,
            Intervention.recognised_as_class_hours,
            Intervention.plan_action_id,
            attended_minutes,
            func.count(SupportSession.id),
            func.max(SupportSession.held_on),
            week_count,
            week_minutes,
            SupportCase.code,
            Student.name,
            Student.grade,
            Student.class_no,
        )
        .join(SupportCase, SupportCase.id == Intervention.case_id)
        .join(Student, Student.id == SupportCase.student_id)
        .outerjoin(SupportType, SupportType.id == Intervention.support_type_id)
        .outerjoin(staff, staff.id == Intervention.provider_staff_id)
        .outerjoin(SupportSession, SupportSession.intervention_id == Intervention.id)
        .where(Intervention.provider_staff_id == actor.staff_id, Intervention.status.in_(CURRENT_STATUSES))
        .group_by(Intervention.id, SupportCase.id, Student.id, SupportType.id, staff.id)
        .order_by(SupportCase.code, Intervention.id)
    )
    rows: list[MyIntervention] = []
    for r in session.execute(stmt):
        row = InterventionRow(
            id=r[0],
            case_id=r[1],
            title=r[2],
            support_type_id=r[3],
            support_type_ko=r[4] or "",
            support_type_en=r[5] or "",
            provider_kind=ProviderKind.STAFF,
            provider_id=actor.staff_id,
            provider_name=r[6] or "",
            organisation_kind=None,
            status=r[7],
            started_on=r[8],
            ended_on=r[9],
            planned_hours=float(r[10] or 0),
            weekly_hours=float(r[11] or 0),
            recognised_as_class_hours=bool(r[12]),
            plan_action_id=r[13],
            hours_done=round(int(r[14] or 0) / 60, 1),
            session_count=int(r[15]),
            last_session_on=r[16],
        )
        started = row.status is InterventionStatus.ACTIVE and row.started_on is not None
        rows.append(
            MyIntervention(
                intervention=row,
                case_code=r[19],
                student_name=r[20],
                grade=r[21],
                class_no=r[22],
                week_sessions=int(r[17] or 0),
                week_minutes=int(r[18] or 0),
                may_log=started and may_log_session(actor, actor.staff_id),
            )
        )
    return rows


def week_sessions(session: Session, actor: Actor, *, today: date | None = None) -> list[WeekSession]:
    """The sessions dated from Monday to Sunday of this week, of interventions the actor provides
    or logged by them, newest first."""
    if actor.staff_id is None:
        return []
    today = today or date.today()
    author = aliased(StaffAccount)
    stmt = (
        select(
            SupportSession.id,
            Intervention.id,
            Intervention.title,
            SupportCase.id,
            SupportCase.code,
            Student.name,
            SupportSession.held_on,
            SupportSession.duration_minutes,
            SupportSession.attendance,
            author.display_name,
        )
        .join(Intervention, Intervention.id == SupportSession.intervention_id)
        .join(SupportCase, SupportCase.id == Intervention.case_id)
        .join(Student, Student.id == SupportCase.student_id)
        .outerjoin(author, author.id == SupportSession.author_id)
        .where(
            SupportSession.held_on >= week_start(today),
            SupportSession.held_on <= week_end(today),
            or_(Intervention.provider_staff_id == actor.staff_id, SupportSession.author_id == actor.staff_id),
        )
        .order_by(SupportSession.held_on.desc(), SupportSession.id.desc())
    )
    return [
        WeekSession(
            id=r[0],
            intervention_id=r[1],
            intervention_title=r[2],
            case_id=r[3],
            case_code=r[4],
            student_name=r[5],
            held_on=r[6],
            duration_minutes=int(r[7] or 0),
            attendance=r[8],
            author_name=r[9] or "",
        )
        for r in session.execute(stmt)
    ]


__all__ = ["MyIntervention", "WeekSession", "my_interventions", "week_sessions", "week_start"]
