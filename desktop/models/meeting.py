"""Committee meetings (회의): attendees, agenda items, decisions, action items, addenda."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, TimestampMixin, enum_column, utcnow
from desktop.models.enums import AgendaKind, CaseState, DecisionOutcome, MeetingStatus, MeetingType
from desktop.models.school import StaffAccount


class Meeting(TimestampMixin, Base):
    """A meeting of the team: selection, planning, review, closure or emergency (DESIGN §1.4)."""

    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_type: Mapped[MeetingType] = mapped_column(enum_column(MeetingType))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)  # number in the year: 제N차
    title: Mapped[str] = mapped_column(String(120), default="")
    held_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    place: Mapped[str] = mapped_column(String(100), default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus), default=MeetingStatus.PLANNED)
    # Hash of the finalised minutes: any later change must be an addendum.
    content_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decisions_applied_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    chair: Mapped[StaffAccount | None] = relationship(foreign_keys=[chair_id])
    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingAttendee.sort_order"
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.sort_order"
    )
    addenda: Mapped[list[MinutesAddendum]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MinutesAddendum.written_at"
    )


class MeetingAttendee(Base):
    """A person invited to a meeting: a staff member or an external guest. `present=False` is an
    absentee."""

    __tablename__ = "meeting_attendee"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(60))
    position: Mapped[str] = mapped_column(String(60), default="")
    organisation: Mapped[str] = mapped_column(String(100), default="")
    external: Mapped[bool] = mapped_column(Boolean, default=False)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")


class AgendaItem(Base):
    """An item on a meeting's agenda, usually about one case or one new request."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[AgendaKind] = mapped_column(enum_column(AgendaKind), default=AgendaKind.OTHER)
    title: Mapped[str] = mapped_column(String(200))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("support_case.id"), nullable=True, index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("support_request.id"), nullable=True)
    discussion: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    decision: Mapped[Decision | None] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", uselist=False
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan"
    )


class Decision(Base):
    """The decision taken on an agenda item, with its reason. Applying it changes the case."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), unique=True)
    outcome: Mapped[DecisionOutcome] = mapped_column(enum_column(DecisionOutcome))
    target_state: Mapped[CaseState | None] = mapped_column(enum_column(CaseState), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    applied_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="decision")


class ActionItem(Base):
    """Who does what by when, decided in a meeting. Applying decisions turns it into a task."""

    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id"), nullable=True)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="action_items")
    assignee: Mapped[StaffAccount | None] = relationship()


class MinutesAddendum(Base):
    """A dated addendum to finalised minutes, which are otherwise locked."""

    __tablename__ = "minutes_addendum"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    written_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"), nullable=True)
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="addenda")
