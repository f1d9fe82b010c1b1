"""Backup settings, schedule and warning, and the audited backup run (the files: desktop.storage.backup).

The backup folder and "back up on exit" are school settings (admins change them). Any signed-in
user's session triggers the automatic backups (on exit, and at log-in when the newest is older than
a day); "Back up now" and restoring are for administrators. The dashboard/status bar shows a warning
when no folder is set or the newest *verified* backup is older than 7 days.
"""

from __future__ import annotations

import contextlib
import enum
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.config import Settings
from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import Role, School, StaffAccount
from desktop.services import audit, audit_anchor, lockout, settings_store
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import PermissionDenied, ServiceError, ValidationError
from desktop.services.lockout import LockedOutError, LockoutStore
from desktop.storage.backup import (
    BackupInfo,
    OldCopy,
    check_backup,
    create_backup,
    database_id_on_disk,
    delete_old_copy,
    list_old_copies,
    newest_verified,
    open_backup_database,
    replace_with_backup,
    rotate,
)
from desktop.storage.errors import DatabaseDamagedError, KeyFileError, VaultError, WrongPasswordError
from desktop.storage.keyslots import is_well_formed_recovery_code, load_key_file
from desktop.storage.vault import DB_NAME, KEYS_NAME, Vault

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
            entity_type=AuditRecord.BACKUP,
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


# --- restore ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SchoolIdentity:
    """A school as a restore names it: its name ("" when it cannot be read) and its database id."""

    name: str
    database_id: str | None


class RestoreRefused(PermissionDenied):
    """The account may not restore this school (not an active administrator); nothing changed."""


class BackupPasswordNeeded(ServiceError):
    """The current password does not open the backup (it was changed since the backup was made):
    the backup's own password for the same user, or its recovery code, is needed too."""


class BackupWrongPassword(WrongPasswordError):
    """The password or recovery code given for the backup does not open it (exit code 3)."""


class OtherSchoolBackup(ServiceError):
    """The backup holds another school (another database id); the name ``expected`` must be typed
    to go on. Nothing changed."""

    def __init__(self, current: SchoolIdentity, backup: SchoolIdentity, expected: str) -> None:
        self.current = current
        self.backup = backup
        self.expected = expected
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This backup is of another school: {backup_name} (id {backup_id}). The school in the data "
                "folder is {current_name} (id {current_id}). To replace it, type the name {expected} to "
                "confirm.",
            ),
            backup_name=backup.name or "?",
            backup_id=backup.database_id or "?",
            current_name=current.name or "?",
            current_id=current.database_id or "?",
            expected=expected,
        )


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    pre_restore: Path  # where the previous data was set aside
    backup: BackupInfo
    disaster_recovery: bool  # the current school could not be opened; the backup's admin restored it
    other_school: bool  # the backup was of another school (its name was confirmed)
    via_recovery_code: bool  # the backup was opened with its recovery code


def current_school_unopenable(data_dir: Path) -> bool:
    """True when the data folder visibly holds no school that can be opened (no folder, no
    school.keys or an unreadable one, no school.db or an empty one): a restore there is a disaster
    recovery. A school that looks whole may still turn out damaged when it is opened."""
    data_dir = Path(data_dir)
    try:
        load_key_file(data_dir / KEYS_NAME)
        return (data_dir / DB_NAME).stat().st_size == 0
    except (VaultError, OSError):
        return True


def _same_name(typed: str | None, name: str) -> bool:
    def norm(text: str) -> str:
        return unicodedata.normalize("NFC", " ".join(text.split())).casefold()

    return typed is not None and bool(name) and norm(typed) == norm(name)


def _account(session: Session, username: str) -> StaffAccount | None:
    """The staff account with this user name, active or not."""
    return session.scalar(select(StaffAccount).where(StaffAccount.username == username.strip()))


def _school_name(session: Session) -> str:
    return session.scalar(select(School.name).order_by(School.id).limit(1)) or ""


def _restore_actor(session: Session, username: str) -> Actor:
    staff = _account(session, username)
    if staff is not None:
        return Actor.of(staff)
    return Actor(staff_id=None, username=username, display_name=username, role=Role.COORDINATOR)


def _refused() -> RestoreRefused:
    return RestoreRefused(
        QT_TRANSLATE_NOOP(
            "errors",
            "Only an active administrator of this school can restore a backup. Nothing has been changed.",
        )
    )


def _backup_identity(backup: Path, data_key: bytes, username: str) -> tuple[str, bool]:
    """The backup's school name, and whether ``username`` is an active administrator in it."""
    engine = open_backup_database(backup, data_key)
    try:
        with Session(engine) as session:
            name = _school_name(session)
            row = session.execute(
                select(StaffAccount.is_admin, StaffAccount.active).where(
                    StaffAccount.username == username.strip()
                )
            ).first()
    finally:
        engine.dispose()
    return name, row is not None and bool(row[0]) and bool(row[1])


def restore(
    data_dir: Path,
    backup: Path,
    *,
    username: str,
    password: str,
    backup_password: str | None = None,
    confirm_school: str | None = None,
) -> RestoreResult:
    """Replace the school in ``data_dir`` with ``backup``, if ``username`` may.

    ``password`` opens the current school, where ``username`` must be an active administrator
    (RestoreRefused otherwise). The backup opens with the same password or with ``backup_password``
    (that user's password when the backup was made, or the backup's recovery code);
    BackupPasswordNeeded when neither was given nor works. **Disaster recovery**: when the current
    school cannot be opened any more (key file or database missing or damaged, empty folder),
    ``backup_password or password`` must open the backup and the backup's database must show
    ``username`` as an active administrator. A backup of another school (another database id) needs
    ``confirm_school`` equal to the current school's name (the backup's when the current one cannot
    be read): OtherSchoolBackup otherwise. Wrong passwords count in the log-in lockout
    (LockedOutError). The restore is audited in the old database before it is set aside (when it
    opens) and in the restored one. On any refusal nothing has been changed.
    """
    data_dir = Path(data_dir)
    backup = Path(backup)
    username = username.strip()
    store = LockoutStore(data_dir) if data_dir.is_dir() else None

    def failed() -> None:
        if store is None:
            return
        with contextlib.suppress(OSError):
            until = store.record_failure(username)
            if until is not None:
                raise LockedOutError(until)

    if store is not None:
        store.check(username)

    # 1. The current school, opened with the administrator's password.
    current: Vault | None = None
    try:
        current = Vault.open(data_dir, username, password)
    except WrongPasswordError:
        failed()
        raise
    except (KeyFileError, DatabaseDamagedError):
        current = None  # cannot be opened any more: a disaster recovery
    disaster = current is None
    try:
        if current is not None:
            with current.session() as session:
                staff = _account(session, username)
                if staff is None or not staff.active or not staff.is_admin:
                    if staff is not None:
                        audit.record(
                            session,
                            Actor.of(staff),
                            AuditAction.RESTORE,
                            entity_type=AuditRecord.SCHOOL,
                            detail={"refused": "not an active administrator", "backup": backup.name},
                        )
                        session.commit()
                    raise _refused()
                current_identity = SchoolIdentity(_school_name(session), current.database_id)
                session.rollback()
        else:
            current_identity = SchoolIdentity("", database_id_on_disk(data_dir))

        # 2. The backup, checked completely.
        secret = backup_password if backup_password else password
        try:
            info, data_key = check_backup(backup, username=username, password=secret)
        except WrongPasswordError:
            if not disaster and not backup_password:
                raise BackupPasswordNeeded(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Your current password does not open this backup: the password was changed after "
                        "the backup was made. Enter the password you had then, or the backup's recovery "
                        "code, as the backup password.",
                    )
                ) from None
            failed()
            if disaster:
                raise
            raise BackupWrongPassword("the backup password does not open the backup") from None
        backup_name, backup_admin = _backup_identity(info.path, data_key, username)
        if disaster and not backup_admin:
            raise _refused()
        backup_identity = SchoolIdentity(backup_name, info.database_id)

        # 3. Another school's backup needs the school's name typed.
        other = current_identity.database_id is not None and current_identity.database_id != info.database_id
        if other:
            expected = current_identity.name or backup_identity.name
            if not _same_name(confirm_school, expected):
                raise OtherSchoolBackup(current_identity, backup_identity, expected)

        detail: dict[str, object] = {
            "backup": info.path.name,
            "backup_made_at": info.created.isoformat(),
            "backup_database_id": info.database_id,
            "disaster_recovery": disaster,
            "other_school": other,
        }
        # 4. Recorded in the old database, which is then closed and set aside.
        if current is not None:
            with current.session() as session:
                audit.record(
                    session,
                    _restore_actor(session, username),
                    AuditAction.RESTORE,
                    entity_type=AuditRecord.SCHOOL,
                    detail={**detail, "replaced_by_backup": True},
                )
                session.commit()
    finally:
        if current is not None:
            current.close()

    pre_restore = replace_with_backup(data_dir, info)

    # 5. Recorded in the restored database (opened with the secret that opened the backup).
    via_code = False
    try:
        restored = Vault.open(data_dir, username, secret)
    except WrongPasswordError:
        if not is_well_formed_recovery_code(secret):
            raise
        restored = Vault.open_with_recovery_code(data_dir, secret)
        via_code = True
    try:
        with restored.session() as session:
            audit.record(
                session,
                _restore_actor(session, username),
                AuditAction.RESTORE,
                entity_type=AuditRecord.SCHOOL,
                detail={
                    **detail,
                    "pre_restore": pre_restore.name,
                    "via": "recovery_code" if via_code else "password",
                    # The restored folder starts a new lockout file: recorded here, so the next
                    # log-in does not take it for a deleted one.
                    **lockout.mark_detail(LockoutStore(data_dir).seal()),
                },
            )
            audit_anchor.checkpoint(session, "restore")
            session.commit()
    finally:
        restored.close()
    return RestoreResult(pre_restore, info, disaster, other, via_code)


# --- old copies -------------------------------------------------------------------------------------


def old_copies(session: Session, actor: Actor, data_dir: Path) -> list[OldCopy]:
    """The backups in the school's backup folder and the pre-restore-* folders and school.db.pre-*
    copies in ``data_dir``, oldest first, with their date and size. Administrators only."""
    _require_admin(actor)
    folder = settings_store.get(session, Settings.BACKUP_FOLDER)
    return list_old_copies(data_dir, Path(folder) if folder else None)


def delete_old_copies(session: Session, actor: Actor, data_dir: Path, chosen: list[OldCopy]) -> list[OldCopy]:
    """Delete the chosen old copies (each must still be one that old_copies lists) and record a
    PURGE event with their kinds, names and dates (no personal data). Administrators only; commits.
    Returns what was deleted; a copy that cannot be deleted raises ValidationError after the ones
    deleted before it are recorded."""
    _require_admin(actor)
    folder_setting = settings_store.get(session, Settings.BACKUP_FOLDER)
    folder = Path(folder_setting) if folder_setting else None
    deleted: list[OldCopy] = []
    failure: OSError | ValueError | None = None
    for copy in chosen:
        try:
            delete_old_copy(copy, data_dir, folder)
        except (OSError, ValueError) as exc:
            failure = exc
            break
        deleted.append(copy)
    if deleted:
        audit.record(
            session,
            actor,
            AuditAction.PURGE,
            entity_type=AuditRecord.OLD_COPY,
            detail={
                "deleted": [
                    {
                        "kind": copy.kind,
                        "name": copy.name,
                        "made_at": copy.created.isoformat(),
                        "bytes": copy.size,
                    }
                    for copy in deleted
                ]
            },
        )
        session.commit()
    if failure is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} could not be deleted: {reason}"),
            name=chosen[len(deleted)].name,
            reason=getattr(failure, "strerror", None) or str(failure),
        )
    return deleted
