"""Key slots: how each secret (a staff password, a quick-unlock PIN, the recovery code) reaches the
keys of one school (DESIGN §3; the exact format is written down in docs/RECOVERY.md).

Every user (and the recovery code) has an X25519 key pair. A slot holds that private key wrapped with
AES-256-GCM under Argon2id(secret); the associated data binds the database id, the slot's id, kind,
user and public key, so a slot cannot be relabelled, swapped or copied to another user: the owner's
secret then no longer unwraps it. The keys themselves are *sealed* to the slot's public key (an
ephemeral X25519 agreement, HKDF-SHA256, AES-256-GCM), one box per compartment:

- ``data``: the SQLCipher key of school.db — every slot has it;
- ``restricted``: the key of restricted notes — only the slots of roles allowed to read them;
- ``audit``: the Ed25519 seed that signs audit checkpoints — only administrators and recovery.

Sealing needs only a public key, so an administrator can rotate the data key (new key, sealed to
every remaining slot) and grant a compartment without anyone else's password. A public key is
trusted for a grant only when the audit key has endorsed it (signed it): endorsements are made by
administrator sessions when they create a slot, so a key pair planted in the file gets nothing.

Slots of the first key-file version ("legacy": the data key wrapped directly, with only
``database_id:slot_id`` as associated data) are still read, and re-wrapped at their owner's next
unlock; once none is left, the file says so and legacy slots are refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
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
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.storage.atomic import atomic_write_bytes
from desktop.storage.errors import KeyFileError, WrongPasswordError

KEYS_FORMAT = "dodam-keys"
KEYS_VERSION = 2
LEGACY_KEYS_VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
KEY_CHECK_BYTES = 16
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
MAX_KEY_FILE_BYTES = 1024 * 1024

COMPARTMENT_DATA = "data"
COMPARTMENT_RESTRICTED = "restricted"
COMPARTMENT_AUDIT = "audit"
COMPARTMENTS = (COMPARTMENT_DATA, COMPARTMENT_RESTRICTED, COMPARTMENT_AUDIT)

# Bounds for parameters read from a file: a damaged or hostile file must not make us allocate
# gigabytes or spin for minutes before the password is even checked.
_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_TIME_COST = 64
_MAX_PARALLELISM = 64

SlotKind = Literal["password", "recovery", "device"]
"""A "device" slot is quick unlock on one PC account: Argon2id(PIN + a device secret kept in the OS
keyring) wraps the user's private key (desktop/storage/device_unlock.py). A user may have one per PC."""

CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_CODE_LENGTH = 24  # 24 symbols x 5 bits = 120 random bits
_RECOVERY_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_]+")
_RECOVERY_CONFUSABLES = str.maketrans({"O": "0", "I": "1", "L": "1"})

_LEGACY_SLOT_FIELDS = ("id", "kind", "user", "kdf", "nonce", "wrapped_key", "created")
_SLOT_FIELDS = (
    "id",
    "kind",
    "user",
    "kdf",
    "public_key",
    "nonce",
    "wrapped_private",
    "sealed",
    "endorsement",
    "created",
)
_SEALED_FIELDS = ("ephemeral", "nonce", "ciphertext")
_KDF_FIELDS = ("alg", "memory_kib", "time_cost", "parallelism", "salt")
_LEGACY_TOP_FIELDS = ("format", "version", "database_id", "slots")
_TOP_FIELDS = (
    "format",
    "version",
    "database_id",
    "key_check",
    "audit_key",
    "legacy_allowed",
    "rotation_pending",
    "slots",
)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored with each slot so that opening uses the slot's own.

    The default costs about 0.35 s on a 2-core school PC (measured by ``make bench``): one guess of
    an offline attacker costs the same work. 64 MiB per guess keeps graphics cards slow while the
    log-in's peak memory stays within its budget; two lanes use both cores, so the user waits half
    as long as one lane would for the same work; the passes make up the rest.
    """

    memory_kib: int = 65536
    time_cost: int = 12
    parallelism: int = 2

    def weaker_than(self, other: KdfParams) -> bool:
        """True if this costs less work per guess than ``other`` (memory × passes): a slot made
        before the parameters rose."""
        return self.memory_kib * self.time_cost < other.memory_kib * other.time_cost


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class SealedBox:
    """A key sealed to a slot's public key: ephemeral X25519 public key, nonce, AES-GCM ciphertext."""

    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class KeySlot:
    """One slot: a secret's way to the school's keys.

    For a bound slot, ``wrapped`` is the user's X25519 private key (AES-GCM under the secret) and
    ``sealed`` holds the compartments' keys sealed to ``public_key``. For a legacy slot
    (``public_key`` is None), ``wrapped`` is the data key itself.
    """

    id: str
    kind: SlotKind
    user: str | None
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    created: str
    public_key: bytes | None = None
    sealed: tuple[tuple[str, SealedBox], ...] = ()
    endorsement: bytes | None = None

    @property
    def legacy(self) -> bool:
        """True for a slot of the first format (its associated data binds only database and slot id)."""
        return self.public_key is None

    def box(self, compartment: str) -> SealedBox | None:
        """The sealed box of ``compartment``, if this slot has one."""
        for name, box in self.sealed:
            if name == compartment:
                return box
        return None

    def compartments(self) -> list[str]:
        """Names of the compartments sealed to this slot."""
        return [name for name, _ in self.sealed]

    def with_box(self, compartment: str, box: SealedBox | None) -> KeySlot:
        """A copy with ``compartment``'s box replaced, added, or (box None) removed."""
        kept = [(name, b) for name, b in self.sealed if name != compartment]
        if box is not None:
            kept.append((compartment, box))
        kept.sort(key=lambda pair: COMPARTMENTS.index(pair[0]))
        return replace(self, sealed=tuple(kept))

    @property
    def identity(self) -> str:
        """Who a slot's public key belongs to: a user (password and device slots) or the recovery code."""
        return "recovery" if self.kind == "recovery" else "user"


@dataclass(frozen=True)
class KeyFile:
    """The parsed content of school.keys."""

    database_id: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)
    key_check: bytes | None = None
    audit_key: bytes | None = None
    legacy_allowed: bool = True
    rotation_pending: bool = False

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

    def slots_of(self, username: str) -> list[KeySlot]:
        """Every slot (password and device) of ``username``."""
        wanted = normalise_username(username)
        return [slot for slot in self.slots if slot.kind != "recovery" and slot.user == wanted]

    def without_slot(self, slot_id: str) -> KeyFile:
        """Return a copy without the slot of this id."""
        return replace(self, slots=tuple(s for s in self.slots if s.id != slot_id))

    def with_slot(self, new: KeySlot) -> KeyFile:
        """Return a copy where ``new`` replaces the slot of the same id or user/kind in place, or is appended.

        Device slots (several per user, one per PC) are replaced by id only.
        """
        slots = list(self.slots)
        for index, slot in enumerate(slots):
            same = slot.id == new.id if new.kind == "device" else (slot.id == new.id or slot.user == new.user)
            if slot.kind == new.kind and same:
                slots[index] = new
                return replace(self, slots=tuple(slots))
        return replace(self, slots=(*slots, new))

    def without_user(self, username: str) -> KeyFile:
        """Return a copy without any slot (password or device) of ``username``."""
        wanted = normalise_username(username)
        kept = tuple(s for s in self.slots if not (s.kind != "recovery" and s.user == wanted))
        return replace(self, slots=kept)

    def without_password_slot(self, username: str) -> KeyFile:
        """Return a copy without the password slot of ``username``."""
        wanted = normalise_username(username)
        kept = tuple(s for s in self.slots if not (s.kind == "password" and s.user == wanted))
        return replace(self, slots=kept)

    def has_legacy_slots(self) -> bool:
        """True while some slot is still of the first format."""
        return any(slot.legacy for slot in self.slots)


def normalise_username(username: str) -> str:
    """NFC-normalise a user name, so that a name typed on macOS (NFD) matches the stored one."""
    return unicodedata.normalize("NFC", username)


def new_data_key() -> bytes:
    """A fresh random 256-bit key (the data key of school.db, or a compartment key)."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def key_check(data_key: bytes, database_id: str) -> bytes:
    """A short HMAC of the data key, kept in the key file: a slot that unwraps a key which no longer
    opens this school (an old slot copied back from a backup) is refused like a wrong password."""
    digest = hmac.new(data_key, b"dodam-key-check\x00" + database_id.encode(), hashlib.sha256).digest()
    return digest[:KEY_CHECK_BYTES]


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


# --- key pairs, sealing and endorsements -----------------------------------------------------------


def new_key_pair() -> tuple[bytes, bytes]:
    """A new X25519 key pair as raw bytes: (private, public)."""
    private = X25519PrivateKey.generate()
    return _raw_private(private), _raw_public(private.public_key())


def public_key_of(private_key: bytes) -> bytes:
    """The X25519 public key of a raw private key."""
    return _raw_public(X25519PrivateKey.from_private_bytes(private_key).public_key())


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _raw_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _fields(*parts: str) -> bytes:
    # NUL cannot occur in a UUID, a kind, a compartment name, base64 or an NFC user name typed by a
    # person (the account services refuse control characters), so the join is unambiguous.
    return "\x00".join(parts).encode("utf-8")


def slot_associated_data(database_id: str, slot: KeySlot) -> bytes:
    """What a bound slot's wrap authenticates: database, slot id, kind, user and public key."""
    if slot.public_key is None:
        return legacy_associated_data(database_id, slot.id)
    return b"dodam-slot-2\x00" + _fields(
        database_id, slot.id, slot.kind, slot.user or "", _b64(slot.public_key)
    )


def legacy_associated_data(database_id: str, slot_id: str) -> bytes:
    """The associated data of a first-format slot: only the database and the slot id."""
    return f"{database_id}:{slot_id}".encode()


def seal_associated_data(database_id: str, slot: KeySlot, compartment: str) -> bytes:
    """What a sealed box authenticates: the slot it is for and the compartment it holds."""
    assert slot.public_key is not None
    return b"dodam-seal-2\x00" + _fields(
        database_id, slot.id, slot.kind, slot.user or "", _b64(slot.public_key), compartment
    )


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=b"dodam-seal-2"
    ).derive(shared)


def seal(recipient_public: bytes, payload: bytes, aad: bytes) -> SealedBox:
    """Seal ``payload`` to an X25519 public key (anyone may seal; only the key's owner opens)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    nonce = secrets.token_bytes(NONCE_BYTES)
    key = _seal_key(shared, ephemeral_public, recipient_public)
    return SealedBox(ephemeral_public, nonce, AESGCM(key).encrypt(nonce, payload, aad))


def open_sealed(private_key: bytes, box: SealedBox, aad: bytes) -> bytes:
    """Open a box sealed to the public key of ``private_key``; InvalidTag if it is not ours or altered."""
    own = X25519PrivateKey.from_private_bytes(private_key)
    shared = own.exchange(X25519PublicKey.from_public_bytes(box.ephemeral))
    key = _seal_key(shared, box.ephemeral, _raw_public(own.public_key()))
    return AESGCM(key).decrypt(box.nonce, box.ciphertext, aad)


def audit_public_key(seed: bytes) -> bytes:
    """The Ed25519 public key of an audit signing seed."""
    return _raw_public(Ed25519PrivateKey.from_private_bytes(seed).public_key())


def sign(seed: bytes, message: bytes) -> bytes:
    """An Ed25519 signature of ``message`` with the audit signing seed."""
    return Ed25519PrivateKey.from_private_bytes(seed).sign(message)


def signature_valid(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """True if ``signature`` is an Ed25519 signature of ``message`` by ``public_key``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def endorsement_message(database_id: str, identity: str, user: str | None, public_key: bytes) -> bytes:
    """What the audit key signs to vouch for a user's (or the recovery code's) public key."""
    return b"dodam-endorse-2\x00" + _fields(database_id, identity, user or "", _b64(public_key))


def endorsement_valid(database_id: str, slot: KeySlot, audit_key: bytes | None) -> bool:
    """True if ``slot``'s public key was endorsed by ``audit_key``."""
    if audit_key is None or slot.public_key is None or slot.endorsement is None:
        return False
    message = endorsement_message(database_id, slot.identity, slot.user, slot.public_key)
    return signature_valid(audit_key, message, slot.endorsement)


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


def make_slot(
    *,
    database_id: str,
    kind: SlotKind,
    user: str | None,
    secret: str,
    private_key: bytes,
    keys: Mapping[str, bytes],
    kdf: KdfParams = DEFAULT_KDF,
    slot_id: str | None = None,
    endorsement: bytes | None = None,
) -> KeySlot:
    """A bound slot: ``private_key`` wrapped under ``secret``, and ``keys`` (compartment → key)
    sealed to its public key. ``keys`` must hold the data key."""
    if COMPARTMENT_DATA not in keys:
        raise ValueError("a slot needs the data key")
    if kind in ("password", "device") and not user:
        raise ValueError(f"a {kind} slot needs a user name")
    if kind == "recovery" and user is not None:
        raise ValueError("a recovery slot has no user name")
    if not secret:
        raise ValueError("an empty password cannot protect a key slot")
    _check_kdf(kdf)
    slot = KeySlot(
        id=slot_id or str(uuid.uuid4()),
        kind=kind,
        user=normalise_username(user) if user is not None else None,
        kdf=kdf,
        salt=secrets.token_bytes(SALT_BYTES),
        nonce=secrets.token_bytes(NONCE_BYTES),
        wrapped=b"",
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        public_key=public_key_of(private_key),
        endorsement=endorsement,
    )
    kek = derive_kek(_secret_bytes(kind, secret), slot.salt, kdf)
    slot = replace(
        slot, wrapped=AESGCM(kek).encrypt(slot.nonce, private_key, slot_associated_data(database_id, slot))
    )
    return seal_keys(database_id, slot, keys)


def seal_keys(database_id: str, slot: KeySlot, keys: Mapping[str, bytes]) -> KeySlot:
    """A copy of ``slot`` with each of ``keys`` (compartment → key) sealed to it."""
    if slot.public_key is None:
        raise ValueError("a legacy slot cannot hold sealed keys")
    for compartment, key in keys.items():
        if compartment not in COMPARTMENTS:
            raise ValueError(f"unknown compartment {compartment!r}")
        box = seal(slot.public_key, key, seal_associated_data(database_id, slot, compartment))
        slot = slot.with_box(compartment, box)
    return slot


def make_legacy_slot(
    *, data_key: bytes, database_id: str, kind: SlotKind, user: str | None, secret: str, kdf: KdfParams
) -> KeySlot:
    """A first-format slot (the data key wrapped directly) — only to build old schools in tests."""
    slot_id = str(uuid.uuid4())
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    kek = derive_kek(_secret_bytes(kind, secret), salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, legacy_associated_data(database_id, slot_id))
    return KeySlot(
        id=slot_id,
        kind=kind,
        user=normalise_username(user) if user is not None else None,
        kdf=kdf,
        salt=salt,
        nonce=nonce,
        wrapped=wrapped,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
    )


@dataclass(frozen=True)
class OpenedSlot:
    """What a secret opened: the slot's private key (None for a legacy slot) and its compartments."""

    slot: KeySlot
    database_id: str
    private_key: bytes | None
    keys: Mapping[str, bytes]

    @property
    def data_key(self) -> bytes:
        return self.keys[COMPARTMENT_DATA]


def open_slot(slot: KeySlot, database_ids: Iterable[str], secret: str) -> OpenedSlot:
    """Open ``slot`` with ``secret``, trying each candidate database id as associated data.

    Raises WrongPasswordError if the secret (or the slot's labels) do not match. Trying more than one
    id costs nothing extra: the Argon2id derivation is done once.
    """
    try:
        kek = derive_kek(_secret_bytes(slot.kind, secret), slot.salt, slot.kdf)
    except HashingError as exc:
        raise KeyFileError(f"argon2 refused the slot parameters: {exc}") from exc
    aead = AESGCM(kek)
    for database_id in database_ids:
        try:
            inner = aead.decrypt(slot.nonce, slot.wrapped, slot_associated_data(database_id, slot))
        except InvalidTag:
            continue
        if len(inner) != DATA_KEY_BYTES:
            raise KeyFileError(f"slot {slot.id} holds a key of {len(inner)} bytes")
        if slot.legacy:
            return OpenedSlot(slot, database_id, None, {COMPARTMENT_DATA: inner})
        return OpenedSlot(slot, database_id, inner, open_boxes(slot, database_id, inner))
    raise WrongPasswordError(f"slot {slot.id} did not unwrap")


def open_boxes(slot: KeySlot, database_id: str, private_key: bytes) -> dict[str, bytes]:
    """The compartments' keys sealed to ``slot``; a box that does not open is left out (it was
    altered or planted), and a slot without an opening data box is refused like a wrong secret."""
    keys: dict[str, bytes] = {}
    for compartment, box in slot.sealed:
        try:
            key = open_sealed(private_key, box, seal_associated_data(database_id, slot, compartment))
        except (InvalidTag, ValueError):
            continue
        if len(key) == DATA_KEY_BYTES:
            keys[compartment] = key
    if COMPARTMENT_DATA not in keys:
        raise WrongPasswordError(f"slot {slot.id} holds no data key it can open")
    return keys


def rewrap_slot(slot: KeySlot, database_id: str, private_key: bytes, secret: str, kdf: KdfParams) -> KeySlot:
    """The same slot (id, key pair, sealed boxes) wrapped under a new secret or new Argon2 costs."""
    _check_kdf(kdf)
    fresh = replace(
        slot,
        kdf=kdf,
        salt=secrets.token_bytes(SALT_BYTES),
        nonce=secrets.token_bytes(NONCE_BYTES),
        created=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    kek = derive_kek(_secret_bytes(slot.kind, secret), fresh.salt, kdf)
    return replace(
        fresh, wrapped=AESGCM(kek).encrypt(fresh.nonce, private_key, slot_associated_data(database_id, fresh))
    )


def unwrap_slot(slot: KeySlot, database_ids: Iterable[str], secret: str) -> tuple[bytes, str]:
    """The data key and matching database id behind ``slot`` (see :func:`open_slot`)."""
    opened = open_slot(slot, database_ids, secret)
    return opened.data_key, opened.database_id


# --- the file --------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _optional_b64(data: bytes | None) -> str | None:
    return None if data is None else _b64(data)


def _kdf_to_json(slot: KeySlot) -> dict[str, Any]:
    return {
        "alg": "argon2id",
        "memory_kib": slot.kdf.memory_kib,
        "time_cost": slot.kdf.time_cost,
        "parallelism": slot.kdf.parallelism,
        "salt": _b64(slot.salt),
    }


def _slot_to_json(slot: KeySlot) -> dict[str, Any]:
    if slot.public_key is None:
        return {
            "id": slot.id,
            "kind": slot.kind,
            "user": slot.user,
            "kdf": _kdf_to_json(slot),
            "nonce": _b64(slot.nonce),
            "wrapped_key": _b64(slot.wrapped),
            "created": slot.created,
        }
    return {
        "id": slot.id,
        "kind": slot.kind,
        "user": slot.user,
        "kdf": _kdf_to_json(slot),
        "public_key": _b64(slot.public_key),
        "nonce": _b64(slot.nonce),
        "wrapped_private": _b64(slot.wrapped),
        "sealed": {
            name: {
                "ephemeral": _b64(box.ephemeral),
                "nonce": _b64(box.nonce),
                "ciphertext": _b64(box.ciphertext),
            }
            for name, box in slot.sealed
        },
        "endorsement": _optional_b64(slot.endorsement),
        "created": slot.created,
    }


def dump_key_file(key_file: KeyFile) -> bytes:
    """Serialise deterministically, so rewriting one slot leaves the others' text unchanged."""
    document = {
        "format": KEYS_FORMAT,
        "version": KEYS_VERSION,
        "database_id": key_file.database_id,
        "key_check": _optional_b64(key_file.key_check),
        "audit_key": _optional_b64(key_file.audit_key),
        "legacy_allowed": key_file.legacy_allowed,
        "rotation_pending": key_file.rotation_pending,
        "slots": [_slot_to_json(slot) for slot in key_file.slots],
    }
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def spare_copy_path(path: Path) -> Path:
    """school.keys.bak: a second copy of the *current* key file, against damage to the first."""
    return path.with_name(path.name + ".bak")


def save_key_file(path: Path, key_file: KeyFile) -> None:
    """Write school.keys atomically, then the same content to school.keys.bak.

    The spare copy never holds an older version: a slot that was removed (a disabled account, an
    old password) must not stay beside the database.
    """
    _validate_slots(key_file.slots)
    data = dump_key_file(key_file)
    atomic_write_bytes(path, data)
    atomic_write_bytes(spare_copy_path(path), data)


def _key_file_error(path: Path, detail: str) -> KeyFileError:
    message = KeyFileError.default_message
    backup = spare_copy_path(path)
    if backup.exists():
        message += (
            f" A spare copy ({backup.name}) exists in the same folder; IT staff can restore it by "
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
        return parse_key_file(raw)
    except KeyFileError as exc:
        raise _key_file_error(path, str(exc)) from exc


def parse_key_file(raw: bytes) -> KeyFile:
    """Parse the bytes of a key file (KeyFileError with the reason if they are not one)."""
    try:
        document = json.loads(
            raw.decode("utf-8"),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_reject_constant,
        )
        return _parse_document(document)
    except (UnicodeDecodeError, json.JSONDecodeError, _FormatError) as exc:
        raise KeyFileError(f"invalid: {exc}") from exc


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


def _expect_bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise _FormatError(f"{where} must be true or false")
    return value


def _expect_b64(value: object, length: int | None, where: str) -> bytes:
    if not isinstance(value, str):
        raise _FormatError(f"{where} is not a string")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _FormatError(f"{where} is not base64") from None
    if length is not None and len(data) != length:
        raise _FormatError(f"{where} is {len(data)} bytes, expected {length}")
    return data


def _expect_optional_b64(value: object, length: int, where: str) -> bytes | None:
    return None if value is None else _expect_b64(value, length, where)


def _parse_document(document: object) -> KeyFile:
    if isinstance(document, dict) and document.get("version") == LEGACY_KEYS_VERSION:
        top = _expect_fields(document, _LEGACY_TOP_FIELDS, "key file")
    else:
        top = _expect_fields(document, _TOP_FIELDS, "key file")
    if top["format"] != KEYS_FORMAT:
        raise _FormatError(f"format is {top['format']!r}, expected {KEYS_FORMAT!r}")
    version = top["version"]
    if type(version) is not int or version not in (LEGACY_KEYS_VERSION, KEYS_VERSION):
        raise _FormatError(f"version {version!r} is not supported (expected {KEYS_VERSION})")
    database_id = _expect_uuid4(top["database_id"], "database_id")
    raw_slots = top["slots"]
    if not isinstance(raw_slots, list) or not raw_slots:
        raise _FormatError("slots must be a non-empty list")
    slots = tuple(
        _parse_slot(raw, index, legacy_file=version == LEGACY_KEYS_VERSION)
        for index, raw in enumerate(raw_slots)
    )
    _validate_slots(slots, error=_FormatError)
    if version == LEGACY_KEYS_VERSION:
        return KeyFile(database_id=database_id, slots=slots)
    legacy_allowed = _expect_bool(top["legacy_allowed"], "legacy_allowed")
    if not legacy_allowed and any(slot.legacy for slot in slots):
        raise _FormatError("a slot of the first format in a file that no longer accepts them")
    return KeyFile(
        database_id=database_id,
        slots=slots,
        key_check=_expect_optional_b64(top["key_check"], KEY_CHECK_BYTES, "key_check"),
        audit_key=_expect_optional_b64(top["audit_key"], PUBLIC_KEY_BYTES, "audit_key"),
        legacy_allowed=legacy_allowed,
        rotation_pending=_expect_bool(top["rotation_pending"], "rotation_pending"),
    )


def _parse_kdf(raw: object, where: str) -> tuple[KdfParams, bytes]:
    kdf = _expect_fields(raw, _KDF_FIELDS, where)
    if kdf["alg"] != "argon2id":
        raise _FormatError(f"{where}.alg {kdf['alg']!r} is not supported")
    parallelism = _expect_int(kdf["parallelism"], 1, _MAX_PARALLELISM, f"{where}.parallelism")
    params = KdfParams(
        memory_kib=_expect_int(kdf["memory_kib"], 8 * parallelism, _MAX_MEMORY_KIB, f"{where}.memory_kib"),
        time_cost=_expect_int(kdf["time_cost"], 1, _MAX_TIME_COST, f"{where}.time_cost"),
        parallelism=parallelism,
    )
    return params, _expect_b64(kdf["salt"], SALT_BYTES, f"{where}.salt")


def _parse_slot(raw: object, index: int, *, legacy_file: bool) -> KeySlot:
    where = f"slot {index}"
    is_legacy = legacy_file or (isinstance(raw, dict) and "wrapped_key" in raw)
    slot = _expect_fields(raw, _LEGACY_SLOT_FIELDS if is_legacy else _SLOT_FIELDS, where)
    slot_id = _expect_uuid4(slot["id"], f"{where}.id")
    kind = slot["kind"]
    user = slot["user"]
    if kind in ("password", "device"):
        if not isinstance(user, str) or not user or user != normalise_username(user) or "\x00" in user:
            raise _FormatError(f"{where}.user must be a non-empty NFC string")
    elif kind == "recovery":
        if user is not None:
            raise _FormatError(f"{where}.user must be null for a recovery slot")
    else:
        raise _FormatError(f"{where}.kind {kind!r} is unknown")
    params, salt = _parse_kdf(slot["kdf"], f"{where}.kdf")
    created = slot["created"]
    if not isinstance(created, str):
        raise _FormatError(f"{where}.created is not a string")
    try:
        datetime.fromisoformat(created)
    except ValueError:
        raise _FormatError(f"{where}.created is not an ISO date-time") from None
    nonce = _expect_b64(slot["nonce"], NONCE_BYTES, f"{where}.nonce")
    if is_legacy:
        return KeySlot(
            id=slot_id,
            kind=kind,
            user=user,
            kdf=params,
            salt=salt,
            nonce=nonce,
            wrapped=_expect_b64(slot["wrapped_key"], WRAPPED_KEY_BYTES, f"{where}.wrapped_key"),
            created=created,
        )
    sealed_raw = slot["sealed"]
    if not isinstance(sealed_raw, dict) or COMPARTMENT_DATA not in sealed_raw:
        raise _FormatError(f"{where}.sealed must be an object holding the data key")
    sealed: list[tuple[str, SealedBox]] = []
    for name in COMPARTMENTS:
        if name not in sealed_raw:
            continue
        box = _expect_fields(sealed_raw[name], _SEALED_FIELDS, f"{where}.sealed.{name}")
        sealed.append(
            (
                name,
                SealedBox(
                    ephemeral=_expect_b64(
                        box["ephemeral"], PUBLIC_KEY_BYTES, f"{where}.sealed.{name}.ephemeral"
                    ),
                    nonce=_expect_b64(box["nonce"], NONCE_BYTES, f"{where}.sealed.{name}.nonce"),
                    ciphertext=_expect_b64(
                        box["ciphertext"], WRAPPED_KEY_BYTES, f"{where}.sealed.{name}.ciphertext"
                    ),
                ),
            )
        )
    unknown = set(sealed_raw) - set(COMPARTMENTS)
    if unknown:
        raise _FormatError(f"{where}.sealed has unknown compartments {sorted(unknown)}")
    return KeySlot(
        id=slot_id,
        kind=kind,
        user=user,
        kdf=params,
        salt=salt,
        nonce=nonce,
        wrapped=_expect_b64(slot["wrapped_private"], WRAPPED_KEY_BYTES, f"{where}.wrapped_private"),
        created=created,
        public_key=_expect_b64(slot["public_key"], PUBLIC_KEY_BYTES, f"{where}.public_key"),
        sealed=tuple(sealed),
        endorsement=_expect_optional_b64(slot["endorsement"], SIGNATURE_BYTES, f"{where}.endorsement"),
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
