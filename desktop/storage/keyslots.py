"""Key slots: the data key of school.db, wrapped once per staff password and once by a recovery code.

A slot is Argon2id(secret) → key-encryption key → AES-256-GCM wrap of the 32-byte data key, with
``f"{database_id}:{slot_id}"`` as associated data, so a slot cannot be moved to another file or
another slot id without failing to unwrap. The slots live in ``school.keys`` (JSON), which is
written atomically with the previous version kept as ``school.keys.bak``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.storage.atomic import atomic_write_bytes
from desktop.storage.errors import KeyFileError, WrongPasswordError

KEYS_FORMAT = "dodam-keys"
KEYS_VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
MAX_KEY_FILE_BYTES = 1024 * 1024

# Bounds for parameters read from a file: a damaged or hostile file must not make us allocate
# gigabytes or spin for minutes before the password is even checked.
_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_TIME_COST = 64
_MAX_PARALLELISM = 64

SlotKind = Literal["password", "recovery", "device"]
"""A "device" slot is quick unlock on one PC account: Argon2id(PIN + a device secret kept in the OS
keyring) wraps the data key (desktop/storage/device_unlock.py). A user may have one per PC."""

CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_CODE_LENGTH = 24  # 24 symbols x 5 bits = 120 random bits
_RECOVERY_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_]+")
_RECOVERY_CONFUSABLES = str.maketrans({"O": "0", "I": "1", "L": "1"})

_SLOT_FIELDS = ("id", "kind", "user", "kdf", "nonce", "wrapped_key", "created")
_KDF_FIELDS = ("alg", "memory_kib", "time_cost", "parallelism", "salt")
_TOP_FIELDS = ("format", "version", "database_id", "slots")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored with each slot so that opening uses the slot's own."""

    memory_kib: int = 65536
    time_cost: int = 3
    parallelism: int = 4


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the data key."""

    id: str
    kind: SlotKind
    user: str | None
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    created: str


@dataclass(frozen=True)
class KeyFile:
    """The parsed content of school.keys."""

    database_id: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)

    def password_slot(self, username: str) -> KeySlot | None:
        """Return the password slot of ``username`` (compared after NFC normalisation), if any."""
        wanted = normalise_username(username)
        for slot in self.slots:
            if slot.kind == "password" and slot.user == wanted:
                return slot
        return None

    def recovery_slot(self) -> KeySlot | None:
        """Return the recovery slot, if any."""
        for slot in self.slots:
            if slot.kind == "recovery":
                return slot
        return None

    def usernames(self) -> list[str]:
        """Names of the users who have a password slot, in file order."""
        return [slot.user for slot in self.slots if slot.kind == "password" and slot.user is not None]

    def device_slot(self, slot_id: str) -> KeySlot | None:
        """Return the device (quick-unlock) slot with this id, if any."""
        for slot in self.slots:
            if slot.kind == "device" and slot.id == slot_id:
                return slot
        return None

    def without_slot(self, slot_id: str) -> KeyFile:
        """Return a copy without the slot of this id."""
        return replace(self, slots=tuple(s for s in self.slots if s.id != slot_id))

    def with_slot(self, new: KeySlot) -> KeyFile:
        """Return a copy where ``new`` replaces the slot of the same user/kind in place, or is appended.

        Device slots (several per user, one per PC) are replaced by id instead.
        """
        slots = list(self.slots)
        for index, slot in enumerate(slots):
            same = slot.id == new.id if new.kind == "device" else slot.user == new.user
            if slot.kind == new.kind and same:
                slots[index] = new
                return replace(self, slots=tuple(slots))
        return replace(self, slots=(*slots, new))

    def without_password_slot(self, username: str) -> KeyFile:
        """Return a copy without the password slot of ``username``."""
        wanted = normalise_username(username)
        kept = tuple(s for s in self.slots if not (s.kind == "password" and s.user == wanted))
        return replace(self, slots=kept)


def normalise_username(username: str) -> str:
    """NFC-normalise a user name, so that a name typed on macOS (NFD) matches the stored one."""
    return unicodedata.normalize("NFC", username)


def new_data_key() -> bytes:
    """A fresh random 256-bit data key for school.db."""
    return secrets.token_bytes(DATA_KEY_BYTES)


# --- recovery codes --------------------------------------------------------------------------------


def generate_recovery_code() -> str:
    """A new recovery code: 120 random bits as 24 Crockford base-32 symbols, ``XXXX-XXXX-...``."""
    value = secrets.randbits(RECOVERY_CODE_LENGTH * 5)
    symbols = []
    for _ in range(RECOVERY_CODE_LENGTH):
        symbols.append(CROCKFORD_ALPHABET[value & 0x1F])
        value >>= 5
    text = "".join(reversed(symbols))
    return "-".join(text[i : i + 4] for i in range(0, RECOVERY_CODE_LENGTH, 4))


def normalise_recovery_code(code: str) -> str:
    """Normalise a typed recovery code: upper-case, no spaces or dashes, O→0 and I/L→1.

    NFKC first turns full-width letters (typed with a Korean input method) into ASCII.
    """
    text = unicodedata.normalize("NFKC", code).upper()
    text = _RECOVERY_SEPARATORS.sub("", text)
    return text.translate(_RECOVERY_CONFUSABLES)


def is_well_formed_recovery_code(code: str) -> bool:
    """True if ``code`` normalises to 24 Crockford base-32 symbols."""
    text = normalise_recovery_code(code)
    return len(text) == RECOVERY_CODE_LENGTH and all(ch in CROCKFORD_ALPHABET for ch in text)


# --- wrapping --------------------------------------------------------------------------------------


def _secret_bytes(kind: SlotKind, secret: str) -> bytes:
    if kind == "recovery":
        return normalise_recovery_code(secret).encode("utf-8")
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive_kek(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id of ``secret`` → a 32-byte key-encryption key."""
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def associated_data(database_id: str, slot_id: str) -> bytes:
    """The AES-GCM associated data binding a slot to its database and its own id."""
    return f"{database_id}:{slot_id}".encode()


def make_slot(
    *,
    data_key: bytes,
    database_id: str,
    kind: SlotKind,
    user: str | None,
    secret: str,
    kdf: KdfParams = DEFAULT_KDF,
    slot_id: str | None = None,
) -> KeySlot:
    """Wrap ``data_key`` under ``secret`` (a password, or a recovery code for kind "recovery")."""
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    if kind in ("password", "device") and not user:
        raise ValueError(f"a {kind} slot needs a user name")
    if kind == "recovery" and user is not None:
        raise ValueError("a recovery slot has no user name")
    if not secret:
        raise ValueError("an empty password cannot protect a key slot")
    _check_kdf(kdf)
    slot_id = slot_id or str(uuid.uuid4())
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    kek = derive_kek(_secret_bytes(kind, secret), salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, associated_data(database_id, slot_id))
    return KeySlot(
        id=slot_id,
        kind=kind,
        user=normalise_username(user) if user is not None else None,
        kdf=kdf,
        salt=salt,
        nonce=nonce,
        wrapped_key=wrapped,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def unwrap_slot(slot: KeySlot, database_ids: Iterable[str], secret: str) -> tuple[bytes, str]:
    """Unwrap ``slot`` with ``secret``, trying each candidate database id as associated data.

    Returns the data key and the database id that matched. Raises WrongPasswordError if none does.
    Trying more than one id costs nothing extra: the Argon2id derivation is done once.
    """
    try:
        kek = derive_kek(_secret_bytes(slot.kind, secret), slot.salt, slot.kdf)
    except HashingError as exc:
        raise KeyFileError(f"argon2 refused the slot parameters: {exc}") from exc
    aead = AESGCM(kek)
    for database_id in database_ids:
        try:
            data_key = aead.decrypt(slot.nonce, slot.wrapped_key, associated_data(database_id, slot.id))
        except InvalidTag:
            continue
        if len(data_key) != DATA_KEY_BYTES:
            raise KeyFileError(f"slot {slot.id} holds a key of {len(data_key)} bytes")
        return data_key, database_id
    raise WrongPasswordError(f"slot {slot.id} did not unwrap")


# --- the file --------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_to_json(slot: KeySlot) -> dict[str, Any]:
    return {
        "id": slot.id,
        "kind": slot.kind,
        "user": slot.user,
        "kdf": {
            "alg": "argon2id",
            "memory_kib": slot.kdf.memory_kib,
            "time_cost": slot.kdf.time_cost,
            "parallelism": slot.kdf.parallelism,
            "salt": _b64(slot.salt),
        },
        "nonce": _b64(slot.nonce),
        "wrapped_key": _b64(slot.wrapped_key),
        "created": slot.created,
    }


def dump_key_file(key_file: KeyFile) -> bytes:
    """Serialise deterministically, so rewriting one slot leaves the others' text unchanged."""
    document = {
        "format": KEYS_FORMAT,
        "version": KEYS_VERSION,
        "database_id": key_file.database_id,
        "slots": [_slot_to_json(slot) for slot in key_file.slots],
    }
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def save_key_file(path: Path, key_file: KeyFile) -> None:
    """Write school.keys atomically, keeping the previous version as school.keys.bak."""
    _validate_slots(key_file.slots)
    atomic_write_bytes(path, dump_key_file(key_file), backup=True)


def _key_file_error(path: Path, detail: str) -> KeyFileError:
    message = KeyFileError.default_message
    backup = path.with_name(path.name + ".bak")
    if backup.exists():
        message += (
            f" A previous copy ({backup.name}) exists in the same folder; IT staff can restore it by "
            f"copying it over {path.name}."
        )
    return KeyFileError(f"{path}: {detail}", user_message=message)


def load_key_file(path: Path) -> KeyFile:
    """Read and strictly validate school.keys; anything unexpected raises KeyFileError.

    Never falls back to school.keys.bak by itself: a damaged key file is a fact IT staff must see.
    """
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _key_file_error(path, "missing") from None
    except OSError as exc:
        raise _key_file_error(path, f"unreadable: {exc}") from exc
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise _key_file_error(path, "too large to be a key file")
    try:
        document = json.loads(
            raw.decode("utf-8"),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_reject_constant,
        )
        return _parse_document(document)
    except (UnicodeDecodeError, json.JSONDecodeError, _FormatError) as exc:
        raise _key_file_error(path, f"invalid: {exc}") from exc


class _FormatError(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _FormatError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise _FormatError(f"non-JSON constant {name}")


def _expect_fields(obj: object, fields: tuple[str, ...], where: str) -> Mapping[str, Any]:
    if not isinstance(obj, dict):
        raise _FormatError(f"{where} is not an object")
    if set(obj) != set(fields):
        raise _FormatError(f"{where} has fields {sorted(obj)}, expected {sorted(fields)}")
    return obj


def _expect_uuid4(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise _FormatError(f"{where} is not a string")
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        raise _FormatError(f"{where} is not a UUID") from None
    if parsed.version != 4 or str(parsed) != value:
        raise _FormatError(f"{where} is not a canonical UUID4")
    return value


def _expect_int(value: object, low: int, high: int, where: str) -> int:
    # bool is an int in Python; true/false in the file is still a format error.
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _FormatError(f"{where} must be an integer in [{low}, {high}]")
    return value


def _expect_b64(value: object, length: int, where: str) -> bytes:
    if not isinstance(value, str):
        raise _FormatError(f"{where} is not a string")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _FormatError(f"{where} is not base64") from None
    if len(data) != length:
        raise _FormatError(f"{where} is {len(data)} bytes, expected {length}")
    return data


def _parse_document(document: object) -> KeyFile:
    top = _expect_fields(document, _TOP_FIELDS, "key file")
    if top["format"] != KEYS_FORMAT:
        raise _FormatError(f"format is {top['format']!r}, expected {KEYS_FORMAT!r}")
    if type(top["version"]) is not int or top["version"] != KEYS_VERSION:
        raise _FormatError(f"version {top['version']!r} is not supported (expected {KEYS_VERSION})")
    database_id = _expect_uuid4(top["database_id"], "database_id")
    raw_slots = top["slots"]
    if not isinstance(raw_slots, list) or not raw_slots:
        raise _FormatError("slots must be a non-empty list")
    slots = tuple(_parse_slot(raw, index) for index, raw in enumerate(raw_slots))
    _validate_slots(slots, error=_FormatError)
    return KeyFile(database_id=database_id, slots=slots)


def _parse_slot(raw: object, index: int) -> KeySlot:
    where = f"slot {index}"
    slot = _expect_fields(raw, _SLOT_FIELDS, where)
    slot_id = _expect_uuid4(slot["id"], f"{where}.id")
    kind = slot["kind"]
    user = slot["user"]
    if kind in ("password", "device"):
        if not isinstance(user, str) or not user or user != normalise_username(user):
            raise _FormatError(f"{where}.user must be a non-empty NFC string")
    elif kind == "recovery":
        if user is not None:
            raise _FormatError(f"{where}.user must be null for a recovery slot")
    else:
        raise _FormatError(f"{where}.kind {kind!r} is unknown")
    kdf = _expect_fields(slot["kdf"], _KDF_FIELDS, f"{where}.kdf")
    if kdf["alg"] != "argon2id":
        raise _FormatError(f"{where}.kdf.alg {kdf['alg']!r} is not supported")
    parallelism = _expect_int(kdf["parallelism"], 1, _MAX_PARALLELISM, f"{where}.kdf.parallelism")
    params = KdfParams(
        memory_kib=_expect_int(
            kdf["memory_kib"], 8 * parallelism, _MAX_MEMORY_KIB, f"{where}.kdf.memory_kib"
        ),
        time_cost=_expect_int(kdf["time_cost"], 1, _MAX_TIME_COST, f"{where}.kdf.time_cost"),
        parallelism=parallelism,
    )
    created = slot["created"]
    if not isinstance(created, str):
        raise _FormatError(f"{where}.created is not a string")
    try:
        datetime.fromisoformat(created)
    except ValueError:
        raise _FormatError(f"{where}.created is not an ISO date-time") from None
    return KeySlot(
        id=slot_id,
        kind=kind,
        user=user,
        kdf=params,
        salt=_expect_b64(kdf["salt"], SALT_BYTES, f"{where}.kdf.salt"),
        nonce=_expect_b64(slot["nonce"], NONCE_BYTES, f"{where}.nonce"),
        wrapped_key=_expect_b64(slot["wrapped_key"], WRAPPED_KEY_BYTES, f"{where}.wrapped_key"),
        created=created,
    )


def _validate_slots(slots: tuple[KeySlot, ...], error: type[Exception] = ValueError) -> None:
    ids = [slot.id for slot in slots]
    if len(set(ids)) != len(ids):
        raise error("two slots share an id")
    users = [slot.user for slot in slots if slot.kind == "password"]
    if len(set(users)) != len(users):
        raise error("a user has more than one password slot")
    if sum(1 for slot in slots if slot.kind == "recovery") > 1:
        raise error("more than one recovery slot")


def _check_kdf(kdf: KdfParams) -> None:
    if not 1 <= kdf.parallelism <= _MAX_PARALLELISM:
        raise ValueError("parallelism out of range")
    if not 8 * kdf.parallelism <= kdf.memory_kib <= _MAX_MEMORY_KIB:
        raise ValueError("memory_kib out of range")
    if not 1 <= kdf.time_cost <= _MAX_TIME_COST:
        raise ValueError("time_cost out of range")
