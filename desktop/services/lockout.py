"""Log-in lockout (DESIGN §1.5): after N failed log-ins a user name waits M minutes.

The database cannot record failures before it is open, so the counters live in a small JSON file
next to the key file (``school.lockout``, written atomically). User names are stored only as a
salted HMAC, never in clear. The lockout settings live in the database: until a successful log-in
has read them, the defaults apply; after one, they are cached in the same file.

After the next successful log-in the failures that happened meanwhile are written to the audit log
(LOGIN_FAILED with counts and times, LOCK for each lockout) and the counters are cleared.
The recovery code is not subject to a user's lockout. The same file counts wrong quick-unlock PINs.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.config import Settings
from desktop.services import audit, settings_store
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.storage.atomic import atomic_write_bytes

LOCKOUT_NAME = "school.lockout"
FORMAT = "dodam-lockout"
VERSION = 1
MAX_PIN_ATTEMPTS = 3
# Pending failure times kept for the audit log, per user name (a flood must not grow the file).
MAX_PENDING_TIMES = 100
MAX_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class LockoutPolicy:
    """The security settings that must be known before the database is open."""

    attempts: int = Settings.LOCKOUT_ATTEMPTS.default
    minutes: int = Settings.LOCKOUT_MINUTES.default
    idle_minutes: int = Settings.IDLE_LOCK_MINUTES.default


@dataclass(frozen=True)
class PendingFailures:
    """Failures and lockouts of one user name not yet written to the audit log."""

    failures: tuple[datetime, ...] = ()
    failure_count: int = 0
    lockouts: tuple[datetime, ...] = ()

    @property
    def empty(self) -> bool:
        return self.failure_count == 0 and not self.lockouts


class LockedOutError(Exception):
    """Too many failed log-ins: the user name must wait until ``until`` (UTC)."""

    def __init__(self, until: datetime) -> None:
        super().__init__(f"locked out until {until.isoformat()}")
        self.until = until

    def minutes_left(self, now: datetime | None = None) -> int:
        """Whole minutes still to wait, rounded up (at least 1)."""
        seconds = (self.until - (now or _now())).total_seconds()
        return max(1, math.ceil(seconds / 60))


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="seconds")


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _int_in(value: object, setting_min: int | None, setting_max: int | None, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    if (setting_min is not None and value < setting_min) or (setting_max is not None and value > setting_max):
        return default
    return value


class LockoutStore:
    """The lockout file of one data folder. Every method re-reads the file and writes it back
    atomically, so two windows (or a crash) never leave a half-written file."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCKOUT_NAME

    # --- file ----------------------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
            document = json.loads(raw.decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            document = None
        # A missing or damaged file starts afresh: it only ever holds counters and cached defaults.
        if (
            not isinstance(document, dict)
            or document.get("format") != FORMAT
            or not isinstance(document.get("users"), dict)
            or not isinstance(document.get("salt"), str)
        ):
            return {
                "format": FORMAT,
                "version": VERSION,
                "salt": base64.b64encode(secrets.token_bytes(16)).decode("ascii"),
                "users": {},
            }
        return document

    def _save(self, document: dict[str, Any]) -> None:
        data = (json.dumps(document, indent=1, sort_keys=True) + "\n").encode("utf-8")
        atomic_write_bytes(self.path, data)

    @staticmethod
    def _key(document: dict[str, Any], username: str) -> str:
        try:
            salt = base64.b64decode(document["salt"], validate=True)
        except (binascii.Error, ValueError):
            salt = b""
        name = unicodedata.normalize("NFC", username.strip())
        return hmac.new(salt, name.encode("utf-8"), hashlib.sha256).hexdigest()

    def _entry(self, document: dict[str, Any], username: str) -> dict[str, Any]:
        users: dict[str, Any] = document["users"]
        key = self._key(document, username)
        entry = users.get(key)
        if not isinstance(entry, dict):
            entry = {}
            users[key] = entry
        return entry

    # --- policy --------------------------------------------------------------------------------

    def policy(self) -> LockoutPolicy:
        """The cached settings, or the defaults before any successful log-in."""
        cached = self._load().get("settings")
        if not isinstance(cached, dict):
            return LockoutPolicy()
        a, m, i = Settings.LOCKOUT_ATTEMPTS, Settings.LOCKOUT_MINUTES, Settings.IDLE_LOCK_MINUTES
        return LockoutPolicy(
            attempts=_int_in(cached.get("attempts"), a.minimum, a.maximum, a.default),
            minutes=_int_in(cached.get("minutes"), m.minimum, m.maximum, m.default),
            idle_minutes=_int_in(cached.get("idle_minutes"), i.minimum, i.maximum, i.default),
        )

    def save_policy(self, policy: LockoutPolicy) -> None:
        """Cache the settings read from the database after a successful log-in."""
        document = self._load()
        wanted = {"attempts": policy.attempts, "minutes": policy.minutes, "idle_minutes": policy.idle_minutes}
        if document.get("settings") != wanted:
            document["settings"] = wanted
            self._save(document)

    # --- log-in failures -----------------------------------------------------------------------

    def locked_until(self, username: str, now: datetime | None = None) -> datetime | None:
        """When the user name's lockout ends, or None if it may try now."""
        now = now or _now()
        document = self._load()
        entry = document["users"].get(self._key(document, username))
        if not isinstance(entry, dict):
            return None
        until = _parse_time(entry.get("locked_until"))
        return until if until is not None and until > now else None

    def check(self, username: str, now: datetime | None = None) -> None:
        """Raise LockedOutError while the user name is locked out."""
        until = self.locked_until(username, now)
        if until is not None:
            raise LockedOutError(until)

    def record_failure(self, username: str, now: datetime | None = None) -> datetime | None:
        """Count a failed log-in; returns the end of the lockout this failure started, if any."""
        now = now or _now()
        policy = self.policy()
        document = self._load()
        entry = self._entry(document, username)
        times = [t for t in entry.get("failures", []) if isinstance(t, str)]
        times.append(_iso(now))
        entry["failures"] = times[-MAX_PENDING_TIMES:]
        entry["failure_count"] = _int_in(entry.get("failure_count"), 0, None, 0) + 1
        streak = _int_in(entry.get("streak"), 0, None, 0) + 1
        started: datetime | None = None
        if streak >= policy.attempts:
            started = now + timedelta(minutes=policy.minutes)
            entry["locked_until"] = _iso(started)
            lockouts = [t for t in entry.get("lockouts", []) if isinstance(t, str)]
            lockouts.append(_iso(now))
            entry["lockouts"] = lockouts[-MAX_PENDING_TIMES:]
            streak = 0
        entry["streak"] = streak
        self._save(document)
        return started

    def pending(self, username: str) -> PendingFailures:
        """The failures and lockouts not yet in the audit log."""
        document = self._load()
        entry = document["users"].get(self._key(document, username))
        if not isinstance(entry, dict):
            return PendingFailures()
        failures = tuple(t for t in map(_parse_time, entry.get("failures", [])) if t is not None)
        lockouts = tuple(t for t in map(_parse_time, entry.get("lockouts", [])) if t is not None)
        count = _int_in(entry.get("failure_count"), 0, None, len(failures))
        return PendingFailures(failures=failures, failure_count=count, lockouts=lockouts)

    def record_success(self, username: str) -> None:
        """A password log-in succeeded: forget the user name's counters and re-enable its PIN."""
        document = self._load()
        key = self._key(document, username)
        if key in document["users"]:
            del document["users"][key]
            self._save(document)

    def clear_lockout(self, username: str) -> None:
        """End a lockout early (a new password was set with the recovery code); pending failures stay."""
        document = self._load()
        entry = document["users"].get(self._key(document, username))
        if isinstance(entry, dict) and (entry.get("locked_until") or entry.get("streak")):
            entry["locked_until"] = None
            entry["streak"] = 0
            self._save(document)

    # --- quick-unlock PIN ----------------------------------------------------------------------

    def pin_failures(self, username: str) -> int:
        document = self._load()
        entry = document["users"].get(self._key(document, username))
        return _int_in(entry.get("pin_failures"), 0, None, 0) if isinstance(entry, dict) else 0

    def pin_disabled(self, username: str) -> bool:
        """True after MAX_PIN_ATTEMPTS wrong PINs, until the next password log-in."""
        return self.pin_failures(username) >= MAX_PIN_ATTEMPTS

    def record_pin_failure(self, username: str) -> int:
        """Count a wrong PIN; returns the tries left before the PIN is disabled."""
        document = self._load()
        entry = self._entry(document, username)
        count = _int_in(entry.get("pin_failures"), 0, None, 0) + 1
        entry["pin_failures"] = count
        self._save(document)
        return max(0, MAX_PIN_ATTEMPTS - count)

    def reset_pin_failures(self, username: str) -> None:
        document = self._load()
        entry = document["users"].get(self._key(document, username))
        if isinstance(entry, dict) and entry.get("pin_failures"):
            entry["pin_failures"] = 0
            self._save(document)


def policy_from_settings(session: Session) -> LockoutPolicy:
    """The lockout and idle-lock settings stored in the database."""
    return LockoutPolicy(
        attempts=settings_store.get(session, Settings.LOCKOUT_ATTEMPTS),
        minutes=settings_store.get(session, Settings.LOCKOUT_MINUTES),
        idle_minutes=settings_store.get(session, Settings.IDLE_LOCK_MINUTES),
    )


def record_pending(session: Session, actor: Actor, pending: PendingFailures, *, minutes: int) -> None:
    """Write the failures that happened before this log-in to the audit log (no passwords, no
    names typed: counts and times only). Commits."""
    if pending.empty:
        return
    if pending.failure_count:
        audit.record(
            session,
            actor,
            AuditAction.LOGIN_FAILED,
            entity_type="staff_account",
            entity_id=actor.staff_id,
            detail={
                "count": pending.failure_count,
                "first": _iso(pending.failures[0]) if pending.failures else None,
                "last": _iso(pending.failures[-1]) if pending.failures else None,
                "times": [_iso(t) for t in pending.failures],
            },
        )
    for at in pending.lockouts:
        audit.record(
            session,
            actor,
            AuditAction.LOCK,
            entity_type="staff_account",
            entity_id=actor.staff_id,
            detail={"reason": "lockout", "at": _iso(at), "minutes": minutes},
        )
    session.commit()


def record_lock(session: Session, actor: Actor, reason: str) -> None:
    """An idle or manual lock of the running session ("idle" or "manual"). Commits."""
    audit.record(
        session,
        actor,
        AuditAction.LOCK,
        entity_type="staff_account",
        entity_id=actor.staff_id,
        detail={"reason": reason},
    )
    session.commit()


def record_unlock(session: Session, actor: Actor, via: str) -> None:
    """The locked session was unlocked by its user ("password" or "pin"). Commits."""
    audit.record(
        session,
        actor,
        AuditAction.LOGIN,
        entity_type="staff_account",
        entity_id=actor.staff_id,
        detail={"via": f"unlock_{via}"},
    )
    session.commit()
