"""Interventions of a case and their sessions: assigning a provider, starting and ending the
support, logging sessions, and hours planned against hours done (DESIGN §1.2–1.3).

An intervention has exactly one provider: an internal staff member or an external organisation.
Its life is planned → active → completed | stopped (planned → stopped when it never starts);
starting it needs both consents to support (unless emergency support was started), like the
case's own move to active support. When an
intervention may be assigned or started and when its sessions may be logged follows the case's
state (case_workflow.check_action): once the plan is approved, or in emergency support.

Who sees what: everyone who sees all cases, and the case's manager, sees all its interventions;
someone with only the limited view (a homeroom teacher, a specialist) sees the interventions they
provide. A restricted session's notes are blank (and marked) unless the viewer is the session's
author or may view restricted notes (coordinator, principal) — the can_see_note rule.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    Attendance,
    Intervention,
    InterventionStatus,
    Organisation,
    OrganisationKind,
    PlanAction,
    StaffAccount,
    SupportCase,
    SupportPlan,
    SupportSession,
    SupportType,
)
from desktop.services import audit, restricted_text
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.case_workflow import CaseAction, check_action, in_emergency_support, require_action
from desktop.services.consents import support_consent
from desktop.services.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from desktop.services.lookups import get_case
from desktop.services.permissions import Permission, can, can_see_case, require
from desktop.services.tasks import add_assignment_task, close_assignment_tasks
from desktop.services.workload import WorkloadRow, staff_workload

IS = InterventionStatus

MAX_TITLE = 120
MAX_PLANNED_HOURS = 2000.0
MAX_WEEKLY_HOURS = 40.0
MIN_DURATION = 1
MAX_DURATION = 600

NEXT_STATUSES: dict[InterventionStatus, frozenset[InterventionStatus]] = {
    IS.PLANNED: frozenset({IS.ACTIVE, IS.STOPPED}),
    IS.ACTIVE: frozenset({IS.COMPLETED, IS.STOPPED}),
    IS.COMPLETED: frozenset(),
    IS.STOPPED: frozenset(),
}
"""The statuses an intervention may move to from each status."""

MSG_NO_INTERVENTION = QT_TRANSLATE_NOOP("errors", "This intervention does not exist.")
MSG_TITLE = QT_TRANSLATE_NOOP("errors", "An intervention needs a title.")
MSG_TITLE_LONG = QT_TRANSLATE_NOOP("errors", "The title is too long (at most {max} characters).")
MSG_NO_SUPPORT_TYPE = QT_TRANSLATE_NOOP("errors", "This support type does not exist or is no longer used.")
MSG_ONE_PROVIDER = QT_TRANSLATE_NOOP(
    "errors", "Choose exactly one provider: a staff member or an external organisation."
)
MSG_NO_STAFF = QT_TRANSLATE_NOOP("errors", "This staff member does not exist or their account is inactive.")
MSG_NO_ORGANISATION = QT_TRANSLATE_NOOP(
    "errors", "This organisation does not exist or is no longer in the directory."
)
MSG_PLANNED_HOURS = QT_TRANSLATE_NOOP("errors", "Planned hours must be between 0 and {max}.")
MSG_WEEKLY_HOURS = QT_TRANSLATE_NOOP("errors", "Weekly hours must be between 0 and {max}.")
MSG_PLAN_ACTION = QT_TRANSLATE_NOOP("errors", "This plan action does not belong to the case's support plan.")
MSG_STATUS_SAME = QT_TRANSLATE_NOOP("errors", "The intervention is already in this status.")
MSG_STATUS_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "errors", "An intervention cannot move from its current status to this one."
)
MSG_FUTURE = QT_TRANSLATE_NOOP("errors", "The date cannot be in the future.")
MSG_END_BEFORE_START = QT_TRANSLATE_NOOP(
    "errors", "An intervention cannot end before the day it started ({started_on})."
)
MSG_START_NO_CONSENT = QT_TRANSLATE_NOOP(
    "errors",
    "The intervention cannot start: the student's and the guardian's consents to support must both "
    "be valid on that day.",
)
MSG_NOT_PROVIDER = QT_TRANSLATE_NOOP(
    "errors", "Only the coordinator or the staff member who provides this intervention may log its sessions."
)
MSG_NOT_STARTED = QT_TRANSLATE_NOOP("errors", "Start the intervention before logging its sessions.")
MSG_SESSION_FUTURE = QT_TRANSLATE_NOOP("errors", "A session cannot be logged for a day in the future.")
MSG_SESSION_BEFORE_START = QT_TRANSLATE_NOOP(
    "errors", "The session is dated before the intervention started ({started_on})."
)
MSG_SESSION_AFTER_END = QT_TRANSLATE_NOOP(
    "errors", "The session is dated after the intervention ended ({ended_on})."
)
MSG_DURATION = QT_TRANSLATE_NOOP("errors", "A session lasts between {min} and {max} minutes.")
MSG_RATING = QT_TRANSLATE_NOOP("errors", "The progress rating is from 1 to 5, or none.")


class ProviderKind(enum.StrEnum):
    STAFF = "staff"
    ORGANISATION = "organisation"


@dataclass(frozen=True)
class InterventionRow:
    """An intervention as the case window lists it."""

    id: int
    case_id: int
    title: str
    support_type_id: int | None
    support_type_ko: str
    support_type_en: str
    provider_kind: ProviderKind
    provider_id: int
    provider_name: str
    organisation_kind: OrganisationKind | None
    status: InterventionStatus
    started_on: date | None
    ended_on: date | None
    planned_hours: float
    hours_done: float  # attended sessions' minutes / 60
    weekly_hours: float
    recognised_as_class_hours: bool
    session_count: int
    last_session_on: date | None
    plan_action_id: int | None

    @property
    def class_hours(self) -> float | None:
        """The hours recognised as class hours (shared-school and online programs), else None."""
        return self.hours_done if self.recognised_as_class_hours else None

    @property
    def provider_staff_id(self) -> int | None:
        return self.provider_id if self.provider_kind is ProviderKind.STAFF else None


@dataclass(frozen=True)
class SessionRow:
    """A session as the case window lists it. `notes` is blank when `notes_hidden`."""

    id: int
    intervention_id: int
    held_on: date
    duration_minutes: int
    attendance: Attendance
    progress_rating: int | None
    notes: str
    restricted: bool
    notes_hidden: bool
    author_id: int | None
    author_name: str


@dataclass(frozen=True)
class SupportTypeChoice:
    id: int
    code: str
    name_ko: str
    name_en: str


@dataclass(frozen=True)
class OrganisationChoice:
    id: int
    name: str
    kind: OrganisationKind
    recognised_as_class_hours: bool


@dataclass(frozen=True)
class AssignmentChoices:
    """What the Assign dialog offers: support types, staff with their workload, organisations."""

    support_types: tuple[SupportTypeChoice, ...]
    staff: tuple[WorkloadRow, ...]
    organisations: tuple[OrganisationChoice, ...]


# --- reading ---------------------------------------------------------------------------------


def _get_case(session: Session, case_id: int) -> SupportCase:
    return get_case(session, case_id)


def _visible_case(session: Session, actor: Actor, case_id: int) -> SupportCase:
    return get_case(session, case_id, lambda case: can_see_case(session, actor, case))


def sees_all_interventions(actor: Actor, case: SupportCase) -> bool:
    """Whether the actor sees every intervention of this (visible) case, not only their own."""
    return can(actor, Permission.VIEW_ALL_CASES) or (
        actor.staff_id is not None and case.manager_id == actor.staff_id
    )


def may_log_session(actor: Actor, provider_staff_id: int | None) -> bool:
    """The coordinator logs any session; other staff with LOG_SESSION only those of the
    interventions they provide."""
    if not can(actor, Permission.LOG_SESSION):
        return False
    if can(actor, Permission.ASSIGN_INTERVENTION):
        return True
    return actor.staff_id is not None and provider_staff_id == actor.staff_id


def case_interventions(session: Session, actor: Actor, case_id: int) -> list[InterventionRow]:
    """The case's interventions the actor may see (see the module's doc), oldest first, with
    their hours and sessions summed in the same query."""
    case = _visible_case(session, actor, case_id)
    staff = aliased(StaffAccount)
    attended_minutes = func.coalesce(
        func.sum(
            sql_case(
                (SupportSession.attendance == Attendance.ATTENDED, SupportSession.duration_minutes),
                else_=0,
            )
        ),
        0,
    )
    stmt = (
        select(
            Intervention.id,
            Intervention.title,
            Intervention.support_type_id,
            SupportType.name_ko,
            SupportType.name_en,
            Intervention.provider_staff_id,
            staff.display_name,
            Intervention.provider_organisation_id,
            Organisation.name,
            Organisation.kind,
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
        )
        .outerjoin(SupportType, SupportType.id == Intervention.support_type_id)
        .outerjoin(staff, staff.id == Intervention.provider_staff_id)
        .outerjoin(Organisation, Organisation.id == Intervention.provider_organisation_id)
        .outerjoin(SupportSession, SupportSession.intervention_id == Intervention.id)
        .where(Intervention.case_id == case.id)
        .group_by(Intervention.id)
        .order_by(Intervention.id)
    )
    if not sees_all_interventions(actor, case):
        if actor.staff_id is None:
            return []
        stmt = stmt.where(Intervention.provider_staff_id == actor.staff_id)
    rows: list[InterventionRow] = []
    for r in session.execute(stmt):
        is_staff = r[5] is not None
        rows.append(
            InterventionRow(
                id=r[0],
                case_id=case.id,
                title=r[1],
                support_type_id=r[2],
                support_type_ko=r[3] or "",
                support_type_en=r[4] or "",
                provider_kind=ProviderKind.STAFF if is_staff else ProviderKind.ORGANISATION,
                provider_id=r[5] if is_staff else r[7],
                provider_name=(r[6] if is_staff else r[8]) or "",
                organisation_kind=None if is_staff else r[9],
                status=r[10],
                started_on=r[11],
                ended_on=r[12],
                planned_hours=float(r[13] or 0),
                weekly_hours=float(r[14] or 0),
                recognised_as_class_hours=bool(r[15]),
                plan_action_id=r[16],
                hours_done=round(int(r[17] or 0) / 60, 1),
                session_count=int(r[18]),
                last_session_on=r[19],
            )
        )
    return rows


def _visible_intervention(session: Session, actor: Actor, intervention_id: int) -> Intervention:
    intervention = session.get(Intervention, intervention_id)
    if intervention is None:
        raise NotFound(MSG_NO_INTERVENTION, intervention_id=intervention_id)
    case = session.get(SupportCase, intervention.case_id)
    assert case is not None
    visible = can_see_case(session, actor, case) and (
        sees_all_interventions(actor, case)
        or (actor.staff_id is not None and intervention.provider_staff_id == actor.staff_id)
    )
    if not visible:
        raise NotFound(MSG_NO_INTERVENTION, intervention_id=intervention_id)
    return intervention


def intervention_sessions(session: Session, actor: Actor, intervention_id: int) -> list[SessionRow]:
    """The sessions of an intervention the actor may see, newest first. A restricted session's
    notes are blank unless the actor wrote it or may view restricted notes."""
    intervention = _visible_intervention(session, actor, intervention_id)
    sees_restricted = can(actor, Permission.VIEW_RESTRICTED_NOTES)
    stmt = (
        select(
            SupportSession.id,
            SupportSession.held_on,
            SupportSession.duration_minutes,
            SupportSession.attendance,
            SupportSession.progress_rating,
            SupportSession.notes,
            SupportSession.restricted,
            SupportSession.author_id,
            StaffAccount.display_name,
        )
        .outerjoin(StaffAccount, StaffAccount.id == SupportSession.author_id)
        .where(SupportSession.intervention_id == intervention.id)
        .order_by(SupportSession.held_on.desc(), SupportSession.id.desc())
    )
    rows: list[SessionRow] = []
    for r in session.execute(stmt):
        restricted = bool(r[6])
        own = actor.staff_id is not None and r[7] == actor.staff_id
        hidden = restricted and not (own or sees_restricted)
        text = r[5] or ""
        if restricted and not hidden:
            opened = restricted_text.reveal(session, text, restricted_text.SESSION_NOTE)
            hidden, text = (True, "") if opened is None else (False, opened)
        rows.append(
            SessionRow(
                id=r[0],
                intervention_id=intervention.id,
                held_on=r[1],
                duration_minutes=int(r[2] or 0),
                attendance=r[3],
                progress_rating=r[4],
                notes="" if hidden else text,
                restricted=restricted,
                notes_hidden=hidden,
                author_id=r[7],
                author_name=r[8] or "",
            )
        )
    return rows


def assignment_choices(session: Session, actor: Actor, today: date | None = None) -> AssignmentChoices:
    """Active support types, active staff with their workload, and active organisations (needs
    ASSIGN_INTERVENTION)."""
    require(actor, Permission.ASSIGN_INTERVENTION)
    types = tuple(
        SupportTypeChoice(id=r[0], code=r[1], name_ko=r[2], name_en=r[3])
        for r in session.execute(
            select(SupportType.id, SupportType.code, SupportType.name_ko, SupportType.name_en)
            .where(SupportType.active.is_(True))
            .order_by(SupportType.sort_order, SupportType.id)
        )
    )
    organisations = tuple(
        OrganisationChoice(id=r[0], name=r[1], kind=r[2], recognised_as_class_hours=bool(r[3]))
        for r in session.execute(
            select(
                Organisation.id, Organisation.name, Organisation.kind, Organisation.recognised_as_class_hours
            )
            .where(Organisation.active.is_(True))
            .order_by(Organisation.name, Organisation.id)
        )
    )
    return AssignmentChoices(
        support_types=types,
        staff=tuple(staff_workload(session, actor, today)),
        organisations=organisations,
    )


# --- writing ---------------------------------------------------------------------------------


def assign_intervention(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    title: str,
    support_type_id: int | None,
    provider_staff_id: int | None = None,
    provider_organisation_id: int | None = None,
    planned_hours: float,
    weekly_hours: float,
    started_on: date | None = None,
    plan_action_id: int | None = None,
    recognised_as_class_hours: bool | None = None,
) -> Intervention:
    """Assign an intervention (status planned) to a case. Needs ASSIGN_INTERVENTION.

    Exactly one provider: an active staff account or an active organisation. `started_on` is the
    planned start (the actual day is set when it starts). Class-hour recognition defaults to the
    organisation's flag (False for staff). Audited, commits."""
    require(actor, Permission.ASSIGN_INTERVENTION)
    case = _get_case(session, case_id)
    require_action(session, case, CaseAction.ASSIGN_INTERVENTION)
    title = title.strip()
    if not title:
        raise ValidationError(MSG_TITLE)
    if len(title) > MAX_TITLE:
        raise ValidationError(MSG_TITLE_LONG, max=MAX_TITLE)
    if support_type_id is not None:
        support_type = session.get(SupportType, support_type_id)
        if support_type is None or not support_type.active:
            raise ValidationError(MSG_NO_SUPPORT_TYPE, support_type_id=support_type_id)
    if (provider_staff_id is None) == (provider_organisation_id is None):
        raise ValidationError(MSG_ONE_PROVIDER)
    organisation: Organisation | None = None
    if provider_staff_id is not None:
        staff = session.get(StaffAccount, provider_staff_id)
        if staff is None or not staff.active:
            raise ValidationError(MSG_NO_STAFF, staff_id=provider_staff_id)
    else:
        organisation = session.get(Organisation, provider_organisation_id)
        if organisation is None or not organisation.active:
            raise ValidationError(MSG_NO_ORGANISATION, organisation_id=provider_organisation_id)
    if not 0 <= planned_hours <= MAX_PLANNED_HOURS:
        raise ValidationError(MSG_PLANNED_HOURS, max=f"{MAX_PLANNED_HOURS:g}")
    if not 0 <= weekly_hours <= MAX_WEEKLY_HOURS:
        raise ValidationError(MSG_WEEKLY_HOURS, max=f"{MAX_WEEKLY_HOURS:g}")
    if plan_action_id is not None:
        plan_case = session.scalar(
            select(SupportPlan.case_id)
            .join(PlanAction, PlanAction.plan_id == SupportPlan.id)
            .where(PlanAction.id == plan_action_id)
        )
        if plan_case != case.id:
            raise ValidationError(MSG_PLAN_ACTION, plan_action_id=plan_action_id)
    if recognised_as_class_hours is None:
        recognised_as_class_hours = organisation is not None and organisation.recognised_as_class_hours
    intervention = Intervention(
        case_id=case.id,
        support_type_id=support_type_id,
        plan_action_id=plan_action_id,
        title=title,
        provider_staff_id=provider_staff_id,
        provider_organisation_id=provider_organisation_id if provider_staff_id is None else None,
        status=IS.PLANNED,
        started_on=started_on,
        planned_hours=round(float(planned_hours), 1),
        weekly_hours=round(float(weekly_hours), 1),
        recognised_as_class_hours=recognised_as_class_hours,
    )
    session.add(intervention)
    session.flush()
    add_assignment_task(session, actor, intervention, case)  # the provider hears of it in their tasks
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity_type=AuditRecord.INTERVENTION,
        entity_id=intervention.id,
        student_id=case.student_id,
        detail={
            "case": case.code,
            "support_type_id": support_type_id,
            "provider_staff_id": intervention.provider_staff_id,
            "provider_organisation_id": intervention.provider_organisation_id,
            "planned_hours": intervention.planned_hours,
            "weekly_hours": intervention.weekly_hours,
            "recognised_as_class_hours": recognised_as_class_hours,
            "plan_action_id": plan_action_id,
        },
    )
    session.commit()
    return intervention


def check_status_change(
    session: Session, intervention: Intervention, to_status: InterventionStatus, on: date
) -> tuple[str, dict[str, str]] | None:
    """None when the intervention may move to `to_status` on day `on`; otherwise the message
    (English source, context "errors") and its parameters."""
    if to_status is intervention.status:
        return MSG_STATUS_SAME, {}
    if to_status not in NEXT_STATUSES[intervention.status]:
        return MSG_STATUS_NOT_ALLOWED, {}
    if on > date.today():
        return MSG_FUTURE, {}
    if to_status is IS.ACTIVE:
        case = session.get(SupportCase, intervention.case_id)
        assert case is not None
        refusal = check_action(session, case, CaseAction.START_INTERVENTION)
        if refusal is not None:
            return refusal, {}
        # Emergency support is the explicit, audited exception to the procedure, consents included.
        if not in_emergency_support(case) and not support_consent(session, case, on).complete:
            return MSG_START_NO_CONSENT, {}
    elif intervention.status is IS.ACTIVE and intervention.started_on and on < intervention.started_on:
        return MSG_END_BEFORE_START, {"started_on": intervention.started_on.isoformat()}
    return None


def set_intervention_status(
    session: Session,
    actor: Actor,
    intervention_id: int,
    status: InterventionStatus,
    *,
    on: date | None = None,
) -> Intervention:
    """Move an intervention along planned → active → completed | stopped (or planned → stopped)
    on day `on` (default today). Needs ASSIGN_INTERVENTION. Starting sets `started_on` (and needs
    both consents to support); completing or stopping sets `ended_on`. Audited, commits."""
    require(actor, Permission.ASSIGN_INTERVENTION)
    intervention = session.get(Intervention, intervention_id)
    if intervention is None:
        raise NotFound(MSG_NO_INTERVENTION, intervention_id=intervention_id)
    day = on or date.today()
    refusal = check_status_change(session, intervention, status, day)
    if refusal is not None:
        message, params = refusal
        raise TransitionRefused(
            message, from_status=intervention.status.value, to_status=status.value, **params
        )
    before = {
        "status": intervention.status.value,
        "started_on": intervention.started_on.isoformat() if intervention.started_on else None,
        "ended_on": intervention.ended_on.isoformat() if intervention.ended_on else None,
    }
    was = intervention.status
    intervention.status = status
    if status is IS.ACTIVE:
        intervention.started_on = day
    else:
        if was is IS.PLANNED:  # never started: drop the planned start
            intervention.started_on = None
        intervention.ended_on = day
    session.flush()
    after = {
        "status": status.value,
        "started_on": intervention.started_on.isoformat() if intervention.started_on else None,
        "ended_on": intervention.ended_on.isoformat() if intervention.ended_on else None,
    }
    case = session.get(SupportCase, intervention.case_id)
    assert case is not None
    audit.record(
        session,
        actor,
        AuditAction.STATE_CHANGE,
        entity_type=AuditRecord.INTERVENTION,
        entity_id=intervention.id,
        student_id=case.student_id,
        detail={"case": case.code, "changes": audit.changes(before, after)},
    )
    close_assignment_tasks(session, actor, intervention, case)  # started or ended: no longer news
    session.commit()
    return intervention


def log_session(
    session: Session,
    actor: Actor,
    intervention_id: int,
    *,
    held_on: date,
    duration_minutes: int,
    attendance: Attendance,
    notes: str = "",
    progress_rating: int | None = None,
    restricted: bool = False,
) -> SupportSession:
    """Log one session of an intervention. Needs LOG_SESSION, and to be the coordinator or the
    staff member who provides the intervention.

    The intervention must have started; the session is dated from its start to today (and not
    after its end). An attended session lasts 1–600 minutes; an absent or cancelled one may be
    logged with 0. Audited without the notes, commits."""
    require(actor, Permission.LOG_SESSION)
    intervention = session.get(Intervention, intervention_id)
    if intervention is None:
        raise NotFound(MSG_NO_INTERVENTION, intervention_id=intervention_id)
    if not may_log_session(actor, intervention.provider_staff_id):
        raise PermissionDenied(MSG_NOT_PROVIDER, intervention_id=intervention_id)
    case = session.get(SupportCase, intervention.case_id)
    assert case is not None
    require_action(session, case, CaseAction.LOG_SESSION)
    if intervention.status is IS.PLANNED or intervention.started_on is None:
        raise ValidationError(MSG_NOT_STARTED)
    if held_on > date.today():
        raise ValidationError(MSG_SESSION_FUTURE)
    if held_on < intervention.started_on:
        raise ValidationError(MSG_SESSION_BEFORE_START, started_on=intervention.started_on.isoformat())
    if intervention.ended_on is not None and held_on > intervention.ended_on:
        raise ValidationError(MSG_SESSION_AFTER_END, ended_on=intervention.ended_on.isoformat())
    minimum = MIN_DURATION if attendance is Attendance.ATTENDED else 0
    if not minimum <= duration_minutes <= MAX_DURATION:
        raise ValidationError(MSG_DURATION, min=minimum, max=MAX_DURATION)
    if progress_rating is not None and not 1 <= progress_rating <= 5:
        raise ValidationError(MSG_RATING)
    notes = notes.strip()
    if restricted and notes:
        notes = restricted_text.seal(session, notes, restricted_text.SESSION_NOTE, actor.staff_id)
    row = SupportSession(
        intervention_id=intervention.id,
        held_on=held_on,
        duration_minutes=duration_minutes,
        attendance=attendance,
        notes=notes,
        progress_rating=progress_rating,
        restricted=restricted,
        author_id=actor.staff_id,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity_type=AuditRecord.SUPPORT_SESSION,
        entity_id=row.id,
        student_id=case.student_id,
        detail={
            "case": case.code,
            "intervention_id": intervention.id,
            "held_on": held_on.isoformat(),
            "duration_minutes": duration_minutes,
            "attendance": attendance.value,
            "progress_rating": progress_rating,
            "restricted": restricted,
        },
    )
    session.commit()
    return row


__all__ = [
    "NEXT_STATUSES",
    "AssignmentChoices",
    "InterventionRow",
    "OrganisationChoice",
    "ProviderKind",
    "SessionRow",
    "SupportTypeChoice",
    "assign_intervention",
    "assignment_choices",
    "case_interventions",
    "check_status_change",
    "intervention_sessions",
    "log_session",
    "may_log_session",
    "sees_all_interventions",
    "set_intervention_status",
]
