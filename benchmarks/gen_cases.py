"""Cases of the benchmark data sets: timelines along the legal case states over five school years,
and everything a case holds (requests, history, consents, plans, interventions, sessions,
referrals, notes, tasks), plus the committee meetings that decided them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from benchmarks.gen_world import (
    CURRENT_YEAR,
    END,
    TODAY,
    YEARS,
    Calendar,
    Person,
    Pupil,
    School_,
    days,
    school_day,
    stamp,
    workday,
    year_bounds,
)
from desktop.models import (
    CaseState,
    CaseStateChange,
    ConsentParty,
    DecisionOutcome,
    MeetingType,
    NoteCategory,
    RequesterKind,
    RequestStatus,
    SupportCase,
    SupportRequest,
    case_domain,
    case_need_category,
    case_support_type,
    request_domain,
)
from desktop.services import demo_scenarios as sc
from desktop.services.audit import AuditAction

S = CaseState
OPEN = frozenset(
    {
        S.REQUESTED,
        S.UNDER_REVIEW,
        S.SELECTED,
        S.ON_HOLD,
        S.CONSENT_PENDING,
        S.PLANNING,
        S.ACTIVE,
        S.MONITORING,
        S.REOPENED,
    }
)
_TYPE_KO = {
    MeetingType.SELECTION: "선정 협의회",
    MeetingType.PLANNING: "지원계획 협의회",
    MeetingType.REVIEW: "중간 점검 협의회",
    MeetingType.CLOSURE: "종결 협의회",
    MeetingType.EMERGENCY: "긴급 협의회",
}
_TYPE_CYCLE = (
    MeetingType.SELECTION,
    MeetingType.PLANNING,
    MeetingType.REVIEW,
    MeetingType.SELECTION,
    MeetingType.CLOSURE,
)
_OUTCOME_KO = {
    DecisionOutcome.SELECT: "지원 대상 선정",
    DecisionOutcome.NOT_SELECT: "미선정",
    DecisionOutcome.HOLD: "보류",
    DecisionOutcome.REFER_OUT: "외부 의뢰",
    DecisionOutcome.APPROVE_PLAN: "지원계획 승인",
    DecisionOutcome.CONTINUE: "지원 지속",
    DecisionOutcome.CLOSE: "종결",
}


@dataclass
class Step:
    state: CaseState
    on: date
    by: str = "coordinator"
    reason: str = ""
    meeting: date | None = None
    outcome: DecisionOutcome | None = None
    at: datetime | None = None
    decision_id: int | None = None


@dataclass
class CaseDraft:
    pupil: Pupil
    year: int
    scenario: sc.Scenario
    steps: list[Step]
    manager: Person
    homeroom: Person
    consents: dict[ConsentParty, date] = field(default_factory=dict)
    id: int = 0
    code: str = ""
    request_id: int = 0

    @property
    def state(self) -> CaseState:
        return self.steps[-1].state

    def first(self, state: CaseState) -> date | None:
        return next((s.on for s in self.steps if s.state is state), None)

    def last(self, state: CaseState) -> date | None:
        return next((s.on for s in reversed(self.steps) if s.state is state), None)


class _Path:
    """Builds a dated path; a step after the limit ends the path (closing it if the student left)."""

    def __init__(self, limit: date, left: bool) -> None:
        self.steps: list[Step] = []
        self.limit = limit
        self.left = left
        self.done = False

    def add(self, state: CaseState, on: date | None, **kw: Any) -> bool:
        if self.done:
            return False
        if on is None or workday(on) > self.limit:
            self.done = True
            if self.left and self.steps and self.steps[-1].state in OPEN:
                self.steps.append(
                    Step(
                        S.CLOSED,
                        max(workday(self.limit - days(3)), self.steps[-1].on),
                        reason="졸업·전출로 종결(전입 학교에 지원 내용 인계)",
                    )
                )
            return False
        on = workday(on)
        if self.steps:
            on = max(on, self.steps[-1].on)
        self.steps.append(Step(state, on, **kw))
        return True


def build_path(
    ws: School_, cal: Calendar, pupil: Pupil, received: date, fate: str, scenario: sc.Scenario
) -> tuple[list[Step], dict[ConsentParty, date]]:
    rng = ws.rng
    limit = END if pupil.left_on is None else min(END, pupil.left_on)
    p = _Path(limit, pupil.left_on is not None and pupil.left_on <= END)
    consents: dict[ConsentParty, date] = {}
    p.add(S.REQUESTED, received)
    if not p.add(S.UNDER_REVIEW, received + days(rng.randint(0, 5))):
        return p.steps, consents
    decided = {"by": "principal"}
    sel = cal.next_meeting(p.steps[-1].on + days(rng.randint(3, 10)))
    if fate == "hold":
        if not p.add(
            S.ON_HOLD,
            sel,
            reason=rng.choice(sc.ON_HOLD_REASONS),
            meeting=sel,
            outcome=DecisionOutcome.HOLD,
            **decided,
        ):
            return p.steps, consents
        assert sel is not None
        p.add(S.UNDER_REVIEW, sel + days(rng.randint(14, 40)), reason="보류 사유 해소, 재심의")
        if p.done:
            return p.steps, consents
        sel = cal.next_meeting(p.steps[-1].on + days(3))
        fate = "main"
    if fate == "not_selected":
        p.add(
            S.NOT_SELECTED,
            sel,
            reason=rng.choice(sc.NOT_SELECTED_REASONS),
            meeting=sel,
            outcome=DecisionOutcome.NOT_SELECT,
            **decided,
        )
        return p.steps, consents
    if fate == "refer":
        p.add(
            S.REFERRED_OUT,
            sel,
            reason=sc.REFERRED_OUT_REASONS[0],
            meeting=sel,
            outcome=DecisionOutcome.REFER_OUT,
            **decided,
        )
        return p.steps, consents
    if not p.add(
        S.SELECTED,
        sel,
        reason="지원 필요성 인정(기초학력진단, 담임 의견, 보호자 상담 근거)",
        meeting=sel,
        outcome=DecisionOutcome.SELECT,
        **decided,
    ):
        return p.steps, consents
    assert sel is not None
    if not p.add(S.CONSENT_PENDING, sel + days(rng.randint(1, 5)), reason="학생·보호자 동의 요청"):
        return p.steps, consents
    pending = p.steps[-1].on
    student_on = workday(pending + days(rng.randint(1, 6)))
    guardian_on = workday(pending + days(rng.randint(1, 9)))
    if student_on <= p.limit:
        consents[ConsentParty.STUDENT] = student_on
    if fate == "no_consent":
        p.add(
            S.CLOSED,
            pending + days(rng.randint(25, 45)),
            reason="보호자 동의 미회신으로 종결. 담임 관찰 유지.",
        )
        return p.steps, consents
    if guardian_on <= p.limit:
        consents[ConsentParty.GUARDIAN] = guardian_on
    if not p.add(S.PLANNING, max(student_on, guardian_on), reason="학생·보호자 동의 완료", by="manager"):
        return p.steps, consents
    approve = cal.next_meeting(p.steps[-1].on + days(rng.randint(3, 8)))
    if not p.add(
        S.ACTIVE,
        approve,
        reason="지원계획 승인",
        by="principal",
        meeting=approve,
        outcome=DecisionOutcome.APPROVE_PLAN,
    ):
        return p.steps, consents
    assert approve is not None
    review = cal.next_meeting(approve + days(rng.randint(40, 200)))
    if fate == "refer_late":
        p.add(
            S.REFERRED_OUT,
            review,
            reason=sc.REFERRED_OUT_REASONS[1],
            by="principal",
            meeting=review,
            outcome=DecisionOutcome.REFER_OUT,
        )
        return p.steps, consents
    if not p.add(
        S.MONITORING,
        review,
        reason=rng.choice(sc.MONITORING_REASONS),
        by="principal",
        meeting=review,
        outcome=DecisionOutcome.CONTINUE,
    ):
        return p.steps, consents
    assert review is not None
    if rng.random() < 0.1:
        if not p.add(
            S.ACTIVE, school_day(review + days(rng.randint(30, 90))), reason=sc.BACK_TO_ACTIVE_REASONS[0]
        ):
            return p.steps, consents
        again = cal.next_meeting(p.steps[-1].on + days(rng.randint(30, 80)))
        if not p.add(
            S.MONITORING,
            again,
            reason=rng.choice(sc.MONITORING_REASONS),
            by="principal",
            meeting=again,
            outcome=DecisionOutcome.CONTINUE,
        ):
            return p.steps, consents
    close = cal.next_meeting(p.steps[-1].on + days(rng.randint(30, 150)))
    if not p.add(
        S.CLOSED,
        close,
        reason=scenario.closure_reason,
        by="principal",
        meeting=close,
        outcome=DecisionOutcome.CLOSE,
    ):
        return p.steps, consents
    if fate == "reopen":
        assert close is not None
        if p.add(S.REOPENED, close + days(rng.randint(30, 90)), reason=rng.choice(sc.REOPEN_REASONS)):
            p.add(S.ACTIVE, p.steps[-1].on + days(rng.randint(10, 40)), reason="기존 지원계획으로 지원 재개")
    return p.steps, consents


_PAST_FATES = (
    ("main", 0.62),
    ("not_selected", 0.17),
    ("refer", 0.05),
    ("hold", 0.05),
    ("no_consent", 0.04),
    ("refer_late", 0.03),
    ("reopen", 0.04),
)
_CURRENT_FATES = (
    ("main", 0.66),
    ("not_selected", 0.1),
    ("refer", 0.04),
    ("hold", 0.08),
    ("no_consent", 0.04),
    ("refer_late", 0.03),
    ("reopen", 0.05),
)


def draft_cases(ws: School_, cal: Calendar, total: int) -> list[CaseDraft]:
    """`total` cases spread over the five years (more in later years), ordered by request day."""
    rng = ws.rng
    shares = (0.15, 0.18, 0.2, 0.22, 0.25)
    per_year = [round(total * s) for s in shares]
    per_year[-1] += total - sum(per_year)
    scenarios = list(sc.SCENARIOS)
    drafts: list[CaseDraft] = []
    for year, count in zip(YEARS, per_year, strict=True):
        present = [p for p in ws.pupils if p.present_in(year)]
        start, _end = year_bounds(year)
        last = min(year_bounds(year)[1] - days(30), END - days(2))
        span = (last - start).days
        fates = _CURRENT_FATES if year == CURRENT_YEAR else _PAST_FATES
        for _ in range(count):
            pupil = rng.choice(present)
            grade = pupil.grade_in(year)
            scenario = rng.choice([s for s in scenarios if s.min_grade <= grade] or scenarios)
            received = school_day(start + days(int(span * rng.random() ** 0.9)))
            if year == CURRENT_YEAR and rng.random() < 0.03:
                received = workday(END - days(rng.randint(0, 12)))  # new requests of the last weeks
            if received > END:
                received = workday(END - days(rng.randint(2, 10)))
            fate = rng.choices([f for f, _ in fates], [p for _, p in fates])[0]
            steps, consents = build_path(ws, cal, pupil, received, fate, scenario)
            if scenario.domains[0] == "emotional" or scenario.restricted is NoteCategory.PSYCHIATRIC:
                manager = ws.staff[rng.choice(("counselor", "counselor2"))]
            elif rng.random() < 0.12:
                manager = ws.staff["headteacher"]
            else:
                manager = ws.staff[rng.choice(("coordinator", "coordinator", "welfare2"))]
            drafts.append(
                CaseDraft(pupil, year, scenario, steps, manager, ws.homeroom_of(pupil, year), consents)
            )
    drafts.sort(key=lambda d: (d.steps[0].on, d.pupil.id))
    numbers: dict[int, int] = {}
    for d in drafts:
        numbers[d.year] = numbers.get(d.year, 0) + 1
        d.code = f"{d.year}-{numbers[d.year]:03d}"
    return drafts


def _by(ws: School_, d: CaseDraft, step: Step) -> Person:
    return {"manager": d.manager, "principal": ws.staff["principal"]}.get(step.by, ws.staff["coordinator"])


def write_cases(ws: School_, drafts: list[CaseDraft]) -> None:
    """Cases, their requests, domains and the dated history (decision ids filled in later)."""
    rng, w, audit = ws.rng, ws.w, ws.audit
    coordinator = ws.staff["coordinator"]
    for d in drafts:
        sc_ = d.scenario
        received = d.steps[0].on
        previous: datetime | None = None
        for k, step in enumerate(d.steps):
            base = (
                stamp(step.on, 16, 30) if step.meeting else stamp(step.on, 10, 0) + timedelta(minutes=20 * k)
            )
            step.at = base if previous is None or base > previous else previous + timedelta(minutes=5)
            previous = step.at
        state = d.state
        selected = d.first(S.SELECTED)
        created = stamp(received, 9, 12)
        row: dict[str, Any] = {
            "code": d.code,
            "student_id": d.pupil.id,
            "state": state,
            "priority": sc_.priority,
            "risk_level": sc_.risk,
            "manager_id": d.manager.id,
            "opened_on": received,
            "selected_on": selected,
            "next_review_on": None,
            "closed_on": None,
            "closure_reason": "",
            "aftercare": "",
            "state_reason": "",
            "summary": sc_.description,
            "created_at": created,
            "updated_at": d.steps[-1].at,
        }
        if state in (S.ACTIVE, S.MONITORING):
            row["next_review_on"] = TODAY + days(rng.randint(-12, 40))
        elif state is S.REOPENED:
            row["next_review_on"] = TODAY + days(rng.randint(5, 20))
        if state is S.CLOSED:
            row["closed_on"] = d.steps[-1].on
            row["closure_reason"] = d.steps[-1].reason
            row["aftercare"] = sc_.aftercare
        if state in (S.NOT_SELECTED, S.ON_HOLD, S.REFERRED_OUT, S.REOPENED):
            row["state_reason"] = d.steps[-1].reason
        d.id = w.add(SupportCase.__table__, row)
        for code in sc_.domains:
            w.add(case_domain, {"case_id": d.id, "domain_id": ws.domains[code]})
        for code in sc_.categories:
            w.add(case_need_category, {"case_id": d.id, "category_id": ws.categories[code]})
        if selected:
            for code in sc_.support_types:
                w.add(case_support_type, {"case_id": d.id, "support_type_id": ws.support_types[code]})
        requester = sc_.requester
        if requester == "student" and d.pupil.grade_in(d.year) < 4:
            requester = "staff"
        d.request_id = w.add(
            SupportRequest.__table__,
            {
                "student_id": d.pupil.id,
                "requester_kind": RequesterKind(requester),
                "requester_staff_id": d.homeroom.id if requester == "staff" else None,
                "requester_name": {"staff": d.homeroom.display_name, "guardian": d.pupil.guardian_name}.get(
                    requester, d.pupil.name
                ),
                "received_on": received,
                "description": sc_.description,
                "evidence_basic_skills": sc_.basic_skills,
                "evidence_teacher_opinion": sc_.teacher_opinion,
                "evidence_guardian_counselling": sc_.guardian_counselling,
                "status": RequestStatus.ACCEPTED,
                "case_id": d.id,
                "filed_by_id": coordinator.id,
                "created_at": stamp(received, 9, 10),
                "updated_at": created,
            },
        )
        for code in sc_.domains:
            w.add(request_domain, {"request_id": d.request_id, "domain_id": ws.domains[code]})
        audit.add(
            stamp(received, 9, 10),
            coordinator,
            AuditAction.CREATE,
            "support_request",
            d.request_id,
            d.pupil.id,
            {"requester_kind": requester, "domains": list(sc_.domains)},
        )
        audit.add(
            created,
            coordinator,
            AuditAction.CREATE,
            "support_case",
            d.id,
            d.pupil.id,
            {"case": d.code, "request_id": d.request_id},
        )


def write_history(ws: School_, drafts: list[CaseDraft]) -> None:
    w, audit = ws.w, ws.audit
    for d in drafts:
        previous: CaseState | None = None
        for step in d.steps:
            by = _by(ws, d, step)
            assert step.at is not None
            w.add(
                CaseStateChange.__table__,
                {
                    "case_id": d.id,
                    "from_state": previous,
                    "to_state": step.state,
                    "at": step.at,
                    "by_id": by.id,
                    "reason": step.reason,
                    "decision_id": step.decision_id,
                },
            )
            audit.add(
                step.at,
                by,
                AuditAction.STATE_CHANGE,
                "support_case",
                d.id,
                d.pupil.id,
                {"case": d.code, "from": previous.value if previous else None, "to": step.state.value},
            )
            previous = step.state


def extra_requests(ws: School_, drafts: list[CaseDraft], count: int) -> None:
    """Requests outside the case rows: second requests joining open cases, new ones not yet opened
    as cases, and withdrawn ones."""
    rng, w = ws.rng, ws.w
    coordinator = ws.staff["coordinator"]
    current = [p for p in ws.pupils if p.present_in(CURRENT_YEAR)]
    texts = (
        "수업 중 무기력, 결석 잦음. 최근 2주간 3일 결석.",
        "쉬는 시간마다 혼자 있고 급식을 거의 먹지 않음.",
        "방과후 돌봄 필요(보호자 야간 근무).",
        "보호자 추가 요청: 방학 중 돌봄 공백 우려.",
    )
    for k in range(count):
        kind = k % 3
        if kind == 0 and drafts:
            d = rng.choice(drafts)
            day = min(workday(d.steps[-1].on + days(rng.randint(5, 30))), END)
            pupil, status, case_id, text = d.pupil, RequestStatus.ACCEPTED, d.id, texts[3]
        elif kind == 1 and current:
            pupil = rng.choice(current)
            day = workday(END - days(rng.randint(0, 12)))
            status, case_id, text = (
                rng.choice((RequestStatus.NEW, RequestStatus.IN_REVIEW)),
                None,
                rng.choice(texts[:2]),
            )
        else:
            pupil = rng.choice(ws.pupils)
            year = max(pupil.entry_year, YEARS[0])
            day = min(school_day(date(year, 3, 2) + days(rng.randint(10, 200))), END)
            status, case_id, text = RequestStatus.WITHDRAWN, None, texts[2]
        homeroom = ws.homeroom_of(pupil, min(pupil.last_year, CURRENT_YEAR))
        ident = w.add(
            SupportRequest.__table__,
            {
                "student_id": pupil.id,
                "requester_kind": RequesterKind.STAFF,
                "requester_staff_id": homeroom.id,
                "requester_name": homeroom.display_name,
                "received_on": day,
                "description": text,
                "evidence_basic_skills": "",
                "evidence_teacher_opinion": ""
                if status is RequestStatus.WITHDRAWN
                else "담임 관찰 기록 첨부",
                "evidence_guardian_counselling": "",
                "status": status,
                "case_id": case_id,
                "filed_by_id": coordinator.id,
                "created_at": stamp(day, 9, 0),
                "updated_at": stamp(day, 9, 0),
            },
        )
        w.add(
            request_domain,
            {
                "request_id": ident,
                "domain_id": ws.domains["care_safety_health" if kind != 1 else "emotional"],
            },
        )
        ws.audit.add(
            stamp(day, 9, 0),
            coordinator,
            AuditAction.CREATE,
            "support_request",
            ident,
            pupil.id,
            {"requester_kind": "staff"},
        )
