"""services.case_detail: the case window's header, state actions, notes and timeline, scoped by
role — a homeroom teacher sees only the state of an unassigned own-class case, restricted notes
only reach their author, the coordinator and the principal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.models import (
    Attendance,
    CaseNote,
    CaseState,
    ConsentParty,
    Intervention,
    InterventionStatus,
    NoteCategory,
    Organisation,
    OrganisationKind,
    PlanStatus,
    Referral,
    ReferralStatus,
    Role,
    StaffAccount,
    Student,
    SupportCase,
    SupportPlan,
    SupportSession,
    Task,
    TaskStatus,
)
from desktop.services import case_detail
from desktop.services.actor import Actor
from desktop.services.case_detail import TimelineKind
from desktop.services.case_workflow import MSG_NO_CONSENTS, MSG_NO_STUDENT_CONSENT, transition
from desktop.services.errors import NotFound, PermissionDenied
from desktop.services.permissions import can_see_note
from tests.unit.services.db_checks import LAST_WEEK, TODAY, force_state

S = CaseState
LAST_WEEK_DT = datetime.combine(LAST_WEEK, time(10, 0))


@pytest.fixture
def people(make_staff: Callable[..., StaffAccount]) -> dict[str, Actor]:
    return {
        "principal": Actor.of(make_staff(Role.PRINCIPAL)),
        "head": Actor.of(make_staff(Role.HEAD_TEACHER)),
        "homeroom": Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=3, homeroom_class=2)),
        "other_homeroom": Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=5, homeroom_class=1)),
        "counselor": Actor.of(make_staff(Role.SPECIALIST)),
    }


def test_header_is_full_for_coordinator_and_limited_for_unassigned_own_class_teacher(
    db: Session,
    coordinator: Actor,
    people: dict[str, Actor],
    make_case: Callable[..., SupportCase],
    make_student: Callable[..., Student],
) -> None:
    case = make_case(make_student(grade=3, class_no=2, name="김하늘"), manager_id=coordinator.staff_id)
    full = case_detail.case_header(db, coordinator, case.id)
    assert (
        not full.limited and full.student_name == "김하늘" and full.manager_name == coordinator.display_name
    )
    assert (full.grade, full.class_no) == (3, 2) and full.risk_level == 1

    limited = case_detail.case_header(db, people["homeroom"], case.id)
    assert limited.limited and (limited.code, limited.state) == (case.code, S.UNDER_REVIEW)
    assert limited.student_name == "" and limited.student_id is None and limited.priority is None
    assert limited.manager_name == "" and limited.domains == () and limited.summary == ""
    for read in (case_detail.timeline, case_detail.notes, case_detail.state_actions):
        with pytest.raises(PermissionDenied):
            read(db, people["homeroom"], case.id)

    # Not their class and not assigned: as if it did not exist.
    for who in ("other_homeroom", "counselor"):
        with pytest.raises(NotFound):
            case_detail.case_header(db, people[who], case.id)
    with pytest.raises(NotFound):
        case_detail.case_header(db, coordinator, 999_999)


def test_assigned_staff_see_the_whole_case(
    db: Session,
    coordinator: Actor,
    people: dict[str, Actor],
    make_case: Callable[..., SupportCase],
    make_student: Callable[..., Student],
) -> None:
    managed = make_case(make_student(grade=3, class_no=2), manager_id=people["homeroom"].staff_id)
    assert not case_detail.case_header(db, people["homeroom"], managed.id).limited
    provided = make_case(make_student(grade=1, class_no=1))
    db.add(Intervention(case_id=provided.id, title="상담", provider_staff_id=people["counselor"].staff_id))
    db.commit()
    header = case_detail.case_header(db, people["counselor"], provided.id)
    assert not header.limited and header.grade == 1
    assert case_detail.timeline(db, people["counselor"], provided.id)
    # The principal and the head teacher see every case in full.
    assert not case_detail.case_header(db, people["principal"], provided.id).limited
    assert not case_detail.case_header(db, people["head"], provided.id).limited


def test_state_actions_say_why_a_move_is_not_possible_now(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    give_consents: Callable[..., None],
) -> None:
    case = make_case()
    actions = {a.to_state: a for a in case_detail.state_actions(db, coordinator, case.id)}
    assert set(actions) == {S.SELECTED, S.NOT_SELECTED, S.ON_HOLD, S.REFERRED_OUT, S.CLOSED}
    assert all(a.refusal is None for a in actions.values())
    assert actions[S.CLOSED].needs_reason and not actions[S.SELECTED].needs_reason

    force_state(db, case, S.CONSENT_PENDING)
    actions = {a.to_state: a for a in case_detail.state_actions(db, coordinator, case.id)}
    assert actions[S.PLANNING].refusal == MSG_NO_CONSENTS
    give_consents(case, ConsentParty.GUARDIAN)
    actions = {a.to_state: a for a in case_detail.state_actions(db, coordinator, case.id)}
    assert actions[S.PLANNING].refusal == MSG_NO_STUDENT_CONSENT and actions[S.CLOSED].refusal is None


def _rich_case(db: Session, coordinator: Actor, people: dict[str, Actor], case: SupportCase) -> None:
    """Something of every kind on the case, including restricted notes and a restricted session."""
    homeroom = people["homeroom"].staff_id
    assert homeroom is not None and coordinator.staff_id is not None
    transition(db, coordinator, case, S.SELECTED)
    org = Organisation(name="해솔청소년상담복지센터", kind=OrganisationKind.YOUTH_COUNSELLING)
    db.add(org)
    db.flush()
    plan = SupportPlan(
        case_id=case.id,
        version=1,
        status=PlanStatus.APPROVED,
        author_id=coordinator.staff_id,
        approved_by_id=people["principal"].staff_id,
        approved_at=LAST_WEEK_DT,
    )
    intervention = Intervention(
        case_id=case.id,
        title="정서 상담",
        provider_staff_id=homeroom,
        status=InterventionStatus.COMPLETED,
        started_on=LAST_WEEK,
        ended_on=TODAY,
    )
    db.add_all([plan, intervention])
    db.flush()
    db.add_all(
        [
            SupportSession(
                intervention_id=intervention.id,
                held_on=LAST_WEEK,
                attendance=Attendance.ATTENDED,
                notes="공개 회기 기록",
                author_id=homeroom,
            ),
            SupportSession(
                intervention_id=intervention.id,
                held_on=TODAY,
                restricted=True,
                notes="비공개 회기 기록",
                author_id=coordinator.staff_id,
            ),
            Referral(
                case_id=case.id,
                organisation_id=org.id,
                status=ReferralStatus.DELIVERED,
                sent_on=LAST_WEEK,
                responded_on=LAST_WEEK,
                delivered_on=TODAY,
                reason="심리검사 의뢰",
                created_by_id=coordinator.staff_id,
            ),
            CaseNote(case_id=case.id, author_id=coordinator.staff_id, text="일반 메모"),
            CaseNote(
                case_id=case.id,
                author_id=coordinator.staff_id,
                restricted=True,
                category=NoteCategory.ABUSE,
                text="학대 의심 기록",
            ),
            CaseNote(
                case_id=case.id,
                author_id=homeroom,
                restricted=True,
                category=NoteCategory.PSYCHIATRIC,
                text="담임 비공개 메모",
            ),
            Task(
                title="사례 점검",
                case_id=case.id,
                assignee_id=coordinator.staff_id,
                due_on=TODAY,
                status=TaskStatus.DONE,
                completed_at=LAST_WEEK_DT,
            ),
        ]
    )
    db.commit()


def _texts(entries: list[case_detail.TimelineEntry]) -> set[str]:
    return {e.detail for e in entries}


def test_timeline_holds_everything_newest_first_and_hides_restricted_notes(
    db: Session,
    coordinator: Actor,
    people: dict[str, Actor],
    make_case: Callable[..., SupportCase],
    make_student: Callable[..., Student],
    give_consents: Callable[..., None],
) -> None:
    case = make_case(make_student(grade=3, class_no=2), manager_id=people["homeroom"].staff_id)
    give_consents(case, ConsentParty.STUDENT, ConsentParty.GUARDIAN)
    _rich_case(db, coordinator, people, case)

    entries = case_detail.timeline(db, coordinator, case.id)
    assert {e.kind for e in entries} == set(TimelineKind)
    assert entries == sorted(entries, key=case_detail.timeline_order, reverse=True)
    titles = {e.title for e in entries}
    assert {
        "Case opened: {to}",
        "State changed from {from} to {to}",
        "Consent given: {party}, {purpose}",
    } <= titles
    assert {"Support plan version {version} approved", "Intervention completed: {title}"} <= titles
    assert {"Referral sent to {organisation}", "Referral accepted by {organisation}"} <= titles
    assert {"Service delivered by {organisation}", "Task done: {task}"} <= titles
    selected = next(e for e in entries if e.title.startswith("State changed"))
    assert (
        dict(selected.params) == {"from": S.UNDER_REVIEW, "to": S.SELECTED}
        and selected.by == coordinator.display_name
    )
    # Entered after it started (created_at is today): assigned no later than started.
    by_title = {e.title: e for e in entries if e.kind is TimelineKind.INTERVENTION}
    assigned = by_title["Intervention assigned: {title} ({provider})"]
    assert assigned.when == datetime.combine(LAST_WEEK, time.min) and not assigned.has_time
    assert assigned.when <= by_title["Intervention completed: {title}"].when
    request = next(e for e in entries if e.kind is TimelineKind.REQUEST)
    assert request.detail == "수업 중 집중이 어렵고 결석이 잦음" and not request.has_time
    # The coordinator and the principal read every note, restricted ones included.
    for who in (coordinator, people["principal"]):
        texts = _texts(case_detail.timeline(db, who, case.id))
        assert {"학대 의심 기록", "담임 비공개 메모", "비공개 회기 기록", "공개 회기 기록"} <= texts

    # The homeroom teacher manages the case: their own restricted note, nobody else's.
    mine = case_detail.timeline(db, people["homeroom"], case.id)
    texts = _texts(mine)
    assert "담임 비공개 메모" in texts and "공개 회기 기록" in texts and "일반 메모" in texts
    assert "학대 의심 기록" not in texts and "비공개 회기 기록" not in texts
    note_titles = [e.title for e in mine if e.kind is TimelineKind.NOTE]
    assert sorted(note_titles) == ["Note ({category})", "Restricted note ({category})"]
    assert len([e for e in mine if e.kind is TimelineKind.SESSION]) == 2  # the session, not its notes

    only = case_detail.timeline(db, coordinator, case.id, kinds={TimelineKind.NOTE, TimelineKind.TASK})
    assert {e.kind for e in only} == {TimelineKind.NOTE, TimelineKind.TASK}


def test_a_started_intervention_is_timed_and_credited_to_who_started_it(
    db: Session,
    coordinator: Actor,
    people: dict[str, Actor],
    make_case: Callable[..., SupportCase],
    give_consents: Callable[..., None],
) -> None:
    from desktop.services.interventions import set_intervention_status

    case = make_case()
    give_consents(case, ConsentParty.STUDENT, ConsentParty.GUARDIAN)
    force_state(db, case, S.ACTIVE)
    intervention = Intervention(
        case_id=case.id, title="정서 상담", provider_staff_id=people["counselor"].staff_id
    )
    db.add(intervention)
    db.commit()
    set_intervention_status(db, coordinator, intervention.id, InterventionStatus.ACTIVE)
    entries = case_detail.timeline(db, coordinator, case.id)
    started = next(e for e in entries if e.title == "Intervention started: {title}")
    # The coordinator pressed the button; the provider is the counselor.
    assert started.by == coordinator.display_name != people["counselor"].display_name
    assert started.has_time and started.when.date() in (TODAY, TODAY - timedelta(days=1))


def test_a_day_only_entry_stands_at_the_start_of_its_local_day() -> None:
    from desktop.services.case_detail import TimelineEntry, timeline_order

    day = TimelineEntry(datetime(2026, 12, 8), False, TimelineKind.SESSION, "", (), "", "")
    local_morning = datetime(2026, 12, 8, 0, 30).astimezone()  # 00:30 on the 8th, local time
    timed = TimelineEntry(
        local_morning.astimezone(UTC).replace(tzinfo=None), True, TimelineKind.STATE, "", (), "", ""
    )
    earlier = TimelineEntry(timed.when - timedelta(hours=1), True, TimelineKind.STATE, "", (), "", "")
    assert sorted([timed, day, earlier], key=timeline_order) == [earlier, day, timed]


def test_notes_are_listed_as_the_reader_may_see_them(
    db: Session,
    coordinator: Actor,
    people: dict[str, Actor],
    make_case: Callable[..., SupportCase],
    make_student: Callable[..., Student],
    give_consents: Callable[..., None],
) -> None:
    case = make_case(make_student(grade=3, class_no=2), manager_id=people["homeroom"].staff_id)
    _rich_case(db, coordinator, people, case)
    everything = case_detail.notes(db, coordinator, case.id)
    assert len(everything) == 3 and sum(n.restricted for n in everything) == 2
    assert everything[0].author_name  # joined, not looked up per row
    homeroom = people["homeroom"]
    seen = case_detail.notes(db, homeroom, case.id)
    assert {n.text for n in seen} == {"일반 메모", "담임 비공개 메모"}
    # Same rule as permissions.can_see_note, applied in the query.
    stored = db.query(CaseNote).filter(CaseNote.case_id == case.id).all()
    assert {n.text for n in stored if can_see_note(homeroom, n)} == {n.text for n in seen}


def test_timeline_runs_one_query_per_table_whatever_the_number_of_rows(
    db: Session,
    school_vault: Any,
    coordinator: Actor,
    people: dict[str, Actor],
    make_case: Callable[..., SupportCase],
    give_consents: Callable[..., None],
) -> None:
    case = make_case()
    give_consents(case, ConsentParty.STUDENT, ConsentParty.GUARDIAN)
    _rich_case(db, coordinator, people, case)
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(school_vault.engine, "before_cursor_execute", count)
    try:
        db.expire_all()
        case_detail.timeline(db, coordinator, case.id)
        few = len(statements)
        for i in range(30):
            db.add(CaseNote(case_id=case.id, author_id=coordinator.staff_id, text=f"메모 {i}"))
            db.add(Task(title=f"할 일 {i}", case_id=case.id, due_on=TODAY + timedelta(days=i)))
        db.commit()
        db.expire_all()
        statements.clear()
        entries = case_detail.timeline(db, coordinator, case.id)
        assert len(statements) == few <= 12
        assert len([e for e in entries if e.kind is TimelineKind.NOTE]) == 33
    finally:
        event.remove(school_vault.engine, "before_cursor_execute", count)
