"""The directory of external organisations: adding, editing, deactivating, and who may."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from desktop.models import Organisation, OrganisationKind, Role, StaffAccount
from desktop.services import listing
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.organisations import (
    OrganisationData,
    create_organisation,
    deactivate_organisation,
    organisation_detail,
    reactivate_organisation,
    update_organisation,
)
from tests.unit.services.db_checks import audit_events

DATA = OrganisationData(
    name="행복구 청소년상담복지센터",
    kind=OrganisationKind.YOUTH_COUNSELLING,
    services="개인상담, 집단상담",
    contact_person="김상담",
    phone="02-123-4567",
    email="help@example.org",
    address="행복구 행복로 1",
    recognised_as_class_hours=False,
    notes="평일 9-18시",
)


def test_created_organisation_is_stored_listed_and_audited_without_personal_fields(
    db: Session, coordinator: Actor
) -> None:
    org = create_organisation(db, coordinator, replace(DATA, name="  " + DATA.name + " "))
    db.expire_all()
    detail = organisation_detail(db, coordinator, org.id)
    assert detail.data() == DATA
    assert detail.active and detail.open_referrals == 0
    assert [r.name for r in listing.organisations(db, coordinator)] == [DATA.name]
    event = audit_events(db, AuditAction.CREATE)[-1]
    assert (event.entity_type, event.entity_id) == ("organisation", org.id)
    assert event.detail["kind"] == "youth_counselling"
    assert "김상담" not in str(event.detail) and "02-123-4567" not in str(event.detail)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"name": "   "}, "name"),
        ({"email": "not-an-address"}, "e-mail"),
        ({"phone": "1" * 41}, "phone"),
    ],
)
def test_invalid_data_is_refused(
    db: Session, coordinator: Actor, change: dict[str, str], fragment: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        create_organisation(db, coordinator, replace(DATA, **change))
    assert fragment in str(refused.value)
    assert listing.organisations(db, coordinator, include_inactive=True) == []


def test_a_second_active_organisation_with_the_same_name_is_refused(db: Session, coordinator: Actor) -> None:
    create_organisation(db, coordinator, DATA)
    with pytest.raises(ValidationError, match="already in the directory"):
        create_organisation(db, coordinator, replace(DATA, kind=OrganisationKind.NGO))


def test_update_records_before_and_after_of_coded_fields_and_names_of_edited_text_fields(
    db: Session, coordinator: Actor
) -> None:
    org = create_organisation(db, coordinator, DATA)
    update_organisation(
        db,
        coordinator,
        org.id,
        replace(DATA, kind=OrganisationKind.WEE_CENTER, phone="02-999-0000", recognised_as_class_hours=True),
    )
    db.expire_all()
    stored = db.get(Organisation, org.id)
    assert stored is not None
    assert (stored.kind, stored.phone, stored.recognised_as_class_hours) == (
        OrganisationKind.WEE_CENTER,
        "02-999-0000",
        True,
    )
    event = audit_events(db, AuditAction.UPDATE)[-1]
    assert event.detail["changes"] == {
        "kind": {"before": "youth_counselling", "after": "wee_center"},
        "recognised_as_class_hours": {"before": False, "after": True},
    }
    assert event.detail["edited"] == ["phone"]
    assert "02-999-0000" not in str(event.detail)


def test_an_update_that_changes_nothing_writes_no_audit_event(db: Session, coordinator: Actor) -> None:
    org = create_organisation(db, coordinator, DATA)
    before = len(audit_events(db))
    update_organisation(db, coordinator, org.id, DATA)
    assert len(audit_events(db)) == before


def test_deactivated_organisation_leaves_the_default_list_and_can_come_back(
    db: Session, coordinator: Actor
) -> None:
    org = create_organisation(db, coordinator, DATA)
    deactivate_organisation(db, coordinator, org.id)
    assert listing.organisations(db, coordinator) == []
    rows = listing.organisations(db, coordinator, include_inactive=True)
    assert [(r.id, r.active) for r in rows] == [(org.id, False)]
    assert audit_events(db, AuditAction.UPDATE)[-1].detail["changes"] == {
        "active": {"before": True, "after": False}
    }
    with pytest.raises(ValidationError, match="already inactive"):
        deactivate_organisation(db, coordinator, org.id)
    reactivate_organisation(db, coordinator, org.id)
    assert [r.id for r in listing.organisations(db, coordinator)] == [org.id]


@pytest.mark.parametrize("role", [Role.PRINCIPAL, Role.HEAD_TEACHER, Role.SPECIALIST, Role.HOMEROOM])
def test_only_the_coordinator_may_edit_the_directory(
    db: Session, coordinator: Actor, make_staff: Callable[..., StaffAccount], role: Role
) -> None:
    org = create_organisation(db, coordinator, DATA)
    actor = Actor.of(make_staff(role))
    with pytest.raises(PermissionDenied):
        create_organisation(db, actor, replace(DATA, name="다른 기관"))
    with pytest.raises(PermissionDenied):
        update_organisation(db, actor, org.id, replace(DATA, phone="1"))
    with pytest.raises(PermissionDenied):
        deactivate_organisation(db, actor, org.id)
    db.expire_all()
    stored = db.get(Organisation, org.id)
    assert stored is not None and stored.active and stored.phone == DATA.phone


def test_homeroom_teachers_do_not_see_the_directory(
    db: Session, coordinator: Actor, make_staff: Callable[..., StaffAccount]
) -> None:
    org = create_organisation(db, coordinator, DATA)
    homeroom = Actor.of(make_staff(Role.HOMEROOM))
    assert listing.organisations(db, homeroom) == []
    with pytest.raises(PermissionDenied):
        organisation_detail(db, homeroom, org.id)
    counselor = Actor.of(make_staff(Role.SPECIALIST))
    assert organisation_detail(db, counselor, org.id).name == DATA.name
