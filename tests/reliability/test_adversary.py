"""Attacks of a staff member who shares the PC, replayed on a real data folder (docs/SECURITY.md).

Each test does what a curious or disgruntled colleague with a homeroom account, a text editor, a
copied key file or an old backup would do, and asserts it is refused or reported with the school's
data unchanged. Attacks covered in their own files: the audit log's tampering kinds
(test_audit_tamper.py), the lockout file and guessing on the command line (test_lockout_file.py,
tests/unit/test_cli_lockout.py), markup and bidi names (tests/ui/test_plain_text.py), restricted
notes read with the raw key (tests/unit/services/test_restricted_text.py), a rotation killed midway
(test_kill_rotation.py).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from desktop.models import Role
from desktop.services import accounts, backups
from desktop.services.actor import Actor
from desktop.services.backups import RestoreRefused
from desktop.services.setup import find_account
from desktop.storage.backup import create_backup
from desktop.storage.errors import DatabaseDamagedError, WrongPasswordError
from desktop.storage.vault import Vault
from tests.reliability.conftest import ADMIN_PASSWORD, ADMIN_USER, make_school

HOMEROOM = "homeroom"
HOMEROOM_PASSWORD = "maple kite river 4-2"
PRINCIPAL = "principal"
PRINCIPAL_PASSWORD = "quiet harbor lantern 9"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def school(tmp_path: Path) -> Path:
    """A school with an administrator (coordinator), a principal and a homeroom teacher."""
    data_dir = make_school(tmp_path / "school", students=3)
    vault = Vault.open(data_dir, ADMIN_USER, ADMIN_PASSWORD)
    try:
        with vault.session() as session:
            admin = Actor.of(find_account(session, ADMIN_USER))  # type: ignore[arg-type]
            accounts.create_account(
                session,
                admin,
                vault,
                username=PRINCIPAL,
                display_name="이교장",
                role=Role.PRINCIPAL,
                password=PRINCIPAL_PASSWORD,
            )
            accounts.create_account(
                session,
                admin,
                vault,
                username=HOMEROOM,
                display_name="박담임",
                role=Role.HOMEROOM,
                password=HOMEROOM_PASSWORD,
                homeroom_grade=3,
                homeroom_class=2,
            )
    finally:
        vault.close()
    return data_dir


def _keys(data_dir: Path) -> dict:
    return json.loads((data_dir / "school.keys").read_text("utf-8"))


def _write_keys(data_dir: Path, document: dict) -> None:
    (data_dir / "school.keys").write_text(json.dumps(document, indent=2, ensure_ascii=False), "utf-8")


def _slot(document: dict, user: str) -> dict:
    return next(s for s in document["slots"] if s["kind"] == "password" and s["user"] == user)


def test_relabelled_slots_give_wrong_password_never_a_session(school: Path) -> None:
    db_before = _sha(school / "school.db")
    document = _keys(school)
    # The homeroom teacher renames the slots: theirs to the coordinator's name and back.
    _slot(document, HOMEROOM)["user"], _slot(document, ADMIN_USER)["user"] = "swap", HOMEROOM
    for slot in document["slots"]:
        if slot["user"] == "swap":
            slot["user"] = ADMIN_USER
    _write_keys(school, document)
    with pytest.raises(WrongPasswordError):
        Vault.open(school, ADMIN_USER, HOMEROOM_PASSWORD)
    with pytest.raises(WrongPasswordError):
        Vault.open(school, HOMEROOM, ADMIN_PASSWORD)
    assert _sha(school / "school.db") == db_before


def test_a_slot_copied_to_another_user_or_kind_does_not_open(school: Path) -> None:
    document = _keys(school)
    copied = dict(_slot(document, HOMEROOM))
    # Replace the principal's slot by a copy of the homeroom slot labelled "principal".
    document["slots"] = [s for s in document["slots"] if s.get("user") != PRINCIPAL]
    document["slots"].append({**copied, "user": PRINCIPAL, "id": _slot(_keys(school), PRINCIPAL)["id"]})
    _write_keys(school, document)
    with pytest.raises(WrongPasswordError):
        Vault.open(school, PRINCIPAL, HOMEROOM_PASSWORD)
    # The coordinator's restricted and audit boxes pasted into the homeroom slot open nothing.
    document = _keys(school)
    _slot(document, HOMEROOM)["sealed"].update(
        {k: v for k, v in _slot(document, ADMIN_USER)["sealed"].items() if k != "data"}
    )
    _write_keys(school, document)
    vault = Vault.open(school, HOMEROOM, HOMEROOM_PASSWORD)
    try:
        assert vault.compartment_key("restricted") is None
        assert vault.compartment_key("audit") is None
    finally:
        vault.close()


def test_a_disabled_account_opens_nothing_through_the_spare_copy_or_an_old_backup(
    school: Path, tmp_path: Path
) -> None:
    vault = Vault.open(school, ADMIN_USER, ADMIN_PASSWORD)
    try:
        (tmp_path / "backups").mkdir(exist_ok=True)
        old_backup = create_backup(vault, tmp_path / "backups").path
        old_keys = (school / "school.keys").read_bytes()
        with vault.session() as session:
            admin = Actor.of(find_account(session, ADMIN_USER))  # type: ignore[arg-type]
            homeroom = find_account(session, HOMEROOM)
            assert homeroom is not None
            accounts.disable_account(session, admin, homeroom.id, vault)
        assert not vault.rotation_pending
    finally:
        vault.close()
    # The spare copy never holds the removed slot.
    assert HOMEROOM not in (school / "school.keys.bak").read_text("utf-8")
    with pytest.raises(WrongPasswordError):
        Vault.open(school, HOMEROOM, HOMEROOM_PASSWORD)
    # The old key file put back: its slot unwraps the old key, which no longer opens school.db.
    current = (school / "school.keys").read_bytes()
    db_before = _sha(school / "school.db")
    (school / "school.keys").write_bytes(old_keys)
    with pytest.raises((WrongPasswordError, DatabaseDamagedError)):
        Vault.open(school, HOMEROOM, HOMEROOM_PASSWORD)
    # The old backup's key file beside today's database: the same.
    shutil.copy(old_backup / "school.keys", school / "school.keys")
    with pytest.raises((WrongPasswordError, DatabaseDamagedError)):
        Vault.open(school, HOMEROOM, HOMEROOM_PASSWORD)
    assert _sha(school / "school.db") == db_before
    (school / "school.keys").write_bytes(current)
    # The disabled teacher restores the pre-disable backup with the old password: refused.
    with pytest.raises((RestoreRefused, WrongPasswordError)):
        backups.restore(school, old_backup, username=HOMEROOM, password=HOMEROOM_PASSWORD)
    assert not list(school.glob("pre-restore-*"))
    Vault.open(school, ADMIN_USER, ADMIN_PASSWORD).close()


def test_a_homeroom_teacher_cannot_restore_an_old_backup(school: Path, tmp_path: Path) -> None:
    vault = Vault.open(school, ADMIN_USER, ADMIN_PASSWORD)
    try:
        (tmp_path / "backups").mkdir(exist_ok=True)
        old_backup = create_backup(vault, tmp_path / "backups").path
    finally:
        vault.close()
    keys_before = _sha(school / "school.keys")
    with pytest.raises(RestoreRefused):
        backups.restore(school, old_backup, username=HOMEROOM, password=HOMEROOM_PASSWORD)
    # Nothing was replaced (the refusal itself is audited in the current school).
    assert _sha(school / "school.keys") == keys_before
    assert not list(school.glob("pre-restore-*"))


def test_only_the_coordinator_principal_and_recovery_hold_the_restricted_key(school: Path) -> None:
    holders = {}
    for user, password in (
        (ADMIN_USER, ADMIN_PASSWORD),
        (PRINCIPAL, PRINCIPAL_PASSWORD),
        (HOMEROOM, HOMEROOM_PASSWORD),
    ):
        vault = Vault.open(school, user, password)
        try:
            holders[user] = (
                vault.compartment_key("restricted") is not None,
                vault.compartment_key("audit") is not None,
            )
        finally:
            vault.close()
    assert holders == {ADMIN_USER: (True, True), PRINCIPAL: (True, False), HOMEROOM: (False, False)}
