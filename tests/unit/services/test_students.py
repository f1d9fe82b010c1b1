"""The student detail (scoped, audited) and the students a user may pick for a request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy.orm import Session

from desktop.models import CaseState, FamilyType, Intervention, Role, StaffAccount, Student, SupportCase
from desktop.services import listing
from desktop.services.actor import Actor
from desktop.services.case_workflow import transition
from desktop.services.errors import NotFound
from desktop.services.students import pickable_students, student_detail
from tests.unit.services.db_checks import LAST_WEEK, audit_events


def test_detail_shows_background_guardian_and_case_history(
    db: Session,
    coordinator: Actor,
    make_student: Callable[..., Student],
    make_case: Callable[..., SupportCase],
    make_staff: Callable[..., StaffAccount],
) -> None:
    student = make_student(name="김하늘")
    student.student_no = "30201"
    student.birth_date = date(2016, 3, 5)
    student.multicultural = True
    student.basic_livelihood = True
    student.family_type = FamilyType.GRANDPARENT
    student.guardian_name, student.guardian_relation, student.guardian_phone = (
        "김할머",
        "조모",
        "010-1234-5678",
    )
    db.commit()
    manager = make_staff(Role.SPECIALIST, username="상담교사")
    first = make_case(student, manager_id=manager.id)
    transition(db, coordinator, first, CaseState.CLOSED, reason="전학 예정", on=LAST_WEEK)
    second = make_case(student)

    detail = student_detail(db, coordinator, student.id)

    assert (detail.name, detail.student_no, detail.grade, detail.class_no) == ("김하늘", "30201", 3, 2)
    assert detail.birth_date == date(2016, 3, 5)
    assert detail.flags == ("basic_livelihood", "multicultural")
    assert detail.family_type is FamilyType.GRANDPARENT
    assert (detail.guardian_name, detail.guardian_relation, detail.guardian_phone) == (
        "김할머",
        "조모",
        "010-1234-5678",
    )
    assert [(c.code, c.state) for c in detail.cases] == [
        (second.code, CaseState.UNDER_REVIEW),
        (first.code, CaseState.CLOSED),
    ]
    assert detail.cases[1].closed_on == LAST_WEEK
    assert detail.cases[1].manager_name == "상담교사"
    (event,) = audit_events(db, "view")
    assert (event.entity_type, event.entity_id, event.student_id) == ("student", student.id, student.id)
    assert "김하늘" not in str(event.detail)


def test_homeroom_teacher_sees_only_their_own_class(
    db: Session,
    make_student: Callable[..., Student],
    make_staff: Callable[..., StaffAccount],
) -> None:
    own = make_student(grade=3, class_no=2)
    other = make_student(grade=3, class_no=3)
    teacher = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=3, homeroom_class=2))

    assert student_detail(db, teacher, own.id).id == own.id
    with pytest.raises(NotFound):
        student_detail(db, teacher, other.id)
    with pytest.raises(NotFound):
        student_detail(db, teacher, 999_999)
    assert [e.student_id for e in audit_events(db, "view")] == [own.id]


def test_specialist_sees_the_students_of_assigned_cases_only(
    db: Session,
    make_student: Callable[..., Student],
    make_staff: Callable[..., StaffAccount],
    make_case: Callable[..., SupportCase],
) -> None:
    counselor = make_staff(Role.SPECIALIST)
    assigned = make_case(make_student(name="배정"))
    db.add(Intervention(case_id=assigned.id, provider_staff_id=counselor.id, title="상담"))
    db.commit()
    unrelated = make_student(name="무관")
    actor = Actor.of(counselor)

    assert [c.code for c in student_detail(db, actor, assigned.student_id).cases] == [assigned.code]
    with pytest.raises(NotFound):
        student_detail(db, actor, unrelated.id)
    assert [s.id for s in pickable_students(db, actor)] == [assigned.student_id]


def test_pickable_students_follow_the_roster_scope(
    db: Session,
    coordinator: Actor,
    make_student: Callable[..., Student],
    make_staff: Callable[..., StaffAccount],
) -> None:
    own = make_student(grade=1, class_no=1)
    other = make_student(grade=1, class_no=2)
    teacher = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=1, homeroom_class=1))
    assert [s.id for s in pickable_students(db, teacher)] == [own.id]
    assert {own.id, other.id} <= {s.id for s in pickable_students(db, coordinator)}


def test_student_list_tells_the_open_case(
    db: Session,
    coordinator: Actor,
    make_student: Callable[..., Student],
    make_case: Callable[..., SupportCase],
) -> None:
    closed_only = make_student(name="종결")
    case = make_case(closed_only)
    transition(db, coordinator, case, CaseState.CLOSED, reason="목표 달성", on=LAST_WEEK)
    with_open = make_student(name="진행")
    open_case = make_case(with_open)
    none = make_student(name="없음")

    rows = {r.id: r for r in listing.students(db, coordinator)}
    assert (rows[closed_only.id].case_code, rows[closed_only.id].open_case_code) == (case.code, None)
    assert rows[with_open.id].open_case_code == open_case.code
    assert (rows[none.id].case_code, rows[none.id].open_case_code) == (None, None)
