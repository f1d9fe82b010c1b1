"""Data-key rotation: re-encrypt school.db under a new random key, crash-safely (DESIGN §3).

A rotation writes two new files beside the old ones, then switches with one rename:

1. ``school.db.next`` — every page of school.db re-encrypted under the new key (``sqlcipher_export``
   into a database keyed with the new key and the same salt, so the school keeps its identity), then
   checked (``cipher_integrity_check``, ``integrity_check``);
2. ``school.keys.next`` — the remaining slots, their data boxes sealed anew for the new key;
3. rename ``school.db.next`` → ``school.db``: the moment the rotation happens;
4. rename ``school.keys.next`` → ``school.keys``, and write the spare copy.

A kill at any moment leaves ``school.db`` that opens with exactly one of the two key files, and the
next open finishes or forgets the rotation (:func:`recover`) before it reads anything: if
``school.db.next`` is still there, step 3 never happened and both ``.next`` files are removed; if
only ``school.keys.next`` is there, step 3 happened and step 4 is done now.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.storage.atomic import atomic_copy_file, atomic_write_bytes, fsync_directory
from desktop.storage.engine import file_uri, key_pragma
from desktop.storage.errors import DatabaseDamagedError, VaultError
from desktop.storage.keyslots import KeyFile, dump_key_file, spare_copy_path

NEXT_SUFFIX = ".next"

Progress = Callable[[int, str], None]


def next_path(path: Path) -> Path:
    """Where the rotation writes the new version of ``path``."""
    return path.with_name(path.name + NEXT_SUFFIX)


def recover(db_path: Path, keys_path: Path) -> str | None:
    """Finish or forget a rotation that a crash interrupted; returns what was done, or None.

    Call with the instance lock held, before the key file is read.
    """
    db_next, keys_next = next_path(db_path), next_path(keys_path)
    if db_next.exists():
        # The switch (step 3) never happened: the old pair is intact, the new one incomplete.
        for path in (db_next, keys_next, *_sidecars(db_next)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        fsync_directory(db_path.parent)
        return "forgotten"
    if keys_next.exists():
        os.replace(keys_next, keys_path)
        fsync_directory(keys_path.parent)
        atomic_copy_file(keys_path, spare_copy_path(keys_path))
        return "finished"
    return None


def _sidecars(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def fold_wal(db_path: Path, data_key: bytes) -> None:
    """Fold school.db's write-ahead log into it on a connection of our own (every connection of
    the engine is closed by then); closing the last connection also removes the -wal file."""
    connection = sqlcipher.connect(file_uri(db_path, "rw"), uri=True, isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
        connection.execute(key_pragma(data_key))
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()


def _export(db_path: Path, old_key: bytes, new_key: bytes, salt: bytes, destination: Path) -> None:
    """Write ``destination``: school.db's content encrypted under ``new_key`` (same salt)."""
    source = sqlcipher.connect(file_uri(db_path, "ro"), uri=True, isolation_level=None)
    try:
        source.execute("PRAGMA cipher_log_level = NONE").fetchall()
        source.execute(key_pragma(old_key))
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
        application_id = source.execute("PRAGMA application_id").fetchone()[0]
        # The ATTACH key is built from bytes by key_pragma's rules (64 + 32 hex digits), never from text.
        hex_key = key_pragma(new_key, salt).split("=", 1)[1].strip()
        source.execute(f"ATTACH DATABASE ? AS rotated KEY {hex_key}", (file_uri(destination, "rwc"),))
        source.execute("SELECT sqlcipher_export('rotated')").fetchall()
        source.execute(f"PRAGMA rotated.user_version = {int(user_version)}")
        source.execute(f"PRAGMA rotated.application_id = {int(application_id)}")
        source.execute("DETACH DATABASE rotated")
    finally:
        source.close()
    target = sqlcipher.connect(file_uri(destination, "rw"), uri=True, isolation_level=None)
    try:
        target.execute("PRAGMA cipher_log_level = NONE").fetchall()
        target.execute(key_pragma(new_key))
        target.execute("PRAGMA journal_mode = WAL").fetchall()
        problems = [str(r) for r in target.execute("PRAGMA cipher_integrity_check").fetchall()]
        problems += [str(r) for r in target.execute("PRAGMA quick_check").fetchall() if tuple(r) != ("ok",)]
        if problems:
            raise DatabaseDamagedError(f"the re-encrypted copy fails its check: {'; '.join(problems[:5])}")
    finally:
        target.close()
    with open(destination, "rb+") as handle:
        os.fsync(handle.fileno())


def rotate_files(
    db_path: Path,
    keys_path: Path,
    *,
    old_key: bytes,
    new_key: bytes,
    salt: bytes,
    new_key_file: KeyFile,
    progress: Progress | None = None,
    before_switch: Callable[[], None] | None = None,
) -> None:
    """Re-encrypt school.db under ``new_key`` and install ``new_key_file`` (see the module docstring).

    Every connection to school.db must be closed and its WAL folded in; the instance lock held.
    ``before_switch`` is for tests (a kill just before the rename).
    """
    db_next, keys_next = next_path(db_path), next_path(keys_path)
    for leftover in (db_next, keys_next, *_sidecars(db_next)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    for sidecar in _sidecars(db_path):
        if sidecar.exists() and sidecar.name.endswith("-wal") and sidecar.stat().st_size > 0:
            raise VaultError(f"{sidecar.name} still holds changes: the database was not closed")
    report = progress or (lambda _p, _m: None)
    try:
        report(5, QT_TRANSLATE_NOOP("rekey", "Re-encrypting the database…"))
        _export(db_path, old_key, new_key, salt, db_next)
        report(80, QT_TRANSLATE_NOOP("rekey", "Writing the new key file…"))
        atomic_write_bytes(keys_next, dump_key_file(new_key_file))
        fsync_directory(db_path.parent)
    except BaseException:
        for path in (db_next, keys_next, *_sidecars(db_next)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        raise
    if before_switch is not None:
        before_switch()
    for sidecar in _sidecars(db_path):
        # Empty -wal/-shm of the old file (left by the last connection): they must not be read
        # beside the new one.
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()
    os.replace(db_next, db_path)
    fsync_directory(db_path.parent)
    report(95, QT_TRANSLATE_NOOP("rekey", "Installing the new key file…"))
    os.replace(keys_next, keys_path)
    fsync_directory(keys_path.parent)
    atomic_copy_file(keys_path, spare_copy_path(keys_path))
    report(100, QT_TRANSLATE_NOOP("rekey", "Done"))
