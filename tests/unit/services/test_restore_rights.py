"""Restoring a backup: only an active administrator of the current school, another school only
with its name typed, a disaster recovery only by the backup's administrator; audited in both."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, Role, StaffAccount
from desktop.services.backups import (
    BackupPasswordNeeded,
    OtherSchoolBackup,
    RestoreRefused,
    current_school_unopenable,
    restore,
)
from desktop.services.lockout import LockedOutError, LockoutStore
from desktop.services.setup import initialise_school
from desktop.storage.backup import create_backup
from desktop.storage.errors import WrongPasswordError
from desktop.storage.vault import Vault
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TEST_KDF

HOMEROOM, HOMEROOM_PASSWORD = "homeroom1", "homeroom password 77"
FORMER, FORMER_PASSWORD = "former", "former admin password 5"
NEW_PASSWORD = "a new password 도담 2"


@dataclass
class School:
    data_dir: Path
    backup: Path
    recovery_code: str
    name: str
    database_id: str


def make_school(folder: Path, name: str, backups: Path) -> School:
    """A school with an administrator, a homeroom teacher and a disabled former administrator (whose
    slot is still in the key file, as before key rotation), backed up once."""
    vault, code = Vault.create(folder, ADMIN_USER, ADMIN_PASSWORD, kdf=TEST_KDF)
    try:
        with vault.session() as session:
            initialise_school(
                session, school_name=name, admin_username=ADMIN_USER, admin_display_name="김담당"
            )
            session.add(
                StaffAccount(
                    username=HOMEROOM,
                    display_name="담임",
                    role=Role.HOMEROOM,
                    homeroom_grade=1,
                    homeroom_class=1,
                )
            )
            session.add(
                StaffAccount(
                    username=FORMER, display_name="전임", role=Role.COORDINATOR, is_admin=True, active=False
                )
            )
            session.commit()
        vault.set_password(HOMEROOM, HOMEROOM_PASSWORD, kdf=TEST_KDF)
        vault.set_password(FORMER, FORMER_PASSWORD, kdf=TEST_KDF)
        backups.mkdir(exist_ok=True)
        info = create_backup(vault, backups)
        database_id = vault.database_id
    finally:
        vault.close()
    return School(folder, info.path, code, name, database_id)


@pytest.fixture
def school(tmp_path: Path) -> School:
    return make_school(tmp_path / "school", "테스트초등학교", tmp_path / "usb")


def fingerprint(data_dir: Path) -> dict[str, str]:
    """Hashes of every file in the data folder except the lockout counters."""
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p.name not in ("school.lockout", "school.db.lock")
    }


def restore_events(data_dir: Path, user: str = ADMIN_USER, password: str = ADMIN_PASSWORD) -> list[dict]:
    with Vault.open(data_dir, user, password) as vault, vault.session() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "restore")).all()
        return [{"actor": e.actor_name, **e.detail} for e in events]


def test_homeroom_and_disabled_accounts_are_refused_and_nothing_changes(school: School) -> None:
    before = fingerprint(school.data_dir)
    with pytest.raises(RestoreRefused):
        restore(school.data_dir, school.backup, username=HOMEROOM, password=HOMEROOM_PASSWORD)
    with pytest.raises(RestoreRefused):
        restore(school.data_dir, school.backup, username=FORMER, password=FORMER_PASSWORD)
    assert not list(school.data_dir.glob("pre-restore-*"))
    # The school is the same one; the refusals themselves are in its audit log.
    events = restore_events(school.data_dir)
    assert [(e["actor"], e["refused"]) for e in events] == [
        (HOMEROOM, "not an active administrator"),
        (FORMER, "not an active administrator"),
    ]
    after = fingerprint(school.data_dir)
    assert after["school.keys"] == before["school.keys"]


def test_administrator_restores_and_both_databases_record_it(school: School) -> None:
    result = restore(school.data_dir, school.backup, username=ADMIN_USER, password=ADMIN_PASSWORD)
    assert not result.disaster_recovery and not result.other_school and not result.via_recovery_code
    assert result.pre_restore.name.startswith("pre-restore-")
    [old] = restore_events(result.pre_restore)
    assert old["actor"] == ADMIN_USER and old["replaced_by_backup"] is True
    assert old["backup"] == school.backup.name and old["disaster_recovery"] is False
    [new] = restore_events(school.data_dir)
    assert new["actor"] == ADMIN_USER and new["backup"] == school.backup.name
    assert new["disaster_recovery"] is False and new["pre_restore"] == result.pre_restore.name


def test_changed_password_needs_the_backup_password_or_recovery_code(school: School) -> None:
    with Vault.open(school.data_dir, ADMIN_USER, ADMIN_PASSWORD) as vault:
        vault.set_password(ADMIN_USER, NEW_PASSWORD, kdf=TEST_KDF)
    before = fingerprint(school.data_dir)
    with pytest.raises(BackupPasswordNeeded):
        restore(school.data_dir, school.backup, username=ADMIN_USER, password=NEW_PASSWORD)
    with pytest.raises(WrongPasswordError):
        restore(
            school.data_dir,
            school.backup,
            username=ADMIN_USER,
            password=NEW_PASSWORD,
            backup_password="guess 123",
        )
    # Only the explicit wrong guess counts in the lockout, not the first try with the same password.
    assert LockoutStore(school.data_dir).pending(ADMIN_USER).failure_count == 1
    assert fingerprint(school.data_dir) == before
    result = restore(
        school.data_dir,
        school.backup,
        username=ADMIN_USER,
        password=NEW_PASSWORD,
        backup_password=school.recovery_code,
    )
    assert result.via_recovery_code
    [new] = restore_events(school.data_dir)  # the backup's password is the one that opens it now
    assert new["via"] == "recovery_code"


def test_wrong_current_passwords_count_in_the_lockout(school: School) -> None:
    for _ in range(4):
        with pytest.raises(WrongPasswordError):
            restore(school.data_dir, school.backup, username=ADMIN_USER, password="wrong 1")
    with pytest.raises(LockedOutError):
        restore(school.data_dir, school.backup, username=ADMIN_USER, password="wrong 1")
    with pytest.raises(LockedOutError):  # refused before any password is tried, even the right one
        restore(school.data_dir, school.backup, username=ADMIN_USER, password=ADMIN_PASSWORD)
    assert not list(school.data_dir.glob("pre-restore-*"))


def test_disaster_recovery_needs_the_backups_administrator(school: School) -> None:
    (school.data_dir / "school.keys").unlink()
    (school.data_dir / "school.keys.bak").unlink()
    assert current_school_unopenable(school.data_dir)
    with pytest.raises(RestoreRefused):
        restore(school.data_dir, school.backup, username=HOMEROOM, password=HOMEROOM_PASSWORD)
    with pytest.raises(RestoreRefused):
        restore(school.data_dir, school.backup, username=FORMER, password=FORMER_PASSWORD)
    assert not list(school.data_dir.glob("pre-restore-*"))
    result = restore(school.data_dir, school.backup, username=ADMIN_USER, password=ADMIN_PASSWORD)
    assert result.disaster_recovery
    [new] = restore_events(school.data_dir)
    assert new["disaster_recovery"] is True and new["actor"] == ADMIN_USER
    assert not current_school_unopenable(school.data_dir)


def test_disaster_recovery_into_an_empty_folder_with_the_recovery_code(
    school: School, tmp_path: Path
) -> None:
    fresh = tmp_path / "new pc"
    result = restore(fresh, school.backup, username=ADMIN_USER, password=school.recovery_code)
    assert result.disaster_recovery and result.via_recovery_code
    [new] = restore_events(fresh)
    assert new["disaster_recovery"] is True and new["via"] == "recovery_code"


def test_another_schools_backup_needs_the_name_typed(school: School, tmp_path: Path) -> None:
    other = make_school(tmp_path / "other", "다른중학교", tmp_path / "usb2")
    before = fingerprint(school.data_dir)
    for typed in (None, "다른중학교", "테스트"):
        with pytest.raises(OtherSchoolBackup) as refused:
            restore(
                school.data_dir,
                other.backup,
                username=ADMIN_USER,
                password=ADMIN_PASSWORD,
                confirm_school=typed,
            )
    text = refused.value.text()
    assert all(part in text for part in (school.name, school.database_id, other.name, other.database_id))
    assert fingerprint(school.data_dir) == before
    result = restore(
        school.data_dir,
        other.backup,
        username=ADMIN_USER,
        password=ADMIN_PASSWORD,
        confirm_school=" 테스트초등학교 ",
    )
    assert result.other_school
    [old] = restore_events(result.pre_restore)
    assert old["other_school"] is True and old["backup_database_id"] == other.database_id
    [new] = restore_events(school.data_dir)
    assert new["other_school"] is True
