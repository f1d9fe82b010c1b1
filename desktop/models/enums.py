"""Enumerations of the domain. Values are stable strings stored in the database."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    """A staff member's role in the team; decides what they may see and do."""

    COORDINATOR = "coordinator"
    PRINCIPAL = "principal"
    HEAD_TEACHER = "head_teacher"
    SPECIALIST = "specialist"
    HOMEROOM = "homeroom"


class StaffSpecialty(enum.StrEnum):
    """What an internal staff member offers as a resource (DESIGN §1.3)."""

    HOMEROOM = "homeroom"
    COUNSELOR = "counselor"  # Wee class
    NURSE = "nurse"
    WELFARE_OFFICER = "welfare_officer"
    SPECIAL_EDUCATION = "special_education"
    BASIC_SKILLS = "basic_skills"  # basic-skills / Do-Dream team
    CAREER = "career"
    ADMINISTRATION = "administration"


class SchoolLevel(enum.StrEnum):
    ELEMENTARY = "elementary"
    MIDDLE = "middle"
    HIGH = "high"


class Sex(enum.StrEnum):
    MALE = "M"
    FEMALE = "F"


class FamilyType(enum.StrEnum):
    TWO_PARENT = "two_parent"
    SINGLE_PARENT = "single_parent"
    GRANDPARENT = "grandparent"
    RELATIVE = "relative"
    CHILD_HEADED = "child_headed"
    FACILITY = "facility"
    OTHER = "other"


class EnrolmentStatus(enum.StrEnum):
    ENROLLED = "enrolled"
    TRANSFERRED = "transferred"
    GRADUATED = "graduated"
    LEFT = "left"  # left school (dropped out, emigrated, ...)


class RequesterKind(enum.StrEnum):
    STUDENT = "student"
    GUARDIAN = "guardian"
    STAFF = "staff"


class RequestStatus(enum.StrEnum):
    NEW = "new"
    IN_REVIEW = "in_review"
    ACCEPTED = "accepted"  # became (or joined) a case
    WITHDRAWN = "withdrawn"


class CaseState(enum.StrEnum):
    """States of a case (DESIGN §1.1)."""

    REQUESTED = "requested"
    UNDER_REVIEW = "under_review"
    SELECTED = "selected"
    NOT_SELECTED = "not_selected"
    ON_HOLD = "on_hold"
    REFERRED_OUT = "referred_out"
    CONSENT_PENDING = "consent_pending"
    PLANNING = "planning"
    ACTIVE = "active"
    MONITORING = "monitoring"
    CLOSED = "closed"
    REOPENED = "reopened"


class Priority(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


class ConsentParty(enum.StrEnum):
    STUDENT = "student"
    GUARDIAN = "guardian"
    LEGAL_REPRESENTATIVE = "legal_representative"


class ConsentPurpose(enum.StrEnum):
    SUPPORT = "support"  # receiving integrated support (Act §11③)
    SHARING = "sharing"  # sharing information with a named organisation
    PERSONAL_DATA = "personal_data"  # processing personal data (legal representative under 14)


class ConsentMethod(enum.StrEnum):
    WRITTEN = "written"
    ELECTRONIC = "electronic"
    PHONE = "phone"
    IN_PERSON = "in_person"


class PlanStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SUPERSEDED = "superseded"


class InterventionStatus(enum.StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    STOPPED = "stopped"


class Attendance(enum.StrEnum):
    ATTENDED = "attended"
    ABSENT = "absent"
    CANCELLED = "cancelled"


class OrganisationKind(enum.StrEnum):
    """Kinds of external organisations (DESIGN §1.3)."""

    COMMUNITY_CENTER = "community_center"  # 행정복지센터 맞춤형복지팀
    DREAM_START = "dream_start"
    SOCIAL_WELFARE_CENTER = "social_welfare_center"
    MENTAL_HEALTH_CENTER = "mental_health_center"
    CHILD_PROTECTION = "child_protection"
    YOUTH_COUNSELLING = "youth_counselling"
    WEE_CENTER = "wee_center"
    COMMUNITY_CHILD_CENTER = "community_child_center"
    MULTICULTURAL_FAMILY_CENTER = "multicultural_family_center"
    POLICE = "police"
    HOSPITAL = "hospital"
    NGO = "ngo"
    CAREER_CENTER = "career_center"
    SHARED_SCHOOL = "shared_school"
    ONLINE_SCHOOL = "online_school"
    DISTRICT_SUPPORT_CENTER = "district_support_center"
    OTHER = "other"


class ReferralStatus(enum.StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    DELIVERED = "delivered"
    CLOSED = "closed"


class MeetingType(enum.StrEnum):
    SELECTION = "selection"
    PLANNING = "planning"
    REVIEW = "review"
    CLOSURE = "closure"
    EMERGENCY = "emergency"


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    FINALISED = "finalised"


class AgendaKind(enum.StrEnum):
    NEW_REQUEST = "new_request"
    REVIEW_DUE = "review_due"
    OVERDUE_ACTION = "overdue_action"
    OTHER = "other"


class DecisionOutcome(enum.StrEnum):
    SELECT = "select"
    NOT_SELECT = "not_select"
    HOLD = "hold"
    REFER_OUT = "refer_out"
    APPROVE_PLAN = "approve_plan"
    CONTINUE = "continue"
    CLOSE = "close"
    OTHER = "other"


class TaskStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskKind(enum.StrEnum):
    REVIEW = "review"
    ACTION = "action"
    REFERRAL_FOLLOW_UP = "referral_follow_up"
    CONSENT = "consent"
    ASSIGNMENT = "assignment"  # an intervention newly assigned to its provider
    OTHER = "other"


class NoteCategory(enum.StrEnum):
    GENERAL = "general"
    ABUSE = "abuse"
    PSYCHIATRIC = "psychiatric"
    POLICE = "police"
    COUNSELLING = "counselling"
