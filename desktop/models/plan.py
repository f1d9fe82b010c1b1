"""Support plans (지원계획), versioned, with goals per domain and actions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, TimestampMixin, enum_column
from desktop.models.enums import PlanStatus
from desktop.models.school import StaffAccount
from desktop.models.taxonomy import NeedDomain


class SupportPlan(TimestampMixin, Base):
    """One version of a case's support plan (Act §12①1). Earlier versions are kept as SUPERSEDED."""

    __tablename__ = "support_plan"
    __table_args__ = (UniqueConstraint("case_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[PlanStatus] = mapped_column(enum_column(PlanStatus), default=PlanStatus.DRAFT)
    current_state: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    monitoring_schedule: Mapped[str] = mapped_column(Text, default="")
    review_interval_days: Mapped[int] = mapped_column(Integer, default=30)
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    goals: Mapped[list[PlanGoal]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanGoal.sort_order"
    )
    actions: Mapped[list[PlanAction]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanAction.sort_order"
    )
    author: Mapped[StaffAccount | None] = relationship(foreign_keys=[author_id])
    approved_by: Mapped[StaffAccount | None] = relationship(foreign_keys=[approved_by_id])


class PlanGoal(Base):
    """A goal of a plan in one need domain."""

    __tablename__ = "plan_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("support_plan.id", ondelete="CASCADE"), index=True)
    domain_id: Mapped[int] = mapped_column(ForeignKey("need_domain.id"))
    goal: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[SupportPlan] = relationship(back_populates="goals")
    domain: Mapped[NeedDomain] = relationship()


class PlanAction(Base):
    """An action of a plan: what, by which provider, who is in charge, when and how often."""

    __tablename__ = "plan_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("support_plan.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("plan_goal.id"), nullable=True)
    description: Mapped[str] = mapped_column(Text)
    provider_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    provider_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), nullable=True)
    person_in_charge_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    start_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    frequency: Mapped[str] = mapped_column(String(60), default="")  # e.g. "주 1회 40분"
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[SupportPlan] = relationship(back_populates="actions")
