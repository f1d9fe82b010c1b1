"""Translated labels for the domain's enumerations and background flags.

Values stay stable strings in the database; the interface shows these labels instead. Each map is
keyed by one enum type (StrEnum members of different enums with the same value compare equal, so
one shared dict would mix them up).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    AgendaKind,
    Attendance,
    CaseState,
    ConsentMethod,
    ConsentParty,
    ConsentPurpose,
    DecisionOutcome,
    EnrolmentStatus,
    FamilyType,
    InterventionStatus,
    MeetingStatus,
    MeetingType,
    NoteCategory,
    OrganisationKind,
    PlanStatus,
    Priority,
    ReferralStatus,
    RequesterKind,
    RequestStatus,
    Role,
    SchoolLevel,
    Sex,
    StaffSpecialty,
    TaskKind,
    TaskStatus,
)

CONTEXT = "labels"

_LABELS: dict[type[enum.Enum], dict[enum.Enum, str]] = {
    CaseState: {
        CaseState.REQUESTED: QT_TRANSLATE_NOOP("labels", "Requested"),
        CaseState.UNDER_REVIEW: QT_TRANSLATE_NOOP("labels", "Under review"),
        CaseState.SELECTED: QT_TRANSLATE_NOOP("labels", "Selected"),
        CaseState.NOT_SELECTED: QT_TRANSLATE_NOOP("labels", "Not selected"),
        CaseState.ON_HOLD: QT_TRANSLATE_NOOP("labels", "On hold"),
        CaseState.REFERRED_OUT: QT_TRANSLATE_NOOP("labels", "Referred to district center"),
        CaseState.CONSENT_PENDING: QT_TRANSLATE_NOOP("labels", "Awaiting consent"),
        CaseState.PLANNING: QT_TRANSLATE_NOOP("labels", "Planning"),
        CaseState.ACTIVE: QT_TRANSLATE_NOOP("labels", "Active support"),
        CaseState.MONITORING: QT_TRANSLATE_NOOP("labels", "Monitoring"),
        CaseState.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
        CaseState.REOPENED: QT_TRANSLATE_NOOP("labels", "Reopened"),
    },
    Priority: {
        Priority.LOW: QT_TRANSLATE_NOOP("labels", "Low"),
        Priority.MEDIUM: QT_TRANSLATE_NOOP("labels", "Medium"),
        Priority.HIGH: QT_TRANSLATE_NOOP("labels", "High"),
        Priority.URGENT: QT_TRANSLATE_NOOP("labels", "Urgent"),
    },
    MeetingType: {
        MeetingType.SELECTION: QT_TRANSLATE_NOOP("labels", "Selection meeting"),
        MeetingType.PLANNING: QT_TRANSLATE_NOOP("labels", "Planning meeting"),
        MeetingType.REVIEW: QT_TRANSLATE_NOOP("labels", "Review meeting"),
        MeetingType.CLOSURE: QT_TRANSLATE_NOOP("labels", "Closure meeting"),
        MeetingType.EMERGENCY: QT_TRANSLATE_NOOP("labels", "Emergency meeting"),
    },
    MeetingStatus: {
        MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
        MeetingStatus.HELD: QT_TRANSLATE_NOOP("labels", "Held"),
        MeetingStatus.FINALISED: QT_TRANSLATE_NOOP("labels", "Minutes finalised"),
    },
    OrganisationKind: {
        OrganisationKind.COMMUNITY_CENTER: QT_TRANSLATE_NOOP("labels", "Community service center"),
        OrganisationKind.DREAM_START: QT_TRANSLATE_NOOP("labels", "Dream Start"),
        OrganisationKind.SOCIAL_WELFARE_CENTER: QT_TRANSLATE_NOOP("labels", "Social welfare center"),
        OrganisationKind.MENTAL_HEALTH_CENTER: QT_TRANSLATE_NOOP("labels", "Mental health welfare center"),
        OrganisationKind.CHILD_PROTECTION: QT_TRANSLATE_NOOP("labels", "Child protection agency"),
        OrganisationKind.YOUTH_COUNSELLING: QT_TRANSLATE_NOOP("labels", "Youth counselling center"),
        OrganisationKind.WEE_CENTER: QT_TRANSLATE_NOOP("labels", "Wee center"),
        OrganisationKind.COMMUNITY_CHILD_CENTER: QT_TRANSLATE_NOOP("labels", "Community child center"),
        OrganisationKind.MULTICULTURAL_FAMILY_CENTER: QT_TRANSLATE_NOOP(
            "labels", "Multicultural family center"
        ),
        OrganisationKind.POLICE: QT_TRANSLATE_NOOP("labels", "Police (school officer)"),
        OrganisationKind.HOSPITAL: QT_TRANSLATE_NOOP("labels", "Hospital"),
        OrganisationKind.NGO: QT_TRANSLATE_NOOP("labels", "NGO"),
        OrganisationKind.CAREER_CENTER: QT_TRANSLATE_NOOP("labels", "Career experience center"),
        OrganisationKind.SHARED_SCHOOL: QT_TRANSLATE_NOOP("labels", "Shared-school program"),
        OrganisationKind.ONLINE_SCHOOL: QT_TRANSLATE_NOOP("labels", "Online-school program"),
        OrganisationKind.DISTRICT_SUPPORT_CENTER: QT_TRANSLATE_NOOP("labels", "District support center"),
        OrganisationKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    },
    Role: {
        Role.COORDINATOR: QT_TRANSLATE_NOOP("labels", "Coordinator"),
        Role.PRINCIPAL: QT_TRANSLATE_NOOP("labels", "Principal"),
        Role.HEAD_TEACHER: QT_TRANSLATE_NOOP("labels", "Head teacher"),
        Role.SPECIALIST: QT_TRANSLATE_NOOP("labels", "Specialist teacher"),
        Role.HOMEROOM: QT_TRANSLATE_NOOP("labels", "Homeroom teacher"),
    },
    SchoolLevel: {
        SchoolLevel.ELEMENTARY: QT_TRANSLATE_NOOP("labels", "Elementary school"),
        SchoolLevel.MIDDLE: QT_TRANSLATE_NOOP("labels", "Middle school"),
        SchoolLevel.HIGH: QT_TRANSLATE_NOOP("labels", "High school"),
    },
    Sex: {
        Sex.MALE: QT_TRANSLATE_NOOP("labels", "M"),
        Sex.FEMALE: QT_TRANSLATE_NOOP("labels", "F"),
    },
    StaffSpecialty: {
        StaffSpecialty.HOMEROOM: QT_TRANSLATE_NOOP("labels", "Homeroom"),
        StaffSpecialty.COUNSELOR: QT_TRANSLATE_NOOP("labels", "Counsellor (Wee class)"),
        StaffSpecialty.NURSE: QT_TRANSLATE_NOOP("labels", "School nurse"),
        StaffSpecialty.WELFARE_OFFICER: QT_TRANSLATE_NOOP("labels", "Educational welfare officer"),
        StaffSpecialty.SPECIAL_EDUCATION: QT_TRANSLATE_NOOP("labels", "Special education"),
        StaffSpecialty.BASIC_SKILLS: QT_TRANSLATE_NOOP("labels", "Basic skills (Do-Dream)"),
        StaffSpecialty.CAREER: QT_TRANSLATE_NOOP("labels", "Career guidance"),
        StaffSpecialty.ADMINISTRATION: QT_TRANSLATE_NOOP("labels", "Administration"),
    },
    TaskKind: {
        TaskKind.REVIEW: QT_TRANSLATE_NOOP("labels", "Case review"),
        TaskKind.ACTION: QT_TRANSLATE_NOOP("labels", "Action item"),
        TaskKind.REFERRAL_FOLLOW_UP: QT_TRANSLATE_NOOP("labels", "Referral follow-up"),
        TaskKind.CONSENT: QT_TRANSLATE_NOOP("labels", "Consent"),
        TaskKind.ASSIGNMENT: QT_TRANSLATE_NOOP("labels", "New assignment"),
        TaskKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    },
    TaskStatus: {
        TaskStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Open"),
        TaskStatus.DONE: QT_TRANSLATE_NOOP("labels", "Done"),
        TaskStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    ReferralStatus: {
        ReferralStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft (not sent)"),
        ReferralStatus.SENT: QT_TRANSLATE_NOOP("labels", "Sent, awaiting answer"),
        ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("labels", "Accepted"),
        ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("labels", "Declined"),
        ReferralStatus.DELIVERED: QT_TRANSLATE_NOOP("labels", "Service delivered"),
        ReferralStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
    },
    InterventionStatus: {
        InterventionStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
        InterventionStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "In progress"),
        InterventionStatus.COMPLETED: QT_TRANSLATE_NOOP("labels", "Completed"),
        InterventionStatus.STOPPED: QT_TRANSLATE_NOOP("labels", "Stopped"),
    },
    Attendance: {
        Attendance.ATTENDED: QT_TRANSLATE_NOOP("labels", "Attended"),
        Attendance.ABSENT: QT_TRANSLATE_NOOP("labels", "Absent"),
        Attendance.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    ConsentParty: {
        ConsentParty.STUDENT: QT_TRANSLATE_NOOP("labels", "Student"),
        ConsentParty.GUARDIAN: QT_TRANSLATE_NOOP("labels", "Guardian"),
        ConsentParty.LEGAL_REPRESENTATIVE: QT_TRANSLATE_NOOP("labels", "Legal representative"),
    },
    ConsentPurpose: {
        ConsentPurpose.SUPPORT: QT_TRANSLATE_NOOP("labels", "Support"),
        ConsentPurpose.SHARING: QT_TRANSLATE_NOOP("labels", "Sharing information"),
        ConsentPurpose.PERSONAL_DATA: QT_TRANSLATE_NOOP("labels", "Processing personal data"),
    },
    ConsentMethod: {
        ConsentMethod.WRITTEN: QT_TRANSLATE_NOOP("labels", "Written"),
        ConsentMethod.ELECTRONIC: QT_TRANSLATE_NOOP("labels", "Electronic"),
        ConsentMethod.PHONE: QT_TRANSLATE_NOOP("labels", "Phone"),
        ConsentMethod.IN_PERSON: QT_TRANSLATE_NOOP("labels", "In person"),
    },
    PlanStatus: {
        PlanStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
        PlanStatus.SUBMITTED: QT_TRANSLATE_NOOP("labels", "Awaiting approval"),
        PlanStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "Approved"),
        PlanStatus.SUPERSEDED: QT_TRANSLATE_NOOP("labels", "Superseded"),
    },
    NoteCategory: {
        NoteCategory.GENERAL: QT_TRANSLATE_NOOP("labels", "General"),
        NoteCategory.ABUSE: QT_TRANSLATE_NOOP("labels", "Abuse"),
        NoteCategory.PSYCHIATRIC: QT_TRANSLATE_NOOP("labels", "Psychiatric"),
        NoteCategory.POLICE: QT_TRANSLATE_NOOP("labels", "Police"),
        NoteCategory.COUNSELLING: QT_TRANSLATE_NOOP("labels", "Counselling"),
    },
}
_LABELS.update(
    {
        RequesterKind: {
            RequesterKind.STUDENT: QT_TRANSLATE_NOOP("labels", "Student"),
            RequesterKind.GUARDIAN: QT_TRANSLATE_NOOP("labels", "Guardian"),
            RequesterKind.STAFF: QT_TRANSLATE_NOOP("labels", "Staff member"),
        },
        RequestStatus: {
            RequestStatus.NEW: QT_TRANSLATE_NOOP("labels", "New"),
            RequestStatus.IN_REVIEW: QT_TRANSLATE_NOOP("labels", "In review"),
            RequestStatus.ACCEPTED: QT_TRANSLATE_NOOP("labels", "Taken into a case"),
            RequestStatus.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Withdrawn"),
        },
        FamilyType: {
            FamilyType.TWO_PARENT: QT_TRANSLATE_NOOP("labels", "Two parents"),
            FamilyType.SINGLE_PARENT: QT_TRANSLATE_NOOP("labels", "Single parent"),
            FamilyType.GRANDPARENT: QT_TRANSLATE_NOOP("labels", "Grandparent(s)"),
            FamilyType.RELATIVE: QT_TRANSLATE_NOOP("labels", "Relatives"),
            FamilyType.CHILD_HEADED: QT_TRANSLATE_NOOP("labels", "Child-headed"),
            FamilyType.FACILITY: QT_TRANSLATE_NOOP("labels", "Care facility"),
            FamilyType.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
        },
        EnrolmentStatus: {
            EnrolmentStatus.ENROLLED: QT_TRANSLATE_NOOP("labels", "Enrolled"),
            EnrolmentStatus.TRANSFERRED: QT_TRANSLATE_NOOP("labels", "Transferred"),
            EnrolmentStatus.GRADUATED: QT_TRANSLATE_NOOP("labels", "Graduated"),
            EnrolmentStatus.LEFT: QT_TRANSLATE_NOOP("labels", "Left school"),
        },
    }
)

# Meetings: agenda kinds and decision outcomes.
_LABELS.update(
    {
        AgendaKind: {
            AgendaKind.NEW_REQUEST: QT_TRANSLATE_NOOP("labels", "New request"),
            AgendaKind.REVIEW_DUE: QT_TRANSLATE_NOOP("labels", "Review due"),
            AgendaKind.OVERDUE_ACTION: QT_TRANSLATE_NOOP("labels", "Overdue action"),
            AgendaKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
        },
        DecisionOutcome: {
            DecisionOutcome.SELECT: QT_TRANSLATE_NOOP("labels", "Select for support"),
            DecisionOutcome.NOT_SELECT: QT_TRANSLATE_NOOP("labels", "Do not select"),
            DecisionOutcome.HOLD: QT_TRANSLATE_NOOP("labels", "Put on hold"),
            DecisionOutcome.REFER_OUT: QT_TRANSLATE_NOOP("labels", "Refer to district center"),
            DecisionOutcome.APPROVE_PLAN: QT_TRANSLATE_NOOP("labels", "Approve support plan"),
            DecisionOutcome.CONTINUE: QT_TRANSLATE_NOOP("labels", "Continue support"),
            DecisionOutcome.CLOSE: QT_TRANSLATE_NOOP("labels", "Close the case"),
            DecisionOutcome.OTHER: QT_TRANSLATE_NOOP("labels", "Other decision"),
        },
    }
)

# Short labels of the background flags (Student.BACKGROUND_FLAGS), for a narrow table column.
_FLAGS: dict[str, str] = {
    "basic_livelihood": QT_TRANSLATE_NOOP("labels", "Basic livelihood"),
    "single_parent_legal": QT_TRANSLATE_NOOP("labels", "Single parent"),
    "near_poverty": QT_TRANSLATE_NOOP("labels", "Near poverty"),
    "multicultural": QT_TRANSLATE_NOOP("labels", "Multicultural"),
    "special_education": QT_TRANSLATE_NOOP("labels", "Special ed."),
    "north_korean_defector": QT_TRANSLATE_NOOP("labels", "N. Korean defector"),
    "borderline_intelligence_suspected": QT_TRANSLATE_NOOP("labels", "Borderline (suspected)"),
}

_AUDIT_ACTIONS: dict[str, str] = {
    "setup": QT_TRANSLATE_NOOP("labels", "Set-up"),
    "login": QT_TRANSLATE_NOOP("labels", "Log-in"),
    "login_failed": QT_TRANSLATE_NOOP("labels", "Failed log-in"),
    "logout": QT_TRANSLATE_NOOP("labels", "Log-out"),
    "lock": QT_TRANSLATE_NOOP("labels", "Lock"),
    "view": QT_TRANSLATE_NOOP("labels", "View"),
    "create": QT_TRANSLATE_NOOP("labels", "Create"),
    "update": QT_TRANSLATE_NOOP("labels", "Change"),
    "delete": QT_TRANSLATE_NOOP("labels", "Delete"),
    "state_change": QT_TRANSLATE_NOOP("labels", "State change"),
    "grant": QT_TRANSLATE_NOOP("labels", "Rights granted or changed"),
    "print": QT_TRANSLATE_NOOP("labels", "Print"),
    "export": QT_TRANSLATE_NOOP("labels", "Export"),
    "import": QT_TRANSLATE_NOOP("labels", "Import"),
    "backup": QT_TRANSLATE_NOOP("labels", "Backup"),
    "restore": QT_TRANSLATE_NOOP("labels", "Restore"),
    "purge": QT_TRANSLATE_NOOP("labels", "Purge"),
    "review": QT_TRANSLATE_NOOP("labels", "Audit log reviewed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(value: enum.Enum | None) -> str:
    """The translated label of an enum value ("" for None; the raw value if none is declared)."""
    if value is None:
        return ""
    source = _LABELS.get(type(value), {}).get(value)
    return _tr(source) if source is not None else str(value.value)


def members(enum_type: type[enum.Enum]) -> list[tuple[enum.Enum, str]]:
    """Every member of an enum with its translated label, in declaration order."""
    return [(member, label(member)) for member in enum_type]


def flag_label(flag: str) -> str:
    """The short translated label of a background flag."""
    source = _FLAGS.get(flag)
    return _tr(source) if source is not None else flag


def audit_action_label(action: str) -> str:
    """The translated name of an audit action."""
    source = _AUDIT_ACTIONS.get(action)
    return _tr(source) if source is not None else action


# What an audit event is about (its entity_type), as the audit review shows it.
_AUDIT_RECORDS: dict[str, str] = {
    "audit_review": QT_TRANSLATE_NOOP("labels", "Audit review"),
    "backup": QT_TRANSLATE_NOOP("labels", "Backup"),
    "case": QT_TRANSLATE_NOOP("labels", "Case document"),  # a printed consent form or case summary
    "support_case": QT_TRANSLATE_NOOP("labels", "Case"),
    "case_note": QT_TRANSLATE_NOOP("labels", "Case note"),
    "committee_report": QT_TRANSLATE_NOOP("labels", "Committee report"),
    "consent": QT_TRANSLATE_NOOP("labels", "Consent"),
    "intervention": QT_TRANSLATE_NOOP("labels", "Intervention"),
    "meeting": QT_TRANSLATE_NOOP("labels", "Meeting"),
    "organisation": QT_TRANSLATE_NOOP("labels", "Organisation"),
    "password": QT_TRANSLATE_NOOP("labels", "Password"),
    "referral": QT_TRANSLATE_NOOP("labels", "Referral"),
    "school": QT_TRANSLATE_NOOP("labels", "School"),
    "setting": QT_TRANSLATE_NOOP("labels", "Setting"),
    "staff_account": QT_TRANSLATE_NOOP("labels", "Staff account"),
    "statistics": QT_TRANSLATE_NOOP("labels", "Statistics"),
    "student": QT_TRANSLATE_NOOP("labels", "Student"),
    "support_plan": QT_TRANSLATE_NOOP("labels", "Support plan"),
    "support_request": QT_TRANSLATE_NOOP("labels", "Support request"),
    "support_session": QT_TRANSLATE_NOOP("labels", "Session"),
    "task": QT_TRANSLATE_NOOP("labels", "Task"),
}


def audit_record_label(entity_type: str) -> str:
    """The translated name of what an audit event is about (the stored name if it is unknown)."""
    source = _AUDIT_RECORDS.get(entity_type)
    return _tr(source) if source is not None else entity_type


def yes_no(value: bool) -> str:
    return _tr(QT_TRANSLATE_NOOP("labels", "Yes")) if value else ""
