"""Support plans: versions, drafts, submission, principal approval, review tasks, and the path
from consents to active support."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    CaseState,
    ConsentParty,
    NeedDomain,
    Organisation,
    OrganisationKind,
    PlanAction,
    PlanGoal,
    PlanStatus,
    Role,
    StaffAccount,
    SupportCase,
    SupportPlan,
    Task,
    TaskKind,
    TaskStatus,
)
from desktop.services import plans
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.case_workflow import transition
from desktop.services.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from desktop.services.plans import ActionInput, GoalInput
from tests.unit.services.db_checks import TODAY, audit_events, force_state


@pytest.fixture
def principal(make_staff: Callable[..., StaffAccount]) -> Actor:
    return Actor.of(make_staff(Role.PRINCIPAL, "principal"))


@pytest.fixture
def domains(db: Session) -> list[NeedDomain]:
    return list(db.scalars(select(NeedDomain).order_by(NeedDomain.sort_order)))


@pytest.fixture
def organisation(db: Session) -> Organisation:
    org = Organisation(name="드림스타트", kind=OrganisationKind.DREAM_START)
    db.add(org)
    db.commit()
    return org


@pytest.fixture
def planning_case(db: Session, coordinator: Actor, make_case: Callable[..., SupportCase]) -> SupportCase:
    case = make_case(manager_id=coordinator.staff_id)
    force_state(db, case, CaseState.PLANNING)
    return case


def fill(
    db: Session,
    actor: Actor,
    plan: SupportPlan,
    domains: list[NeedDomain],
    *,
    org: Organisation | None = None,
    interval: int = 30,
    period: tuple[date | None, date | None] = (None, None),
) -> SupportPlan:
    """Save a draft with two goals and an internal and (optionally) an external action."""
    assert actor.staff_id is not None
    actions = [
        ActionInput(
            description="방과후 기초학력 지도",
            goal_index=0,
            provider_staff_id=actor.staff_id,
            person_in_charge_id=actor.staff_id,
            start_on=TODAY,
            end_on=TODAY + timedelta(days=90),
            frequency="주 2회 40분",
        )
    ]
    if org is not None:
        actions.append(
            ActionInput(description="드림스타트 연계", goal_index=1, provider_organisation_id=org.id)
        )
    return plans.save_draft(
        db,
        actor,
        plan.id,
        current_state="읽기 유창성 낮음, 결석 잦음",
        strengths="미술에 관심이 많음",
        monitoring_schedule="월 1회 점검",
        review_interval_days=interval,
        period_start=period[0],
        period_end=period[1],
        goals=[
            GoalInput(domains[0].id, "2학기 말까지 읽기 유창성 향상", "기초학력 진단 재검사"),
            GoalInput(domains[1].id, "정서 안정", "담임 관찰"),
        ],
        actions=actions,
    )


def count(db: Session, model: type) -> int:
    return db.scalar(select(func.count()).select_from(model)) or 0


def test_first_version_is_an_empty_draft_and_audited(
    db: Session, coordinator: Actor, planning_case: SupportCase
) -> None:
    plan = plans.new_version(db, coordinator, planning_case.id)
    assert (plan.version, plan.status, plan.author_id) == (1, PlanStatus.DRAFT, coordinator.staff_id)
    event = audit_events(db, AuditAction.CREATE)[-1]
    assert (event.entity_type, event.entity_id, event.detail["version"]) == ("support_plan", plan.id, 1)
    rows = plans.plan_versions(db, coordinator, planning_case.id)
    assert [(r.version, r.status) for r in rows] == [(1, PlanStatus.DRAFT)]


def test_save_draft_replaces_goals_and_actions(
    db: Session,
    coordinator: Actor,
    planning_case: SupportCase,
    domains: list[NeedDomain],
    organisation: Organisation,
) -> None:
    plan = plans.new_version(db, coordinator, planning_case.id)
    fill(db, coordinator, plan, domains, org=organisation)
    fill(db, coordinator, plan, domains)  # a second save replaces, not appends
    detail = plans.plan_detail(db, coordinator, plan.id)
    assert [g.goal for g in detail.goals] == ["2학기 말까지 읽기 유창성 향상", "정서 안정"]
    assert [a.description for a in detail.actions] == ["방과후 기초학력 지도"]
    assert detail.actions[0].goal_index == 0 and detail.actions[0].provider_staff_name == "김담당"
    assert detail.strengths == "미술에 관심이 많음" and detail.review_interval_days == 30
    assert count(db, PlanGoal) == 2 and count(db, PlanAction) == 1
    event = audit_events(db, AuditAction.UPDATE)[-1]
    assert event.entity_type == "support_plan"
    assert "미술" not in str(event.detail) and "읽기" not in str(event.detail)


def test_external_action_shows_the_organisation(
    db: Session,
    coordinator: Actor,
    planning_case: SupportCase,
    domains: list[NeedDomain],
    organisation: Organisation,
) -> None:
    plan = plans.new_version(db, coordinator, planning_case.id)
    fill(db, coordinator, plan, domains, org=organisation)
    external = plans.plan_detail(db, coordinator, plan.id).actions[1]
    assert (external.provider_organisation_name, external.provider_staff_id, external.goal_index) == (
        "드림스타트",
        None,
        1,
    )


@pytest.mark.parametrize(
    ("goals", "actions"),
    [
        ([GoalInput(0, "")], []),  # empty goal text
        ([GoalInput(-5, "목표")], []),  # unknown domain
        ([GoalInput(0, "목표")], [ActionInput("상담")]),  # no provider
        ([GoalInput(0, "목표")], [ActionInput("상담", goal_index=3, provider_staff_id=0)]),  # bad goal
        ([GoalInput(0, "목표")], [ActionInput("", provider_staff_id=0)]),  # no description
    ],
)
def test_invalid_drafts_are_refused_and_nothing_changes(
    db: Session,
    coordinator: Actor,
    planning_case: SupportCase,
    domains: list[NeedDomain],
    goals: list[GoalInput],
    actions: list[ActionInput],
) -> None:
    assert coordinator.staff_id is not None
    plan = plans.new_version(db, coordinator, planning_case.id)
    fill(db, coordinator, plan, domains)
    # Placeholders: 0 stands for the first domain / the coordinator.
    goals = [GoalInput(domains[0].id if g.domain_id == 0 else g.domain_id, g.goal) for g in goals]
    actions = [
        ActionInput(
            a.description,
            goal_index=a.goal_index,
            provider_staff_id=coordinator.staff_id if a.provider_staff_id == 0 else a.provider_staff_id,
        )
        for a in actions
    ]
    events = len(audit_events(db))
    with pytest.raises(ValidationError):
        plans.save_draft(
            db,
            coordinator,
            plan.id,
            current_state="",
            strengths="",
            monitoring_schedule="",
            review_interval_days=30,
            period_start=None,
            period_end=None,
            goals=goals,
            actions=actions,
        )
    db.rollback()
    assert len(plans.plan_detail(db, coordinator, plan.id).goals) == 2
    assert len(audit_events(db)) == events


def test_period_must_be_whole_and_in_order(
    db: Session, coordinator: Actor, planning_case: SupportCase, domains: list[NeedDomain]
) -> None:
    plan = plans.new_version(db, coordinator, planning_case.id)
    with pytest.raises(ValidationError, match="both the start and the end"):
        fill(db, coordinator, plan, domains, period=(TODAY, None))
    with pytest.raises(ValidationError, match="cannot end before"):
        fill(db, coordinator, plan, domains, period=(TODAY, TODAY - timedelta(days=1)))
    with pytest.raises(ValidationError, match="review interval"):
        fill(db, coordinator, plan, domains, interval=0)


def test_submit_needs_a_goal_and_freezes_the_draft(
    db: Session, coordinator: Actor, planning_case: SupportCase, domains: list[NeedDomain]
) -> None:
    plan = plans.new_version(db, coordinator, planning_case.id)
    with pytest.raises(ValidationError, match="at least one goal"):
        plans.submit(db, coordinator, plan.id)
    fill(db, coordinator, plan, domains)
    plans.submit(db, coordinator, plan.id)
    assert plan.status is PlanStatus.SUBMITTED
    assert audit_events(db, AuditAction.UPDATE)[-1].detail["changes"]["status"] == {
        "before": "draft",
        "after": "submitted",
    }
    with pytest.raises(TransitionRefused):
        fill(db, coordinator, plan, domains)
    with pytest.raises(TransitionRefused):
        plans.submit(db, coordinator, plan.id)


def test_only_the_principal_approves_and_the_coordinator_cannot(
    db: Session,
    coordinator: Actor,
    principal: Actor,
    planning_case: SupportCase,
    domains: list[NeedDomain],
) -> None:
    plan = plans.new_version(db, coordinator, planning_case.id)
    fill(db, coordinator, plan, domains)
    with pytest.raises(TransitionRefused):  # a draft cannot be approved
        plans.approve(db, principal, plan.id)
    plans.submit(db, coordinator, plan.id)
    with pytest.raises(PermissionDenied):
        plans.approve(db, coordinator, plan.id)
    with pytest.raises(PermissionDenied):
        plans.new_version(db, principal, planning_case.id)
    with pytest.raises(PermissionDenied):
        plans.return_for_revision(db, coordinator, plan.id, "목표 구체화")
    assert db.get(SupportPlan, plan.id).status is PlanStatus.SUBMITTED  # type: ignore[union-attr]


def test_approval_creates_review_tasks_within_the_period(
    db: Session,
    coordinator: Actor,
    principal: Actor,
    planning_case: SupportCase,
    domains: list[NeedDomain],
) -> None:
    start = TODAY
    plan = plans.new_version(db, coordinator, planning_case.id)
    fill(db, coordinator, plan, domains, interval=30, period=(start, start + timedelta(days=100)))
    plans.submit(db, coordinator, plan.id)
    plans.approve(db, principal, plan.id)
    db.expire_all()
    stored = db.get(SupportPlan, plan.id)
    assert stored is not None and stored.status is PlanStatus.APPROVED
    assert stored.approved_by_id == principal.staff_id and stored.approved_at is not None
    tasks = list(db.scalars(select(Task).order_by(Task.due_on)))
    expected = [start + timedelta(days=30 * k) for k in (1, 2, 3)]
    assert [t.due_on for t in tasks] == expected
    assert {(t.kind, t.assignee_id, t.case_id, t.status) for t in tasks} == {
        (TaskKind.REVIEW, coordinator.staff_id, planning_case.id, TaskStatus.OPEN)
    }
    assert tasks[0].title == f"{planning_case.code} 지원계획 v1 점검"
    assert db.get(SupportCase, planning_case.id).next_review_on == expected[0]  # type: ignore[union-attr]
    detail = audit_events(db, AuditAction.UPDATE)[-1].detail
    assert detail["review_tasks"] == [t.id for t in tasks]
    assert detail["changes"]["status"]["after"] == "approved"


def test_without_a_period_the_next_three_reviews_are_planned() -> None:
    day = date(2026, 4, 3)
    assert plans.review_dates(14, None, None, day) == [date(2026, 4, 17), date(2026, 5, 1), date(2026, 5, 15)]
    # Review dates already past on the approval day are not turned into tasks.
    assert plans.review_dates(30, date(2026, 3, 1), date(2026, 6, 30), day) == [
        date(2026, 4, 30),
        date(2026, 5, 30),
        date(2026, 6, 29),
    ]


def test_new_version_copies_and_approval_supersedes_the_old_one(
    db: Session,
    coordinator: Actor,
    principal: Actor,
    planning_case: SupportCase,
    domains: list[NeedDomain],
    organisation: Organisation,
) -> None:
    v1 = plans.new_version(db, coordinator, planning_case.id)
    fill(db, coordinator, v1, domains, org=organisation, interval=10)
    with pytest.raises(TransitionRefused, match="still a draft"):
        plans.new_version(db, coordinator, planning_case.id)
    plans.submit(db, coordinator, v1.id)
    with pytest.raises(TransitionRefused):
        plans.new_version(db, coordinator, planning_case.id)
    plans.approve(db, principal, v1.id)
    v1_tasks = list(db.scalars(select(Task).where(Task.title.endswith("v1 점검"))))
    assert len(v1_tasks) == 3

    v2 = plans.new_version(db, coordinator, planning_case.id)
    copy = plans.plan_detail(db, coordinator, v2.id)
    original = plans.plan_detail(db, coordinator, v1.id)
    assert (copy.version, copy.status) == (2, PlanStatus.DRAFT)
    assert [g.goal for g in copy.goals] == [g.goal for g in original.goals]
    assert [(a.description, a.goal_index, a.provider_organisation_id) for a in copy.actions] == [
        (a.description, a.goal_index, a.provider_organisation_id) for a in original.actions
    ]
    assert {g.id for g in copy.goals}.isdisjoint({g.id for g in original.goals})

    fill(db, coordinator, v2, domains, interval=20)
    plans.submit(db, coordinator, v2.id)
    plans.approve(db, principal, v2.id)
    db.expire_all()
    assert db.get(SupportPlan, v1.id).status is PlanStatus.SUPERSEDED  # type: ignore[union-attr]
    assert db.get(SupportPlan, v2.id).status is PlanStatus.APPROVED  # type: ignore[union-attr]
    assert {t.status for t in db.scalars(select(Task).where(Task.title.endswith("v1 점검")))} == {
        TaskStatus.CANCELLED
    }
    v2_tasks = list(db.scalars(select(Task).where(Task.title.endswith("v2 점검")).order_by(Task.due_on)))
    assert [t.due_on for t in v2_tasks] == [TODAY + timedelta(days=20 * k) for k in (1, 2, 3)]
    assert db.get(SupportCase, planning_case.id).next_review_on == TODAY + timedelta(days=20)  # type: ignore[union-attr]
    # The superseded version is kept and read-only.
    with pytest.raises(TransitionRefused):
        fill(db, coordinator, v1, domains)
    rows = plans.plan_versions(db, coordinator, planning_case.id)
    assert [(r.version, r.status, r.approved_by_name) for r in rows] == [
        (2, PlanStatus.APPROVED, "principal"),
        (1, PlanStatus.SUPERSEDED, "principal"),
    ]


def test_return_for_revision_needs_a_reason_and_reaches_the_manager(
    db: Session,
    coordinator: Actor,
    principal: Actor,
    planning_case: SupportCase,
    domains: list[NeedDomain],
) -> None:
    plan = plans.new_version(db, coordinator, planning_case.id)
    fill(db, coordinator, plan, domains)
    plans.submit(db, coordinator, plan.id)
    with pytest.raises(ValidationError):
        plans.return_for_revision(db, principal, plan.id, "  ")
    plans.return_for_revision(db, principal, plan.id, "측정 방법을 구체적으로")
    db.expire_all()
    assert db.get(SupportPlan, plan.id).status is PlanStatus.DRAFT  # type: ignore[union-attr]
    task = db.scalars(select(Task)).one()
    assert (task.assignee_id, task.notes, task.kind) == (
        coordinator.staff_id,
        "측정 방법을 구체적으로",
        TaskKind.OTHER,
    )
    assert "구체" not in str(audit_events(db, AuditAction.UPDATE)[-1].detail)
    fill(db, coordinator, plan, domains)  # editable again


def test_homeroom_teacher_of_the_class_does_not_see_the_plan(
    db: Session,
    coordinator: Actor,
    make_staff: Callable[..., StaffAccount],
    planning_case: SupportCase,
) -> None:
    student = planning_case.student
    homeroom = Actor.of(
        make_staff(Role.HOMEROOM, homeroom_grade=student.grade, homeroom_class=student.class_no)
    )
    plan = plans.new_version(db, coordinator, planning_case.id)
    with pytest.raises(NotFound):
        plans.plan_versions(db, homeroom, planning_case.id)
    with pytest.raises(NotFound):
        plans.plan_detail(db, homeroom, plan.id)
    with pytest.raises(PermissionDenied):
        plans.submit(db, homeroom, plan.id)


def test_no_plan_for_a_closed_case(db: Session, coordinator: Actor, planning_case: SupportCase) -> None:
    force_state(db, planning_case, CaseState.CLOSED)
    with pytest.raises(TransitionRefused, match="open case"):
        plans.new_version(db, coordinator, planning_case.id)
    assert count(db, SupportPlan) == 0


def test_consents_plan_approval_then_active_support(
    db: Session,
    coordinator: Actor,
    principal: Actor,
    make_case: Callable[..., SupportCase],
    give_consents: Callable[..., None],
    domains: list[NeedDomain],
) -> None:
    case = make_case(manager_id=coordinator.staff_id)
    transition(db, coordinator, case, CaseState.SELECTED)
    transition(db, coordinator, case, CaseState.CONSENT_PENDING)
    give_consents(case, ConsentParty.STUDENT, ConsentParty.GUARDIAN)
    transition(db, coordinator, case, CaseState.PLANNING)
    plan = plans.new_version(db, coordinator, case.id)
    fill(db, coordinator, plan, domains, interval=14)
    plans.submit(db, coordinator, plan.id)
    with pytest.raises(TransitionRefused, match="approved support plan"):
        transition(db, coordinator, case, CaseState.ACTIVE)
    plans.approve(db, principal, plan.id)
    transition(db, coordinator, case, CaseState.ACTIVE)
    db.expire_all()
    stored = db.get(SupportCase, case.id)
    assert stored is not None and stored.state is CaseState.ACTIVE
    assert stored.next_review_on == TODAY + timedelta(days=14)
