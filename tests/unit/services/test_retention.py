"""Retention (decree §10⑤) and the irreversible purge: what is due, what goes, what stays."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.config import Settings
from desktop.models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    AuditEvent,
    Base,
    CaseNote,
    CaseState,
    CaseStateChange,
    Consent,
    ConsentParty,
    ConsentPurpose,
    Decision,
    DecisionOutcome,
    EnrolmentStatus,
    Intervention,
    Meeting,
    MeetingStatus,
    MeetingType,
    MinutesAddendum,
    NeedDomain,
    Organisation,
    OrganisationKind,
    PlanAction,
    PlanGoal,
    Referral,
    RequesterKind,
    Role,
    School,
    SchoolLevel,
    Sex,
    StaffAccount,
    Student,
    SupportCase,
    SupportPlan,
    SupportRequest,
    SupportSession,
    Task,
)
from desktop.services import retention, settings_store
from desktop.services.actor import Actor
from desktop.services.audit import verify_chain
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.meetings import content_hash
from desktop.services.retention import PurgeReason
from desktop.storage.maintenance import free_pages

TODAY = date(2026, 5, 11)
PURGED_NAME = "구보라"
PURGED_GUARDIAN = "구대현"
KEPT_NAME = "남지유"


# --- the rules -------------------------------------------------------------------------------------


def test_school_year_starts_in_march() -> None:
    assert retention.school_year(date(2026, 2, 28)) == 2025
    assert retention.school_year(date(2026, 3, 1)) == 2026


@pytest.mark.parametrize(
    ("level", "grade", "year", "expected"),
    [
        (SchoolLevel.ELEMENTARY, 6, 2020, date(2027, 3, 1)),  # middle 2021-23, high 2024-26
        (SchoolLevel.ELEMENTARY, 1, 2020, date(2032, 3, 1)),
        (SchoolLevel.MIDDLE, 3, 2020, date(2024, 3, 1)),
        (SchoolLevel.MIDDLE, 1, 2020, date(2026, 3, 1)),
        (SchoolLevel.HIGH, 3, 2023, date(2024, 3, 1)),
        (SchoolLevel.HIGH, 9, 2023, date(2024, 3, 1)),  # an impossible grade counts as the last one
    ],
)
def test_expected_end_of_high_school(level: SchoolLevel, grade: int, year: int, expected: date) -> None:
    assert retention.high_school_finished(level, grade, year) == expected


def test_months_and_birthdays() -> None:
    assert retention.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert retention.add_months(date(2026, 3, 1), 14) == date(2027, 5, 1)
    assert retention.birthday(date(2008, 2, 29), 19) == date(2027, 3, 1)
    assert retention.birthday(date(2007, 5, 11), 19) == date(2026, 5, 11)


def test_masked_names() -> None:
    assert retention.mask_name("홍길동") == "홍*동"
    assert retention.mask_name("남궁민수") == "남**수"
    assert retention.mask_name("이산") == "이*"
    assert retention.mask_name("") == ""


# --- builders ---------------------------------------------------------------------------------------


@pytest.fixture
def add_student(db: Session) -> Callable[..., Student]:
    numbers = iter(range(1, 10_000))

    def add(
        name: str,
        status: EnrolmentStatus = EnrolmentStatus.ENROLLED,
        *,
        grade: int = 6,
        left_on: date | None = None,
        birth_date: date | None = None,
        **fields: Any,
    ) -> Student:
        student = Student(
            grade=grade,
            class_no=1,
            number=next(numbers),
            name=name,
            sex=Sex.FEMALE,
            status=status,
            left_on=left_on,
            birth_date=birth_date,
            **fields,
        )
        db.add(student)
        db.commit()
        return student

    return add


@dataclass
class World:
    purged: Student
    kept: Student
    purged_case: SupportCase
    kept_case: SupportCase
    meeting: Meeting
    purged_item: AgendaItem
    kept_item: AgendaItem


def _full_case(
    db: Session, student: Student, coordinator: Actor, code: str, org: Organisation
) -> SupportCase:
    """A case with one of everything under it, the student's name written into every free text."""
    name = student.name
    domain = db.scalars(select(NeedDomain).order_by(NeedDomain.id)).first()
    assert domain is not None
    case = SupportCase(
        code=code,
        student_id=student.id,
        state=CaseState.CLOSED,
        opened_on=date(2020, 4, 1),
        closed_on=date(2021, 2, 1),
        summary=f"{name} 학생 기초학력 지원",
        closure_reason=f"{name} 졸업",
    )
    case.domains.append(domain)
    db.add(case)
    db.flush()
    request = SupportRequest(
        student_id=student.id,
        requester_kind=RequesterKind.GUARDIAN,
        requester_name=student.guardian_name,
        received_on=date(2020, 3, 20),
        description=f"{name} 학생 결석이 잦음",
        case_id=case.id,
    )
    request.domains.append(domain)
    db.add(request)
    db.add(CaseStateChange(case_id=case.id, to_state=CaseState.CLOSED, reason=f"{name} 종결"))
    db.add(
        CaseNote(case_id=case.id, author_id=coordinator.staff_id, text=f"{name} 상담 메모", restricted=True)
    )
    consent = Consent(
        case_id=case.id,
        party=ConsentParty.GUARDIAN,
        party_name=student.guardian_name,
        purpose=ConsentPurpose.SHARING,
        recipient_organisation_id=org.id,
        given_on=date(2020, 4, 2),
    )
    db.add(consent)
    plan = SupportPlan(case_id=case.id, current_state=f"{name} 현재 상태", strengths="성실함")
    db.add(plan)
    db.flush()
    goal = PlanGoal(plan_id=plan.id, domain_id=domain.id, goal=f"{name} 읽기 향상")
    db.add(goal)
    db.flush()
    action = PlanAction(plan_id=plan.id, goal_id=goal.id, description=f"{name} 주 1회 지도")
    db.add(action)
    db.flush()
    intervention = Intervention(
        case_id=case.id,
        plan_action_id=action.id,
        title=f"{name} 학습 코칭",
        provider_staff_id=coordinator.staff_id,
    )
    db.add(intervention)
    db.flush()
    db.add(SupportSession(intervention_id=intervention.id, held_on=date(2020, 5, 1), notes=f"{name} 참석"))
    db.add(
        Referral(
            case_id=case.id,
            organisation_id=org.id,
            intervention_id=intervention.id,
            consent_id=consent.id,
            reason=f"{name} 심리검사",
        )
    )
    db.add(Task(title=f"{name} 가정방문", case_id=case.id))
    db.commit()
    return case


@pytest.fixture
def world(db: Session, coordinator: Actor, add_student: Callable[..., Student]) -> World:
    """One graduate of 2021 due for purge and one enrolled student, each with a full case, both on
    the agenda of a finalised meeting."""
    purged = add_student(
        PURGED_NAME,
        EnrolmentStatus.GRADUATED,
        left_on=date(2021, 2, 10),  # grade 6 of school year 2020: high school over in Feb 2027
        birth_date=date(2008, 6, 1),
        guardian_name=PURGED_GUARDIAN,
        phone="010-9876-5432",
        address="도담시 보라로 7",
        notes=f"{PURGED_NAME} 알레르기",
    )
    kept = add_student(KEPT_NAME, guardian_name="남보호")
    org = Organisation(name="도담청소년상담복지센터", kind=OrganisationKind.YOUTH_COUNSELLING)
    db.add(org)
    db.commit()
    purged_case = _full_case(db, purged, coordinator, "2020-001", org)
    kept_case = _full_case(db, kept, coordinator, "2026-001", org)
    meeting = Meeting(
        meeting_type=MeetingType.SELECTION,
        year=2020,
        number=1,
        title="제1차 선정 회의",
        held_at=datetime(2020, 4, 1, 6, 0, tzinfo=UTC),
        status=MeetingStatus.FINALISED,
    )
    db.add(meeting)
    db.flush()
    items = []
    for order, case in enumerate((purged_case, kept_case), start=1):
        request_id = db.scalar(select(SupportRequest.id).where(SupportRequest.case_id == case.id))
        item = AgendaItem(
            meeting_id=meeting.id,
            sort_order=order,
            kind=AgendaKind.NEW_REQUEST,
            title=f"{case.code} 지원 대상 선정 심의",
            case_id=case.id,
            request_id=request_id,
            discussion="기초학력 진단 결과 검토",
        )
        db.add(item)
        db.flush()
        db.add(Decision(agenda_item_id=item.id, outcome=DecisionOutcome.SELECT, reason="지원 필요"))
        task_id = db.scalar(select(Task.id).where(Task.case_id == case.id))
        db.add(ActionItem(agenda_item_id=item.id, description="학습 코칭 배정", task_id=task_id))
        items.append(item)
    db.flush()
    db.refresh(meeting)
    meeting.content_hash = content_hash(meeting)
    db.commit()
    return World(purged, kept, purged_case, kept_case, meeting, items[0], items[1])


def _rows_mentioning(db: Session, *needles: str) -> list[str]:
    """Every row of every table (decrypted, through SQL) whose text contains one of the needles."""
    found = []
    for table in Base.metadata.sorted_tables:
        for row in db.execute(select(table)):
            text = " ".join(str(v) for v in row)
            found.extend(f"{table.name}: {text}" for n in needles if n in text)
    return found


def _case_counts(db: Session, case_id: int) -> tuple[int, ...]:
    intervention_ids = select(Intervention.id).where(Intervention.case_id == case_id)
    plan_ids = select(SupportPlan.id).where(SupportPlan.case_id == case_id)
    counts = []
    for model, where in (
        (SupportRequest, SupportRequest.case_id == case_id),
        (CaseStateChange, CaseStateChange.case_id == case_id),
        (CaseNote, CaseNote.case_id == case_id),
        (Consent, Consent.case_id == case_id),
        (SupportPlan, SupportPlan.case_id == case_id),
        (PlanGoal, PlanGoal.plan_id.in_(plan_ids)),
        (PlanAction, PlanAction.plan_id.in_(plan_ids)),
        (Intervention, Intervention.case_id == case_id),
        (SupportSession, SupportSession.intervention_id.in_(intervention_ids)),
        (Referral, Referral.case_id == case_id),
        (Task, Task.case_id == case_id),
    ):
        counts.append(db.scalar(select(func.count()).select_from(model).where(where)) or 0)
    return tuple(counts)


# --- what is due ------------------------------------------------------------------------------------


def test_due_students_and_reasons(
    db: Session, coordinator: Actor, add_student: Callable[..., Student]
) -> None:
    graduate = add_student("김졸업", EnrolmentStatus.GRADUATED, left_on=date(2021, 2, 10))
    dropped_out_19 = add_student("박중단", EnrolmentStatus.LEFT, grade=5, birth_date=date(2007, 5, 11))
    add_student("최중단", EnrolmentStatus.LEFT, grade=5, birth_date=date(2007, 5, 12))  # 19 tomorrow
    add_student("정재학", EnrolmentStatus.ENROLLED, grade=6, birth_date=date(2000, 1, 1))  # never due
    old_transfer = add_student("한전학", EnrolmentStatus.TRANSFERRED, grade=4, left_on=date(2012, 9, 1))
    add_student("오전학", EnrolmentStatus.TRANSFERRED, grade=4)  # no leaving date: cannot compute
    no_birth = add_student("유중단", EnrolmentStatus.LEFT, grade=6, left_on=date(2013, 5, 1))

    rows = retention.due_for_purge(db, coordinator, TODAY)

    by_id = {r.student_id: r for r in rows}
    # The graduate of Feb 2021 (grade 6, elementary) would finish high school in Feb 2027: not yet.
    assert graduate.id not in by_id
    assert set(by_id) == {dropped_out_19.id, old_transfer.id, no_birth.id}
    assert by_id[dropped_out_19.id].reason is PurgeReason.AGE_19
    assert by_id[dropped_out_19.id].due_on == TODAY
    assert by_id[dropped_out_19.id].masked_name == "박*단"
    # Grade 4 in school year 2012: middle school 2015-17, high school 2018-20.
    assert by_id[old_transfer.id].reason is PurgeReason.HIGH_SCHOOL_FINISHED
    assert by_id[old_transfer.id].due_on == date(2021, 3, 1)
    assert by_id[no_birth.id].reason is PurgeReason.HIGH_SCHOOL_FINISHED


def test_high_school_graduates_are_due_the_next_march(
    db: Session, coordinator: Actor, add_student: Callable[..., Student]
) -> None:
    db.scalars(select(School)).one().level = SchoolLevel.HIGH
    db.commit()
    last_year = add_student("김고졸", EnrolmentStatus.GRADUATED, grade=3, left_on=date(2026, 2, 12))
    add_student("이고이", EnrolmentStatus.TRANSFERRED, grade=2, left_on=date(2025, 9, 1))  # until Feb 2027

    rows = retention.due_for_purge(db, coordinator, TODAY)

    assert [(r.student_id, r.due_on) for r in rows] == [(last_year.id, date(2026, 3, 1))]
    assert retention.due_for_purge(db, coordinator, date(2026, 2, 28)) == []


def test_extra_months_postpone_the_purge(
    db: Session, coordinator: Actor, add_student: Callable[..., Student]
) -> None:
    student = add_student("박중단", EnrolmentStatus.LEFT, birth_date=date(2007, 1, 11))
    assert [r.student_id for r in retention.due_for_purge(db, coordinator, TODAY)] == [student.id]

    settings_store.put(db, coordinator, Settings.RETENTION_EXTRA_MONTHS, 6)

    assert retention.due_for_purge(db, coordinator, TODAY) == []
    assert [r.due_on for r in retention.due_for_purge(db, coordinator, date(2026, 7, 11))] == [
        date(2026, 7, 11)
    ]


def test_preview_counts_cases_and_last_activity(db: Session, coordinator: Actor, world: World) -> None:
    rows = retention.due_for_purge(db, coordinator, date(2027, 3, 1))

    assert len(rows) == 1
    row = rows[0]
    assert (row.student_id, row.masked_name, row.cases, row.open_cases, row.requests) == (
        world.purged.id,
        "구*라",
        1,
        0,
        1,
    )
    assert row.reason is PurgeReason.HIGH_SCHOOL_FINISHED
    assert row.last_activity is not None
    assert retention.due_for_purge(db, coordinator, date(2027, 2, 28)) == []


# --- the purge --------------------------------------------------------------------------------------


def test_purge_removes_every_trace_and_nothing_else(
    db: Session, coordinator: Actor, world: World, school_vault: Any
) -> None:
    purge_day = date(2027, 3, 2)
    kept_counts = _case_counts(db, world.kept_case.id)
    assert all(kept_counts)
    assert _rows_mentioning(db, PURGED_NAME, PURGED_GUARDIAN)  # the test can see them before
    purged_id, purged_case_id, kept_id = world.purged.id, world.purged_case.id, world.kept.id
    staff_before = db.scalar(select(func.count()).select_from(StaffAccount))
    orgs_before = db.scalar(select(func.count()).select_from(Organisation))

    result = retention.purge(db, coordinator, [purged_id], purge_day)

    assert (result.students, result.cases, result.requests) == (1, 1, 1)
    assert (result.agenda_items_unlinked, result.meetings_amended, result.vacuumed) == (1, 1, True)
    db.expire_all()
    assert db.get(Student, purged_id) is None
    assert db.get(SupportCase, purged_case_id) is None
    assert _case_counts(db, purged_case_id) == (0,) * len(kept_counts)
    # No name, guardian name, phone or address of the purged student anywhere in the tables.
    assert _rows_mentioning(db, PURGED_NAME, PURGED_GUARDIAN, "010-9876-5432", "보라로") == []
    # Everything else stays: the other student with their case and all under it, staff, directory.
    assert db.get(Student, kept_id) is not None
    assert _case_counts(db, world.kept_case.id) == kept_counts
    assert db.scalar(select(func.count()).select_from(StaffAccount)) == staff_before
    assert db.scalar(select(func.count()).select_from(Organisation)) == orgs_before
    # The minutes keep their agenda item (text and decision) without the link, and still match.
    item = db.get(AgendaItem, world.purged_item.id)
    assert item is not None
    assert (item.case_id, item.request_id, item.title) == (None, None, "2020-001 지원 대상 선정 심의")
    assert item.decision is not None and [a.task_id for a in item.action_items] == [None]
    kept_item = db.get(AgendaItem, world.kept_item.id)
    assert kept_item is not None and kept_item.case_id == world.kept_case.id
    assert kept_item.action_items[0].task_id is not None
    meeting = db.get(Meeting, world.meeting.id)
    assert meeting is not None and meeting.content_hash == content_hash(meeting)
    addenda = list(db.scalars(select(MinutesAddendum).where(MinutesAddendum.meeting_id == meeting.id)))
    assert len(addenda) == 1 and "안건 1건" in addenda[0].text
    # The file holds no freed page any more, and every integrity check (foreign keys too) passes.
    assert free_pages(db.get_bind()) == 0  # type: ignore[arg-type]
    assert school_vault.check().ok
    assert verify_chain(db) == []


def test_purge_audit_event_holds_counts_only(db: Session, coordinator: Actor, world: World) -> None:
    retention.purge(db, coordinator, [world.purged.id], date(2027, 3, 2))

    events = list(db.scalars(select(AuditEvent).where(AuditEvent.action == "purge")))
    assert len(events) == 1
    event = events[0]
    assert event.student_id is None and event.actor_id == coordinator.staff_id
    assert event.detail == {
        "students": 1,
        "cases": 1,
        "requests": 1,
        "agenda_items_unlinked": 1,
        "meetings_amended": 1,
        "reasons": {"high_school_finished": 1},
        "extra_months": 0,
    }
    assert (event.entity_id, event.purpose) == (None, "")


def test_purge_keeps_earlier_audit_events_of_the_student(
    db: Session, coordinator: Actor, world: World
) -> None:
    from desktop.services import audit

    audit.record(db, coordinator, "view", entity_type="student", student_id=world.purged.id)
    db.commit()

    retention.purge(db, coordinator, [world.purged.id], date(2027, 3, 2))

    views = list(db.scalars(select(AuditEvent).where(AuditEvent.student_id == world.purged.id)))
    assert [e.action for e in views] == ["view"]
    assert verify_chain(db) == []


def test_purge_shrinks_the_file(
    db: Session, coordinator: Actor, add_student: Callable[..., Student], school_vault: Any
) -> None:
    from desktop.storage.engine import checkpoint

    long_note = "상담 기록 " * 400
    ids = [
        add_student(f"졸업{i:03d}", EnrolmentStatus.LEFT, birth_date=date(2000, 1, 1), notes=long_note).id
        for i in range(120)
    ]
    checkpoint(school_vault.engine)
    before = school_vault.db_path.stat().st_size

    retention.purge(db, coordinator, ids, TODAY)

    assert school_vault.db_path.stat().st_size < before * 0.7
    assert db.scalar(select(func.count()).select_from(Student)) == 0


def test_a_student_not_due_refuses_the_whole_purge(
    db: Session, coordinator: Actor, world: World, add_student: Callable[..., Student]
) -> None:
    due = add_student("박중단", EnrolmentStatus.LEFT, birth_date=date(2000, 1, 1))
    events_before = db.scalar(select(func.count()).select_from(AuditEvent))

    with pytest.raises(ValidationError) as refused:
        retention.purge(db, coordinator, [due.id, world.kept.id, world.purged.id], TODAY)
    with pytest.raises(ValidationError):
        retention.purge(db, coordinator, [], TODAY)

    assert refused.value.params == {"count": 2}
    db.rollback()
    assert db.get(Student, due.id) is not None and db.get(Student, world.purged.id) is not None
    assert db.scalar(select(func.count()).select_from(AuditEvent)) == events_before


@pytest.mark.parametrize(
    "role", [Role.PRINCIPAL, Role.HEAD_TEACHER, Role.SPECIALIST, Role.HOMEROOM, Role.COORDINATOR]
)
def test_only_an_administrator_sees_and_purges(
    db: Session, make_staff: Callable[..., StaffAccount], add_student: Callable[..., Student], role: Role
) -> None:
    student = add_student("박중단", EnrolmentStatus.LEFT, birth_date=date(2000, 1, 1))
    actor = Actor.of(make_staff(role))  # not an administrator

    with pytest.raises(PermissionDenied):
        retention.due_for_purge(db, actor, TODAY)
    with pytest.raises(PermissionDenied):
        retention.purge(db, actor, [student.id], TODAY)

    assert db.get(Student, student.id) is not None
    admin = Actor.of(make_staff(role, is_admin=True))
    assert [r.student_id for r in retention.due_for_purge(db, admin, TODAY)] == [student.id]
