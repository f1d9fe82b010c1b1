"""The vault: one school's encrypted database, its key slots and its instance lock (DESIGN §3).

Opening never resets, recreates or repairs anything: every failure leaves every file as it was and
says which of three things is wrong — the password, the database, or the key file.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage.engine import (
    autocommit_connection,
    checkpoint,
    is_damage_error,
    new_database,
    open_engine,
)
from desktop.storage.errors import (
    DatabaseDamagedError,
    KeyFileError,
    NetworkLocationError,
    VaultError,
    VaultExistsError,
    WrongPasswordError,
)
from desktop.storage.keyslots import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeySlot,
    generate_recovery_code,
    is_well_formed_recovery_code,
    load_key_file,
    make_slot,
    new_data_key,
    normalise_username,
    save_key_file,
    unwrap_slot,
)
from desktop.storage.location import network_kind
from desktop.storage.lock import InstanceLock
from desktop.storage.migrate import needs_upgrade, upgrade_to_head

DB_NAME = "school.db"
KEYS_NAME = "school.keys"
LOCK_NAME = "school.db.lock"

# Two random UUID4s differ in about 61 of their 122 random bits; damage flips a few. A file header
# this far from the expected id, yet shaped like a UUID4, is another Dodam database.
_OTHER_DATABASE_MIN_BIT_DISTANCE = 32


def vault_exists(data_dir: Path) -> bool:
    """True if ``data_dir`` holds a school.db or a school.keys (so create() would refuse)."""
    data_dir = Path(data_dir)
    return (data_dir / DB_NAME).exists() or (data_dir / KEYS_NAME).exists()


@dataclass
class IntegrityReport:
    """Result of Vault.check(): ok is True only if every check came back clean."""

    ok: bool
    problems: list[str] = field(default_factory=list)

    def raise_if_damaged(self) -> None:
        """Raise DatabaseDamagedError listing the problems, if there are any."""
        if not self.ok:
            raise DatabaseDamagedError("; ".join(self.problems[:20]))


def _bit_distance(a: bytes, b: bytes) -> int:
    return sum(bin(x ^ y).count("1") for x, y in zip(a, b, strict=True))


def _read_header(db_path: Path) -> bytes:
    try:
        with open(db_path, "rb") as handle:
            return handle.read(16)
    except OSError as exc:
        raise DatabaseDamagedError(f"cannot read {db_path}: {exc}") from exc


def _header_database_id(header: bytes) -> str | None:
    """The database id a school.db header carries, if it looks like one at all."""
    if len(header) != 16:
        return None
    candidate = uuid.UUID(bytes=header)
    if candidate.version != 4 or candidate.variant != uuid.RFC_4122:
        return None
    return str(candidate)


def _refuse_network_folder(data_dir: Path) -> None:
    """Raise NetworkLocationError when ``data_dir`` is on a network share or drive."""
    kind = network_kind(data_dir)
    if kind is not None:
        raise NetworkLocationError(f"data folder on a network {kind}: {data_dir}")


class Vault:
    """An open school vault. Create with :meth:`create`, :meth:`open` or :meth:`open_with_recovery_code`."""

    def __init__(
        self,
        *,
        data_dir: Path,
        database_id: str,
        data_key: bytes,
        engine: Engine,
        lock: InstanceLock,
    ) -> None:
        self.data_dir = data_dir
        self.database_id = database_id
        self._data_key = data_key
        self._engine: Engine | None = engine
        self._lock = lock
        self._sessionmaker = sessionmaker(bind=engine, expire_on_commit=False)
        self._suspended = False

    # --- paths -----------------------------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        """Path of school.db."""
        return self.data_dir / DB_NAME

    @property
    def keys_path(self) -> Path:
        """Path of school.keys."""
        return self.data_dir / KEYS_NAME

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (raises if the vault is closed)."""
        if self._engine is None:
            raise RuntimeError("the vault is closed")
        return self._engine

    @property
    def is_open(self) -> bool:
        """True until close()."""
        return self._engine is not None

    def session(self) -> Session:
        """A new ORM session bound to the engine (expire_on_commit=False). Refused while suspended."""
        if self._engine is None:
            raise RuntimeError("the vault is closed")
        if self._suspended:
            raise RuntimeError("the vault is locked")
        return self._sessionmaker()

    # --- idle lock -------------------------------------------------------------------------------

    @property
    def is_suspended(self) -> bool:
        """True between suspend() and a successful unlock."""
        return self._suspended

    def suspend(self) -> None:
        """Idle lock: close every database connection and refuse sessions until the same user
        unlocks. The instance lock stays held, so no other Dodam can open the school meanwhile."""
        engine = self.engine
        self._suspended = True
        with contextlib.suppress(DBAPIError, VaultError):
            checkpoint(engine)
        engine.dispose()

    def verify_password(self, username: str, password: str) -> None:
        """Raise WrongPasswordError unless ``password`` opens ``username``'s slot (also for a user
        without a slot). Works while suspended; changes nothing."""
        slot = self._load_own_key_file().password_slot(username)
        if slot is None:
            raise WrongPasswordError("no slot for this user")
        self._verify_slot(slot, password)

    def unlock_with_password(self, username: str, password: str) -> None:
        """End a suspension with ``username``'s password (WrongPasswordError if it is wrong)."""
        self.verify_password(username, password)
        self._suspended = False

    def unlock_with_device_slot(self, slot_id: str, username: str, secret: str) -> None:
        """End a suspension with a device (quick-unlock) slot of ``username``."""
        slot = self._load_own_key_file().device_slot(slot_id)
        if slot is None or slot.user != normalise_username(username):
            raise WrongPasswordError("no device slot for this user")
        self._verify_slot(slot, secret)
        self._suspended = False

    def _verify_slot(self, slot: KeySlot, secret: str) -> None:
        data_key, _ = unwrap_slot(slot, [self.database_id], secret)
        if data_key != self._data_key:
            raise KeyFileError(f"slot {slot.id} holds a different key")

    def add_device_slot(
        self, username: str, secret: str, *, slot_id: str, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        """Add (or replace, same id) a device slot of ``username`` wrapped under ``secret``."""
        key_file = self._load_own_key_file()
        slot = make_slot(
            data_key=self._data_key,
            database_id=self.database_id,
            kind="device",
            user=username,
            secret=secret,
            kdf=kdf,
            slot_id=slot_id,
        )
        save_key_file(self.keys_path, key_file.with_slot(slot))

    def has_device_slot(self, slot_id: str, username: str) -> bool:
        """True if the key file holds this device slot for ``username``."""
        slot = self._load_own_key_file().device_slot(slot_id)
        return slot is not None and slot.user == normalise_username(username)

    def remove_device_slot(self, slot_id: str) -> bool:
        """Remove a device slot; returns False if there was none."""
        key_file = self._load_own_key_file()
        if key_file.device_slot(slot_id) is None:
            return False
        save_key_file(self.keys_path, key_file.without_slot(slot_id))
        return True

    # --- create / open ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls, data_dir: Path, username: str, password: str, *, kdf: KdfParams = DEFAULT_KDF
    ) -> tuple[Vault, str]:
        """Create a new vault in ``data_dir``; returns the open vault and its recovery code.

        The recovery code is shown to the user once. Raises VaultExistsError if school.db or
        school.keys already exists. On failure, only the files this call created are removed.
        """
        data_dir = Path(data_dir)
        _refuse_network_folder(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        lock = InstanceLock(data_dir / LOCK_NAME)
        lock.acquire()
        db_path = data_dir / DB_NAME
        keys_path = data_dir / KEYS_NAME
        created: list[Path] = []
        engine: Engine | None = None
        try:
            existing = [p.name for p in (db_path, keys_path) if p.exists()]
            if existing:
                raise VaultExistsError(f"{', '.join(existing)} already exist(s) in {data_dir}")
            database_id = str(uuid.uuid4())
            data_key = new_data_key()
            created += [db_path.with_name(db_path.name + s) for s in ("", "-wal", "-shm", ".pre-base")]
            new_database(db_path, data_key, salt=uuid.UUID(database_id).bytes)
            engine = open_engine(db_path, data_key)
            copy = upgrade_to_head(engine, db_path)
            if copy is not None:
                # A copy of an empty database protects nothing.
                copy.unlink()
            recovery_code = generate_recovery_code()
            key_file = KeyFile(
                database_id=database_id,
                slots=(
                    make_slot(
                        data_key=data_key,
                        database_id=database_id,
                        kind="password",
                        user=username,
                        secret=password,
                        kdf=kdf,
                    ),
                    make_slot(
                        data_key=data_key,
                        database_id=database_id,
                        kind="recovery",
                        user=None,
                        secret=recovery_code,
                        kdf=kdf,
                    ),
                ),
            )
            # The key file is written last: it is what turns the folder into a vault.
            created += [keys_path, keys_path.with_name(keys_path.name + ".bak")]
            save_key_file(keys_path, key_file)
        except BaseException as exc:
            if engine is not None:
                engine.dispose()
            # VaultExistsError is raised before anything is created: the files are someone else's.
            if not isinstance(exc, VaultExistsError):
                for path in created:
                    with contextlib.suppress(FileNotFoundError):
                        path.unlink()
            lock.release()
            raise
        vault = cls(data_dir=data_dir, database_id=database_id, data_key=data_key, engine=engine, lock=lock)
        return vault, recovery_code

    @classmethod
    def open(cls, data_dir: Path, username: str, password: str, *, migrate: bool = True) -> Vault:
        """Open the vault with a user's password.

        Raises InstanceLockedError, KeyFileError, DatabaseDamagedError, WrongPasswordError (also for an
        unknown user name), SchemaTooNewError or MigrationError; on any of them the lock is released
        and no file has been changed.
        """
        return cls._open(Path(data_dir), username, password, migrate=migrate)

    @classmethod
    def open_with_recovery_code(cls, data_dir: Path, code: str, *, migrate: bool = True) -> Vault:
        """Open the vault with the recovery code (then set a new password with set_password)."""
        return cls._open(Path(data_dir), None, code, migrate=migrate)

    @classmethod
    def _open(cls, data_dir: Path, username: str | None, secret: str, *, migrate: bool) -> Vault:
        _refuse_network_folder(data_dir)
        if not data_dir.is_dir():
            # Checked before the lock, which would otherwise be created in (or fail on) a missing folder.
            raise KeyFileError(
                f"data folder missing: {data_dir}",
                user_message=(
                    f"No school data was found in {data_dir}. Check the data folder, or ask IT staff to "
                    "restore school.db and school.keys from a backup."
                ),
            )
        lock = InstanceLock(data_dir / LOCK_NAME)
        lock.acquire()
        engine: Engine | None = None
        try:
            db_path = data_dir / DB_NAME
            key_file = load_key_file(data_dir / KEYS_NAME)
            if not db_path.exists():
                raise DatabaseDamagedError(f"database file missing: {db_path}")
            slot = cls._find_slot(key_file, username, secret)
            data_key = cls._unwrap(key_file, slot, secret, _read_header(db_path))
            engine = open_engine(db_path, data_key)
            if migrate:
                # The pre-upgrade copy stays on disk on purpose: the last state before the upgrade.
                upgrade_to_head(engine, db_path)
            else:
                needs_upgrade(engine)  # still refuses a database from a newer Dodam
        except BaseException:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise
        return cls(
            data_dir=data_dir, database_id=key_file.database_id, data_key=data_key, engine=engine, lock=lock
        )

    @staticmethod
    def _find_slot(key_file: KeyFile, username: str | None, secret: str) -> KeySlot:
        if username is None:
            if not is_well_formed_recovery_code(secret):
                raise WrongPasswordError(
                    "malformed recovery code",
                    user_message=(
                        "That is not a recovery code: a recovery code has 24 letters and digits, "
                        "in groups of four like 7KQ2-M9XD-…. Check it and try again."
                    ),
                )
            slot = key_file.recovery_slot()
            if slot is None:
                raise WrongPasswordError(
                    "no recovery slot",
                    user_message="The recovery code is not correct. Check it and try again.",
                )
            return slot
        slot = key_file.password_slot(username)
        if slot is None:
            # Same error and message as a wrong password: never reveal which accounts exist.
            raise WrongPasswordError("no slot for this user")
        return slot

    @staticmethod
    def _unwrap(key_file: KeyFile, slot: KeySlot, secret: str, header: bytes) -> bytes:
        """Unwrap the slot, telling a foreign or altered key file apart from a damaged database."""
        expected = uuid.UUID(key_file.database_id).bytes
        header_id = _header_database_id(header)
        if header == expected:
            candidates = [key_file.database_id]
        elif header_id is not None and _bit_distance(header, expected) >= _OTHER_DATABASE_MIN_BIT_DISTANCE:
            raise KeyFileError(
                f"school.keys is for database {key_file.database_id}, school.db is {header_id}",
                user_message=(
                    "The key file (school.keys) belongs to a different school database than school.db, "
                    "so it cannot unlock it. Nothing has been changed. Ask IT staff to put back the "
                    "school.keys that was saved together with this school.db."
                ),
            )
        else:
            # Either school.db's header or the database_id in school.keys is damaged: the slot's
            # associated data tells which one is right.
            candidates = [key_file.database_id] + ([header_id] if header_id is not None else [])
        try:
            data_key, matched = unwrap_slot(slot, candidates, secret)
        except WrongPasswordError as exc:
            if slot.kind == "recovery":
                exc.user_message = "The recovery code is not correct. Check it and try again."
            raise
        if matched != key_file.database_id:
            raise KeyFileError(
                f"the database_id in school.keys ({key_file.database_id}) was altered; slots are for {matched}"
            )
        # header != expected here means school.db's header is damaged; open_engine reports it.
        return data_key

    # --- key slots -------------------------------------------------------------------------------

    def _load_own_key_file(self) -> KeyFile:
        key_file = load_key_file(self.keys_path)
        if key_file.database_id != self.database_id:
            raise KeyFileError(
                f"school.keys changed while open: now for database {key_file.database_id}",
            )
        return key_file

    def set_password(self, username: str, new_password: str, *, kdf: KdfParams = DEFAULT_KDF) -> None:
        """Add or replace ``username``'s password slot. Only that slot changes; school.db is not touched."""
        key_file = self._load_own_key_file()
        old = key_file.password_slot(username)
        slot = make_slot(
            data_key=self._data_key,
            database_id=self.database_id,
            kind="password",
            user=username,
            secret=new_password,
            kdf=kdf,
            slot_id=old.id if old is not None else None,
        )
        save_key_file(self.keys_path, key_file.with_slot(slot))

    def change_password(
        self, username: str, old_password: str, new_password: str, *, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        """Check ``old_password`` (WrongPasswordError if it fails), then replace the slot."""
        key_file = self._load_own_key_file()
        slot = key_file.password_slot(username)
        if slot is None:
            raise WrongPasswordError("no slot for this user")
        data_key, _ = unwrap_slot(slot, [self.database_id], old_password)
        if data_key != self._data_key:
            raise KeyFileError(f"the slot of {username!r} holds a different key")
        self.set_password(username, new_password, kdf=kdf)

    def remove_slot(self, username: str) -> bool:
        """Remove ``username``'s password slot; returns False if there was none."""
        key_file = self._load_own_key_file()
        if key_file.password_slot(username) is None:
            return False
        save_key_file(self.keys_path, key_file.without_password_slot(username))
        return True

    def has_slot(self, username: str) -> bool:
        """True if ``username`` has a password slot."""
        return self._load_own_key_file().password_slot(username) is not None

    def usernames_with_slots(self) -> list[str]:
        """User names that have a password slot, in file order."""
        return self._load_own_key_file().usernames()

    def new_recovery_code(self, *, kdf: KdfParams = DEFAULT_KDF) -> str:
        """Replace the recovery slot with a new code and return the code (shown once)."""
        key_file = self._load_own_key_file()
        code = generate_recovery_code()
        old = key_file.recovery_slot()
        slot = make_slot(
            data_key=self._data_key,
            database_id=self.database_id,
            kind="recovery",
            user=None,
            secret=code,
            kdf=kdf,
            slot_id=old.id if old is not None else None,
        )
        save_key_file(self.keys_path, key_file.with_slot(slot))
        return code

    # --- integrity -------------------------------------------------------------------------------

    def check(self) -> IntegrityReport:
        """Run SQLCipher's per-page HMAC check, SQLite's integrity check and the foreign-key check.

        Only reads. A page that cannot be read at all is reported as a problem, not raised.
        """
        problems: list[str] = []
        checks = (
            ("cipher_integrity_check", "PRAGMA cipher_integrity_check"),
            ("integrity_check", "PRAGMA integrity_check"),
            ("foreign_key_check", "PRAGMA foreign_key_check"),
        )
        with autocommit_connection(self.engine) as conn:
            for name, statement in checks:
                try:
                    rows = conn.exec_driver_sql(statement).fetchall()
                except DBAPIError as exc:
                    if not is_damage_error(exc):
                        raise
                    problems.append(f"{name}: {getattr(exc, 'orig', exc)}")
                    continue
                if name == "integrity_check":
                    rows = [row for row in rows if tuple(row) != ("ok",)]
                for row in rows:
                    if name == "foreign_key_check":
                        table, rowid, parent, fk_index = tuple(row)
                        problems.append(
                            f"{name}: {table} row {rowid} refers to a missing {parent} (constraint {fk_index})"
                        )
                    else:
                        problems.append(f"{name}: {', '.join(str(v) for v in row)}")
        return IntegrityReport(ok=not problems, problems=problems)

    # --- closing ---------------------------------------------------------------------------------

    def close(self) -> None:
        """Checkpoint the WAL, dispose the engine and release the lock. Safe to call twice."""
        engine = self._engine
        if engine is None:
            return
        self._engine = None
        try:
            # Best effort: a damaged or busy database must not keep the lock held. SQLite also
            # checkpoints when the last connection closes.
            with contextlib.suppress(DBAPIError, VaultError):
                checkpoint(engine)
        finally:
            try:
                engine.dispose()
            finally:
                self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
