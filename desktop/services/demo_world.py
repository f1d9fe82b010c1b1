"""Shared ground of the demo generators: the 2026 calendar, timelines, the world and the audit log."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    AuditEvent,
    CaseState,
    ConsentParty,
    DecisionOutcome,
    Intervention,
    MeetingType,
    NeedCategory,
    NeedDomain,
    Organisation,
    OrganisationKind,
    Referral,
    StaffAccount,
    Student,
    SupportCase,
    SupportRequest,
    SupportType,
)
from desktop.services import demo_scenarios as sc
from desktop.services.audit import AuditAction, event_hash

S = CaseState
KST = timezone(timedelta(hours=9))
TODAY = date(2026, 11, 23)
START = date(2026, 3, 3)  # first school day (3월 2일은 삼일절 대체공휴일)
END = date(2026, 11, 20)  # last day the history reaches
PLAN_END = date(2027, 2, 12)
HOLIDAYS = frozenset(
    {
        date(2026, 3, 2),
        date(2026, 5, 5),
        date(2026, 5, 25),
        date(2026, 6, 3),
        date(2026, 8, 17),
        date(2026, 9, 24),
        date(2026, 9, 25),
        date(2026, 10, 5),
        date(2026, 10, 9),
    }
)
VACATION = (date(2026, 7, 24), date(2026, 8, 18))  # summer vacation, inclusive

# The team's meeting calendar: every other Thursday or so, one still to come in December.
MEETING_CALENDAR: tuple[tuple[date, MeetingType], ...] = (
    (date(2026, 3, 19), MeetingType.SELECTION),
    (date(2026, 4, 9), MeetingType.PLANNING),
    (date(2026, 4, 30), MeetingType.SELECTION),
    (date(2026, 5, 21), MeetingType.EMERGENCY),
    (date(2026, 6, 18), MeetingType.REVIEW),
    (date(2026, 7, 16), MeetingType.CLOSURE),
    (date(2026, 9, 10), MeetingType.SELECTION),
    (date(2026, 10, 8), MeetingType.PLANNING),
    (date(2026, 10, 22), MeetingType.REVIEW),
    (date(2026, 10, 29), MeetingType.SELECTION),
    (date(2026, 11, 12), MeetingType.CLOSURE),
    (date(2026, 11, 19), MeetingType.SELECTION),
    (date(2026, 12, 10), MeetingType.REVIEW),
)
EMERGENCY_DAY = date(2026, 5, 21)
REVIEW_DAYS = (date(2026, 6, 18), date(2026, 10, 22))
CLOSURE_DAYS = (date(2026, 7, 16), date(2026, 11, 12))


def at_kst(day: date, hour: int, minute: int = 0) -> datetime:
    """A Korean wall-clock time on `day`, as an aware UTC datetime."""
    return datetime.combine(day, time(hour, minute), tzinfo=KST).astimezone(UTC)


def is_school_day(day: date) -> bool:
    """A weekday that is neither a public holiday nor in the summer vacation."""
    return day.weekday() < 5 and day not in HOLIDAYS and not VACATION[0] <= day <= VACATION[1]


def workday(day: date) -> date:
    """`day` or the next weekday that is not a public holiday (vacation days count)."""
    while day.weekday() >= 5 or day in HOLIDAYS:
        day += timedelta(days=1)
    return day


def school_day(day: date) -> date:
    """`day` or the next school day."""
    while not is_school_day(day):
        day += timedelta(days=1)
    return day


def days(n: int) -> timedelta:
    """A timedelta of `n` days."""
    return timedelta(days=n)


@dataclass
class Step:
    """One state change of a case's timeline."""

    state: CaseState
    on: date
    by: str = "coordinator"
    reason: str = ""
    meeting: date | None = None
    outcome: DecisionOutcome | None = None
    decision_id: int | None = None


@dataclass
class Timeline:
    """The dated path of a case from its request to its current state."""

    received: date
    steps: list[Step] = field(default_factory=list)
    consents: dict[ConsentParty, date] = field(default_factory=dict)
    escalated: bool = False

    def add(self, state: CaseState, on: date, **kw: Any) -> date:
        """Append a step; its day is a working day, not before the previous step, not after END."""
        on = min(workday(on), END)
        if self.steps:
            on = max(on, self.steps[-1].on)
        self.steps.append(Step(state, on, **kw))
        return on

    def first(self, state: CaseState) -> date | None:
        """The day the case first entered `state`, if it did."""
        return next((s.on for s in self.steps if s.state is state), None)

    @property
    def state(self) -> CaseState:
        """The state the timeline ends in."""
        return self.steps[-1].state


@dataclass
class Built:
    """A case as written, with what the meetings and tasks need to know about it."""

    case: SupportCase
    request: SupportRequest
    student: Student
    scenario: sc.Scenario
    timeline: Timeline
    manager: StaffAccount
    homeroom: StaffAccount
    referrals: list[Referral] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)


class AuditLog:
    """Audit events of the demo, written at the end in time order and hash-chained."""

    def __init__(self) -> None:
        self._events: list[
            tuple[datetime, int, StaffAccount | None, str, str, int | None, int | None, dict[str, Any]]
        ] = []

    def add(
        self,
        at: datetime,
        actor: StaffAccount | None,
        action: AuditAction,
        entity_type: str,
        entity_id: int | None,
        student_id: int | None,
        detail: dict[str, Any],
    ) -> None:
        """Collect one event."""
        self._events.append(
            (at, len(self._events), actor, str(action), entity_type, entity_id, student_id, detail)
        )

    def bulk(
        self,
        actor: StaffAccount,
        action: AuditAction,
        entity_type: str,
        detail: dict[str, Any],
        *,
        entity_id: int | None = None,
    ) -> None:
        """An event of a bulk step of the set-up, dated the first school day."""
        self.add(at_kst(date(2026, 3, 3), 8, 30), actor, action, entity_type, entity_id, None, detail)

    def write(self, session: Session) -> None:
        """Add the collected events after the existing ones, in time order, chained."""
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
        previous = last.hash if last is not None else ""
        rows: list[AuditEvent] = []
        for at, _n, actor, action, entity_type, entity_id, student_id, detail in sorted(
            self._events, key=lambda e: (e[0], e[1])
        ):
            event = AuditEvent(
                at=at,
                actor_id=actor.id if actor is not None else None,
                actor_name=actor.username if actor is not None else "system",
                action=action,
                entity_type=entity_type,
                entity_id=entity_id,
                student_id=student_id,
                purpose="",
                detail=json.loads(json.dumps(detail, ensure_ascii=False, default=str)),
                prev_hash=previous,
                reviewed=at.date() < date(2026, 11, 1),
            )
            event.hash = event_hash(event)
            previous = event.hash
            rows.append(event)
        session.add_all(rows)
        session.flush()


@dataclass
class World:
    """What the generators share: the session, the random source, the people and the taxonomy."""

    session: Session
    rng: random.Random
    staff: dict[str, StaffAccount]
    students: list[Student]
    organisations: list[Organisation]
    domains: dict[str, NeedDomain]
    categories: dict[str, NeedCategory]
    support_types: dict[str, SupportType]
    adult_name: Callable[[bool], str]
    log: AuditLog

    @classmethod
    def load(
        cls,
        session: Session,
        rng: random.Random,
        staff: dict[str, StaffAccount],
        students: list[Student],
        organisations: list[Organisation],
        adult_name: Callable[[bool], str],
        log: AuditLog,
    ) -> World:
        """Collect the taxonomy the set-up created."""
        return cls(
            session=session,
            rng=rng,
            staff=staff,
            students=students,
            organisations=organisations,
            domains={d.code: d for d in session.scalars(select(NeedDomain))},
            categories={c.code: c for c in session.scalars(select(NeedCategory))},
            support_types={t.code: t for t in session.scalars(select(SupportType))},
            adult_name=adult_name,
            log=log,
        )

    def homeroom_of(self, student: Student) -> StaffAccount:
        """The homeroom teacher of the student's class."""
        return self.staff[f"homeroom_{student.grade}_{student.class_no}"]

    def organisation(self, spec: str) -> Organisation:
        """The organisation for "kind" or "kind:name fragment"."""
        kind, _, fragment = spec.partition(":")
        matches = [
            o
            for o in self.organisations
            if o.kind is OrganisationKind(kind) and (not fragment or fragment in o.name)
        ]
        return matches[0] if fragment else self.rng.choice(matches)


def rand_day(rng: random.Random, first: date, last: date) -> date:
    """A day between `first` and `last`, inclusive."""
    return first + days(rng.randint(0, (last - first).days))
