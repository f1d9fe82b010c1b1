"""The life of a case (DESIGN §1.1): requests, opening a case, and its state machine.

    requested → under_review → selected | not_selected | on_hold | referred_out
    selected → consent_pending → planning → active ⇄ monitoring → closed
    closed → reopened → under_review | planning | active
    on_hold → under_review;  active | monitoring → referred_out
    any state but closed → closed (with a reason)

A move the rules forbid is refused with a message saying why (TransitionRefused); nothing is
ever done silently in its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
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
from desktop.services.audit import AuditAction
from desktop.services.consents import record_consent, support_consent, withdraw_consent
from desktop.services.errors import NotFound, TransitionRefused, ValidationError
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
        # The closure stays in the history; the case itself is open again.
        case.closed_on = None
        case.closure_reason = ""
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
        entity_type="support_case",
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
        entity_type="support_request",
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
        entity_type="support_case",
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
    case = session.get(SupportCase, case_id)
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This case does not exist."), case_id=case_id)
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
        entity_type="support_request",
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
    "OPEN_STATES",
    "REASON_REQUIRED",
    "apply_transition",
    "attach_request",
    "available_transitions",
    "check_transition",
    "file_request",
    "next_case_code",
    "open_case",
    "record_consent",
    "support_consent",
    "transition",
    "withdraw_consent",
]
