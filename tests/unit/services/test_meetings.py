"""Committee meetings: planning, the proposed agenda, minutes, applying decisions exactly as
previewed, finalising with a content hash, addenda and the principal's signature."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    AgendaKind,
    AppSetting,
    CaseState,
    CaseStateChange,
    ConsentParty,
    DecisionOutcome,
    Intervention,
    Meeting,
    MeetingType,
    PlanAction,
    PlanStatus,
    Role,
    StaffAccount,
    SupportCase,
    SupportPlan,
    Task,
    TaskKind,
)
from desktop.services import meetings
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied, TransitionRefused, ValidationError
from desktop.services.meetings import ActionInput, AttendeeInput, ProposedItem
from tests.unit.services.db_checks import TODAY, audit_events, force_state

MEETING_AT = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)


@pytest.fixture
def principal(make_staff: Callable[..., StaffAccount]) -> Actor:
    return Actor.of(make_staff(Role.PRINCIPAL, "principal"))


@pytest.fixture
def homeroom(make_staff: Callable[..., StaffAccount]) -> Actor:
    return Actor.of(make_staff(Role.HOMEROOM, "homeroom", homeroom_grade=3, homeroom_class=2))


@pytest.fixture
def meeting(db: Session, coordinator: Actor, principal: Actor) -> Meeting:
    return meetings.plan_meeting(
        db,
        coordinator,
        meeting_type=MeetingType.SELECTION,
        held_at=MEETING_AT,
        place="협의실",
        chair_id=principal.staff_id,
        attendees=[
            AttendeeInput("", staff_id=principal.staff_id, position="교장"),
            AttendeeInput("", staff_id=coordinator.staff_id, position="교육복지사", present=False),
            AttendeeInput(
                "박상담", position="사회복지주무관", organisation="도담동 행정복지센터", external=True
            ),
        ],
    )


def test_plan_numbers_the_year_and_keeps_attendees(
    db: Session, coordinator: Actor, principal: Actor, meeting: Meeting
) -> None:
    assert meeting.number == 1 and meeting.year == MEETING_AT.year
    detail = meetings.meeting_detail(db, coordinator, meeting.id)
    assert detail.chair_name == "principal"
    assert [(a.name, a.external, a.present) for a in detail.attendees] == [
        ("principal", False, True),
        (coordinator.display_name, False, False),
        ("박상담", True, True),
    ]
    second = meetings.plan_meeting(db, coordinator, meeting_type=MeetingType.REVIEW, held_at=MEETING_AT)
    assert second.number == 2
    with pytest.raises(ValidationError):
        meetings.plan_meeting(db, coordinator, meeting_type=MeetingType.REVIEW, held_at=MEETING_AT, number=2)
    with pytest.raises(ValidationError):
        meetings.set_attendees(db, coordinator, meeting.id, [AttendeeInput("손님", external=True)])


def test_agenda_is_proposed_from_open_work(
    db: Session, coordinator: Actor, meeting: Meeting, make_case: Callable[..., SupportCase]
) -> None:
    new_case = make_case()
    due_case = make_case()
    force_state(db, due_case, CaseState.ACTIVE)
    due_case.next_review_on = TODAY - timedelta(days=1)
    later_case = make_case()
    force_state(db, later_case, CaseState.ACTIVE)
    later_case.next_review_on = TODAY + timedelta(days=60)
    db.add(Task(title="보호자 상담", kind=TaskKind.ACTION, due_on=TODAY - timedelta(days=3)))
    db.commit()

    proposed = meetings.propose_agenda(db, coordinator, meeting.id)
    kinds = {(p.kind, p.case_id) for p in proposed}
    assert (AgendaKind.NEW_REQUEST, new_case.id) in kinds
    assert (AgendaKind.REVIEW_DUE, due_case.id) in kinds
    assert all(p.case_id != later_case.id for p in proposed)
    assert any(p.kind is AgendaKind.OVERDUE_ACTION and "보호자 상담" in p.title for p in proposed)

    # Accepting a suggestion puts it on the agenda; it is then no longer proposed.
    chosen = [p for p in proposed if p.case_id == new_case.id]
    meetings.add_agenda_items(db, coordinator, meeting.id, chosen)
    again = meetings.propose_agenda(db, coordinator, meeting.id)
    assert all(p.case_id != new_case.id for p in again)


def test_agenda_items_are_reordered_and_removed(db: Session, coordinator: Actor, meeting: Meeting) -> None:
    ids = meetings.add_agenda_items(
        db, coordinator, meeting.id, [ProposedItem(AgendaKind.OTHER, t) for t in ("가", "나", "다")]
    )
    meetings.move_agenda_item(db, coordinator, ids[2], -2)
    assert [i.title for i in meetings.meeting_detail(db, coordinator, meeting.id).items] == ["다", "가", "나"]
    meetings.remove_agenda_item(db, coordinator, ids[0])
    items = meetings.meeting_detail(db, coordinator, meeting.id).items
    assert [(i.sort_order, i.title) for i in items] == [(1, "다"), (2, "나")]


def _stored_changes(db: Session, decision_ids: set[int]) -> set[tuple[int, CaseState | None, CaseState]]:
    rows = db.scalars(select(CaseStateChange).where(CaseStateChange.decision_id.in_(decision_ids)))
    return {(r.case_id, r.from_state, r.to_state) for r in rows}


def test_apply_does_exactly_what_the_preview_listed(
    db: Session,
    coordinator: Actor,
    meeting: Meeting,
    make_case: Callable[..., SupportCase],
    give_consents: Callable[..., None],
    make_staff: Callable[..., StaffAccount],
) -> None:
    chosen, refused = make_case(), make_case()
    planning = make_case()
    give_consents(planning, ConsentParty.STUDENT, ConsentParty.GUARDIAN)
    force_state(db, planning, CaseState.PLANNING)
    plan = SupportPlan(case_id=planning.id, version=1, status=PlanStatus.APPROVED, review_interval_days=30)
    db.add(plan)
    db.flush()
    counselor = make_staff(Role.SPECIALIST, "counselor")
    db.add_all(
        [
            PlanAction(
                plan_id=plan.id, description="주 1회 개별 상담", provider_staff_id=counselor.id, sort_order=1
            ),
            PlanAction(plan_id=plan.id, description="제공자 미정", sort_order=2),
        ]
    )
    db.commit()
    ids = meetings.add_agenda_items(
        db,
        coordinator,
        meeting.id,
        [ProposedItem(AgendaKind.NEW_REQUEST, f"{c.code} 심의", c.id) for c in (chosen, refused, planning)],
    )
    meetings.record_item(
        db,
        coordinator,
        ids[0],
        discussion="기초학력 진단 결과 검토",
        outcome=DecisionOutcome.SELECT,
        target_state=CaseState.SELECTED,
        reason="선정 기준 충족",
        actions=[ActionInput("동의서 받기", coordinator.staff_id, TODAY + timedelta(days=7))],
    )
    # From under review a case cannot go straight to planning: the preview says so.
    meetings.record_item(
        db, coordinator, ids[1], discussion="", outcome=DecisionOutcome.OTHER, target_state=CaseState.PLANNING
    )
    meetings.record_item(
        db,
        coordinator,
        ids[2],
        discussion="계획 심의",
        outcome=DecisionOutcome.APPROVE_PLAN,
        target_state=CaseState.ACTIVE,
        reason="계획 승인",
    )
    preview = meetings.preview_apply(db, coordinator, meeting.id)
    assert [(c.case_id, c.to_state, c.refusal is None) for c in preview.state_changes] == [
        (chosen.id, CaseState.SELECTED, True),
        (refused.id, CaseState.PLANNING, False),
        (planning.id, CaseState.ACTIVE, True),
    ]
    assert [t.title for t in preview.tasks] == ["동의서 받기"]
    assert [i.title for i in preview.interventions] == ["주 1회 개별 상담"]

    # All or nothing: one refused change and nothing is stored.
    before = len(audit_events(db))
    with pytest.raises(TransitionRefused):
        meetings.apply_decisions(db, coordinator, meeting.id)
    db.expire_all()
    assert chosen.state is CaseState.UNDER_REVIEW and db.scalars(select(Task)).all() == []
    assert len(audit_events(db)) == before

    meetings.record_item(
        db,
        coordinator,
        ids[1],
        discussion="보호자 상담 후 재논의",
        outcome=DecisionOutcome.HOLD,
        target_state=CaseState.ON_HOLD,
        reason="보호자 상담 필요",
    )
    preview = meetings.preview_apply(db, coordinator, meeting.id)
    assert not preview.refused
    done = meetings.apply_decisions(db, coordinator, meeting.id)
    assert done == preview
    db.expire_all()

    decision_ids = {c.decision_id for c in preview.state_changes}
    assert _stored_changes(db, decision_ids) == {
        (c.case_id, c.from_state, c.to_state) for c in preview.state_changes
    }
    assert (chosen.state, refused.state, planning.state) == (
        CaseState.SELECTED,
        CaseState.ON_HOLD,
        CaseState.ACTIVE,
    )
    tasks = db.scalars(select(Task)).all()
    assert [(t.title, t.assignee_id, t.due_on, t.case_id) for t in tasks] == [
        (t.title, t.assignee_id, t.due_on, chosen.id) for t in preview.tasks
    ]
    interventions = db.scalars(select(Intervention)).all()
    assert [(i.plan_action_id, i.provider_staff_id, i.case_id) for i in interventions] == [
        (p.plan_action_id, p.provider_staff_id, p.case_id) for p in preview.interventions
    ]
    detail = meetings.meeting_detail(db, coordinator, meeting.id)
    assert detail.decisions_applied_at is not None
    assert all(i.decision is not None and i.decision.applied_at is not None for i in detail.items)
    assert detail.items[0].actions[0].task_id == tasks[0].id
    # Applying twice does nothing twice.
    assert meetings.preview_apply(db, coordinator, meeting.id).empty
    with pytest.raises(ValidationError):
        meetings.apply_decisions(db, coordinator, meeting.id)
    # An applied decision cannot be changed or removed any more.
    with pytest.raises(ValidationError):
        meetings.record_item(db, coordinator, ids[0], discussion="", outcome=DecisionOutcome.NOT_SELECT)
    with pytest.raises(ValidationError):
        meetings.remove_agenda_item(db, coordinator, ids[0])


def test_finalised_minutes_are_locked_hashed_signed_and_amended(
    db: Session, coordinator: Actor, principal: Actor, meeting: Meeting
) -> None:
    (item_id,) = meetings.add_agenda_items(
        db, coordinator, meeting.id, [ProposedItem(AgendaKind.OTHER, "기타")]
    )
    meetings.record_item(
        db, coordinator, item_id, discussion="논의", outcome=DecisionOutcome.OTHER, reason="-"
    )
    with pytest.raises(ValidationError):
        meetings.sign(db, principal, meeting.id)  # not finalised yet
    digest = meetings.finalise(db, coordinator, meeting.id)
    assert digest == meetings.content_hash(meeting) and len(digest) == 64
    assert meetings.hash_matches(db, coordinator, meeting.id) is True

    refusals = [
        lambda: meetings.record_item(db, coordinator, item_id, discussion="고침", outcome=None),
        lambda: meetings.add_agenda_items(
            db, coordinator, meeting.id, [ProposedItem(AgendaKind.OTHER, "새 안건")]
        ),
        lambda: meetings.remove_agenda_item(db, coordinator, item_id),
        lambda: meetings.move_agenda_item(db, coordinator, item_id, 1),
        lambda: meetings.set_attendees(db, coordinator, meeting.id, []),
        lambda: meetings.update_meeting(
            db,
            coordinator,
            meeting.id,
            meeting_type=MeetingType.REVIEW,
            held_at=MEETING_AT,
            place="",
            chair_id=None,
        ),
        lambda: meetings.finalise(db, coordinator, meeting.id),
    ]
    for refused in refusals:
        with pytest.raises(ValidationError):
            refused()
        db.rollback()
    assert meetings.hash_matches(db, coordinator, meeting.id) is True

    with pytest.raises(PermissionDenied):
        meetings.sign(db, coordinator, meeting.id)
    meetings.sign(db, principal, meeting.id)
    detail = meetings.meeting_detail(db, coordinator, meeting.id)
    assert detail.signed_by_name == "principal" and detail.signed_at is not None
    with pytest.raises(ValidationError):
        meetings.sign(db, principal, meeting.id)

    with pytest.raises(ValidationError):
        meetings.add_addendum(db, coordinator, meeting.id, "  ")
    meetings.add_addendum(db, coordinator, meeting.id, "참석자 직위 정정: 교육복지사")
    (addendum,) = meetings.meeting_detail(db, coordinator, meeting.id).addenda
    assert (
        addendum.text == "참석자 직위 정정: 교육복지사"
        and addendum.written_at.date() == datetime.now(UTC).date()
    )
    assert addendum.author_name == coordinator.display_name
    # The addendum leaves the minutes (and so their hash) as they were.
    assert meetings.hash_matches(db, coordinator, meeting.id) is True
    # A change behind the application's back shows as a mismatch.
    meeting.agenda_items[0].discussion = "몰래 고침"
    db.commit()
    assert meetings.hash_matches(db, coordinator, meeting.id) is False


def test_roles(db: Session, coordinator: Actor, principal: Actor, homeroom: Actor, meeting: Meeting) -> None:
    with pytest.raises(PermissionDenied):
        meetings.plan_meeting(db, homeroom, meeting_type=MeetingType.REVIEW, held_at=MEETING_AT)
    with pytest.raises(PermissionDenied):
        meetings.meeting_detail(db, homeroom, meeting.id)
    with pytest.raises(PermissionDenied):
        meetings.add_agenda_items(db, principal, meeting.id, [ProposedItem(AgendaKind.OTHER, "x")])
    with pytest.raises(PermissionDenied):
        meetings.finalise(db, principal, meeting.id)
    assert meetings.meeting_detail(db, principal, meeting.id).id == meeting.id
    meetings.finalise(db, coordinator, meeting.id)
    with pytest.raises(PermissionDenied):
        meetings.add_addendum(db, homeroom, meeting.id, "x")
    with pytest.raises(PermissionDenied):
        meetings.sign(db, homeroom, meeting.id)


def test_demo_minutes_text_is_the_one_of_the_service() -> None:
    from desktop.services import demo_meetings

    assert demo_meetings.minutes_text is meetings.minutes_text


def test_a_minutes_draft_is_personal_and_goes_when_saved_or_finalised(
    db: Session,
    coordinator: Actor,
    meeting: Meeting,
    make_staff: Callable[..., StaffAccount],
    homeroom: Actor,
) -> None:
    (item_id,) = meetings.add_agenda_items(
        db, coordinator, meeting.id, [ProposedItem(AgendaKind.OTHER, "가")]
    )
    action = ActionInput("동의서 받기", coordinator.staff_id, TODAY)
    meetings.save_minutes_draft(
        db,
        coordinator,
        item_id,
        discussion="논의",
        outcome=DecisionOutcome.HOLD,
        reason="r",
        actions=[action],
    )
    draft = meetings.minutes_draft(db, coordinator, meeting.id)
    assert draft is not None and draft.item_id == item_id
    assert (draft.discussion, draft.outcome, draft.reason, draft.actions) == (
        "논의",
        DecisionOutcome.HOLD,
        "r",
        (action,),
    )
    # Nobody else sees it; an account that may not manage meetings cannot keep one.
    other = Actor.of(make_staff(Role.COORDINATOR, "second"))
    assert meetings.minutes_draft(db, other, meeting.id) is None
    with pytest.raises(PermissionDenied):
        meetings.save_minutes_draft(db, homeroom, item_id, discussion="x", outcome=None)
    # Saving the item removes its draft; so does finalising, for everyone's drafts.
    meetings.record_item(db, coordinator, item_id, discussion="논의", outcome=None)
    assert meetings.minutes_draft(db, coordinator, meeting.id) is None
    meetings.save_minutes_draft(db, coordinator, item_id, discussion="다시", outcome=None)
    meetings.save_minutes_draft(db, other, item_id, discussion="또", outcome=None)
    meetings.finalise(db, coordinator, meeting.id)
    assert db.scalars(select(AppSetting.key).where(AppSetting.key.startswith("minutes_draft/"))).all() == []
