"""summary(): counts on a tiny hand-built school, checked by hand."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    CaseState,
    Intervention,
    Meeting,
    MeetingType,
    NeedDomain,
    Organisation,
    OrganisationKind,
    Referral,
    ReferralStatus,
    RequesterKind,
    Role,
    Sex,
    StaffAccount,
    Student,
    SupportCase,
    SupportRequest,
    SupportSession,
    Task,
    TaskStatus,
)
from desktop.services.demo_world import at_kst
from desktop.services.statistics import summary

TODAY = date(2026, 11, 23)


def _build(db: Session) -> None:
    domains = {d.code: d for d in db.scalars(select(NeedDomain))}
    staff = StaffAccount(username="teacher", display_name="담임", role=Role.HOMEROOM)
    students = [
        Student(grade=g, class_no=1, number=n, name=f"학생{n}", sex=Sex.MALE)
        for n, g in enumerate((1, 2, 3), 1)
    ]
    db.add_all([staff, *students])
    db.flush()
    a = SupportCase(
        code="2026-001",
        student_id=students[0].id,
        state=CaseState.ACTIVE,
        opened_on=date(2026, 4, 1),
        domains=[domains["learning"], domains["emotional"]],
    )
    b = SupportCase(
        code="2026-002",
        student_id=students[1].id,
        state=CaseState.CLOSED,
        opened_on=date(2026, 4, 2),
        domains=[domains["learning"]],
    )
    c = SupportCase(
        code="2026-003", student_id=students[2].id, state=CaseState.ACTIVE, opened_on=date(2026, 5, 1)
    )
    db.add_all([a, b, c])
    db.flush()
    for student, case in ((students[0], a), (students[1], b), (students[2], None)):
        db.add(
            SupportRequest(
                student_id=student.id,
                requester_kind=RequesterKind.STAFF,
                received_on=date(2026, 4, 1),
                case_id=case.id if case else None,
            )
        )
    orgs = [
        Organisation(name="센터", kind=OrganisationKind.WEE_CENTER),
        Organisation(name="병원", kind=OrganisationKind.HOSPITAL),
    ]
    db.add_all(orgs)
    db.flush()
    intervention = Intervention(case_id=a.id, title="상담", provider_staff_id=staff.id)
    db.add(intervention)
    db.flush()
    db.add_all(
        [
            SupportSession(intervention_id=intervention.id, held_on=date(2026, 5, 1)),
            SupportSession(intervention_id=intervention.id, held_on=date(2026, 5, 8)),
        ]
    )
    db.add_all(
        [
            # overdue: sent, expected before today
            Referral(
                case_id=a.id,
                organisation_id=orgs[0].id,
                status=ReferralStatus.SENT,
                expected_response_on=date(2026, 11, 20),
            ),
            # sent, expected today: not overdue yet
            Referral(
                case_id=a.id,
                organisation_id=orgs[1].id,
                status=ReferralStatus.SENT,
                expected_response_on=TODAY,
            ),
            # answered, so not overdue whatever its date
            Referral(
                case_id=b.id,
                organisation_id=orgs[0].id,
                status=ReferralStatus.ACCEPTED,
                expected_response_on=date(2026, 5, 1),
            ),
            # sent without a date: never overdue
            Referral(case_id=c.id, organisation_id=orgs[1].id, status=ReferralStatus.SENT),
        ]
    )
    db.add_all(
        [
            Task(title="overdue", due_on=date(2026, 11, 1), status=TaskStatus.OPEN),
            Task(title="future", due_on=date(2026, 12, 1), status=TaskStatus.OPEN),
            Task(title="no date", status=TaskStatus.OPEN),
            Task(title="done late", due_on=date(2026, 10, 1), status=TaskStatus.DONE),
            Task(title="cancelled", due_on=date(2026, 10, 1), status=TaskStatus.CANCELLED),
        ]
    )
    db.add(
        Meeting(
            meeting_type=MeetingType.SELECTION, year=2026, number=1, held_at=at_kst(date(2026, 3, 19), 15)
        )
    )
    db.commit()


def test_summary_counts_a_tiny_school_by_hand(school_vault: Any) -> None:
    with school_vault.session() as db:
        _build(db)
        counts = summary(db, TODAY)
    assert counts == {
        "school": "테스트초등학교",
        "students": 3,
        "staff": 2,  # the coordinator from set-up and the teacher
        "cases": {
            "total": 3,
            "by_state": {s.value: {"active": 2, "closed": 1}.get(s.value, 0) for s in CaseState},
            "by_domain": {
                "learning": 2,
                "emotional": 1,
                "care_safety_health": 0,
                "economic_living": 0,
                "career": 0,
                "other": 0,
            },
        },
        "requests": 3,
        "interventions": 1,
        "sessions": 2,
        "meetings": 1,
        "organisations": 2,
        "referrals": {"total": 4, "overdue": 1},
        "tasks": {"open": 3, "overdue": 1},
    }


def test_overdue_moves_with_today(school_vault: Any) -> None:
    with school_vault.session() as db:
        _build(db)
        later = summary(db, date(2026, 12, 2))
    assert later["referrals"]["overdue"] == 2
    assert later["tasks"]["overdue"] == 2


def test_an_empty_school_has_every_state_at_zero(school_vault: Any) -> None:
    with school_vault.session() as db:
        counts = summary(db)
    assert list(counts["cases"]["by_state"]) == [s.value for s in CaseState]
    assert set(counts["cases"]["by_state"].values()) == {0}
    assert counts["cases"]["total"] == 0 and counts["students"] == 0 and counts["staff"] == 1
    assert counts["referrals"] == {"total": 0, "overdue": 0}
    assert counts["tasks"] == {"open": 0, "overdue": 0}
