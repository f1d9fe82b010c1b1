"""Old copies: the administrator lists and deletes old backups, pre-restore folders and pre-upgrade
copies (each still opens with the passwords valid when it was made); audited without personal data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, Role, StaffAccount
from desktop.services.actor import Actor
from desktop.services.backups import delete_old_copies, old_copies, set_backup_folder
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.storage.backup import BACKUP_COPY, PRE_RESTORE_COPY, PRE_UPGRADE_COPY, OldCopy, create_backup


@pytest.fixture
def copies(db: Session, coordinator: Actor, school_vault: Any, tmp_path: Path) -> tuple[Path, Path]:
    usb = tmp_path / "usb"
    usb.mkdir()
    set_backup_folder(db, coordinator, str(usb))
    create_backup(school_vault, usb, now=datetime(2025, 3, 2, 9, 0, tzinfo=UTC))
    create_backup(school_vault, usb, now=datetime(2025, 6, 1, 9, 0, tzinfo=UTC))
    data = school_vault.data_dir
    (data / "pre-restore-20250401-101500").mkdir()
    (data / "pre-restore-20250401-101500" / "school.db").write_bytes(b"x" * 100)
    (data / "school.db.pre-0001").write_bytes(b"y" * 50)
    return data, usb


def test_lists_and_deletes_what_the_administrator_chose(
    db: Session, coordinator: Actor, copies: tuple[Path, Path]
) -> None:
    data, usb = copies
    listed = old_copies(db, coordinator, data)
    # Oldest first; the upgrade copy's date is its file's (made just now).
    assert [(c.kind, c.name) for c in listed] == [
        (BACKUP_COPY, "dodam-backup-20250302-090000"),
        (PRE_RESTORE_COPY, "pre-restore-20250401-101500"),
        (BACKUP_COPY, "dodam-backup-20250601-090000"),
        (PRE_UPGRADE_COPY, "school.db.pre-0001"),
    ]
    by_name = {c.name: c for c in listed}
    assert by_name["pre-restore-20250401-101500"].size == 100
    assert by_name["pre-restore-20250401-101500"].created == datetime(2025, 4, 1, 10, 15, tzinfo=UTC)
    assert by_name["dodam-backup-20250302-090000"].size > 0

    chosen = [
        by_name["dodam-backup-20250302-090000"],
        by_name["pre-restore-20250401-101500"],
        by_name["school.db.pre-0001"],
    ]
    deleted = delete_old_copies(db, coordinator, data, chosen)
    assert deleted == chosen
    assert not (usb / "dodam-backup-20250302-090000").exists()
    assert not (data / "pre-restore-20250401-101500").exists()
    assert not (data / "school.db.pre-0001").exists()
    assert (usb / "dodam-backup-20250601-090000").is_dir()
    assert (data / "school.db").exists() and (data / "school.keys").exists()
    assert [c.name for c in old_copies(db, coordinator, data)] == ["dodam-backup-20250601-090000"]

    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "purge")).one()
    assert event.actor_name == coordinator.username and event.entity_type == "old_copy"
    assert [(d["kind"], d["name"]) for d in event.detail["deleted"]] == [(c.kind, c.name) for c in chosen]
    assert event.detail["deleted"][0]["made_at"].startswith("2025-03-02T09:00")
    assert str(usb) not in str(event.detail) and str(data) not in str(event.detail)


def test_a_non_administrator_is_refused_and_nothing_is_deleted(
    db: Session, copies: tuple[Path, Path], make_staff: Callable[..., StaffAccount], coordinator: Actor
) -> None:
    data, _usb = copies
    homeroom = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=1, homeroom_class=1))
    listed = old_copies(db, coordinator, data)
    with pytest.raises(PermissionDenied):
        old_copies(db, homeroom, data)
    with pytest.raises(PermissionDenied):
        delete_old_copies(db, homeroom, data, listed)
    assert all(c.path.exists() for c in listed)
    assert not db.scalars(select(AuditEvent).where(AuditEvent.action == "purge")).all()


def test_only_listed_copies_can_be_deleted(
    db: Session, coordinator: Actor, copies: tuple[Path, Path]
) -> None:
    data, _usb = copies
    live = OldCopy(PRE_UPGRADE_COPY, data / "school.db", datetime.now(UTC), 1)
    with pytest.raises(ValidationError):
        delete_old_copies(db, coordinator, data, [live])
    assert (data / "school.db").exists()
    assert not db.scalars(select(AuditEvent).where(AuditEvent.action == "purge")).all()
