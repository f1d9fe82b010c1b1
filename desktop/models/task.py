"""Tasks: reviews, meeting action items and follow-ups, each with an assignee and a due date."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, TimestampMixin, enum_column
from desktop.models.enums import TaskKind, TaskStatus
from desktop.models.school import StaffAccount


class Task(TimestampMixin, Base):
    """Something a staff member must do by a date."""

    __tablename__ = "task"
    __table_args__ = (Index("ix_task_assignee_status_due", "assignee_id", "status", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[TaskKind] = mapped_column(enum_column(TaskKind), default=TaskKind.OTHER)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("support_case.id", ondelete="CASCADE"), nullable=True
    )
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[TaskStatus] = mapped_column(enum_column(TaskStatus), default=TaskStatus.OPEN)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    assignee: Mapped[StaffAccount | None] = relationship()
