"""The vault: one school's encrypted database, its key slots and its instance lock (DESIGN §3).

The keys a secret opens stay in the open vault: the data key of school.db, the user's private key,
and the compartments their slot holds (restricted notes, audit signing); services reach them through
``session.info["keys"]`` (:class:`SessionKeys`). Revoking a secret rotates the data key (rekey.py).

Opening never resets, recreates or repairs anything: every failure leaves every file as it was and
says which of three things is wrong — the password, the database, or the key file.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage import rekey
from desktop.storage.atomic import atomic_write_bytes
from desktop.storage.changes import Changes, track_changes
from desktop.storage.engine import (
    autocommit_connection,
    checkpoint,
    is_damage_error,
    new_database,
    open_engine,
    pause_checkouts,
    resume_checkouts,
    set_engine_key,
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
    COMPARTMENT_AUDIT,
    COMPARTMENT_DATA,
    COMPARTMENT_RESTRICTED,
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeySlot,
    OpenedSlot,
    SlotKind,
    audit_public_key,
    endorsement_message,
    endorsement_valid,
    generate_recovery_code,
    is_well_formed_recovery_code,
    key_check,
    load_key_file,
    make_slot,
    new_data_key,
    new_key_pair,
    normalise_username,
    open_slot,
    rewrap_slot,
    save_key_file,
    seal_keys,
    sign,
    spare_copy_path,
)
from desktop.storage.location import network_kind
from desktop.storage.lock import InstanceLock
from desktop.storage.migrate import needs_upgrade, upgrade_to_head

log = logging.getLogger(__name__)

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


def header_database_id(header: bytes) -> str | None:
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


@dataclass(frozen=True)
class SessionKeys:
    """The keys of the signed-in user that services need beyond the database itself.

    ``restricted_key`` opens restricted notes (coordinator, principal, recovery); ``audit_seed``
    signs audit checkpoints (administrators, recovery); ``private_key`` opens what was sealed to this
    user alone (their own restricted notes). ``audit_public_key`` is the key checkpoints are checked
    against: derived from the seed when this user holds it, otherwise the one in the key file.
    ``public_keys`` maps each user name with a password slot to their public key.
    """

    username: str | None
    private_key: bytes | None = None
    restricted_key: bytes | None = None
    audit_seed: bytes | None = None
    audit_public_key: bytes | None = None
    public_keys: Mapping[str, bytes] = field(default_factory=dict)


NO_KEYS = SessionKeys(username=None)


class Vault:
    """An open school vault. Create with :meth:`create`, :meth:`open` or :meth:`open_with_recovery_code`."""

    minimum_kdf: KdfParams = DEFAULT_KDF
    """Argon2 costs below which a password slot is re-hashed at its next unlock (tests lower it)."""

    def __init__(
        self,
        *,
        data_dir: Path,
        database_id: str,
        data_key: bytes,
        engine: Engine,
        lock: InstanceLock,
        username: str | None = None,
        private_key: bytes | None = None,
        keys: Mapping[str, bytes] | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.database_id = database_id
        self._data_key = data_key
        self._engine: Engine | None = engine
        self._lock = lock
        self._sessionmaker = sessionmaker(bind=engine, expire_on_commit=False)
        self._change_listeners: list[Callable[[Changes], None]] = []
        track_changes(self._sessionmaker, self._publish_changes)
        self._suspended = False
        self.username = username
        self._private_key = private_key
        self._keys: dict[str, bytes] = dict(keys or {})
        self._keys.pop(COMPARTMENT_DATA, None)
        self.rotation_error: str | None = None
        self.defer_rotation = False
        self._session_keys: tuple[tuple[int, int], bytes | None, SessionKeys] | None = None
        """Set by the window: a revocation's rotation then waits for rotate_in_background (with a
        progress dialog) or close(), instead of running inside the service call."""

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
        """A new ORM session bound to the engine (expire_on_commit=False). Refused while suspended.

        ``session.info["keys"]`` holds the signed-in user's :class:`SessionKeys`.
        """
        if self._engine is None:
            raise RuntimeError("the vault is closed")
        if self._suspended:
            raise RuntimeError("the vault is locked")
        session = self._sessionmaker()
        session.info["keys"] = self.session_keys()
        return session

    # --- what commits changed ------------------------------------------------------------------

    def on_changes(self, listener: Callable[[Changes], None]) -> None:
        """Call ``listener`` after every commit of a session of this vault with what it changed
        (on the thread that committed)."""
        self._change_listeners.append(listener)

    def _publish_changes(self, changes: Changes) -> None:
        for listener in list(self._change_listeners):
            try:
                listener(changes)
            except Exception:  # a listener's failure never undoes a commit that has happened
                log.exception("a change listener failed")

    # --- keys beyond the database ----------------------------------------------------------------

    def compartment_key(self, compartment: str) -> bytes | None:
        """The key of ``compartment`` ("restricted", "audit") if this user's slot holds it."""
        return self._keys.get(compartment)

    def session_keys(self) -> SessionKeys:
        """The keys services use for restricted content and audit checkpoints (read again only
        when school.keys changed: every session asks for them)."""
        try:
            stat = self.keys_path.stat()
            stamp: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        cached = self._session_keys
        if stamp is not None and cached is not None and cached[0] == stamp and cached[1] == self._private_key:
            return cached[2]
        keys = self._read_session_keys()
        if stamp is not None:
            self._session_keys = (stamp, self._private_key, keys)
        return keys

    def _read_session_keys(self) -> SessionKeys:
        key_file = self._load_own_key_file()
        seed = self._keys.get(COMPARTMENT_AUDIT)
        public_keys = {
            slot.user: slot.public_key
            for slot in key_file.slots
            if slot.kind == "password" and slot.user is not None and slot.public_key is not None
        }
        return SessionKeys(
            username=self.username,
            private_key=self._private_key,
            restricted_key=self._keys.get(COMPARTMENT_RESTRICTED),
            audit_seed=seed,
            audit_public_key=audit_public_key(seed) if seed is not None else key_file.audit_key,
            public_keys=public_keys,
        )

    def trusted_audit_key(self) -> bytes | None:
        """The audit public key: derived from the seed this user holds, else read from the key file
        (then a planted key would only be caught by an administrator's check)."""
        seed = self._keys.get(COMPARTMENT_AUDIT)
        if seed is not None:
            return audit_public_key(seed)
        return self._load_own_key_file().audit_key

    def audit_key_replaced(self) -> bool:
        """True if this user holds the audit seed and the key file names another public key."""
        seed = self._keys.get(COMPARTMENT_AUDIT)
        if seed is None:
            return False
        return self._load_own_key_file().audit_key != audit_public_key(seed)

    def grant(self, compartment: str, username: str | None) -> bool:
        """Seal ``compartment``'s key to every password slot of ``username`` (None: the recovery slot).

        Only a session that holds the compartment and the audit seed can grant, and only to a public
        key the audit key endorsed; returns False (nothing written) when that is not the case.
        """
        key = self._keys.get(compartment)
        seed = self._keys.get(COMPARTMENT_AUDIT)
        if key is None or seed is None or compartment == COMPARTMENT_DATA:
            return False
        verify = audit_public_key(seed)
        key_file = self._load_own_key_file()
        changed = False
        slots = list(key_file.slots)
        for index, slot in enumerate(slots):
            if not self._is_target(slot, username) or slot.legacy:
                continue
            if not endorsement_valid(self.database_id, slot, verify):
                continue
            if slot.box(compartment) is None:
                slots[index] = seal_keys(self.database_id, slot, {compartment: key})
                changed = True
        if changed:
            save_key_file(self.keys_path, replace(key_file, slots=tuple(slots)))
        return changed

    def withdraw(self, compartment: str, username: str) -> bool:
        """Remove ``compartment``'s box from ``username``'s slots (their role no longer allows it)."""
        key_file = self._load_own_key_file()
        slots = list(key_file.slots)
        changed = False
        for index, slot in enumerate(slots):
            if self._is_target(slot, username) and slot.box(compartment) is not None:
                slots[index] = slot.with_box(compartment, None)
                changed = True
        if changed:
            save_key_file(self.keys_path, replace(key_file, slots=tuple(slots)))
        return changed

    def holders(self, compartment: str) -> list[str | None]:
        """The users (None: the recovery code) whose password or recovery slot holds ``compartment``."""
        return [
            slot.user
            for slot in self._load_own_key_file().slots
            if slot.kind != "device" and slot.box(compartment) is not None
        ]

    @staticmethod
    def _is_target(slot: KeySlot, username: str | None) -> bool:
        if username is None:
            return slot.kind == "recovery"
        return slot.kind == "password" and slot.user == normalise_username(username)

    def ensure_compartments(self) -> bool:
        """Create the restricted and audit keys of a school that has none yet (a school from the
        first version), held by this session and sealed to the recovery slot; True if created.

        Only an administrator's session should call it (the services decide).
        """
        key_file = self._load_own_key_file()
        if key_file.audit_key is not None or self._private_key is None or self.username is None:
            return False
        seed, restricted = new_data_key(), new_data_key()
        self._keys[COMPARTMENT_AUDIT] = seed
        self._keys[COMPARTMENT_RESTRICTED] = restricted
        slots = []
        for slot in key_file.slots:
            own = slot.kind == "password" and slot.user == normalise_username(self.username)
            if (own or slot.kind == "recovery") and not slot.legacy:
                slot = self._endorsed(seal_keys(self.database_id, slot, self._keys))
            slots.append(slot)
        save_key_file(self.keys_path, replace(key_file, slots=tuple(slots), audit_key=audit_public_key(seed)))
        return True

    def endorse_unendorsed(self) -> list[str | None]:
        """Endorse every bound slot whose public key has no valid endorsement yet (slots re-wrapped
        after an upgrade from the first version, whose keys were made at their owner's log-in).
        Trust on first use: documented in docs/SECURITY.md. Returns the users endorsed."""
        seed = self._keys.get(COMPARTMENT_AUDIT)
        if seed is None:
            return []
        verify = audit_public_key(seed)
        key_file = self._load_own_key_file()
        done: list[str | None] = []
        slots = []
        for slot in key_file.slots:
            if not slot.legacy and not endorsement_valid(self.database_id, slot, verify):
                slot = self._endorsed(slot)
                done.append(slot.user)
            slots.append(slot)
        if done:
            save_key_file(self.keys_path, replace(key_file, slots=tuple(slots)))
        return done

    def _new_slot(
        self,
        kind: SlotKind,
        user: str | None,
        secret: str,
        keys: Mapping[str, bytes],
        kdf: KdfParams | None,
        old: KeySlot | None,
    ) -> tuple[bytes, KeySlot]:
        """A new key pair and a slot for it (in ``old``'s place), endorsed when this session holds
        the audit key; returns the private key and the slot."""
        private_key, _ = new_key_pair()
        slot = make_slot(
            database_id=self.database_id,
            kind=kind,
            user=user,
            secret=secret,
            private_key=private_key,
            keys=keys,
            kdf=kdf or self.minimum_kdf,
            slot_id=old.id if old is not None else None,
        )
        return private_key, self._endorsed(slot)

    def _endorsed(self, slot: KeySlot) -> KeySlot:
        seed = self._keys.get(COMPARTMENT_AUDIT)
        if seed is None or slot.public_key is None:
            return slot
        message = endorsement_message(self.database_id, slot.identity, slot.user, slot.public_key)
        return replace(slot, endorsement=sign(seed, message))

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

    def _verify_slot(self, slot: KeySlot, secret: str) -> OpenedSlot:
        opened = open_slot(slot, [self.database_id], secret)
        if opened.data_key != self._data_key:
            raise WrongPasswordError(f"slot {slot.id} holds a key that no longer opens this school")
        return opened

    def add_device_slot(
        self, username: str, secret: str, *, slot_id: str, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        """Add (or replace, same id) a device slot of ``username`` wrapped under ``secret``.

        A device slot has a key pair of its own and holds only the data key: it ends an idle lock,
        it never opens restricted content."""
        key_file = self._load_own_key_file()
        private_key, _ = new_key_pair()
        slot = make_slot(
            database_id=self.database_id,
            kind="device",
            user=username,
            secret=secret,
            private_key=private_key,
            keys={COMPARTMENT_DATA: self._data_key},
            kdf=kdf,
            slot_id=slot_id,
        )
        save_key_file(self.keys_path, key_file.with_slot(slot))

    def has_device_slot(self, slot_id: str, username: str) -> bool:
        """True if the key file holds this device slot for ``username``."""
        slot = self._load_own_key_file().device_slot(slot_id)
        return slot is not None and slot.user == normalise_username(username)

    def remove_device_slot(self, slot_id: str) -> bool:
        """Remove a device slot and rotate the data key; returns False if there was none."""
        key_file = self._load_own_key_file()
        if key_file.device_slot(slot_id) is None:
            return False
        save_key_file(self.keys_path, replace(key_file.without_slot(slot_id), rotation_pending=True))
        self.complete_revocation()
        return True

    # --- create / open ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls, data_dir: Path, username: str, password: str, *, kdf: KdfParams = DEFAULT_KDF
    ) -> tuple[Vault, str]:
        """Create a new vault in ``data_dir``; returns the open vault and its recovery code.

        The recovery code is shown to the user once. Raises VaultExistsError if school.db or
        school.keys already exists. On failure, only the files this call created are removed.
        The first user holds every compartment (they are the school's first administrator).
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
            seed = new_data_key()
            keys = {
                COMPARTMENT_DATA: data_key,
                COMPARTMENT_RESTRICTED: new_data_key(),
                COMPARTMENT_AUDIT: seed,
            }
            private_key, _ = new_key_pair()
            recovery_private, _ = new_key_pair()
            made = (
                make_slot(
                    database_id=database_id,
                    kind="password",
                    user=username,
                    secret=password,
                    private_key=private_key,
                    keys=keys,
                    kdf=kdf,
                ),
                make_slot(
                    database_id=database_id,
                    kind="recovery",
                    user=None,
                    secret=recovery_code,
                    private_key=recovery_private,
                    keys=keys,
                    kdf=kdf,
                ),
            )
            slots = tuple(
                replace(
                    slot,
                    endorsement=sign(
                        seed,
                        endorsement_message(database_id, slot.identity, slot.user, slot.public_key or b""),
                    ),
                )
                for slot in made
            )
            key_file = KeyFile(
                database_id=database_id,
                slots=slots,
                key_check=key_check(data_key, database_id),
                audit_key=audit_public_key(seed),
                legacy_allowed=False,
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
        vault = cls(
            data_dir=data_dir,
            database_id=database_id,
            data_key=data_key,
            engine=engine,
            lock=lock,
            username=normalise_username(username),
            private_key=private_key,
            keys=keys,
        )
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
            rekey.recover(db_path, data_dir / KEYS_NAME)
            key_file = load_key_file(data_dir / KEYS_NAME)
            if not db_path.exists():
                raise DatabaseDamagedError(f"database file missing: {db_path}")
            slot = cls._find_slot(key_file, username, secret)
            opened = cls._unwrap(key_file, slot, secret, _read_header(db_path))
            data_key = opened.data_key
            if (
                key_file.key_check is not None
                and key_check(data_key, key_file.database_id) != key_file.key_check
            ):
                # An old slot copied back from a backup or a spare copy: its key no longer opens school.db.
                raise WrongPasswordError(f"slot {slot.id} holds a key that no longer opens this school")
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
        vault = cls(
            data_dir=data_dir,
            database_id=key_file.database_id,
            data_key=data_key,
            engine=engine,
            lock=lock,
            username=slot.user,
            private_key=opened.private_key,
            keys=opened.keys,
        )
        if migrate:
            # Upkeep that needs the secret just typed: never a reason to refuse the log-in.
            with contextlib.suppress(OSError, VaultError):
                vault._upgrade_slot(key_file, opened, secret)
                vault._resync_spare_copy()
            vault.complete_revocation()
        return vault

    def _resync_spare_copy(self) -> None:
        """school.keys.bak is the same as school.keys (a crash between the two writes leaves the
        spare copy one version behind: it must not keep a slot that was removed)."""
        spare = spare_copy_path(self.keys_path)
        current = self.keys_path.read_bytes()
        if spare.exists() and spare.read_bytes() != current:
            atomic_write_bytes(spare, current)

    def _upgrade_slot(self, key_file: KeyFile, opened: OpenedSlot, secret: str) -> None:
        """Re-wrap a first-format slot as a bound one, or re-hash a slot whose Argon2 costs are
        below the current minimum. The last first-format slot re-wrapped closes the file to them
        and rotates the data key, so that no copy of an unbound slot opens the school any more."""
        slot = opened.slot
        if slot.legacy:
            private_key, _ = new_key_pair()
            kdf = slot.kdf if not slot.kdf.weaker_than(self.minimum_kdf) else self.minimum_kdf
            if slot.kind == "device":
                # A quick-unlock slot of the first format is simply dropped: the PIN is set again.
                key_file = key_file.without_slot(slot.id)
            else:
                bound = make_slot(
                    database_id=self.database_id,
                    kind=slot.kind,
                    user=slot.user,
                    secret=secret,
                    private_key=private_key,
                    keys={COMPARTMENT_DATA: self._data_key},
                    kdf=kdf,
                    slot_id=slot.id,
                )
                key_file = key_file.with_slot(bound)
                self._private_key = private_key
            # The user's quick-unlock slots of the first format go with it.
            key_file = replace(
                key_file,
                slots=tuple(
                    s for s in key_file.slots if not (s.legacy and s.kind == "device" and s.user == slot.user)
                ),
                key_check=key_check(self._data_key, self.database_id),
            )
            if not key_file.has_legacy_slots():
                key_file = replace(key_file, legacy_allowed=False, rotation_pending=True)
            save_key_file(self.keys_path, key_file)
            return
        if (
            slot.kind == "password"
            and slot.kdf.weaker_than(self.minimum_kdf)
            and opened.private_key is not None
        ):
            stronger = rewrap_slot(slot, self.database_id, opened.private_key, secret, self.minimum_kdf)
            save_key_file(self.keys_path, key_file.with_slot(stronger))

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
        if slot.legacy and not key_file.legacy_allowed:
            raise WrongPasswordError("a slot of the first format in a file that no longer accepts them")
        return slot

    @staticmethod
    def _unwrap(key_file: KeyFile, slot: KeySlot, secret: str, header: bytes) -> OpenedSlot:
        """Open the slot, telling a foreign or altered key file apart from a damaged database."""
        expected = uuid.UUID(key_file.database_id).bytes
        header_id = header_database_id(header)
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
            opened = open_slot(slot, candidates, secret)
        except WrongPasswordError as exc:
            if slot.kind == "recovery":
                exc.user_message = "The recovery code is not correct. Check it and try again."
            raise
        if opened.database_id != key_file.database_id:
            raise KeyFileError(
                f"the database_id in school.keys ({key_file.database_id}) was altered; slots are for "
                f"{opened.database_id}"
            )
        # header != expected here means school.db's header is damaged; open_engine reports it.
        return opened

    # --- key slots -------------------------------------------------------------------------------

    def _load_own_key_file(self) -> KeyFile:
        key_file = load_key_file(self.keys_path)
        if key_file.database_id != self.database_id:
            raise KeyFileError(
                f"school.keys changed while open: now for database {key_file.database_id}",
            )
        return key_file

    def set_password(self, username: str, new_password: str, *, kdf: KdfParams | None = None) -> None:
        """Give ``username`` a new password slot with a new key pair (an administrator creating an
        account or resetting a password), endorsed when this session holds the audit key.

        The user's old slots (password and quick unlock) are removed; when they had any, the data key
        is rotated so that the old password opens nothing (see complete_revocation). Compartments are
        granted afterwards by the services (grant)."""
        key_file = self._load_own_key_file()
        old = key_file.password_slot(username)
        private_key, slot = self._new_slot(
            "password", username, new_password, {COMPARTMENT_DATA: self._data_key}, kdf, old
        )
        had_slots = bool(key_file.slots_of(username))
        key_file = key_file.without_user(username).with_slot(slot)
        if normalise_username(username) == self.username:
            self._private_key = private_key
            # Our own new slot keeps what we hold.
            key_file = key_file.with_slot(seal_keys(self.database_id, slot, self._keys))
        save_key_file(
            self.keys_path, replace(key_file, rotation_pending=key_file.rotation_pending or had_slots)
        )

    def change_password(
        self, username: str, old_password: str, new_password: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Check ``old_password`` (WrongPasswordError if it fails), then wrap the same key pair and
        compartments under the new one; the data key is rotated so the old password opens nothing."""
        key_file = self._load_own_key_file()
        slot = key_file.password_slot(username)
        if slot is None:
            raise WrongPasswordError("no slot for this user")
        opened = self._verify_slot(slot, old_password)
        if opened.private_key is None:
            # A slot of the first format: give it a key pair now.
            self.set_password(username, new_password, kdf=kdf)
        else:
            fresh = rewrap_slot(
                slot, self.database_id, opened.private_key, new_password, kdf or self.minimum_kdf
            )
            save_key_file(self.keys_path, replace(key_file.with_slot(fresh), rotation_pending=True))
        self.complete_revocation()

    def remove_slot(self, username: str) -> bool:
        """Remove every slot of ``username`` (a disabled account) and mark the data key for rotation;
        returns False if there was none. The caller commits, then calls complete_revocation()."""
        key_file = self._load_own_key_file()
        if not key_file.slots_of(username):
            return False
        save_key_file(self.keys_path, replace(key_file.without_user(username), rotation_pending=True))
        return True

    def has_slot(self, username: str) -> bool:
        """True if ``username`` has a password slot."""
        return self._load_own_key_file().password_slot(username) is not None

    def usernames_with_slots(self) -> list[str]:
        """User names that have a password slot, in file order."""
        return self._load_own_key_file().usernames()

    def new_recovery_code(self, *, kdf: KdfParams | None = None) -> str:
        """Replace the recovery slot with a new code (new key pair, the compartments this session
        holds) and return the code (shown once). The old code then opens nothing: rotation."""
        key_file = self._load_own_key_file()
        code = generate_recovery_code()
        old = key_file.recovery_slot()
        _, slot = self._new_slot(
            "recovery", None, code, {COMPARTMENT_DATA: self._data_key, **self._keys}, kdf, old
        )
        save_key_file(self.keys_path, replace(key_file.with_slot(slot), rotation_pending=old is not None))
        self.complete_revocation()
        return code

    # --- rotation --------------------------------------------------------------------------------

    @property
    def rotation_pending(self) -> bool:
        """True when a slot was revoked and the data key has not been rotated yet."""
        return self._load_own_key_file().rotation_pending

    def complete_revocation(self, progress: rekey.Progress | None = None, *, now: bool = False) -> bool:
        """Rotate the data key now if a revocation asked for it and no connection is in use;
        True if it rotated. Otherwise the rotation stays pending (and happens at close or at the
        next open). A failure is kept in ``rotation_error`` and leaves the school as it was.
        With ``defer_rotation`` set, only a call with ``now=True`` rotates."""
        if (self.defer_rotation and not now) or not self.rotation_pending:
            return False
        engine = self._engine
        if engine is None or self._suspended:
            return False
        # No new connection while the files are switched; one already in use postpones it.
        pause_checkouts(engine)
        try:
            if engine.pool.checkedout() > 0:  # type: ignore[attr-defined]
                return False
            self.rotate_data_key(progress=progress)
        except (OSError, VaultError, DBAPIError) as exc:
            self.rotation_error = str(exc)
            return False
        finally:
            resume_checkouts(engine)
        self.rotation_error = None
        return True

    def rotate_data_key(
        self, *, progress: rekey.Progress | None = None, before_switch: Callable[[], None] | None = None
    ) -> None:
        """Re-encrypt school.db under a new random key and seal it to every remaining bound slot.

        First-format slots cannot receive the new key and are dropped (their owners get a new
        password from an administrator). Crash-safe: see desktop/storage/rekey.py.
        """
        engine = self.engine
        key_file = self._load_own_key_file()
        new_key = new_data_key()
        slots = tuple(
            seal_keys(self.database_id, slot, {COMPARTMENT_DATA: new_key})
            for slot in key_file.slots
            if not slot.legacy
        )
        new_file = replace(
            key_file,
            slots=slots,
            key_check=key_check(new_key, self.database_id),
            legacy_allowed=False,
            rotation_pending=False,
        )
        # Every connection of the engine closed (and none handed out meanwhile, see
        # complete_revocation): the log is folded in on a connection of our own.
        engine.dispose()
        try:
            rekey.fold_wal(self.db_path, self._data_key)
            rekey.rotate_files(
                self.db_path,
                self.keys_path,
                old_key=self._data_key,
                new_key=new_key,
                salt=uuid.UUID(self.database_id).bytes,
                new_key_file=new_file,
                progress=progress,
                before_switch=before_switch,
            )
        except BaseException:
            if rekey.next_path(self.keys_path).exists() and not rekey.next_path(self.db_path).exists():
                # school.db was switched but the key file not yet: the new key is in force; the key
                # file is installed now, or at the next open.
                self._data_key = new_key
                set_engine_key(engine, new_key)
                with contextlib.suppress(OSError):
                    rekey.recover(self.db_path, self.keys_path)
            raise
        finally:
            # Connections opened while the files were switched (none should be) hold either key.
            engine.dispose()
        self._data_key = new_key
        set_engine_key(engine, new_key)

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
        if not self._suspended:
            with contextlib.suppress(OSError, VaultError, DBAPIError):
                self.complete_revocation(now=True)
            engine = self._engine or engine
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
