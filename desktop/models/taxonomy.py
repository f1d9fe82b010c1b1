"""Need domains, their categories and support types — configurable per school."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base


class NeedDomain(Base):
    """A domain of need (학습, 심리·정서, 돌봄·안전·건강, 경제·생활, 진로, 기타)."""

    __tablename__ = "need_domain"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_ko: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    categories: Mapped[list[NeedCategory]] = relationship(
        back_populates="domain", order_by="NeedCategory.sort_order"
    )


class NeedCategory(Base):
    """A specific need inside a domain (e.g. 기초학력 under 학습)."""

    __tablename__ = "need_category"
    __table_args__ = (UniqueConstraint("domain_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    domain_id: Mapped[int] = mapped_column(ForeignKey("need_domain.id"))
    code: Mapped[str] = mapped_column(String(40))
    name_ko: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    domain: Mapped[NeedDomain] = relationship(back_populates="categories")


class SupportType(Base):
    """A type of support under Act §11① (교육복지비, 심리상담, ...)."""

    __tablename__ = "support_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_ko: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(80))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
