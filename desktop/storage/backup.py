"""Backups of a school vault: an encrypted copy of school.db plus school.keys, verified by reopening.

A backup is one folder ``dodam-backup-YYYYMMDD-HHMMSS`` inside the chosen backup folder (a USB
stick or a NAS share) holding ``school.db`` (the same SQLCipher file, same data key and salt, so
nothing in it is ever plaintext), ``school.keys`` (the key slots: a backup opens with the passwords
that were valid when it was taken) and ``backup.json`` (time, sizes, SHA-256, verified flag).

Everything is written into a hidden temporary folder first and renamed into place only after the
copy has been reopened and checked, so a full disk or a pulled USB stick leaves at most a temporary
folder behind — never a backup that looks good and is not, and never a change to the last good one.

Restoring checks the backup completely (key file, password, hashes, integrity) before it touches
anything, then, while holding the instance lock, moves the current files into a ``pre-restore-…``
folder next to them and renames the backup's copies into place. Who may restore is decided above
this module (desktop.services.backups.restore).

Every folder written here is 0700 and every file 0600 on Linux and macOS: a backup holds the key
file, and a key file any OS account can copy is a key file anyone can guess passwords against.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import json
import os
import secrets
import shutil
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import NullPool

from desktop.storage.atomic import PRIVATE_FILE_MODE, fsync_directory
from desktop.storage.engine import key_pragma
from desktop.storage.errors import DatabaseDamagedError, KeyFileError, VaultError, WrongPasswordError
from desktop.storage.keyslots import KeyFile, is_well_formed_recovery_code, load_key_file, unwrap_slot
from desktop.storage.location import PRE_RESTORE_PREFIX, PRIVATE_FOLDER_MODE
from desktop.storage.lock import InstanceLock
from desktop.storage.vault import DB_NAME, KEYS_NAME, LOCK_NAME, Vault, header_database_id

MANIFEST_NAME = "backup.json"
MANIFEST_FORMAT = "dodam-backup"
MANIFEST_VERSION = 1
BACKUP_PREFIX = "dodam-backup-"
PRE_UPGRADE_INFIX = ".pre-"  # school.db.pre-<revision>: the copy desktop.storage.migrate keeps
_TIME_FORMAT = "%Y%m%d-%H%M%S"
_CHUNK = 1024 * 1024


class BackupError(VaultError):
    """A backup could not be written or verified; the previous backups and the database are unchanged."""

    default_message = (
        "The backup could not be made. The school data and the earlier backups are unchanged. "
        "Check that the backup folder (USB stick or network folder) is connected and has free space."
    )
    exit_code = 1


@dataclass(frozen=True)
class BackupInfo:
    """One backup as its manifest describes it."""

    path: Path
    created: datetime  # aware, UTC
    database_id: str
    db_size: int
    db_sha256: str
    keys_size: int
    keys_sha256: str
    verified: bool
    # The head of the audit chain when the backup was taken (desktop.services.audit_anchor's
    # SignedHead as JSON), signed when an administrator took it; None in older backups.
    audit_head: dict[str, Any] | None = None

    @property
    def size(self) -> int:
        """Bytes of the backup's two files together."""
        return self.db_size + self.keys_size


# --- small file helpers (module level so that tests can make them fail) --------------------------


def _new_private_file(path: Path) -> Any:
    """Open a new file for writing, owner read/write only (refuses an existing file or link)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.fchmod(fd, PRIVATE_FILE_MODE)
    return os.fdopen(fd, "wb")


def _private_folder(path: Path) -> None:
    """Make a new folder, owner only (0700; the umask can only narrow it)."""
    path.mkdir(mode=PRIVATE_FOLDER_MODE)
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_FOLDER_MODE)


def _copy_file(source: Path, destination: Path) -> str:
    """Copy ``source`` to a new file ``destination`` (fsynced); returns the SHA-256 of what was written."""
    digest = hashlib.sha256()
    with open(source, "rb") as src, _new_private_file(destination) as out:
        while True:
            chunk = src.read(_CHUNK)
            if not chunk:
                break
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def _write_file(path: Path, data: bytes) -> None:
    with _new_private_file(path) as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, as hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _uri(db_path: Path, query: str) -> str:
    posix = db_path.resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix
    return "file://" + quote(posix, safe="/:") + "?mode=" + query


def _immutable_uri(db_path: Path) -> str:
    # immutable=1: SQLite takes no locks and creates no -wal/-shm, so verifying writes nothing.
    return _uri(db_path, "ro&immutable=1")


def _check_rows(db_path: Path, data_key: bytes, pragma: str) -> list[Any]:
    """Open ``db_path`` read-only (immutable) with ``data_key`` and return the rows of ``pragma``."""
    try:
        connection = sqlcipher.connect(_immutable_uri(db_path), uri=True, isolation_level=None)
    except sqlcipher.Error as exc:
        raise DatabaseDamagedError(f"cannot open {db_path.name}: {exc}") from exc
    try:
        try:
            connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
            connection.execute(key_pragma(data_key))
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
            return list(connection.execute(pragma).fetchall())
        except sqlcipher.Error as exc:
            raise DatabaseDamagedError(f"{db_path.name} cannot be read with its key: {exc}") from exc
    finally:
        connection.close()


def verify_database_file(db_path: Path, data_key: bytes) -> None:
    """Reopen an encrypted copy read-only with ``data_key`` and run both integrity checks.

    ``cipher_integrity_check`` (every page's HMAC) and ``integrity_check`` (the b-trees, indexes and
    constraints) each read the whole file; they run side by side on two connections (SQLite releases
    the GIL while it works), which nearly halves the time on a machine with two cores or more.
    Raises DatabaseDamagedError if the file cannot be read or either check reports a problem.
    """
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="verify-backup") as pool:
        cipher = pool.submit(_check_rows, db_path, data_key, "PRAGMA cipher_integrity_check")
        structure = pool.submit(_check_rows, db_path, data_key, "PRAGMA integrity_check")
        cipher_rows, rows = cipher.result(), structure.result()
    problems = [str(row) for row in cipher_rows] + [str(row) for row in rows if tuple(row) != ("ok",)]
    if problems:
        raise DatabaseDamagedError(f"{db_path.name} fails its integrity check: {'; '.join(problems[:5])}")


def _check_key_file(keys_path: Path, database_id: str, data_key: bytes) -> KeyFile:
    """The key file must parse, name this database, and hold slots for this data key (by id)."""
    key_file = load_key_file(keys_path)
    if key_file.database_id != database_id:
        raise KeyFileError(f"{keys_path.name} is for database {key_file.database_id}, not {database_id}")
    return key_file


# --- manifest ----------------------------------------------------------------------------------


def _manifest_bytes(info: BackupInfo) -> bytes:
    document = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "created": info.created.astimezone(UTC).isoformat(timespec="seconds"),
        "database_id": info.database_id,
        "files": {
            DB_NAME: {"size": info.db_size, "sha256": info.db_sha256},
            KEYS_NAME: {"size": info.keys_size, "sha256": info.keys_sha256},
        },
        "verified": info.verified,
    }
    if info.audit_head is not None:
        # An added key: manifests stay version 1, and older Dodam versions ignore it.
        document["audit_head"] = info.audit_head
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


def read_manifest(folder: Path) -> BackupInfo:
    """Parse ``folder/backup.json``; raises DatabaseDamagedError if it is missing or malformed."""
    path = folder / MANIFEST_NAME
    try:
        document = json.loads(path.read_bytes().decode("utf-8"))
        if document.get("format") != MANIFEST_FORMAT or document.get("version") != MANIFEST_VERSION:
            raise ValueError("not a Dodam backup manifest")
        files = document["files"]
        created = datetime.fromisoformat(document["created"])
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        database_id = str(uuid.UUID(str(document["database_id"])))
        info = BackupInfo(
            path=folder,
            created=created.astimezone(UTC),
            database_id=database_id,
            db_size=int(files[DB_NAME]["size"]),
            db_sha256=str(files[DB_NAME]["sha256"]),
            keys_size=int(files[KEYS_NAME]["size"]),
            keys_sha256=str(files[KEYS_NAME]["sha256"]),
            verified=document.get("verified") is True,
            audit_head=document["audit_head"] if isinstance(document.get("audit_head"), dict) else None,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DatabaseDamagedError(
            f"backup manifest unreadable in {folder}: {exc}",
            user_message=(
                "This folder is not a complete Dodam backup (its backup.json is missing or damaged). "
                "Nothing has been changed. Choose another backup."
            ),
        ) from exc
    return info


# --- create ------------------------------------------------------------------------------------


def _folder_name(now: datetime) -> str:
    return BACKUP_PREFIX + now.astimezone(UTC).strftime(_TIME_FORMAT)


def _backup_database(source: Any, destination: Path, data_key: bytes, salt: bytes) -> None:
    """Copy an open SQLCipher connection's database into the new file ``destination``.

    SQLite's online backup API reads one consistent snapshot (WAL included) while other
    connections keep working; the destination is keyed with the same raw key and salt, so the copy
    is the same encrypted database with the same identity (its first 16 bytes are the database id).
    """
    # Created empty and private first: SQLite gives a file it creates 0644, and its -wal/-shm the
    # main file's mode.
    _new_private_file(destination).close()
    target = sqlcipher.connect(_uri(destination, "rw"), uri=True, isolation_level=None)
    try:
        target.execute(key_pragma(data_key, salt))
        source.backup(target)
    finally:
        # Closing the only connection folds the destination's WAL into it and removes -wal/-shm.
        target.close()


def _wal_folded(vault: Vault) -> bool:
    """Fold the write-ahead log into school.db without waiting (a PASSIVE checkpoint on its own
    connection); True if every committed frame is now in school.db."""
    raw = vault.engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        assert dbapi is not None
        row = dbapi.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        raw.close()
    return row is not None and row[0] == 0 and row[1] == row[2]


def _copy_database_file(source: Path, destination: Path) -> str:
    """Copy the bytes of school.db (see _copy_consistent_database); returns their SHA-256."""
    return _copy_file(source, destination)


def _copy_consistent_database(vault: Vault, destination: Path) -> str:
    """Copy school.db into ``destination`` (a new file); returns the copy's SHA-256.

    The fast way copies the file's bytes: with the write lock held (BEGIN IMMEDIATE, so nothing can
    be committed meanwhile) and the write-ahead log folded into the file, school.db is complete and
    cannot change, and a byte copy is the same encrypted database with the same identity — without
    decrypting and re-encrypting every page. If the log cannot be folded (a reader holds an old
    snapshot), SQLite's online backup API copies one consistent snapshot instead.
    """
    if destination.exists():
        raise FileExistsError(destination)
    raw = vault.engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        assert dbapi is not None
        try:
            dbapi.execute("BEGIN IMMEDIATE")
            try:
                if _wal_folded(vault):
                    return _copy_database_file(vault.db_path, destination)
            finally:
                dbapi.execute("ROLLBACK")
            _backup_database(dbapi, destination, vault._data_key, uuid.UUID(vault.database_id).bytes)
        except sqlcipher.Error as exc:
            text = str(exc).lower()
            if "full" in text:
                raise OSError(errno.ENOSPC, f"database or disk is full ({exc})") from exc
            raise OSError(errno.EIO, str(exc)) from exc
    finally:
        raw.close()
    for suffix in ("-wal", "-shm", "-journal"):
        if destination.with_name(destination.name + suffix).exists():
            raise DatabaseDamagedError("the copied database was not closed cleanly")
    return file_sha256(destination)


def create_backup(
    vault: Vault,
    folder: Path,
    *,
    now: datetime | None = None,
    progress: Callable[[int, str], None] | None = None,
    audit_head: dict[str, Any] | None = None,
) -> BackupInfo:
    """Write a verified backup of the open ``vault`` into ``folder``; returns its description.

    ``audit_head`` (the signed head of the audit chain, taken just before) goes into the manifest.

    Raises BackupError (folder missing, not writable, disk full, ...) or DatabaseDamagedError /
    KeyFileError (the copy failed its check). On any error nothing but a temporary folder has been
    written, and that is removed when possible; earlier backups are never touched.
    """
    folder = Path(folder)
    now = (now or datetime.now(UTC)).astimezone(UTC)

    def report(percent: int, message: str) -> None:
        if progress is not None:
            progress(percent, message)

    if not folder.is_dir():
        raise BackupError(
            f"backup folder missing: {folder}",
            user_message=(
                f"The backup folder {folder} cannot be found. Connect the USB stick or network folder, "
                "or choose another backup folder."
            ),
        )
    temp = folder / f".{_folder_name(now)}.{secrets.token_hex(4)}.tmp"
    data_key: bytes = vault._data_key
    try:
        try:
            _private_folder(temp)
            report(10, "Copying the encrypted database…")
            db_sha = _copy_consistent_database(vault, temp / DB_NAME)
            report(60, "Copying the key file…")
            keys_sha = _copy_file(vault.keys_path, temp / KEYS_NAME)
        except OSError as exc:
            raise BackupError(
                f"cannot write the backup in {folder}: {exc}", user_message=_os_message(exc, folder)
            ) from exc
        report(70, "Checking the backup…")
        _check_key_file(temp / KEYS_NAME, vault.database_id, data_key)
        with open(temp / DB_NAME, "rb") as handle:
            if handle.read(16) != uuid.UUID(vault.database_id).bytes:
                raise DatabaseDamagedError("the copied database does not carry its database id")
        verify_database_file(temp / DB_NAME, data_key)
        if file_sha256(temp / DB_NAME) != db_sha or file_sha256(temp / KEYS_NAME) != keys_sha:
            raise DatabaseDamagedError("the backup files changed while they were checked")
        info = BackupInfo(
            path=folder / _folder_name(now),
            created=now.replace(microsecond=0),
            database_id=vault.database_id,
            db_size=(temp / DB_NAME).stat().st_size,
            db_sha256=db_sha,
            keys_size=(temp / KEYS_NAME).stat().st_size,
            keys_sha256=keys_sha,
            verified=True,
            audit_head=audit_head,
        )
        report(90, "Saving the backup…")
        try:
            _write_file(temp / MANIFEST_NAME, _manifest_bytes(info))
            fsync_directory(temp)
            final = _free_name(info.path)
            os.rename(temp, final)
            fsync_directory(folder)
        except OSError as exc:
            raise BackupError(
                f"cannot write the backup in {folder}: {exc}", user_message=_os_message(exc, folder)
            ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(temp)
        raise
    report(100, "Backup complete.")
    return dataclasses.replace(info, path=final)


def _free_name(path: Path) -> Path:
    candidate = path
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.name}-{counter}")
    return candidate


def _os_message(exc: OSError, folder: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "Dodam may not write there"
    else:
        reason = exc.strerror or "the folder cannot be written"
    return (
        f"The backup could not be written to {folder}: {reason}. The school data and the earlier backups "
        "are unchanged. Free some space or choose another backup folder, then try again."
    )


# --- list / rotate ------------------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder`` whose manifest can be read, oldest first (temporary folders skipped)."""
    folder = Path(folder)
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        if not entry.name.startswith(BACKUP_PREFIX) or not entry.is_dir():
            continue
        try:
            found.append(read_manifest(entry))
        except DatabaseDamagedError:
            continue
    found.sort(key=lambda info: (info.created, info.path.name))
    return found


def _files_intact(info: BackupInfo) -> bool:
    try:
        return (info.path / DB_NAME).stat().st_size == info.db_size and (
            info.path / KEYS_NAME
        ).stat().st_size == info.keys_size
    except OSError:
        return False


def newest_verified(folder: Path) -> BackupInfo | None:
    """The most recent verified backup whose files are still there with their sizes, if any."""
    for info in reversed(list_backups(folder)):
        if info.verified and _files_intact(info):
            return info
    return None


def rotate(folder: Path, *, keep_daily: int = 7, keep_weekly: int = 4) -> list[Path]:
    """Delete old backups, keeping the newest of each of the last ``keep_daily`` days that have a
    backup and the newest of each of the last ``keep_weekly`` ISO weeks; returns the removed folders.

    Only complete, verified backups count and are ever removed; the newest verified one always stays.
    """
    candidates = [info for info in list_backups(folder) if info.verified]
    newest_first = sorted(candidates, key=lambda info: (info.created, info.path.name), reverse=True)
    keep: set[Path] = set()
    days: set[Any] = set()
    weeks: set[Any] = set()
    for info in newest_first:
        local = info.created
        day = local.date()
        week = tuple(local.isocalendar())[:2]
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep.add(info.path)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.add(info.path)
    if newest_first:
        keep.add(newest_first[0].path)
    removed: list[Path] = []
    for info in newest_first:
        if info.path in keep:
            continue
        shutil.rmtree(info.path, ignore_errors=True)
        if not info.path.exists():
            removed.append(info.path)
    return removed


def is_older_than(info: BackupInfo | None, now: datetime, age: timedelta) -> bool:
    """True if there is no backup, or it was made more than ``age`` before ``now``."""
    return info is None or now.astimezone(UTC) - info.created > age


# --- restore -----------------------------------------------------------------------------------


def _backup_folder(backup: Path) -> Path:
    backup = Path(backup)
    if backup.is_file() and backup.name == MANIFEST_NAME:
        backup = backup.parent
    return backup


def check_backup(backup: Path, *, username: str | None, password: str) -> tuple[BackupInfo, bytes]:
    """Check a backup completely without changing anything; returns its manifest and data key.

    ``password`` opens ``username``'s slot in the backup's key file; with ``username=None`` it is
    the backup's recovery code. (A password shaped like a recovery code that does not open the
    user's slot is also tried as the recovery code.) Raises KeyFileError (its school.keys missing or
    damaged), WrongPasswordError (no slot opens) or DatabaseDamagedError (manifest, hashes or
    integrity checks fail).
    """
    backup = _backup_folder(backup)
    if not backup.is_dir():
        raise DatabaseDamagedError(
            f"backup folder missing: {backup}",
            user_message=f"No Dodam backup was found at {backup}. Nothing has been changed.",
        )
    keys_path = backup / KEYS_NAME
    if not keys_path.exists():
        raise KeyFileError(
            f"backup key file missing: {keys_path}",
            user_message=(
                "This backup has no key file (school.keys), so it cannot be opened. Nothing has been "
                "changed. Choose another backup."
            ),
        )
    key_file = load_key_file(keys_path)
    info = read_manifest(backup)
    db_path = backup / DB_NAME
    if not db_path.exists():
        raise DatabaseDamagedError(f"backup database missing: {db_path}", user_message=_damaged_message())
    if info.database_id != key_file.database_id:
        raise KeyFileError(f"backup key file is for {key_file.database_id}, manifest says {info.database_id}")
    data_key = _unwrap_backup(key_file, username, password)
    if file_sha256(keys_path) != info.keys_sha256:
        raise KeyFileError(f"backup key file hash differs from the manifest: {keys_path}")
    if file_sha256(db_path) != info.db_sha256:
        raise DatabaseDamagedError(
            f"backup database hash differs from the manifest: {db_path}", user_message=_damaged_message()
        )
    with open(db_path, "rb") as handle:
        if handle.read(16) != uuid.UUID(key_file.database_id).bytes:
            raise DatabaseDamagedError("backup database header damaged", user_message=_damaged_message())
    try:
        verify_database_file(db_path, data_key)
    except DatabaseDamagedError as exc:
        exc.user_message = _damaged_message()
        raise
    return info, data_key


def _unwrap_backup(key_file: KeyFile, username: str | None, secret: str) -> bytes:
    """The backup's data key from ``username``'s password slot, or from its recovery slot."""
    slot = key_file.password_slot(username) if username is not None else None
    if slot is not None:
        try:
            data_key, _ = unwrap_slot(slot, [key_file.database_id], secret)
            return data_key
        except WrongPasswordError:
            if not is_well_formed_recovery_code(secret):
                raise
    recovery = key_file.recovery_slot()
    if recovery is None or not is_well_formed_recovery_code(secret):
        raise WrongPasswordError("no slot of this backup opens with this secret")
    data_key, _ = unwrap_slot(recovery, [key_file.database_id], secret)
    return data_key


def open_backup_database(backup: Path, data_key: bytes) -> Engine:
    """A read-only engine over a checked backup's school.db, for reading who may restore it and which
    school it holds. Opened immutable: nothing is written next to the backup (no -wal, no -shm), so a
    backup on a read-only stick can be read too. The caller disposes of it."""
    uri = _immutable_uri(_backup_folder(backup) / DB_NAME)
    statement = key_pragma(data_key)

    def connect() -> Any:
        connection = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
            connection.execute(statement)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher.Error as exc:
            connection.close()
            raise DatabaseDamagedError(f"backup database cannot be read: {exc}") from exc
        return connection

    return create_engine("sqlite+pysqlite://", module=sqlcipher, creator=connect, poolclass=NullPool)


def database_id_on_disk(data_dir: Path) -> str | None:
    """The database id of the school in ``data_dir`` without opening it: from school.keys, or when
    that cannot be read, from school.db's first 16 bytes (its salt is the id). None when neither
    tells (an empty folder, or both damaged)."""
    data_dir = Path(data_dir)
    try:
        return load_key_file(data_dir / KEYS_NAME).database_id
    except KeyFileError:
        pass
    try:
        with open(data_dir / DB_NAME, "rb") as handle:
            return header_database_id(handle.read(16))
    except OSError:
        return None


def _damaged_message() -> str:
    return (
        "This backup is damaged (its database does not match the copy that was checked when it was made). "
        "Nothing has been changed. Choose another backup."
    )


def restore_backup(data_dir: Path, backup: Path, *, username: str | None, password: str) -> Path:
    """Check ``backup`` (see check_backup) and put it in place (see replace_with_backup); returns the
    pre-restore copy's folder. Checks no rights: desktop.services.backups.restore does."""
    info, _data_key = check_backup(backup, username=username, password=password)
    return replace_with_backup(data_dir, info)


def replace_with_backup(data_dir: Path, info: BackupInfo) -> Path:
    """Replace the school data in ``data_dir`` with the checked backup ``info``; returns the
    pre-restore copy's folder.

    The instance lock is taken (so a running Dodam makes this fail with InstanceLockedError); the
    backup's files are copied next to the current ones under temporary names and their hashes
    compared with the manifest (a backup changed since it was checked is refused); the current
    school.db (with any -wal and -shm) and school.keys (with its .bak) are moved into
    ``data_dir/pre-restore-YYYYMMDD-HHMMSS``; the copies are renamed into place. Any error before that
    last step leaves every file in ``data_dir`` as it was.
    """
    data_dir = Path(data_dir)
    backup = info.path
    if not data_dir.exists():
        data_dir.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True)
    lock = InstanceLock(data_dir / LOCK_NAME)
    lock.acquire()
    temps: list[Path] = []
    try:
        db_temp = data_dir / f".{DB_NAME}.restore-{secrets.token_hex(4)}.tmp"
        keys_temp = data_dir / f".{KEYS_NAME}.restore-{secrets.token_hex(4)}.tmp"
        temps += [db_temp, keys_temp]
        try:
            db_sha = _copy_file(backup / DB_NAME, db_temp)
            keys_sha = _copy_file(backup / KEYS_NAME, keys_temp)
        except OSError as exc:
            raise VaultError(
                f"cannot copy the backup into {data_dir}: {exc}",
                user_message=(
                    f"The backup could not be copied into the data folder ({exc.strerror}). Nothing has "
                    "been changed. Free some space in the data folder, then try again."
                ),
            ) from exc
        if db_sha != info.db_sha256 or keys_sha != info.keys_sha256:
            raise DatabaseDamagedError(
                "the backup changed while it was copied", user_message=_damaged_message()
            )
        stamp = datetime.now(UTC).strftime(_TIME_FORMAT)
        pre = _free_name(data_dir / f"{PRE_RESTORE_PREFIX}{stamp}")
        _private_folder(pre)
        # The current files move (rename, same folder: instant and atomic each); -wal and -shm must go
        # with their database, or SQLite would replay another database's log onto the restored one;
        # school.keys.bak goes with its key file (beside the restored school it would be a stale copy
        # of slots the restored school does not have).
        current = [DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYS_NAME, KEYS_NAME + ".bak"]
        moved: list[str] = []
        try:
            for name in current:
                source = data_dir / name
                if source.exists():
                    os.replace(source, pre / name)
                    moved.append(name)
            fsync_directory(pre)
            os.replace(db_temp, data_dir / DB_NAME)
            os.replace(keys_temp, data_dir / KEYS_NAME)
            fsync_directory(data_dir)
        except BaseException:
            # Put the current files back where they were (a rename can only fail for odd reasons).
            for name in moved:
                with contextlib.suppress(OSError):
                    os.replace(pre / name, data_dir / name)
            with contextlib.suppress(OSError):
                pre.rmdir()
            raise
        return pre
    finally:
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
        lock.release()


# --- old copies ----------------------------------------------------------------------------------


BACKUP_COPY = "backup"
PRE_RESTORE_COPY = "pre_restore"
PRE_UPGRADE_COPY = "pre_upgrade"


@dataclass(frozen=True)
class OldCopy:
    """A copy of the school that still opens with the passwords valid when it was made: a backup in
    the backup folder, a pre-restore-* folder or a school.db.pre-* upgrade copy in the data folder."""

    kind: str  # BACKUP_COPY, PRE_RESTORE_COPY or PRE_UPGRADE_COPY
    path: Path
    created: datetime  # aware, UTC
    size: int  # bytes on disk

    @property
    def name(self) -> str:
        return self.path.name


def _tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += (Path(root) / name).lstat().st_size
    return total


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)


def _stamp_time(name: str, prefix: str) -> datetime | None:
    try:
        return datetime.strptime(name[len(prefix) :][: len("YYYYmmdd-HHMMSS")], _TIME_FORMAT).replace(
            tzinfo=UTC
        )
    except ValueError:
        return None


def _is_pre_restore(path: Path) -> bool:
    return path.name.startswith(PRE_RESTORE_PREFIX) and path.is_dir() and not path.is_symlink()


def _is_pre_upgrade(path: Path) -> bool:
    return (
        path.name.startswith(DB_NAME + PRE_UPGRADE_INFIX)
        and path.is_file()
        and not path.is_symlink()
        and not path.name.endswith(("-wal", "-shm", "-journal"))
    )


def list_old_copies(data_dir: Path, backup_folder: Path | None) -> list[OldCopy]:
    """The backups in ``backup_folder`` and the pre-restore-* / school.db.pre-* copies in
    ``data_dir``, oldest first. Reads names, manifests and sizes only."""
    found: list[OldCopy] = []
    if backup_folder is not None and str(backup_folder) not in ("", "."):
        for info in list_backups(Path(backup_folder)):
            with contextlib.suppress(OSError):
                found.append(OldCopy(BACKUP_COPY, info.path, info.created, _tree_size(info.path)))
    try:
        entries = sorted(Path(data_dir).iterdir())
    except OSError:
        entries = []
    for entry in entries:
        try:
            if _is_pre_restore(entry):
                created = _stamp_time(entry.name, PRE_RESTORE_PREFIX) or _mtime(entry)
                found.append(OldCopy(PRE_RESTORE_COPY, entry, created, _tree_size(entry)))
            elif _is_pre_upgrade(entry):
                found.append(OldCopy(PRE_UPGRADE_COPY, entry, _mtime(entry), entry.stat().st_size))
        except OSError:
            continue
    found.sort(key=lambda copy: (copy.created, copy.path.name))
    return found


def delete_old_copy(copy: OldCopy, data_dir: Path, backup_folder: Path | None) -> None:
    """Delete one old copy. Only what list_old_copies would list is deleted: anything else (a path
    outside the two folders, a live school file, a link) raises ValueError and nothing is touched."""
    current = {c.path for c in list_old_copies(data_dir, backup_folder)}
    if copy.path not in current:
        raise ValueError(f"not an old copy of this school: {copy.path}")
    if copy.kind == PRE_UPGRADE_COPY:
        copy.path.unlink()
    else:
        shutil.rmtree(copy.path)
    fsync_directory(copy.path.parent)
