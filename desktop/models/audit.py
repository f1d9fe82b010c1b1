"""The access and change log (DESIGN §1.5): who, when, which student, what — hash-chained."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class AuditEvent(Base):
    """One audited event. `hash` chains over the previous event's hash so that an edited,
    inserted or deleted event is detectable."""

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_at", "at"),
        Index("ix_audit_event_student", "student_id"),
        Index("ix_audit_event_entity_type", "entity_type"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(60), default="")
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # No foreign key: the event must survive the student's purge (it then holds no personal data).
    student_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # No longer read: a month counts as reviewed by its REVIEW event in the chain (a column that
    # anyone with the database key could flip proves nothing). Kept so older databases stay valid.
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class AuditCheckpoint(Base):
    """A signed head of the audit chain: how many events, the last one's id and hash, when and why,
    signed with the school's audit key (held only by administrators and the recovery code), so that
    someone with only the database key cannot rewrite or shorten the log before it unnoticed."""

    __tablename__ = "audit_checkpoint"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    event_count: Mapped[int] = mapped_column(Integer)
    head_event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    head_hash: Mapped[str] = mapped_column(String(64), default="")
    # "login", "logout", "backup", "review", "restore".
    reason: Mapped[str] = mapped_column(String(20))
    signer: Mapped[str] = mapped_column(String(60), default="")
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class AuditReview(Base):
    """A month of the audit log marked as reviewed (DESIGN §1.5: monthly review of the access log)."""

    __tablename__ = "audit_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The reviewed calendar month as "YYYY-MM" (one review per month).
    month: Mapped[str] = mapped_column(String(7), unique=True)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
