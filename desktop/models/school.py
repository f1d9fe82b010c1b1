"""The school, its settings and its staff accounts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, TimestampMixin, enum_column
from desktop.models.enums import Role, SchoolLevel, StaffSpecialty


class School(TimestampMixin, Base):
    """The one school this database belongs to (a single row)."""

    __tablename__ = "school"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # The name the school gives its 학생맞춤통합지원팀 (e.g. "도담지원팀").
    team_name: Mapped[str] = mapped_column(String(100), default="학생맞춤통합지원팀")
    level: Mapped[SchoolLevel] = mapped_column(enum_column(SchoolLevel), default=SchoolLevel.ELEMENTARY)
    education_office: Mapped[str] = mapped_column(String(100), default="")
    district_office: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class AppSetting(Base):
    """A value of the typed settings registry (desktop.config) stored with the school's data."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class StaffAccount(TimestampMixin, Base):
    """A staff member. Those who log in have a key slot under their username in school.keys."""

    __tablename__ = "staff_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    # Position as printed on minutes: 교장, 교감, 교육복지사, 전문상담교사, 보건교사, 담임교사, ...
    position: Mapped[str] = mapped_column(String(40), default="")
    specialty: Mapped[StaffSpecialty | None] = mapped_column(enum_column(StaffSpecialty), nullable=True)
    homeroom_grade: Mapped[int | None] = mapped_column(Integer, nullable=True)
    homeroom_class: Mapped[int | None] = mapped_column(Integer, nullable=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    weekly_capacity_hours: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
