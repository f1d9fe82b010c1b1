"""The referral loop: draft → sent (with consent) → answered → delivered → outcome, its follow-up
tasks, the overdue flag, and what is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    CaseState,
    ConsentMethod,
    ConsentParty,
    ConsentPurpose,
    Organisation,
    OrganisationKind,
    Referral,
    ReferralStatus,
    Role,
    StaffAccount,
    SupportCase,
    Task,
    TaskKind,
    TaskStatus,
)
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.consents import record_consent
from desktop.services.errors import PermissionDenied, TransitionRefused, ValidationError
from desktop.services.organisations import OrganisationData, create_organisation, deactivate_organisation
from desktop.services.referrals import (
    case_referrals,
    create_referral,
    mark_delivered,
    open_loops,
    record_outcome,
    record_response,
    send_referral,
)
from tests.unit.services.db_checks import LAST_WEEK, TODAY, audit_events, force_state

R = ReferralStatus
TWO_WEEKS_AGO = TODAY - timedelta(days=14)


@pytest.fixture
def org(db: Session, coordinator: Actor) -> Organisation:
    return create_organisation(
        db,
        coordinator,
        OrganisationData(name="행복구 정신건강복지센터", kind=OrganisationKind.MENTAL_HEALTH_CENTER),
    )


@pytest.fixture
def manager(make_staff: Callable[..., StaffAccount]) -> StaffAccount:
    return make_staff(Role.SPECIALIST)


@pytest.fixture
def case(db: Session, make_case: Callable[..., SupportCase], manager: StaffAccount) -> SupportCase:
    """A case in planning: selected, both consents to support given, so referrals may be sent."""
    made = make_case(manager_id=manager.id)
    force_state(db, made, CaseState.PLANNING)
    return made


def share(
    db: Session, coordinator: Actor, case: SupportCase, org: Organisation, *parties: ConsentParty
) -> None:
    for party in parties:
        record_consent(
            db,
            coordinator,
            case.id,
            party=party,
            purpose=ConsentPurpose.SHARING,
            given_on=TWO_WEEKS_AGO,
            method=ConsentMethod.WRITTEN,
            recipient_organisation_id=org.id,
        )


def follow_ups(db: Session, case: SupportCase) -> list[tuple[TaskStatus, date | None, int | None]]:
    tasks = db.scalars(
        select(Task)
        .where(Task.case_id == case.id, Task.kind == TaskKind.REFERRAL_FOLLOW_UP)
        .order_by(Task.id)
    )
    return [(t.status, t.due_on, t.assignee_id) for t in tasks]


def draft(db: Session, coordinator: Actor, case: SupportCase, org: Organisation) -> Referral:
    return create_referral(
        db, coordinator, case.id, org.id, reason="우울감 심화, 전문 상담 필요", expected_response_on=TODAY
    )


def test_the_whole_loop_with_consent(
    db: Session, coordinator: Actor, case: SupportCase, org: Organisation, manager: StaffAccount
) -> None:
    share(db, coordinator, case, org, ConsentParty.STUDENT, ConsentParty.GUARDIAN)
    referral = draft(db, coordinator, case, org)
    assert referral.status is R.DRAFT and follow_ups(db, case) == []

    send_referral(db, coordinator, referral.id, sent_on=TWO_WEEKS_AGO, expected_response_on=LAST_WEEK)
    db.expire_all()
    assert referral.status is R.SENT and referral.sent_on == TWO_WEEKS_AGO
    assert referral.consent_id is not None and referral.consent_override_reason == ""
    assert follow_ups(db, case) == [(TaskStatus.OPEN, LAST_WEEK, manager.id)]
    event = audit_events(db, AuditAction.UPDATE)[-1]
    assert event.detail["override"] is False and event.detail["changes"]["status"]["after"] == "sent"

    record_response(db, coordinator, referral.id, accepted=True, responded_on=LAST_WEEK)
    db.expire_all()
    expected_delivery = LAST_WEEK + timedelta(days=30)
    assert referral.status is R.ACCEPTED and referral.expected_response_on == expected_delivery
    assert follow_ups(db, case) == [
        (TaskStatus.DONE, LAST_WEEK, manager.id),
        (TaskStatus.OPEN, expected_delivery, manager.id),
    ]

    mark_delivered(db, coordinator, referral.id, delivered_on=TODAY)
    db.expire_all()
    assert referral.status is R.DELIVERED and referral.delivered_on == TODAY
    assert [s for s, _d, _a in follow_ups(db, case)] == [TaskStatus.DONE, TaskStatus.DONE, TaskStatus.OPEN]

    record_outcome(db, coordinator, referral.id, outcome="상담 10회 완료, 정서 안정", closed=True)
    db.expire_all()
    assert referral.status is R.CLOSED and referral.outcome == "상담 10회 완료, 정서 안정"
    assert {s for s, _d, _a in follow_ups(db, case)} == {TaskStatus.DONE}
    assert "상담" not in str([e.detail for e in audit_events(db)])
    assert open_loops(db, coordinator) == []


@pytest.mark.parametrize(
    ("parties", "missing"),
    [
        ((), "neither is valid"),
        ((ConsentParty.GUARDIAN,), "The student's consent"),
        ((ConsentParty.STUDENT,), "The guardian's"),
    ],
)
def test_send_without_both_consents_is_refused_naming_what_is_missing(
    db: Session,
    coordinator: Actor,
    case: SupportCase,
    org: Organisation,
    parties: tuple[ConsentParty, ...],
    missing: str,
) -> None:
    share(db, coordinator, case, org, *parties)
    referral = draft(db, coordinator, case, org)
    events = len(audit_events(db))
    with pytest.raises(TransitionRefused) as refused:
        send_referral(db, coordinator, referral.id, sent_on=TODAY)
    assert missing in str(refused.value) and org.name in str(refused.value)
    db.rollback()
    db.expire_all()
    assert referral.status is R.DRAFT and referral.sent_on is None
    assert follow_ups(db, case) == [] and len(audit_events(db)) == events


def test_send_with_override_stores_the_reason_and_audits_only_the_flag(
    db: Session, coordinator: Actor, case: SupportCase, org: Organisation
) -> None:
    share(db, coordinator, case, org, ConsentParty.GUARDIAN)
    referral = draft(db, coordinator, case, org)
    send_referral(db, coordinator, referral.id, sent_on=TODAY, override_reason="  아동학대 의심 신고  ")
    db.expire_all()
    assert referral.status is R.SENT and referral.consent_override_reason == "아동학대 의심 신고"
    assert referral.consent_id is not None  # the guardian's consent that exists is linked
    event = audit_events(db, AuditAction.UPDATE)[-1]
    assert event.detail["override"] is True and "아동학대" not in str(event.detail)
    # With nothing given, the expected response is the draft's date.
    assert referral.expected_response_on == TODAY


def test_out_of_order_steps_are_refused(
    db: Session, coordinator: Actor, case: SupportCase, org: Organisation
) -> None:
    referral = draft(db, coordinator, case, org)
    with pytest.raises(TransitionRefused, match="Only a sent referral"):
        record_response(db, coordinator, referral.id, accepted=True, responded_on=TODAY)
    with pytest.raises(TransitionRefused, match="Only an accepted referral"):
        mark_delivered(db, coordinator, referral.id, delivered_on=TODAY)
    with pytest.raises(TransitionRefused, match="has not answered yet"):
        record_outcome(db, coordinator, referral.id, outcome="x", closed=False)
    send_referral(db, coordinator, referral.id, sent_on=LAST_WEEK, override_reason="긴급")
    with pytest.raises(TransitionRefused, match="already been sent"):
        send_referral(db, coordinator, referral.id, sent_on=TODAY, override_reason="긴급")
    with pytest.raises(ValidationError, match="before the referral was sent"):
        record_response(
            db, coordinator, referral.id, accepted=False, responded_on=LAST_WEEK - timedelta(days=1)
        )
    with pytest.raises(ValidationError, match="future"):
        record_response(db, coordinator, referral.id, accepted=False, responded_on=TODAY + timedelta(days=1))
    record_response(db, coordinator, referral.id, accepted=False, responded_on=TODAY)
    with pytest.raises(TransitionRefused, match="Only an accepted referral"):
        mark_delivered(db, coordinator, referral.id, delivered_on=TODAY)
    record_outcome(db, coordinator, referral.id, outcome="정원 초과, 다른 기관 검토", closed=True)
    with pytest.raises(TransitionRefused, match="closed"):
        record_outcome(db, coordinator, referral.id, outcome="again", closed=True)


def test_a_draft_can_be_withdrawn_and_an_outcome_can_be_noted_without_closing(
    db: Session, coordinator: Actor, case: SupportCase, org: Organisation
) -> None:
    withdrawn = draft(db, coordinator, case, org)
    record_outcome(db, coordinator, withdrawn.id, outcome="보호자 요청으로 취소", closed=True)
    assert withdrawn.status is R.CLOSED
    declined = draft(db, coordinator, case, org)
    send_referral(db, coordinator, declined.id, sent_on=TODAY, override_reason="긴급")
    record_response(db, coordinator, declined.id, accepted=False, responded_on=TODAY)
    record_outcome(db, coordinator, declined.id, outcome="대기 명단 등록", closed=False)
    assert (declined.status, declined.outcome) == (R.DECLINED, "대기 명단 등록")
    with pytest.raises(ValidationError, match="outcome"):
        record_outcome(db, coordinator, declined.id, outcome="  ", closed=True)


def test_overdue_is_sent_or_accepted_past_the_expected_date(
    db: Session,
    coordinator: Actor,
    case: SupportCase,
    org: Organisation,
    make_case: Callable[..., SupportCase],
) -> None:
    late = draft(db, coordinator, case, org)
    send_referral(
        db,
        coordinator,
        late.id,
        sent_on=TWO_WEEKS_AGO,
        expected_response_on=LAST_WEEK,
        override_reason="긴급",
    )
    planning = [make_case(), make_case()]
    for made in planning:
        force_state(db, made, CaseState.PLANNING)
    on_time = create_referral(db, coordinator, planning[0].id, org.id, reason="상담")
    send_referral(db, coordinator, on_time.id, sent_on=TODAY, override_reason="긴급")
    accepted = create_referral(db, coordinator, planning[1].id, org.id, reason="상담")
    send_referral(db, coordinator, accepted.id, sent_on=TWO_WEEKS_AGO, override_reason="긴급")
    record_response(
        db, coordinator, accepted.id, accepted=True, responded_on=LAST_WEEK, expected_delivery_on=LAST_WEEK
    )
    never_sent = draft(db, coordinator, case, org)

    rows = open_loops(db, coordinator, TODAY)
    assert [(r.id, r.overdue) for r in rows] == [(late.id, True), (accepted.id, True), (on_time.id, False)]
    assert never_sent.id not in {r.id for r in rows}
    assert rows[0].case_code == case.code and rows[0].organisation_name == org.name
    assert rows[0].reason == ""  # the school-wide list carries no free text
    # Tomorrow's view of the one due today: still not overdue on its day, overdue the day after.
    assert [
        r.overdue for r in open_loops(db, coordinator, on_time.expected_response_on) if r.id == on_time.id
    ] == [False]
    assert on_time.expected_response_on is not None
    day_after = on_time.expected_response_on + timedelta(days=1)
    assert [r.overdue for r in open_loops(db, coordinator, day_after) if r.id == on_time.id] == [True]


def test_case_referrals_for_coordinator_and_manager_but_not_for_the_homeroom_teacher(
    db: Session,
    coordinator: Actor,
    case: SupportCase,
    org: Organisation,
    manager: StaffAccount,
    make_staff: Callable[..., StaffAccount],
) -> None:
    referral = draft(db, coordinator, case, org)
    rows = case_referrals(db, coordinator, case.id)
    assert [(r.id, r.status, r.reason) for r in rows] == [
        (referral.id, R.DRAFT, "우울감 심화, 전문 상담 필요")
    ]
    assert [r.id for r in case_referrals(db, Actor.of(manager), case.id)] == [referral.id]
    student = case.student
    homeroom = Actor.of(
        make_staff(Role.HOMEROOM, homeroom_grade=student.grade, homeroom_class=student.class_no)
    )
    assert case_referrals(db, homeroom, case.id) == []
    assert open_loops(db, homeroom) == []


@pytest.mark.parametrize("role", [Role.PRINCIPAL, Role.HEAD_TEACHER, Role.SPECIALIST, Role.HOMEROOM])
def test_only_case_managers_may_refer(
    db: Session,
    coordinator: Actor,
    case: SupportCase,
    org: Organisation,
    make_staff: Callable[..., StaffAccount],
    role: Role,
) -> None:
    actor = Actor.of(make_staff(role))
    with pytest.raises(PermissionDenied):
        create_referral(db, actor, case.id, org.id, reason="x")
    referral = draft(db, coordinator, case, org)
    with pytest.raises(PermissionDenied):
        send_referral(db, actor, referral.id, sent_on=TODAY, override_reason="긴급")


def test_no_referral_to_an_inactive_organisation_and_no_empty_reason(
    db: Session, coordinator: Actor, case: SupportCase, org: Organisation
) -> None:
    with pytest.raises(ValidationError, match="why"):
        create_referral(db, coordinator, case.id, org.id, reason=" ")
    referral = draft(db, coordinator, case, org)
    deactivate_organisation(db, coordinator, org.id)
    with pytest.raises(ValidationError, match="inactive"):
        create_referral(db, coordinator, case.id, org.id, reason="상담")
    with pytest.raises(ValidationError, match="inactive"):
        send_referral(db, coordinator, referral.id, sent_on=TODAY, override_reason="긴급")
