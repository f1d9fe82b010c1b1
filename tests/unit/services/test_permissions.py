"""What each role may do and see (DESIGN §1.5: least privilege, restricted notes)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from desktop.models import CaseNote, Intervention, NoteCategory, Role, Sex, StaffAccount, Student, SupportCase
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied
from desktop.services.permissions import (
    Permission,
    can,
    can_see_case,
    can_see_note,
    can_see_student,
    permissions_of,
    require,
)

P = Permission


def actor(role: Role, *, staff_id: int = 99, is_admin: bool = False, grade: int | None = None,
          class_no: int | None = None) -> Actor:  # fmt: skip
    return Actor(
        staff_id=staff_id,
        username=role.value,
        display_name=role.value,
        role=role,
        is_admin=is_admin,
        homeroom_grade=grade,
        homeroom_class=class_no,
    )


def test_permission_names_other_modules_rely_on() -> None:
    assert {p.name for p in Permission} == {
        "VIEW_DASHBOARD", "VIEW_ALL_STUDENTS", "VIEW_OWN_CLASS_STUDENTS", "EDIT_STUDENTS", "IMPORT_ROSTER",
        "FILE_REQUEST", "VIEW_ALL_CASES", "VIEW_OWN_CLASS_CASES", "MANAGE_CASES", "CHANGE_CASE_STATE",
        "APPROVE_PLAN", "RECORD_CONSENT", "ASSIGN_INTERVENTION", "LOG_SESSION", "VIEW_RESTRICTED_NOTES",
        "VIEW_ORGANISATIONS", "MANAGE_ORGANISATIONS", "VIEW_MEETINGS", "MANAGE_MEETINGS", "SIGN_MINUTES",
        "PRINT_REPORTS", "EXPORT_STATS", "VIEW_AUDIT", "MANAGE_ACCOUNTS", "MANAGE_SETTINGS",
    }  # fmt: skip


def test_homeroom_teacher_has_only_the_occasional_users_rights() -> None:
    assert permissions_of(actor(Role.HOMEROOM, grade=3, class_no=2)) == {
        P.FILE_REQUEST,
        P.VIEW_OWN_CLASS_STUDENTS,
        P.VIEW_OWN_CLASS_CASES,
        P.LOG_SESSION,
    }


def test_specialist_has_only_request_session_and_directory_rights() -> None:
    assert permissions_of(actor(Role.SPECIALIST)) == {
        P.FILE_REQUEST,
        P.VIEW_OWN_CLASS_CASES,
        P.LOG_SESSION,
        P.VIEW_ORGANISATIONS,
    }


@pytest.mark.parametrize(
    ("role", "allowed", "refused"),
    [
        (
            Role.COORDINATOR,
            [P.MANAGE_CASES, P.CHANGE_CASE_STATE, P.RECORD_CONSENT, P.ASSIGN_INTERVENTION, P.LOG_SESSION,
             P.MANAGE_MEETINGS, P.PRINT_REPORTS, P.EXPORT_STATS, P.VIEW_AUDIT, P.VIEW_RESTRICTED_NOTES,
             P.IMPORT_ROSTER, P.MANAGE_ORGANISATIONS],
            [P.APPROVE_PLAN, P.SIGN_MINUTES, P.MANAGE_ACCOUNTS, P.MANAGE_SETTINGS],
        ),
        (
            Role.PRINCIPAL,
            [P.VIEW_DASHBOARD, P.VIEW_ALL_STUDENTS, P.VIEW_ALL_CASES, P.VIEW_MEETINGS, P.VIEW_ORGANISATIONS,
             P.APPROVE_PLAN, P.SIGN_MINUTES, P.PRINT_REPORTS, P.VIEW_AUDIT, P.VIEW_RESTRICTED_NOTES,
             P.FILE_REQUEST],
            [P.EDIT_STUDENTS, P.MANAGE_CASES, P.CHANGE_CASE_STATE, P.RECORD_CONSENT, P.ASSIGN_INTERVENTION,
             P.LOG_SESSION, P.MANAGE_MEETINGS, P.MANAGE_ORGANISATIONS, P.MANAGE_ACCOUNTS],
        ),
        (
            Role.HEAD_TEACHER,
            [P.VIEW_DASHBOARD, P.VIEW_ALL_STUDENTS, P.VIEW_ALL_CASES, P.VIEW_MEETINGS, P.MANAGE_MEETINGS,
             P.PRINT_REPORTS, P.EXPORT_STATS],
            [P.VIEW_RESTRICTED_NOTES, P.APPROVE_PLAN, P.SIGN_MINUTES, P.CHANGE_CASE_STATE, P.MANAGE_CASES,
             P.EDIT_STUDENTS, P.VIEW_AUDIT, P.RECORD_CONSENT],
        ),
        (
            Role.SPECIALIST,
            [P.FILE_REQUEST, P.LOG_SESSION, P.VIEW_ORGANISATIONS],
            [P.VIEW_ALL_CASES, P.VIEW_ALL_STUDENTS, P.VIEW_DASHBOARD, P.MANAGE_ORGANISATIONS,
             P.CHANGE_CASE_STATE, P.VIEW_RESTRICTED_NOTES, P.PRINT_REPORTS, P.EXPORT_STATS],
        ),
        (
            Role.HOMEROOM,
            [P.FILE_REQUEST, P.LOG_SESSION, P.VIEW_OWN_CLASS_STUDENTS, P.VIEW_OWN_CLASS_CASES],
            [P.VIEW_ALL_STUDENTS, P.VIEW_ALL_CASES, P.VIEW_ORGANISATIONS, P.VIEW_MEETINGS, P.PRINT_REPORTS,
             P.VIEW_RESTRICTED_NOTES, P.EDIT_STUDENTS],
        ),
    ],
)  # fmt: skip
def test_role_can_and_cannot(role: Role, allowed: list[Permission], refused: list[Permission]) -> None:
    someone = actor(role)
    assert [p for p in allowed if not can(someone, p)] == []
    assert [p for p in refused if can(someone, p)] == []


def test_only_coordinator_and_principal_read_restricted_notes() -> None:
    readers = {role for role in Role if can(actor(role), P.VIEW_RESTRICTED_NOTES)}
    assert readers == {Role.COORDINATOR, Role.PRINCIPAL}
    # The administrator flag is about accounts and settings, not about case contents.
    assert not can(actor(Role.HEAD_TEACHER, is_admin=True), P.VIEW_RESTRICTED_NOTES)


def test_admin_flag_adds_account_settings_and_audit_rights_only() -> None:
    plain = permissions_of(actor(Role.HOMEROOM, grade=1, class_no=1))
    admin = permissions_of(actor(Role.HOMEROOM, grade=1, class_no=1, is_admin=True))
    assert admin - plain == {P.MANAGE_ACCOUNTS, P.MANAGE_SETTINGS, P.VIEW_AUDIT}


def test_require_names_the_refused_action() -> None:
    with pytest.raises(PermissionDenied) as refused:
        require(actor(Role.PRINCIPAL), P.CHANGE_CASE_STATE)
    assert refused.value.text() == "Your account may not change the state of a case."
    assert refused.value.params["permission"] == "change_case_state"
    require(actor(Role.COORDINATOR), P.CHANGE_CASE_STATE)  # no exception


def test_each_refused_permission_has_its_own_message() -> None:
    messages: dict[Permission, str] = {}
    for role in Role:
        for perm in set(Permission) - permissions_of(actor(role)):
            with pytest.raises(PermissionDenied) as refused:
                require(actor(role), perm)
            messages[perm] = refused.value.text()
    assert all(m.startswith("Your account may not ") for m in messages.values())
    assert len(set(messages.values())) == len(messages)
    # Every permission but the limited case view and filing a request (anyone with an account may
    # file one) is refused to some role.
    assert set(Permission) - set(messages) == {P.VIEW_OWN_CLASS_CASES, P.FILE_REQUEST}


def student(grade: int, class_no: int) -> Student:
    return Student(id=1, grade=grade, class_no=class_no, number=1, name="이학생", sex=Sex.MALE)


def test_roster_view_of_students() -> None:
    mine, other = student(3, 2), student(3, 4)
    homeroom = actor(Role.HOMEROOM, grade=3, class_no=2)
    assert can_see_student(homeroom, mine)
    assert not can_see_student(homeroom, other)
    assert not can_see_student(actor(Role.SPECIALIST), mine)
    for role in (Role.COORDINATOR, Role.PRINCIPAL, Role.HEAD_TEACHER):
        assert can_see_student(actor(role), other)


class _School:
    """A small school: two classes, one case in each, a counsellor providing to one of them."""

    def __init__(
        self,
        db: Session,
        make_staff: Callable[..., StaffAccount],
        make_case: Callable[..., SupportCase],
        make_student: Callable[..., Student],
    ) -> None:
        self.homeroom = make_staff(Role.HOMEROOM, homeroom_grade=3, homeroom_class=2)
        self.counsellor = make_staff(Role.SPECIALIST)
        self.nurse = make_staff(Role.SPECIALIST)
        self.principal = make_staff(Role.PRINCIPAL)
        self.head = make_staff(Role.HEAD_TEACHER)
        self.own_class_case = make_case(make_student(3, 2))
        self.other_class_case = make_case(make_student(5, 1), manager_id=self.nurse.id)
        db.add(
            Intervention(
                case_id=self.own_class_case.id, title="개인상담", provider_staff_id=self.counsellor.id
            )
        )
        db.commit()


@pytest.fixture
def school(db: Session, make_staff: Callable[..., StaffAccount], make_case: Callable[..., SupportCase],
           make_student: Callable[..., Student]) -> _School:  # fmt: skip
    return _School(db, make_staff, make_case, make_student)


def test_homeroom_teacher_sees_own_class_cases_only(db: Session, school: _School) -> None:
    homeroom = Actor.of(school.homeroom)
    assert can_see_case(db, homeroom, school.own_class_case)
    assert not can_see_case(db, homeroom, school.other_class_case)


def test_homeroom_teacher_sees_a_case_of_another_class_they_provide_for(db: Session, school: _School) -> None:
    db.add(
        Intervention(
            case_id=school.other_class_case.id, title="학습 멘토링", provider_staff_id=school.homeroom.id
        )
    )
    db.commit()
    assert can_see_case(db, Actor.of(school.homeroom), school.other_class_case)


def test_specialist_sees_only_cases_assigned_to_them(db: Session, school: _School) -> None:
    counsellor, nurse = Actor.of(school.counsellor), Actor.of(school.nurse)
    # Provider of an intervention.
    assert can_see_case(db, counsellor, school.own_class_case)
    assert not can_see_case(db, counsellor, school.other_class_case)
    # Case manager.
    assert can_see_case(db, nurse, school.other_class_case)
    assert not can_see_case(db, nurse, school.own_class_case)


def test_specialist_sees_the_students_of_their_cases_only(db: Session, school: _School) -> None:
    counsellor = Actor.of(school.counsellor)
    assert can_see_student(counsellor, school.own_class_case.student, session=db)
    assert not can_see_student(counsellor, school.other_class_case.student, session=db)


def test_principal_head_teacher_and_coordinator_see_every_case(
    db: Session, school: _School, coordinator: Actor
) -> None:
    for who in (Actor.of(school.principal), Actor.of(school.head), coordinator):
        assert can_see_case(db, who, school.own_class_case)
        assert can_see_case(db, who, school.other_class_case)


def test_restricted_note_is_for_author_coordinator_and_principal(
    db: Session, school: _School, coordinator: Actor
) -> None:
    case = school.own_class_case
    restricted = CaseNote(
        case_id=case.id,
        author_id=school.counsellor.id,
        category=NoteCategory.ABUSE,
        restricted=True,
        text="보호자에 의한 신체 학대 의심, 아동보호전문기관 신고",
    )
    general = CaseNote(case_id=case.id, author_id=school.counsellor.id, text="상담 2회차, 표정이 밝아짐")
    db.add_all([restricted, general])
    db.commit()

    readers = {
        "author": Actor.of(school.counsellor),
        "coordinator": coordinator,
        "principal": Actor.of(school.principal),
    }
    others = {
        "head teacher": Actor.of(school.head),
        "homeroom teacher of the student": Actor.of(school.homeroom),
        "another specialist": Actor.of(school.nurse),
        "admin head teacher": actor(Role.HEAD_TEACHER, staff_id=school.head.id, is_admin=True),
    }
    assert [name for name, who in readers.items() if not can_see_note(who, restricted)] == []
    assert [name for name, who in others.items() if can_see_note(who, restricted)] == []
    # An ordinary note is readable by anyone who may see the case.
    assert all(can_see_note(who, general) for who in [*readers.values(), *others.values()])
