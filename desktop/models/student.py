"""Students and their background."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, TimestampMixin, enum_column
from desktop.models.enums import EnrolmentStatus, FamilyType, Sex


class Student(TimestampMixin, Base):
    """A student of the school (학생). Background flags follow DESIGN §1.2."""

    __tablename__ = "student"
    __table_args__ = (Index("ix_student_grade_class_number", "grade", "class_no", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    student_no: Mapped[str | None] = mapped_column(String(20), unique=True, nullable=True)  # 학번
    grade: Mapped[int] = mapped_column(Integer)
    class_no: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60), index=True)
    sex: Mapped[Sex] = mapped_column(enum_column(Sex))
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    guardian_name: Mapped[str] = mapped_column(String(60), default="")
    guardian_relation: Mapped[str] = mapped_column(String(20), default="")
    guardian_phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    # Background flags (기초생활수급, 법정한부모, 차상위, 다문화, 특수교육대상, 북한이탈, 경계선 지능 의심).
    basic_livelihood: Mapped[bool] = mapped_column(Boolean, default=False)
    single_parent_legal: Mapped[bool] = mapped_column(Boolean, default=False)
    near_poverty: Mapped[bool] = mapped_column(Boolean, default=False)
    multicultural: Mapped[bool] = mapped_column(Boolean, default=False)
    special_education: Mapped[bool] = mapped_column(Boolean, default=False)
    north_korean_defector: Mapped[bool] = mapped_column(Boolean, default=False)
    borderline_intelligence_suspected: Mapped[bool] = mapped_column(Boolean, default=False)
    family_type: Mapped[FamilyType | None] = mapped_column(enum_column(FamilyType), nullable=True)
    status: Mapped[EnrolmentStatus] = mapped_column(
        enum_column(EnrolmentStatus), default=EnrolmentStatus.ENROLLED
    )
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


BACKGROUND_FLAGS: tuple[str, ...] = (
    "basic_livelihood",
    "single_parent_legal",
    "near_poverty",
    "multicultural",
    "special_education",
    "north_korean_defector",
    "borderline_intelligence_suspected",
)
"""Names of the boolean background-flag columns of Student, in display order."""
