"""Open a Dodam school without Dodam: a password or the recovery code → the raw database key, or a
decrypted plain SQLite copy of school.db.

    python tools/recover.py DATA_DIR (--user NAME | --recovery-code) --password-stdin \\
        (--print-key | --print-restricted-key | --decrypt-to FILE)

This file is self-contained on purpose: it imports nothing from Dodam, only the standard library,
argon2-cffi, cryptography and (for --decrypt-to) sqlcipher3, so that it keeps working when the app
does not. The key file format it reads is written down in docs/RECOVERY.md; keep the two in step.

It never changes anything in DATA_DIR (the database is opened read-only; an interrupted key
rotation is read as the app would finish or forget it, but left as it is).

Exit codes (the same numbers as the dodam command): 0 done, 2 usage (or the output file exists),
3 wrong password or recovery code, 4 school.db missing or unreadable with the key,
5 key file missing or damaged, 9 the slot does not hold the restricted key.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3
EXIT_DATABASE = 4
EXIT_KEY_FILE = 5
EXIT_NOT_HELD = 9

DB_NAME = "school.db"
KEYS_NAME = "school.keys"
NEXT_SUFFIX = ".next"
KEYS_FORMAT = "dodam-keys"
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_CHECK_BYTES = 16
MAX_KEY_FILE_BYTES = 1024 * 1024
# The app refuses costs above these; a damaged file must not make us allocate gigabytes.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME_COST = 64
MAX_PARALLELISM = 64

CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_CODE_LENGTH = 24
RECOVERY_SEPARATORS = re.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014_]+")
RECOVERY_CONFUSABLES = str.maketrans({"O": "0", "I": "1", "L": "1"})

# Two random UUID4s differ in about 61 of their 122 random bits; damage flips a few.
OTHER_DATABASE_MIN_BIT_DISTANCE = 32


class Failure(Exception):
    """A reason to stop, with the exit code that says which kind."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


# --- the key file ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One slot as stored; ``public_key`` is None for a slot of the first format."""

    id: str
    kind: str
    user: str | None
    memory_kib: int
    time_cost: int
    parallelism: int
    salt: bytes
    nonce: bytes
    wrapped: bytes
    public_key: bytes | None
    sealed: dict[str, tuple[bytes, bytes, bytes]]  # compartment -> (ephemeral, nonce, ciphertext)


@dataclass(frozen=True)
class KeyFile:
    version: int
    database_id: str
    key_check: bytes | None
    legacy_allowed: bool
    slots: list[Slot]


def _damaged(path: Path, detail: str) -> Failure:
    message = f"The key file {path} is damaged or not a Dodam key file ({detail})."
    spare = path.with_name(KEYS_NAME + ".bak")
    if spare.exists() and spare != path:
        message += f" A spare copy exists: try again with --key-file {spare}."
    return Failure(EXIT_KEY_FILE, message)


def _b64(value: object, length: int | None, where: str) -> bytes:
    if not isinstance(value, str):
        raise ValueError(f"{where} is not a string")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"{where} is not base64") from None
    if length is not None and len(data) != length:
        raise ValueError(f"{where} is {len(data)} bytes, expected {length}")
    return data


def _int(value: object, low: int, high: int, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"{where} must be an integer in [{low}, {high}]")
    return value


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where} is not an object")
    return value


def _parse_slot(raw: object, index: int) -> Slot:
    where = f"slot {index}"
    slot = _object(raw, where)
    slot_id = slot.get("id")
    if not isinstance(slot_id, str) or not slot_id:
        raise ValueError(f"{where}.id is missing")
    kind = slot.get("kind")
    if kind not in ("password", "recovery", "device"):
        raise ValueError(f"{where}.kind {kind!r} is unknown")
    user = slot.get("user")
    if user is not None and not isinstance(user, str):
        raise ValueError(f"{where}.user is not a string")
    kdf = _object(slot.get("kdf"), f"{where}.kdf")
    if kdf.get("alg") != "argon2id":
        raise ValueError(f"{where}.kdf.alg {kdf.get('alg')!r} is not argon2id")
    parallelism = _int(kdf.get("parallelism"), 1, MAX_PARALLELISM, f"{where}.kdf.parallelism")
    memory_kib = _int(kdf.get("memory_kib"), 8 * parallelism, MAX_MEMORY_KIB, f"{where}.kdf.memory_kib")
    time_cost = _int(kdf.get("time_cost"), 1, MAX_TIME_COST, f"{where}.kdf.time_cost")
    salt = _b64(kdf.get("salt"), SALT_BYTES, f"{where}.kdf.salt")
    nonce = _b64(slot.get("nonce"), NONCE_BYTES, f"{where}.nonce")
    if "wrapped_key" in slot:
        # First format: the data key itself is wrapped.
        wrapped = _b64(slot["wrapped_key"], KEY_BYTES + TAG_BYTES, f"{where}.wrapped_key")
        return Slot(slot_id, kind, user, memory_kib, time_cost, parallelism, salt, nonce, wrapped, None, {})
    wrapped = _b64(slot.get("wrapped_private"), KEY_BYTES + TAG_BYTES, f"{where}.wrapped_private")
    public_key = _b64(slot.get("public_key"), KEY_BYTES, f"{where}.public_key")
    sealed: dict[str, tuple[bytes, bytes, bytes]] = {}
    for name, box_raw in _object(slot.get("sealed"), f"{where}.sealed").items():
        box = _object(box_raw, f"{where}.sealed.{name}")
        sealed[name] = (
            _b64(box.get("ephemeral"), KEY_BYTES, f"{where}.sealed.{name}.ephemeral"),
            _b64(box.get("nonce"), NONCE_BYTES, f"{where}.sealed.{name}.nonce"),
            _b64(box.get("ciphertext"), KEY_BYTES + TAG_BYTES, f"{where}.sealed.{name}.ciphertext"),
        )
    return Slot(
        slot_id, kind, user, memory_kib, time_cost, parallelism, salt, nonce, wrapped, public_key, sealed
    )


def load_key_file(path: Path) -> KeyFile:
    """Read and check school.keys (Failure with exit 5 if it is missing or damaged)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise Failure(EXIT_KEY_FILE, f"The key file {path} is missing.") from None
    except OSError as exc:
        raise Failure(EXIT_KEY_FILE, f"The key file {path} cannot be read: {exc}") from exc
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise _damaged(path, "too large")
    try:
        document = _object(json.loads(raw.decode("utf-8")), "the file")
        if document.get("format") != KEYS_FORMAT:
            raise ValueError(f"format is {document.get('format')!r}, expected {KEYS_FORMAT!r}")
        version = document.get("version")
        if version not in (1, 2) or isinstance(version, bool):
            raise ValueError(f"version {version!r} is not 1 or 2")
        database_id = document.get("database_id")
        if not isinstance(database_id, str) or str(uuid.UUID(database_id)) != database_id:
            raise ValueError("database_id is not a UUID")
        raw_slots = document.get("slots")
        if not isinstance(raw_slots, list) or not raw_slots:
            raise ValueError("slots must be a non-empty list")
        slots = [_parse_slot(raw_slot, index) for index, raw_slot in enumerate(raw_slots)]
        key_check = None
        legacy_allowed = True
        if version == 2:
            if document.get("key_check") is not None:
                key_check = _b64(document["key_check"], KEY_CHECK_BYTES, "key_check")
            legacy_allowed = document.get("legacy_allowed") is not False
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise _damaged(path, str(exc)) from exc
    return KeyFile(version, database_id, key_check, legacy_allowed, slots)


# --- opening a slot --------------------------------------------------------------------------------


def normalise_recovery_code(code: str) -> str:
    """NFKC, upper case, no spaces/dashes/underscores, O→0, I→1, L→1 (as the app does)."""
    text = unicodedata.normalize("NFKC", code).upper()
    return RECOVERY_SEPARATORS.sub("", text).translate(RECOVERY_CONFUSABLES)


def secret_bytes(kind: str, secret: str) -> bytes:
    """What Argon2id hashes: the normalised recovery code, or the NFC password, in UTF-8."""
    if kind == "recovery":
        return normalise_recovery_code(secret).encode("utf-8")
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _fields(*parts: str) -> bytes:
    return "\x00".join(parts).encode("utf-8")


def slot_associated_data(database_id: str, slot: Slot) -> bytes:
    """The associated data of a slot's wrap (first format: ``database_id:slot_id``)."""
    if slot.public_key is None:
        return f"{database_id}:{slot.id}".encode()
    public_b64 = base64.b64encode(slot.public_key).decode("ascii")
    return b"dodam-slot-2\x00" + _fields(database_id, slot.id, slot.kind, slot.user or "", public_b64)


def seal_associated_data(database_id: str, slot: Slot, compartment: str) -> bytes:
    """The associated data of a sealed box: its slot and its compartment."""
    assert slot.public_key is not None
    public_b64 = base64.b64encode(slot.public_key).decode("ascii")
    return b"dodam-seal-2\x00" + _fields(
        database_id, slot.id, slot.kind, slot.user or "", public_b64, compartment
    )


def open_sealed(private_key: bytes, box: tuple[bytes, bytes, bytes], aad: bytes) -> bytes:
    """X25519(private, ephemeral) → HKDF-SHA256 (salt ephemeral||recipient) → AES-256-GCM."""
    ephemeral, nonce, ciphertext = box
    own = X25519PrivateKey.from_private_bytes(private_key)
    recipient = own.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = own.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=b"dodam-seal-2").derive(
        shared
    )
    return AESGCM(key).decrypt(nonce, ciphertext, aad)


def key_check(data_key: bytes, database_id: str) -> bytes:
    """HMAC-SHA256(data key, "dodam-key-check" NUL database_id), first 16 bytes."""
    return hmac.new(data_key, b"dodam-key-check\x00" + database_id.encode(), hashlib.sha256).digest()[
        :KEY_CHECK_BYTES
    ]


def find_slot(key_file: KeyFile, user: str | None, secret: str) -> Slot:
    """The password slot of ``user``, or (user None) the recovery slot."""
    if user is None:
        code = normalise_recovery_code(secret)
        if len(code) != RECOVERY_CODE_LENGTH or any(ch not in CROCKFORD_ALPHABET for ch in code):
            raise Failure(
                EXIT_WRONG_SECRET,
                "That is not a recovery code: it has 24 letters and digits, in groups of four "
                "(XXXX-XXXX-XXXX-XXXX-XXXX-XXXX).",
            )
        for slot in key_file.slots:
            if slot.kind == "recovery":
                return slot
        raise Failure(EXIT_WRONG_SECRET, "This key file has no recovery slot.")
    wanted = unicodedata.normalize("NFC", user)
    for slot in key_file.slots:
        if slot.kind == "password" and slot.user == wanted:
            return slot
    # Same message as a wrong password, as in the app.
    raise Failure(EXIT_WRONG_SECRET, f"Wrong password for {user!r} (or no such user in this key file).")


def open_slot(slot: Slot, database_ids: Sequence[str], secret: str) -> tuple[str, dict[str, bytes]]:
    """The matching database id and the compartments' keys ({"data": …, maybe "restricted", "audit"})."""
    try:
        kek = hash_secret_raw(
            secret=secret_bytes(slot.kind, secret),
            salt=slot.salt,
            time_cost=slot.time_cost,
            memory_cost=slot.memory_kib,
            parallelism=slot.parallelism,
            hash_len=32,
            type=Type.ID,
        )
    except HashingError as exc:
        raise Failure(EXIT_KEY_FILE, f"Argon2id refused the slot's parameters: {exc}") from exc
    for database_id in database_ids:
        try:
            inner = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot_associated_data(database_id, slot))
        except InvalidTag:
            continue
        if slot.public_key is None:
            return database_id, {"data": inner}
        keys: dict[str, bytes] = {}
        for compartment, box in slot.sealed.items():
            # A box that does not open was altered or planted: left out, as the app does.
            with contextlib.suppress(InvalidTag, ValueError):
                keys[compartment] = open_sealed(
                    inner, box, seal_associated_data(database_id, slot, compartment)
                )
        if "data" not in keys:
            raise Failure(
                EXIT_KEY_FILE,
                "The password is right, but the slot's sealed data key does not open: the key file "
                "was altered or damaged. Try the spare copy (school.keys.bak) or a backup.",
            )
        return database_id, keys
    what = "recovery code" if slot.kind == "recovery" else "password"
    raise Failure(EXIT_WRONG_SECRET, f"Wrong {what}: it does not open this key file's slot.")


# --- the data folder -------------------------------------------------------------------------------


def choose_pair(data_dir: Path) -> tuple[Path, Path, str | None]:
    """school.db and the key file that opens it, and a note when a key rotation was interrupted.

    Mirrors the app's recovery without changing anything: with school.db.next present, the switch
    never happened and school.db goes with school.keys; with only school.keys.next, school.db was
    already replaced and goes with school.keys.next.
    """
    db_path, keys_path = data_dir / DB_NAME, data_dir / KEYS_NAME
    db_next, keys_next = data_dir / (DB_NAME + NEXT_SUFFIX), data_dir / (KEYS_NAME + NEXT_SUFFIX)
    if db_next.exists():
        return (
            db_path,
            keys_path,
            (
                f"An interrupted key rotation left {db_next.name}: it is incomplete and ignored; "
                f"{DB_NAME} opens with {KEYS_NAME}."
            ),
        )
    if keys_next.exists():
        return (
            db_path,
            keys_next,
            (
                f"An interrupted key rotation left {keys_next.name}: {DB_NAME} was already re-encrypted "
                f"and opens with {keys_next.name} (Dodam renames it at its next start)."
            ),
        )
    return db_path, keys_path, None


def _header_database_id(header: bytes) -> str | None:
    if len(header) != 16:
        return None
    candidate = uuid.UUID(bytes=header)
    if candidate.version != 4 or candidate.variant != uuid.RFC_4122:
        return None
    return str(candidate)


def candidate_database_ids(key_file: KeyFile, db_path: Path) -> list[str]:
    """The database ids to try as associated data: the key file's, and school.db's header if it
    differs only by damage. A header of another database entirely is refused."""
    try:
        with open(db_path, "rb") as handle:
            header = handle.read(16)
    except OSError:
        return [key_file.database_id]
    expected = uuid.UUID(key_file.database_id).bytes
    header_id = _header_database_id(header)
    if header == expected or header_id is None:
        return [key_file.database_id]
    distance = sum(bin(a ^ b).count("1") for a, b in zip(header, expected, strict=True))
    if distance >= OTHER_DATABASE_MIN_BIT_DISTANCE:
        raise Failure(
            EXIT_KEY_FILE,
            f"The key file is for database {key_file.database_id}, but {db_path.name} is database "
            f"{header_id}: they are not a pair. Use the key file saved together with this school.db.",
        )
    return [key_file.database_id, header_id]


def file_uri(path: Path, mode: str) -> str:
    posix = path.resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/Users/... -> /C:/Users/...
    return "file://" + quote(posix, safe="/:") + "?mode=" + mode


@contextlib.contextmanager
def _readable_database(db_path: Path) -> Iterator[str]:
    """An SQLite URI from which school.db can be read without creating or changing any file in
    its folder.

    A database whose WAL is empty or absent is opened ``immutable`` (no -wal/-shm files, no locks:
    Dodam must be closed). A non-empty WAL (Dodam was killed while open) holds the last changes:
    school.db and its WAL are then copied to a private temporary folder and read there.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        raise Failure(EXIT_DATABASE, f"The database {db_path} is missing or empty.")
    wal = db_path.with_name(db_path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        yield file_uri(db_path, "ro") + "&immutable=1"
        return
    with tempfile.TemporaryDirectory(prefix="dodam-recover-") as work:
        copy = Path(work) / DB_NAME
        shutil.copyfile(db_path, copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        yield file_uri(copy, "rw")


def _connect_encrypted(uri: str, data_key: bytes) -> Any:
    import sqlcipher3.dbapi2 as sqlcipher  # only needed when the database is read

    connection = sqlcipher.connect(uri, uri=True, isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
        # SQLCipher 4 defaults; the key is raw (no key derivation), the salt is in the file header.
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher.DatabaseError as exc:
        connection.close()
        raise Failure(
            EXIT_DATABASE, f"{DB_NAME} cannot be read with this key (damaged database?): {exc}"
        ) from exc
    return connection


def check_key(db_path: Path, data_key: bytes) -> None:
    """Failure (exit 4) unless ``data_key`` reads school.db."""
    with _readable_database(db_path) as uri:
        _connect_encrypted(uri, data_key).close()


def _export(source: Any, destination: Path) -> int:
    """sqlcipher_export of the keyed ``source`` connection into the empty plain file ``destination``;
    returns the number of tables exported. Closes ``source``."""
    try:
        user_version = int(source.execute("PRAGMA user_version").fetchone()[0])
        application_id = int(source.execute("PRAGMA application_id").fetchone()[0])
        source.execute("ATTACH DATABASE ? AS plaintext KEY ''", (file_uri(destination, "rw"),))
        source.execute("SELECT sqlcipher_export('plaintext')").fetchall()
        source.execute(f"PRAGMA plaintext.user_version = {user_version}")
        source.execute(f"PRAGMA plaintext.application_id = {application_id}")
        source.execute("DETACH DATABASE plaintext")
        return int(source.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])
    except Exception as exc:
        raise Failure(EXIT_DATABASE, f"the export of {DB_NAME} failed: {exc}") from exc
    finally:
        source.close()


def decrypt_to(db_path: Path, data_key: bytes, destination: Path) -> int:
    """Write a plain SQLite copy of school.db to ``destination`` (which must not exist); returns
    the number of tables in the copy."""
    try:
        # O_EXCL: never overwrite; 0600: the copy holds the school's data in clear.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        os.close(os.open(destination, flags, 0o600))
    except FileExistsError:
        raise Failure(EXIT_USAGE, f"{destination} already exists; choose a new file name.") from None
    except OSError as exc:
        raise Failure(EXIT_USAGE, f"cannot create {destination}: {exc}") from exc
    finished = False
    try:
        with _readable_database(db_path) as uri:
            tables = _export(_connect_encrypted(uri, data_key), destination)
        # The copy must open without SQLCipher, whole, with the same tables.
        plain = sqlite3.connect(file_uri(destination, "ro"), uri=True)
        try:
            check = plain.execute("PRAGMA quick_check").fetchall()
            copied = plain.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        finally:
            plain.close()
        if check != [("ok",)] or copied != tables:
            raise Failure(EXIT_DATABASE, f"the decrypted copy fails its check: {check[:5]}")
        finished = True
        return tables
    finally:
        if not finished:
            for path in (destination, destination.with_name(destination.name + "-journal")):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()


# --- command line ----------------------------------------------------------------------------------


def read_secret() -> str:
    """Standard input as UTF-8, without one trailing newline (what `echo` or a pipe adds)."""
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Failure(EXIT_USAGE, "standard input is not UTF-8 text") from None
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise Failure(EXIT_USAGE, "nothing on standard input: pipe the password or recovery code in")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recover.py",
        description=(
            "Open a Dodam school without Dodam: turn a staff password or the recovery code into the "
            "database key, or into a decrypted plain SQLite copy of school.db. Reads only; nothing in "
            "DATA_DIR is changed. The format is described in docs/RECOVERY.md."
        ),
        epilog=(
            "Examples:\n"
            "  python tools/recover.py /path/to/school --user coordinator --password-stdin --print-key\n"
            "  python tools/recover.py /path/to/school --recovery-code --password-stdin "
            "--decrypt-to plain.db\n\n"
            "Exit codes: 0 done, 2 usage or output file exists, 3 wrong password or recovery code, "
            "4 school.db missing or unreadable with the key, 5 key file missing or damaged, "
            "9 this slot does not hold the restricted key.\n"
            "Restricted notes stay encrypted in a decrypted copy; --print-restricted-key gives the "
            "key that opens them (docs/SECURITY.md)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "data_dir", metavar="DATA_DIR", type=Path, help="folder holding school.db and school.keys"
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", metavar="NAME", help="open the password slot of this Dodam user name")
    who.add_argument(
        "--recovery-code", action="store_true", help="open the recovery slot with the recovery code"
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the password or recovery code from standard input (one trailing newline is removed)",
    )
    parser.add_argument(
        "--key-file",
        metavar="PATH",
        type=Path,
        help="use this key file instead of DATA_DIR/school.keys (e.g. the spare copy school.keys.bak)",
    )
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--print-key", action="store_true", help="print the database key as 64 hex digits")
    out.add_argument(
        "--decrypt-to",
        metavar="FILE",
        type=Path,
        help="write a decrypted plain SQLite copy of school.db to FILE (which must not exist)",
    )
    out.add_argument(
        "--print-restricted-key",
        action="store_true",
        help="print the key of restricted notes as 64 hex digits, if this slot holds it",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    data_dir: Path = args.data_dir
    if not data_dir.is_dir():
        raise Failure(EXIT_KEY_FILE, f"{data_dir} is not a folder: no school data there.")
    db_path, keys_path, note = choose_pair(data_dir)
    if args.key_file is not None:
        keys_path = args.key_file
    elif note is not None:
        print(note, file=sys.stderr)
    key_file = load_key_file(keys_path)
    secret = read_secret()
    slot = find_slot(key_file, args.user, secret)
    if slot.public_key is None and not key_file.legacy_allowed:
        raise Failure(
            EXIT_WRONG_SECRET,
            "This slot is of the first format, in a key file that no longer accepts them "
            "(a slot copied back or planted): it is refused.",
        )
    database_id, keys = open_slot(slot, candidate_database_ids(key_file, db_path), secret)
    if database_id != key_file.database_id:
        print(
            f"Note: the database_id in the key file was altered; the slot is for {database_id}.",
            file=sys.stderr,
        )
    data_key = keys["data"]
    if key_file.key_check is not None and not hmac.compare_digest(
        key_check(data_key, key_file.database_id), key_file.key_check
    ):
        raise Failure(
            EXIT_WRONG_SECRET,
            "This password opened an old slot whose key no longer opens this school (a slot copied "
            "back from an older key file). Use a current password or the recovery code.",
        )
    if args.print_restricted_key:
        restricted = keys.get("restricted")
        if restricted is None:
            raise Failure(EXIT_NOT_HELD, "This slot does not hold the restricted-notes key.")
        print(restricted.hex())
        return EXIT_OK
    if args.print_key:
        print(data_key.hex(), flush=True)
        if db_path.exists():
            # Proves the key on the database itself (a first-format key file has no key_check).
            check_key(db_path, data_key)
        return EXIT_OK
    tables = decrypt_to(db_path, data_key, args.decrypt_to)
    print(
        f"Wrote {args.decrypt_to} ({tables} tables), a plain SQLite database: keep it as safe as "
        "the school's data, and delete it when done.",
        file=sys.stderr,
    )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except Failure as failure:
        print(f"recover.py: {failure}", file=sys.stderr)
        return failure.code


if __name__ == "__main__":
    sys.exit(main())
