"""The school's directory of external organisations (DESIGN §1.3): adding, editing, deactivating.

Organisations are never deleted: referrals and interventions keep pointing at them. A deactivated
organisation leaves the directory's default view and cannot receive new referrals; loops already
open with it can still be completed.

Audit details hold the organisation's kind, flags and name (an institution, not a person) with
their before/after values; the other fields (contact person, phone, e-mail, address, services,
notes) may name people, so only the names of the fields that changed are recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import Organisation, OrganisationKind, Referral, ReferralStatus
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import NotFound, ValidationError
from desktop.services.permissions import Permission, require
from desktop.services.text_input import clean_line, clean_text

# Column sizes of the model (desktop/models/resources.py).
_LIMITS: dict[str, int] = {"name": 100, "contact_person": 60, "phone": 40, "email": 100, "address": 200}
_TEXT_FIELDS = ("services", "contact_person", "phone", "email", "address", "notes")

MSG_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This organisation does not exist.")
_TOO_LONG: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("errors", "The organisation's name is too long (at most {limit} characters)."),
    "contact_person": QT_TRANSLATE_NOOP(
        "errors", "The contact person's name is too long (at most {limit} characters)."
    ),
    "phone": QT_TRANSLATE_NOOP("errors", "The phone number is too long (at most {limit} characters)."),
    "email": QT_TRANSLATE_NOOP("errors", "The e-mail address is too long (at most {limit} characters)."),
    "address": QT_TRANSLATE_NOOP("errors", "The address is too long (at most {limit} characters)."),
}


@dataclass(frozen=True)
class OrganisationData:
    """What a user enters about an organisation (create and update take the whole set)."""

    name: str
    kind: OrganisationKind
    services: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    recognised_as_class_hours: bool = False
    notes: str = ""


@dataclass(frozen=True)
class OrganisationDetail:
    """One organisation as its dialog shows it."""

    id: int
    name: str
    kind: OrganisationKind
    services: str
    contact_person: str
    phone: str
    email: str
    address: str
    recognised_as_class_hours: bool
    notes: str
    active: bool
    open_referrals: int  # referrals with it that are sent and not closed

    def data(self) -> OrganisationData:
        return OrganisationData(
            name=self.name,
            kind=self.kind,
            services=self.services,
            contact_person=self.contact_person,
            phone=self.phone,
            email=self.email,
            address=self.address,
            recognised_as_class_hours=self.recognised_as_class_hours,
            notes=self.notes,
        )


def _clean(data: OrganisationData) -> OrganisationData:
    """The data with its text cleaned (text_input) and stripped, or ValidationError saying why."""
    cleaned = OrganisationData(
        name=clean_line(data.name).strip(),
        kind=data.kind,
        services=clean_text(data.services).strip(),
        contact_person=clean_line(data.contact_person).strip(),
        phone=clean_line(data.phone).strip(),
        email=clean_line(data.email).strip(),
        address=clean_line(data.address).strip(),
        recognised_as_class_hours=data.recognised_as_class_hours,
        notes=clean_text(data.notes).strip(),
    )
    if not cleaned.name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the organisation's name."))
    if not isinstance(cleaned.kind, OrganisationKind):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the kind of organisation."))
    for field, limit in _LIMITS.items():
        if len(getattr(cleaned, field)) > limit:
            raise ValidationError(_TOO_LONG[field], limit=limit)
    if cleaned.email and ("@" not in cleaned.email or " " in cleaned.email):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The e-mail address is not valid."))
    return cleaned


def _check_unique_name(session: Session, name: str, own_id: int | None) -> None:
    stmt = select(Organisation.id).where(
        func.lower(Organisation.name) == name.lower(), Organisation.active.is_(True)
    )
    if own_id is not None:
        stmt = stmt.where(Organisation.id != own_id)
    if session.scalar(stmt.limit(1)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An active organisation with this name is already in the directory.")
        )


def _get(session: Session, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(MSG_NOT_FOUND, organisation_id=organisation_id)
    return organisation


def _audited_state(organisation: Organisation) -> dict[str, Any]:
    return {
        "name": organisation.name,
        "kind": organisation.kind.value,
        "recognised_as_class_hours": organisation.recognised_as_class_hours,
        "active": organisation.active,
    }


def create_organisation(session: Session, actor: Actor, data: OrganisationData) -> Organisation:
    """Add an organisation to the directory (needs MANAGE_ORGANISATIONS). Audited, commits."""
    require(actor, Permission.MANAGE_ORGANISATIONS)
    cleaned = _clean(data)
    _check_unique_name(session, cleaned.name, None)
    organisation = Organisation(
        name=cleaned.name,
        kind=cleaned.kind,
        services=cleaned.services,
        contact_person=cleaned.contact_person,
        phone=cleaned.phone,
        email=cleaned.email,
        address=cleaned.address,
        recognised_as_class_hours=cleaned.recognised_as_class_hours,
        notes=cleaned.notes,
        active=True,
    )
    session.add(organisation)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity_type=AuditRecord.ORGANISATION,
        entity_id=organisation.id,
        detail={
            **_audited_state(organisation),
            "fields": [f for f in _TEXT_FIELDS if getattr(organisation, f)],
        },
    )
    session.commit()
    return organisation


def update_organisation(
    session: Session, actor: Actor, organisation_id: int, data: OrganisationData
) -> Organisation:
    """Replace an organisation's details with `data` (needs MANAGE_ORGANISATIONS). Nothing is
    written or audited when nothing changed. Audited with before/after, commits."""
    require(actor, Permission.MANAGE_ORGANISATIONS)
    organisation = _get(session, organisation_id)
    cleaned = _clean(data)
    if organisation.active:
        _check_unique_name(session, cleaned.name, organisation.id)
    before = _audited_state(organisation)
    edited = [f for f in _TEXT_FIELDS if getattr(organisation, f) != getattr(cleaned, f)]
    organisation.name = cleaned.name
    organisation.kind = cleaned.kind
    organisation.recognised_as_class_hours = cleaned.recognised_as_class_hours
    for field in _TEXT_FIELDS:
        setattr(organisation, field, getattr(cleaned, field))
    changes = audit.changes(before, _audited_state(organisation))
    if not changes and not edited:
        session.rollback()
        return organisation
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity_type=AuditRecord.ORGANISATION,
        entity_id=organisation.id,
        detail={"changes": changes, "edited": edited},
    )
    session.commit()
    return organisation


def _set_active(session: Session, actor: Actor, organisation_id: int, active: bool) -> Organisation:
    require(actor, Permission.MANAGE_ORGANISATIONS)
    organisation = _get(session, organisation_id)
    if organisation.active == active:
        message = (
            QT_TRANSLATE_NOOP("errors", "This organisation is already active.")
            if active
            else QT_TRANSLATE_NOOP("errors", "This organisation is already inactive.")
        )
        raise ValidationError(message)
    if active:
        _check_unique_name(session, organisation.name, organisation.id)
    before = _audited_state(organisation)
    organisation.active = active
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity_type=AuditRecord.ORGANISATION,
        entity_id=organisation.id,
        detail={"changes": audit.changes(before, _audited_state(organisation)), "edited": []},
    )
    session.commit()
    return organisation


def deactivate_organisation(session: Session, actor: Actor, organisation_id: int) -> Organisation:
    """Take an organisation out of the directory (needs MANAGE_ORGANISATIONS): it is kept for
    the referrals and interventions that name it, and open loops with it can still be
    completed, but no new referral can be made to it. Audited, commits."""
    return _set_active(session, actor, organisation_id, False)


def reactivate_organisation(session: Session, actor: Actor, organisation_id: int) -> Organisation:
    """Put a deactivated organisation back in the directory (needs MANAGE_ORGANISATIONS)."""
    return _set_active(session, actor, organisation_id, True)


def organisation_detail(session: Session, actor: Actor, organisation_id: int) -> OrganisationDetail:
    """Everything the directory holds about one organisation (needs VIEW_ORGANISATIONS)."""
    require(actor, Permission.VIEW_ORGANISATIONS)
    organisation = _get(session, organisation_id)
    open_referrals = session.scalar(
        select(func.count())
        .select_from(Referral)
        .where(
            Referral.organisation_id == organisation.id,
            Referral.status.notin_([ReferralStatus.DRAFT, ReferralStatus.CLOSED]),
        )
    )
    return OrganisationDetail(
        id=organisation.id,
        name=organisation.name,
        kind=organisation.kind,
        services=organisation.services,
        contact_person=organisation.contact_person,
        phone=organisation.phone,
        email=organisation.email,
        address=organisation.address,
        recognised_as_class_hours=organisation.recognised_as_class_hours,
        notes=organisation.notes,
        active=organisation.active,
        open_referrals=int(open_referrals or 0),
    )


__all__ = [
    "OrganisationData",
    "OrganisationDetail",
    "create_organisation",
    "deactivate_organisation",
    "organisation_detail",
    "reactivate_organisation",
    "update_organisation",
]
