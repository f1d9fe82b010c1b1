"""Who may do and see what: least privilege per role, plus the administrator flag (DESIGN §1.5).

Permissions answer "may this person do X at all"; the `can_see_*` functions answer "may this
person see this particular student, case or note", which for homeroom teachers and specialists
depends on their class and on what is assigned to them.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import CaseNote, Intervention, Role, Student, SupportCase

# Every write checks a permission first: importing the rules that clean typed text here (NFC, no
# direction, zero-width or control characters) puts them on every write path.
from desktop.services import text_input  # noqa: F401
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied


class Permission(enum.StrEnum):
    """One thing a user may do. Values are stable strings (they may appear in audit details)."""

    VIEW_DASHBOARD = "view_dashboard"
    VIEW_ALL_STUDENTS = "view_all_students"
    # Own class for a homeroom teacher. Specialists have no class; they see students through
    # the cases assigned to them (see can_see_student).
    VIEW_OWN_CLASS_STUDENTS = "view_own_class_students"
    EDIT_STUDENTS = "edit_students"
    IMPORT_ROSTER = "import_roster"
    FILE_REQUEST = "file_request"
    VIEW_ALL_CASES = "view_all_cases"
    # The limited view of cases: those of one's own class and those assigned to one (as case
    # manager or as provider of an intervention). can_see_case decides case by case.
    VIEW_OWN_CLASS_CASES = "view_own_class_cases"
    MANAGE_CASES = "manage_cases"
    CHANGE_CASE_STATE = "change_case_state"
    APPROVE_PLAN = "approve_plan"
    RECORD_CONSENT = "record_consent"
    ASSIGN_INTERVENTION = "assign_intervention"
    LOG_SESSION = "log_session"
    VIEW_RESTRICTED_NOTES = "view_restricted_notes"
    VIEW_ORGANISATIONS = "view_organisations"
    MANAGE_ORGANISATIONS = "manage_organisations"
    VIEW_MEETINGS = "view_meetings"
    MANAGE_MEETINGS = "manage_meetings"
    SIGN_MINUTES = "sign_minutes"
    PRINT_REPORTS = "print_reports"
    EXPORT_STATS = "export_stats"
    VIEW_AUDIT = "view_audit"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SETTINGS = "manage_settings"


P = Permission

_COORDINATOR = frozenset(
    {
        P.VIEW_DASHBOARD,
        P.VIEW_ALL_STUDENTS,
        P.VIEW_OWN_CLASS_STUDENTS,
        P.EDIT_STUDENTS,
        P.IMPORT_ROSTER,
        P.FILE_REQUEST,
        P.VIEW_ALL_CASES,
        P.VIEW_OWN_CLASS_CASES,
        P.MANAGE_CASES,
        P.CHANGE_CASE_STATE,
        P.RECORD_CONSENT,
        P.ASSIGN_INTERVENTION,
        P.LOG_SESSION,
        P.VIEW_RESTRICTED_NOTES,
        P.VIEW_ORGANISATIONS,
        P.MANAGE_ORGANISATIONS,
        P.VIEW_MEETINGS,
        P.MANAGE_MEETINGS,
        P.PRINT_REPORTS,
        P.EXPORT_STATS,
        P.VIEW_AUDIT,
    }
)
# The principal decides (Act §10): plans and minutes need their approval and signature, so the
# coordinator who writes them cannot also approve them.
_PRINCIPAL = frozenset(
    {
        P.VIEW_DASHBOARD,
        P.FILE_REQUEST,
        P.VIEW_ALL_STUDENTS,
        P.VIEW_OWN_CLASS_STUDENTS,
        P.VIEW_ALL_CASES,
        P.VIEW_OWN_CLASS_CASES,
        P.VIEW_RESTRICTED_NOTES,
        P.VIEW_ORGANISATIONS,
        P.VIEW_MEETINGS,
        P.APPROVE_PLAN,
        P.SIGN_MINUTES,
        P.PRINT_REPORTS,
        P.VIEW_AUDIT,
    }
)
_HEAD_TEACHER = frozenset(
    {
        P.VIEW_DASHBOARD,
        P.VIEW_ALL_STUDENTS,
        P.VIEW_OWN_CLASS_STUDENTS,
        P.FILE_REQUEST,
        P.VIEW_ALL_CASES,
        P.VIEW_OWN_CLASS_CASES,
        P.VIEW_ORGANISATIONS,
        P.VIEW_MEETINGS,
        P.MANAGE_MEETINGS,
        P.PRINT_REPORTS,
        P.EXPORT_STATS,
    }
)
_SPECIALIST = frozenset(
    {
        P.FILE_REQUEST,
        P.VIEW_OWN_CLASS_CASES,
        P.LOG_SESSION,
        P.VIEW_ORGANISATIONS,
    }
)
_HOMEROOM = frozenset(
    {
        P.FILE_REQUEST,
        P.VIEW_OWN_CLASS_STUDENTS,
        P.VIEW_OWN_CLASS_CASES,
        P.LOG_SESSION,
    }
)

ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = MappingProxyType(
    {
        Role.COORDINATOR: _COORDINATOR,
        Role.PRINCIPAL: _PRINCIPAL,
        Role.HEAD_TEACHER: _HEAD_TEACHER,
        Role.SPECIALIST: _SPECIALIST,
        Role.HOMEROOM: _HOMEROOM,
    }
)
"""What each role may do, before the administrator flag."""

ADMIN_PERMISSIONS: frozenset[Permission] = frozenset({P.MANAGE_ACCOUNTS, P.MANAGE_SETTINGS, P.VIEW_AUDIT})
"""Added on top of the role for an account with the administrator flag."""

# One full sentence per permission, so a translator sees whole sentences, not glued fragments.
_DENIED: Mapping[Permission, str] = MappingProxyType(
    {
        P.VIEW_DASHBOARD: QT_TRANSLATE_NOOP("errors", "Your account may not view the dashboard."),
        P.VIEW_ALL_STUDENTS: QT_TRANSLATE_NOOP("errors", "Your account may not view all students."),
        P.VIEW_OWN_CLASS_STUDENTS: QT_TRANSLATE_NOOP(
            "errors", "Your account may not view the students of a class."
        ),
        P.EDIT_STUDENTS: QT_TRANSLATE_NOOP("errors", "Your account may not edit student records."),
        P.IMPORT_ROSTER: QT_TRANSLATE_NOOP("errors", "Your account may not import the student roster."),
        P.FILE_REQUEST: QT_TRANSLATE_NOOP("errors", "Your account may not file a support request."),
        P.VIEW_ALL_CASES: QT_TRANSLATE_NOOP("errors", "Your account may not view all cases."),
        P.VIEW_OWN_CLASS_CASES: QT_TRANSLATE_NOOP("errors", "Your account may not view cases."),
        P.MANAGE_CASES: QT_TRANSLATE_NOOP("errors", "Your account may not open or manage cases."),
        P.CHANGE_CASE_STATE: QT_TRANSLATE_NOOP("errors", "Your account may not change the state of a case."),
        P.APPROVE_PLAN: QT_TRANSLATE_NOOP("errors", "Your account may not approve support plans."),
        P.RECORD_CONSENT: QT_TRANSLATE_NOOP("errors", "Your account may not record or withdraw consents."),
        P.ASSIGN_INTERVENTION: QT_TRANSLATE_NOOP("errors", "Your account may not assign interventions."),
        P.LOG_SESSION: QT_TRANSLATE_NOOP("errors", "Your account may not log support sessions."),
        P.VIEW_RESTRICTED_NOTES: QT_TRANSLATE_NOOP("errors", "Your account may not view restricted notes."),
        P.VIEW_ORGANISATIONS: QT_TRANSLATE_NOOP(
            "errors", "Your account may not view the directory of organisations."
        ),
        P.MANAGE_ORGANISATIONS: QT_TRANSLATE_NOOP(
            "errors", "Your account may not edit the directory of organisations."
        ),
        P.VIEW_MEETINGS: QT_TRANSLATE_NOOP("errors", "Your account may not view meetings."),
        P.MANAGE_MEETINGS: QT_TRANSLATE_NOOP("errors", "Your account may not prepare or record meetings."),
        P.SIGN_MINUTES: QT_TRANSLATE_NOOP("errors", "Your account may not sign meeting minutes."),
        P.PRINT_REPORTS: QT_TRANSLATE_NOOP("errors", "Your account may not print reports."),
        P.EXPORT_STATS: QT_TRANSLATE_NOOP("errors", "Your account may not export statistics."),
        P.VIEW_AUDIT: QT_TRANSLATE_NOOP("errors", "Your account may not view the audit log."),
        P.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("errors", "Your account may not manage staff accounts."),
        P.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("errors", "Your account may not change the settings."),
    }
)


def permissions_of(actor: Actor) -> frozenset[Permission]:
    """Everything this actor may do: their role's permissions, plus the administrator's."""
    granted = ROLE_PERMISSIONS.get(actor.role, frozenset())
    if actor.is_admin:
        granted = granted | ADMIN_PERMISSIONS
    return granted


def can(actor: Actor, perm: Permission) -> bool:
    """True when the actor may do `perm`."""
    return perm in permissions_of(actor)


def require(actor: Actor, perm: Permission) -> None:
    """Raise PermissionDenied, naming the refused action, unless the actor may do `perm`."""
    if not can(actor, perm):
        raise PermissionDenied(_DENIED[perm], permission=perm.value, role=actor.role.value)


def _in_own_class(actor: Actor, student: Student) -> bool:
    return (
        actor.homeroom_grade is not None
        and actor.homeroom_class is not None
        and student.grade == actor.homeroom_grade
        and student.class_no == actor.homeroom_class
    )


def is_assigned(session: Session, actor: Actor, case: SupportCase) -> bool:
    """The actor manages the case or provides one of its interventions."""
    if actor.staff_id is None:
        return False
    if case.manager_id == actor.staff_id:
        return True
    provider = session.scalar(
        select(Intervention.id)
        .where(Intervention.case_id == case.id, Intervention.provider_staff_id == actor.staff_id)
        .limit(1)
    )
    return provider is not None


def can_see_case(session: Session, actor: Actor, case: SupportCase) -> bool:
    """Whether the actor may see this case: everyone with VIEW_ALL_CASES sees all; those with the
    limited view see the cases of their own homeroom class and the cases assigned to them."""
    granted = permissions_of(actor)
    if P.VIEW_ALL_CASES in granted:
        return True
    if P.VIEW_OWN_CLASS_CASES not in granted:
        return False
    # A homeroom teacher may also provide an intervention to a student of another class, and
    # must then see that case to log their sessions.
    return _in_own_class(actor, case.student) or is_assigned(session, actor, case)


def can_see_student(actor: Actor, student: Student, *, session: Session | None = None) -> bool:
    """Whether the actor may see this student's record.

    Without a session the answer is the roster view (all students, or one's own class). With a
    session, a student of a case the actor may see (e.g. assigned to a specialist) is visible too.
    """
    granted = permissions_of(actor)
    if P.VIEW_ALL_STUDENTS in granted:
        return True
    if P.VIEW_OWN_CLASS_STUDENTS in granted and _in_own_class(actor, student):
        return True
    if session is None or P.VIEW_OWN_CLASS_CASES not in granted:
        return False
    cases = session.scalars(select(SupportCase).where(SupportCase.student_id == student.id))
    return any(can_see_case(session, actor, case) for case in cases)


def can_see_note(actor: Actor, note: CaseNote) -> bool:
    """Whether the actor may read this note (given they may see its case). Restricted notes
    (abuse, psychiatric, police) are for their author, the coordinator and the principal only."""
    if not note.restricted:
        return True
    if actor.staff_id is not None and note.author_id == actor.staff_id:
        return True
    return can(actor, P.VIEW_RESTRICTED_NOTES)


__all__ = [
    "ADMIN_PERMISSIONS",
    "ROLE_PERMISSIONS",
    "Permission",
    "can",
    "can_see_case",
    "can_see_note",
    "can_see_student",
    "is_assigned",
    "permissions_of",
    "require",
]
