"""Support requests, cases, their history and notes, and consents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Index, Integer, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, TimestampMixin, enum_column, utcnow
from desktop.models.enums import (
    CaseState,
    ConsentMethod,
    ConsentParty,
    ConsentPurpose,
    NoteCategory,
    Priority,
    RequesterKind,
    RequestStatus,
)
from desktop.models.school import StaffAccount
from desktop.models.student import Student
from desktop.models.taxonomy import NeedCategory, NeedDomain, SupportType

request_domain = Table(
    "request_domain",
    Base.metadata,
    Column("request_id", ForeignKey("support_request.id", ondelete="CASCADE"), primary_key=True),
    Column("domain_id", ForeignKey("need_domain.id"), primary_key=True),
)

case_domain = Table(
    "case_domain",
    Base.metadata,
    Column("case_id", ForeignKey("support_case.id", ondelete="CASCADE"), primary_key=True),
    Column("domain_id", ForeignKey("need_domain.id"), primary_key=True),
)

case_need_category = Table(
    "case_need_category",
    Base.metadata,
    Column("case_id", ForeignKey("support_case.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("need_category.id"), primary_key=True),
)

case_support_type = Table(
    "case_support_type",
    Base.metadata,
    Column("case_id", ForeignKey("support_case.id", ondelete="CASCADE"), primary_key=True),
    Column("support_type_id", ForeignKey("support_type.id"), primary_key=True),
)


class SupportRequest(TimestampMixin, Base):
    """A request for support (신청), by the student, the guardian or a staff member."""

    __tablename__ = "support_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    requester_kind: Mapped[RequesterKind] = mapped_column(enum_column(RequesterKind))
    requester_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    requester_name: Mapped[str] = mapped_column(String(60), default="")
    received_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    # Evidence the selection meeting weighs (decree §10): 기초학력진단, 교사 의견, 보호자 상담.
    evidence_basic_skills: Mapped[str] = mapped_column(Text, default="")
    evidence_teacher_opinion: Mapped[str] = mapped_column(Text, default="")
    evidence_guardian_counselling: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[RequestStatus] = mapped_column(enum_column(RequestStatus), default=RequestStatus.NEW)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("support_case.id"), nullable=True, index=True)
    filed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)

    student: Mapped[Student] = relationship()
    requester_staff: Mapped[StaffAccount | None] = relationship(foreign_keys=[requester_staff_id])
    domains: Mapped[list[NeedDomain]] = relationship(secondary=request_domain)
    case: Mapped[SupportCase | None] = relationship(back_populates="requests", foreign_keys=[case_id])


class SupportCase(TimestampMixin, Base):
    """A case (사례): one student's path from request to closure (DESIGN §1.1)."""

    __tablename__ = "support_case"
    __table_args__ = (
        Index("ix_support_case_state_priority", "state", "priority"),
        # The order of case codes (desktop.services.listing.case_code_key): year, then number.
        Index("ix_support_case_code_order", text("substr(code, 1, 5)"), text("length(code)"), "code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Pseudonymous code printed instead of the name (e.g. "2026-014").
    code: Mapped[str] = mapped_column(String(20), unique=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    state: Mapped[CaseState] = mapped_column(enum_column(CaseState), default=CaseState.REQUESTED)
    priority: Mapped[Priority] = mapped_column(enum_column(Priority), default=Priority.MEDIUM)
    risk_level: Mapped[int] = mapped_column(Integer, default=1)  # 1 (low) .. 4 (crisis)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True, index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    selected_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closure_reason: Mapped[str] = mapped_column(Text, default="")
    aftercare: Mapped[str] = mapped_column(Text, default="")
    state_reason: Mapped[str] = mapped_column(Text, default="")  # why it is on hold / not selected / ...
    summary: Mapped[str] = mapped_column(Text, default="")
    # Emergency support (긴급 지원) started before selection, consents and an approved plan were
    # complete: the day it was started and why (the reason stays with the case, not the audit log).
    emergency_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    emergency_reason: Mapped[str] = mapped_column(Text, default="")

    student: Mapped[Student] = relationship()
    manager: Mapped[StaffAccount | None] = relationship()
    domains: Mapped[list[NeedDomain]] = relationship(secondary=case_domain)
    need_categories: Mapped[list[NeedCategory]] = relationship(secondary=case_need_category)
    support_types: Mapped[list[SupportType]] = relationship(secondary=case_support_type)
    requests: Mapped[list[SupportRequest]] = relationship(
        back_populates="case", foreign_keys=[SupportRequest.case_id]
    )
    history: Mapped[list[CaseStateChange]] = relationship(
        back_populates="case", order_by="CaseStateChange.at", cascade="all, delete-orphan"
    )
    consents: Mapped[list[Consent]] = relationship(back_populates="case", cascade="all, delete-orphan")
    notes: Mapped[list[CaseNote]] = relationship(back_populates="case", cascade="all, delete-orphan")


class CaseStateChange(Base):
    """One transition in a case's life, with who did it and why."""

    __tablename__ = "case_state_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"), index=True)
    from_state: Mapped[CaseState | None] = mapped_column(enum_column(CaseState), nullable=True)
    to_state: Mapped[CaseState] = mapped_column(enum_column(CaseState))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"), nullable=True)

    case: Mapped[SupportCase] = relationship(back_populates="history")
    by: Mapped[StaffAccount | None] = relationship()


class CaseNote(TimestampMixin, Base):
    """A note on a case. Restricted notes (abuse, psychiatric, police) are seen only by their
    author, the coordinator and the principal, and are never printed unless explicitly chosen."""

    __tablename__ = "case_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff_account.id"))
    written_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    category: Mapped[NoteCategory] = mapped_column(enum_column(NoteCategory), default=NoteCategory.GENERAL)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)

    case: Mapped[SupportCase] = relationship(back_populates="notes")
    author: Mapped[StaffAccount] = relationship()


class Consent(TimestampMixin, Base):
    """A consent (동의) by one party for one purpose — student and guardian recorded separately
    (Act §11③). `given=False` records an explicit refusal."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"), index=True)
    party: Mapped[ConsentParty] = mapped_column(enum_column(ConsentParty))
    party_name: Mapped[str] = mapped_column(String(60), default="")
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_column(ConsentPurpose))
    recipient_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id"), nullable=True
    )
    recipient: Mapped[str] = mapped_column(String(100), default="")
    given: Mapped[bool] = mapped_column(Boolean, default=True)
    given_on: Mapped[date] = mapped_column(Date)
    method: Mapped[ConsentMethod] = mapped_column(enum_column(ConsentMethod), default=ConsentMethod.WRITTEN)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[SupportCase] = relationship(back_populates="consents")

    def is_valid_on(self, day: date) -> bool:
        """True when this consent was given, is not withdrawn and has not expired on `day`."""
        if not self.given or self.given_on > day:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= day:
            return False
        return not (self.expires_on is not None and self.expires_on < day)


__all__ = [
    "CaseNote",
    "CaseStateChange",
    "Consent",
    "SupportCase",
    "SupportRequest",
    "case_domain",
    "case_need_category",
    "case_support_type",
    "request_domain",
]
