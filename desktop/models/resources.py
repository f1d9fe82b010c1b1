"""External organisations, interventions, their sessions, and referrals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, TimestampMixin, enum_column
from desktop.models.enums import Attendance, InterventionStatus, OrganisationKind, ReferralStatus
from desktop.models.school import StaffAccount
from desktop.models.taxonomy import SupportType


class Organisation(TimestampMixin, Base):
    """An external organisation of the school's directory (DESIGN §1.3)."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind))
    services: Mapped[str] = mapped_column(Text, default="")
    contact_person: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    # Shared-school and online-school programs can be recognised as classes or credits.
    recognised_as_class_hours: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Intervention(TimestampMixin, Base):
    """A support given to a case by exactly one provider: an internal staff member or an
    external organisation."""

    __tablename__ = "intervention"
    __table_args__ = (
        CheckConstraint(
            "(provider_staff_id IS NULL) <> (provider_organisation_id IS NULL)", name="one_provider"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"), index=True)
    support_type_id: Mapped[int | None] = mapped_column(ForeignKey("support_type.id"), nullable=True)
    plan_action_id: Mapped[int | None] = mapped_column(ForeignKey("plan_action.id"), nullable=True)
    title: Mapped[str] = mapped_column(String(120))
    provider_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_account.id"), nullable=True, index=True
    )
    provider_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id"), nullable=True, index=True
    )
    status: Mapped[InterventionStatus] = mapped_column(
        enum_column(InterventionStatus), default=InterventionStatus.PLANNED
    )
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    planned_hours: Mapped[float] = mapped_column(Numeric(7, 1, asdecimal=False), default=0)
    weekly_hours: Mapped[float] = mapped_column(Numeric(5, 1, asdecimal=False), default=0)
    recognised_as_class_hours: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    support_type: Mapped[SupportType | None] = relationship()
    provider_staff: Mapped[StaffAccount | None] = relationship()
    provider_organisation: Mapped[Organisation | None] = relationship()
    sessions: Mapped[list[SupportSession]] = relationship(
        back_populates="intervention", cascade="all, delete-orphan", order_by="SupportSession.held_on"
    )


class SupportSession(TimestampMixin, Base):
    """One session of an intervention (a counselling hour, a tutoring lesson, a home visit)."""

    __tablename__ = "support_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    intervention_id: Mapped[int] = mapped_column(
        ForeignKey("intervention.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=40)
    attendance: Mapped[Attendance] = mapped_column(enum_column(Attendance), default=Attendance.ATTENDED)
    notes: Mapped[str] = mapped_column(Text, default="")
    progress_rating: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1..5
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)

    intervention: Mapped[Intervention] = relationship(back_populates="sessions")


class Referral(TimestampMixin, Base):
    """A referral (연계) of a case to an external organisation — a loop that stays open until
    its outcome is recorded."""

    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    intervention_id: Mapped[int | None] = mapped_column(ForeignKey("intervention.id"), nullable=True)
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consent.id"), nullable=True)
    # Sharing without consent is allowed only with a recorded reason (e.g. suspected abuse).
    consent_override_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ReferralStatus] = mapped_column(enum_column(ReferralStatus), default=ReferralStatus.DRAFT)
    reason: Mapped[str] = mapped_column(Text, default="")
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expected_response_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    responded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    delivered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)

    organisation: Mapped[Organisation] = relationship()
    intervention: Mapped[Intervention | None] = relationship()
