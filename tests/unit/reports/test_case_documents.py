"""The case documents read back with pypdf: Korean text, embedded fonts, masked names unless full
names were chosen, restricted notes only when chosen, and a PRINT audit event with the purpose."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pypdf
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Attendance,
    AuditEvent,
    CaseNote,
    CaseState,
    CaseStateChange,
    Consent,
    ConsentParty,
    ConsentPurpose,
    Intervention,
    InterventionStatus,
    NeedDomain,
    NoteCategory,
    Organisation,
    OrganisationKind,
    PlanAction,
    PlanGoal,
    PlanStatus,
    Referral,
    ReferralStatus,
    Role,
    Sex,
    StaffAccount,
    Student,
    SupportCase,
    SupportPlan,
    SupportSession,
)
from desktop.reports.base import PrintContext
from desktop.reports.case_documents import (
    case_summary_pdf,
    consent_form_pdf,
    referral_letter_pdf,
    support_plan_pdf,
)
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, PermissionDenied, ValidationError

STUDENT = "김하늘"
GUARDIAN = "박민정"
RESTRICTED_TEXT = "아동보호전문기관 신고 접수번호 기록"
OPEN_TEXT = "담임교사와 초기 협의를 함"


@dataclass
class World:
    session: Session
    coordinator: Actor
    case: SupportCase
    plan: SupportPlan
    referral: Referral
    override_referral: Referral


@pytest.fixture
def world(school_vault: Any) -> Iterator[World]:
    with school_vault.session() as s:
        admin = s.scalars(select(StaffAccount).where(StaffAccount.is_admin.is_(True))).one()
        principal = StaffAccount(
            username="principal", display_name="이교장", role=Role.PRINCIPAL, position="교장"
        )
        counselor = StaffAccount(
            username="counselor", display_name="최상담", role=Role.SPECIALIST, position="전문상담교사"
        )
        student = Student(
            grade=4,
            class_no=2,
            number=7,
            name=STUDENT,
            sex=Sex.FEMALE,
            guardian_name=GUARDIAN,
            guardian_relation="모",
        )
        org = Organisation(name="한빛 청소년상담복지센터", kind=OrganisationKind.YOUTH_COUNSELLING)
        s.add_all([principal, counselor, student, org])
        s.flush()
        domain = s.scalars(select(NeedDomain).order_by(NeedDomain.sort_order)).first()
        assert domain is not None
        case = SupportCase(
            code="2026-042",
            student_id=student.id,
            state=CaseState.ACTIVE,
            manager_id=admin.id,
            opened_on=date(2026, 3, 3),
            # Free text naming the student: masked in a pseudonymised print.
            summary=f"{STUDENT} 학생이 수업 중 집중이 어려움. 하늘이는 미술을 좋아함.",
        )
        s.add(case)
        s.flush()
        s.add_all(
            [
                CaseStateChange(
                    case_id=case.id, from_state=None, to_state=CaseState.REQUESTED, by_id=admin.id
                ),
                CaseStateChange(
                    case_id=case.id,
                    from_state=CaseState.PLANNING,
                    to_state=CaseState.ACTIVE,
                    by_id=admin.id,
                    reason="지원계획 승인",
                ),
                CaseNote(case_id=case.id, author_id=admin.id, text=OPEN_TEXT),
                CaseNote(
                    case_id=case.id,
                    author_id=admin.id,
                    text=RESTRICTED_TEXT,
                    category=NoteCategory.ABUSE,
                    restricted=True,
                ),
            ]
        )
        plan = SupportPlan(
            case_id=case.id,
            version=2,
            status=PlanStatus.APPROVED,
            current_state="결석이 잦고 기초학력 진단에서 국어 미도달",
            strengths="친구 관계가 좋음",
            monitoring_schedule="월 1회 사례 점검",
            review_interval_days=30,
            period_start=date(2026, 4, 1),
            period_end=date(2026, 12, 31),
            author_id=admin.id,
            approved_by_id=principal.id,
            approved_at=datetime(2026, 4, 2, 3, 0, tzinfo=UTC),
        )
        s.add(plan)
        s.flush()
        goal = PlanGoal(plan_id=plan.id, domain_id=domain.id, goal="주 4일 이상 등교", measure="출결 확인")
        s.add(goal)
        s.flush()
        s.add(
            PlanAction(
                plan_id=plan.id,
                goal_id=goal.id,
                description="아침 등교 지도",
                provider_staff_id=counselor.id,
                person_in_charge_id=admin.id,
                start_on=date(2026, 4, 6),
                end_on=date(2026, 7, 17),
                frequency="주 2회",
            )
        )
        consent = Consent(
            case_id=case.id,
            party=ConsentParty.GUARDIAN,
            party_name=GUARDIAN,
            purpose=ConsentPurpose.SHARING,
            recipient_organisation_id=org.id,
            given_on=date(2026, 3, 20),
        )
        s.add(consent)
        s.flush()
        referral = Referral(
            case_id=case.id,
            organisation_id=org.id,
            consent_id=consent.id,
            status=ReferralStatus.SENT,
            reason="정서 지원을 위한 개별 상담 의뢰",
            sent_on=date(2026, 4, 10),
            expected_response_on=date(2026, 4, 24),
            created_by_id=admin.id,
        )
        override = Referral(
            case_id=case.id,
            organisation_id=org.id,
            consent_override_reason="학대 의심 신고 의무",
            status=ReferralStatus.SENT,
            reason="긴급 보호 의뢰",
            sent_on=date(2026, 5, 1),
        )
        intervention = Intervention(
            case_id=case.id,
            title="개별 상담",
            provider_staff_id=counselor.id,
            status=InterventionStatus.ACTIVE,
            started_on=date(2026, 4, 6),
            planned_hours=10,
        )
        s.add_all([referral, override, intervention])
        s.flush()
        s.add_all(
            [
                SupportSession(
                    intervention_id=intervention.id, held_on=date(2026, 4, 7), duration_minutes=60
                ),
                SupportSession(
                    intervention_id=intervention.id, held_on=date(2026, 4, 14), duration_minutes=30
                ),
                SupportSession(
                    intervention_id=intervention.id,
                    held_on=date(2026, 4, 21),
                    duration_minutes=60,
                    attendance=Attendance.ABSENT,
                ),
            ]
        )
        s.commit()
        yield World(s, Actor.of(admin), case, plan, referral, override)


def _ctx(
    *, full_names: bool = False, include_restricted: bool = False, purpose: str = "사례 회의"
) -> PrintContext:
    return PrintContext(
        purpose=purpose,
        printed_by="김담당",
        printed_at=datetime(2026, 5, 2, 1, 0, tzinfo=UTC),
        school_name="테스트초등학교",
        full_names=full_names,
        include_restricted=include_restricted,
    )


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _fonts_embedded(data: bytes) -> bool:
    """Every font of every page has an embedded font file (TrueType subsets)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                return False
            seen += 1
    return seen > 0


Build = Callable[[World, PrintContext, io.BytesIO], int]

DOCUMENTS: dict[str, tuple[Build, str, str]] = {
    "support_plan": (
        lambda w, c, out: support_plan_pdf(w.session, w.coordinator, w.plan.id, c, out),
        "지원계획서",
        "주 4일 이상 등교",
    ),
    "consent_form": (
        lambda w, c, out: consent_form_pdf(w.session, w.coordinator, w.case.id, c, out),
        "동의서",
        "한빛 청소년상담복지센터",
    ),
    "referral_letter": (
        lambda w, c, out: referral_letter_pdf(w.session, w.coordinator, w.referral.id, c, out),
        "연계 의뢰서",
        "정서 지원을 위한 개별 상담 의뢰",
    ),
    "case_summary": (
        lambda w, c, out: case_summary_pdf(w.session, w.coordinator, w.case.id, c, out),
        "사례 요약",
        "개별 상담",
    ),
}


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_document_is_korean_embedded_masked_and_audited(world: World, document: str) -> None:
    build, title, content = DOCUMENTS[document]
    out = io.BytesIO()
    pages = build(world, _ctx(purpose="  사례 회의  "), out)
    data = out.getvalue()

    reader = pypdf.PdfReader(io.BytesIO(data))
    assert pages == len(reader.pages) >= 1
    text = _text(data)
    assert title in text
    assert content in text
    assert "2026-042" in text
    assert "대외비" in text
    assert f"1 / {pages}" in text
    assert _fonts_embedded(data)
    # Pseudonymised: neither the student's nor the guardian's name, but the masked form.
    assert STUDENT not in text
    assert GUARDIAN not in text
    assert "김○○" in text

    event = world.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event is not None
    assert event.action == "print"
    assert event.purpose == "사례 회의"
    assert event.detail["document"] == document
    assert event.detail["pages"] == pages
    assert event.detail["full_names"] is False
    assert event.student_id == world.case.student_id
    assert STUDENT not in str(event.detail)


def test_full_names_when_chosen(world: World) -> None:
    out = io.BytesIO()
    case_summary_pdf(world.session, world.coordinator, world.case.id, _ctx(full_names=True), out)
    text = _text(out.getvalue())
    assert STUDENT in text
    assert "하늘이는" in text
    event = world.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event is not None and event.detail["full_names"] is True


def test_free_text_naming_the_student_is_masked(world: World) -> None:
    out = io.BytesIO()
    case_summary_pdf(world.session, world.coordinator, world.case.id, _ctx(), out)
    text = _text(out.getvalue())
    assert "김○○ 학생이" in text
    assert "○○이는" in text


def test_restricted_note_only_when_chosen(world: World) -> None:
    out = io.BytesIO()
    case_summary_pdf(world.session, world.coordinator, world.case.id, _ctx(), out)
    text = _text(out.getvalue())
    assert OPEN_TEXT in text
    assert RESTRICTED_TEXT not in text

    out = io.BytesIO()
    case_summary_pdf(world.session, world.coordinator, world.case.id, _ctx(include_restricted=True), out)
    assert RESTRICTED_TEXT in _text(out.getvalue())
    event = world.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event is not None and event.detail["include_restricted"] is True


def test_summary_counts_attended_hours_only(world: World) -> None:
    out = io.BytesIO()
    case_summary_pdf(world.session, world.coordinator, world.case.id, _ctx(), out)
    text = _text(out.getvalue())
    assert "2회" in text  # the absent session is not counted
    assert "1.5시간 / 10시간" in text


def test_plan_shows_approval_by_the_principal(world: World) -> None:
    out = io.BytesIO()
    support_plan_pdf(world.session, world.coordinator, world.plan.id, _ctx(), out)
    text = _text(out.getvalue())
    assert "이교장" in text
    assert "2026년 4월 2일" in text
    assert "제2판" in text


def test_referral_letter_states_the_consent_basis(world: World) -> None:
    out = io.BytesIO()
    referral_letter_pdf(world.session, world.coordinator, world.referral.id, _ctx(), out)
    text = _text(out.getvalue())
    assert "보호자의 정보 제공 동의(2026-03-20)" in text
    assert "2026년 4월 24일까지" in text

    out = io.BytesIO()
    referral_letter_pdf(world.session, world.coordinator, world.override_referral.id, _ctx(), out)
    text = _text(out.getvalue())
    assert "동의 없이 제공합니다" in text
    assert "정보 제공 동의(" not in text


def test_consent_form_has_separate_signature_lines(world: World) -> None:
    out = io.BytesIO()
    consent_form_pdf(world.session, world.coordinator, world.case.id, _ctx(), out)
    text = _text(out.getvalue())
    assert "보호자(법정대리인)" in text
    assert "서명" in text
    assert "철회" in text
    assert text.count("동의함") >= 6  # three items, student and guardian each


def test_writes_to_a_path(world: World, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    pages = support_plan_pdf(world.session, world.coordinator, world.plan.id, _ctx(), target)
    assert len(pypdf.PdfReader(target).pages) == pages


def test_refusals_build_nothing_and_audit_nothing(world: World) -> None:
    def prints() -> int:
        return len(world.session.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all())

    before = prints()
    out = io.BytesIO()
    with pytest.raises(ValidationError):
        case_summary_pdf(world.session, world.coordinator, world.case.id, _ctx(purpose="  "), out)
    homeroom = Actor(staff_id=None, username="t", display_name="t", role=Role.HOMEROOM)
    with pytest.raises(PermissionDenied):
        case_summary_pdf(world.session, homeroom, world.case.id, _ctx(), out)
    head = Actor(staff_id=None, username="h", display_name="h", role=Role.HEAD_TEACHER)
    with pytest.raises(PermissionDenied):
        case_summary_pdf(world.session, head, world.case.id, _ctx(include_restricted=True), out)
    with pytest.raises(NotFound):
        support_plan_pdf(world.session, world.coordinator, 99999, _ctx(), out)
    with pytest.raises(NotFound):
        referral_letter_pdf(world.session, world.coordinator, 99999, _ctx(), out)
    assert out.getvalue() == b""
    assert prints() == before
