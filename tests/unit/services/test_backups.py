"""Backup settings, status/warning and the audited run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, Role
from desktop.services.actor import Actor
from desktop.services.backups import (
    BackupWarning,
    backup_status,
    run_backup,
    set_backup_folder,
    set_backup_on_exit,
)
from desktop.services.errors import PermissionDenied, ValidationError

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)


def test_status_warns_without_folder_then_when_stale(
    db: Session, coordinator: Actor, school_vault: Any, tmp_path: Path
) -> None:
    status = backup_status(db, coordinator, now=NOW)
    assert status.warning is BackupWarning.NO_FOLDER
    assert status.on_exit is True
    assert not status.daily_due

    folder = tmp_path / "usb"
    folder.mkdir()
    set_backup_folder(db, coordinator, str(folder))
    status = backup_status(db, coordinator, now=NOW)
    assert status.warning is BackupWarning.NEVER and status.daily_due

    info = run_backup(school_vault, coordinator, now=NOW - timedelta(days=8))
    assert info.verified
    status = backup_status(db, coordinator, now=NOW)
    assert status.newest == NOW - timedelta(days=8)
    assert status.warning is BackupWarning.STALE and status.daily_due

    run_backup(school_vault, coordinator, now=NOW - timedelta(hours=2))
    status = backup_status(db, coordinator, now=NOW)
    assert status.warning is None and not status.daily_due

    db.rollback()  # see the events the run committed on its own session
    event = db.scalars(
        select(AuditEvent).where(AuditEvent.action == "backup").order_by(AuditEvent.id.desc())
    ).first()
    assert event is not None
    assert event.detail["verified"] is True and event.detail["kind"] == "automatic"
    assert str(tmp_path) not in str(event.detail)


def test_settings_and_manual_backup_are_for_admins(
    db: Session, coordinator: Actor, make_staff: Any, school_vault: Any, tmp_path: Path
) -> None:
    teacher = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=1, homeroom_class=1))
    with pytest.raises(PermissionDenied):
        set_backup_folder(db, teacher, str(tmp_path))
    with pytest.raises(PermissionDenied):
        set_backup_on_exit(db, teacher, False)
    with pytest.raises(PermissionDenied):
        run_backup(school_vault, teacher, folder=tmp_path, manual=True)
    with pytest.raises(ValidationError):
        set_backup_folder(db, coordinator, str(tmp_path / "not there"))
    with pytest.raises(ValidationError):
        run_backup(school_vault, coordinator)  # no folder set
    set_backup_on_exit(db, coordinator, False)
    assert backup_status(db, teacher).on_exit is False
    # An automatic backup runs for any user.
    assert run_backup(school_vault, teacher, folder=tmp_path).verified
