"""Schema migrations of school.db, run inside the vault (DESIGN §3).

The upgrade is all or nothing: checkpoint the WAL, copy the encrypted file aside as
``school.db.pre-<revision>``, upgrade in one transaction, and on any failure put the copy back.
A database whose revision this build does not know was written by a newer Dodam: it is refused and
not touched. The alembic configuration is built in code, so no alembic.ini is needed and the
migrations folder is found next to this module (also inside a PyInstaller bundle).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from desktop.storage.atomic import atomic_copy_file, fsync_directory
from desktop.storage.engine import checkpoint, is_damage_error
from desktop.storage.errors import DatabaseDamagedError, MigrationError, SchemaTooNewError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(*, connection: Connection | None = None, script_location: Path | None = None) -> Config:
    """An alembic Config built in code; env.py runs on ``connection`` (config.attributes)."""
    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory(script_location: Path | None = None) -> ScriptDirectory:
    """The migration scripts shipped with this build."""
    return ScriptDirectory.from_config(alembic_config(script_location=script_location))


def head_revision(script_location: Path | None = None) -> str | None:
    """The newest revision this build knows (None if there are no revisions at all)."""
    return script_directory(script_location).get_current_head()


def known_revisions(script_location: Path | None = None) -> set[str]:
    """Every revision id in the script directory."""
    return {script.revision for script in script_directory(script_location).walk_revisions()}


def current_heads(engine: Engine) -> tuple[str, ...]:
    """The revision(s) recorded in the database's alembic_version table (empty if none)."""
    try:
        with engine.connect() as conn:
            return tuple(MigrationContext.configure(conn).get_current_heads())
    except DBAPIError as exc:
        if is_damage_error(exc):
            raise DatabaseDamagedError(f"cannot read the schema revision: {exc}") from exc
        raise


def current_revision(engine: Engine) -> str | None:
    """The database's single current revision, or None for an empty (never migrated) database."""
    heads = current_heads(engine)
    if len(heads) > 1:
        raise MigrationError(f"the database has several revisions: {heads}")
    return heads[0] if heads else None


def needs_upgrade(engine: Engine, script_location: Path | None = None) -> bool:
    """True if the database is behind head; SchemaTooNewError if it is ahead of this build."""
    heads = current_heads(engine)
    known = known_revisions(script_location)
    unknown = [rev for rev in heads if rev not in known]
    if unknown:
        raise SchemaTooNewError(f"database revision {', '.join(unknown)} is unknown to this build")
    return set(heads) != set(script_directory(script_location).get_heads())


def _sidecars(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def upgrade_to_head(engine: Engine, db_path: Path, *, script_location: Path | None = None) -> Path | None:
    """Upgrade school.db to head; returns the pre-upgrade copy's path, or None if nothing was needed.

    ``engine`` must have no connection checked out; it is disposed on the way and stays usable.
    Raises SchemaTooNewError (file untouched) for an unknown revision, and MigrationError (file put
    back from the copy) if anything fails once the upgrade has started.
    """
    db_path = Path(db_path)
    if not needs_upgrade(engine, script_location):
        return None
    heads = current_heads(engine)
    label = "+".join(sorted(heads)) if heads else "base"
    copy_path = db_path.with_name(f"{db_path.name}.pre-{label}")

    # The copy must be the whole database: fold the WAL into the main file, close every connection
    # (the last close deletes the WAL), and only copy if the WAL is really gone.
    if not checkpoint(engine):
        raise MigrationError("the WAL could not be checkpointed before the upgrade")
    engine.dispose()
    wal = _sidecars(db_path)[0]
    if wal.exists() and wal.stat().st_size > 0:
        raise MigrationError("the WAL is not empty after a checkpoint; not upgrading")
    try:
        atomic_copy_file(db_path, copy_path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            copy_path.unlink()
        raise MigrationError(f"cannot copy {db_path.name} aside before the upgrade: {exc}") from exc

    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(connection=conn, script_location=script_location), "heads")
        engine.dispose()
    except BaseException as exc:
        engine.dispose()
        _restore(db_path, copy_path)
        if isinstance(exc, Exception):
            raise MigrationError(f"upgrade from {label} failed: {exc!r}") from exc
        raise
    return copy_path


def _restore(db_path: Path, copy_path: Path) -> None:
    # A WAL left from the failed attempt would be replayed onto the restored file: remove it first.
    for sidecar in _sidecars(db_path):
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()
    os.replace(copy_path, db_path)
    fsync_directory(db_path.parent)
