"""Set-up's default taxonomy (DESIGN §1.2): six need domains and the twelve support types of Act §11①."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import NeedCategory, NeedDomain, School, SupportType
from desktop.services.setup import seed_taxonomy


def test_six_default_domains_in_order(db: Session) -> None:
    domains = db.scalars(select(NeedDomain).order_by(NeedDomain.sort_order)).all()
    assert [d.name_ko for d in domains] == [
        "학습",
        "심리·정서",
        "돌봄·안전·건강",
        "경제·생활",
        "진로",
        "기타",
    ]
    assert all(d.active for d in domains)
    learning = domains[0]
    assert [c.code for c in learning.categories] == ["basic_skills", "subject_gap", "dropout_risk"]


def test_twelve_support_types(db: Session) -> None:
    types = db.scalars(select(SupportType).order_by(SupportType.sort_order)).all()
    assert len(types) == 12
    assert types[0].name_ko == "교육복지비 지원"
    assert types[-1].code == "committee_approved"
    assert len({t.code for t in types}) == 12


def test_seeding_again_adds_nothing(db: Session) -> None:
    counts = [db.query(m).count() for m in (NeedDomain, NeedCategory, SupportType)]
    seed_taxonomy(db)
    db.commit()
    assert [db.query(m).count() for m in (NeedDomain, NeedCategory, SupportType)] == counts == [6, 18, 12]


def test_school_row_is_created(db: Session) -> None:
    school = db.scalars(select(School)).one()
    assert (school.name, school.team_name) == ("테스트초등학교", "학생맞춤통합지원팀")
