"""Recording and withdrawing consents: what is stored, audited and refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Consent,
    ConsentMethod,
    ConsentParty,
    ConsentPurpose,
    Role,
    StaffAccount,
    SupportCase,
)
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.consents import record_consent, support_consent, withdraw_consent
from desktop.services.errors import PermissionDenied, ValidationError
from tests.unit.services.db_checks import LAST_WEEK, TODAY, audit_events


def consent_count(db: Session) -> int:
    return db.scalar(select(func.count()).select_from(Consent)) or 0


def test_recorded_consent_is_stored_and_audited_without_names(
    db: Session, coordinator: Actor, make_case: Callable[..., SupportCase]
) -> None:
    case = make_case()
    consent = record_consent(
        db,
        coordinator,
        case.id,
        party=ConsentParty.GUARDIAN,
        party_name="최보호",
        purpose=ConsentPurpose.SUPPORT,
        given_on=LAST_WEEK,
        method=ConsentMethod.PHONE,
        expires_on=TODAY + timedelta(days=365),
    )
    db.expire_all()
    stored = db.get(Consent, consent.id)
    assert stored is not None
    assert (stored.party, stored.party_name, stored.method, stored.recorded_by_id) == (
        ConsentParty.GUARDIAN,
        "최보호",
        ConsentMethod.PHONE,
        coordinator.staff_id,
    )
    event = audit_events(db, AuditAction.CREATE)[-1]
    assert (event.entity_type, event.entity_id, event.student_id) == ("consent", consent.id, case.student_id)
    assert event.detail["party"] == "guardian" and event.detail["given_on"] == LAST_WEEK.isoformat()
    assert "최보호" not in str(event.detail)
    assert support_consent(db, case, TODAY).guardian and not support_consent(db, case, TODAY).student


def test_withdrawal_is_stored_audited_and_not_repeatable(
    db: Session, coordinator: Actor, make_case: Callable[..., SupportCase], give_consents: Callable[..., None]
) -> None:
    case = make_case()
    give_consents(case, ConsentParty.STUDENT)
    consent = db.scalars(select(Consent).where(Consent.case_id == case.id)).one()
    withdraw_consent(db, coordinator, consent.id, withdrawn_on=TODAY, reason="상담 거부")
    db.expire_all()
    assert (consent.withdrawn_on, consent.withdrawal_reason) == (TODAY, "상담 거부")
    assert not support_consent(db, case, TODAY).student
    # Valid until the day before it was withdrawn.
    assert support_consent(db, case, TODAY - timedelta(days=1)).student
    event = audit_events(db, AuditAction.UPDATE)[-1]
    assert event.detail["changes"] == {"withdrawn_on": {"before": None, "after": TODAY.isoformat()}}
    with pytest.raises(ValidationError) as refused:
        withdraw_consent(db, coordinator, consent.id)
    assert refused.value.text() == "This consent has already been withdrawn."


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"given_on": TODAY + timedelta(days=1)}, "A consent cannot be dated in the future."),
        (
            {"expires_on": LAST_WEEK - timedelta(days=1)},
            "A consent cannot expire before the day it was given.",
        ),
        ({"purpose": ConsentPurpose.SHARING}, "A consent to share information must name who receives it."),
    ],
)
def test_invalid_consents_are_refused(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    changes: dict[str, Any],
    message: str,
) -> None:
    case = make_case()
    fields: dict[str, Any] = {
        "party": ConsentParty.STUDENT,
        "purpose": ConsentPurpose.SUPPORT,
        "given_on": LAST_WEEK,
        "method": ConsentMethod.WRITTEN,
    }
    with pytest.raises(ValidationError) as refused:
        record_consent(db, coordinator, case.id, **(fields | changes))
    assert refused.value.text() == message
    assert consent_count(db) == 0


def test_only_the_coordinator_records_consents(
    db: Session, make_case: Callable[..., SupportCase], make_staff: Callable[..., StaffAccount]
) -> None:
    case = make_case()
    principal = Actor.of(make_staff(Role.PRINCIPAL))
    with pytest.raises(PermissionDenied) as refused:
        record_consent(db, principal, case.id, party=ConsentParty.STUDENT, purpose=ConsentPurpose.SUPPORT,
                       given_on=LAST_WEEK, method=ConsentMethod.WRITTEN)  # fmt: skip
    assert refused.value.text() == "Your account may not record or withdraw consents."
    assert consent_count(db) == 0
