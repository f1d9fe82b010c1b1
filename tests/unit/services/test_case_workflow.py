"""The case state machine of DESIGN §1.1: every forbidden move is refused with its message and
leaves nothing behind; the allowed path runs from request to closure and reopening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from itertools import pairwise

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    CaseState,
    CaseStateChange,
    ConsentMethod,
    ConsentParty,
    ConsentPurpose,
    NeedDomain,
    PlanStatus,
    RequesterKind,
    RequestStatus,
    Role,
    StaffAccount,
    Student,
    SupportCase,
    SupportPlan,
    SupportRequest,
)
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, verify_chain
from desktop.services.case_workflow import (
    ALLOWED,
    MSG_NO_APPROVED_PLAN,
    MSG_NOT_ALLOWED,
    MSG_SAME_STATE,
    REASON_REQUIRED,
    attach_request,
    available_transitions,
    check_transition,
    file_request,
    open_case,
    transition,
)
from desktop.services.consents import record_consent, withdraw_consent
from desktop.services.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from tests.need_domains import a_need_domain
from tests.unit.services.db_checks import LAST_WEEK, TODAY, audit_events, force_state, snapshot

S = CaseState
GUARDIAN_PAIR = (ConsentParty.STUDENT, ConsentParty.GUARDIAN)


def test_every_open_state_can_close_and_closed_only_reopens() -> None:
    assert set(ALLOWED) == set(CaseState)
    assert [s for s in CaseState if s is not S.CLOSED and S.CLOSED not in ALLOWED[s]] == []
    assert ALLOWED[S.CLOSED] == {S.REOPENED}
    assert ALLOWED[S.REOPENED] == {S.UNDER_REVIEW, S.PLANNING, S.ACTIVE, S.CLOSED}
    assert ALLOWED[S.ACTIVE] >= {S.MONITORING, S.REFERRED_OUT} and S.ACTIVE in ALLOWED[S.MONITORING]


@pytest.mark.parametrize("from_state", list(CaseState))
def test_forbidden_transitions_are_refused_and_store_nothing(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    give_consents: Callable[..., None],
    add_plan: Callable[..., SupportPlan],
    from_state: CaseState,
) -> None:
    case = make_case()
    # With both consents, an approved plan and a reason, only the state machine can refuse.
    give_consents(case, *GUARDIAN_PAIR)
    add_plan(case)
    force_state(db, case, from_state)
    before = snapshot(db, case)
    forbidden = [s for s in CaseState if s not in ALLOWED[from_state]]
    assert forbidden
    for to_state in forbidden:
        expected = MSG_SAME_STATE if to_state is from_state else MSG_NOT_ALLOWED
        assert check_transition(db, case, to_state, reason="회의 결정") == expected
        with pytest.raises(TransitionRefused) as refused:
            transition(db, coordinator, case, to_state, reason="회의 결정")
        assert refused.value.text() == expected, to_state
        assert refused.value.params == {"from_state": from_state.value, "to_state": to_state.value}
        assert snapshot(db, case) == before, to_state


def test_refusal_messages_read_as_the_user_sees_them() -> None:
    assert MSG_NOT_ALLOWED == "The case cannot move to this state from its current state."
    assert REASON_REQUIRED[S.CLOSED] == "Closing a case needs a reason."


@pytest.mark.parametrize(
    ("from_state", "to_state"),
    [
        (S.UNDER_REVIEW, S.NOT_SELECTED),
        (S.UNDER_REVIEW, S.ON_HOLD),
        (S.UNDER_REVIEW, S.REFERRED_OUT),
        (S.ACTIVE, S.REFERRED_OUT),
        (S.MONITORING, S.REFERRED_OUT),
        (S.ACTIVE, S.CLOSED),
        (S.REQUESTED, S.CLOSED),
        (S.REOPENED, S.CLOSED),
    ],
)
def test_moves_that_need_a_reason_are_refused_without_one(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    from_state: CaseState,
    to_state: CaseState,
) -> None:
    case = make_case()
    force_state(db, case, from_state)
    before = snapshot(db, case)
    for blank in ("", "   \n"):
        with pytest.raises(TransitionRefused) as refused:
            transition(db, coordinator, case, to_state, reason=blank)
        assert refused.value.text() == REASON_REQUIRED[to_state]
        assert snapshot(db, case) == before

    transition(db, coordinator, case, to_state, reason="  교육지원청 학생맞춤통합지원센터 연계 결정  ")
    db.expire_all()
    assert case.state is to_state
    assert case.state_reason == "교육지원청 학생맞춤통합지원센터 연계 결정"
    if to_state is S.CLOSED:
        assert (case.closed_on, case.closure_reason) == (TODAY, "교육지원청 학생맞춤통합지원센터 연계 결정")


def test_only_the_coordinator_changes_states(
    db: Session, make_case: Callable[..., SupportCase], make_staff: Callable[..., StaffAccount]
) -> None:
    case = make_case()
    before = snapshot(db, case)
    for role in (Role.PRINCIPAL, Role.HEAD_TEACHER, Role.SPECIALIST, Role.HOMEROOM):
        someone = Actor.of(make_staff(role, homeroom_grade=3, homeroom_class=2))
        with pytest.raises(PermissionDenied) as refused:
            transition(db, someone, case, S.SELECTED)
        assert refused.value.text() == "Your account may not change the state of a case."
    assert snapshot(db, case) == before


class TestConsentGuard:
    """Leaving consent_pending for planning needs both consents to support (Act §11③)."""

    @pytest.fixture
    def pending(self, db: Session, make_case: Callable[..., SupportCase]) -> SupportCase:
        case = make_case()
        force_state(db, case, S.CONSENT_PENDING)
        return case

    def refused(self, db: Session, coordinator: Actor, case: SupportCase) -> str:
        before = snapshot(db, case)
        with pytest.raises(TransitionRefused) as refused:
            transition(db, coordinator, case, S.PLANNING)
        assert snapshot(db, case) == before
        return refused.value.text()

    def test_no_consent_at_all(self, db: Session, coordinator: Actor, pending: SupportCase) -> None:
        assert self.refused(db, coordinator, pending) == (
            "Support needs the consent of the student and of the guardian (or legal representative), "
            "recorded separately; neither is valid."
        )

    def test_student_only_is_refused(
        self, db: Session, coordinator: Actor, pending: SupportCase, give_consents: Callable[..., None]
    ) -> None:
        give_consents(pending, ConsentParty.STUDENT)
        assert self.refused(db, coordinator, pending) == (
            "The guardian's (or legal representative's) consent to support is missing, withdrawn or expired."
        )

    def test_guardian_only_is_refused(
        self, db: Session, coordinator: Actor, pending: SupportCase, give_consents: Callable[..., None]
    ) -> None:
        give_consents(pending, ConsentParty.GUARDIAN)
        assert self.refused(db, coordinator, pending) == (
            "The student's consent to support is missing, withdrawn or expired."
        )

    @pytest.mark.parametrize("family", [ConsentParty.GUARDIAN, ConsentParty.LEGAL_REPRESENTATIVE])
    def test_student_and_guardian_side_is_allowed(
        self,
        db: Session,
        coordinator: Actor,
        pending: SupportCase,
        give_consents: Callable[..., None],
        family: ConsentParty,
    ) -> None:
        give_consents(pending, ConsentParty.STUDENT, family)
        assert check_transition(db, pending, S.PLANNING) is None
        change = transition(db, coordinator, pending, S.PLANNING)
        db.expire_all()
        assert pending.state is S.PLANNING
        assert (change.from_state, change.to_state, change.by_id) == (
            S.CONSENT_PENDING,
            S.PLANNING,
            coordinator.staff_id,
        )

    def test_withdrawn_guardian_consent_is_refused(
        self, db: Session, coordinator: Actor, pending: SupportCase, give_consents: Callable[..., None]
    ) -> None:
        give_consents(pending, *GUARDIAN_PAIR)
        guardian = next(c for c in pending.consents if c.party is ConsentParty.GUARDIAN)
        withdraw_consent(db, coordinator, guardian.id, withdrawn_on=TODAY, reason="보호자 철회 의사 표명")
        assert "guardian" in self.refused(db, coordinator, pending)

    def test_expired_consent_is_refused(
        self, db: Session, coordinator: Actor, pending: SupportCase, give_consents: Callable[..., None]
    ) -> None:
        give_consents(pending, ConsentParty.GUARDIAN)
        give_consents(pending, ConsentParty.STUDENT, expires_on=TODAY - timedelta(days=1))
        assert self.refused(db, coordinator, pending) == (
            "The student's consent to support is missing, withdrawn or expired."
        )

    def test_consent_that_will_expire_counts_until_then(
        self, db: Session, pending: SupportCase, give_consents: Callable[..., None]
    ) -> None:
        give_consents(pending, *GUARDIAN_PAIR, expires_on=TODAY + timedelta(days=10))
        assert check_transition(db, pending, S.PLANNING) is None
        assert check_transition(db, pending, S.PLANNING, on=TODAY + timedelta(days=11)) is not None

    def test_refusal_and_other_purposes_do_not_count(
        self, db: Session, coordinator: Actor, pending: SupportCase, give_consents: Callable[..., None]
    ) -> None:
        give_consents(pending, ConsentParty.GUARDIAN)
        give_consents(pending, ConsentParty.STUDENT, given=False)
        record_consent(
            db,
            coordinator,
            pending.id,
            party=ConsentParty.STUDENT,
            purpose=ConsentPurpose.SHARING,
            given_on=LAST_WEEK,
            method=ConsentMethod.WRITTEN,
            recipient="Wee 센터",
        )
        assert "student" in self.refused(db, coordinator, pending)

    def test_a_later_refusal_overrides_an_earlier_consent(
        self, db: Session, coordinator: Actor, pending: SupportCase, give_consents: Callable[..., None]
    ) -> None:
        give_consents(pending, *GUARDIAN_PAIR, given_on=LAST_WEEK)
        give_consents(pending, ConsentParty.STUDENT, given_on=TODAY, given=False)
        assert "student" in self.refused(db, coordinator, pending)


class TestActiveGuard:
    """Entering active needs both consents and an approved support plan."""

    @pytest.fixture
    def planning(
        self, db: Session, make_case: Callable[..., SupportCase], give_consents: Callable[..., None]
    ) -> SupportCase:
        case = make_case()
        give_consents(case, *GUARDIAN_PAIR)
        force_state(db, case, S.PLANNING)
        return case

    @pytest.mark.parametrize(
        "plan_status", [None, PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.SUPERSEDED]
    )
    def test_without_an_approved_plan_is_refused(
        self,
        db: Session,
        coordinator: Actor,
        planning: SupportCase,
        add_plan: Callable[..., SupportPlan],
        plan_status: PlanStatus | None,
    ) -> None:
        if plan_status is not None:
            add_plan(planning, plan_status)
        before = snapshot(db, planning)
        with pytest.raises(TransitionRefused) as refused:
            transition(db, coordinator, planning, S.ACTIVE)
        assert refused.value.text() == "Support can start only with an approved support plan."
        assert snapshot(db, planning) == before

    def test_with_an_approved_plan_starts_and_schedules_the_review(
        self, db: Session, coordinator: Actor, planning: SupportCase, add_plan: Callable[..., SupportPlan]
    ) -> None:
        add_plan(planning, PlanStatus.APPROVED)
        transition(db, coordinator, planning, S.ACTIVE)
        db.expire_all()
        assert planning.state is S.ACTIVE
        assert planning.next_review_on == TODAY + timedelta(days=30)

    def test_back_from_monitoring_needs_consents_still_valid(
        self, db: Session, coordinator: Actor, planning: SupportCase, add_plan: Callable[..., SupportPlan]
    ) -> None:
        add_plan(planning, PlanStatus.APPROVED)
        force_state(db, planning, S.MONITORING)
        student_consent = next(c for c in planning.consents if c.party is ConsentParty.STUDENT)
        withdraw_consent(db, coordinator, student_consent.id)
        before = snapshot(db, planning)
        with pytest.raises(TransitionRefused) as refused:
            transition(db, coordinator, planning, S.ACTIVE)
        assert "student" in refused.value.text()
        assert snapshot(db, planning) == before

    def test_available_transitions_explain_what_is_missing(
        self, db: Session, planning: SupportCase, add_plan: Callable[..., SupportPlan]
    ) -> None:
        assert available_transitions(db, planning) == [(S.ACTIVE, MSG_NO_APPROVED_PLAN), (S.CLOSED, None)]
        add_plan(planning, PlanStatus.APPROVED)
        assert available_transitions(db, planning) == [(S.ACTIVE, None), (S.CLOSED, None)]
        # The reason is asked for separately; check_transition tells when it is missing.
        assert check_transition(db, planning, S.CLOSED) == "Closing a case needs a reason."
        assert check_transition(db, planning, S.CLOSED, reason="전학") is None


def test_happy_path_from_request_to_closure_and_reopening(
    db: Session,
    coordinator: Actor,
    make_student: Callable[..., Student],
    add_plan: Callable[..., SupportPlan],
) -> None:
    student = make_student(4, 1, "김도담")
    domains = list(db.scalars(select(NeedDomain).where(NeedDomain.code.in_(["learning", "emotional"]))))
    request = file_request(
        db,
        coordinator,
        student_id=student.id,
        requester_kind=RequesterKind.GUARDIAN,
        requester_name="김보호",
        description="기초학력 진단 결과 미도달, 교우관계 위축",
        domain_ids=[d.id for d in domains],
        evidence_basic_skills="3R 진단 미도달",
        received_on=LAST_WEEK,
    )
    case = open_case(db, coordinator, request.id, manager_id=coordinator.staff_id, opened_on=LAST_WEEK)
    assert case.code == f"{LAST_WEEK.year}-001"
    assert case.state is S.UNDER_REVIEW
    assert {d.code for d in case.domains} == {"learning", "emotional"}
    assert (request.case_id, request.status) == (case.id, RequestStatus.ACCEPTED)

    transition(db, coordinator, case, S.SELECTED, reason="선정 회의 결정")
    transition(db, coordinator, case, S.CONSENT_PENDING)
    for party in GUARDIAN_PAIR:
        record_consent(db, coordinator, case.id, party=party, purpose=ConsentPurpose.SUPPORT,
                       given_on=TODAY, method=ConsentMethod.WRITTEN)  # fmt: skip
    transition(db, coordinator, case, S.PLANNING)
    add_plan(case, PlanStatus.APPROVED)
    transition(db, coordinator, case, S.ACTIVE)
    transition(db, coordinator, case, S.MONITORING)
    transition(db, coordinator, case, S.ACTIVE, reason="점검 결과 지원 계속")
    transition(db, coordinator, case, S.CLOSED, reason="목표 달성, 사후관리 월 1회")
    db.expire_all()
    assert (case.state, case.selected_on, case.closed_on, case.closure_reason) == (
        S.CLOSED,
        TODAY,
        TODAY,
        "목표 달성, 사후관리 월 1회",
    )

    transition(db, coordinator, case, S.REOPENED, reason="재의뢰")
    db.expire_all()
    assert (case.state, case.closed_on, case.closure_reason) == (S.REOPENED, None, "")
    transition(db, coordinator, case, S.ACTIVE)

    history = list(
        db.scalars(
            select(CaseStateChange).where(CaseStateChange.case_id == case.id).order_by(CaseStateChange.id)
        )
    )
    path = [S.UNDER_REVIEW, S.SELECTED, S.CONSENT_PENDING, S.PLANNING, S.ACTIVE, S.MONITORING, S.ACTIVE]
    path += [S.CLOSED, S.REOPENED, S.ACTIVE]
    assert [h.to_state for h in history] == path
    assert [h.from_state for h in history] == [None, *path[:-1]]
    assert history[7].reason == "목표 달성, 사후관리 월 1회"

    changes = audit_events(db, AuditAction.STATE_CHANGE)
    assert [(e.detail["from"], e.detail["to"]) for e in changes] == [
        (a.value, b.value) for a, b in pairwise(path)
    ]
    assert {(e.student_id, e.entity_id, e.detail["case"]) for e in changes} == {
        (student.id, case.id, case.code)
    }
    # The reason (possibly sensitive) stays with the case, not in the long-kept audit log.
    assert all("reason" not in e.detail for e in changes)
    assert verify_chain(db) == []


def test_case_codes_are_numbered_per_year(
    db: Session, coordinator: Actor, make_case: Callable[..., SupportCase]
) -> None:
    first, second = make_case(), make_case()
    year = LAST_WEEK.year
    assert (first.code, second.code) == (f"{year}-001", f"{year}-002")
    assert make_case(opened_on=LAST_WEEK.replace(year=year - 1, day=1)).code == f"{year - 1}-001"


def test_second_request_joins_the_open_case(
    db: Session, coordinator: Actor, make_case: Callable[..., SupportCase]
) -> None:
    case = make_case()
    care = db.scalars(select(NeedDomain).where(NeedDomain.code == "care_safety_health")).one()
    request = file_request(db, coordinator, student_id=case.student_id, requester_kind=RequesterKind.STUDENT,
                           description="급식 외 끼니 거름", domain_ids=[care.id])  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        open_case(db, coordinator, request.id)
    assert refused.value.text() == (
        f"This student already has an open case ({case.code}); add the request to it instead."
    )
    attach_request(db, coordinator, request.id, case.id)
    db.expire_all()
    assert request.case_id == case.id and request.status is RequestStatus.ACCEPTED
    assert "care_safety_health" in {d.code for d in case.domains}
    assert db.scalars(select(SupportCase)).all() == [case]


def test_a_student_with_a_closed_case_gets_a_new_one(
    db: Session, coordinator: Actor, make_case: Callable[..., SupportCase]
) -> None:
    old = make_case()
    transition(db, coordinator, old, S.NOT_SELECTED, reason="기준 미해당")
    new = make_case(old.student)
    assert new.id != old.id and new.state is S.UNDER_REVIEW


def test_requests_are_validated_and_filed_by_permitted_staff(
    db: Session,
    coordinator: Actor,
    make_student: Callable[..., Student],
    make_staff: Callable[..., StaffAccount],
) -> None:
    student = make_student()
    homeroom = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=3, homeroom_class=2))
    request = file_request(db, homeroom, student_id=student.id, requester_kind=RequesterKind.STAFF, domain_ids=a_need_domain(db),
                           description="잦은 지각과 무기력")  # fmt: skip
    db.expire_all()
    stored = db.get(SupportRequest, request.id)
    assert stored is not None
    assert (stored.requester_staff_id, stored.filed_by_id, stored.received_on, stored.status) == (
        homeroom.staff_id,
        homeroom.staff_id,
        TODAY,
        RequestStatus.NEW,
    )
    created = audit_events(db, AuditAction.CREATE)[-1]
    assert (created.entity_type, created.student_id, created.actor_id) == (
        "support_request",
        student.id,
        homeroom.staff_id,
    )
    # The description may hold sensitive details; the audit event does not copy it.
    assert "잦은" not in str(created.detail)

    with pytest.raises(ValidationError) as refused:
        file_request(
            db,
            coordinator,
            student_id=student.id,
            requester_kind=RequesterKind.STAFF,
            domain_ids=a_need_domain(db),
            description=" ",
        )
    assert refused.value.text() == "Describe what the student needs."
    # A request needs a need domain: a case without one would be missing from the domain counts.
    with pytest.raises(ValidationError) as no_domain:
        file_request(db, coordinator, student_id=student.id, requester_kind=RequesterKind.STAFF,
                     description="x")  # fmt: skip
    assert no_domain.value.text() == "Tick at least one need domain."
    with pytest.raises(ValidationError):
        file_request(db, coordinator, student_id=student.id, requester_kind=RequesterKind.STAFF,
                     description="x", domain_ids=[9999])  # fmt: skip
    assert len(db.scalars(select(SupportRequest)).all()) == 1
    # Anyone with an account may file a request, the principal and a homeroom teacher included.
    for role in (Role.PRINCIPAL, Role.HOMEROOM):
        staff = (
            make_staff(role, homeroom_grade=3, homeroom_class=2)
            if role is Role.HOMEROOM
            else make_staff(role)
        )
        file_request(db, Actor.of(staff), student_id=student.id, requester_kind=RequesterKind.STAFF, domain_ids=a_need_domain(db),
                     description="x")  # fmt: skip
    assert len(db.scalars(select(SupportRequest)).all()) == 3
    # A homeroom teacher files only for students they may see: another class's is "not found".
    other_class = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=6, homeroom_class=4))
    with pytest.raises(NotFound):
        file_request(db, other_class, student_id=student.id, requester_kind=RequesterKind.STAFF, domain_ids=a_need_domain(db),
                     description="x")  # fmt: skip
    assert len(db.scalars(select(SupportRequest)).all()) == 3
