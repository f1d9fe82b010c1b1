"""The life of a case (DESIGN §1.1): requests, opening a case, and its state machine.

    requested → under_review → selected | not_selected | on_hold | referred_out
    selected → consent_pending → planning → active ⇄ monitoring → closed
    closed → reopened → under_review | planning | active
    on_hold → under_review;  active | monitoring → referred_out
    any state but closed → closed (with a reason)

A move the rules forbid is refused with a message saying why (TransitionRefused); nothing is
ever done silently in its place.

What may be done on a case in each state is decided here too (`check_action`), for the services
that do it and for the case window that offers it:

    assign an intervention   once the student is selected (selected … monitoring, reopened)
    start one, log sessions  once support may start: active or monitoring, or planning / reopened
                             with an approved plan (starting also needs both consents, see
                             interventions.check_status_change)
    send a referral          once the case is in planning or support (selected, both consents),
                             or referred out (the referral to the district support center)
    approve a plan           while the case is in planning or support

Emergency support (긴급 지원) is the one way ahead of the procedure: started on an open case that is
not yet in support, with a reason, it lets interventions be assigned and started (without
waiting for both consents), sessions be logged and referrals be sent before selection and plan
approval. It is kept on the case until the
case is reopened after a closure.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    CaseState,
    CaseStateChange,
    NeedDomain,
    PlanStatus,
    Priority,
    RequesterKind,
    RequestStatus,
    StaffAccount,
    Student,
    SupportCase,
    SupportPlan,
    SupportRequest,
)
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.consents import record_consent, support_consent, withdraw_consent
from desktop.services.errors import NotFound, TransitionRefused, ValidationError
from desktop.services.lookups import get_case
from desktop.services.permissions import Permission, can_see_student, require

S = CaseState

ALLOWED: Mapping[CaseState, frozenset[CaseState]] = MappingProxyType(
    {
        S.REQUESTED: frozenset({S.UNDER_REVIEW, S.CLOSED}),
        S.UNDER_REVIEW: frozenset({S.SELECTED, S.NOT_SELECTED, S.ON_HOLD, S.REFERRED_OUT, S.CLOSED}),
        S.SELECTED: frozenset({S.CONSENT_PENDING, S.CLOSED}),
        S.NOT_SELECTED: frozenset({S.CLOSED}),
        S.ON_HOLD: frozenset({S.UNDER_REVIEW, S.CLOSED}),
        S.REFERRED_OUT: frozenset({S.CLOSED}),
        S.CONSENT_PENDING: frozenset({S.PLANNING, S.CLOSED}),
        S.PLANNING: frozenset({S.ACTIVE, S.CLOSED}),
        S.ACTIVE: frozenset({S.MONITORING, S.REFERRED_OUT, S.CLOSED}),
        S.MONITORING: frozenset({S.ACTIVE, S.REFERRED_OUT, S.CLOSED}),
        S.CLOSED: frozenset({S.REOPENED}),
        S.REOPENED: frozenset({S.UNDER_REVIEW, S.PLANNING, S.ACTIVE, S.CLOSED}),
    }
)
"""The states a case may move to from each state."""

OPEN_STATES: frozenset[CaseState] = frozenset(
    {S.REQUESTED, S.UNDER_REVIEW, S.SELECTED, S.ON_HOLD, S.CONSENT_PENDING, S.PLANNING, S.ACTIVE}
    | {S.MONITORING, S.REOPENED}
)
"""States in which the school is still working on the case (not_selected, referred_out and
closed are outcomes)."""

REASON_REQUIRED: Mapping[CaseState, str] = MappingProxyType(
    {
        S.CLOSED: QT_TRANSLATE_NOOP("errors", "Closing a case needs a reason."),
        S.NOT_SELECTED: QT_TRANSLATE_NOOP("errors", "Deciding not to select a student needs a reason."),
        S.ON_HOLD: QT_TRANSLATE_NOOP("errors", "Putting a case on hold needs a reason."),
        S.REFERRED_OUT: QT_TRANSLATE_NOOP(
            "errors", "Referring a case to the district support center needs a reason."
        ),
    }
)
"""Target states that need a reason, with the message shown when it is missing."""

# Entering these states means working with the student's data for support, so both consents
# must hold on that day; entering ACTIVE also needs an approved plan.
_NEEDS_CONSENT = frozenset({S.PLANNING, S.ACTIVE})

MSG_SAME_STATE = QT_TRANSLATE_NOOP("errors", "The case is already in this state.")
MSG_NOT_ALLOWED = QT_TRANSLATE_NOOP("errors", "The case cannot move to this state from its current state.")
MSG_NO_CONSENTS = QT_TRANSLATE_NOOP(
    "errors",
    "Support needs the consent of the student and of the guardian (or legal representative), "
    "recorded separately; neither is valid.",
)
MSG_NO_STUDENT_CONSENT = QT_TRANSLATE_NOOP(
    "errors", "The student's consent to support is missing, withdrawn or expired."
)
MSG_NO_GUARDIAN_CONSENT = QT_TRANSLATE_NOOP(
    "errors",
    "The guardian's (or legal representative's) consent to support is missing, withdrawn or expired.",
)
MSG_NO_APPROVED_PLAN = QT_TRANSLATE_NOOP("errors", "Support can start only with an approved support plan.")


class CaseAction(enum.StrEnum):
    """Something done on a case that the procedure allows only in some states."""

    ASSIGN_INTERVENTION = "assign_intervention"
    START_INTERVENTION = "start_intervention"
    LOG_SESSION = "log_session"
    SEND_REFERRAL = "send_referral"
    APPROVE_PLAN = "approve_plan"
    START_EMERGENCY = "start_emergency"


SELECTED_STATES: frozenset[CaseState] = frozenset(
    {S.SELECTED, S.CONSENT_PENDING, S.PLANNING, S.ACTIVE, S.MONITORING, S.REOPENED}
)
"""Open states of a student selected for support."""
SUPPORT_STATES: frozenset[CaseState] = frozenset({S.ACTIVE, S.MONITORING})
"""States in which support is under way (an approved plan and both consents were needed)."""
PLAN_STATES: frozenset[CaseState] = frozenset({S.PLANNING, S.ACTIVE, S.MONITORING})
"""States in which a plan may be approved and referrals sent (selected, both consents given)."""
EMERGENCY_STATES: frozenset[CaseState] = OPEN_STATES - SUPPORT_STATES
"""Open states in which emergency support may be started: support has not started yet."""

MSG_ACTION_CASE_ENDED = QT_TRANSLATE_NOOP(
    "errors", "The case is no longer open (not selected, referred out or closed); nothing more can be done."
)
MSG_ASSIGN_NOT_SELECTED = QT_TRANSLATE_NOOP(
    "errors",
    "Interventions can be assigned once the student is selected for support, or after emergency "
    "support is started.",
)
MSG_START_NO_PLAN = QT_TRANSLATE_NOOP(
    "errors",
    "Support can start only once the support plan is approved, or after emergency support is started.",
)
MSG_SESSION_NO_PLAN = QT_TRANSLATE_NOOP(
    "errors",
    "Sessions can be logged only once the support plan is approved, or after emergency support is started.",
)
MSG_REFERRAL_TOO_EARLY = QT_TRANSLATE_NOOP(
    "errors",
    "A referral can be sent once the student is selected and both consents are recorded (the case is "
    "in planning or support), or after emergency support is started.",
)
MSG_APPROVE_TOO_EARLY = QT_TRANSLATE_NOOP(
    "errors",
    "A support plan can be approved once the student is selected and both consents are recorded (the "
    "case is in planning or support).",
)
MSG_EMERGENCY_ALREADY = QT_TRANSLATE_NOOP(
    "errors", "Emergency support has already been started for this case."
)
MSG_EMERGENCY_NOT_NEEDED = QT_TRANSLATE_NOOP(
    "errors", "Emergency support is started only on an open case whose support has not started yet."
)
MSG_EMERGENCY_REASON = QT_TRANSLATE_NOOP("errors", "Starting emergency support needs a reason.")


def in_emergency_support(case: SupportCase) -> bool:
    """Whether emergency support was started and the case is still open and not yet in support."""
    return case.emergency_since is not None and case.state in EMERGENCY_STATES


def check_action(session: Session, case: SupportCase, action: CaseAction) -> str | None:
    """None when `action` may be done on the case in its current state; otherwise the message
    saying why not (an English source string, context "errors"). See the module's documentation."""
    state = case.state
    if action is CaseAction.START_EMERGENCY:
        if state not in EMERGENCY_STATES:
            return MSG_ACTION_CASE_ENDED if state not in OPEN_STATES else MSG_EMERGENCY_NOT_NEEDED
        return MSG_EMERGENCY_ALREADY if case.emergency_since is not None else None
    if action is CaseAction.SEND_REFERRAL and state is S.REFERRED_OUT:
        return None  # handing the case to the district support center is itself a referral
    if state not in OPEN_STATES:
        return MSG_ACTION_CASE_ENDED
    if action is CaseAction.APPROVE_PLAN:
        return None if state in PLAN_STATES else MSG_APPROVE_TOO_EARLY
    if in_emergency_support(case):
        return None
    if action is CaseAction.ASSIGN_INTERVENTION:
        return None if state in SELECTED_STATES else MSG_ASSIGN_NOT_SELECTED
    if action is CaseAction.SEND_REFERRAL:
        return None if state in PLAN_STATES else MSG_REFERRAL_TOO_EARLY
    # Starting an intervention or logging its sessions: support has started or may start now.
    if state in SUPPORT_STATES or (state in (S.PLANNING, S.REOPENED) and _has_approved_plan(session, case)):
        return None
    return MSG_START_NO_PLAN if action is CaseAction.START_INTERVENTION else MSG_SESSION_NO_PLAN


def action_refusals(session: Session, case: SupportCase) -> dict[CaseAction, str | None]:
    """`check_action` for every action, for a window that enables its buttons accordingly."""
    return {action: check_action(session, case, action) for action in CaseAction}


def require_action(session: Session, case: SupportCase, action: CaseAction) -> None:
    """Raise TransitionRefused with the rule's message when `action` may not be done now."""
    refusal = check_action(session, case, action)
    if refusal is not None:
        raise TransitionRefused(refusal, case=case.code, state=case.state.value, action=action.value)


def _has_approved_plan(session: Session, case: SupportCase) -> bool:
    return (
        session.scalar(
            select(SupportPlan.id)
            .where(SupportPlan.case_id == case.id, SupportPlan.status == PlanStatus.APPROVED)
            .limit(1)
        )
        is not None
    )


def _state_guard(session: Session, case: SupportCase, to_state: CaseState, on: date) -> str | None:
    """Every rule but the reason: allowed move, consents, approved plan."""
    if to_state == case.state:
        return MSG_SAME_STATE
    if to_state not in ALLOWED[case.state]:
        return MSG_NOT_ALLOWED
    if to_state in _NEEDS_CONSENT:
        consent = support_consent(session, case, on)
        if not consent.student and not consent.guardian:
            return MSG_NO_CONSENTS
        if not consent.student:
            return MSG_NO_STUDENT_CONSENT
        if not consent.guardian:
            return MSG_NO_GUARDIAN_CONSENT
    if to_state is S.ACTIVE and not _has_approved_plan(session, case):
        return MSG_NO_APPROVED_PLAN
    return None


def check_transition(
    session: Session, case: SupportCase, to_state: CaseState, *, reason: str = "", on: date | None = None
) -> str | None:
    """None when the case may move to `to_state` on day `on` (default today) with this reason;
    otherwise the message saying why not (an English source string, context "errors")."""
    refusal = _state_guard(session, case, to_state, on or date.today())
    if refusal is not None:
        return refusal
    if to_state in REASON_REQUIRED and not reason.strip():
        return REASON_REQUIRED[to_state]
    return None


def available_transitions(
    session: Session, case: SupportCase, *, on: date | None = None
) -> list[tuple[CaseState, str | None]]:
    """Each state the case could move to from here, with None when the move is possible now or
    the message saying why it is not. A reason the user has still to type does not count
    against a move (see REASON_REQUIRED to ask for it)."""
    day = on or date.today()
    targets = [s for s in CaseState if s in ALLOWED[case.state]]
    return [(s, _state_guard(session, case, s, day)) for s in targets]


def transition(
    session: Session,
    actor: Actor,
    case: SupportCase,
    to_state: CaseState,
    *,
    reason: str = "",
    on: date | None = None,
    decision_id: int | None = None,
) -> CaseStateChange:
    """Move the case to `to_state` (needs CHANGE_CASE_STATE), or raise TransitionRefused with
    the reason it may not. Sets the case's dates, appends to its history, audits and commits."""
    change = apply_transition(session, actor, case, to_state, reason=reason, on=on, decision_id=decision_id)
    session.commit()
    return change


def apply_transition(
    session: Session,
    actor: Actor,
    case: SupportCase,
    to_state: CaseState,
    *,
    reason: str = "",
    on: date | None = None,
    decision_id: int | None = None,
) -> CaseStateChange:
    """`transition` without the commit, for a caller that makes several changes in one
    transaction (applying a meeting's decisions); the caller commits or rolls back."""
    require(actor, Permission.CHANGE_CASE_STATE)
    day = on or date.today()
    refusal = check_transition(session, case, to_state, reason=reason, on=day)
    if refusal is not None:
        raise TransitionRefused(refusal, from_state=case.state.value, to_state=to_state.value)
    reason = reason.strip()
    from_state = case.state
    case.state = to_state
    case.state_reason = reason
    if to_state is S.SELECTED:
        case.selected_on = day
    elif to_state is S.CLOSED:
        case.closed_on = day
        case.closure_reason = reason
    elif to_state is S.REOPENED:
        # The closure stays in the history; the case itself is open again, through the procedure.
        case.closed_on = None
        case.closure_reason = ""
        case.emergency_since = None
        case.emergency_reason = ""
    elif to_state is S.ACTIVE and (case.next_review_on is None or case.next_review_on < day):
        plan = session.scalar(
            select(SupportPlan)
            .where(SupportPlan.case_id == case.id, SupportPlan.status == PlanStatus.APPROVED)
            .order_by(SupportPlan.version.desc())
            .limit(1)
        )
        if plan is not None:
            case.next_review_on = day + timedelta(days=plan.review_interval_days)
    change = CaseStateChange(
        case_id=case.id,
        from_state=from_state,
        to_state=to_state,
        by_id=actor.staff_id,
        reason=reason,
        decision_id=decision_id,
    )
    session.add(change)
    session.flush()
    # The reason is kept with the case, not in the audit log, which outlives the student's data.
    audit.record(
        session,
        actor,
        AuditAction.STATE_CHANGE,
        entity_type=AuditRecord.SUPPORT_CASE,
        entity_id=case.id,
        student_id=case.student_id,
        detail={
            "case": case.code,
            "from": from_state.value,
            "to": to_state.value,
            "on": day.isoformat(),
            "decision_id": decision_id,
        },
    )
    return change


class Stage(enum.IntEnum):
    """The steps of the procedure the law sets (DESIGN §1.1), in order."""

    REQUEST = 0  # 신청
    SELECTION = 1  # 선정
    CONSENT = 2  # 동의
    PLAN = 3  # 계획
    SUPPORT = 4  # 지원
    MONITORING = 5  # 점검
    CLOSURE = 6  # 종결


STAGE_OF: Mapping[CaseState, Stage] = MappingProxyType(
    {
        S.REQUESTED: Stage.REQUEST,
        S.UNDER_REVIEW: Stage.SELECTION,
        S.ON_HOLD: Stage.SELECTION,
        S.NOT_SELECTED: Stage.SELECTION,
        S.REFERRED_OUT: Stage.SELECTION,
        S.SELECTED: Stage.CONSENT,
        S.CONSENT_PENDING: Stage.CONSENT,
        S.PLANNING: Stage.PLAN,
        S.REOPENED: Stage.PLAN,
        S.ACTIVE: Stage.SUPPORT,
        S.MONITORING: Stage.MONITORING,
        S.CLOSED: Stage.CLOSURE,
    }
)
"""The step of the procedure a case in each state is at (the step it works on next)."""

SIDE_ROADS: frozenset[CaseState] = frozenset({S.ON_HOLD, S.NOT_SELECTED, S.REFERRED_OUT, S.REOPENED})
"""States off the main road: on hold, not selected, referred to the district center, reopened."""

NEXT_STATE: Mapping[CaseState, CaseState] = MappingProxyType(
    {
        S.REQUESTED: S.UNDER_REVIEW,
        S.UNDER_REVIEW: S.SELECTED,
        S.ON_HOLD: S.UNDER_REVIEW,
        S.SELECTED: S.CONSENT_PENDING,
        S.CONSENT_PENDING: S.PLANNING,
        S.PLANNING: S.ACTIVE,
        S.REOPENED: S.PLANNING,
        S.ACTIVE: S.MONITORING,
        S.MONITORING: S.CLOSED,
        S.NOT_SELECTED: S.CLOSED,
        S.REFERRED_OUT: S.CLOSED,
    }
)
"""The usual next state on the road; every other allowed move is a less common one."""


@dataclass(frozen=True)
class NextStep:
    """The one next step of a case and what it still needs.

    `to_state` is None when the road ends (closed). `refusal` is the rule's message when the move
    is not possible yet; the missing pieces say what to do about it: the consents still missing
    (student, guardian side) and, when an approved plan is missing, the status of the newest
    version (None: no plan written yet)."""

    to_state: CaseState | None
    refusal: str | None = None
    needs_reason: bool = False
    student_consent_missing: bool = False
    guardian_consent_missing: bool = False
    plan_missing: bool = False
    plan_status: PlanStatus | None = None


@dataclass(frozen=True)
class Procedure:
    """Where a case stands in the procedure: its stage, whether it is on a side road, whether
    emergency support was started (and since when), the next step and the other moves."""

    state: CaseState
    stage: Stage
    side_road: bool
    emergency_since: date | None
    next_step: NextStep
    other_moves: tuple[tuple[CaseState, str | None], ...]


def _latest_plan_status(session: Session, case: SupportCase) -> PlanStatus | None:
    return session.scalar(
        select(SupportPlan.status)
        .where(SupportPlan.case_id == case.id)
        .order_by(SupportPlan.version.desc())
        .limit(1)
    )


def next_step(session: Session, case: SupportCase, *, on: date | None = None) -> NextStep:
    """The case's usual next move and what it still needs (see NextStep)."""
    target = NEXT_STATE.get(case.state)
    if target is None:
        return NextStep(to_state=None)
    day = on or date.today()
    refusal = _state_guard(session, case, target, day)
    student_missing = guardian_missing = plan_missing = False
    plan_status: PlanStatus | None = None
    if target in _NEEDS_CONSENT:
        consent = support_consent(session, case, day)
        student_missing, guardian_missing = not consent.student, not consent.guardian
    if target is S.ACTIVE and not _has_approved_plan(session, case):
        plan_missing = True
        plan_status = _latest_plan_status(session, case)
    return NextStep(
        to_state=target,
        refusal=refusal,
        needs_reason=target in REASON_REQUIRED,
        student_consent_missing=student_missing,
        guardian_consent_missing=guardian_missing,
        plan_missing=plan_missing,
        plan_status=plan_status,
    )


def procedure(session: Session, case: SupportCase, *, on: date | None = None) -> Procedure:
    """Where the case stands (see Procedure)."""
    step = next_step(session, case, on=on)
    others = tuple((s, r) for s, r in available_transitions(session, case, on=on) if s is not step.to_state)
    return Procedure(
        state=case.state,
        stage=STAGE_OF[case.state],
        side_road=case.state in SIDE_ROADS,
        emergency_since=case.emergency_since if in_emergency_support(case) else None,
        next_step=step,
        other_moves=others,
    )


def start_emergency_support(
    session: Session, actor: Actor, case: SupportCase, *, reason: str, on: date | None = None
) -> SupportCase:
    """Start emergency support on the case (needs CHANGE_CASE_STATE): interventions and sessions
    may then happen before selection and plan approval (see check_action). The reason is kept
    with the case; the audit log records the day only. Audited, commits."""
    require(actor, Permission.CHANGE_CASE_STATE)
    require_action(session, case, CaseAction.START_EMERGENCY)
    reason = reason.strip()
    if not reason:
        raise ValidationError(MSG_EMERGENCY_REASON)
    day = on or date.today()
    if day > date.today():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The date cannot be in the future."))
    case.emergency_since = day
    case.emergency_reason = reason
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.STATE_CHANGE,
        entity_type=AuditRecord.SUPPORT_CASE,
        entity_id=case.id,
        student_id=case.student_id,
        detail={
            "case": case.code,
            "emergency_support": True,
            "state": case.state.value,
            "on": day.isoformat(),
        },
    )
    session.commit()
    return case


def _domains(session: Session, domain_ids: Iterable[int]) -> list[NeedDomain]:
    ids = list(dict.fromkeys(domain_ids))
    found = list(session.scalars(select(NeedDomain).where(NeedDomain.id.in_(ids)))) if ids else []
    if len(found) != len(ids):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "One of the chosen need domains does not exist."))
    return sorted(found, key=lambda d: ids.index(d.id))


def file_request(
    session: Session,
    actor: Actor,
    *,
    student_id: int,
    requester_kind: RequesterKind,
    description: str,
    domain_ids: Iterable[int] = (),
    evidence_basic_skills: str = "",
    evidence_teacher_opinion: str = "",
    evidence_guardian_counselling: str = "",
    received_on: date | None = None,
    requester_name: str = "",
    requester_staff_id: int | None = None,
) -> SupportRequest:
    """File a request for support (needs FILE_REQUEST) in at least one need domain (a case without
    one would be missing from the domain counts and print "지원 영역 -"). A request by staff
    defaults to the acting user as requester. Audited, commits."""
    require(actor, Permission.FILE_REQUEST)
    student = session.get(Student, student_id)
    # A student the actor may not see is answered like one that does not exist.
    if student is None or not can_see_student(actor, student, session=session):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This student does not exist."), student_id=student_id)
    if not description.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Describe what the student needs."))
    day = received_on or date.today()
    if day > date.today():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A request cannot be received in the future."))
    if requester_kind is RequesterKind.STAFF and requester_staff_id is None:
        requester_staff_id = actor.staff_id
    domains = _domains(session, domain_ids)
    if not domains:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Tick at least one need domain."))
    request = SupportRequest(
        student_id=student.id,
        requester_kind=requester_kind,
        requester_staff_id=requester_staff_id,
        requester_name=requester_name.strip(),
        received_on=day,
        description=description.strip(),
        evidence_basic_skills=evidence_basic_skills,
        evidence_teacher_opinion=evidence_teacher_opinion,
        evidence_guardian_counselling=evidence_guardian_counselling,
        status=RequestStatus.NEW,
        filed_by_id=actor.staff_id,
        domains=domains,
    )
    session.add(request)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity_type=AuditRecord.SUPPORT_REQUEST,
        entity_id=request.id,
        student_id=student.id,
        detail={"requester_kind": requester_kind.value, "domains": [d.code for d in domains]},
    )
    session.commit()
    return request


_CODE = re.compile(r"^(\d{4})-(\d+)$")


def next_case_code(session: Session, year: int) -> str:
    """The next case code of a year: "2026-001", "2026-002", ... (pseudonymous, printed on minutes)."""
    codes = session.scalars(select(SupportCase.code).where(SupportCase.code.like(f"{year}-%")))
    numbers = [int(m.group(2)) for code in codes if (m := _CODE.match(code))]
    return f"{year}-{max(numbers, default=0) + 1:03d}"


def open_case(
    session: Session,
    actor: Actor,
    request_id: int,
    *,
    manager_id: int | None = None,
    priority: Priority = Priority.MEDIUM,
    opened_on: date | None = None,
) -> SupportCase:
    """Open a case from a request (needs MANAGE_CASES): numbered per year, under review, with
    the request's need domains. Refused when the student already has an open case (the request
    then joins that case, see attach_request). Audited, commits."""
    require(actor, Permission.MANAGE_CASES)
    request = _get_request(session, request_id)
    existing = session.scalar(
        select(SupportCase)
        .where(SupportCase.student_id == request.student_id, SupportCase.state.in_(OPEN_STATES))
        .limit(1)
    )
    if existing is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This student already has an open case ({code}); add the request to it instead."
            ),
            code=existing.code,
        )
    if manager_id is not None:
        manager = session.get(StaffAccount, manager_id)
        if manager is None or not manager.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The chosen case manager is not an active staff account.")
            )
    day = opened_on or date.today()
    case = SupportCase(
        code=next_case_code(session, day.year),
        student_id=request.student_id,
        state=S.UNDER_REVIEW,
        priority=priority,
        manager_id=manager_id,
        opened_on=day,
        domains=list(request.domains),
    )
    session.add(case)
    session.flush()
    request.case_id = case.id
    request.status = RequestStatus.ACCEPTED
    session.add(
        CaseStateChange(case_id=case.id, from_state=None, to_state=S.UNDER_REVIEW, by_id=actor.staff_id)
    )
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity_type=AuditRecord.SUPPORT_CASE,
        entity_id=case.id,
        student_id=case.student_id,
        detail={"case": case.code, "request_id": request.id, "state": case.state.value},
    )
    session.commit()
    return case


def attach_request(session: Session, actor: Actor, request_id: int, case_id: int) -> SupportRequest:
    """Add a new request about the same student to their existing case (needs MANAGE_CASES); the
    request's domains join the case's. Audited, commits."""
    require(actor, Permission.MANAGE_CASES)
    request = _get_request(session, request_id)
    case = get_case(session, case_id)
    if case.student_id != request.student_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The request and the case are about different students.")
        )
    request.case_id = case.id
    request.status = RequestStatus.ACCEPTED
    case.domains.extend(d for d in request.domains if d not in case.domains)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity_type=AuditRecord.SUPPORT_REQUEST,
        entity_id=request.id,
        student_id=case.student_id,
        detail={"case": case.code, "changes": audit.changes({"case_id": None}, {"case_id": case.id})},
    )
    session.commit()
    return request


def _get_request(session: Session, request_id: int) -> SupportRequest:
    request = session.get(SupportRequest, request_id)
    if request is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This request does not exist."), request_id=request_id)
    if request.case_id is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This request already belongs to a case."))
    if request.status is RequestStatus.WITHDRAWN:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This request was withdrawn."))
    return request


__all__ = [
    "ALLOWED",
    "EMERGENCY_STATES",
    "NEXT_STATE",
    "OPEN_STATES",
    "PLAN_STATES",
    "REASON_REQUIRED",
    "SELECTED_STATES",
    "SIDE_ROADS",
    "STAGE_OF",
    "SUPPORT_STATES",
    "CaseAction",
    "NextStep",
    "Procedure",
    "Stage",
    "action_refusals",
    "apply_transition",
    "attach_request",
    "available_transitions",
    "check_action",
    "check_transition",
    "file_request",
    "in_emergency_support",
    "next_case_code",
    "next_step",
    "open_case",
    "procedure",
    "record_consent",
    "require_action",
    "start_emergency_support",
    "support_consent",
    "transition",
    "withdraw_consent",
]
