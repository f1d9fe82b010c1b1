"""Consents (동의) of a case: recording, withdrawing, and whether support may go ahead.

The student and the guardian (or legal representative) consent separately (Act §11③); support
goes ahead only while both have a valid consent to support.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    Consent,
    ConsentMethod,
    ConsentParty,
    ConsentPurpose,
    Intervention,
    Organisation,
    SupportCase,
)
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import NotFound, ValidationError
from desktop.services.lookups import get_case
from desktop.services.permissions import Permission, can, can_see_case, require

GUARDIAN_SIDE: frozenset[ConsentParty] = frozenset({ConsentParty.GUARDIAN, ConsentParty.LEGAL_REPRESENTATIVE})
"""Parties who consent for the family: the guardian or, for a child under 14, the legal representative."""


@dataclass(frozen=True)
class SupportConsent:
    """Whether each side has a valid consent to support on a given day."""

    student: bool
    guardian: bool

    @property
    def complete(self) -> bool:
        """Both the student and the guardian side consent."""
        return self.student and self.guardian


def _latest_decides(consents: list[Consent], party: ConsentParty, on: date) -> bool:
    # The most recent record of a party decides: a later refusal overrides an earlier consent,
    # and a new consent after a withdrawal counts again.
    mine = [c for c in consents if c.party is party and c.given_on <= on]
    if not mine:
        return False
    latest = max(mine, key=lambda c: (c.given_on, c.id))
    return latest.is_valid_on(on)


def support_consent(session: Session, case: SupportCase, on: date) -> SupportConsent:
    """The state of the case's consents to support on day `on`."""
    consents = list(
        session.scalars(
            select(Consent).where(Consent.case_id == case.id, Consent.purpose == ConsentPurpose.SUPPORT)
        )
    )
    return SupportConsent(
        student=_latest_decides(consents, ConsentParty.STUDENT, on),
        guardian=any(_latest_decides(consents, party, on) for party in GUARDIAN_SIDE),
    )


def sharing_consent(session: Session, case: SupportCase, organisation_id: int, on: date) -> SupportConsent:
    """Whether each side has a valid consent, on day `on`, to share the case's information with
    one organisation (purpose SHARING, recipient that organisation)."""
    consents = list(
        session.scalars(
            select(Consent).where(
                Consent.case_id == case.id,
                Consent.purpose == ConsentPurpose.SHARING,
                Consent.recipient_organisation_id == organisation_id,
            )
        )
    )
    return SupportConsent(
        student=_latest_decides(consents, ConsentParty.STUDENT, on),
        guardian=any(_latest_decides(consents, party, on) for party in GUARDIAN_SIDE),
    )


def _get_case(session: Session, case_id: int) -> SupportCase:
    return get_case(session, case_id)


def record_consent(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    party: ConsentParty,
    purpose: ConsentPurpose,
    given_on: date,
    method: ConsentMethod,
    given: bool = True,
    expires_on: date | None = None,
    recipient_organisation_id: int | None = None,
    party_name: str = "",
    recipient: str = "",
    notes: str = "",
) -> Consent:
    """Record one party's consent (or, with given=False, their refusal) for one purpose.

    Needs RECORD_CONSENT. Consent to share information must name its recipient. Audited, commits.
    """
    require(actor, Permission.RECORD_CONSENT)
    case = _get_case(session, case_id)
    if given_on > date.today():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A consent cannot be dated in the future."))
    if expires_on is not None and expires_on < given_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A consent cannot expire before the day it was given.")
        )
    if recipient_organisation_id is not None and session.get(Organisation, recipient_organisation_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This organisation does not exist."),
            organisation_id=recipient_organisation_id,
        )
    if purpose is ConsentPurpose.SHARING and recipient_organisation_id is None and not recipient.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A consent to share information must name who receives it.")
        )
    consent = Consent(
        case_id=case.id,
        party=party,
        party_name=party_name.strip(),
        purpose=purpose,
        recipient_organisation_id=recipient_organisation_id,
        recipient=recipient.strip(),
        given=given,
        given_on=given_on,
        method=method,
        expires_on=expires_on,
        recorded_by_id=actor.staff_id,
        notes=notes,
    )
    session.add(consent)
    session.flush()
    # No names in the detail: the audit log outlives the student's data (DESIGN §1.5).
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity_type=AuditRecord.CONSENT,
        entity_id=consent.id,
        student_id=case.student_id,
        detail={
            "case": case.code,
            "party": party.value,
            "purpose": purpose.value,
            "given": given,
            "given_on": given_on.isoformat(),
            "expires_on": expires_on.isoformat() if expires_on else None,
            "recipient_organisation_id": recipient_organisation_id,
        },
    )
    session.commit()
    return consent


def withdraw_consent(
    session: Session,
    actor: Actor,
    consent_id: int,
    *,
    withdrawn_on: date | None = None,
    reason: str = "",
) -> Consent:
    """Record that a consent was withdrawn on `withdrawn_on` (default today). Needs RECORD_CONSENT.

    The case keeps its state; the workflow then refuses to (re)start support until a new
    consent is recorded. Audited, commits.
    """
    require(actor, Permission.RECORD_CONSENT)
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This consent does not exist."), consent_id=consent_id)
    if consent.withdrawn_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This consent has already been withdrawn."))
    day = withdrawn_on or date.today()
    if day < consent.given_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A consent cannot be withdrawn before the day it was given.")
        )
    consent.withdrawn_on = day
    consent.withdrawal_reason = reason.strip()
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity_type=AuditRecord.CONSENT,
        entity_id=consent.id,
        student_id=consent.case.student_id,
        detail={
            "case": consent.case.code,
            "party": consent.party.value,
            "purpose": consent.purpose.value,
            "changes": audit.changes({"withdrawn_on": None}, {"withdrawn_on": day.isoformat()}),
        },
    )
    session.commit()
    return consent


@dataclass(frozen=True)
class ConsentRow:
    """A consent of a case as the Consents tab lists it. `recipient_name` is the organisation's
    name (or the free recipient) of a consent to share; `valid` is is_valid_on(the day asked)."""

    id: int
    party: ConsentParty
    party_name: str
    purpose: ConsentPurpose
    recipient_organisation_id: int | None
    recipient_name: str
    given: bool
    given_on: date
    method: ConsentMethod
    expires_on: date | None
    withdrawn_on: date | None
    withdrawal_reason: str
    notes: str
    valid: bool
    expired: bool


def can_see_case_details(session: Session, actor: Actor, case: SupportCase) -> bool:
    """Whether the actor may see a case's consents and plan (they carry the family's names and
    needs): those who see all cases, and those the case is assigned to (case manager or provider
    of an intervention). A homeroom teacher sees only the state of their class's other cases."""
    if not can_see_case(session, actor, case):
        return False
    if can(actor, Permission.VIEW_ALL_CASES):
        return True
    if actor.staff_id is None:
        return False
    if case.manager_id == actor.staff_id:
        return True
    provides = session.scalar(
        select(Intervention.id)
        .where(Intervention.case_id == case.id, Intervention.provider_staff_id == actor.staff_id)
        .limit(1)
    )
    return provides is not None


def _visible_case(session: Session, actor: Actor, case_id: int) -> SupportCase:
    return get_case(session, case_id, lambda case: can_see_case_details(session, actor, case))


def case_consents(
    session: Session, actor: Actor, case_id: int, *, on: date | None = None
) -> list[ConsentRow]:
    """Every consent (and refusal) recorded for the case, newest first, marked valid or expired
    on day `on` (default today). NotFound when the actor may not see the case's details."""
    _visible_case(session, actor, case_id)
    day = on or date.today()
    stmt = (
        select(Consent, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Consent.recipient_organisation_id)
        .where(Consent.case_id == case_id)
        .order_by(Consent.given_on.desc(), Consent.id.desc())
    )
    return [
        ConsentRow(
            id=c.id,
            party=c.party,
            party_name=c.party_name,
            purpose=c.purpose,
            recipient_organisation_id=c.recipient_organisation_id,
            recipient_name=org_name or c.recipient,
            given=c.given,
            given_on=c.given_on,
            method=c.method,
            expires_on=c.expires_on,
            withdrawn_on=c.withdrawn_on,
            withdrawal_reason=c.withdrawal_reason,
            notes=c.notes,
            valid=c.is_valid_on(day),
            expired=c.expires_on is not None and c.expires_on < day,
        )
        for c, org_name in session.execute(stmt)
    ]


@dataclass(frozen=True)
class ConsentNames:
    """The names the student record gives the parties of a case's consents, to start the
    consent form with (the guardian's name also stands for the legal representative)."""

    student: str
    guardian: str

    def of(self, party: ConsentParty) -> str:
        return self.student if party is ConsentParty.STUDENT else self.guardian


def consent_names(session: Session, actor: Actor, case_id: int) -> ConsentNames:
    """The student's and the guardian's names for the case's consent form; NotFound when the actor
    may not see the case's details."""
    student = _visible_case(session, actor, case_id).student
    return ConsentNames(student=student.name, guardian=student.guardian_name)


def case_support_consent(
    session: Session, actor: Actor, case_id: int, *, on: date | None = None
) -> SupportConsent:
    """support_consent for a case the actor may see (NotFound otherwise), on `on` (default today)."""
    case = _visible_case(session, actor, case_id)
    return support_consent(session, case, on or date.today())


__all__ = [
    "GUARDIAN_SIDE",
    "ConsentNames",
    "ConsentRow",
    "SupportConsent",
    "can_see_case_details",
    "case_consents",
    "case_support_consent",
    "consent_names",
    "record_consent",
    "sharing_consent",
    "support_consent",
    "withdraw_consent",
]
