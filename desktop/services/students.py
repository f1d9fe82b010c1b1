"""A student's record as the student detail shows it, and the students a user may pick.

Reads are scoped: a homeroom teacher sees only their own class; a specialist the students of
the cases assigned to them. A student the actor may not see is reported as not found, so the
answer does not reveal that the student exists. Opening a record is audited (a VIEW event with
ids only, DESIGN §1.5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    BACKGROUND_FLAGS,
    CaseState,
    EnrolmentStatus,
    FamilyType,
    Sex,
    StaffAccount,
    Student,
    SupportCase,
)
from desktop.services import audit, listing
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import NotFound
from desktop.services.permissions import Permission, can, can_see_case, can_see_student


@dataclass(frozen=True)
class CaseHistoryRow:
    """One of the student's cases: code, state, dates and case manager."""

    id: int
    code: str
    state: CaseState
    opened_on: date
    closed_on: date | None
    manager_name: str


@dataclass(frozen=True)
class StudentDetail:
    """A student's identity, background, guardian and enrolment, with the cases the actor may see."""

    id: int
    student_no: str
    grade: int
    class_no: int
    number: int
    name: str
    sex: Sex
    birth_date: date | None
    flags: tuple[str, ...]
    family_type: FamilyType | None
    guardian_name: str
    guardian_relation: str
    guardian_phone: str
    status: EnrolmentStatus
    left_on: date | None
    cases: tuple[CaseHistoryRow, ...]


@dataclass(frozen=True)
class StudentChoice:
    """A student as a picker lists them."""

    id: int
    student_no: str
    grade: int
    class_no: int
    number: int
    name: str


MSG_NO_STUDENT = QT_TRANSLATE_NOOP("errors", "This student does not exist or is not visible to your account.")


def student_detail(session: Session, actor: Actor, student_id: int) -> StudentDetail:
    """The record of one student the actor may see (NotFound otherwise), with their case history
    newest first. Records a VIEW audit event and commits."""
    student = session.get(Student, student_id)
    if student is None or not can_see_student(actor, student, session=session):
        raise NotFound(MSG_NO_STUDENT, student_id=student_id)
    history = _case_history(session, actor, student)
    detail = StudentDetail(
        id=student.id,
        student_no=student.student_no or "",
        grade=student.grade,
        class_no=student.class_no,
        number=student.number,
        name=student.name,
        sex=student.sex,
        birth_date=student.birth_date,
        flags=tuple(flag for flag in BACKGROUND_FLAGS if getattr(student, flag)),
        family_type=student.family_type,
        guardian_name=student.guardian_name,
        guardian_relation=student.guardian_relation,
        guardian_phone=student.guardian_phone,
        status=student.status,
        left_on=student.left_on,
        cases=history,
    )
    audit.record(
        session,
        actor,
        AuditAction.VIEW,
        entity_type=AuditRecord.STUDENT,
        entity_id=student.id,
        student_id=student.id,
    )
    session.commit()
    return detail


def case_history(session: Session, actor: Actor, student_id: int) -> tuple[CaseHistoryRow, ...]:
    """The student's cases the actor may see, newest first (read again by an open record when a
    case changes; the opening of the record was audited already)."""
    student = session.get(Student, student_id)
    if student is None or not can_see_student(actor, student, session=session):
        raise NotFound(MSG_NO_STUDENT, student_id=student_id)
    return _case_history(session, actor, student)


def _case_history(session: Session, actor: Actor, student: Student) -> tuple[CaseHistoryRow, ...]:
    manager = aliased(StaffAccount)
    stmt = (
        select(SupportCase, manager.display_name)
        .outerjoin(manager, manager.id == SupportCase.manager_id)
        .where(SupportCase.student_id == student.id)
        .order_by(SupportCase.opened_on.desc(), SupportCase.id.desc())
    )
    all_cases = can(actor, Permission.VIEW_ALL_CASES)
    return tuple(
        CaseHistoryRow(
            id=case.id,
            code=case.code,
            state=case.state,
            opened_on=case.opened_on,
            closed_on=case.closed_on,
            manager_name=manager_name or "",
        )
        for case, manager_name in session.execute(stmt).tuples()
        if all_cases or can_see_case(session, actor, case)
    )


def pickable_students(session: Session, actor: Actor) -> list[StudentChoice]:
    """Enrolled students the actor may file a request for: those of the roster they may see and,
    for the limited case view, the students of the cases assigned to them."""
    rows = {
        r.id: StudentChoice(r.id, r.student_no, r.grade, r.class_no, r.number, r.name)
        for r in listing.students(session, actor)
    }
    if not can(actor, Permission.VIEW_ALL_STUDENTS) and can(actor, Permission.VIEW_OWN_CLASS_CASES):
        visible_case_students = {c.student_id for c in listing.cases(session, actor)} - rows.keys()
        if visible_case_students:
            stmt = select(Student).where(
                Student.id.in_(visible_case_students), Student.status == EnrolmentStatus.ENROLLED
            )
            for s in session.scalars(stmt):
                rows[s.id] = StudentChoice(s.id, s.student_no or "", s.grade, s.class_no, s.number, s.name)
    return sorted(rows.values(), key=lambda r: (r.grade, r.class_no, r.number, r.id))


__all__ = ["CaseHistoryRow", "StudentChoice", "StudentDetail", "pickable_students", "student_detail"]
