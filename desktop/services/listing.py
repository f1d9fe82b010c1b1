"""Read-only lists for the areas of the main window, scoped by the acting user's role.

Each function runs one query (joins, no per-row queries) and returns plain frozen rows, so the UI
never holds ORM objects and the lists can be built off the UI thread. What a role may not see is
never fetched: a homeroom teacher gets only their own class's students, and of cases only the
state (no domains); restricted notes are never listed anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    cast,
    exists,
    false,
    func,
    literal_column,
    null,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from desktop.models import (
    BACKGROUND_FLAGS,
    AuditEvent,
    CaseState,
    EnrolmentStatus,
    Intervention,
    Meeting,
    MeetingStatus,
    MeetingType,
    NeedDomain,
    Organisation,
    OrganisationKind,
    PlanStatus,
    Priority,
    RequestStatus,
    Role,
    Sex,
    StaffAccount,
    StaffSpecialty,
    Student,
    SupportCase,
    SupportPlan,
    SupportRequest,
    Task,
    TaskKind,
    TaskStatus,
    case_domain,
)
from desktop.services.actor import Actor
from desktop.services.case_workflow import OPEN_STATES
from desktop.services.permissions import Permission, can, require


@dataclass(frozen=True)
class StudentRow:
    """A student as the Students area lists them, with the state of their latest case."""

    id: int
    student_no: str
    grade: int
    class_no: int
    number: int
    name: str
    sex: Sex
    flags: tuple[str, ...]  # names from BACKGROUND_FLAGS that are set
    case_code: str | None
    case_state: CaseState | None
    open_case_code: str | None = None  # the case the school is still working on, if any


@dataclass(frozen=True)
class DomainName:
    code: str
    name_ko: str
    name_en: str


@dataclass(frozen=True)
class CaseRow:
    """A case as the Cases area lists it. `domains` is empty for the limited (own class) view.
    With `state_only` (a case of a homeroom teacher's class not assigned to them) only the
    student and the state are filled in: priority, case manager, next review and plan status are
    left out. `plan_status` is the status of the newest version of the case's support plan (None
    when it has none)."""

    id: int
    code: str
    student_id: int
    student_name: str
    grade: int
    class_no: int
    number: int
    state: CaseState
    priority: Priority | None
    domains: tuple[DomainName, ...]
    manager_name: str
    opened_on: date
    next_review_on: date | None
    manager_id: int | None = None
    state_only: bool = False
    plan_status: PlanStatus | None = None


@dataclass(frozen=True)
class MeetingRow:
    id: int
    year: int
    number: int
    meeting_type: MeetingType
    held_at: datetime
    place: str
    status: MeetingStatus
    chair_name: str


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    kind: OrganisationKind
    contact_person: str
    phone: str
    services: str
    email: str = ""
    recognised_as_class_hours: bool = False
    active: bool = True


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    display_name: str
    role: Role
    is_admin: bool
    position: str
    specialty: StaffSpecialty | None
    homeroom_grade: int | None
    homeroom_class: int | None
    phone: str
    active: bool


@dataclass(frozen=True)
class AuditRow:
    """An audit event without its detail (which may hold names): who, when, what, on which record."""

    id: int
    at: datetime
    actor_name: str
    action: str
    entity_type: str
    entity_id: int | None
    student_id: int | None
    purpose: str


@dataclass(frozen=True)
class TaskRow:
    id: int
    title: str
    kind: TaskKind
    status: TaskStatus
    due_on: date | None
    case_code: str | None
    overdue: bool


def _own_class(actor: Actor) -> ColumnElement[bool]:
    if actor.homeroom_grade is None or actor.homeroom_class is None:
        return false()
    return and_(Student.grade == actor.homeroom_grade, Student.class_no == actor.homeroom_class)


def _assigned_case(actor: Actor) -> ColumnElement[bool]:
    """The case is managed by the actor or has an intervention they provide (cf. can_see_case)."""
    if actor.staff_id is None:
        return false()
    provides = exists().where(
        Intervention.case_id == SupportCase.id, Intervention.provider_staff_id == actor.staff_id
    )
    return or_(SupportCase.manager_id == actor.staff_id, provides)


def students(session: Session, actor: Actor) -> list[StudentRow]:
    """Enrolled students the actor may see, in grade/class/number order, each with their latest
    case's code and state (None when they have no case)."""
    if can(actor, Permission.VIEW_ALL_STUDENTS):
        scope: ColumnElement[bool] | None = None
    elif can(actor, Permission.VIEW_OWN_CLASS_STUDENTS):
        scope = _own_class(actor)
    else:
        return []
    latest = (
        select(SupportCase.student_id, func.max(SupportCase.id).label("case_id"))
        .group_by(SupportCase.student_id)
        .subquery()
    )
    open_latest = (
        select(SupportCase.student_id, func.max(SupportCase.id).label("case_id"))
        .where(SupportCase.state.in_(OPEN_STATES))
        .group_by(SupportCase.student_id)
        .subquery()
    )
    open_case = aliased(SupportCase)
    flag_columns = [getattr(Student, flag) for flag in BACKGROUND_FLAGS]
    stmt = (
        select(
            Student.id,
            Student.student_no,
            Student.grade,
            Student.class_no,
            Student.number,
            Student.name,
            Student.sex,
            SupportCase.code,
            SupportCase.state,
            open_case.code,
            *flag_columns,
        )
        .outerjoin(latest, latest.c.student_id == Student.id)
        .outerjoin(SupportCase, SupportCase.id == latest.c.case_id)
        .outerjoin(open_latest, open_latest.c.student_id == Student.id)
        .outerjoin(open_case, open_case.id == open_latest.c.case_id)
        .where(Student.status == EnrolmentStatus.ENROLLED)
        .order_by(Student.grade, Student.class_no, Student.number, Student.id)
    )
    if scope is not None:
        stmt = stmt.where(scope)
    rows: list[StudentRow] = []
    for r in session.execute(stmt):
        flags = tuple(flag for flag, value in zip(BACKGROUND_FLAGS, r[10:], strict=True) if value)
        rows.append(
            StudentRow(
                id=r[0],
                student_no=r[1] or "",
                grade=r[2],
                class_no=r[3],
                number=r[4],
                name=r[5],
                sex=r[6],
                flags=flags,
                case_code=r[7],
                case_state=r[8],
                open_case_code=r[9],
            )
        )
    return rows


def case_code_key(code: str) -> tuple[str, int, str]:
    """The order of case codes ("2026-045" < "2026-999" < "2026-1000" < "2027-001"): by year, then
    by number — a longer number is a larger one, as the number part is at least 3 digits wide."""
    return (code[:5], len(code), code)


def _case_code_order(descending: bool) -> list[ColumnElement[Any]]:
    """case_code_key in SQL, for ORDER BY."""
    # Literal arguments (not bound parameters), so that SQLite matches ix_support_case_code_order.
    parts: list[Any] = [
        func.substr(SupportCase.code, literal_column("1"), literal_column("5")),
        func.length(SupportCase.code),
        SupportCase.code,
    ]
    return [p.desc() for p in parts] if descending else parts


def cases(
    session: Session, actor: Actor, *, first: int | None = None, code_descending: bool = True
) -> list[CaseRow]:
    """Cases the actor may see, newest first. With only the limited view (homeroom teachers,
    specialists) these are the cases of their own class and those assigned to them, without
    domains.

    With `first`, only the first `first` cases in code order (descending unless told otherwise):
    the top of the list as the Cases area sorts it by default, for its first screen.

    A district lists 20,000 cases, so the query returns flat values (a case's domains aggregated
    into one string of ids) and the rows are built without per-value type processing.
    """
    limited = not can(actor, Permission.VIEW_ALL_CASES)
    if limited and not can(actor, Permission.VIEW_OWN_CLASS_CASES):
        return []
    manager = aliased(StaffAccount)
    # A case's domains in one text, each as "order<US>id<US>code<US>name_ko<US>name_en", joined
    # by <RS>: the list stays one query, and each distinct text is parsed once (_DomainTuples).
    domain = (
        cast(NeedDomain.sort_order, String)
        + _UNIT
        + cast(NeedDomain.id, String)
        + _UNIT
        + NeedDomain.code
        + _UNIT
        + NeedDomain.name_ko
        + _UNIT
        + NeedDomain.name_en
    )
    domain_ids: ColumnElement[Any] = (
        null()
        if limited
        else select(func.aggregate_strings(domain, _RECORD))
        .join(case_domain, case_domain.c.domain_id == NeedDomain.id)
        .where(case_domain.c.case_id == SupportCase.id)
        .scalar_subquery()
    )
    assigned = _assigned_case(actor) if limited else true()
    # The newest plan version's status: a correlated lookup on the (case_id, version) unique index.
    plan_status = (
        select(type_coerce(SupportPlan.status, String))
        .where(SupportPlan.case_id == SupportCase.id)
        .order_by(SupportPlan.version.desc())
        .limit(1)
        .scalar_subquery()
    )
    stmt = (
        select(
            SupportCase.id,
            SupportCase.code,
            Student.id,
            Student.name,
            Student.grade,
            Student.class_no,
            Student.number,
            # Raw values, converted below through small caches (20,000 rows, few distinct values).
            type_coerce(SupportCase.state, String),
            type_coerce(SupportCase.priority, String),
            manager.display_name,
            type_coerce(SupportCase.opened_on, String),
            type_coerce(SupportCase.next_review_on, String),
            SupportCase.manager_id,
            domain_ids,
            assigned,
            plan_status,
        )
        .join(Student, Student.id == SupportCase.student_id)
        .outerjoin(manager, manager.id == SupportCase.manager_id)
    )
    if first is None:
        stmt = stmt.order_by(SupportCase.opened_on.desc(), SupportCase.id.desc())
    else:
        stmt = stmt.order_by(*_case_code_order(code_descending)).limit(first)
    if limited:
        stmt = stmt.where(or_(_own_class(actor), _assigned_case(actor)))
    names = _DomainTuples() if not limited else None
    day = _Dates()
    state_of = {s.value: s for s in CaseState}
    priority_of: dict[Any, Priority | None] = {p.value: p for p in Priority}
    priority_of[None] = None
    plan_of: dict[Any, PlanStatus | None] = {p.value: p for p in PlanStatus}
    plan_of[None] = None
    rows: list[CaseRow] = []
    append = rows.append
    for (
        case_id,
        code,
        student_id,
        student_name,
        grade,
        class_no,
        number,
        state,
        priority,
        manager_name,
        opened_on,
        next_review_on,
        manager_id,
        domains,
        visible,
        plan,
    ) in session.execute(stmt).tuples():
        state_only = not visible
        append(
            CaseRow(
                case_id,
                code,
                student_id,
                student_name,
                grade,
                class_no,
                number,
                state_of[state],
                None if state_only else priority_of[priority],
                () if names is None else names.of(domains),
                "" if state_only else manager_name or "",
                day.required(opened_on),
                None if state_only else day.of(next_review_on),
                None if state_only else manager_id,
                state_only,
                None if state_only else plan_of[plan],
            )
        )
    return rows


_UNIT = "\x1f"
_RECORD = "\x1e"


class _DomainTuples:
    """A case's domains from their aggregated text, in the school's order; one shared tuple per
    combination."""

    def __init__(self) -> None:
        self._tuples: dict[str | None, tuple[DomainName, ...]] = {None: (), "": ()}

    def of(self, text: str | None) -> tuple[DomainName, ...]:
        found = self._tuples.get(text)
        if found is None:
            assert text is not None
            parts = [record.split(_UNIT) for record in text.split(_RECORD)]
            parts.sort(key=lambda p: (int(p[0]), int(p[1])))
            found = self._tuples[text] = tuple(
                DomainName(code=p[2], name_ko=p[3], name_en=p[4]) for p in parts
            )
        return found


class _Dates:
    """Dates as stored (ISO text in SQLite, date objects elsewhere), converted once per value."""

    def __init__(self) -> None:
        self._seen: dict[Any, date | None] = {None: None}

    def of(self, value: Any) -> date | None:
        found: date | None = self._seen.get(value, _MISSING)
        if found is _MISSING:
            found = self._seen[value] = (
                value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
            )
        return found

    def required(self, value: Any) -> date:
        found = self.of(value)
        assert found is not None
        return found


_MISSING: Any = object()


def meetings(session: Session, actor: Actor) -> list[MeetingRow]:
    """The team's meetings, newest first."""
    if not can(actor, Permission.VIEW_MEETINGS):
        return []
    chair = aliased(StaffAccount)
    stmt = (
        select(
            Meeting.id,
            Meeting.year,
            Meeting.number,
            Meeting.meeting_type,
            Meeting.held_at,
            Meeting.place,
            Meeting.status,
            chair.display_name,
        )
        .outerjoin(chair, chair.id == Meeting.chair_id)
        .order_by(Meeting.held_at.desc(), Meeting.id.desc())
    )
    return [
        MeetingRow(
            id=r[0],
            year=r[1],
            number=r[2],
            meeting_type=r[3],
            held_at=r[4],
            place=r[5],
            status=r[6],
            chair_name=r[7] or "",
        )
        for r in session.execute(stmt)
    ]


def organisations(session: Session, actor: Actor, *, include_inactive: bool = False) -> list[OrganisationRow]:
    """The school's directory of external organisations, by name: the active ones, or with
    `include_inactive` the deactivated ones too."""
    if not can(actor, Permission.VIEW_ORGANISATIONS):
        return []
    stmt = select(
        Organisation.id,
        Organisation.name,
        Organisation.kind,
        Organisation.contact_person,
        Organisation.phone,
        Organisation.services,
        Organisation.email,
        Organisation.recognised_as_class_hours,
        Organisation.active,
    ).order_by(Organisation.name, Organisation.id)
    if not include_inactive:
        stmt = stmt.where(Organisation.active.is_(True))
    return [
        OrganisationRow(
            id=r[0],
            name=r[1],
            kind=r[2],
            contact_person=r[3],
            phone=r[4],
            services=r[5],
            email=r[6],
            recognised_as_class_hours=r[7],
            active=r[8],
        )
        for r in session.execute(stmt)
    ]


def staff(session: Session, actor: Actor, *, include_inactive: bool = False) -> list[StaffRow]:
    """Staff accounts: the internal resources (active only) for anyone who may see the directory,
    every account for an administrator who asks for the inactive ones too."""
    if include_inactive:
        require(actor, Permission.MANAGE_ACCOUNTS)
    elif not (can(actor, Permission.VIEW_ORGANISATIONS) or can(actor, Permission.MANAGE_ACCOUNTS)):
        return []
    stmt = select(
        StaffAccount.id,
        StaffAccount.username,
        StaffAccount.display_name,
        StaffAccount.role,
        StaffAccount.is_admin,
        StaffAccount.position,
        StaffAccount.specialty,
        StaffAccount.homeroom_grade,
        StaffAccount.homeroom_class,
        StaffAccount.phone,
        StaffAccount.active,
    ).order_by(StaffAccount.display_name, StaffAccount.id)
    if not include_inactive:
        stmt = stmt.where(StaffAccount.active.is_(True))
    return [
        StaffRow(
            id=r[0],
            username=r[1],
            display_name=r[2],
            role=r[3],
            is_admin=r[4],
            position=r[5],
            specialty=r[6],
            homeroom_grade=r[7],
            homeroom_class=r[8],
            phone=r[9],
            active=r[10],
        )
        for r in session.execute(stmt)
    ]


def recent_audit_events(session: Session, actor: Actor, *, limit: int = 200) -> list[AuditRow]:
    """The most recent audit events, newest first (those who may view the audit log only)."""
    require(actor, Permission.VIEW_AUDIT)
    stmt = (
        select(
            AuditEvent.id,
            AuditEvent.at,
            AuditEvent.actor_name,
            AuditEvent.action,
            AuditEvent.entity_type,
            AuditEvent.entity_id,
            AuditEvent.student_id,
            AuditEvent.purpose,
        )
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )
    return [
        AuditRow(
            id=r[0],
            at=r[1],
            actor_name=r[2],
            action=r[3],
            entity_type=r[4],
            entity_id=r[5],
            student_id=r[6],
            purpose=r[7],
        )
        for r in session.execute(stmt)
    ]


def need_domains(session: Session, actor: Actor) -> list[DomainName]:
    """The school's active need domains in their configured order (for labels and filters)."""
    stmt = (
        select(NeedDomain.code, NeedDomain.name_ko, NeedDomain.name_en)
        .where(NeedDomain.active.is_(True))
        .order_by(NeedDomain.sort_order, NeedDomain.id)
    )
    return [DomainName(code=r[0], name_ko=r[1], name_en=r[2]) for r in session.execute(stmt)]


def new_request_count(session: Session, actor: Actor) -> int:
    """Support requests received and not yet reviewed (for the dashboard)."""
    if not can(actor, Permission.VIEW_DASHBOARD):
        return 0
    stmt = select(func.count()).select_from(SupportRequest).where(SupportRequest.status == RequestStatus.NEW)
    return int(session.scalar(stmt) or 0)


def my_tasks(session: Session, actor: Actor, *, today: date | None = None) -> list[TaskRow]:
    """The actor's open tasks, earliest due first (undated last), with the case code they concern."""
    if actor.staff_id is None:
        return []
    today = today or date.today()
    stmt = (
        select(Task.id, Task.title, Task.kind, Task.status, Task.due_on, SupportCase.code)
        .outerjoin(SupportCase, SupportCase.id == Task.case_id)
        .where(Task.assignee_id == actor.staff_id, Task.status == TaskStatus.OPEN)
        .order_by(Task.due_on.is_(None), Task.due_on, Task.id)
    )
    return [
        TaskRow(
            id=r[0],
            title=r[1],
            kind=r[2],
            status=r[3],
            due_on=r[4],
            case_code=r[5],
            overdue=r[4] is not None and r[4] < today,
        )
        for r in session.execute(stmt)
    ]


__all__ = [
    "AuditRow",
    "CaseRow",
    "DomainName",
    "MeetingRow",
    "OrganisationRow",
    "StaffRow",
    "StudentRow",
    "TaskRow",
    "cases",
    "meetings",
    "my_tasks",
    "need_domains",
    "new_request_count",
    "organisations",
    "recent_audit_events",
    "staff",
    "students",
]
