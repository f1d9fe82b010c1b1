"""Restricted notes sealed at rest: what each account's keys open, whatever the screens show.

A school with a coordinator (administrator), a principal, a homeroom teacher and two counsellors,
each with their own password slot. The counsellor and the coordinator write restricted notes
through the services; then each account opens the school and reads — through the services, and
through the raw database, as an insider with a debugger would.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from desktop.models import (
    AppSetting,
    Attendance,
    AuditEvent,
    CaseNote,
    CaseState,
    Intervention,
    InterventionStatus,
    NoteCategory,
    RequesterKind,
    Role,
    Sex,
    StaffAccount,
    Student,
    SupportSession,
)
from desktop.reports.base import PrintContext
from desktop.reports.case_documents import case_summary_pdf
from desktop.services import case_detail, cases, interventions, key_access, restricted_text
from desktop.services.actor import Actor
from desktop.services.case_workflow import file_request, open_case
from desktop.services.errors import ValidationError
from desktop.services.setup import initialise_school
from desktop.storage.vault import Vault
from desktop.ui.login.sign_in import start_session
from tests.conftest import TEST_KDF
from tests.need_domains import a_need_domain

PASSWORD = "correct horse 도담 1"
ABUSE = "아동학대 의심 진술: 아버지에게 맞았다고 말함"
PSYCHIATRIC = "정신건강의학과 진료 의뢰, 자해 흔적 확인"
SESSION_TEXT = "비공개 회기: 가정 내 폭력 노출 진술"
OPEN_TEXT = "보호자와 통화, 다음 주 방문 약속"
LAST_WEEK = date.today() - timedelta(days=7)


@dataclass
class School:
    data_dir: Path
    recovery_code: str
    case_id: int
    intervention_id: int


def _actor(session: Session, username: str) -> Actor:
    return Actor.of(session.scalars(select(StaffAccount).where(StaffAccount.username == username)).one())


@pytest.fixture
def school(tmp_path: Path) -> School:
    data_dir = tmp_path / "school"
    vault, code = Vault.create(data_dir, "coordinator", PASSWORD, kdf=TEST_KDF)
    with vault:
        with vault.session() as s:
            initialise_school(
                s, school_name="테스트초등학교", admin_username="coordinator", admin_display_name="김담당"
            )
            s.add_all(
                [
                    StaffAccount(username="principal", display_name="교장", role=Role.PRINCIPAL),
                    StaffAccount(
                        username="homeroom",
                        display_name="담임",
                        role=Role.HOMEROOM,
                        homeroom_grade=3,
                        homeroom_class=2,
                    ),
                    StaffAccount(username="counselor", display_name="상담교사", role=Role.SPECIALIST),
                    StaffAccount(username="other", display_name="다른 상담교사", role=Role.SPECIALIST),
                ]
            )
            s.commit()
        for name in ("principal", "homeroom", "counselor", "other"):
            vault.set_password(name, PASSWORD, kdf=TEST_KDF)
        with vault.session() as s:
            key_access.reconcile(s, vault, _actor(s, "coordinator"))
    # The coordinator's first sign-in publishes the restricted key's public half.
    signed = start_session(Vault.open(data_dir, "coordinator", PASSWORD), "coordinator")
    with signed.vault, signed.vault.session() as s:
        coordinator = _actor(s, "coordinator")
        student = Student(grade=3, class_no=2, number=1, name="홍길동", sex=Sex.FEMALE)
        s.add(student)
        s.commit()
        request = file_request(
            s,
            coordinator,
            student_id=student.id,
            requester_kind=RequesterKind.STAFF,
            domain_ids=a_need_domain(s),
            description="결석이 잦음",
            received_on=LAST_WEEK,
        )
        case = open_case(s, coordinator, request.id, opened_on=LAST_WEEK)
        case.state = CaseState.ACTIVE  # support under way: sessions may be logged
        counselor_id = _actor(s, "counselor").staff_id
        intervention = Intervention(
            case_id=case.id,
            title="개인 상담",
            provider_staff_id=counselor_id,
            status=InterventionStatus.ACTIVE,
            started_on=LAST_WEEK,
        )
        s.add(intervention)
        s.commit()
        cases.add_note(s, coordinator, case.id, category=NoteCategory.ABUSE, restricted=True, text=ABUSE)
        cases.add_note(s, coordinator, case.id, category=NoteCategory.GENERAL, text=OPEN_TEXT)
        return School(data_dir, code, case.id, intervention.id)


def _counselor_writes(school: School) -> None:
    with Vault.open(school.data_dir, "counselor", PASSWORD) as vault, vault.session() as s:
        counselor = _actor(s, "counselor")
        assert s.info["keys"].restricted_key is None  # a counsellor does not hold the restricted key
        cases.add_note(
            s, counselor, school.case_id, category=NoteCategory.PSYCHIATRIC, restricted=True, text=PSYCHIATRIC
        )
        interventions.log_session(
            s,
            counselor,
            school.intervention_id,
            held_on=date.today(),
            duration_minutes=40,
            attendance=Attendance.ATTENDED,
            notes=SESSION_TEXT,
            restricted=True,
        )


def _every_stored_text(vault: Vault) -> str:
    """Every text and blob of every table, read with plain SQL over the raw database key."""
    chunks: list[str] = []
    with vault.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    if isinstance(value, bytes):
                        chunks.append(value.decode("utf-8", "replace"))
                    elif value is not None:
                        chunks.append(str(value))
    return "\n".join(chunks)


def _readable(s: Session) -> set[str]:
    """What the session's keys open among the stored restricted texts (bypassing the screens)."""
    found: set[str] = set()
    for value in s.scalars(select(CaseNote.text).where(CaseNote.restricted.is_(True))):
        opened = restricted_text.reveal(s, value, restricted_text.CASE_NOTE)
        if opened is not None:
            found.add(opened)
    for value in s.scalars(select(SupportSession.notes).where(SupportSession.restricted.is_(True))):
        opened = restricted_text.reveal(s, value, restricted_text.SESSION_NOTE)
        if opened is not None:
            found.add(opened)
    return found


def test_the_homeroom_teachers_raw_key_yields_no_restricted_text(school: School) -> None:
    _counselor_writes(school)
    with Vault.open(school.data_dir, "homeroom", PASSWORD) as vault:
        stored = _every_stored_text(vault)
        assert OPEN_TEXT in stored  # the raw read does see the database in clear
        for secret in (ABUSE, PSYCHIATRIC, SESSION_TEXT, "아동학대 의심", "자해 흔적", "폭력 노출"):
            assert secret not in stored
        with vault.session() as s:
            assert _readable(s) == set()


def test_holders_and_the_author_read_others_do_not(school: School) -> None:
    _counselor_writes(school)
    for username in ("coordinator", "principal"):
        with Vault.open(school.data_dir, username, PASSWORD) as vault, vault.session() as s:
            assert _readable(s) == {ABUSE, PSYCHIATRIC, SESSION_TEXT}, username
            rows = case_detail.notes(s, _actor(s, username), school.case_id)
            assert {r.text for r in rows} == {ABUSE, PSYCHIATRIC, OPEN_TEXT}
            assert not any(r.sealed for r in rows)
            sessions = interventions.intervention_sessions(s, _actor(s, username), school.intervention_id)
            assert [(r.notes, r.notes_hidden) for r in sessions] == [(SESSION_TEXT, False)]
    with Vault.open(school.data_dir, "counselor", PASSWORD) as vault, vault.session() as s:
        counselor = _actor(s, "counselor")
        assert _readable(s) == {PSYCHIATRIC, SESSION_TEXT}  # her own, not the coordinator's
        assert {r.text for r in case_detail.notes(s, counselor, school.case_id)} == {PSYCHIATRIC, OPEN_TEXT}
        timeline = case_detail.timeline(s, counselor, school.case_id)
        details = " ".join(e.detail for e in timeline)
        assert PSYCHIATRIC in details and SESSION_TEXT in details and ABUSE not in details
    with Vault.open(school.data_dir, "other", PASSWORD) as vault, vault.session() as s:
        assert _readable(s) == set()


def test_the_recovery_code_reads_every_restricted_text(school: School) -> None:
    _counselor_writes(school)
    with Vault.open_with_recovery_code(school.data_dir, school.recovery_code) as vault, vault.session() as s:
        assert _readable(s) == {ABUSE, PSYCHIATRIC, SESSION_TEXT}


def test_audit_details_hold_no_restricted_text(school: School) -> None:
    _counselor_writes(school)
    with Vault.open(school.data_dir, "coordinator", PASSWORD) as vault, vault.session() as s:
        details = " ".join(str(e.detail) for e in s.scalars(select(AuditEvent)))
        assert ABUSE not in details and PSYCHIATRIC not in details and SESSION_TEXT not in details


def test_clear_notes_of_an_earlier_version_are_sealed_at_a_holders_sign_in(school: School) -> None:
    with Vault.open(school.data_dir, "homeroom", PASSWORD) as vault, vault.session() as s:
        # As an earlier version stored it: in clear.
        author = _actor(s, "counselor").staff_id
        assert author is not None
        s.add(
            CaseNote(
                case_id=school.case_id,
                author_id=author,
                category=NoteCategory.POLICE,
                restricted=True,
                text="경찰 신고 접수 기록",
            )
        )
        s.commit()
    # A homeroom sign-in cannot seal (it holds no restricted key) and changes nothing.
    signed = start_session(Vault.open(school.data_dir, "homeroom", PASSWORD), "homeroom")
    with signed.vault:
        assert "경찰 신고 접수 기록" in _every_stored_text(signed.vault)
    signed = start_session(Vault.open(school.data_dir, "coordinator", PASSWORD), "coordinator")
    with signed.vault:
        assert "경찰 신고 접수 기록" not in _every_stored_text(signed.vault)
        with signed.vault.session() as s:
            event = s.scalars(select(AuditEvent).where(AuditEvent.entity_type == "restricted_notes")).one()
            assert event.detail == {
                "sealed_case_notes": 1,
                "sealed_session_notes": 0,
                "public_key_replaced": False,
                "sealed_to_other_key": 0,
            }
    with Vault.open(school.data_dir, "principal", PASSWORD) as vault, vault.session() as s:
        assert "경찰 신고 접수 기록" in _readable(s)
    with Vault.open(school.data_dir, "counselor", PASSWORD) as vault, vault.session() as s:
        assert "경찰 신고 접수 기록" in _readable(s)  # sealed to its author too


def test_a_planted_public_key_is_refused_and_repaired(school: School) -> None:
    with Vault.open(school.data_dir, "homeroom", PASSWORD) as vault, vault.session() as s:
        # An insider with the raw key swaps in a public key of their own (no audit signature).
        row = s.get(AppSetting, restricted_text.PUBLIC_KEY_SETTING)
        assert row is not None
        row.value = {"public_key": "A" * 43 + "=", "signature": None}
        s.commit()
    with (
        Vault.open(school.data_dir, "counselor", PASSWORD) as vault,
        vault.session() as s,
        pytest.raises(ValidationError),
    ):
        cases.add_note(
            s, _actor(s, "counselor"), school.case_id, category=NoteCategory.ABUSE, restricted=True, text="x"
        )
    signed = start_session(Vault.open(school.data_dir, "coordinator", PASSWORD), "coordinator")
    with signed.vault, signed.vault.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity_type == "restricted_notes")).one()
        assert event.detail["public_key_replaced"] is True
    _counselor_writes(school)  # the repaired key is accepted again
    with Vault.open(school.data_dir, "principal", PASSWORD) as vault, vault.session() as s:
        assert PSYCHIATRIC in _readable(s)


def test_a_chosen_print_of_restricted_notes_holds_their_text(school: School) -> None:
    _counselor_writes(school)
    context = PrintContext(
        purpose="사례 회의",
        printed_by="김담당",
        printed_at=datetime(2026, 5, 2, 1, 0, tzinfo=UTC),
        school_name="테스트초등학교",
        include_restricted=True,
    )
    with Vault.open(school.data_dir, "coordinator", PASSWORD) as vault, vault.session() as s:
        out = io.BytesIO()
        case_summary_pdf(s, _actor(s, "coordinator"), school.case_id, context, out)
    printed = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(out.getvalue())).pages)
    compact = "".join(printed.split())
    assert "".join(ABUSE.split()) in compact and "".join(PSYCHIATRIC.split()) in compact
    assert "dodam-sealed" not in printed
