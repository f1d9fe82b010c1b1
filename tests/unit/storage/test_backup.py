"""Backups: encrypted copy + key file, verified, rotated; restore with a pre-restore copy."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.storage import backup as backup_mod
from desktop.storage.backup import (
    MANIFEST_NAME,
    BackupError,
    check_backup,
    create_backup,
    list_backups,
    newest_verified,
    restore_backup,
    rotate,
)
from desktop.storage.errors import (
    DatabaseDamagedError,
    InstanceLockedError,
    KeyFileError,
    WrongPasswordError,
)
from desktop.storage.vault import DB_NAME, KEYS_NAME, Vault
from tests.unit.storage.conftest import CHEAP_KDF, PASSWORD, USER, ClosedVault, sha256

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)  # a Monday


def _rows(data_dir: Path) -> list[str]:
    with Vault.open(data_dir, USER, PASSWORD, migrate=False) as vault, vault.engine.connect() as conn:
        return [row[0] for row in conn.exec_driver_sql("SELECT body FROM storage_test_rows ORDER BY id")]


def _backup(closed_vault: ClosedVault, folder: Path, now: datetime = T0) -> backup_mod.BackupInfo:
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:
        return create_backup(vault, folder, now=now)


def test_backup_is_an_encrypted_verified_copy_with_manifest(
    closed_vault: ClosedVault, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    info = _backup(closed_vault, folder)

    assert info.path == folder / "dodam-backup-20250303-090000"
    assert sorted(p.name for p in info.path.iterdir()) == [MANIFEST_NAME, DB_NAME, KEYS_NAME]
    manifest = json.loads((info.path / MANIFEST_NAME).read_text("utf-8"))
    assert manifest["verified"] is True
    assert manifest["files"][DB_NAME]["sha256"] == sha256(info.path / DB_NAME)
    assert manifest["files"][KEYS_NAME]["size"] == (info.path / KEYS_NAME).stat().st_size
    assert (info.path / KEYS_NAME).read_bytes() == closed_vault.keys.read_bytes()
    data = (info.path / DB_NAME).read_bytes()
    assert b"SQLite format 3" not in data
    assert "학생 1 ".encode() not in data
    assert list_backups(folder) == [info]
    assert newest_verified(folder) == info
    # Opens with the passwords of its key file.
    checked, _key = check_backup(info.path, username=USER, password=PASSWORD)
    assert checked == info
    # No temporary folder is left.
    assert [p.name for p in folder.iterdir()] == [info.path.name]


def test_backup_to_missing_folder_is_a_clear_error(closed_vault: ClosedVault, tmp_path: Path) -> None:
    with pytest.raises(BackupError) as caught:
        _backup(closed_vault, tmp_path / "not-plugged-in")
    assert "cannot be found" in caught.value.user_message


# _copy_database_file: the byte copy of school.db (the usual way); _backup_database: SQLite's online
# backup (when the write-ahead log cannot be folded first); _copy_file: the key file.
@pytest.mark.parametrize("failing", ["_copy_database_file", "_backup_database", "_copy_file"])
def test_disk_full_half_way_leaves_everything_unchanged(
    closed_vault: ClosedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    import errno

    folder = tmp_path / "usb"
    folder.mkdir()
    first = _backup(closed_vault, folder)
    before = {p: sha256(p) for p in (closed_vault.db, closed_vault.keys, *first.path.iterdir())}

    def full_disk(*args: object) -> None:
        destination = args[1]
        assert isinstance(destination, Path)
        with open(destination, "xb") as out:
            out.write(closed_vault.db.read_bytes()[:4096])
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(backup_mod, failing, full_disk)
        if failing == "_backup_database":
            patch.setattr(backup_mod, "_wal_folded", lambda vault: False)
        with pytest.raises(BackupError) as caught:
            _backup(closed_vault, folder, T0 + timedelta(days=1))
    assert "disk is full" in caught.value.user_message
    assert {p: sha256(p) for p in before} == before
    assert [p.name for p in folder.iterdir()] == [first.path.name]
    assert newest_verified(folder) == first


def test_rotation_keeps_seven_daily_and_four_weekly(closed_vault: ClosedVault, tmp_path: Path) -> None:
    folder = tmp_path / "nas"
    folder.mkdir()
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:
        # 40 days, two backups a day (morning and evening).
        for day in range(40):
            for hour in (8, 17):
                create_backup(vault, folder, now=T0 + timedelta(days=day, hours=hour - 9))
    assert len(list_backups(folder)) == 80
    removed = rotate(folder)
    kept = list_backups(folder)
    last = T0 + timedelta(days=39)
    days = sorted({info.created.date() for info in kept})
    # The evening backup of each of the last 7 days, plus the newest of 4 weeks (one overlaps).
    assert all(info.created.hour == 17 for info in kept)
    assert [d for d in days if d > (last - timedelta(days=7)).date()] == [
        (last - timedelta(days=n)).date() for n in range(6, -1, -1)
    ]
    weeks = {tuple(info.created.isocalendar())[:2] for info in kept}
    assert len(weeks) == 4
    assert len(kept) == 7 + 2
    assert len(removed) == 80 - len(kept)
    assert newest_verified(folder) is not None
    assert newest_verified(folder).created == last.replace(hour=17)  # type: ignore[union-attr]
    # Rotating again removes nothing.
    assert rotate(folder) == []


def test_restore_round_trip_keeps_pre_restore_copy(closed_vault: ClosedVault, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    original_rows = _rows(closed_vault.data_dir)
    info = _backup(closed_vault, folder)
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault, vault.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM storage_test_rows WHERE id > 10")
        conn.exec_driver_sql("INSERT INTO storage_test_rows (body) VALUES ('after the backup')")
    changed_db, changed_keys = sha256(closed_vault.db), sha256(closed_vault.keys)

    pre = restore_backup(closed_vault.data_dir, info.path, username=USER, password=PASSWORD)

    assert _rows(closed_vault.data_dir) == original_rows
    assert pre.parent == closed_vault.data_dir and pre.name.startswith("pre-restore-")
    assert sha256(pre / DB_NAME) == changed_db
    assert sha256(pre / KEYS_NAME) == changed_keys
    assert not list(closed_vault.data_dir.glob(".*.tmp"))
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:
        assert vault.check().ok


def _assert_nothing_changed(closed_vault: ClosedVault, before: dict[Path, str]) -> None:
    assert {p: sha256(p) for p in before} == before
    assert not list(closed_vault.data_dir.glob("pre-restore-*"))
    assert not list(closed_vault.data_dir.glob(".*.tmp"))


@pytest.fixture
def backed_up(closed_vault: ClosedVault, tmp_path: Path) -> tuple[ClosedVault, Path, dict[Path, str]]:
    folder = tmp_path / "usb"
    folder.mkdir()
    info = _backup(closed_vault, folder)
    before = {closed_vault.db: sha256(closed_vault.db), closed_vault.keys: sha256(closed_vault.keys)}
    return closed_vault, info.path, before


def test_restore_wrong_password_exit_3(backed_up: tuple[ClosedVault, Path, dict[Path, str]]) -> None:
    closed_vault, path, before = backed_up
    for user, password in ((USER, "wrong password 1"), ("nobody", PASSWORD)):
        with pytest.raises(WrongPasswordError) as caught:
            restore_backup(closed_vault.data_dir, path, username=user, password=password)
        assert caught.value.exit_code == 3
    _assert_nothing_changed(closed_vault, before)


def test_restore_damaged_backup_exit_4(backed_up: tuple[ClosedVault, Path, dict[Path, str]]) -> None:
    closed_vault, path, before = backed_up
    db = path / DB_NAME
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError) as caught:
        restore_backup(closed_vault.data_dir, path, username=USER, password=PASSWORD)
    assert caught.value.exit_code == 4
    assert "damaged" in caught.value.user_message
    _assert_nothing_changed(closed_vault, before)


def test_restore_damage_found_by_integrity_check_even_with_matching_manifest(
    backed_up: tuple[ClosedVault, Path, dict[Path, str]],
) -> None:
    closed_vault, path, before = backed_up
    db = path / DB_NAME
    data = bytearray(db.read_bytes())
    data[5000] ^= 0x40
    db.write_bytes(bytes(data))
    manifest = json.loads((path / MANIFEST_NAME).read_text("utf-8"))
    manifest["files"][DB_NAME]["sha256"] = sha256(db)
    (path / MANIFEST_NAME).write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(DatabaseDamagedError):
        restore_backup(closed_vault.data_dir, path, username=USER, password=PASSWORD)
    _assert_nothing_changed(closed_vault, before)


def test_restore_missing_key_file_exit_5(backed_up: tuple[ClosedVault, Path, dict[Path, str]]) -> None:
    closed_vault, path, before = backed_up
    (path / KEYS_NAME).unlink()
    with pytest.raises(KeyFileError) as caught:
        restore_backup(closed_vault.data_dir, path, username=USER, password=PASSWORD)
    assert caught.value.exit_code == 5
    _assert_nothing_changed(closed_vault, before)


def test_restore_while_open_exit_6(backed_up: tuple[ClosedVault, Path, dict[Path, str]], lock_holder) -> None:  # type: ignore[no-untyped-def]
    closed_vault, path, before = backed_up
    lock_holder(closed_vault.lock)
    with pytest.raises(InstanceLockedError) as caught:
        restore_backup(closed_vault.data_dir, path, username=USER, password=PASSWORD)
    assert caught.value.exit_code == 6
    _assert_nothing_changed(closed_vault, before)


def test_backup_opens_only_with_passwords_of_its_time(closed_vault: ClosedVault, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    info = _backup(closed_vault, folder)
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:
        vault.set_password("later", "a later password 9", kdf=CHEAP_KDF)
    with pytest.raises(WrongPasswordError):
        check_backup(info.path, username="later", password="a later password 9")


@pytest.mark.parametrize("folded", [True, False], ids=["byte copy", "online backup"])
def test_commits_still_in_the_write_ahead_log_are_in_the_backup(
    closed_vault: ClosedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folded: bool
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    if not folded:
        monkeypatch.setattr(backup_mod, "_wal_folded", lambda vault: False)
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:
        with vault.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO storage_test_rows (body) VALUES ('written just before')")
        assert (vault.db_path.with_name(DB_NAME + "-wal")).stat().st_size > 0  # not yet in school.db
        info = create_backup(vault, folder, now=T0)
        with vault.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO storage_test_rows (body) VALUES ('written after')")
    restore_backup(closed_vault.data_dir, info.path, username=USER, password=PASSWORD)
    rows = _rows(closed_vault.data_dir)
    assert rows[-1] == "written just before"
    assert "written after" not in rows
    # Either way the copy keeps the database's identity (its salt, the first 16 bytes).
    assert (info.path / DB_NAME).read_bytes()[:16] == closed_vault.db.read_bytes()[:16]
