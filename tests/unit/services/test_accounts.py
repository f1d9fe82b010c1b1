"""Administration of staff accounts: only administrators, every change of rights audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Role, StaffAccount, StaffSpecialty
from desktop.services.accounts import change_role, create_staff, disable_account, enable_account
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, verify_chain
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from tests.unit.services.db_checks import audit_events


def grants(db: Session) -> list[dict[str, Any]]:
    return [e.detail for e in audit_events(db, AuditAction.GRANT)]


def test_admin_creates_an_account_and_the_grant_is_recorded(db: Session, coordinator: Actor) -> None:
    before = len(grants(db))
    staff = create_staff(
        db,
        coordinator,
        username=" teacher32 ",
        display_name="박담임",
        role=Role.HOMEROOM,
        position="담임교사",
        homeroom_grade=3,
        homeroom_class=2,
    )
    db.expire_all()
    stored = db.scalars(select(StaffAccount).where(StaffAccount.username == "teacher32")).one()
    assert (stored.role, stored.is_admin, stored.active, stored.homeroom_grade, stored.homeroom_class) == (
        Role.HOMEROOM,
        False,
        True,
        3,
        2,
    )
    events = audit_events(db, AuditAction.GRANT)
    assert len(events) == before + 1
    event = events[-1]
    assert (event.entity_type, event.entity_id, event.actor_name) == (
        "staff_account",
        staff.id,
        "coordinator",
    )
    assert event.detail == {
        "username": "teacher32",
        "what": "create",
        "before": None,
        "after": {
            "role": "homeroom",
            "is_admin": False,
            "active": True,
            "homeroom_grade": 3,
            "homeroom_class": 2,
        },
    }
    assert verify_chain(db) == []


def test_non_admin_may_not_manage_accounts_and_nothing_is_stored(
    db: Session, make_staff: Callable[..., StaffAccount]
) -> None:
    # A coordinator without the administrator flag does the case work, not the accounts.
    plain = Actor.of(make_staff(Role.COORDINATOR))
    target = make_staff(Role.HOMEROOM, homeroom_grade=1, homeroom_class=1)
    events_before = len(audit_events(db))
    with pytest.raises(PermissionDenied) as refused:
        create_staff(
            db, plain, username="intruder", display_name="침입자", role=Role.PRINCIPAL, is_admin=True
        )
    assert refused.value.text() == "Your account may not manage staff accounts."
    with pytest.raises(PermissionDenied):
        change_role(db, plain, target.id, role=Role.PRINCIPAL)
    with pytest.raises(PermissionDenied):
        disable_account(db, plain, target.id)
    db.expire_all()
    assert db.scalar(select(StaffAccount).where(StaffAccount.username == "intruder")) is None
    assert (target.role, target.active) == (Role.HOMEROOM, True)
    assert len(audit_events(db)) == events_before


def test_change_role_records_before_and_after(
    db: Session, coordinator: Actor, make_staff: Callable[..., StaffAccount]
) -> None:
    target = make_staff(Role.HOMEROOM, homeroom_grade=2, homeroom_class=5)
    change_role(db, coordinator, target.id, role=Role.HEAD_TEACHER, is_admin=True)
    db.expire_all()
    assert (target.role, target.is_admin) == (Role.HEAD_TEACHER, True)
    detail = grants(db)[-1]
    assert detail["what"] == "change"
    assert detail["before"] == {
        "role": "homeroom",
        "is_admin": False,
        "active": True,
        "homeroom_grade": 2,
        "homeroom_class": 5,
    }
    assert detail["after"] == {
        "role": "head_teacher",
        "is_admin": True,
        "active": True,
        "homeroom_grade": 2,
        "homeroom_class": 5,
    }
    assert verify_chain(db) == []


def test_change_that_changes_nothing_stores_no_event(
    db: Session, coordinator: Actor, make_staff: Callable[..., StaffAccount]
) -> None:
    target = make_staff(Role.SPECIALIST, specialty=StaffSpecialty.NURSE)
    count = len(audit_events(db))
    change_role(db, coordinator, target.id, role=Role.SPECIALIST, is_admin=False)
    assert len(audit_events(db)) == count


def test_last_administrator_keeps_the_right(db: Session, coordinator: Actor) -> None:
    assert coordinator.staff_id is not None
    with pytest.raises(ValidationError) as refused:
        change_role(db, coordinator, coordinator.staff_id, is_admin=False)
    assert refused.value.text() == "The last administrator cannot lose the administrator right."
    with pytest.raises(ValidationError) as refused:
        disable_account(db, coordinator, coordinator.staff_id)
    assert refused.value.text() == "The last administrator cannot be disabled."
    db.expire_all()
    me = db.get(StaffAccount, coordinator.staff_id)
    assert me is not None and me.is_admin and me.active


def test_an_administrator_can_step_down_once_there_is_another(
    db: Session, coordinator: Actor, make_staff: Callable[..., StaffAccount]
) -> None:
    assert coordinator.staff_id is not None
    make_staff(Role.PRINCIPAL, is_admin=True)
    change_role(db, coordinator, coordinator.staff_id, is_admin=False)
    db.expire_all()
    me = db.get(StaffAccount, coordinator.staff_id)
    assert me is not None and not me.is_admin


def test_disable_and_enable_an_account(
    db: Session, coordinator: Actor, make_staff: Callable[..., StaffAccount]
) -> None:
    target = make_staff(Role.SPECIALIST)
    disable_account(db, coordinator, target.id)
    db.expire_all()
    assert not target.active and target.disabled_at is not None
    last = grants(db)[-1]
    assert (last["what"], last["before"]["active"], last["after"]["active"]) == ("disable", True, False)
    with pytest.raises(ValidationError) as refused:
        disable_account(db, coordinator, target.id)
    assert refused.value.text() == "This account is already disabled."
    enable_account(db, coordinator, target.id)
    db.expire_all()
    assert target.active and target.disabled_at is None
    assert grants(db)[-1]["what"] == "enable"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"username": "  ", "display_name": "이름", "role": Role.SPECIALIST}, "Enter a user name."),
        (
            {"username": "COORDINATOR", "display_name": "이름", "role": Role.SPECIALIST},
            "The user name “COORDINATOR” is already taken.",
        ),
        (
            {"username": "t1", "display_name": "담임", "role": Role.HOMEROOM, "homeroom_grade": 1},
            "A homeroom teacher needs a grade and a class.",
        ),
        (
            {
                "username": "t1",
                "display_name": "담임",
                "role": Role.HOMEROOM,
                "homeroom_grade": 0,
                "homeroom_class": 1,
            },
            "Grade and class must be between 1 and 20.",
        ),
    ],
)
def test_invalid_accounts_are_refused(
    db: Session, coordinator: Actor, fields: dict[str, object], message: str
) -> None:
    count = db.scalar(select(StaffAccount.id).order_by(StaffAccount.id.desc()).limit(1))
    with pytest.raises(ValidationError) as refused:
        create_staff(db, coordinator, **fields)  # type: ignore[arg-type]
    assert refused.value.text() == message
    assert db.scalar(select(StaffAccount.id).order_by(StaffAccount.id.desc()).limit(1)) == count


def test_unknown_account_is_not_found(db: Session, coordinator: Actor) -> None:
    with pytest.raises(NotFound):
        disable_account(db, coordinator, 9999)
