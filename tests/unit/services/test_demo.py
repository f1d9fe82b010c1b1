"""The demo school: built once per module with the cheap test KDF, then checked through summary()
and direct queries."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    BACKGROUND_FLAGS,
    CaseNote,
    CaseState,
    CaseStateChange,
    Intervention,
    Meeting,
    MeetingStatus,
    MeetingType,
    NeedDomain,
    NoteCategory,
    Organisation,
    OrganisationKind,
    PlanStatus,
    Referral,
    ReferralStatus,
    Role,
    StaffAccount,
    Student,
    SupportCase,
    SupportPlan,
    SupportRequest,
    SupportSession,
)
from desktop.services import demo, restricted_text
from desktop.services.audit import verify_chain
from desktop.services.case_workflow import ALLOWED
from desktop.services.consents import support_consent
from desktop.services.demo import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    DEMO_TODAY,
    create_demo_school,
    ensure_demo_school,
)
from desktop.services.demo_data import FAMOUS_NAMES
from desktop.services.demo_meetings import minutes_text
from desktop.services.statistics import summary
from desktop.storage.vault import Vault, vault_exists
from tests.conftest import TEST_KDF

S = CaseState
FIRST_DAY = date(2026, 3, 2)
LAST_DAY = date(2026, 11, 20)
PLANNING_OR_LATER = (S.PLANNING, S.ACTIVE, S.MONITORING, S.CLOSED, S.REOPENED)

# Well-known real people; no generated student, guardian or staff member may carry these names.
FAMOUS = {
    "김연아",
    "손흥민",
    "박지성",
    "류현진",
    "이강인",
    "김민재",
    "유재석",
    "강호동",
    "박보검",
    "송중기",
    "김수현",
    "이민호",
    "박서준",
    "전지현",
    "김태희",
    "송혜교",
    "이지은",
    "김태리",
    "이정재",
    "정우성",
    "박지민",
    "김태형",
    "전정국",
    "이순신",
    "안중근",
    "유관순",
    "윤동주",
    "반기문",
    "봉준호",
    "이세돌",
    "안세영",
    "김연경",
}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo school, created once for the module (closed again)."""
    data_dir = tmp_path_factory.mktemp("demo") / "school"
    create_demo_school(data_dir, kdf=TEST_KDF)
    return data_dir


@pytest.fixture
def vault(demo_dir: Path) -> Iterator[Vault]:
    v = Vault.open(demo_dir, "coordinator", DEMO_PASSWORD)
    try:
        yield v
    finally:
        v.close()


@pytest.fixture
def db(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        yield session


def test_summary_has_a_plausible_school(db: Session) -> None:
    counts = summary(db, DEMO_TODAY)
    assert counts["school"] == "도담초등학교"
    assert 580 <= counts["students"] <= 620
    assert counts["staff"] >= 30
    assert counts["cases"]["total"] >= 55
    assert all(n >= 1 for n in counts["cases"]["by_state"].values()), counts["cases"]["by_state"]
    assert counts["cases"]["by_state"]["active"] + counts["cases"]["by_state"]["monitoring"] >= 20
    assert all(n >= 1 for n in counts["cases"]["by_domain"].values()), counts["cases"]["by_domain"]
    assert set(counts["cases"]["by_domain"]) == set(db.scalars(select(NeedDomain.code)))
    assert counts["requests"] >= counts["cases"]["total"]
    assert 35 <= counts["organisations"] <= 45
    assert 200 <= counts["sessions"] <= 1500
    assert counts["meetings"] >= 6
    assert counts["interventions"] >= 60
    assert counts["referrals"]["overdue"] >= 3
    assert counts["tasks"]["open"] >= 10 and counts["tasks"]["overdue"] >= 3


def test_students_fill_six_grades_of_four_classes(db: Session) -> None:
    students = list(db.scalars(select(Student)))
    assert Counter(s.grade for s in students).keys() == {1, 2, 3, 4, 5, 6}
    assert {(s.grade, s.class_no) for s in students} == {(g, c) for g in range(1, 7) for c in range(1, 5)}
    for s in students:
        assert s.student_no == f"{s.grade}{s.class_no:02d}{s.number:02d}"
        assert s.birth_date is not None and s.birth_date.year == 2020 - s.grade
        assert re.fullmatch(r"010-\d{4}-\d{4}", s.guardian_phone)
        assert s.guardian_name and s.guardian_relation
        assert re.fullmatch(r"[가-힣]{3}", s.name), s.name
    numbers = Counter((s.grade, s.class_no, s.number) for s in students)
    assert max(numbers.values()) == 1


def test_background_flags_have_realistic_rates(db: Session) -> None:
    students = list(db.scalars(select(Student)))
    rate = {flag: sum(getattr(s, flag) for s in students) / len(students) for flag in BACKGROUND_FLAGS}
    assert 0.02 <= rate["basic_livelihood"] <= 0.07
    assert 0.01 <= rate["near_poverty"] <= 0.05
    assert 0.01 <= rate["single_parent_legal"] <= 0.06
    assert 0.03 <= rate["multicultural"] <= 0.08
    assert 0.01 <= rate["special_education"] <= 0.04
    assert 0 < rate["north_korean_defector"] <= 0.01
    assert 0 < rate["borderline_intelligence_suspected"] <= 0.03
    assert not any(s.basic_livelihood and s.near_poverty for s in students)


def test_organisations_cover_every_kind(db: Session) -> None:
    organisations = list(db.scalars(select(Organisation)))
    assert {o.kind for o in organisations} == set(OrganisationKind)
    recognised = {o.kind for o in organisations if o.recognised_as_class_hours}
    assert {OrganisationKind.SHARED_SCHOOL, OrganisationKind.ONLINE_SCHOOL} <= recognised
    for o in organisations:
        assert re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}", o.phone), o.phone


def test_every_demo_account_opens_with_the_demo_password(demo_dir: Path) -> None:
    for username, _description in DEMO_ACCOUNTS:
        with Vault.open(demo_dir, username, DEMO_PASSWORD) as v, v.session() as session:
            account = session.scalars(select(StaffAccount).where(StaffAccount.username == username)).one()
            assert account.active


def test_only_the_demo_accounts_have_key_slots(vault: Vault, db: Session) -> None:
    assert sorted(vault.usernames_with_slots()) == sorted(u for u, _ in DEMO_ACCOUNTS)
    roles = {a.username: a for a in db.scalars(select(StaffAccount))}
    assert roles["coordinator"].role is Role.COORDINATOR and roles["coordinator"].is_admin
    assert roles["principal"].role is Role.PRINCIPAL
    assert roles["headteacher"].role is Role.HEAD_TEACHER
    assert roles["counselor"].role is Role.SPECIALIST
    homeroom = roles["homeroom"]
    assert homeroom.role is Role.HOMEROOM and (homeroom.homeroom_grade, homeroom.homeroom_class) == (3, 2)
    homerooms = {(a.homeroom_grade, a.homeroom_class) for a in roles.values() if a.role is Role.HOMEROOM}
    assert len(homerooms) == 24
    own_class_cases = db.scalars(
        select(SupportCase).join(Student).where(Student.grade == 3, Student.class_no == 2)
    ).all()
    assert own_class_cases, "the homeroom demo account should see some of its students' cases"


def test_sessions_fall_on_school_days_of_the_2026_year(db: Session) -> None:
    days = list(db.scalars(select(SupportSession.held_on)))
    assert days
    assert all(FIRST_DAY <= d <= LAST_DAY and d.weekday() < 5 for d in days)


def test_every_history_is_a_legal_chain_ending_in_the_current_state(db: Session) -> None:
    for case in db.scalars(select(SupportCase)):
        history = list(
            db.scalars(
                select(CaseStateChange)
                .where(CaseStateChange.case_id == case.id)
                .order_by(CaseStateChange.at, CaseStateChange.id)
            )
        )
        assert history[0].from_state is None and history[0].to_state is S.REQUESTED, case.code
        for before, after in itertools.pairwise(history):
            assert after.from_state is before.to_state, case.code
            assert after.to_state in ALLOWED[before.to_state], (case.code, before.to_state, after.to_state)
            assert after.at > before.at
        assert history[-1].to_state is case.state, case.code
        assert all(FIRST_DAY <= h.at.date() <= LAST_DAY for h in history), case.code


def test_cases_in_planning_or_later_have_both_consents(db: Session) -> None:
    for case in db.scalars(select(SupportCase).where(SupportCase.state.in_(PLANNING_OR_LATER))):
        planning = db.scalar(
            select(CaseStateChange.at).where(
                CaseStateChange.case_id == case.id, CaseStateChange.to_state == S.PLANNING
            )
        )
        assert planning is not None, case.code
        consent = support_consent(db, case, planning.date() + timedelta(days=1))
        assert consent.complete, case.code


def test_plans_of_supported_cases_are_approved_with_goals_and_providers(db: Session) -> None:
    for case in db.scalars(
        select(SupportCase).where(SupportCase.state.in_((S.ACTIVE, S.MONITORING, S.CLOSED, S.REOPENED)))
    ):
        plans = list(db.scalars(select(SupportPlan).where(SupportPlan.case_id == case.id)))
        approved = [p for p in plans if p.status is PlanStatus.APPROVED]
        assert approved, case.code
        for plan in approved:
            assert plan.goals and plan.actions and plan.approved_by_id is not None
            assert all(
                (a.provider_staff_id is None) != (a.provider_organisation_id is None) for a in plan.actions
            )
    for case in db.scalars(select(SupportCase).where(SupportCase.state == S.PLANNING)):
        assert db.scalars(select(SupportPlan).where(SupportPlan.case_id == case.id)).all(), case.code


def test_support_happens_only_where_the_procedure_allows_it(db: Session) -> None:
    """Under case_workflow.check_action: interventions start and sessions are held once support
    is under way (the case entered active support, its plan approved), referrals are sent once
    the case is in planning (or referred out to the district center), except where emergency
    support was started (suspected abuse)."""

    def first_day(case_id: int, state: CaseState) -> date | None:
        at = db.scalar(
            select(CaseStateChange.at)
            .where(CaseStateChange.case_id == case_id, CaseStateChange.to_state == state)
            .order_by(CaseStateChange.at)
            .limit(1)
        )
        return at.date() if at is not None else None

    def support_from(case_id: int, state: CaseState) -> date | None:
        """The first day support was allowed: emergency support, else entering `state`."""
        case = db.get(SupportCase, case_id)
        assert case is not None
        return case.emergency_since or first_day(case_id, state)

    emergencies = list(db.scalars(select(SupportCase).where(SupportCase.emergency_since.is_not(None))))
    assert emergencies and all(c.emergency_reason for c in emergencies)
    started = list(db.scalars(select(Intervention).where(Intervention.started_on.is_not(None))))
    assert started
    for intervention in started:
        active = support_from(intervention.case_id, S.ACTIVE)
        assert active is not None and intervention.started_on is not None, intervention.case_id
        assert intervention.started_on >= active, intervention.case_id
        first_session = db.scalar(
            select(SupportSession.held_on)
            .where(SupportSession.intervention_id == intervention.id)
            .order_by(SupportSession.held_on)
            .limit(1)
        )
        assert first_session is None or first_session >= active, intervention.case_id
    sent = list(db.scalars(select(Referral).where(Referral.sent_on.is_not(None))))
    assert sent
    for referral in sent:
        planning = support_from(referral.case_id, S.PLANNING) or first_day(referral.case_id, S.REFERRED_OUT)
        assert planning is not None and referral.sent_on is not None, referral.case_id
        assert referral.sent_on >= planning, referral.case_id


def test_closed_cases_have_reason_and_aftercare(db: Session) -> None:
    closed = list(db.scalars(select(SupportCase).where(SupportCase.state == S.CLOSED)))
    assert closed
    assert all(c.closure_reason and c.aftercare and c.closed_on for c in closed)


def test_every_case_comes_from_a_request(db: Session) -> None:
    for case in db.scalars(select(SupportCase)):
        requests = db.scalars(select(SupportRequest).where(SupportRequest.case_id == case.id)).all()
        assert requests and all(r.description and r.domains for r in requests), case.code


def test_referrals_cover_the_loop(db: Session) -> None:
    referrals = list(db.scalars(select(Referral)))
    assert {ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.DECLINED} <= {
        r.status for r in referrals
    }
    assert {ReferralStatus.DELIVERED, ReferralStatus.CLOSED} & {r.status for r in referrals}
    overdue = [
        r
        for r in referrals
        if r.status is ReferralStatus.SENT and r.expected_response_on and r.expected_response_on < DEMO_TODAY
    ]
    assert len(overdue) >= 3
    for r in referrals:
        if r.status is not ReferralStatus.DRAFT:
            assert r.consent_id is not None or r.consent_override_reason, r.id


def test_interventions_have_one_provider_of_both_kinds(db: Session) -> None:
    interventions = list(db.scalars(select(Intervention)))
    assert any(i.provider_staff_id for i in interventions)
    assert any(i.provider_organisation_id for i in interventions)


def test_restricted_notes_and_sessions(db: Session) -> None:
    restricted = list(db.scalars(select(CaseNote).where(CaseNote.restricted.is_(True))))
    assert {n.category for n in restricted} == {
        NoteCategory.ABUSE,
        NoteCategory.PSYCHIATRIC,
        NoteCategory.POLICE,
    }
    cases_with_restricted = {n.case_id for n in restricted}
    restricted_sessions = db.scalars(
        select(Intervention.case_id).join(SupportSession).where(SupportSession.restricted.is_(True))
    ).all()
    assert restricted_sessions
    assert set(restricted_sessions) <= cases_with_restricted


def test_restricted_texts_are_sealed_and_open_for_their_readers(demo_dir: Path) -> None:
    """The demo's restricted notes go through the same sealing as the app's: none in clear; the
    coordinator opens every one, the counsellor only those she wrote."""
    with Vault.open(demo_dir, "coordinator", DEMO_PASSWORD) as v, v.session() as session:
        rows = session.execute(
            select(CaseNote.text, StaffAccount.username)
            .join(StaffAccount, StaffAccount.id == CaseNote.author_id)
            .where(CaseNote.restricted.is_(True))
        ).all()
        assert rows and all(text.startswith("dodam-sealed-1:") for text, _ in rows)
        opened = [restricted_text.reveal(session, text, restricted_text.CASE_NOTE) for text, _ in rows]
        assert all(opened) and "정신건강의학과" in " ".join(t or "" for t in opened)
    with Vault.open(demo_dir, "counselor", DEMO_PASSWORD) as v, v.session() as session:
        for (text, author), plain in zip(rows, opened, strict=True):
            mine = restricted_text.reveal(session, text, restricted_text.CASE_NOTE)
            assert mine == (plain if author == "counselor" else None)
        assert any(author == "counselor" for _, author in rows)
        assert any(author != "counselor" for _, author in rows)


def test_meetings_are_numbered_finalised_and_one_is_planned(db: Session) -> None:
    meetings = list(db.scalars(select(Meeting).order_by(Meeting.number)))
    assert [m.number for m in meetings] == list(range(1, len(meetings) + 1))
    assert {m.meeting_type for m in meetings} == set(MeetingType)
    principal = db.scalars(select(StaffAccount).where(StaffAccount.username == "principal")).one()
    finalised = [m for m in meetings if m.status is MeetingStatus.FINALISED]
    assert len(finalised) >= 6
    for m in finalised:
        assert m.content_hash == hashlib.sha256(minutes_text(m).encode("utf-8")).hexdigest()
        assert m.signed_by_id == principal.id and m.finalised_at is not None
        assert any(a.external and a.organisation and a.position for a in m.attendees)
        assert any(a.staff_id for a in m.attendees)
        decided = [i for i in m.agenda_items if i.decision is not None]
        assert decided and all(i.decision.reason for i in decided if i.decision)
    planned = [m for m in meetings if m.status is MeetingStatus.PLANNED]
    assert len(planned) == 1
    assert planned[0].held_at.date().year == 2026 and planned[0].held_at.date().month == 12
    assert planned[0].agenda_items
    assert any(i.action_items for m in finalised for i in m.agenda_items)


def test_state_changes_decided_in_meetings_point_at_their_decision(db: Session) -> None:
    linked = db.scalars(select(CaseStateChange).where(CaseStateChange.decision_id.is_not(None))).all()
    assert len(linked) >= 30
    selected = db.scalars(select(CaseStateChange).where(CaseStateChange.to_state == S.SELECTED)).all()
    assert all(c.decision_id is not None for c in selected)


def test_audit_chain_and_database_are_intact(vault: Vault, db: Session) -> None:
    assert verify_chain(db) == []
    assert vault.check().ok


def test_no_generated_name_is_a_famous_person(db: Session) -> None:
    names = set(db.scalars(select(Student.name))) | set(db.scalars(select(Student.guardian_name)))
    names |= set(db.scalars(select(StaffAccount.display_name)))
    assert not names & FAMOUS
    assert not names & FAMOUS_NAMES


def _fingerprint(data_dir: Path) -> tuple[Any, ...]:
    # Restricted session notes are sealed under fresh random keys: compare what they say.
    with Vault.open(data_dir, "coordinator", DEMO_PASSWORD) as v, v.session() as session:
        result = (
            summary(session, DEMO_TODAY),
            session.execute(select(Student.name, Student.student_no).order_by(Student.id)).all(),
            session.execute(select(SupportCase.code, SupportCase.state).order_by(SupportCase.id)).all(),
            [
                (held_on, restricted_text.reveal(session, notes, restricted_text.SESSION_NOTE))
                for held_on, notes in session.execute(
                    select(SupportSession.held_on, SupportSession.notes).order_by(SupportSession.id)
                )
            ],
        )
    return result


def test_same_seed_gives_the_same_school(demo_dir: Path, tmp_path: Path) -> None:
    create_demo_school(tmp_path / "again", kdf=TEST_KDF)
    assert _fingerprint(tmp_path / "again") == _fingerprint(demo_dir)
    create_demo_school(tmp_path / "other", kdf=TEST_KDF, seed=7)
    other = _fingerprint(tmp_path / "other")
    assert other[1] != _fingerprint(demo_dir)[1]
    assert all(n >= 1 for n in other[0]["cases"]["by_state"].values())


def test_ensure_creates_only_once_and_reports_progress(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo"
    assert ensure_demo_school(data_dir, kdf=TEST_KDF) is True
    assert vault_exists(data_dir)
    assert ensure_demo_school(data_dir, kdf=TEST_KDF) is False

    seen: list[int] = []
    create_demo_school(tmp_path / "progress", kdf=TEST_KDF, progress=lambda p, _m: seen.append(p))
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)


def test_a_failed_creation_leaves_no_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_a: Any, **_kw: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo, "populate", broken)
    with pytest.raises(RuntimeError):
        create_demo_school(tmp_path / "demo", kdf=TEST_KDF)
    assert not vault_exists(tmp_path / "demo")
