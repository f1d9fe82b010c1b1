"""What waits for each person: approvals and signatures (결재 대기), the task a new assignment
gives its provider, a provider's own interventions and this week's sessions, and the plan status
the case list shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from desktop.models import (
    Attendance,
    CaseState,
    ConsentParty,
    Intervention,
    InterventionStatus,
    Meeting,
    MeetingStatus,
    MeetingType,
    PlanStatus,
    Role,
    StaffAccount,
    SupportCase,
    SupportPlan,
    SupportSession,
    SupportType,
    Task,
    TaskKind,
)
from desktop.services import listing
from desktop.services.actor import Actor
from desktop.services.dashboard import ApprovalKind, awaiting_approval
from desktop.services.interventions import assign_intervention, log_session, set_intervention_status
from desktop.services.support_activity import my_interventions, week_sessions, week_start
from desktop.services.tasks import TaskScope, task_list
from tests.unit.services.db_checks import TODAY, audit_events, force_state


@pytest.fixture
def support_type(db: Session) -> SupportType:
    found = db.scalars(select(SupportType).order_by(SupportType.sort_order)).first()
    assert found is not None
    return found


def _meeting(db: Session, number: int, status: MeetingStatus, *, signed: bool = False) -> Meeting:
    now = datetime.now(UTC)
    meeting = Meeting(
        meeting_type=MeetingType.REVIEW,
        year=TODAY.year,
        number=number,
        held_at=now - timedelta(days=3),
        status=status,
        finalised_at=now if status is MeetingStatus.FINALISED else None,
        signed_at=now if signed else None,
    )
    db.add(meeting)
    db.commit()
    return meeting


# --- 결재 대기 ---------------------------------------------------------------------------------


def test_the_principal_is_waited_for_on_submitted_plans_and_unsigned_minutes_only(
    db: Session,
    coordinator: Actor,
    make_staff: Callable[..., StaffAccount],
    make_case: Callable[..., SupportCase],
    add_plan: Callable[..., SupportPlan],
) -> None:
    principal = Actor.of(make_staff(Role.PRINCIPAL))
    head = Actor.of(make_staff(Role.HEAD_TEACHER))
    waiting_case, draft_case, approved_case = make_case(), make_case(), make_case()
    add_plan(approved_case, PlanStatus.APPROVED)
    add_plan(draft_case, PlanStatus.DRAFT)
    add_plan(waiting_case, PlanStatus.APPROVED, version=1)
    submitted = add_plan(waiting_case, PlanStatus.SUBMITTED, version=2)
    unsigned = _meeting(db, 1, MeetingStatus.FINALISED)
    _meeting(db, 2, MeetingStatus.FINALISED, signed=True)
    _meeting(db, 3, MeetingStatus.HELD)

    items = awaiting_approval(db, principal)
    assert {(i.kind, i.record_id) for i in items} == {
        (ApprovalKind.PLAN, submitted.id),
        (ApprovalKind.MINUTES, unsigned.id),
    }
    plan_item = next(i for i in items if i.kind is ApprovalKind.PLAN)
    assert (plan_item.case_id, plan_item.case_code, plan_item.plan_version) == (
        waiting_case.id,
        waiting_case.code,
        2,
    )
    # The coordinator writes plans and minutes and the head teacher runs meetings: neither approves.
    assert awaiting_approval(db, coordinator) == []
    assert awaiting_approval(db, head) == []


# --- a new assignment reaches its provider ----------------------------------------------------


def test_assigning_an_intervention_gives_its_provider_one_task_about_the_case(
    db: Session,
    coordinator: Actor,
    make_staff: Callable[..., StaffAccount],
    make_case: Callable[..., SupportCase],
    add_plan: Callable[..., SupportPlan],
    give_consents: Callable[..., None],
    support_type: SupportType,
) -> None:
    counselor_staff = make_staff(Role.SPECIALIST)
    counselor = Actor.of(counselor_staff)
    case = make_case()
    force_state(db, case, CaseState.ACTIVE)  # selected, consented, its plan approved
    give_consents(case, ConsentParty.STUDENT, ConsentParty.GUARDIAN)
    add_plan(case, PlanStatus.APPROVED)
    start = TODAY + timedelta(days=3)

    def assign(title: str) -> Intervention:
        return assign_intervention(
            db,
            coordinator,
            case.id,
            title=title,
            support_type_id=support_type.id,
            provider_staff_id=counselor_staff.id,
            planned_hours=10,
            weekly_hours=1,
            started_on=start,
        )

    intervention = assign("주 1회 개인상담")
    mine = task_list(db, counselor, TaskScope.MINE, today=TODAY)
    assert [(t.kind, t.case_id, t.due_on) for t in mine] == [(TaskKind.ASSIGNMENT, case.id, start)]
    assert mine[0].title == f"{case.code} 지원 활동 배정: 주 1회 개인상담"
    created = [
        e
        for e in audit_events(db, "create")
        if e.entity_type == "task" and e.detail.get("intervention_id") == intervention.id
    ]
    assert [e.entity_id for e in created] == [mine[0].id]

    # Another intervention gives another task; an organisation or oneself as provider gives none.
    assign("학습 코칭")
    assign_intervention(
        db,
        coordinator,
        case.id,
        title="자기 주도 상담",
        support_type_id=support_type.id,
        provider_staff_id=coordinator.staff_id,
        planned_hours=5,
        weekly_hours=1,
    )
    kinds = db.scalars(select(Task.assignee_id).where(Task.kind == TaskKind.ASSIGNMENT)).all()
    assert kinds == [counselor_staff.id, counselor_staff.id]

    # Once the intervention starts, its assignment is no longer news: the task is done by itself,
    # and the other intervention's task stays open.
    set_intervention_status(db, coordinator, intervention.id, InterventionStatus.ACTIVE, on=TODAY)
    open_titles = [t.title for t in task_list(db, counselor, TaskScope.MINE, today=TODAY)]
    assert open_titles == [f"{case.code} 지원 활동 배정: 학습 코칭"]


def test_the_same_assignment_task_is_not_made_twice(
    db: Session,
    coordinator: Actor,
    make_staff: Callable[..., StaffAccount],
    make_case: Callable[..., SupportCase],
) -> None:
    from desktop.services.tasks import add_assignment_task

    provider = make_staff(Role.SPECIALIST)
    case = make_case()
    intervention = Intervention(
        case_id=case.id, title="사회성 향상 프로그램", provider_staff_id=provider.id, planned_hours=4
    )
    db.add(intervention)
    db.flush()
    first = add_assignment_task(db, coordinator, intervention, case, today=TODAY)
    again = add_assignment_task(db, coordinator, intervention, case, today=TODAY)
    db.commit()
    assert first is not None and again is None
    assert first.due_on == TODAY + timedelta(days=7)  # no planned start: in a week
    assert db.scalars(select(Task).where(Task.kind == TaskKind.ASSIGNMENT)).all() == [first]


# --- my interventions and this week's sessions ------------------------------------------------


def _provided(
    db: Session, case: SupportCase, provider: int, title: str, status: InterventionStatus
) -> Intervention:
    intervention = Intervention(
        case_id=case.id,
        title=title,
        provider_staff_id=provider,
        status=status,
        started_on=TODAY - timedelta(days=30) if status is not InterventionStatus.PLANNED else None,
        planned_hours=10,
        weekly_hours=1,
    )
    db.add(intervention)
    db.commit()
    return intervention


def test_my_interventions_are_the_current_ones_i_provide_with_this_weeks_sessions(
    db: Session,
    coordinator: Actor,
    make_staff: Callable[..., StaffAccount],
    make_case: Callable[..., SupportCase],
    add_plan: Callable[..., SupportPlan],
    give_consents: Callable[..., None],
) -> None:
    me_staff, other = make_staff(Role.SPECIALIST), make_staff(Role.SPECIALIST)
    me = Actor.of(me_staff)
    case = make_case()
    force_state(db, case, CaseState.ACTIVE)  # selected, consented, its plan approved
    give_consents(case, ConsentParty.STUDENT, ConsentParty.GUARDIAN)
    add_plan(case, PlanStatus.APPROVED)
    active = _provided(db, case, me_staff.id, "개인상담", InterventionStatus.ACTIVE)
    planned = _provided(db, case, me_staff.id, "집단상담", InterventionStatus.PLANNED)
    _provided(db, case, me_staff.id, "끝난 상담", InterventionStatus.COMPLETED)
    _provided(db, case, other.id, "남의 상담", InterventionStatus.ACTIVE)
    monday = week_start(TODAY)
    earlier = monday - timedelta(days=2)
    for held_on, minutes in ((TODAY, 50), (earlier, 40)):
        log_session(
            db, me, active.id, held_on=held_on, duration_minutes=minutes, attendance=Attendance.ATTENDED
        )

    rows = my_interventions(db, me, today=TODAY)
    assert [(r.intervention.id, r.case_code, r.may_log) for r in rows] == [
        (active.id, case.code, True),
        (planned.id, case.code, False),  # not started: nothing to log yet
    ]
    assert (rows[0].week_sessions, rows[0].week_minutes, rows[0].intervention.session_count) == (1, 50, 2)
    assert rows[0].intervention.hours_done == 1.5

    sessions = week_sessions(db, me, today=TODAY)
    assert [(s.intervention_id, s.held_on, s.duration_minutes) for s in sessions] == [(active.id, TODAY, 50)]
    assert week_sessions(db, Actor.of(other), today=TODAY) == []
    stored = db.scalars(select(SupportSession).where(SupportSession.intervention_id == active.id)).all()
    assert len(stored) == 2


def test_week_start_is_the_monday() -> None:
    assert week_start(date(2026, 11, 25)) == date(2026, 11, 23)
    assert week_start(date(2026, 11, 23)) == date(2026, 11, 23)


# --- plan status in the case list ---------------------------------------------------------------


def test_the_case_list_shows_the_newest_plan_versions_status_in_one_query(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    add_plan: Callable[..., SupportPlan],
) -> None:
    none, draft, revising = make_case(), make_case(), make_case()
    add_plan(draft, PlanStatus.DRAFT)
    add_plan(revising, PlanStatus.SUPERSEDED, version=1)
    add_plan(revising, PlanStatus.APPROVED, version=2)
    add_plan(revising, PlanStatus.SUBMITTED, version=3)
    statements: list[str] = []
    engine = db.get_bind()

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        rows = {r.id: r.plan_status for r in listing.cases(db, coordinator)}
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert rows == {none.id: None, draft.id: PlanStatus.DRAFT, revising.id: PlanStatus.SUBMITTED}
    assert [s for s in statements if s.startswith("SELECT")] == statements[-1:]  # one query, no N+1
