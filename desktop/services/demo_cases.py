"""Cases of the demo school: timelines along the legal case states, and the case rows.

Each case follows one scenario (desktop.services.demo_scenarios) along a path of case states that
the case workflow allows, with dates anchored on the team's meeting calendar of the 2026 school
year. What a case holds is written by desktop.services.demo_support; meetings and tasks by
desktop.services.demo_meetings.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from desktop.models import (
    CaseState,
    CaseStateChange,
    ConsentParty,
    DecisionOutcome,
    MeetingType,
    NoteCategory,
    Priority,
    RequesterKind,
    RequestStatus,
    Student,
    SupportCase,
    SupportRequest,
)
from desktop.services import demo_scenarios as sc
from desktop.services.audit import AuditAction
from desktop.services.demo_support import write_support
from desktop.services.demo_world import (
    CLOSURE_DAYS,
    EMERGENCY_DAY,
    END,
    MEETING_CALENDAR,
    REVIEW_DAYS,
    START,
    TODAY,
    Built,
    S,
    Timeline,
    World,
    at_kst,
    days,
    rand_day,
    school_day,
    workday,
)

# How many cases end up in each state (60 in all).
STATE_COUNTS: tuple[tuple[CaseState, int], ...] = (
    (S.REQUESTED, 3),
    (S.UNDER_REVIEW, 3),
    (S.SELECTED, 2),
    (S.NOT_SELECTED, 3),
    (S.ON_HOLD, 2),
    (S.REFERRED_OUT, 2),
    (S.CONSENT_PENDING, 3),
    (S.PLANNING, 4),
    (S.ACTIVE, 17),
    (S.MONITORING, 10),
    (S.CLOSED, 9),
    (S.REOPENED, 2),
)
_MILD_ONLY = frozenset(
    {S.REQUESTED, S.UNDER_REVIEW, S.SELECTED, S.NOT_SELECTED, S.ON_HOLD, S.CONSENT_PENDING}
)
_SELECTION_DAYS: dict[CaseState, tuple[date, ...]] = {
    S.SELECTED: (date(2026, 11, 19),),
    S.CONSENT_PENDING: (date(2026, 10, 29), date(2026, 11, 19)),
    S.PLANNING: (date(2026, 10, 29),),
    S.NOT_SELECTED: (date(2026, 3, 19), date(2026, 4, 30), date(2026, 9, 10), date(2026, 10, 29)),
    S.ON_HOLD: (date(2026, 10, 29), date(2026, 11, 19)),
    S.REFERRED_OUT: (date(2026, 4, 30), date(2026, 9, 10), date(2026, 10, 29)),
    S.ACTIVE: (
        date(2026, 3, 19),
        date(2026, 4, 30),
        date(2026, 9, 10),
        date(2026, 9, 10),
        date(2026, 10, 29),
    ),
    S.MONITORING: (date(2026, 3, 19), date(2026, 4, 30), date(2026, 9, 10)),
    S.CLOSED: (date(2026, 3, 19), date(2026, 4, 30)),
    S.REOPENED: (date(2026, 3, 19), date(2026, 4, 30)),
}


# --- timelines ---------------------------------------------------------------------------------


def _after(meetings: tuple[date, ...], earliest: date) -> date | None:
    return next((m for m in meetings if m >= earliest), None)


def build_timeline(
    rng: random.Random, scenario: sc.Scenario, target: CaseState, *, emergency: bool
) -> Timeline:
    """A legal, dated path from the request to `target`."""
    if target in (S.REQUESTED, S.UNDER_REVIEW):
        received = workday(rand_day(rng, date(2026, 11, 9), date(2026, 11, 18)))
        t = Timeline(received)
        t.add(S.REQUESTED, received)
        if target is S.UNDER_REVIEW:
            t.add(S.UNDER_REVIEW, received + days(rng.randint(1, 2)))
        return t
    escalated = target is S.REFERRED_OUT and rng.random() < 0.5
    sel = EMERGENCY_DAY if emergency else rng.choice(_SELECTION_DAYS[S.ACTIVE if escalated else target])
    received = max(START, workday(sel - days(2 if emergency else rng.randint(8, 20))))
    t = Timeline(received, escalated=escalated)
    t.add(S.REQUESTED, received)
    t.add(S.UNDER_REVIEW, min(received + days(rng.randint(0, 3)), sel - days(1)))
    decided = {"by": "principal", "meeting": sel}
    if target is S.NOT_SELECTED:
        t.add(
            S.NOT_SELECTED,
            sel,
            reason=rng.choice(sc.NOT_SELECTED_REASONS),
            outcome=DecisionOutcome.NOT_SELECT,
            **decided,
        )
        return t
    if target is S.ON_HOLD:
        t.add(S.ON_HOLD, sel, reason=rng.choice(sc.ON_HOLD_REASONS), outcome=DecisionOutcome.HOLD, **decided)
        return t
    if target is S.REFERRED_OUT and not escalated:
        t.add(
            S.REFERRED_OUT,
            sel,
            reason=sc.REFERRED_OUT_REASONS[0],
            outcome=DecisionOutcome.REFER_OUT,
            **decided,
        )
        return t
    reason = (
        "긴급 지원 필요(임시 회의)"
        if emergency
        else "지원 필요성 인정(기초학력진단, 담임 의견, 보호자 상담 근거)"
    )
    t.add(S.SELECTED, sel, reason=reason, outcome=DecisionOutcome.SELECT, **decided)
    if target is S.SELECTED:
        return t
    pending = t.add(S.CONSENT_PENDING, sel + days(1), reason="학생·보호자 동의 요청")
    if target is S.CONSENT_PENDING:
        student_on = workday(pending + days(rng.randint(1, 4)))
        if student_on <= END and rng.random() < 0.7:
            t.consents[ConsentParty.STUDENT] = student_on
        return t
    student_on = workday(pending + days(rng.randint(1, 6)))
    guardian_on = workday(pending + days(rng.randint(1, 9)))
    t.consents[ConsentParty.STUDENT] = student_on
    t.consents[ConsentParty.GUARDIAN] = guardian_on
    planning = t.add(S.PLANNING, max(student_on, guardian_on), reason="학생·보호자 동의 완료", by="manager")
    if target is S.PLANNING:
        return t
    submitted = planning + days(rng.randint(2, 5))
    planning_meeting = next(
        (
            d
            for d, kind in MEETING_CALENDAR
            if kind is MeetingType.PLANNING and submitted < d <= submitted + days(30)
        ),
        None,
    )
    approved = planning_meeting or workday(submitted + days(rng.randint(3, 8)))
    if planning_meeting is not None:
        active = t.add(
            S.ACTIVE,
            approved,
            reason="지원계획 승인",
            by="principal",
            meeting=approved,
            outcome=DecisionOutcome.APPROVE_PLAN,
        )
    else:
        active = t.add(S.ACTIVE, approved, reason="지원계획 승인(교장 결재)", by="principal")
    reviews = tuple(d for d in REVIEW_DAYS if d >= active + days(28))
    if target is S.ACTIVE:
        if reviews and reviews[0] < date(2026, 10, 1) and rng.random() < 0.5:
            monitoring = t.add(
                S.MONITORING,
                reviews[0],
                reason=rng.choice(sc.MONITORING_REASONS),
                by="principal",
                meeting=reviews[0],
                outcome=DecisionOutcome.CONTINUE,
            )
            t.add(
                S.ACTIVE,
                school_day(monitoring + days(rng.randint(60, 110))),
                reason=sc.BACK_TO_ACTIVE_REASONS[0],
            )
        return t
    if target is S.REFERRED_OUT:
        day = reviews[0] if reviews else active + days(42)
        t.add(
            S.REFERRED_OUT,
            day,
            reason=sc.REFERRED_OUT_REASONS[1],
            by="principal",
            meeting=day if reviews else None,
            outcome=DecisionOutcome.REFER_OUT if reviews else None,
        )
        return t
    if target is S.REOPENED:
        reviews = reviews[:1]
    if reviews:
        review = rng.choice(reviews)
        monitoring = t.add(
            S.MONITORING,
            review,
            reason=rng.choice(sc.MONITORING_REASONS),
            by="principal",
            meeting=review,
            outcome=DecisionOutcome.CONTINUE,
        )
    else:
        monitoring = t.add(
            S.MONITORING,
            active + days(rng.randint(35, 56)),
            reason=rng.choice(sc.MONITORING_REASONS),
            by="manager",
        )
    if target is S.MONITORING:
        return t
    closure = _after(CLOSURE_DAYS, monitoring + days(14))
    if closure is None:
        t.add(S.CLOSED, monitoring + days(21), reason=scenario.closure_reason, by="manager")
    else:
        t.add(
            S.CLOSED,
            closure,
            reason=scenario.closure_reason,
            by="principal",
            meeting=closure,
            outcome=DecisionOutcome.CLOSE,
        )
    if target is S.REOPENED:
        t.add(S.REOPENED, rand_day(rng, date(2026, 11, 16), END), reason=rng.choice(sc.REOPEN_REASONS))
    return t


# --- assignment ----------------------------------------------------------------------------------


def _assign(rng: random.Random) -> list[tuple[CaseState, sc.Scenario]]:
    """Pair each target state with a scenario: serious needs are never left waiting or unselected,
    and every scenario (so every need domain) is used two or three times."""
    targets = [state for state, n in STATE_COUNTS for _ in range(n)]
    rng.shuffle(targets)
    targets.sort(key=lambda s: s not in _MILD_ONLY)
    used = dict.fromkeys((s.key for s in sc.SCENARIOS), 0)
    pairs: list[tuple[CaseState, sc.Scenario]] = []
    for target in targets:
        options = [s for s in sc.SCENARIOS if not (s.serious and target in _MILD_ONLY)]
        fewest = min(used[s.key] for s in options)
        scenario = rng.choice([s for s in options if used[s.key] == fewest])
        used[scenario.key] += 1
        pairs.append((target, scenario))
    rng.shuffle(pairs)
    return pairs


def _pick_student(world: World, scenario: sc.Scenario, taken: set[int], own_class: bool) -> Student:
    rng = world.rng
    free = [s for s in world.students if s.id not in taken and s.grade >= scenario.min_grade]
    if own_class:
        mine = [s for s in free if (s.grade, s.class_no) == (3, 2)]
        free = mine or free
    if scenario.flag is not None:
        flagged = [s for s in free if getattr(s, scenario.flag)]
        if flagged:
            free = flagged
    elif scenario.domains[0] == "economic_living":
        poor = [s for s in free if s.basic_livelihood or s.near_poverty]
        free = poor or free
    student = rng.choice(free)
    if scenario.flag is not None and not getattr(student, scenario.flag):
        setattr(student, scenario.flag, True)
        if scenario.flag in ("basic_livelihood", "near_poverty"):
            student.near_poverty = scenario.flag == "near_poverty"
            student.basic_livelihood = scenario.flag == "basic_livelihood"
    if scenario.family is not None and student.family_type is not scenario.family:
        student.family_type = scenario.family
        if scenario.family.value == "grandparent":
            student.guardian_name, student.guardian_relation = world.adult_name(False), "조모"
    taken.add(student.id)
    return student


def build_cases(world: World) -> list[Built]:
    """Write ~60 cases with their requests, consents, plans, interventions, sessions, referrals
    and notes. Their history is written by `write_history` once the meetings' decisions exist."""
    rng, session = world.rng, world.session
    taken: set[int] = set()
    drafts: list[tuple[CaseState, sc.Scenario, Student, Timeline]] = []
    emergency_used = False
    own_class_left = 3
    for target, scenario in _assign(rng):
        emergency = (
            not emergency_used
            and scenario.priority is Priority.URGENT
            and target in (S.ACTIVE, S.MONITORING, S.CLOSED)
        )
        emergency_used = emergency_used or emergency
        own_class = own_class_left > 0 and scenario.min_grade <= 3 and target not in (S.NOT_SELECTED,)
        own_class_left -= own_class
        student = _pick_student(world, scenario, taken, own_class)
        drafts.append((target, scenario, student, build_timeline(rng, scenario, target, emergency=emergency)))
    drafts.sort(key=lambda d: (d[3].received, d[2].id))

    built: list[Built] = []
    for number, (_target, scenario, student, timeline) in enumerate(drafts, start=1):
        built.append(_write_case(world, number, scenario, student, timeline))
    session.flush()

    eligible = [
        (i, j)
        for i, b in enumerate(built)
        if b.timeline.state in (S.ACTIVE, S.MONITORING)
        for j, a in enumerate(b.scenario.actions)
        if a.provider.startswith("org:") and not a.provider.startswith("org:child_protection")
    ]
    special = rng.sample(eligible, 6)
    fates = {key: fate for key, fate in zip(special, ("overdue",) * 4 + ("declined", "recent"), strict=True)}
    for i, b in enumerate(built):
        write_support(world, b, {j: fate for (k, j), fate in fates.items() if k == i})
    _extra_requests(world, built, taken)
    session.flush()
    return built


def _write_case(world: World, number: int, scenario: sc.Scenario, student: Student, t: Timeline) -> Built:
    rng, staff = world.rng, world.staff
    homeroom = world.homeroom_of(student)
    if scenario.domains[0] == "emotional" or scenario.restricted is NoteCategory.PSYCHIATRIC:
        manager = staff["counselor"]
    elif rng.random() < 0.12:
        manager = staff["headteacher"]
    else:
        manager = staff["coordinator"]
    state = t.state
    selected = t.first(S.SELECTED)
    case = SupportCase(
        code=f"2026-{number:03d}",
        student_id=student.id,
        state=state,
        priority=scenario.priority,
        risk_level=scenario.risk,
        manager_id=manager.id,
        opened_on=t.received,
        selected_on=selected,
        summary=scenario.description,
        domains=[world.domains[c] for c in scenario.domains],
        need_categories=[world.categories[c] for c in scenario.categories],
        support_types=[world.support_types[c] for c in scenario.support_types] if selected else [],
    )
    if state in (S.ACTIVE, S.MONITORING):
        case.next_review_on = TODAY + days(rng.randint(-12, 24))
    elif state is S.REOPENED:
        case.next_review_on = date(2026, 12, 10)
    if state is S.CLOSED:
        case.closed_on = t.first(S.CLOSED)
        case.closure_reason = scenario.closure_reason
        case.aftercare = scenario.aftercare
    if state in (S.NOT_SELECTED, S.ON_HOLD, S.REFERRED_OUT, S.REOPENED):
        case.state_reason = t.steps[-1].reason
    requester = scenario.requester
    if requester == "student" and student.grade < 4:
        requester = "staff"
    request = SupportRequest(
        student_id=student.id,
        requester_kind=RequesterKind(requester),
        requester_staff_id=homeroom.id if requester == "staff" else None,
        requester_name={"staff": homeroom.display_name, "guardian": student.guardian_name}.get(
            requester, student.name
        ),
        received_on=t.received,
        description=scenario.description,
        evidence_basic_skills=scenario.basic_skills,
        evidence_teacher_opinion=scenario.teacher_opinion,
        evidence_guardian_counselling=scenario.guardian_counselling,
        status=RequestStatus.ACCEPTED,
        filed_by_id=staff["coordinator"].id,
        domains=list(case.domains),
    )
    case.requests.append(request)
    world.session.add(case)
    world.session.flush()
    coordinator = staff["coordinator"]
    world.log.add(
        at_kst(t.received, 9, 10),
        coordinator,
        AuditAction.CREATE,
        "support_request",
        request.id,
        student.id,
        {"requester_kind": requester, "domains": list(scenario.domains)},
    )
    world.log.add(
        at_kst(t.received, 9, 12),
        coordinator,
        AuditAction.CREATE,
        "support_case",
        case.id,
        student.id,
        {"case": case.code, "request_id": request.id},
    )
    return Built(case, request, student, scenario, t, manager, homeroom)


def _extra_requests(world: World, built: list[Built], taken: set[int]) -> None:
    """Requests outside the cases: a second request joining an open case, two new ones not yet
    opened as cases, and a withdrawn one."""
    rng, staff = world.rng, world.staff
    active = [b for b in built if b.timeline.state is S.ACTIVE]
    joined = rng.choice(active)
    world.session.add(
        SupportRequest(
            student_id=joined.student.id,
            requester_kind=RequesterKind.GUARDIAN,
            requester_name=joined.student.guardian_name,
            received_on=min(workday(joined.timeline.steps[-1].on + days(20)), END),
            description="보호자 추가 요청: 방학 중 돌봄 공백 우려, 겨울방학 프로그램 연계 희망.",
            status=RequestStatus.ACCEPTED,
            case_id=joined.case.id,
            filed_by_id=staff["coordinator"].id,
            domains=[world.domains["care_safety_health"]],
        )
    )
    free = [s for s in world.students if s.id not in taken]
    texts = (
        (
            "수업 중 무기력, 결석 잦음. 최근 2주간 3일 결석.",
            "learning",
            RequestStatus.NEW,
            date(2026, 11, 19),
        ),
        (
            "쉬는 시간마다 혼자 있고 급식을 거의 먹지 않음.",
            "emotional",
            RequestStatus.IN_REVIEW,
            date(2026, 11, 17),
        ),
        (
            "방과후 돌봄 필요(보호자 야간 근무).",
            "care_safety_health",
            RequestStatus.WITHDRAWN,
            date(2026, 6, 2),
        ),
    )
    for text, domain, status, day in texts:
        student = rng.choice(free)
        free.remove(student)
        homeroom = world.homeroom_of(student)
        world.session.add(
            SupportRequest(
                student_id=student.id,
                requester_kind=RequesterKind.STAFF,
                requester_staff_id=homeroom.id,
                requester_name=homeroom.display_name,
                received_on=day,
                description=text,
                status=status,
                filed_by_id=staff["coordinator"].id,
                domains=[world.domains[domain]],
                evidence_teacher_opinion=""
                if status is RequestStatus.WITHDRAWN
                else "담임 관찰 기록 첨부 예정",
            )
        )


def write_history(world: World, built: list[Built]) -> None:
    """The state changes of every case, linked to the meeting decisions that made them."""
    rows = []
    for b in built:
        previous: CaseState | None = None
        last = datetime.min.replace(tzinfo=UTC)
        for k, step in enumerate(b.timeline.steps):
            at = (
                at_kst(step.on, 16, 30)
                if step.meeting
                else at_kst(step.on, 10, 0) + timedelta(minutes=20 * k)
            )
            at = max(at, last + timedelta(minutes=5))
            last = at
            by = {"manager": b.manager, "principal": world.staff["principal"]}.get(
                step.by, world.staff["coordinator"]
            )
            rows.append(
                CaseStateChange(
                    case_id=b.case.id,
                    from_state=previous,
                    to_state=step.state,
                    at=at,
                    by_id=by.id,
                    reason=step.reason,
                    decision_id=step.decision_id,
                )
            )
            world.log.add(
                at,
                by,
                AuditAction.STATE_CHANGE,
                "support_case",
                b.case.id,
                b.student.id,
                {"case": b.case.code, "from": previous.value if previous else None, "to": step.state.value},
            )
            previous = step.state
    world.session.add_all(rows)
    world.session.flush()
