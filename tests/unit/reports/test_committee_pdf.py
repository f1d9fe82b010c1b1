"""The committee report read back: Korean text and charts in the embedded font, counts that match
the data, masked names unless chosen, no restricted note, and the audit event."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, CaseNote, NoteCategory, StaffAccount, Student, SupportCase
from desktop.reports.base import PrintContext
from desktop.reports.committee import closure_category, collect, committee_report_pdf
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied, ValidationError
from tests.unit.reports.pdf_checks import pdf_text, squash, unembedded_fonts

PURPOSE = "학년말 위원회 보고"
YEAR = (date(2026, 3, 1), date(2027, 2, 28))
SECRET = "경찰 수사 진행 중인 사안으로 외부 공유 금지"


def actor(session: Session, username: str) -> Actor:
    return Actor.of(session.scalars(select(StaffAccount).where(StaffAccount.username == username)).one())


def ctx(**kw: Any) -> PrintContext:
    kw.setdefault("purpose", PURPOSE)
    return PrintContext(printed_by="이미경", printed_at=datetime.now(UTC), school_name="도담초등학교", **kw)


def report(session: Session, who: Actor, start: date, end: date, **kw: Any) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = committee_report_pdf(session, who, start, end, ctx(**kw), out)
    return pages, out.getvalue()


def test_a_year_of_the_demo_in_a_few_pages(demo_vault: Any) -> None:
    with demo_vault.session() as session:
        coordinator = actor(session, "coordinator")
        case = session.scalars(select(SupportCase).order_by(SupportCase.id)).first()
        assert case is not None
        session.add(
            CaseNote(
                case_id=case.id,
                author_id=coordinator.staff_id,
                category=NoteCategory.POLICE,
                restricted=True,
                text=SECRET,
            )
        )
        session.commit()
        names = list(
            session.scalars(select(Student.name).join(SupportCase, SupportCase.student_id == Student.id))
        )
        codes = list(session.scalars(select(SupportCase.code)))

        pages, data = report(session, actor(session, "headteacher"), *YEAR)
        assert 2 <= pages <= 6
        text = squash("\n".join(pdf_text(data)))
        for word in (
            "학생맞춤통합지원운영현황보고",
            "상태별사례수",
            "지원영역별",
            "학년별",
            "지원유형",
            "제공주체",
            "교내인력",
            "외부기관연계",
            "종결및결과",
            "사례목록",
        ):
            assert word in text, word
        for code in codes:  # every demo case was open some time in the school year
            assert code in text
        for name in names:
            assert name not in text
        assert squash(SECRET) not in text
        assert unembedded_fonts(data) == []

        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert (event.action, event.entity_type, event.purpose) == ("print", "committee_report", PURPOSE)
        assert event.detail == {
            "document": "committee_report",
            "full_names": False,
            "include_restricted": False,
            "pages": pages,
        }


def test_full_names_only_when_chosen_and_still_no_restricted_note(demo_vault: Any) -> None:
    with demo_vault.session() as session:
        coordinator = actor(session, "coordinator")
        case = session.scalars(select(SupportCase).order_by(SupportCase.id)).first()
        assert case is not None
        session.add(CaseNote(case_id=case.id, author_id=coordinator.staff_id, restricted=True, text=SECRET))
        session.commit()
        _pages, data = report(session, coordinator, *YEAR, full_names=True, include_restricted=True)
        text = squash("\n".join(pdf_text(data)))
        assert case.student.name in text
        assert squash(SECRET) not in text  # the report holds no notes at all


def test_counts_follow_the_period(demo_vault: Any) -> None:
    with demo_vault.session() as session:
        year = collect(session, *YEAR, today=date(2026, 11, 23))
        assert len(year.cases) == session.scalar(select(func.count()).select_from(SupportCase))
        assert sum(n for _s, n in year.by_state) == len(year.cases)
        assert sum(n for _g, n in year.by_grade) == len(year.cases)
        closed = session.scalar(
            select(func.count()).select_from(SupportCase).where(SupportCase.closed_on.is_not(None))
        )
        assert sum(n for _c, n in year.closures) == closed
        assert year.providers[0][0] == "교내 인력"
        assert year.referrals_sent == sum(n for _s, n in year.referrals)

        march = collect(session, date(2026, 3, 1), date(2026, 3, 31), today=date(2026, 11, 23))
        assert 0 < len(march.cases) < len(year.cases)
        # No case of the demo was closed by the end of March.
        assert "종결" not in dict(march.by_state)
        assert march.closures == []


def test_refusals(demo_vault: Any) -> None:
    with demo_vault.session() as session:
        with pytest.raises(PermissionDenied):
            report(session, actor(session, "homeroom"), *YEAR)
        with pytest.raises(ValidationError):
            report(session, actor(session, "headteacher"), date(2026, 12, 31), date(2026, 3, 1))
        with pytest.raises(PermissionDenied):  # the head teacher may not see restricted notes
            report(session, actor(session, "headteacher"), *YEAR, include_restricted=True)


def test_closure_categories() -> None:
    assert closure_category("목표 달성: 2학기 받아쓰기 평균 85%") == "목표 달성"
    assert closure_category("목표 부분 달성, 학습종합클리닉센터 장기 코칭으로 이관.") == "목표 부분 달성"
    assert (
        closure_category("위기 해소: 자해 행동 3개월 이상 없음. 정신건강복지센터 사례관리로 이관.")
        == "위기 해소"
    )
    assert closure_category("타 시도로 전학") == "전학·이사"
    assert closure_category("") == "기타"
