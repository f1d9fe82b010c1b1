"""Referrals (연계) of a case to an external organisation: a loop (DESIGN §1.3).

    draft → sent → accepted → delivered → closed
                 → declined → closed
    draft | sent → closed only by withdrawing it (record_outcome with closed=True)
    accepted | declined | delivered → an outcome may be noted and the loop closed

A draft may be written while the case is open; sending it is part of support, so it follows the
case's state (case_workflow.check_action: planning or support, or emergency support).
Sending shares the student's information, so it needs a valid consent to share with that
organisation from both the student and the guardian side on the day it is sent
(`consents.sharing_consent`). Without it the send is refused, naming what is missing, unless an
override reason is given (e.g. suspected abuse: the mandatory report needs no consent); the
reason is stored on the referral and the audit records only that an override happened.

`expected_response_on` is the day by which the school expects the organisation's next answer:
while the referral is SENT, whether it accepts; once ACCEPTED, that the service has been
delivered (record_response moves it to the expected delivery date, default 30 days after the
acceptance). A loop is **overdue** when it is SENT or ACCEPTED and that day has passed
(expected_response_on < today). Declined and delivered loops wait for the team (an outcome), not
for the organisation, so they are never overdue.

Each step keeps one open follow-up task (kind REFERRAL_FOLLOW_UP) for the case manager: sending
creates "await the answer" due on the expected response; the answer completes it and, when
accepted, creates "await delivery"; delivery completes that and creates "record the outcome"
(due 14 days later); closing completes whatever is still open. A task belongs to its referral
through the marker `referral:<id>` in its notes (the task table has no referral column).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    CaseState,
    Consent,
    ConsentPurpose,
    Organisation,
    Referral,
    ReferralStatus,
    SupportCase,
    Task,
    TaskKind,
    TaskStatus,
    utcnow,
)
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.case_workflow import CaseAction, require_action
from desktop.services.consents import GUARDIAN_SIDE, SupportConsent, sharing_consent
from desktop.services.errors import NotFound, TransitionRefused, ValidationError
from desktop.services.lookups import get_case
from desktop.services.permissions import Permission, can, can_see_case, require

R = ReferralStatus

DEFAULT_RESPONSE_DAYS = 14
"""Default time an organisation is given to answer a referral."""
DEFAULT_DELIVERY_DAYS = 30
"""Default time from acceptance until the service is expected to have been delivered."""
OUTCOME_TASK_DAYS = 14
"""Time the case manager is given to record the outcome after delivery."""

OPEN_LOOP_STATES: frozenset[ReferralStatus] = frozenset({R.SENT, R.ACCEPTED, R.DECLINED, R.DELIVERED})
"""Sent and not yet closed (a draft is not a loop yet)."""
WAITING_STATES: frozenset[ReferralStatus] = frozenset({R.SENT, R.ACCEPTED})
"""States in which the school waits for the organisation; only these can be overdue."""

MSG_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This referral does not exist.")
MSG_NO_SHARING_CONSENT = QT_TRANSLATE_NOOP(
    "errors",
    "Sending this referral shares the student's information with {organisation}, which needs the "
    "consent of the student and of the guardian (or legal representative) to share with it; neither "
    "is valid on {day}. Record the consents, or give the reason for sharing without them.",
)
MSG_NO_STUDENT_SHARING_CONSENT = QT_TRANSLATE_NOOP(
    "errors",
    "The student's consent to share information with {organisation} is missing, withdrawn or expired "
    "on {day}. Record it, or give the reason for sharing without it.",
)
MSG_NO_GUARDIAN_SHARING_CONSENT = QT_TRANSLATE_NOOP(
    "errors",
    "The guardian's (or legal representative's) consent to share information with {organisation} is "
    "missing, withdrawn or expired on {day}. Record it, or give the reason for sharing without it.",
)


@dataclass(frozen=True)
class ReferralRow:
    """A referral as the case window and the open-loops list show it. `reason` and `outcome`
    are filled by `case_referrals` only (the school-wide list leaves them empty)."""

    id: int
    case_id: int
    case_code: str
    organisation_id: int
    organisation_name: str
    status: ReferralStatus
    reason: str
    sent_on: date | None
    expected_response_on: date | None
    responded_on: date | None
    delivered_on: date | None
    outcome: str
    consent_override: bool
    overdue: bool


def is_overdue(status: ReferralStatus, expected_response_on: date | None, today: date) -> bool:
    """SENT or ACCEPTED with the expected date passed (see the module's documentation)."""
    return status in WAITING_STATES and expected_response_on is not None and expected_response_on < today


def missing_consent_message(consent: SupportConsent) -> str | None:
    """The refusal for sending without an override (None when both sides consent)."""
    if consent.complete:
        return None
    if not consent.student and not consent.guardian:
        return MSG_NO_SHARING_CONSENT
    if not consent.student:
        return MSG_NO_STUDENT_SHARING_CONSENT
    return MSG_NO_GUARDIAN_SHARING_CONSENT


# --- helpers -------------------------------------------------------------------------------


def _get_case(session: Session, case_id: int) -> SupportCase:
    return get_case(session, case_id)


def _get(session: Session, referral_id: int) -> tuple[Referral, SupportCase]:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound(MSG_NOT_FOUND, referral_id=referral_id)
    return referral, _get_case(session, referral.case_id)


def _marker(referral: Referral) -> str:
    return f"referral:{referral.id}"


def _open_tasks(session: Session, referral: Referral) -> list[Task]:
    """The referral's open follow-up tasks: those marked with it, and (for loops made before
    the marker existed, like the demo's) unmarked ones of its case due on its expected day."""
    unmarked: ColumnElement[bool] = and_(
        Task.notes == "",
        Task.due_on == referral.expected_response_on,
        Task.title.contains(referral.organisation.name),
    )
    return list(
        session.scalars(
            select(Task).where(
                Task.case_id == referral.case_id,
                Task.kind == TaskKind.REFERRAL_FOLLOW_UP,
                Task.status == TaskStatus.OPEN,
                or_(Task.notes == _marker(referral), unmarked),
            )
        )
    )


def _complete_tasks(session: Session, referral: Referral) -> list[int]:
    done = _open_tasks(session, referral)
    for task in done:
        task.status = TaskStatus.DONE
        task.completed_at = utcnow()
    return [t.id for t in done]


STEP_TITLES = {"response": "연계 회신 확인", "delivery": "서비스 제공 확인", "outcome": "연계 결과 기록"}
"""The step a follow-up task waits for, as its stored title says it."""


def _add_task(
    session: Session, actor: Actor, referral: Referral, case: SupportCase, step: str, due_on: date
) -> Task:
    # Stored text, in the school's language like every other record: the case code, the
    # organisation and the step; the task's kind (shown translated) says it is a referral follow-up.
    task = Task(
        title=f"{case.code} {referral.organisation.name} {STEP_TITLES[step]}",
        kind=TaskKind.REFERRAL_FOLLOW_UP,
        case_id=case.id,
        assignee_id=case.manager_id if case.manager_id is not None else actor.staff_id,
        due_on=due_on,
        status=TaskStatus.OPEN,
        notes=_marker(referral),
    )
    session.add(task)
    session.flush()
    return task


def _check_day(day: date, *, not_before: date | None, before_message: str) -> None:
    if day > date.today():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This date cannot be in the future."))
    if not_before is not None and day < not_before:
        raise ValidationError(before_message, day=not_before.isoformat())


def _refuse_step(referral: Referral, expected: frozenset[ReferralStatus], message: str) -> None:
    if referral.status is R.CLOSED:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("errors", "This referral is closed."),
            status=referral.status.value,
        )
    if referral.status not in expected:
        raise TransitionRefused(message, status=referral.status.value)


def _audit(
    session: Session,
    actor: Actor,
    action: AuditAction,
    referral: Referral,
    case: SupportCase,
    detail: dict[str, Any],
) -> None:
    # Codes, ids and dates only: reasons and outcomes stay with the referral (DESIGN §1.5).
    audit.record(
        session,
        actor,
        action,
        entity_type=AuditRecord.REFERRAL,
        entity_id=referral.id,
        student_id=case.student_id,
        detail={"case": case.code, "organisation_id": referral.organisation_id, **detail},
    )


def _status_change(before: ReferralStatus, after: ReferralStatus) -> dict[str, Any]:
    return audit.changes({"status": before.value}, {"status": after.value})


# --- writes --------------------------------------------------------------------------------


def create_referral(
    session: Session,
    actor: Actor,
    case_id: int,
    organisation_id: int,
    *,
    reason: str,
    expected_response_on: date | None = None,
) -> Referral:
    """Draft a referral of the case to an active organisation (needs MANAGE_CASES). Nothing is
    shared until it is sent. Audited, commits."""
    require(actor, Permission.MANAGE_CASES)
    case = _get_case(session, case_id)
    if case.state is CaseState.CLOSED:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The case is closed; reopen it to refer it."))
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This organisation does not exist."))
    if not organisation.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This organisation is no longer in the directory (inactive).")
        )
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say why the student is referred."))
    referral = Referral(
        case_id=case.id,
        organisation_id=organisation.id,
        status=R.DRAFT,
        reason=reason.strip(),
        expected_response_on=expected_response_on,
        created_by_id=actor.staff_id,
    )
    session.add(referral)
    session.flush()
    _audit(
        session,
        actor,
        AuditAction.CREATE,
        referral,
        case,
        {
            "status": R.DRAFT.value,
            "expected_response_on": expected_response_on.isoformat() if expected_response_on else None,
        },
    )
    session.commit()
    return referral


def consent_to_send(session: Session, actor: Actor, referral_id: int, on: date) -> SupportConsent:
    """Whether each side has a valid consent to share with the referral's organisation on day
    `on` — what the Send dialog shows before the user confirms (needs MANAGE_CASES)."""
    require(actor, Permission.MANAGE_CASES)
    referral, case = _get(session, referral_id)
    return sharing_consent(session, case, referral.organisation_id, on)


def _consent_used(session: Session, referral: Referral, on: date) -> Consent | None:
    """The most recent valid consent to share with the organisation, the guardian side's first
    (the one a referral form usually carries)."""
    candidates = [
        c
        for c in session.scalars(
            select(Consent).where(
                Consent.case_id == referral.case_id,
                Consent.purpose == ConsentPurpose.SHARING,
                Consent.recipient_organisation_id == referral.organisation_id,
            )
        )
        if c.is_valid_on(on)
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.party in GUARDIAN_SIDE, c.given_on, c.id))


def send_referral(
    session: Session,
    actor: Actor,
    referral_id: int,
    *,
    sent_on: date,
    override_reason: str = "",
    expected_response_on: date | None = None,
) -> Referral:
    """Record that a draft referral was sent on `sent_on` (needs MANAGE_CASES).

    Refused without both sides' consent to share with the organisation that day, unless
    `override_reason` says why it is shared without (stored on the referral; the audit notes
    only `override: true`). The expected response defaults to the draft's, else 14 days after
    sending. Creates the case manager's follow-up task. Audited, commits."""
    require(actor, Permission.MANAGE_CASES)
    referral, case = _get(session, referral_id)
    _refuse_step(
        referral, frozenset({R.DRAFT}), QT_TRANSLATE_NOOP("errors", "This referral has already been sent.")
    )
    require_action(session, case, CaseAction.SEND_REFERRAL)
    if not referral.organisation.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This organisation is no longer in the directory (inactive).")
        )
    _check_day(sent_on, not_before=None, before_message="")
    expected = (
        expected_response_on or referral.expected_response_on or sent_on + timedelta(DEFAULT_RESPONSE_DAYS)
    )
    if expected < sent_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The answer cannot be expected before the referral is sent ({day})."),
            day=sent_on.isoformat(),
        )
    override = override_reason.strip()
    refusal = missing_consent_message(sharing_consent(session, case, referral.organisation_id, sent_on))
    if refusal is not None and not override:
        raise TransitionRefused(refusal, organisation=referral.organisation.name, day=sent_on.isoformat())
    consent = _consent_used(session, referral, sent_on)
    before = referral.status
    referral.status = R.SENT
    referral.sent_on = sent_on
    referral.expected_response_on = expected
    referral.consent_id = consent.id if consent is not None else None
    # An override is recorded only when it was needed: with full consent there is nothing to override.
    referral.consent_override_reason = override if refusal is not None else ""
    task = _add_task(session, actor, referral, case, "response", expected)
    _audit(
        session,
        actor,
        AuditAction.UPDATE,
        referral,
        case,
        {
            "changes": _status_change(before, R.SENT),
            "sent_on": sent_on.isoformat(),
            "expected_response_on": expected.isoformat(),
            "consent_id": referral.consent_id,
            "override": refusal is not None,
            "task_id": task.id,
        },
    )
    session.commit()
    return referral


def record_response(
    session: Session,
    actor: Actor,
    referral_id: int,
    *,
    accepted: bool,
    responded_on: date,
    expected_delivery_on: date | None = None,
) -> Referral:
    """Record the organisation's answer to a sent referral (needs MANAGE_CASES). Completes the
    "await the answer" task; when accepted, the expected date becomes the expected delivery
    (default 30 days after the answer) with a task for it. Audited, commits."""
    require(actor, Permission.MANAGE_CASES)
    referral, case = _get(session, referral_id)
    _refuse_step(
        referral,
        frozenset({R.SENT}),
        QT_TRANSLATE_NOOP("errors", "Only a sent referral that has not been answered yet can get an answer."),
    )
    assert referral.sent_on is not None
    _check_day(
        responded_on,
        not_before=referral.sent_on,
        before_message=QT_TRANSLATE_NOOP(
            "errors", "The answer cannot come before the referral was sent ({day})."
        ),
    )
    expected = expected_delivery_on or responded_on + timedelta(DEFAULT_DELIVERY_DAYS)
    if accepted and expected < responded_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The delivery cannot be expected before the answer ({day})."),
            day=responded_on.isoformat(),
        )
    before, before_expected = referral.status, referral.expected_response_on
    done = _complete_tasks(session, referral)
    referral.responded_on = responded_on
    new_tasks: list[int] = []
    if accepted:
        referral.status = R.ACCEPTED
        referral.expected_response_on = expected
        new_tasks.append(_add_task(session, actor, referral, case, "delivery", expected).id)
    else:
        referral.status = R.DECLINED
    _audit(
        session,
        actor,
        AuditAction.UPDATE,
        referral,
        case,
        {
            "changes": {
                **_status_change(before, referral.status),
                **audit.changes(
                    {"expected_response_on": before_expected.isoformat() if before_expected else None},
                    {
                        "expected_response_on": referral.expected_response_on.isoformat()
                        if referral.expected_response_on
                        else None
                    },
                ),
            },
            "responded_on": responded_on.isoformat(),
            "tasks_done": done,
            "tasks_created": new_tasks,
        },
    )
    session.commit()
    return referral


def mark_delivered(session: Session, actor: Actor, referral_id: int, *, delivered_on: date) -> Referral:
    """Record that the organisation delivered its service (needs MANAGE_CASES). Completes the
    "await delivery" task and creates "record the outcome". Audited, commits."""
    require(actor, Permission.MANAGE_CASES)
    referral, case = _get(session, referral_id)
    _refuse_step(
        referral,
        frozenset({R.ACCEPTED}),
        QT_TRANSLATE_NOOP("errors", "Only an accepted referral can be marked as delivered."),
    )
    _check_day(
        delivered_on,
        not_before=referral.responded_on,
        before_message=QT_TRANSLATE_NOOP(
            "errors", "The service cannot be delivered before the organisation accepted it ({day})."
        ),
    )
    done = _complete_tasks(session, referral)
    before = referral.status
    referral.status = R.DELIVERED
    referral.delivered_on = delivered_on
    task = _add_task(session, actor, referral, case, "outcome", delivered_on + timedelta(OUTCOME_TASK_DAYS))
    _audit(
        session,
        actor,
        AuditAction.UPDATE,
        referral,
        case,
        {
            "changes": _status_change(before, R.DELIVERED),
            "delivered_on": delivered_on.isoformat(),
            "tasks_done": done,
            "tasks_created": [task.id],
        },
    )
    session.commit()
    return referral


def record_outcome(
    session: Session, actor: Actor, referral_id: int, *, outcome: str, closed: bool
) -> Referral:
    """Record the outcome of a referral and, with `closed`, close the loop (needs MANAGE_CASES).

    After an answer (accepted, declined, delivered) an outcome may be noted and the loop kept
    open, or closed. A draft or a referral still awaiting its answer can only be closed
    (withdrawn), with the outcome saying why. Closing completes its open follow-up tasks.
    Audited, commits."""
    require(actor, Permission.MANAGE_CASES)
    referral, case = _get(session, referral_id)
    _refuse_step(referral, frozenset(R) - {R.CLOSED}, "")
    if referral.status in (R.DRAFT, R.SENT) and not closed:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "The organisation has not answered yet: record its answer first, or close (withdraw) "
                "the referral.",
            ),
            status=referral.status.value,
        )
    if not outcome.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Describe the outcome of the referral."))
    before = referral.status
    referral.outcome = outcome.strip()
    done: list[int] = []
    if closed:
        done = _complete_tasks(session, referral)
        referral.status = R.CLOSED
    _audit(
        session,
        actor,
        AuditAction.UPDATE,
        referral,
        case,
        {"changes": _status_change(before, referral.status), "outcome": True, "tasks_done": done},
    )
    session.commit()
    return referral


# --- reads ---------------------------------------------------------------------------------


def _row_select() -> Any:
    return (
        select(
            Referral.id,
            Referral.case_id,
            SupportCase.code,
            Referral.organisation_id,
            Organisation.name,
            Referral.status,
            Referral.reason,
            Referral.sent_on,
            Referral.expected_response_on,
            Referral.responded_on,
            Referral.delivered_on,
            Referral.outcome,
            Referral.consent_override_reason,
        )
        .join(SupportCase, SupportCase.id == Referral.case_id)
        .join(Organisation, Organisation.id == Referral.organisation_id)
    )


def _row(r: Any, today: date, *, with_text: bool) -> ReferralRow:
    return ReferralRow(
        id=r[0],
        case_id=r[1],
        case_code=r[2],
        organisation_id=r[3],
        organisation_name=r[4],
        status=r[5],
        reason=r[6] if with_text else "",
        sent_on=r[7],
        expected_response_on=r[8],
        responded_on=r[9],
        delivered_on=r[10],
        outcome=r[11] if with_text else "",
        consent_override=bool(r[12]),
        overdue=is_overdue(r[5], r[8], today),
    )


def case_referrals(
    session: Session, actor: Actor, case_id: int, *, today: date | None = None
) -> list[ReferralRow]:
    """The case's referrals, newest first. Visible to those who see every case and to the
    case's manager; others who may see the case (its homeroom teacher, a provider) get an
    empty list — referrals say which services the student is linked to."""
    case = get_case(session, case_id, lambda case: can_see_case(session, actor, case))
    if not (
        can(actor, Permission.VIEW_ALL_CASES)
        or (actor.staff_id is not None and case.manager_id == actor.staff_id)
    ):
        return []
    day = today or date.today()
    stmt = _row_select().where(Referral.case_id == case.id).order_by(Referral.id.desc())
    return [_row(r, day, with_text=True) for r in session.execute(stmt)]


def open_loops(session: Session, actor: Actor, today: date | None = None) -> list[ReferralRow]:
    """Every open loop of the school (sent and not closed), overdue first, then by expected
    date (for those who see every case; others get an empty list). One query."""
    if not can(actor, Permission.VIEW_ALL_CASES):
        return []
    day = today or date.today()
    stmt = _row_select().where(Referral.status.in_(OPEN_LOOP_STATES))
    rows = [_row(r, day, with_text=False) for r in session.execute(stmt)]
    rows.sort(key=lambda r: (not r.overdue, r.expected_response_on or date.max, r.id))
    return rows


def can_manage(actor: Actor) -> bool:
    """Whether the actor may make and move referrals."""
    return can(actor, Permission.MANAGE_CASES)


__all__ = [
    "DEFAULT_DELIVERY_DAYS",
    "DEFAULT_RESPONSE_DAYS",
    "OPEN_LOOP_STATES",
    "ReferralRow",
    "can_manage",
    "case_referrals",
    "consent_to_send",
    "create_referral",
    "is_overdue",
    "mark_delivered",
    "missing_consent_message",
    "open_loops",
    "record_outcome",
    "record_response",
    "send_referral",
]
