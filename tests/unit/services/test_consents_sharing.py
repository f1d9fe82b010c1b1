"""Consent to share with a named organisation (sharing_consent), and the case_consents read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from desktop.models import (
    ConsentMethod,
    ConsentParty,
    ConsentPurpose,
    Organisation,
    OrganisationKind,
    Role,
    StaffAccount,
    SupportCase,
)
from desktop.services.actor import Actor
from desktop.services.consents import (
    case_consents,
    case_support_consent,
    record_consent,
    sharing_consent,
    withdraw_consent,
)
from desktop.services.errors import NotFound, ValidationError
from tests.unit.services.db_checks import LAST_WEEK, TODAY


@pytest.fixture
def orgs(db: Session) -> tuple[Organisation, Organisation]:
    a = Organisation(name="행복동 행정복지센터", kind=OrganisationKind.COMMUNITY_CENTER)
    b = Organisation(name="정신건강복지센터", kind=OrganisationKind.MENTAL_HEALTH_CENTER)
    db.add_all([a, b])
    db.commit()
    return a, b


def share(
    db: Session,
    actor: Actor,
    case: SupportCase,
    party: ConsentParty,
    org: Organisation,
    **kw: object,
) -> int:
    kw.setdefault("given_on", LAST_WEEK)
    consent = record_consent(
        db,
        actor,
        case.id,
        party=party,
        purpose=ConsentPurpose.SHARING,
        method=ConsentMethod.WRITTEN,
        recipient_organisation_id=org.id,
        **kw,  # type: ignore[arg-type]
    )
    return consent.id


def test_sharing_needs_both_sides_for_that_organisation(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    orgs: tuple[Organisation, Organisation],
) -> None:
    case = make_case()
    center, mental = orgs
    share(db, coordinator, case, ConsentParty.STUDENT, center)
    state = sharing_consent(db, case, center.id, TODAY)
    assert (state.student, state.guardian, state.complete) == (True, False, False)
    share(db, coordinator, case, ConsentParty.LEGAL_REPRESENTATIVE, center)
    assert sharing_consent(db, case, center.id, TODAY).complete
    # Consent to share with one organisation says nothing about another.
    assert not sharing_consent(db, case, mental.id, TODAY).student
    # Nor does a consent to support count as consent to share.
    record_consent(
        db,
        coordinator,
        case.id,
        party=ConsentParty.GUARDIAN,
        purpose=ConsentPurpose.SUPPORT,
        given_on=LAST_WEEK,
        method=ConsentMethod.WRITTEN,
    )
    assert not sharing_consent(db, case, mental.id, TODAY).guardian


def test_sharing_consent_ends_with_withdrawal_expiry_or_later_refusal(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    orgs: tuple[Organisation, Organisation],
) -> None:
    case = make_case()
    center, _ = orgs
    student = share(db, coordinator, case, ConsentParty.STUDENT, center, given_on=LAST_WEEK)
    share(db, coordinator, case, ConsentParty.GUARDIAN, center, expires_on=TODAY - timedelta(days=1))
    state = sharing_consent(db, case, center.id, TODAY)
    assert (state.student, state.guardian) == (True, False)
    # Before the expiry day the guardian's consent held.
    assert sharing_consent(db, case, center.id, TODAY - timedelta(days=2)).complete
    withdraw_consent(db, coordinator, student, withdrawn_on=TODAY, reason="마음이 바뀜")
    assert not sharing_consent(db, case, center.id, TODAY).student
    assert sharing_consent(db, case, center.id, TODAY - timedelta(days=1)).student
    # A new consent after the withdrawal counts again; a later refusal overrides it.
    share(db, coordinator, case, ConsentParty.STUDENT, center, given_on=TODAY)
    assert sharing_consent(db, case, center.id, TODAY).student
    share(db, coordinator, case, ConsentParty.GUARDIAN, center, given_on=TODAY)
    assert sharing_consent(db, case, center.id, TODAY).complete
    share(db, coordinator, case, ConsentParty.GUARDIAN, center, given_on=TODAY, given=False)
    assert not sharing_consent(db, case, center.id, TODAY).guardian


def test_sharing_consent_must_name_its_recipient(
    db: Session, coordinator: Actor, make_case: Callable[..., SupportCase]
) -> None:
    case = make_case()
    with pytest.raises(ValidationError, match="name who receives"):
        record_consent(
            db,
            coordinator,
            case.id,
            party=ConsentParty.STUDENT,
            purpose=ConsentPurpose.SHARING,
            given_on=LAST_WEEK,
            method=ConsentMethod.WRITTEN,
        )


def test_case_consents_lists_marks_and_scopes(
    db: Session,
    coordinator: Actor,
    make_staff: Callable[..., StaffAccount],
    make_case: Callable[..., SupportCase],
    orgs: tuple[Organisation, Organisation],
) -> None:
    case = make_case()
    center, _ = orgs
    first = share(
        db, coordinator, case, ConsentParty.STUDENT, center, given_on=LAST_WEEK, party_name="홍길동"
    )
    share(
        db,
        coordinator,
        case,
        ConsentParty.GUARDIAN,
        center,
        given_on=LAST_WEEK + timedelta(days=1),
        expires_on=TODAY - timedelta(days=1),
    )
    withdraw_consent(db, coordinator, first, withdrawn_on=TODAY, reason="철회 요청")
    rows = case_consents(db, coordinator, case.id)
    assert [r.party for r in rows] == [ConsentParty.GUARDIAN, ConsentParty.STUDENT]  # newest first
    guardian, student = rows
    assert (guardian.recipient_name, guardian.expired, guardian.valid) == ("행복동 행정복지센터", True, False)
    assert (student.party_name, student.withdrawn_on, student.withdrawal_reason, student.valid) == (
        "홍길동",
        TODAY,
        "철회 요청",
        False,
    )
    status = case_support_consent(db, coordinator, case.id)
    assert (status.student, status.guardian) == (False, False)

    student_row = case.student
    homeroom = Actor.of(
        make_staff(Role.HOMEROOM, homeroom_grade=student_row.grade, homeroom_class=student_row.class_no)
    )
    other = Actor.of(make_staff(Role.SPECIALIST))
    for actor in (homeroom, other):
        with pytest.raises(NotFound):
            case_consents(db, actor, case.id)
    manager = Actor.of(make_staff(Role.SPECIALIST))
    case.manager_id = manager.staff_id
    db.commit()
    assert len(case_consents(db, manager, case.id)) == 2
