"""Interventions and their sessions: assigning, status changes, logging, hours, who sees what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Attendance,
    CaseState,
    ConsentParty,
    Intervention,
    InterventionStatus,
    Organisation,
    OrganisationKind,
    PlanAction,
    Role,
    StaffAccount,
    SupportCase,
    SupportPlan,
    SupportSession,
    SupportType,
)
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from desktop.services.interventions import (
    ProviderKind,
    assign_intervention,
    assignment_choices,
    case_interventions,
    intervention_sessions,
    log_session,
    set_intervention_status,
)
from tests.unit.services.db_checks import LAST_WEEK, TODAY, audit_events, force_state

IS = InterventionStatus


@pytest.fixture
def support_type(db: Session) -> SupportType:
    return db.scalars(select(SupportType).order_by(SupportType.sort_order)).first()  # type: ignore[return-value]


@pytest.fixture
def make_org(db: Session) -> Callable[..., Organisation]:
    def make(name: str = "행복청소년상담센터", **fields: Any) -> Organisation:
        fields.setdefault("kind", OrganisationKind.YOUTH_COUNSELLING)
        org = Organisation(name=name, **fields)
        db.add(org)
        db.commit()
        return org

    return make


@pytest.fixture
def in_support(db: Session, add_plan: Callable[..., SupportPlan]) -> Callable[[SupportCase], SupportCase]:
    """Put a case where interventions may start: an approved plan, support under way."""

    def put(case: SupportCase) -> SupportCase:
        add_plan(case)
        force_state(db, case, CaseState.ACTIVE)
        return case

    return put


@pytest.fixture
def consented_case(
    make_case: Callable[..., SupportCase],
    give_consents: Callable[..., None],
    in_support: Callable[[SupportCase], SupportCase],
) -> SupportCase:
    case = make_case()
    give_consents(case, ConsentParty.STUDENT, ConsentParty.GUARDIAN)
    return in_support(case)


def assign(
    db: Session, actor: Actor, case: SupportCase, support_type: SupportType, **kw: Any
) -> Intervention:
    kw.setdefault("title", "주 1회 개인상담")
    kw.setdefault("planned_hours", 12)
    kw.setdefault("weekly_hours", 1)
    return assign_intervention(db, actor, case.id, support_type_id=support_type.id, **kw)


def intervention_count(db: Session) -> int:
    return db.scalar(select(func.count()).select_from(Intervention)) or 0


def session_count(db: Session) -> int:
    return db.scalar(select(func.count()).select_from(SupportSession)) or 0


# --- assigning ------------------------------------------------------------------------------


def test_assign_staff_stores_planned_intervention_and_audits_ids_only(
    db: Session,
    coordinator: Actor,
    consented_case: SupportCase,
    support_type: SupportType,
    make_staff: Callable[..., StaffAccount],
) -> None:
    counselor = make_staff(Role.SPECIALIST)
    made = assign(db, coordinator, consented_case, support_type, provider_staff_id=counselor.id)
    db.expire_all()
    stored = db.get(Intervention, made.id)
    assert stored is not None
    assert (stored.status, stored.provider_staff_id, stored.provider_organisation_id) == (
        IS.PLANNED,
        counselor.id,
        None,
    )
    assert (stored.planned_hours, stored.weekly_hours, stored.recognised_as_class_hours) == (12, 1, False)
    event = audit_events(db, AuditAction.CREATE)[-1]
    assert (event.entity_type, event.entity_id) == ("intervention", made.id)
    assert event.detail["provider_staff_id"] == counselor.id
    assert "개인상담" not in str(event.detail)


def test_class_hours_default_from_organisation_and_can_be_overridden(
    db: Session,
    coordinator: Actor,
    consented_case: SupportCase,
    support_type: SupportType,
    make_org: Callable[..., Organisation],
) -> None:
    shared = make_org("공유학교 코딩반", kind=OrganisationKind.SHARED_SCHOOL, recognised_as_class_hours=True)
    plain = make_org()
    a = assign(db, coordinator, consented_case, support_type, provider_organisation_id=shared.id)
    b = assign(db, coordinator, consented_case, support_type, provider_organisation_id=plain.id)
    c = assign(
        db,
        coordinator,
        consented_case,
        support_type,
        provider_organisation_id=shared.id,
        recognised_as_class_hours=False,
    )
    assert (a.recognised_as_class_hours, b.recognised_as_class_hours, c.recognised_as_class_hours) == (
        True,
        False,
        False,
    )


@pytest.mark.parametrize("providers", ["none", "both"])
def test_assign_needs_exactly_one_provider(
    db: Session,
    coordinator: Actor,
    consented_case: SupportCase,
    support_type: SupportType,
    make_org: Callable[..., Organisation],
    providers: str,
) -> None:
    kw: dict[str, Any] = {}
    if providers == "both":
        kw = {"provider_staff_id": coordinator.staff_id, "provider_organisation_id": make_org().id}
    with pytest.raises(ValidationError, match="exactly one provider"):
        assign(db, coordinator, consented_case, support_type, **kw)
    assert intervention_count(db) == 0


def test_assign_refuses_inactive_provider_bad_hours_and_empty_title(
    db: Session,
    coordinator: Actor,
    consented_case: SupportCase,
    support_type: SupportType,
    make_staff: Callable[..., StaffAccount],
    make_org: Callable[..., Organisation],
) -> None:
    gone = make_staff(Role.SPECIALIST, active=False)
    closed_org = make_org(active=False)
    with pytest.raises(ValidationError, match="inactive"):
        assign(db, coordinator, consented_case, support_type, provider_staff_id=gone.id)
    with pytest.raises(ValidationError, match="no longer in the directory"):
        assign(db, coordinator, consented_case, support_type, provider_organisation_id=closed_org.id)
    with pytest.raises(ValidationError, match="Weekly hours"):
        assign(
            db,
            coordinator,
            consented_case,
            support_type,
            provider_staff_id=coordinator.staff_id,
            weekly_hours=-1,
        )
    with pytest.raises(ValidationError, match="Planned hours"):
        assign(
            db,
            coordinator,
            consented_case,
            support_type,
            provider_staff_id=coordinator.staff_id,
            planned_hours=5000,
        )
    with pytest.raises(ValidationError, match="needs a title"):
        assign(
            db, coordinator, consented_case, support_type, provider_staff_id=coordinator.staff_id, title="  "
        )
    assert intervention_count(db) == 0


def test_assign_refused_for_closed_case_and_foreign_plan_action(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    in_support: Callable[[SupportCase], SupportCase],
    support_type: SupportType,
) -> None:
    case, other = in_support(make_case()), in_support(make_case())
    plan = SupportPlan(case_id=other.id, version=2)
    db.add(plan)
    db.flush()
    action = PlanAction(plan_id=plan.id, description="기초학력 보충")
    db.add(action)
    db.commit()
    with pytest.raises(ValidationError, match="plan action"):
        assign(
            db,
            coordinator,
            case,
            support_type,
            provider_staff_id=coordinator.staff_id,
            plan_action_id=action.id,
        )
    ok = assign(
        db, coordinator, other, support_type, provider_staff_id=coordinator.staff_id, plan_action_id=action.id
    )
    assert ok.plan_action_id == action.id
    force_state(db, case, case.state.CLOSED)
    with pytest.raises(TransitionRefused, match="no longer open"):
        assign(db, coordinator, case, support_type, provider_staff_id=coordinator.staff_id)


@pytest.mark.parametrize("role", [Role.PRINCIPAL, Role.HEAD_TEACHER, Role.SPECIALIST, Role.HOMEROOM])
def test_only_the_coordinator_assigns(
    db: Session,
    consented_case: SupportCase,
    support_type: SupportType,
    make_staff: Callable[..., StaffAccount],
    role: Role,
) -> None:
    actor = Actor.of(make_staff(role))
    with pytest.raises(PermissionDenied):
        assign(db, actor, consented_case, support_type, provider_staff_id=actor.staff_id)
    with pytest.raises(PermissionDenied):
        assignment_choices(db, actor)
    assert intervention_count(db) == 0


# --- status ---------------------------------------------------------------------------------


def test_status_moves_set_dates_and_are_audited(
    db: Session, coordinator: Actor, consented_case: SupportCase, support_type: SupportType
) -> None:
    made = assign(db, coordinator, consented_case, support_type, provider_staff_id=coordinator.staff_id)
    set_intervention_status(db, coordinator, made.id, IS.ACTIVE, on=LAST_WEEK)
    set_intervention_status(db, coordinator, made.id, IS.COMPLETED, on=TODAY)
    db.expire_all()
    stored = db.get(Intervention, made.id)
    assert stored is not None
    assert (stored.status, stored.started_on, stored.ended_on) == (IS.COMPLETED, LAST_WEEK, TODAY)
    events = audit_events(db, AuditAction.STATE_CHANGE)
    assert [e.detail["changes"]["status"]["after"] for e in events[-2:]] == ["active", "completed"]
    with pytest.raises(TransitionRefused, match="cannot move"):
        set_intervention_status(db, coordinator, made.id, IS.ACTIVE)


def test_start_needs_both_consents_and_end_not_before_start(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    give_consents: Callable[..., None],
    in_support: Callable[[SupportCase], SupportCase],
    support_type: SupportType,
) -> None:
    case = in_support(make_case())
    give_consents(case, ConsentParty.STUDENT)
    made = assign(db, coordinator, case, support_type, provider_staff_id=coordinator.staff_id)
    with pytest.raises(TransitionRefused, match="consents to support"):
        set_intervention_status(db, coordinator, made.id, IS.ACTIVE)
    db.expire_all()
    assert db.get(Intervention, made.id).status is IS.PLANNED  # type: ignore[union-attr]
    give_consents(case, ConsentParty.GUARDIAN)
    set_intervention_status(db, coordinator, made.id, IS.ACTIVE, on=TODAY)
    with pytest.raises(TransitionRefused, match="end before"):
        set_intervention_status(db, coordinator, made.id, IS.STOPPED, on=LAST_WEEK)
    with pytest.raises(TransitionRefused, match="future"):
        set_intervention_status(db, coordinator, made.id, IS.STOPPED, on=TODAY + timedelta(days=1))


def test_planned_intervention_may_be_stopped_but_not_completed(
    db: Session, coordinator: Actor, consented_case: SupportCase, support_type: SupportType
) -> None:
    made = assign(
        db,
        coordinator,
        consented_case,
        support_type,
        provider_staff_id=coordinator.staff_id,
        started_on=TODAY,
    )
    with pytest.raises(TransitionRefused):
        set_intervention_status(db, coordinator, made.id, IS.COMPLETED)
    set_intervention_status(db, coordinator, made.id, IS.STOPPED)
    db.expire_all()
    stored = db.get(Intervention, made.id)
    assert stored is not None and (stored.status, stored.started_on, stored.ended_on) == (
        IS.STOPPED,
        None,
        TODAY,
    )
    with pytest.raises(ValidationError, match="Start the intervention"):
        log_session(
            db, coordinator, made.id, held_on=TODAY, duration_minutes=40, attendance=Attendance.ATTENDED
        )


# --- sessions -------------------------------------------------------------------------------


@pytest.fixture
def started(
    db: Session,
    coordinator: Actor,
    consented_case: SupportCase,
    support_type: SupportType,
    make_staff: Callable[..., StaffAccount],
) -> tuple[Intervention, StaffAccount]:
    teacher = make_staff(Role.HOMEROOM, homeroom_grade=1, homeroom_class=1)
    made = assign(db, coordinator, consented_case, support_type, provider_staff_id=teacher.id)
    set_intervention_status(db, coordinator, made.id, IS.ACTIVE, on=LAST_WEEK)
    return made, teacher


def test_hours_done_count_only_attended_minutes(
    db: Session, coordinator: Actor, consented_case: SupportCase, started: tuple[Intervention, StaffAccount]
) -> None:
    made, _teacher = started
    for minutes, attendance in (
        (90, Attendance.ATTENDED),
        (60, Attendance.ATTENDED),
        (40, Attendance.ABSENT),
    ):
        log_session(db, coordinator, made.id, held_on=TODAY, duration_minutes=minutes, attendance=attendance)
    (row,) = case_interventions(db, coordinator, consented_case.id)
    assert (row.hours_done, row.planned_hours, row.session_count, row.last_session_on) == (
        2.5,
        12.0,
        3,
        TODAY,
    )
    assert row.provider_kind is ProviderKind.STAFF and row.class_hours is None


def test_class_hours_show_for_recognised_programs(
    db: Session,
    coordinator: Actor,
    consented_case: SupportCase,
    support_type: SupportType,
    make_org: Callable[..., Organisation],
) -> None:
    online = make_org("온라인학교 수학", kind=OrganisationKind.ONLINE_SCHOOL, recognised_as_class_hours=True)
    made = assign(db, coordinator, consented_case, support_type, provider_organisation_id=online.id)
    set_intervention_status(db, coordinator, made.id, IS.ACTIVE, on=LAST_WEEK)
    log_session(db, coordinator, made.id, held_on=TODAY, duration_minutes=120, attendance=Attendance.ATTENDED)
    (row,) = case_interventions(db, coordinator, consented_case.id)
    assert (row.provider_kind, row.provider_name, row.class_hours) == (
        ProviderKind.ORGANISATION,
        online.name,
        2.0,
    )


def test_provider_logs_own_sessions_other_teachers_may_not(
    db: Session,
    coordinator: Actor,
    started: tuple[Intervention, StaffAccount],
    make_staff: Callable[..., StaffAccount],
) -> None:
    made, teacher = started
    provider = Actor.of(teacher)
    stored = log_session(
        db,
        provider,
        made.id,
        held_on=TODAY,
        duration_minutes=40,
        attendance=Attendance.ATTENDED,
        notes="받아쓰기 연습, 집중 양호",
        progress_rating=4,
    )
    assert stored.author_id == teacher.id
    event = audit_events(db, AuditAction.CREATE)[-1]
    assert (event.entity_type, event.detail["intervention_id"], event.detail["progress_rating"]) == (
        "support_session",
        made.id,
        4,
    )
    assert "받아쓰기" not in str(event.detail)
    for role in (Role.HOMEROOM, Role.SPECIALIST):
        other = Actor.of(make_staff(role))
        with pytest.raises(PermissionDenied, match="provides this intervention"):
            log_session(
                db, other, made.id, held_on=TODAY, duration_minutes=40, attendance=Attendance.ATTENDED
            )
    principal = Actor.of(make_staff(Role.PRINCIPAL))
    with pytest.raises(PermissionDenied):
        log_session(
            db, principal, made.id, held_on=TODAY, duration_minutes=40, attendance=Attendance.ATTENDED
        )
    assert session_count(db) == 1


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"held_on": TODAY + timedelta(days=1)}, "future"),
        ({"held_on": LAST_WEEK - timedelta(days=1)}, "before the intervention started"),
        ({"duration_minutes": 0}, "between 1 and 600"),
        ({"duration_minutes": 601}, "between 1 and 600"),
        ({"progress_rating": 6}, "from 1 to 5"),
        ({"progress_rating": 0}, "from 1 to 5"),
    ],
)
def test_log_session_validation(
    db: Session,
    coordinator: Actor,
    started: tuple[Intervention, StaffAccount],
    kw: dict[str, Any],
    message: str,
) -> None:
    made, _ = started
    args: dict[str, Any] = {"held_on": TODAY, "duration_minutes": 40, "attendance": Attendance.ATTENDED}
    args.update(kw)
    with pytest.raises(ValidationError, match=message):
        log_session(db, coordinator, made.id, **args)
    assert session_count(db) == 0


def test_absent_session_may_have_no_duration(
    db: Session, coordinator: Actor, started: tuple[Intervention, StaffAccount]
) -> None:
    made, _ = started
    log_session(db, coordinator, made.id, held_on=TODAY, duration_minutes=0, attendance=Attendance.ABSENT)
    assert session_count(db) == 1


def test_restricted_notes_only_for_author_coordinator_and_principal(
    db: Session,
    coordinator: Actor,
    consented_case: SupportCase,
    support_type: SupportType,
    make_staff: Callable[..., StaffAccount],
) -> None:
    counselor = make_staff(Role.SPECIALIST)
    made = assign(db, coordinator, consented_case, support_type, provider_staff_id=counselor.id)
    set_intervention_status(db, coordinator, made.id, IS.ACTIVE, on=LAST_WEEK)
    log_session(
        db,
        coordinator,
        made.id,
        held_on=TODAY,
        duration_minutes=50,
        attendance=Attendance.ATTENDED,
        notes="아동학대 의심 진술",
        restricted=True,
    )
    log_session(
        db,
        coordinator,
        made.id,
        held_on=TODAY,
        duration_minutes=50,
        attendance=Attendance.ATTENDED,
        notes="보통",
    )
    principal = Actor.of(make_staff(Role.PRINCIPAL))
    for viewer in (coordinator, principal):
        notes = {r.notes for r in intervention_sessions(db, viewer, made.id)}
        assert notes == {"아동학대 의심 진술", "보통"}
    # The counselor provides the intervention but did not write the restricted session.
    rows = intervention_sessions(db, Actor.of(counselor), made.id)
    hidden = [r for r in rows if r.restricted]
    assert [(r.notes, r.notes_hidden) for r in hidden] == [("", True)]
    assert {r.notes for r in rows if not r.restricted} == {"보통"}
    # Their own restricted session they do see.
    log_session(
        db,
        Actor.of(counselor),
        made.id,
        held_on=TODAY,
        duration_minutes=50,
        attendance=Attendance.ATTENDED,
        notes="자해 언급",
        restricted=True,
    )
    mine = [r.notes for r in intervention_sessions(db, Actor.of(counselor), made.id) if r.restricted]
    assert sorted(mine) == ["", "자해 언급"]


def test_limited_view_sees_only_what_they_provide(
    db: Session,
    coordinator: Actor,
    make_student: Callable[..., Any],
    make_case: Callable[..., SupportCase],
    in_support: Callable[[SupportCase], SupportCase],
    support_type: SupportType,
    make_staff: Callable[..., StaffAccount],
) -> None:
    teacher = make_staff(Role.HOMEROOM, homeroom_grade=4, homeroom_class=1)
    own_class = in_support(make_case(make_student(grade=4, class_no=1)))
    elsewhere = in_support(make_case(make_student(grade=5, class_no=2)))
    mine = assign(db, coordinator, elsewhere, support_type, provider_staff_id=teacher.id, title="방과후 학습")
    assign(db, coordinator, elsewhere, support_type, provider_staff_id=coordinator.staff_id, title="가정방문")
    other = assign(db, coordinator, own_class, support_type, provider_staff_id=coordinator.staff_id)
    actor = Actor.of(teacher)
    assert [r.id for r in case_interventions(db, actor, elsewhere.id)] == [mine.id]
    assert case_interventions(db, actor, own_class.id) == []  # the state only, not its support
    with pytest.raises(NotFound):
        intervention_sessions(db, actor, other.id)
    stranger = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=6, homeroom_class=3))
    with pytest.raises(NotFound):
        case_interventions(db, stranger, elsewhere.id)
    assert len(case_interventions(db, coordinator, elsewhere.id)) == 2


def test_assignment_choices_list_active_resources(
    db: Session,
    coordinator: Actor,
    make_staff: Callable[..., StaffAccount],
    make_org: Callable[..., Organisation],
) -> None:
    make_staff(Role.SPECIALIST, username="gone", active=False)
    make_org("폐업기관", active=False)
    open_org = make_org("드림스타트", kind=OrganisationKind.DREAM_START)
    choices = assignment_choices(db, coordinator)
    assert "gone" not in {s.display_name for s in choices.staff}
    assert [o.id for o in choices.organisations] == [open_org.id]
    assert len(choices.support_types) >= 10
