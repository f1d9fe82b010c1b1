"""Log-in lockout (DESIGN §1.5): after N failed log-ins a user name waits M minutes.

The database cannot record failures before it is open, so the counters live in a small JSON file
next to the key file (``school.lockout``, written atomically). User names are stored only as a
salted HMAC, never in clear. The lockout settings live in the database: until a successful log-in
has read them, the defaults apply; after one, they are cached in the same file.

After the next successful log-in the failures that happened meanwhile are written to the audit log
(LOGIN_FAILED with counts and times, LOCK for each lockout) and the counters are cleared.
The same file counts wrong quick-unlock PINs and wrong recovery codes (under a name no account can
have, RECOVERY_NAME).

**The file fails closed.** Every staff account can write the data folder, so the file must not be a
switch that turns the lockout off. Each version carries an HMAC-SHA256 over its content, a random
``file_id`` and a ``sequence`` that grows with every write. A file that is unreadable, not JSON,
over 1 MiB, of an unknown shape or whose MAC does not match is *damage*: a fresh file is written
that records the moment the damage was first seen, and **every** user name is locked until the
lockout period has passed from that moment (the PIN is off until a password log-in). Every
successful log-in records the file's id and sequence in the (hash-chained) audit log; at the next
log-in a file that is missing, replaced by another one or rolled back to an older copy is damage
too, found then, with the same consequence. The damage is written to the audit log (LOCK with
``{"lockout_file": kind}``) at the first log-in after the wait. An administrator's reset with the
recovery code ends it early.

What this does and does not stop, honestly: the MAC key is derived from the file's own id with a
fixed formula, because nothing secret can be read from the folder before a password is typed. So a
person who can write the folder, knows the formula and recomputes the MAC can forge a well-formed
file — the MAC stops naive edits (a text editor, a truncation, garbage, a flood of names), not a
determined forger. What holds against both is that the damage is never a way *out* of a lockout:
a deleted, replaced or rolled-back file is noticed at the next log-in and audited, and until then
a missing file only gives back the counters of a school that never had one. Against offline
guessing with a copy of ``school.keys`` no lockout helps: that is the job of the password rule
(desktop.services.accounts.check_password) and the Argon2id cost.

A school that has never had a log-in has no file and no mark in the audit log: nobody is locked
out. A school upgraded from a version whose file had no MAC (``version`` 1) keeps its counters: the
old file is taken over once, as it is, and sealed; its audit log has no mark yet, so nothing is
compared at that first log-in.
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

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.config import Settings
from desktop.models import AuditEvent
from desktop.services import audit, settings_store
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.storage.atomic import atomic_write_bytes

LOCKOUT_NAME = "school.lockout"
FORMAT = "dodam-lockout"
VERSION = 2
MAX_PIN_ATTEMPTS = 3
# Pending failure times kept for the audit log, per user name (a flood must not grow the file).
MAX_PENDING_TIMES = 50
# Distinct user names with counters; beyond this, new names share one counter (OVERFLOW_KEY), so
# guessing thousands of made-up names can neither grow the file past MAX_FILE_BYTES nor push a real
# name's lockout out of it.
MAX_NAMES = 200
OVERFLOW_KEY = "overflow"
MAX_FILE_BYTES = 1024 * 1024
RECOVERY_NAME = "\0recovery"
"""The name under which wrong recovery codes are counted (no account can be called this)."""
_MAC_CONTEXT = b"dodam lockout file v2"

# Audit detail keys of the mark a successful log-in records.
MARK_ID_KEY = "lockout_file_id"
MARK_SEQUENCE_KEY = "lockout_file_sequence"

DAMAGE_KINDS = ("missing", "damaged", "forged", "oversized", "replaced", "rolled_back")
"""What can be wrong with the lockout file: gone (while one must exist), not readable as a lockout
file, MAC wrong, too large, another file than the one last seen at a log-in, an older copy."""


@dataclass(frozen=True)
class LockoutPolicy:
    """The security settings that must be known before the database is open."""

    attempts: int = Settings.LOCKOUT_ATTEMPTS.default
    minutes: int = Settings.LOCKOUT_MINUTES.default
    idle_minutes: int = Settings.IDLE_LOCK_MINUTES.default


@dataclass(frozen=True)
class FileDamage:
    """Damage to the lockout file: which kind, and when it was first seen."""

    kind: str
    seen: datetime


@dataclass(frozen=True)
class FileMark:
    """Which lockout file (and how far written) a successful log-in saw; kept in the audit log."""

    file_id: str
    sequence: int


@dataclass(frozen=True)
class PendingFailures:
    """Failures and lockouts of one user name not yet written to the audit log, and damage to the
    lockout file not yet written either."""

    failures: tuple[datetime, ...] = ()
    failure_count: int = 0
    lockouts: tuple[datetime, ...] = ()
    damage: FileDamage | None = None

    @property
    def empty(self) -> bool:
        return self.failure_count == 0 and not self.lockouts and self.damage is None


class LockedOutError(Exception):
    """Too many failed log-ins: the user name must wait until ``until`` (UTC).

    ``damage`` is set when every name waits because the lockout file was missing or damaged."""

    def __init__(self, until: datetime, damage: FileDamage | None = None) -> None:
        super().__init__(f"locked out until {until.isoformat()}")
        self.until = until
        self.damage = damage

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


def _mac(document: dict[str, Any]) -> str:
    """HMAC-SHA256 of everything but the MAC, keyed from the file's id (see the module docstring
    for what this can and cannot prove)."""
    body = {k: v for k, v in document.items() if k != "mac"}
    key = hmac.new(_MAC_CONTEXT, str(document.get("file_id", "")).encode("utf-8"), hashlib.sha256).digest()
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


def _fresh(damage: FileDamage | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "file_id": secrets.token_hex(16),
        "sequence": 0,
        "salt": base64.b64encode(secrets.token_bytes(16)).decode("ascii"),
        "users": {},
        "damage": None if damage is None else {"kind": damage.kind, "seen": _iso(damage.seen)},
    }


def _well_formed(document: object) -> bool:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return False
    if not isinstance(document.get("users"), dict) or not isinstance(document.get("salt"), str):
        return False
    if document.get("version") == 1:
        return True
    damage = document.get("damage")
    return (
        document.get("version") == VERSION
        and isinstance(document.get("file_id"), str)
        and isinstance(document.get("mac"), str)
        and _int_in(document.get("sequence"), 0, None, -1) >= 0
        and (damage is None or (isinstance(damage, dict) and _parse_time(damage.get("seen")) is not None))
    )


class LockoutStore:
    """The lockout file of one data folder. Every method re-reads the file and writes it back
    atomically, so two windows (or a crash) never leave a half-written file.

    ``must_exist``: a missing file is damage (true while a session is open: the log-in wrote it).
    Before a log-in a missing file cannot be told from a new school's; the sign-in service compares
    the file with the mark in the audit log once the password has opened the database."""

    def __init__(self, data_dir: Path, *, must_exist: bool = False) -> None:
        self.path = Path(data_dir) / LOCKOUT_NAME
        self.must_exist = must_exist

    # --- file ----------------------------------------------------------------------------------

    def _read(self) -> tuple[dict[str, Any] | None, str | None]:
        """The file's document, or None and the kind of damage (None when simply absent)."""
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return None, "missing" if self.must_exist else None
        except OSError:
            return None, "damaged"
        if len(raw) > MAX_FILE_BYTES:
            return None, "oversized"
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None, "damaged"
        if not _well_formed(document):
            return None, "damaged"
        if document["version"] == 1:
            # A file of the version before the MAC: taken over once, as it is (module docstring).
            document.update(_fresh(), salt=document["salt"], users=document["users"])
            document.pop("mac", None)
            if "settings" in document and not isinstance(document["settings"], dict):
                del document["settings"]
            return document, None
        if not hmac.compare_digest(document["mac"], _mac(document)):
            return None, "forged"
        return document, None

    def _load(self, now: datetime | None = None) -> dict[str, Any]:
        document, problem = self._read()
        if problem is not None:
            # Fail closed: a fresh file remembers when the damage was first seen (every name waits).
            document = _fresh(FileDamage(problem, now or _now()))
            self._save(document)
        return document if document is not None else _fresh()

    def _save(self, document: dict[str, Any]) -> None:
        document["sequence"] = _int_in(document.get("sequence"), 0, None, 0) + 1
        document["mac"] = _mac(document)
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

    def _find(self, document: dict[str, Any], username: str) -> dict[str, Any] | None:
        users: dict[str, Any] = document["users"]
        entry = users.get(self._key(document, username))
        if entry is None and len(users) >= MAX_NAMES:
            entry = users.get(OVERFLOW_KEY)
        return entry if isinstance(entry, dict) else None

    def _entry(self, document: dict[str, Any], username: str) -> dict[str, Any]:
        users: dict[str, Any] = document["users"]
        key = self._key(document, username)
        if key not in users and len(users) >= MAX_NAMES:
            key = OVERFLOW_KEY
        entry = users.get(key)
        if not isinstance(entry, dict):
            entry = {}
            users[key] = entry
        return entry

    @staticmethod
    def _damage(document: dict[str, Any]) -> FileDamage | None:
        damage = document.get("damage")
        if not isinstance(damage, dict):
            return None
        seen = _parse_time(damage.get("seen"))
        kind = damage.get("kind")
        if seen is None:
            return None
        return FileDamage(kind if isinstance(kind, str) and kind in DAMAGE_KINDS else "damaged", seen)

    # --- policy --------------------------------------------------------------------------------

    def _policy(self, document: dict[str, Any]) -> LockoutPolicy:
        cached = document.get("settings")
        if not isinstance(cached, dict):
            return LockoutPolicy()
        a, m, i = Settings.LOCKOUT_ATTEMPTS, Settings.LOCKOUT_MINUTES, Settings.IDLE_LOCK_MINUTES
        return LockoutPolicy(
            attempts=_int_in(cached.get("attempts"), a.minimum, a.maximum, a.default),
            minutes=_int_in(cached.get("minutes"), m.minimum, m.maximum, m.default),
            idle_minutes=_int_in(cached.get("idle_minutes"), i.minimum, i.maximum, i.default),
        )

    def policy(self) -> LockoutPolicy:
        """The cached settings, or the defaults before any successful log-in."""
        return self._policy(self._load())

    def save_policy(self, policy: LockoutPolicy) -> None:
        """Cache the settings read from the database after a successful log-in."""
        document = self._load()
        wanted = {"attempts": policy.attempts, "minutes": policy.minutes, "idle_minutes": policy.idle_minutes}
        if document.get("settings") != wanted:
            document["settings"] = wanted
            self._save(document)

    # --- the file as a whole -------------------------------------------------------------------

    def damage(self, now: datetime | None = None) -> FileDamage | None:
        """The damage not yet written to the audit log, if any (reading a damaged file records it)."""
        return self._damage(self._load(now))

    def seal(self) -> FileMark:
        """Make sure a sealed file of this version exists; its id and sequence, to be recorded in
        the audit log by the log-in that is succeeding."""
        document = self._load()
        if "mac" not in document or not self.path.exists():
            self._save(document)
        return FileMark(str(document["file_id"]), int(document["sequence"]))

    def compare_with(
        self, expected: FileMark | None, now: datetime | None = None, *, minutes: int | None = None
    ) -> None:
        """After a password opened the database: compare the file with the mark the last log-in
        left in the audit log. A file missing, replaced (also by one of the previous version) or
        rolled back to an older copy is damage, recorded now. Raises LockedOutError while damage
        seen less than ``minutes`` ago (default: the cached lockout period) stands."""
        now = now or _now()
        document, problem = self._read()
        if problem is not None:
            document = self._load(now)
        elif expected is not None and (document is None or self._damage(document) is None):
            kind = None
            if document is None:
                kind = "missing"
            elif "mac" not in document or document["file_id"] != expected.file_id:
                kind = "replaced"
            elif int(document["sequence"]) < expected.sequence:
                kind = "rolled_back"
            if kind is not None:
                document = document if document is not None else _fresh()
                document["damage"] = {"kind": kind, "seen": _iso(now)}
                self._save(document)
        if document is None:
            return
        damage = self._damage(document)
        if damage is not None:
            wait = minutes if minutes is not None else self._policy(document).minutes
            until = damage.seen + timedelta(minutes=wait)
            if until > now:
                raise LockedOutError(until, damage)

    def clear_damage(self) -> None:
        """Forget the damage (the recovery code was used, or it was written to the audit log)."""
        document = self._load()
        if document.get("damage") is not None:
            document["damage"] = None
            self._save(document)

    # --- log-in failures -----------------------------------------------------------------------

    def _locked_until(self, document: dict[str, Any], username: str, now: datetime) -> datetime | None:
        candidates: list[datetime] = []
        entry = self._find(document, username)
        if entry is not None:
            until = _parse_time(entry.get("locked_until"))
            if until is not None:
                candidates.append(until)
        damage = self._damage(document)
        # The recovery code is the way out of damage, so damage does not lock it (its own counter does).
        if damage is not None and username != RECOVERY_NAME:
            candidates.append(damage.seen + timedelta(minutes=self._policy(document).minutes))
        latest = max(candidates, default=None)
        return latest if latest is not None and latest > now else None

    def locked_until(self, username: str, now: datetime | None = None) -> datetime | None:
        """When the user name's lockout ends, or None if it may try now."""
        now = now or _now()
        return self._locked_until(self._load(now), username, now)

    def check(self, username: str, now: datetime | None = None) -> None:
        """Raise LockedOutError while the user name is locked out (or every name, after damage)."""
        now = now or _now()
        document = self._load(now)
        until = self._locked_until(document, username, now)
        if until is not None:
            damage = self._damage(document)
            entry = self._find(document, username)
            own = _parse_time(entry.get("locked_until")) if entry is not None else None
            raise LockedOutError(until, damage if own is None or own < until else None)

    def record_failure(self, username: str, now: datetime | None = None) -> datetime | None:
        """Count a failed log-in; returns the end of the lockout this failure started, if any."""
        now = now or _now()
        document = self._load(now)
        policy = self._policy(document)
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
        """The failures and lockouts not yet in the audit log, and the file's damage."""
        document = self._load()
        damage = self._damage(document)
        entry = self._find(document, username)
        if entry is None:
            return PendingFailures(damage=damage)
        failures = tuple(t for t in map(_parse_time, entry.get("failures", [])) if t is not None)
        lockouts = tuple(t for t in map(_parse_time, entry.get("lockouts", [])) if t is not None)
        count = _int_in(entry.get("failure_count"), 0, None, len(failures))
        return PendingFailures(failures=failures, failure_count=count, lockouts=lockouts, damage=damage)

    def record_success(self, username: str, policy: LockoutPolicy | None = None) -> None:
        """A password log-in succeeded and its pending failures and the file's damage are in the
        audit log: forget the user name's counters and the damage, re-enable its PIN, and cache
        ``policy`` if given — one write."""
        document = self._load()
        changed = False
        key = self._key(document, username)
        if key in document["users"]:
            del document["users"][key]
            changed = True
        if document.get("damage") is not None:
            document["damage"] = None
            changed = True
        if policy is not None:
            wanted = {
                "attempts": policy.attempts,
                "minutes": policy.minutes,
                "idle_minutes": policy.idle_minutes,
            }
            if document.get("settings") != wanted:
                document["settings"] = wanted
                changed = True
        if changed or not self.path.exists():
            self._save(document)

    def clear_lockout(self, username: str) -> None:
        """End a lockout early (a new password was set with the recovery code); pending failures stay."""
        document = self._load()
        entry = self._find(document, username)
        if isinstance(entry, dict) and (entry.get("locked_until") or entry.get("streak")):
            entry["locked_until"] = None
            entry["streak"] = 0
            self._save(document)

    # --- quick-unlock PIN ----------------------------------------------------------------------

    def pin_failures(self, username: str) -> int:
        document = self._load()
        entry = self._find(document, username)
        return _int_in(entry.get("pin_failures"), 0, None, 0) if isinstance(entry, dict) else 0

    def pin_disabled(self, username: str) -> bool:
        """True after MAX_PIN_ATTEMPTS wrong PINs, or after damage to the file, until the next
        password log-in."""
        document = self._load()
        if self._damage(document) is not None:
            return True
        entry = self._find(document, username)
        count = _int_in(entry.get("pin_failures"), 0, None, 0) if isinstance(entry, dict) else 0
        return count >= MAX_PIN_ATTEMPTS

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
        entry = self._find(document, username)
        if isinstance(entry, dict) and entry.get("pin_failures"):
            entry["pin_failures"] = 0
            self._save(document)


def last_mark(session: Session) -> FileMark | None:
    """The lockout file's id and sequence recorded last in the audit log (by a successful log-in,
    the audit of damage, or any event that carries mark_detail, e.g. a restore), if any."""
    id_field = AuditEvent.detail[MARK_ID_KEY].as_string()
    detail = session.scalar(
        select(AuditEvent.detail).where(id_field.is_not(None)).order_by(AuditEvent.id.desc()).limit(1)
    )
    if not isinstance(detail, dict):
        return None
    file_id, sequence = detail.get(MARK_ID_KEY), detail.get(MARK_SEQUENCE_KEY)
    if not isinstance(file_id, str) or isinstance(sequence, bool) or not isinstance(sequence, int):
        return None
    return FileMark(file_id, sequence)


def mark_detail(mark: FileMark | None) -> dict[str, Any]:
    """The audit detail that records ``mark`` (empty when there is no file yet)."""
    return {} if mark is None else {MARK_ID_KEY: mark.file_id, MARK_SEQUENCE_KEY: mark.sequence}


def policy_from_settings(session: Session) -> LockoutPolicy:
    """The lockout and idle-lock settings stored in the database."""
    return LockoutPolicy(
        attempts=settings_store.get(session, Settings.LOCKOUT_ATTEMPTS),
        minutes=settings_store.get(session, Settings.LOCKOUT_MINUTES),
        idle_minutes=settings_store.get(session, Settings.IDLE_LOCK_MINUTES),
    )


def record_pending(
    session: Session,
    actor: Actor,
    pending: PendingFailures,
    *,
    minutes: int,
    mark: FileMark | None = None,
    via: str | None = None,
) -> None:
    """Write the failures that happened before this log-in to the audit log (no passwords, no
    names typed: counts and times only), and damage to the lockout file (LOCK with
    ``{"lockout_file": kind}``, carrying ``mark``, the file that replaces it). ``via``: what was
    tried instead of the password (e.g. "recovery_code"). Commits."""
    if pending.empty:
        return
    if pending.failure_count:
        audit.record(
            session,
            actor,
            AuditAction.LOGIN_FAILED,
            entity_type=AuditRecord.STAFF_ACCOUNT,
            entity_id=actor.staff_id,
            detail={
                "count": pending.failure_count,
                "first": _iso(pending.failures[0]) if pending.failures else None,
                "last": _iso(pending.failures[-1]) if pending.failures else None,
                "times": [_iso(t) for t in pending.failures],
                **({"via": via} if via else {}),
            },
        )
    for at in pending.lockouts:
        audit.record(
            session,
            actor,
            AuditAction.LOCK,
            entity_type=AuditRecord.STAFF_ACCOUNT,
            entity_id=actor.staff_id,
            detail={"reason": "lockout", "at": _iso(at), "minutes": minutes},
        )
    if pending.damage is not None:
        audit.record(
            session,
            actor,
            AuditAction.LOCK,
            entity_type=AuditRecord.STAFF_ACCOUNT,
            entity_id=actor.staff_id,
            detail={
                "reason": "lockout_file",
                "lockout_file": pending.damage.kind,
                "seen": _iso(pending.damage.seen),
                "minutes": minutes,
                **mark_detail(mark),
            },
        )
    session.commit()


def record_lock(session: Session, actor: Actor, reason: str) -> None:
    """An idle or manual lock of the running session ("idle" or "manual"). Commits."""
    audit.record(
        session,
        actor,
        AuditAction.LOCK,
        entity_type=AuditRecord.STAFF_ACCOUNT,
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
        entity_type=AuditRecord.STAFF_ACCOUNT,
        entity_id=actor.staff_id,
        detail={"via": f"unlock_{via}"},
    )
    session.commit()
