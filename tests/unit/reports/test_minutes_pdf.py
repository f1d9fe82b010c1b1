"""The minutes PDF (회의록) read back: Korean text, embedded fonts, masked names unless chosen,
finalisation and addenda, the audit event of the print, and who may print it."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    AuditEvent,
    Meeting,
    MeetingStatus,
    MinutesAddendum,
    StaffAccount,
    Student,
    SupportCase,
)
from desktop.reports.base import PrintContext
from desktop.reports.minutes import latest_meeting_id, minutes_pdf
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied, ValidationError
from tests.unit.reports.pdf_checks import pdf_text, squash, unembedded_fonts

PURPOSE = "선정 회의 결과 보고"


def actor(session: Session, username: str) -> Actor:
    return Actor.of(session.scalars(select(StaffAccount).where(StaffAccount.username == username)).one())


def ctx(**kw: Any) -> PrintContext:
    kw.setdefault("purpose", PURPOSE)
    return PrintContext(printed_by="정은주", printed_at=datetime.now(UTC), school_name="도담초등학교", **kw)


def selection_meeting(session: Session) -> Meeting:
    return session.scalars(select(Meeting).where(Meeting.number == 3)).one()


def agenda_students(session: Session, meeting: Meeting) -> list[Student]:
    case_ids = [i.case_id for i in meeting.agenda_items if i.case_id is not None]
    return list(
        session.scalars(
            select(Student)
            .join(SupportCase, SupportCase.student_id == Student.id)
            .where(SupportCase.id.in_(case_ids))
        )
    )


def print_minutes(session: Session, who: Actor, meeting_id: int, **kw: Any) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = minutes_pdf(session, who, meeting_id, ctx(**kw), out)
    return pages, out.getvalue()


def test_pseudonymised_minutes_read_back(demo_vault: Any) -> None:
    with demo_vault.session() as session:
        meeting = selection_meeting(session)
        students = agenda_students(session, meeting)
        assert len(students) >= 5
        pages, data = print_minutes(session, actor(session, "coordinator"), meeting.id)

        texts = pdf_text(data)
        assert len(texts) == pages
        assert 2 <= pages <= 10  # 13 agenda items
        text = squash("\n".join(texts))
        for word in (
            "회의록",
            "결재",
            "담당",
            "부장",
            "교감",
            "교장",
            "2026-제3차",
            "참석자",
            "서명",
            "안건1.",
        ):
            assert word in text, word
        assert "2026-017" in text  # a case code on the agenda
        assert "회의록확정" in text and (meeting.content_hash or "x") in text
        assert "김성호" in text  # the principal's sign-off (staff names are printed)
        for student in students:
            assert student.name not in text, "a student's full name in a pseudonymised print"
            assert student.name[0] + "○" * (len(student.name) - 1) in text
        assert unembedded_fonts(data) == []
        assert f"목적:{PURPOSE.replace(' ', '')}" in text  # footer on every page
        assert all(f"/{pages}" in squash(t) for t in texts)

        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert (event.action, event.entity_type, event.entity_id) == ("print", "meeting", meeting.id)
        assert event.purpose == PURPOSE
        assert event.detail["document"] == "minutes"
        assert event.detail["full_names"] is False
        assert event.detail["pages"] == pages


def test_full_names_only_when_chosen(demo_vault: Any) -> None:
    with demo_vault.session() as session:
        meeting = selection_meeting(session)
        students = agenda_students(session, meeting)
        _pages, data = print_minutes(session, actor(session, "coordinator"), meeting.id, full_names=True)
        text = squash("\n".join(pdf_text(data)))
        for student in students:
            assert student.name in text
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert event.detail["full_names"] is True


def test_a_name_typed_into_the_discussion_is_masked(demo_vault: Any) -> None:
    with demo_vault.session() as session:
        meeting = selection_meeting(session)
        item = meeting.agenda_items[0]
        student = agenda_students(session, meeting)[0]
        name = session.scalars(
            select(Student.name)
            .join(SupportCase, SupportCase.student_id == Student.id)
            .where(SupportCase.id == item.case_id)
        ).one()
        item.discussion += f"\n{name} 학생이 직접 상담을 요청함."
        session.commit()
        _pages, data = print_minutes(session, actor(session, "coordinator"), meeting.id)
        text = squash("\n".join(pdf_text(data)))
        assert name not in text
        assert "학생이직접상담을요청함" in text
        assert student.name not in text


def test_addenda_are_listed_with_their_dates(demo_vault: Any) -> None:
    with demo_vault.session() as session:
        meeting = selection_meeting(session)
        assert meeting.status is MeetingStatus.FINALISED
        coordinator = actor(session, "coordinator")
        session.add(
            MinutesAddendum(
                meeting_id=meeting.id,
                written_at=datetime(2026, 5, 6, 1, 0, tzinfo=UTC),
                author_id=coordinator.staff_id,
                text="안건 2의 후속 조치 기한을 5월 10일로 정정함.",
            )
        )
        session.commit()
        _pages, data = print_minutes(session, coordinator, meeting.id)
        text = squash("\n".join(pdf_text(data)))
        assert "추가기록(부기)" in text
        assert "후속조치기한을5월10일로정정함" in text
        assert "2026-05-06" in text


def test_planned_meeting_prints_as_a_draft_without_decisions(demo_vault: Any) -> None:
    with demo_vault.session() as session:
        planned = session.scalars(select(Meeting).where(Meeting.status == MeetingStatus.PLANNED)).one()
        assert latest_meeting_id(session) != planned.id  # --latest takes the last meeting held
        _pages, data = print_minutes(session, actor(session, "headteacher"), planned.id)
        text = squash("\n".join(pdf_text(data)))
        assert "(결정전)" in text
        assert "확정되지않은회의록" in text


def test_who_may_print_and_nothing_audited_when_refused(demo_vault: Any) -> None:
    with demo_vault.session() as session:
        meeting = selection_meeting(session)
        before = session.scalar(select(func.count()).select_from(AuditEvent))
        out = io.BytesIO()
        with pytest.raises(PermissionDenied):
            minutes_pdf(session, actor(session, "homeroom"), meeting.id, ctx(), out)
        with pytest.raises(PermissionDenied):
            minutes_pdf(session, actor(session, "counselor"), meeting.id, ctx(), out)
        with pytest.raises(ValidationError):
            minutes_pdf(session, actor(session, "coordinator"), meeting.id, ctx(purpose="   "), out)
        assert out.getvalue() == b""
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == before
        # The principal, who signs the minutes, may print them.
        pages, _data = print_minutes(session, actor(session, "principal"), meeting.id)
        assert pages >= 2
