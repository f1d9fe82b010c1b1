"""Sealed text: a restricted note encrypted a second time, inside the already encrypted database
(DESIGN §3, docs/SECURITY.md).

Every account's password opens school.db, so the text of a restricted note must not depend on the
database key alone. Each sealed value has its own random content key CK (AES-256-GCM). CK is then
sealed (keyslots.seal: ephemeral X25519, HKDF-SHA256, AES-256-GCM) twice:

- to the *restricted* public key — an X25519 key pair derived from the restricted compartment's
  key, which only the slots of the coordinator, the principal and the recovery code hold; anyone
  may seal to its public key, so a counsellor can write a note the coordinator will read;
- to the author's own public key (their key slot's X25519 key), so the author keeps reading it.

The stored value is text: ``dodam-sealed-1:<fingerprint>:<base64 of a JSON object>``. The
fingerprint names the restricted public key the note was sealed to (its first 8 bytes in hex), so
notes sealed to another key can be counted in SQL. The associated data binds the table, the
field, a random row id kept in the envelope, and the author's name.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.storage.keyslots import NONCE_BYTES, SealedBox, open_sealed, public_key_of, seal

PREFIX = "dodam-sealed-1:"
FINGERPRINT_BYTES = 8
_CONTENT_KEY_BYTES = 32


class SealedTextError(ValueError):
    """A value that starts like sealed text but is not well formed."""


def is_sealed(value: str | None) -> bool:
    """True if ``value`` is a sealed envelope (not plain text)."""
    return bool(value) and value.startswith(PREFIX)  # type: ignore[union-attr]


def restricted_private_key(restricted_key: bytes) -> bytes:
    """The X25519 private key of the restricted compartment, derived from its 32-byte key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"dodam-restricted-x25519-1").derive(
        restricted_key
    )


def restricted_public_key(restricted_key: bytes) -> bytes:
    """The X25519 public key notes are sealed to, derived from the restricted compartment's key."""
    return public_key_of(restricted_private_key(restricted_key))


def fingerprint(public_key: bytes) -> str:
    """A short name of a public key (16 hex digits), stored in front of each envelope."""
    return public_key[:FINGERPRINT_BYTES].hex()


def sealed_prefix(public_key: bytes) -> str:
    """How every value sealed to ``public_key`` begins."""
    return f"{PREFIX}{fingerprint(public_key)}:"


def _aad(table: str, field: str, row: str, author: str) -> bytes:
    # NUL cannot occur in a table or field name, a UUID, or a user name (the account services
    # refuse control characters), so the join is unambiguous.
    return "\x00".join(("dodam-sealed-1", table, field, row, author)).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise SealedTextError("a field of the envelope is not a string")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise SealedTextError("a field of the envelope is not base64") from None


def _box_json(box: SealedBox) -> dict[str, str]:
    return {"e": _b64(box.ephemeral), "n": _b64(box.nonce), "c": _b64(box.ciphertext)}


def _box(value: object) -> SealedBox:
    if not isinstance(value, dict) or set(value) != {"e", "n", "c"}:
        raise SealedTextError("a sealed key of the envelope is malformed")
    return SealedBox(_unb64(value["e"]), _unb64(value["n"]), _unb64(value["c"]))


@dataclass(frozen=True)
class Envelope:
    """A parsed sealed value."""

    fingerprint: str
    row: str
    author: str
    nonce: bytes
    ciphertext: bytes
    to_restricted: SealedBox
    to_author: SealedBox | None


def seal_text(
    text: str,
    *,
    table: str,
    field: str,
    restricted_public: bytes,
    author: str = "",
    author_public: bytes | None = None,
) -> str:
    """Encrypt ``text`` under a fresh content key sealed to the restricted key and, when given,
    to the author's public key. Returns the envelope to store in the text column."""
    content_key = secrets.token_bytes(_CONTENT_KEY_BYTES)
    row = str(uuid.uuid4())
    aad = _aad(table, field, row, author)
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(content_key).encrypt(nonce, text.encode("utf-8"), aad)
    document: dict[str, object] = {
        "row": row,
        "author": author,
        "n": _b64(nonce),
        "c": _b64(ciphertext),
        "restricted": _box_json(seal(restricted_public, content_key, aad + b"\x00restricted")),
        "to_author": None
        if author_public is None
        else _box_json(seal(author_public, content_key, aad + b"\x00author")),
    }
    body = base64.b64encode(json.dumps(document, separators=(",", ":")).encode("utf-8")).decode("ascii")
    return sealed_prefix(restricted_public) + body


def parse(value: str) -> Envelope:
    """Parse an envelope (SealedTextError if it is not one)."""
    if not is_sealed(value):
        raise SealedTextError("not a sealed value")
    head, _, body = value[len(PREFIX) :].partition(":")
    try:
        document = json.loads(_unb64(body).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SealedTextError("the envelope is not JSON") from None
    fields = {"row", "author", "n", "c", "restricted", "to_author"}
    if not isinstance(document, dict) or set(document) != fields:
        raise SealedTextError("the envelope has unexpected fields")
    if not isinstance(document["row"], str) or not isinstance(document["author"], str):
        raise SealedTextError("the envelope's row or author is not a string")
    return Envelope(
        fingerprint=head,
        row=document["row"],
        author=document["author"],
        nonce=_unb64(document["n"]),
        ciphertext=_unb64(document["c"]),
        to_restricted=_box(document["restricted"]),
        to_author=None if document["to_author"] is None else _box(document["to_author"]),
    )


def open_text(
    value: str,
    *,
    table: str,
    field: str,
    restricted_key: bytes | None = None,
    private_key: bytes | None = None,
) -> str | None:
    """The text of an envelope, opened with the restricted key or else the author's private key;
    None if neither opens it (not for this reader, sealed to another key, or altered)."""
    try:
        envelope = parse(value)
    except SealedTextError:
        return None
    aad = _aad(table, field, envelope.row, envelope.author)
    attempts: list[tuple[bytes, SealedBox, bytes]] = []
    if restricted_key is not None:
        attempts.append(
            (restricted_private_key(restricted_key), envelope.to_restricted, aad + b"\x00restricted")
        )
    if private_key is not None and envelope.to_author is not None:
        attempts.append((private_key, envelope.to_author, aad + b"\x00author"))
    for private, box, box_aad in attempts:
        try:
            content_key = open_sealed(private, box, box_aad)
            plain = AESGCM(content_key).decrypt(envelope.nonce, envelope.ciphertext, aad)
        except (InvalidTag, ValueError):
            continue
        try:
            return plain.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return None


__all__ = [
    "PREFIX",
    "Envelope",
    "SealedTextError",
    "fingerprint",
    "is_sealed",
    "open_text",
    "parse",
    "restricted_private_key",
    "restricted_public_key",
    "seal_text",
    "sealed_prefix",
]
