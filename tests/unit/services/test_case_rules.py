"""What may be done on a case in each state (case_workflow.check_action), emergency support, where
the case stands in the procedure, and editing its summary and need domains."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Attendance,
    CaseState,
    ConsentParty,
    InterventionStatus,
    NeedDomain,
    PlanStatus,
    Role,
    StaffAccount,
    SupportCase,
    SupportPlan,
)
from desktop.services import cases, interventions, plans
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.case_workflow import (
    CaseAction,
    Stage,
    action_refusals,
    next_step,
    procedure,
    transition,
)
from desktop.services.errors import PermissionDenied, TransitionRefused, ValidationError
from tests.unit.services.db_checks import TODAY, audit_events, force_state

S = CaseState
A = CaseAction
ORDER = (
    A.ASSIGN_INTERVENTION,
    A.START_INTERVENTION,
    A.LOG_SESSION,
    A.SEND_REFERRAL,
    A.APPROVE_PLAN,
    A.START_EMERGENCY,
)

# Per state, for a case without an approved plan and without emergency support: "+" allowed,
# "-" refused, in the order assign, start, log a session, send a referral, approve a plan, start
# emergency support.
RULES = {
    S.REQUESTED: "-----+",
    S.UNDER_REVIEW: "-----+",
    S.ON_HOLD: "-----+",
    S.NOT_SELECTED: "------",
    S.REFERRED_OUT: "---+--",
    S.SELECTED: "+----+",
    S.CONSENT_PENDING: "+----+",
    S.PLANNING: "+--+++",
    S.REOPENED: "+----+",
    S.ACTIVE: "+++++-",
    S.MONITORING: "+++++-",
    S.CLOSED: "------",
}


def allowed(db: Session, case: SupportCase) -> str:
    refusals = action_refusals(db, case)
    return "".join("+" if refusals[a] is None else "-" for a in ORDER)


def test_every_state_allows_exactly_its_actions(db: Session, make_case: Callable[..., SupportCase]) -> None:
    assert set(RULES) == set(CaseState)
    case = make_case()
    for state, expected in RULES.items():
        force_state(db, case, state)
        assert allowed(db, case) == expected, state


def test_an_approved_plan_lets_support_start_while_planning(
    db: Session, make_case: Callable[..., SupportCase], add_plan: Callable[..., SupportPlan]
) -> None:
    case = make_case()
    add_plan(case)
    for state in (S.PLANNING, S.REOPENED):
        force_state(db, case, state)
        assert allowed(db, case)[:3] == "+++", state
    force_state(db, case, S.CONSENT_PENDING)
    assert allowed(db, case)[:3] == "+--"


def test_services_refuse_what_the_rule_refuses(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    give_consents: Callable[..., None],
    make_staff: Callable[..., StaffAccount],
) -> None:
    case = make_case()  # under review, both consents given: still not selected, no plan
    give_consents(case, ConsentParty.STUDENT, ConsentParty.GUARDIAN)
    with pytest.raises(TransitionRefused, match="selected for support"):
        interventions.assign_intervention(
            db,
            coordinator,
            case.id,
            title="상담",
            support_type_id=None,
            provider_staff_id=coordinator.staff_id,
            planned_hours=1,
            weekly_hours=1,
        )
    force_state(db, case, S.CONSENT_PENDING)
    made = interventions.assign_intervention(
        db,
        coordinator,
        case.id,
        title="상담",
        support_type_id=None,
        provider_staff_id=coordinator.staff_id,
        planned_hours=1,
        weekly_hours=1,
    )
    with pytest.raises(TransitionRefused, match="plan is approved"):
        interventions.set_intervention_status(db, coordinator, made.id, InterventionStatus.ACTIVE)
    plan = SupportPlan(case_id=case.id, version=1, status=PlanStatus.SUBMITTED, review_interval_days=30)
    db.add(plan)
    db.commit()
    principal = Actor.of(make_staff(Role.PRINCIPAL))
    with pytest.raises(TransitionRefused, match="in planning"):
        plans.approve(db, principal, plan.id)
    db.expire_all()
    assert db.get(SupportPlan, plan.id).status is PlanStatus.SUBMITTED  # type: ignore[union-attr]


def test_emergency_support_opens_the_way_with_an_audited_reason(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    make_staff: Callable[..., StaffAccount],
) -> None:
    case = make_case()  # under review, no consents at all
    homeroom = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=3, homeroom_class=2))
    with pytest.raises(PermissionDenied):
        cases.start_emergency_support(db, homeroom, case.id, reason="결식")
    with pytest.raises(ValidationError, match="needs a reason"):
        cases.start_emergency_support(db, coordinator, case.id, reason="  ")
    reason = "보호자 연락 두절, 3일째 결식"
    cases.start_emergency_support(db, coordinator, case.id, reason=reason)
    db.expire_all()
    assert (case.emergency_since, case.emergency_reason) == (TODAY, reason)
    event = audit_events(db, AuditAction.STATE_CHANGE)[-1]
    assert event.detail == {
        "case": case.code,
        "emergency_support": True,
        "state": "under_review",
        "on": TODAY.isoformat(),
    }
    assert reason not in str(event.detail)
    assert allowed(db, case) == "++++--"
    with pytest.raises(TransitionRefused, match="already been started"):
        cases.start_emergency_support(db, coordinator, case.id, reason=reason)

    # Support starts before selection, consents and the plan; sessions are logged.
    made = interventions.assign_intervention(
        db,
        coordinator,
        case.id,
        title="긴급 급식 지원",
        support_type_id=None,
        provider_staff_id=coordinator.staff_id,
        planned_hours=2,
        weekly_hours=1,
    )
    interventions.set_intervention_status(db, coordinator, made.id, InterventionStatus.ACTIVE, on=TODAY)
    interventions.log_session(
        db, coordinator, made.id, held_on=TODAY, duration_minutes=30, attendance=Attendance.ATTENDED
    )
    assert procedure(db, case).emergency_since == TODAY

    # Closing and reopening puts the case back on the usual road.
    transition(db, coordinator, case, S.CLOSED, reason="지원청 이관")
    transition(db, coordinator, case, S.REOPENED)
    assert case.emergency_since is None and case.emergency_reason == ""
    assert allowed(db, case)[:3] == "+--"


def test_next_step_says_what_it_still_needs(
    db: Session,
    make_case: Callable[..., SupportCase],
    give_consents: Callable[..., None],
    add_plan: Callable[..., SupportPlan],
) -> None:
    case = make_case()
    step = next_step(db, case)
    assert (step.to_state, step.refusal) == (S.SELECTED, None)
    force_state(db, case, S.CONSENT_PENDING)
    give_consents(case, ConsentParty.STUDENT)
    step = next_step(db, case)
    assert step.to_state is S.PLANNING and step.refusal is not None
    assert (step.student_consent_missing, step.guardian_consent_missing) == (False, True)
    give_consents(case, ConsentParty.GUARDIAN)
    force_state(db, case, S.PLANNING)
    step = next_step(db, case)
    assert (step.to_state, step.plan_missing, step.plan_status) == (S.ACTIVE, True, None)
    plan = add_plan(case, PlanStatus.SUBMITTED)
    assert next_step(db, case).plan_status is PlanStatus.SUBMITTED
    plan.status = PlanStatus.APPROVED
    db.commit()
    step = next_step(db, case)
    assert (step.refusal, step.plan_missing) == (None, False)
    proc = procedure(db, case)
    assert (proc.stage, proc.side_road) == (Stage.PLAN, False)
    assert S.CLOSED in {s for s, _ in proc.other_moves} and S.ACTIVE not in {s for s, _ in proc.other_moves}
    force_state(db, case, S.ON_HOLD)
    proc = procedure(db, case)
    assert (proc.stage, proc.side_road, proc.next_step.to_state) == (Stage.SELECTION, True, S.UNDER_REVIEW)
    force_state(db, case, S.CLOSED)
    assert next_step(db, case).to_state is None


def test_summary_and_domains_are_edited_and_audited_without_the_text(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    make_staff: Callable[..., StaffAccount],
) -> None:
    manager = make_staff(Role.SPECIALIST)
    case = make_case(manager_id=manager.id)
    codes = [d.code for d in db.scalars(select(NeedDomain).order_by(NeedDomain.sort_order))]
    before = sorted(d.code for d in case.domains)
    summary = "아버지의 폭언으로 등교 거부, 정서 위기"
    cases.update_about(db, Actor.of(manager), case.id, summary=summary, domain_codes=[codes[1], codes[2]])
    db.expire_all()
    assert case.summary == summary and sorted(d.code for d in case.domains) == sorted([codes[1], codes[2]])
    event = audit_events(db, AuditAction.UPDATE)[-1]
    assert event.detail["changes"] == {
        "domains": {"before": before, "after": sorted([codes[1], codes[2]])},
        "summary": {"before": {"chars": 0}, "after": {"chars": len(summary)}},
    }
    assert summary not in str(event.detail)

    count = len(audit_events(db))
    cases.update_about(db, coordinator, case.id, summary=summary, domain_codes=[codes[2], codes[1]])
    assert len(audit_events(db)) == count  # nothing changed, nothing written
    with pytest.raises(ValidationError, match="at least one need domain"):
        cases.update_about(db, coordinator, case.id, summary="", domain_codes=[])
    with pytest.raises(ValidationError, match="does not exist"):
        cases.update_about(db, coordinator, case.id, summary="", domain_codes=["no_such_domain"])
    principal = Actor.of(make_staff(Role.PRINCIPAL))  # sees every case, manages none
    with pytest.raises(PermissionDenied, match="coordinator or the case manager"):
        cases.update_about(db, principal, case.id, summary="", domain_codes=[codes[0]])
    db.expire_all()
    assert case.summary == summary and len(case.domains) == 2
