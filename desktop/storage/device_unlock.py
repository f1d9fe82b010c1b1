"""Quick unlock with a PIN on this PC account (DESIGN §3).

A random 256-bit device secret is kept in the OS credential store (``keyring``); a device key slot
in school.keys wraps the data key under Argon2id(PIN + device secret). Neither half alone opens the
slot: the PIN is short, but useless without this PC account's keyring entry, and the keyring entry
is useless without the PIN. The keyring is only ever a convenience: with no backend (headless Linux,
``keyring.backends.fail.Keyring``) quick unlock is simply unavailable and the password still works.

Quick unlock only ends an idle lock of a session opened with the password; it never opens the
school on its own. Wrong PINs are counted by desktop.services.lockout (3 → disabled until the next
password log-in).
"""

from __future__ import annotations

import base64
import contextlib
import json
import secrets
import unicodedata
import uuid
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError

from desktop.storage.errors import WrongPasswordError
from desktop.storage.keyslots import DEFAULT_KDF, KdfParams, normalise_username
from desktop.storage.vault import Vault

SERVICE = "Dodam quick unlock"
PIN_MIN_DIGITS = 6
PIN_MAX_DIGITS = 32
DEVICE_SECRET_BYTES = 32


class QuickUnlockUnavailableError(Exception):
    """No usable OS keyring on this PC account (or it refused to store the secret)."""


@dataclass(frozen=True)
class DeviceEntry:
    """What the keyring holds for one user of one school on this PC account."""

    slot_id: str
    secret: str


def normalise_pin(pin: str) -> str:
    """Full-width digits (typed with a Korean input method) become ASCII digits."""
    return unicodedata.normalize("NFKC", pin).strip()


def is_well_formed_pin(pin: str) -> bool:
    """A PIN is 6 to 32 digits."""
    text = normalise_pin(pin)
    return text.isascii() and text.isdigit() and PIN_MIN_DIGITS <= len(text) <= PIN_MAX_DIGITS


def _entry_name(database_id: str, username: str) -> str:
    return f"{database_id}:{normalise_username(username)}"


def _combined(pin: str, device_secret: str) -> str:
    return f"{normalise_pin(pin)}:{device_secret}"


def keyring_available() -> bool:
    """True if an OS keyring backend that can store secrets is configured."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend is as good as none
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend without a usable priority is not usable
        return False


def _read_entry(database_id: str, username: str) -> DeviceEntry | None:
    try:
        raw = keyring.get_password(SERVICE, _entry_name(database_id, username))
    except (KeyringError, RuntimeError, OSError):
        return None
    if not raw:
        return None
    try:
        data = json.loads(raw)
        slot_id, secret = data["slot"], data["secret"]
    except (ValueError, TypeError, KeyError):
        return None
    if not isinstance(slot_id, str) or not isinstance(secret, str):
        return None
    return DeviceEntry(slot_id=slot_id, secret=secret)


def has_pin(vault: Vault, username: str) -> bool:
    """True if quick unlock is set up for ``username`` on this PC account (keyring entry and slot)."""
    entry = _read_entry(vault.database_id, username)
    return entry is not None and vault.has_device_slot(entry.slot_id, username)


def enable_pin(vault: Vault, username: str, pin: str, *, kdf: KdfParams = DEFAULT_KDF) -> None:
    """Set (or replace) ``username``'s PIN on this PC account.

    Raises ValueError for a malformed PIN and QuickUnlockUnavailableError when the keyring cannot
    store the device secret (nothing is changed then).
    """
    if not is_well_formed_pin(pin):
        raise ValueError("a PIN is 6 to 32 digits")
    if not keyring_available():
        raise QuickUnlockUnavailableError("no keyring backend")
    old = _read_entry(vault.database_id, username)
    slot_id = str(uuid.uuid4())
    secret = base64.b64encode(secrets.token_bytes(DEVICE_SECRET_BYTES)).decode("ascii")
    # The keyring first: if it refuses, school.keys is untouched. A keyring entry whose slot never
    # got written is harmless (has_pin checks both).
    try:
        keyring.set_password(
            SERVICE, _entry_name(vault.database_id, username), json.dumps({"slot": slot_id, "secret": secret})
        )
    except (KeyringError, RuntimeError, OSError) as exc:
        raise QuickUnlockUnavailableError(str(exc)) from exc
    vault.add_device_slot(username, _combined(pin, secret), slot_id=slot_id, kdf=kdf)
    if old is not None and old.slot_id != slot_id:
        vault.remove_device_slot(old.slot_id)


def disable_pin(vault: Vault, username: str) -> None:
    """Remove ``username``'s PIN on this PC account (its slot and its keyring entry)."""
    entry = _read_entry(vault.database_id, username)
    if entry is None:
        return
    vault.remove_device_slot(entry.slot_id)
    with contextlib.suppress(KeyringError, RuntimeError, OSError):
        keyring.delete_password(SERVICE, _entry_name(vault.database_id, username))


def unlock_with_pin(vault: Vault, username: str, pin: str) -> None:
    """End the vault's suspension with ``username``'s PIN. Raises WrongPasswordError for a wrong
    PIN, QuickUnlockUnavailableError when no PIN is set up here (or the keyring is gone)."""
    entry = _read_entry(vault.database_id, username)
    if entry is None or not vault.has_device_slot(entry.slot_id, username):
        raise QuickUnlockUnavailableError("no PIN on this PC account")
    if not is_well_formed_pin(pin):
        raise WrongPasswordError("malformed PIN")
    vault.unlock_with_device_slot(entry.slot_id, username, _combined(pin, entry.secret))
