"""The audit log: every change, view, print and export is recorded, hash-chained (DESIGN §1.5).

Each event's hash covers its own fields and the previous event's hash, so editing, inserting or
deleting an event breaks the chain at that point, which `verify_chain` reports.
"""

from __future__ import annotations

import enum
import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
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
    entity_type: str = "",
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
        entity_type=entity_type,
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


def verify_chain(session: Session) -> list[str]:
    """Problems found in the audit chain, oldest first; an empty list means it is intact.

    Reads the events in batches of plain rows (no ORM objects kept), so memory stays flat however
    long the log is.
    """
    problems: list[str] = []
    previous = ""
    columns = [getattr(AuditEvent, name) for name in ("id", *_HASHED, "hash")]
    rows = session.execute(select(*columns).order_by(AuditEvent.id).execution_options(yield_per=_CHAIN_BATCH))
    for row in rows:
        event_id, *fields, stored = row
        values = dict(zip(_HASHED, fields, strict=True))
        if values["prev_hash"] != previous:
            problems.append(f"audit event {event_id}: chain broken before it (inserted or deleted event)")
        if _hash_values(values) != stored:
            problems.append(f"audit event {event_id}: contents changed after it was written")
        previous = stored
    return problems


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The before/after pairs of the fields that differ, for an UPDATE event's detail."""
    keys = sorted(set(before) | set(after))
    return {
        k: {"before": before.get(k), "after": after.get(k)} for k in keys if before.get(k) != after.get(k)
    }
