"""Account administration with key slots: an initial password, a reset, disabling removes the
slot; every change of rights audited with before/after; the last administrator is kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Role, StaffAccount
from desktop.services import accounts
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, verify_chain
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.storage.errors import WrongPasswordError
from desktop.storage.keyslots import load_key_file, unwrap_slot
from desktop.storage.vault import Vault
from tests.conftest import TEST_KDF
from tests.unit.services.db_checks import audit_events


class Slots:
    """The vault's key slots with the cheap test KDF."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def set_password(self, username: str, new_password: str) -> None:
        self.vault.set_password(username, new_password, kdf=TEST_KDF)

    def has_slot(self, username: str) -> bool:
        return self.vault.has_slot(username)

    def remove_slot(self, username: str) -> bool:
        return self.vault.remove_slot(username)

    def complete_revocation(self) -> bool:
        return self.vault.complete_revocation()


@pytest.fixture
def slots(school_vault: Vault) -> Slots:
    return Slots(school_vault)


def opens(vault: Vault, username: str, password: str) -> bool:
    """Whether this user name and password unwrap the data key (what log-in does)."""
    key_file = load_key_file(vault.keys_path)
    slot = key_file.password_slot(username)
    if slot is None:
        return False
    try:
        unwrap_slot(slot, [vault.database_id], password)
    except WrongPasswordError:
        return False
    return True


def last_grant(db: Session) -> dict[str, Any]:
    return audit_events(db, AuditAction.GRANT)[-1].detail


def test_create_account_with_initial_password(
    db: Session, coordinator: Actor, slots: Slots, school_vault: Vault
) -> None:
    staff = accounts.create_account(
        db,
        coordinator,
        slots,
        username="wee1",
        display_name="정상담",
        role=Role.SPECIALIST,
        password="상담실 창가 화분 2026",
    )
    assert opens(school_vault, "wee1", "상담실 창가 화분 2026")
    assert not opens(school_vault, "wee1", "wrong password 1")
    grant = last_grant(db)
    assert grant["what"] == "create" and grant["before"] is None
    assert grant["after"]["role"] == "specialist"
    assert "상담실" not in str(audit_events(db)[-1].detail)  # never the password
    assert db.get(StaffAccount, staff.id) is not None


@pytest.mark.parametrize(
    "password", ["short1", "password1234", "12345678901", "테스트초등학교2026", "약함약함약함약함약함"]
)
def test_a_weak_initial_password_stores_nothing(
    db: Session, coordinator: Actor, slots: Slots, school_vault: Vault, password: str
) -> None:
    events = len(audit_events(db))
    with pytest.raises(ValidationError):
        accounts.create_account(
            db,
            coordinator,
            slots,
            username="weak",
            display_name="약함",
            role=Role.HEAD_TEACHER,
            password=password,
        )
    db.rollback()
    assert db.scalars(select(StaffAccount).where(StaffAccount.username == "weak")).first() is None
    assert not school_vault.has_slot("weak")
    assert len(audit_events(db)) == events


def test_a_taken_user_name_writes_no_slot(
    db: Session, coordinator: Actor, slots: Slots, school_vault: Vault
) -> None:
    with pytest.raises(ValidationError, match="already taken"):
        accounts.create_account(
            db,
            coordinator,
            slots,
            username="COORDINATOR",
            display_name="둘째",
            role=Role.HEAD_TEACHER,
            password="another pass 1",
        )
    assert not opens(school_vault, "COORDINATOR", "another pass 1")


def test_reset_password_replaces_the_slot_and_is_audited(
    db: Session, coordinator: Actor, slots: Slots, school_vault: Vault
) -> None:
    staff = accounts.create_account(
        db,
        coordinator,
        slots,
        username="t11",
        display_name="담임",
        role=Role.HEAD_TEACHER,
        password="first pass 1",
    )
    accounts.reset_password(db, coordinator, slots, staff.id, "second pass 2")
    assert opens(school_vault, "t11", "second pass 2")
    assert not opens(school_vault, "t11", "first pass 1")
    grant = last_grant(db)
    assert grant["what"] == "reset_password" and grant["before"] == grant["after"]
    with pytest.raises(ValidationError):
        accounts.reset_password(db, coordinator, slots, staff.id, "abc")
    assert opens(school_vault, "t11", "second pass 2")


def test_disable_removes_the_slot_and_enable_needs_a_new_password(
    db: Session, coordinator: Actor, slots: Slots, school_vault: Vault
) -> None:
    staff = accounts.create_account(
        db,
        coordinator,
        slots,
        username="gone",
        display_name="퇴직",
        role=Role.HEAD_TEACHER,
        password="leaving for busan 2026",
    )
    accounts.disable_account(db, coordinator, staff.id, slots)
    assert not school_vault.has_slot("gone")
    assert last_grant(db)["before"]["active"] is True and last_grant(db)["after"]["active"] is False
    with pytest.raises(ValidationError, match="enable it"):
        accounts.reset_password(db, coordinator, slots, staff.id, "back again 1")
    accounts.enable_account(db, coordinator, staff.id)
    accounts.reset_password(db, coordinator, slots, staff.id, "back again 1")
    assert opens(school_vault, "gone", "back again 1")
    assert verify_chain(db) == []


def test_role_and_admin_changes_are_audited_before_after(
    db: Session, coordinator: Actor, make_staff: Callable[..., StaffAccount]
) -> None:
    teacher = make_staff(Role.HOMEROOM, "t32", homeroom_grade=3, homeroom_class=2)
    accounts.change_role(
        db, coordinator, teacher.id, role=Role.SPECIALIST, clear_homeroom=True, is_admin=True
    )
    grant = last_grant(db)
    assert grant["before"]["role"] == "homeroom" and grant["before"]["homeroom_class"] == 2
    assert grant["after"] == {
        "role": "specialist",
        "is_admin": True,
        "active": True,
        "homeroom_grade": None,
        "homeroom_class": None,
    }


def test_the_last_administrator_is_never_disabled_or_demoted(
    db: Session, coordinator: Actor, make_staff: Callable[..., StaffAccount], slots: Slots
) -> None:
    admin_id = coordinator.staff_id
    assert admin_id is not None
    other = Actor.of(make_staff(Role.PRINCIPAL, "second_admin", is_admin=True))
    # While another administrator is active, the second can demote the first ...
    accounts.change_role(db, other, admin_id, is_admin=False)
    # ... but now the second is the last one: neither demoted nor disabled, even by themselves.
    assert other.staff_id is not None
    with pytest.raises(ValidationError, match="last administrator"):
        accounts.change_role(db, other, other.staff_id, is_admin=False)
    with pytest.raises(ValidationError, match="last administrator"):
        accounts.disable_account(db, other, other.staff_id, slots)
    db.rollback()
    stored = db.get(StaffAccount, other.staff_id)
    assert stored is not None and stored.is_admin and stored.active


def test_only_administrators_manage_accounts(
    db: Session, make_staff: Callable[..., StaffAccount], slots: Slots, school_vault: Vault
) -> None:
    coordinator_no_admin = Actor.of(make_staff(Role.COORDINATOR, "coord2"))
    principal = Actor.of(make_staff(Role.PRINCIPAL, "boss"))
    target = make_staff(Role.HEAD_TEACHER, "target")
    for actor in (coordinator_no_admin, principal):
        with pytest.raises(PermissionDenied):
            accounts.create_account(
                db, actor, slots, username="x1", display_name="x", role=Role.HOMEROOM, password="password 12"
            )
        with pytest.raises(PermissionDenied):
            accounts.reset_password(db, actor, slots, target.id, "password 12")
        with pytest.raises(PermissionDenied):
            accounts.change_role(db, actor, target.id, is_admin=True)
        with pytest.raises(PermissionDenied):
            accounts.disable_account(db, actor, target.id, slots)
    assert not school_vault.has_slot("target") and not school_vault.has_slot("x1")
