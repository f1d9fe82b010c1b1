"""Backup settings, schedule and warning, and the audited backup run (the files: desktop.storage.backup).

The backup folder and "back up on exit" are school settings (admins change them). Any signed-in
user's session triggers the automatic backups (on exit, and at log-in when the newest is older than
a day); "Back up now" and restoring are for administrators. The dashboard/status bar shows a warning
when no folder is set or the newest *verified* backup is older than 7 days.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.config import Settings
from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.services import audit, audit_anchor, settings_store
from desktop.services.actor import SYSTEM, Actor
from desktop.services.audit import AuditAction
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.storage.backup import BackupInfo, create_backup, newest_verified, rotate
from desktop.storage.vault import Vault

WARN_AFTER = timedelta(days=7)
DAILY = timedelta(days=1)


class BackupWarning(enum.StrEnum):
    """Why the status bar warns about backups."""

    NO_FOLDER = "no_folder"
    NEVER = "never"  # a folder is set (or unreachable) but holds no verified backup
    STALE = "stale"  # the newest verified backup is older than 7 days


@dataclass(frozen=True)
class BackupStatus:
    """What the UI shows about backups."""

    folder: str
    on_exit: bool
    newest: datetime | None  # aware UTC time of the newest verified backup
    warning: BackupWarning | None
    daily_due: bool  # a folder is set and the newest backup is older than a day (or missing)


def backup_status(session: Session, actor: Actor, *, now: datetime | None = None) -> BackupStatus:
    """The backup settings and the state of the backup folder (reads the folder, writes nothing)."""
    del actor  # every signed-in user may see whether backups are current; nothing personal is shown
    now = (now or datetime.now(UTC)).astimezone(UTC)
    folder = settings_store.get(session, Settings.BACKUP_FOLDER)
    on_exit = settings_store.get(session, Settings.BACKUP_ON_EXIT)
    if not folder:
        return BackupStatus(folder, on_exit, None, BackupWarning.NO_FOLDER, False)
    newest = newest_verified(Path(folder))
    created = newest.created if newest is not None else None
    warning: BackupWarning | None = None
    if created is None:
        warning = BackupWarning.NEVER
    elif now - created > WARN_AFTER:
        warning = BackupWarning.STALE
    daily_due = created is None or now - created > DAILY
    return BackupStatus(folder, on_exit, created, warning, daily_due)


def _require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only an administrator can change backups or restore one.")
        )


def set_backup_folder(session: Session, actor: Actor, folder: str) -> None:
    """Store the backup folder (an existing folder, or "" for none). Administrators only; commits."""
    _require_admin(actor)
    folder = folder.strip()
    if folder and not Path(folder).is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist or is not connected."),
            folder=folder,
        )
    settings_store.put(session, actor, Settings.BACKUP_FOLDER, folder)


def set_backup_on_exit(session: Session, actor: Actor, enabled: bool) -> None:
    """Turn the automatic backup on exit on or off. Administrators only; commits."""
    _require_admin(actor)
    settings_store.put(session, actor, Settings.BACKUP_ON_EXIT, bool(enabled))


def run_backup(
    vault: Vault,
    actor: Actor,
    *,
    folder: Path | None = None,
    manual: bool = False,
    now: datetime | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> BackupInfo:
    """Back up ``vault`` into ``folder`` (default: the BACKUP_FOLDER setting), rotate, and audit it.

    ``manual`` marks a "Back up now" (administrators only); automatic backups run for any user.
    Raises ValidationError when no folder is set, and the storage layer's BackupError /
    DatabaseDamagedError / KeyFileError when the backup cannot be written or verified.
    """
    if manual:
        _require_admin(actor)
    with vault.session() as session:
        target = folder if folder is not None else Path(settings_store.get(session, Settings.BACKUP_FOLDER))
        session.rollback()
    if not str(target) or str(target) == ".":
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No backup folder is set. Choose one in the backup settings first.")
        )
    # The signed head goes into the backup's database and its manifest: outside the school PC,
    # it shows later whether the log was shortened or rewritten before it.
    with vault.session() as session:
        head = audit_anchor.current_head(session, "backup")
        session.commit()
    info = create_backup(vault, target, now=now, progress=progress, audit_head=head.to_json())
    removed = rotate(target)
    with vault.session() as session:
        audit.record(
            session,
            actor,
            AuditAction.BACKUP,
            entity_type="backup",
            detail={
                "kind": "manual" if manual else "automatic",
                "bytes": info.size,
                "sha256": info.db_sha256,
                "verified": info.verified,
                "rotated_out": len(removed),
            },
        )
        session.commit()
    return info


def restore(data_dir: Path, backup: Path, *, username: str, password: str) -> Path:
    """Restore a backup (storage.backup.restore_backup) and record it in the restored school's
    audit log: who restored which backup, when it was made, and where the previous data was set
    aside (the folder's name only). Returns the pre-restore folder."""
    from desktop.services.setup import find_account
    from desktop.storage.backup import read_manifest, restore_backup

    made_at = read_manifest(backup).created.isoformat()
    pre_restore = restore_backup(data_dir, backup, username=username, password=password)
    vault = Vault.open(data_dir, username, password)
    try:
        with vault.session() as session:
            staff = find_account(session, username)
            actor = Actor.of(staff) if staff is not None else SYSTEM
            audit.record(
                session,
                actor,
                AuditAction.RESTORE,
                entity_type="school",
                detail={"backup_made_at": made_at, "pre_restore": pre_restore.name},
            )
            audit_anchor.checkpoint(session, "restore")
            session.commit()
    finally:
        vault.close()
    return pre_restore
