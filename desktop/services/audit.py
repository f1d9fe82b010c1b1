"""The audit log: every change, view, print and export is recorded, hash-chained (DESIGN §1.5).

Each event's hash covers its own fields and the previous event's hash, so editing, inserting or
deleting an event breaks the chain at that point, which `verify_chain` reports.
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Dialect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, utcnow
from desktop.services.actor import Actor


class AuditAction(enum.StrEnum):
    SETUP = "setup"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    LOCK = "lock"
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    STATE_CHANGE = "state_change"
    GRANT = "grant"  # a grant or change of rights
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    BACKUP = "backup"
    RESTORE = "restore"
    PURGE = "purge"
    REVIEW = "review"  # a month of the audit log marked as reviewed


class AuditRecord(enum.StrEnum):
    """What an audit event is about (stored as its value, which the hash chain covers)."""

    AUDIT_REVIEW = "audit_review"
    BACKUP = "backup"
    CASE = "case"
    CASE_NOTE = "case_note"
    COMMITTEE_REPORT = "committee_report"
    CONSENT = "consent"
    INTERVENTION = "intervention"
    KEY_FILE = "key_file"
    MEETING = "meeting"
    OLD_COPY = "old_copy"
    ORGANISATION = "organisation"
    PASSWORD = "password"
    REFERRAL = "referral"
    RESTRICTED_NOTES = "restricted_notes"
    SCHOOL = "school"
    SETTING = "setting"
    STAFF_ACCOUNT = "staff_account"
    STATISTICS = "statistics"
    STUDENT = "student"
    SUMMARY = "summary"
    SUPPORT_CASE = "support_case"
    SUPPORT_PLAN = "support_plan"
    SUPPORT_REQUEST = "support_request"
    SUPPORT_SESSION = "support_session"
    TASK = "task"


def _canonical_time(at: datetime) -> str:
    # SQLite hands datetimes back naive; hash the same UTC wall time either way.
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


_HASHED = (
    "at",
    "actor_id",
    "actor_name",
    "action",
    "entity_type",
    "entity_id",
    "student_id",
    "purpose",
    "detail",
    "prev_hash",
)
"""The columns an event's hash covers."""


def _hash_values(values: dict[str, Any]) -> str:
    body = {
        "at": _canonical_time(values["at"]),
        "actor_id": values["actor_id"],
        "actor_name": values["actor_name"],
        "action": values["action"],
        "entity_type": values["entity_type"],
        "entity_id": values["entity_id"],
        "student_id": values["student_id"],
        "purpose": values["purpose"],
        "detail": values["detail"],
        "prev": values["prev_hash"],
    }
    data = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def event_hash(event: AuditEvent) -> str:
    """SHA-256 over the event's fields and the previous event's hash."""
    return _hash_values({name: getattr(event, name) for name in _HASHED})


def record(
    session: Session,
    actor: Actor,
    action: AuditAction | str,
    *,
    entity_type: AuditRecord | None = None,
    entity_id: int | None = None,
    student_id: int | None = None,
    purpose: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event to the session's transaction (the caller commits with its change)."""
    session.flush()
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    event = AuditEvent(
        at=utcnow(),
        actor_id=actor.staff_id,
        actor_name=actor.username,
        action=str(action),
        entity_type=str(entity_type) if entity_type is not None else "",
        entity_id=entity_id,
        student_id=student_id,
        purpose=purpose,
        # Round-trip through JSON so dates and enums are stored exactly as they are hashed.
        detail=json.loads(json.dumps(detail or {}, ensure_ascii=False, default=str)),
        prev_hash=last.hash if last is not None else "",
    )
    event.hash = event_hash(event)
    session.add(event)
    session.flush()
    return event


_CHAIN_BATCH = 5000

_ENCODE = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode
_STORED_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")
_TEXT_MEMO_LIMIT = 50_000

_RAW_COLUMNS = "id, at, actor_id, actor_name, action, entity_type, entity_id, student_id, purpose, detail, prev_hash, hash"


@dataclass
class ChainWalk:
    """What one walk over the audit chain found.

    ``marks`` maps each requested event id that exists to (events up to and including it, its
    stored hash); ``problems`` are the chain's own faults (edited, inserted, deleted events).
    """

    problems: list[str] = field(default_factory=list)
    count: int = 0
    head_id: int | None = None
    head_hash: str = ""
    marks: dict[int, tuple[int, str]] = field(default_factory=dict)


class _CanonicalText:
    """The exact text `_hash_values` hashes, built from the raw stored values of a row.

    `json.dumps(..., sort_keys=True)` per event is most of the cost of a chain walk; here the
    fixed keys are laid out once, and the few repeated values (actions, names, kinds of record,
    details) are encoded once and remembered. Anything unusual falls back to the same encoder, so
    the text is the same as the ORM path's for every row.
    """

    def __init__(self, dialect: Dialect) -> None:
        self._texts: dict[str, str] = {}
        self._details: dict[str, str] = {"{}": "{}"}
        # How the ORM turns a stored time into a datetime, for stored times of another shape.
        column_type = AuditEvent.__table__.c.at.type
        self._parse_time = column_type.dialect_impl(dialect).result_processor(dialect, None)

    def text(self, value: Any) -> str:
        if type(value) is not str:
            return _ENCODE(value)
        found = self._texts.get(value)
        if found is None:
            found = _ENCODE(value)
            if len(self._texts) < _TEXT_MEMO_LIMIT:
                self._texts[value] = found
        return found

    def detail(self, raw: Any) -> str:
        if raw is None:
            return "null"
        if type(raw) is not str:
            return _ENCODE(raw)
        found = self._details.get(raw)
        if found is None:
            found = _ENCODE(json.loads(raw))
            if len(self._details) < _TEXT_MEMO_LIMIT:
                self._details[raw] = found
        return found

    def time(self, raw: Any) -> str:
        if type(raw) is str and _STORED_TIME.fullmatch(raw):
            return f'"{raw[:10]}T{raw[11:]}"'
        value = self._parse_time(raw) if self._parse_time is not None and type(raw) is str else raw
        if not isinstance(value, datetime):
            return _ENCODE(value)  # no time at all: the event cannot match its hash
        return _ENCODE(_canonical_time(value))

    @staticmethod
    def number(value: Any) -> str:
        if value is None:
            return "null"
        return str(value) if type(value) is int else _ENCODE(value)

    def hash_row(self, row: tuple[Any, ...]) -> str:
        _id, at, actor_id, actor_name, action, entity_type, entity_id, student_id, purpose, detail, prev = (
            row[:11]
        )
        number, text = self.number, self.text
        prev_text = f'"{prev}"' if type(prev) is str and prev.isascii() and prev.isalnum() else _ENCODE(prev)
        body = (
            f'{{"action":{text(action)},"actor_id":{number(actor_id)},"actor_name":{text(actor_name)},'
            f'"at":{self.time(at)},"detail":{self.detail(detail)},"entity_id":{number(entity_id)},'
            f'"entity_type":{text(entity_type)},"prev":{prev_text},"purpose":{text(purpose)},'
            f'"student_id":{number(student_id)}}}'
        )
        return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _raw_rows(session: Session) -> Iterator[tuple[Any, ...]]:
    """Every audit event as the driver returns it (no ORM, no type conversion), oldest first."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        statement = f"SELECT {_RAW_COLUMNS} FROM audit_event ORDER BY id"
        driver_error: type[Exception] = connection.dialect.dbapi.Error  # type: ignore[union-attr]
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(statement)
            while rows := cursor.fetchmany(_CHAIN_BATCH):
                yield from rows
        except driver_error as exc:
            # Reported like any failed query (a damaged page, say): callers handle DBAPIError.
            raise DBAPIError.instance(statement, None, exc, driver_error) from exc
        finally:
            cursor.close()
        return
    # Other databases: the same walk over plain rows through SQLAlchemy (no SQLite-only SQL here).
    columns = [getattr(AuditEvent, name) for name in ("id", *_HASHED, "hash")]
    for row in session.execute(
        select(*columns).order_by(AuditEvent.id).execution_options(yield_per=_CHAIN_BATCH)
    ):
        event_id, at, *rest = tuple(row)
        yield (event_id, _canonical_time(at).replace("T", " "), *rest[:7], json.dumps(rest[7]), *rest[8:])


def walk_chain(session: Session, marks: Iterable[int] = ()) -> ChainWalk:
    """Walk the whole audit chain once: its faults, its length and head, and the position and
    stored hash of each event id in ``marks`` (the heads of signed checkpoints)."""
    wanted = set(marks)
    walk = ChainWalk()
    canonical = _CanonicalText(session.connection().dialect)
    previous = ""
    count = 0
    event_id: int | None = None
    stored = ""
    for row in _raw_rows(session):
        event_id, stored = row[0], row[11]
        count += 1
        if row[10] != previous:
            walk.problems.append(
                f"audit event {event_id}: chain broken before it (inserted or deleted event)"
            )
        if canonical.hash_row(row) != stored:
            walk.problems.append(f"audit event {event_id}: contents changed after it was written")
        if event_id in wanted:
            walk.marks[event_id] = (count, stored)
        previous = stored
    walk.count, walk.head_id, walk.head_hash = count, event_id, stored if event_id is not None else ""
    return walk


def verify_chain(session: Session) -> list[str]:
    """Problems found in the audit chain, oldest first; an empty list means it is intact.

    Reads the events in batches of plain driver rows (no ORM objects kept), so memory stays flat
    however long the log is.
    """
    return walk_chain(session).problems


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The before/after pairs of the fields that differ, for an UPDATE event's detail."""
    keys = sorted(set(before) | set(after))
    return {
        k: {"before": before.get(k), "after": after.get(k)} for k in keys if before.get(k) != after.get(k)
    }
