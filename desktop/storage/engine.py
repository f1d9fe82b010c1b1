"""The SQLCipher engine: a SQLAlchemy engine over school.db, keyed with the raw 256-bit data key.

The key never appears in the URL or in a log: it is validated as 64 hex digits and set with
``PRAGMA key`` in a pool ``connect`` event, and a read of ``sqlite_master`` right after proves it.

The first 16 bytes of an SQLCipher 4 file are its (unencrypted) salt. Dodam creates each database
with the salt equal to the bytes of its ``database_id`` (a UUID4), so school.db can be matched with
its school.keys without decrypting anything. Backups must therefore copy the file, or key the
destination with :func:`key_pragma` and the same salt, so that the copy keeps its identity.
"""

from __future__ import annotations

import contextlib
import re
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import ConnectionPoolEntry

from desktop.storage.errors import DatabaseDamagedError, VaultExistsError

SALT_BYTES = 16
_KEY_HEX = re.compile(r"[0-9a-f]{64}")
_KEY_AND_SALT_HEX = re.compile(r"[0-9a-f]{96}")
# SQLITE_CORRUPT and SQLITE_NOTADB (primary result codes): what SQLCipher reports for a page whose
# HMAC fails, i.e. a damaged file once the key has been proven by its slot.
_DAMAGE_CODES = {11, 26}

# PRAGMAs applied to every connection after the key is proven (DESIGN §3).
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
)


def key_pragma(data_key: bytes, salt: bytes | None = None) -> str:
    """The ``PRAGMA key`` statement for a raw key (and, when creating a file, an explicit salt).

    The hex is built here from bytes and checked against a strict pattern, so nothing typed by a
    user can ever reach the statement.
    """
    if not isinstance(data_key, bytes) or len(data_key) != 32:
        raise ValueError("the data key must be exactly 32 bytes")
    hex_key = data_key.hex()
    if salt is None:
        if not _KEY_HEX.fullmatch(hex_key):
            raise ValueError("the data key is not 64 hex digits")
        return f"PRAGMA key = \"x'{hex_key}'\""
    if not isinstance(salt, bytes) or len(salt) != SALT_BYTES:
        raise ValueError("the salt must be exactly 16 bytes")
    hex_key_salt = hex_key + salt.hex()
    if not _KEY_AND_SALT_HEX.fullmatch(hex_key_salt):
        raise ValueError("the key and salt are not 96 hex digits")
    return f"PRAGMA key = \"x'{hex_key_salt}'\""


def is_damage_error(exc: BaseException) -> bool:
    """True if a DBAPI error says the file is corrupt or not a database (rather than busy, full, ...)."""
    original = getattr(exc, "orig", exc)
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return (code & 0xFF) in _DAMAGE_CODES
    text = str(original).lower()
    return "not a database" in text or "malformed" in text


def _require_database_file(db_path: Path) -> None:
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        raise DatabaseDamagedError(f"database file missing: {db_path}") from None
    if size == 0:
        # SQLite would treat an empty file as a brand-new database and happily write a schema into it.
        raise DatabaseDamagedError(f"database file is empty: {db_path}")


def file_uri(db_path: Path, mode: str = "rw") -> str:
    """An SQLite URI for ``db_path`` with an open ``mode`` ("rw" never creates the file).

    Built by hand rather than with Path.as_uri(): a Windows network share must become
    ``file:////server/share/...`` (empty authority), which SQLite accepts and as_uri() does not produce.
    Characters such as ``#``, ``?``, ``%`` and Hangul in folder names are percent-encoded.
    """
    posix = db_path.resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/Users/... -> /C:/Users/...
    return "file://" + quote(posix, safe="/:") + "?mode=" + mode


_ENGINE_KEYS: weakref.WeakKeyDictionary[Engine, list[str]] = weakref.WeakKeyDictionary()
_ENGINE_GATES: weakref.WeakKeyDictionary[Engine, threading.Event] = weakref.WeakKeyDictionary()
# How long a connection request waits while the files are being switched (a rotation of the
# largest school takes a few seconds).
_GATE_TIMEOUT_SECONDS = 120.0


def pause_checkouts(engine: Engine) -> None:
    """Make every thread that asks ``engine`` for a connection wait until resume_checkouts (a
    data-key rotation re-encrypts and switches the files meanwhile)."""
    _ENGINE_GATES[engine].clear()


def resume_checkouts(engine: Engine) -> None:
    """Let connection requests through again."""
    _ENGINE_GATES[engine].set()


def set_engine_key(engine: Engine, data_key: bytes) -> None:
    """Key every *new* connection of ``engine`` with ``data_key`` (after a data-key rotation; the
    caller disposes the pool first). Sessions bound to the engine keep working."""
    keys = _ENGINE_KEYS[engine]
    keys[0] = key_pragma(data_key)
    # Connections made before this (even one waiting at the gate) hold the old file: retired.
    keys[1] = str(int(keys[1]) + 1)


def open_engine(db_path: Path, data_key: bytes) -> Engine:
    """Open an engine on an existing school.db, keyed with ``data_key``.

    Raises DatabaseDamagedError if the file is missing or empty, or cannot be read with this key
    (the caller has already proven the key with its slot, so an unreadable file means damage).
    """
    db_path = Path(db_path)
    # [the PRAGMA key statement, the key's generation]: a rotation changes both.
    key_statement = [key_pragma(data_key), "0"]
    gate = threading.Event()
    gate.set()
    _require_database_file(db_path)

    engine = create_engine(
        "sqlite+pysqlite:///" + str(db_path),
        module=sqlcipher,
        connect_args={"timeout": 15.0},
    )

    @event.listens_for(engine, "do_connect")
    def _connect_read_write_only(
        dialect: Any, conn_rec: ConnectionPoolEntry, cargs: list[Any], cparams: dict[str, Any]
    ) -> None:
        # The URL only names the file; the actual open goes through a mode=rw URI built from the
        # Path, which also spares us URL quoting of unusual folder names. Never opened while a
        # rotation switches the files.
        if not gate.wait(_GATE_TIMEOUT_SECONDS):
            raise DatabaseDamagedError("school.db stayed locked for a key rotation")
        conn_rec.info["key_generation"] = key_statement[1]
        cargs[:] = [file_uri(db_path)]
        cparams["uri"] = True

    # insert=True: keying must precede SQLAlchemy's own first-connect queries.
    @event.listens_for(engine, "connect", insert=True)
    def _key_connection(dbapi_connection: DBAPIConnection, connection_record: ConnectionPoolEntry) -> None:
        # SQLAlchemy emits BEGIN itself (see _begin); the driver's implicit transactions would
        # otherwise leave DDL and SELECTs outside any transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            # SQLCipher logs every failed page HMAC to stderr; damage is reported by our own errors.
            cursor.execute("PRAGMA cipher_log_level = NONE").fetchall()
            cursor.execute(key_statement[0])
            try:
                cursor.execute("SELECT count(*) FROM sqlite_master").fetchall()
            except sqlcipher.DatabaseError as exc:
                raise DatabaseDamagedError(f"school.db cannot be read with its key: {exc}") from exc
            for pragma in CONNECTION_PRAGMAS:
                cursor.execute(pragma).fetchall()
        finally:
            cursor.close()

    @event.listens_for(engine, "checkout")
    def _wait_while_switching(
        dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry, proxy: Any
    ) -> None:
        if not gate.wait(_GATE_TIMEOUT_SECONDS):
            raise DatabaseDamagedError("school.db stayed locked for a key rotation")
        if record.info.get("key_generation") != key_statement[1]:
            # Opened on the file the rotation replaced: the pool drops it and connects again.
            raise DisconnectionError("the data key was rotated")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        if conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
            return
        dbapi_connection = conn.connection.dbapi_connection
        # Leaving SQLAlchemy's AUTOCOMMIT resets the driver to its legacy mode; undo that.
        if dbapi_connection is not None and dbapi_connection.isolation_level is not None:
            dbapi_connection.isolation_level = None
        conn.exec_driver_sql("BEGIN")

    _ENGINE_KEYS[engine] = key_statement
    _ENGINE_GATES[engine] = gate
    try:
        with engine.connect():
            pass
    except DatabaseDamagedError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if is_damage_error(exc):
            raise DatabaseDamagedError(f"school.db cannot be read: {exc}") from exc
        raise
    return engine


@contextlib.contextmanager
def autocommit_connection(engine: Engine) -> Iterator[Connection]:
    """A connection with no transaction, for PRAGMAs that refuse to run inside one (checkpoints)."""
    with engine.connect() as conn:
        yield conn.execution_options(isolation_level="AUTOCOMMIT")


def checkpoint(engine: Engine) -> bool:
    """Fold the WAL back into school.db and truncate it; True if every frame was checkpointed."""
    with autocommit_connection(engine) as conn:
        row = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return row is not None and row[0] == 0


def new_database(db_path: Path, data_key: bytes, *, salt: bytes | None = None) -> None:
    """Create a brand-new, empty, encrypted school.db (used only by Vault.create).

    ``salt`` becomes the file's SQLCipher salt (its first 16 bytes); random when omitted.
    Raises VaultExistsError if the file already exists.
    """
    db_path = Path(db_path)
    if db_path.exists():
        raise VaultExistsError(f"{db_path} already exists")
    statement = key_pragma(data_key, salt) if salt is not None else key_pragma(data_key)
    # mode=rwc: the existence check above is what protects an existing file.
    connection = sqlcipher.connect(file_uri(db_path, "rwc"), uri=True, isolation_level=None)
    try:
        connection.execute(statement)
        connection.execute("PRAGMA journal_mode = WAL").fetchall()
        # Writing a header value forces SQLite to create page 1 now, with our salt and settings.
        connection.execute("PRAGMA user_version = 0")
        connection.execute("PRAGMA application_id = 1146045505")  # "DODA", identifies Dodam files
    finally:
        connection.close()
