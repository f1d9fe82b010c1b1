"""dashboard.figures() on the demo school, checked against counts made here in plain Python from
the rows themselves (not with the service's grouped queries)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    CaseState,
    EnrolmentStatus,
    Intervention,
    InterventionStatus,
    Meeting,
    MeetingStatus,
    NeedDomain,
    Referral,
    ReferralStatus,
    RequestStatus,
    StaffAccount,
    Student,
    SupportCase,
    SupportRequest,
    Task,
    TaskStatus,
)
from desktop.services.actor import Actor
from desktop.services.dashboard import figures, months_between, school_year
from desktop.services.demo import DEMO_PASSWORD, DEMO_TODAY, create_demo_school
from desktop.services.errors import PermissionDenied
from desktop.storage.vault import Vault
from tests.conftest import TEST_KDF

FINISHED = {CaseState.CLOSED, CaseState.NOT_SELECTED, CaseState.REFERRED_OUT}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo") / "school"
    create_demo_school(data_dir, kdf=TEST_KDF)
    return data_dir


@pytest.fixture
def db(demo_dir: Path) -> Iterator[Session]:
    vault = Vault.open(demo_dir, "coordinator", DEMO_PASSWORD)
    try:
        with vault.session() as session:
            yield session
    finally:
        vault.close()


def _actor(db: Session, username: str) -> Actor:
    return Actor.of(db.scalars(select(StaffAccount).where(StaffAccount.username == username)).one())


def test_school_year_runs_from_march_to_february() -> None:
    assert school_year(date(2026, 11, 23)) == (date(2026, 3, 1), date(2027, 2, 28))
    assert school_year(date(2027, 2, 10)) == (date(2026, 3, 1), date(2027, 2, 28))
    assert school_year(date(2028, 3, 1)) == (date(2028, 3, 1), date(2029, 2, 28))
    assert school_year(date(2027, 3, 1)) == (date(2027, 3, 1), date(2028, 2, 29))  # leap year
    assert months_between(date(2026, 11, 5), date(2027, 2, 1)) == [
        date(2026, 11, 1),
        date(2026, 12, 1),
        date(2027, 1, 1),
        date(2027, 2, 1),
    ]


def test_figures_match_the_demo_rows(db: Session) -> None:
    today = DEMO_TODAY
    got = figures(db, _actor(db, "principal"), today)
    cases = list(db.scalars(select(SupportCase)))

    states = Counter(c.state for c in cases)
    assert got.cases_by_state == tuple((s, states.get(s, 0)) for s in CaseState)
    assert got.open_cases == sum(1 for c in cases if c.state not in FINISHED)
    assert got.open_cases > 0

    domains = list(db.scalars(select(NeedDomain).where(NeedDomain.active).order_by(NeedDomain.sort_order)))
    by_domain = Counter(d.code for c in cases if c.state not in FINISHED for d in c.domains)
    assert [(d.code, d.count) for d in got.open_cases_by_domain] == [
        (d.code, by_domain[d.code]) for d in domains
    ]

    students = list(db.scalars(select(Student)))
    assert got.students == sum(1 for s in students if s.status == EnrolmentStatus.ENROLLED)
    requests = list(db.scalars(select(SupportRequest)))
    assert got.new_requests == sum(1 for r in requests if r.status == RequestStatus.NEW)

    tasks = [t for t in db.scalars(select(Task)) if t.status == TaskStatus.OPEN]
    assert got.open_tasks == len(tasks)
    assert got.overdue_tasks == sum(1 for t in tasks if t.due_on is not None and t.due_on < today)
    assert 0 < got.overdue_tasks < got.open_tasks

    referrals = list(db.scalars(select(Referral)))
    open_loops = [
        r
        for r in referrals
        if r.status in {ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.DELIVERED}
    ]
    assert got.open_referrals == len(open_loops)
    overdue = [
        r
        for r in referrals
        if r.status == ReferralStatus.SENT
        and r.expected_response_on is not None
        and r.expected_response_on < today
    ]
    assert got.overdue_referrals == len(overdue) > 0

    interventions = list(db.scalars(select(Intervention)))
    assert got.active_interventions == sum(1 for i in interventions if i.status == InterventionStatus.ACTIVE)

    midnight = datetime.combine(today, datetime.min.time()).astimezone().astimezone(UTC).replace(tzinfo=None)
    planned = [
        m
        for m in db.scalars(select(Meeting))
        if m.status == MeetingStatus.PLANNED and m.held_at.replace(tzinfo=None) >= midnight
    ]
    assert got.upcoming_meetings == len(planned)
    if planned:
        assert got.next_meeting_at is not None
        assert got.next_meeting_at.replace(tzinfo=None) == min(
            m.held_at.replace(tzinfo=None) for m in planned
        )

    # The trend: March of the school year up to this month, opened and closed per month.
    assert [m.month for m in got.monthly] == [date(2026, month, 1) for month in range(3, 12)]
    opened = Counter((c.opened_on.year, c.opened_on.month) for c in cases if c.opened_on >= date(2026, 3, 1))
    closed = Counter((c.closed_on.year, c.closed_on.month) for c in cases if c.closed_on is not None)
    assert [(m.opened, m.closed) for m in got.monthly] == [
        (opened[(m.month.year, m.month.month)], closed[(m.month.year, m.month.month)]) for m in got.monthly
    ]
    assert sum(m.opened for m in got.monthly) > 0 and sum(m.closed for m in got.monthly) > 0


def test_early_in_the_school_year_the_trend_is_short(db: Session) -> None:
    got = figures(db, _actor(db, "coordinator"), date(2026, 4, 15))
    assert [m.month for m in got.monthly] == [date(2026, 3, 1), date(2026, 4, 1)]


@pytest.mark.parametrize("username", ["coordinator", "principal", "headteacher"])
def test_the_team_leads_see_the_dashboard(db: Session, username: str) -> None:
    assert figures(db, _actor(db, username), DEMO_TODAY).students > 500


@pytest.mark.parametrize("username", ["homeroom", "counselor"])
def test_teachers_do_not_get_the_school_figures(db: Session, username: str) -> None:
    with pytest.raises(PermissionDenied):
        figures(db, _actor(db, username), DEMO_TODAY)
