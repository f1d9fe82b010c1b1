"""The audit log anchored outside the database (DESIGN §3): signed checkpoints of the hash chain.

Anyone with the database key can rewrite the hash chain with its public formula. What they cannot
do is sign: an administrator's session (and the recovery code) holds the school's Ed25519 audit
seed, and at every administrator log-in and log-out, every backup, every monthly review and every
restore the head of the chain (event count, last event id and hash, time, reason) is signed and
stored in ``audit_checkpoint``; a backup's manifest carries the same signed head, outside the
database. ``verify`` (what ``dodam check`` runs) then reports:

- any fault of the chain itself (edited, inserted, deleted, re-ordered events);
- a chain whose hash at a checkpoint's head differs from the signed one (rewritten and re-chained
  before it), or whose count differs, or which no longer reaches it (truncated);
- the same against the signed head in the newest backup's manifest;
- a checkpoint whose signature does not verify with the school's audit key (forged);
- an unsigned tail longer than one working session: after the last signed checkpoint, an
  administrator's log-in or log-out (their app signs those, so an unsigned one was not written by
  it: a problem), more than one log-in, or an oldest unsigned event more than 24 hours old (both
  warnings: they also happen when only non-administrators used Dodam for a while);
- a review mark that differs from the REVIEW events of the chain.

What stays possible: events after the last signed checkpoint
can be dropped or forged by someone with the database key (the tail rules bound how much); and
someone who deletes both the newest checkpoints and the events after an older one is caught only
by a backup taken after them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.models import AuditCheckpoint, AuditEvent, AuditReview, StaffAccount
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.storage.errors import DatabaseDamagedError
from desktop.storage.keyslots import sign, signature_valid

if TYPE_CHECKING:
    from desktop.storage.vault import IntegrityReport, Vault

TAIL_MAX_AGE = timedelta(hours=24)
"""An unsigned tail whose oldest event is older than this spans more than one working session."""

_MESSAGE_PREFIX = b"dodam-audit-checkpoint-1\n"


# --- the signed head -----------------------------------------------------------------------------


def _utc(at: datetime) -> datetime:
    # SQLite hands stored UTC back naive.
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


@dataclass(frozen=True)
class SignedHead:
    """The head of the audit chain at one moment, and the audit key's signature of it."""

    database_id: str
    event_count: int
    head_event_id: int | None
    head_hash: str
    at: datetime  # aware UTC, microseconds dropped
    reason: str
    signer: str
    signature: bytes | None

    def message(self) -> bytes:
        """The bytes the audit key signs (JSON of the fields: unambiguous whatever they hold)."""
        fields = [
            self.database_id,
            self.event_count,
            self.head_event_id,
            self.head_hash,
            _utc(self.at).replace(microsecond=0).isoformat(),
            self.reason,
            self.signer,
        ]
        return _MESSAGE_PREFIX + json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def valid(self, public_key: bytes | None) -> bool:
        """True if signed by ``public_key``."""
        if public_key is None or self.signature is None:
            return False
        return signature_valid(public_key, self.message(), self.signature)

    def to_json(self) -> dict[str, Any]:
        """The head as a backup manifest stores it."""
        return {
            "database_id": self.database_id,
            "event_count": self.event_count,
            "head_event_id": self.head_event_id,
            "head_hash": self.head_hash,
            "at": _utc(self.at).replace(microsecond=0).isoformat(),
            "reason": self.reason,
            "signer": self.signer,
            "signature": base64.b64encode(self.signature).decode("ascii") if self.signature else None,
        }

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> SignedHead:
        """Parse ``to_json``'s form; raises ValueError/KeyError/TypeError when malformed."""
        signature = document.get("signature")
        head_id = document["head_event_id"]
        return cls(
            database_id=str(uuid.UUID(str(document["database_id"]))),
            event_count=int(document["event_count"]),
            head_event_id=int(head_id) if head_id is not None else None,
            head_hash=str(document["head_hash"]),
            at=_utc(datetime.fromisoformat(str(document["at"]))),
            reason=str(document["reason"]),
            signer=str(document["signer"]),
            signature=base64.b64decode(str(signature), validate=True) if signature else None,
        )

    @classmethod
    def of(cls, row: AuditCheckpoint, database_id: str) -> SignedHead:
        return cls(
            database_id=database_id,
            event_count=row.event_count,
            head_event_id=row.head_event_id,
            head_hash=row.head_hash,
            at=_utc(row.at),
            reason=row.reason,
            signer=row.signer,
            signature=bytes(row.signature) if row.signature else None,
        )


def database_id(session: Session) -> str:
    """The id of the school's database: the salt in its first 16 bytes (a UUID4)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return ""
    row = connection.exec_driver_sql("PRAGMA cipher_salt").first()
    if row is None or not row[0]:
        return ""
    return str(uuid.UUID(hex=str(row[0])))


def _keys(session: Session) -> tuple[bytes | None, bytes | None, str]:
    keys = session.info.get("keys")
    if keys is None:
        return None, None, ""
    return keys.audit_seed, keys.audit_public_key, keys.username or ""


def _has_checkpoints_table(session: Session) -> bool:
    # `check` opens without migrating: a database of an older schema has no checkpoints yet.
    return bool(inspect(session.connection()).has_table(AuditCheckpoint.__tablename__))


def _checkpoints(session: Session) -> list[AuditCheckpoint]:
    if not _has_checkpoints_table(session):
        return []
    return list(session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id)))


def _event_count(session: Session, public_key: bytes, db_id: str) -> int:
    """Events in the log: counted from the newest valid checkpoint whose head is unchanged (a range
    of the primary key), else all of them."""
    newest = session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id.desc()).limit(1)).first()
    if newest is not None and newest.head_event_id is not None:
        head = SignedHead.of(newest, db_id)
        stored = session.scalar(select(AuditEvent.hash).where(AuditEvent.id == newest.head_event_id))
        if stored == newest.head_hash and head.valid(public_key):
            after = session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.id > newest.head_event_id)
            )
            return newest.event_count + (after or 0)
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def checkpoint(session: Session, reason: str, *, now: datetime | None = None) -> SignedHead | None:
    """Sign the chain's current head with the audit seed and store it (flushes; the caller commits).

    Returns None, storing nothing, when this session does not hold the audit seed (not an
    administrator): an unsigned checkpoint would prove nothing.
    """
    seed, public_key, signer = _keys(session)
    if seed is None or public_key is None or not _has_checkpoints_table(session):
        return None  # no seed, or a database opened without its upgrade (no checkpoint table yet)
    session.flush()
    db_id = database_id(session)
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    unsigned = SignedHead(
        database_id=db_id,
        event_count=_event_count(session, public_key, db_id),
        head_event_id=last[0] if last is not None else None,
        head_hash=last[1] if last is not None else "",
        at=(now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0),
        reason=reason,
        signer=signer,
        signature=None,
    )
    signature = sign(seed, unsigned.message())
    session.add(
        AuditCheckpoint(
            at=unsigned.at,
            event_count=unsigned.event_count,
            head_event_id=unsigned.head_event_id,
            head_hash=unsigned.head_hash,
            reason=reason,
            signer=signer,
            signature=signature,
        )
    )
    session.flush()
    return SignedHead(**{**unsigned.__dict__, "signature": signature})


def current_head(session: Session, reason: str) -> SignedHead:
    """The chain's head now, signed when this session holds the audit seed (for a backup manifest:
    an automatic backup by a non-administrator still records how long the log was)."""
    signed = checkpoint(session, reason)
    if signed is not None:
        return signed
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    return SignedHead(
        database_id=database_id(session),
        event_count=session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        head_event_id=last[0] if last is not None else None,
        head_hash=last[1] if last is not None else "",
        at=datetime.now(UTC).replace(microsecond=0),
        reason=reason,
        signer=_keys(session)[2],
        signature=None,
    )


def record_logout(vault: Vault, actor: Actor) -> None:
    """Record the LOGOUT of ``actor`` and, for an administrator, sign the head after it. Commits.
    Call before the vault is closed (log-out from the lock screen, closing the main window)."""
    with vault.session() as session:
        audit.record(
            session,
            actor,
            AuditAction.LOGOUT,
            entity_type=AuditRecord.STAFF_ACCOUNT,
            entity_id=actor.staff_id,
        )
        checkpoint(session, "logout")
        session.commit()


# --- verification --------------------------------------------------------------------------------


@dataclass
class AnchorReport:
    """What ``verify`` found: problems (tampering), warnings (an unsigned tail longer than one
    working session, nothing signed yet) and the newest signed head."""

    events: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    head: SignedHead | None = None
    head_verified: bool = False


def _time_text(at: datetime) -> str:
    return _utc(at).strftime("%Y-%m-%d %H:%M UTC")


def _compare(walk: audit.ChainWalk, head: SignedHead, what: str) -> list[str]:
    """Problems of the chain against one signed head."""
    if head.head_event_id is None:
        return []
    mark = walk.marks.get(head.head_event_id)
    if mark is None:
        return [
            f"audit log truncated: {what} signed {head.event_count} events up to event {head.head_event_id}, "
            f"which is gone (the log now has {walk.count} events)"
        ]
    count, stored = mark
    if stored != head.head_hash:
        return [
            f"audit log rewritten before {what}: the hash at event {head.head_event_id} differs from the signed one "
            "(events edited, inserted, deleted or re-ordered and the chain recomputed)"
        ]
    if count != head.event_count:
        return [
            f"audit log changed before {what}: {count} events up to event {head.head_event_id}, "
            f"{head.event_count} signed (events inserted or deleted)"
        ]
    return []


def _newest_backup_head(session: Session, folder: Path | None) -> tuple[SignedHead, datetime] | None:
    from desktop.config import Settings
    from desktop.services import settings_store
    from desktop.storage.backup import newest_verified

    if folder is None:
        setting = settings_store.get(session, Settings.BACKUP_FOLDER)
        if not setting:
            return None
        folder = Path(setting)
    if not folder.is_dir():
        return None
    newest = newest_verified(folder)
    if newest is None or newest.audit_head is None:
        return None
    try:
        return SignedHead.from_json(newest.audit_head), newest.created
    except (ValueError, KeyError, TypeError):
        return None


def _review_problems(session: Session) -> list[str]:
    """Review marks (audit_review rows) that differ from the REVIEW events of the chain."""
    events: dict[str, AuditEvent] = {}
    for event in session.scalars(
        select(AuditEvent).where(AuditEvent.action == AuditAction.REVIEW.value).order_by(AuditEvent.id)
    ):
        month = (event.detail or {}).get("month") if isinstance(event.detail, dict) else None
        if isinstance(month, str):
            events.setdefault(month, event)
    problems: list[str] = []
    rows = {row.month: row for row in session.scalars(select(AuditReview))}
    for month, row in sorted(rows.items()):
        found = events.get(month)
        if found is None:
            problems.append(
                f"review mark of {month} has no REVIEW event in the audit log (added outside Dodam)"
            )
            continue
        event = found
        note_hash = event.detail.get("note_sha256")
        if (
            row.reviewed_by != event.actor_id
            or (event.entity_id is not None and event.entity_id != row.id)
            or (note_hash is not None and note_hash != note_digest(row.note))
        ):
            problems.append(
                f"review mark of {month} differs from its REVIEW event in the audit log (changed)"
            )
    for month in sorted(set(events) - set(rows)):
        problems.append(f"review mark of {month} was deleted (its REVIEW event is in the audit log)")
    return problems


def note_digest(note: str) -> str:
    """SHA-256 of a review's note, kept in its REVIEW event (the note itself is free text)."""
    return hashlib.sha256(note.strip().encode("utf-8")).hexdigest()


def _tail(
    session: Session, after_id: int | None, now: datetime, report: AnchorReport, signed_from: str
) -> None:
    """The rules for events after the last signed checkpoint (``after_id``; None: no checkpoint)."""
    if after_id is None:
        if report.events:
            report.warnings.append(
                "the audit log has no signed checkpoint yet (an administrator's log-in makes the first)"
            )
        return
    sessions = session.execute(
        select(
            AuditEvent.id, AuditEvent.action, AuditEvent.actor_name, StaffAccount.is_admin, AuditEvent.detail
        )
        .outerjoin(StaffAccount, StaffAccount.id == AuditEvent.actor_id)
        .where(
            AuditEvent.id > after_id,
            AuditEvent.action.in_((AuditAction.LOGIN.value, AuditAction.LOGOUT.value)),
        )
        .order_by(AuditEvent.id)
    ).all()
    for event_id, action, name, is_admin, detail in sessions:
        # Unlocking an idle-locked session is recorded as a LOGIN too, and not signed.
        unlock = isinstance(detail, dict) and str(detail.get("via", "")).startswith("unlock_")
        if is_admin and not unlock:
            report.problems.append(
                f"audit event {event_id}: an administrator's {action} ({name}) that no checkpoint signs "
                "(Dodam signs those: forged, or written without the audit key)"
            )
    logins = sum(1 for row in sessions if row[1] == AuditAction.LOGIN.value)
    if logins > 1:
        report.warnings.append(
            f"{logins} log-ins after the last signed checkpoint ({signed_from}): the unsigned part of the "
            "log spans more than one working session — an administrator's log-in signs it"
        )
    oldest = session.scalar(select(func.min(AuditEvent.at)).where(AuditEvent.id > after_id))
    if oldest is not None and now - _utc(oldest) > TAIL_MAX_AGE:
        report.warnings.append(
            f"unsigned audit events since {_time_text(oldest)} (more than 24 hours, after the last signed "
            f"checkpoint of {signed_from}) — an administrator's log-in signs them"
        )


def verify(
    session: Session,
    *,
    backup_folder: Path | None = None,
    key_replaced: bool = False,
    now: datetime | None = None,
) -> AnchorReport:
    """Everything ``dodam check`` reports about the audit log (reads only; walks every event)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    _seed, public_key, _signer = _keys(session)
    db_id = database_id(session)
    report = AnchorReport()
    if key_replaced:
        report.problems.append(
            "the key file names another audit key than the one administrators hold (replaced outside Dodam)"
        )
    valid: list[SignedHead] = []
    for row in _checkpoints(session):
        head = SignedHead.of(row, db_id)
        if public_key is None:
            continue
        if head.valid(public_key):
            valid.append(head)
        else:
            report.problems.append(
                f"audit checkpoint {row.id} ({_time_text(row.at)}) is not signed by this school's audit key (forged)"
            )
    if public_key is None and valid == [] and _has_checkpoints_table(session):
        report.warnings.append("this school has no audit key: checkpoints cannot be verified")
    backup = _newest_backup_head(session, backup_folder)
    marks = {h.head_event_id for h in valid if h.head_event_id is not None}
    if backup is not None and backup[0].head_event_id is not None:
        marks.add(backup[0].head_event_id)
    walk = audit.walk_chain(session, marks)
    report.events = walk.count
    report.problems += walk.problems
    if walk.count == 0:
        report.problems.append("the audit log is empty: every school records at least its set-up (deleted)")
    for head in valid:
        report.problems += _compare(walk, head, f"the checkpoint of {_time_text(head.at)} ({head.reason})")
    newest = max(valid, key=lambda h: (h.head_event_id or 0, h.at), default=None)
    if backup is not None:
        head, created = backup
        signed_ok = head.valid(public_key)
        if head.database_id != db_id:
            pass  # a backup of another school in the same folder
        elif head.signature is not None and not signed_ok:
            report.problems.append(
                f"the audit head in the backup of {_time_text(created)} is not signed by this school's audit key"
            )
        elif not _restored_since(session, created, newest):
            report.problems += _compare(walk, head, f"the backup of {_time_text(created)}")
    report.head = newest
    report.head_verified = newest is not None
    _tail(
        session,
        newest.head_event_id if newest else None,
        now,
        report,
        _time_text(newest.at) if newest else "",
    )
    report.problems += _review_problems(session)
    return report


def _restored_since(session: Session, created: datetime, newest: SignedHead | None) -> bool:
    """True if a signed RESTORE event after the backup's time explains a shorter log (the school was
    put back to an older backup since)."""
    if newest is None or newest.head_event_id is None:
        return False
    found = session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(
            AuditEvent.action == AuditAction.RESTORE.value,
            AuditEvent.id <= newest.head_event_id,
            AuditEvent.at >= created.astimezone(UTC),
        )
    )
    return bool(found)


def check_vault(vault: Vault) -> tuple[IntegrityReport, AnchorReport]:
    """``dodam check``'s two halves side by side: SQLCipher's and SQLite's checks (C code, on their
    own connection) and the audit walk (Python) run at the same time on two cores. The audit result
    counts only when every page passed its check."""
    integrity: list[IntegrityReport] = []
    errors: list[BaseException] = []

    def run_check() -> None:
        try:
            integrity.append(vault.check())
        except BaseException as exc:  # handed to the caller below
            errors.append(exc)

    worker = threading.Thread(target=run_check, name="dodam-check")
    worker.start()
    anchor = AnchorReport()
    failure: BaseException | None = None
    try:
        with vault.session() as session:
            try:
                anchor = verify(session, key_replaced=vault.audit_key_replaced())
            finally:
                session.rollback()
    except DBAPIError as exc:  # a damaged page: the integrity check says which
        failure = exc
    finally:
        worker.join()
    if errors:
        raise errors[0]
    report = integrity[0]
    if not report.ok:
        return report, AnchorReport()
    if failure is not None:
        raise DatabaseDamagedError(f"the audit log cannot be read: {failure}") from failure
    return report, anchor
