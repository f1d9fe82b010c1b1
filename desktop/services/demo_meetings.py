"""Meetings and tasks of the demo school.

Every decision a case's timeline took at a meeting becomes an agenda item with its decision and
action items; held meetings are finalised (content hash, principal's signature) and one meeting in
December is still planned, with its agenda proposed from the open work.
"""

from __future__ import annotations

import hashlib
from datetime import date

from desktop.models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    CaseState,
    Decision,
    DecisionOutcome,
    Meeting,
    MeetingAttendee,
    MeetingStatus,
    MeetingType,
    ReferralStatus,
    StaffAccount,
    Task,
    TaskKind,
    TaskStatus,
)
from desktop.services.audit import AuditAction
from desktop.services.demo_cases import write_history
from desktop.services.demo_world import (
    END,
    KST,
    MEETING_CALENDAR,
    TODAY,
    Built,
    World,
    at_kst,
    days,
    workday,
)
from desktop.services.meetings import minutes_text

S = CaseState

_TYPE_KO = {
    MeetingType.SELECTION: "지원 대상 선정 회의",
    MeetingType.PLANNING: "지원계획 심의 회의",
    MeetingType.REVIEW: "사례 점검 회의",
    MeetingType.CLOSURE: "사례 종결 회의",
    MeetingType.EMERGENCY: "긴급 사례 회의",
}
# The external guest each kind of meeting invites: (organisation name fragment, position).
_GUESTS = {
    MeetingType.SELECTION: ("도담동 행정복지센터", "사회복지주무관"),
    MeetingType.PLANNING: ("지원청 Wee센터", "전문상담사"),
    MeetingType.REVIEW: ("정신건강복지센터", "정신건강전문요원"),
    MeetingType.CLOSURE: ("도담구 드림스타트", "아동통합사례관리사"),
    MeetingType.EMERGENCY: ("아동보호전문기관", "상담원"),
}
# An emergency meeting invites the organisation that handles the crisis at hand.
_EMERGENCY_GUESTS = {
    "sexual_violence": ("해바라기센터", "상담팀장"),
    "depression_self_harm": ("정신건강복지센터", "정신건강전문요원"),
    "school_violence": ("학교전담경찰관", "학교전담경찰관(경사)"),
    "neglect_meals": ("도담구 드림스타트", "아동통합사례관리사"),
    "guardian_loss": ("도담동 행정복지센터", "사회복지주무관"),
}
_OUTCOME_TITLES = {
    DecisionOutcome.SELECT: "지원 대상 선정 심의",
    DecisionOutcome.NOT_SELECT: "지원 대상 선정 심의",
    DecisionOutcome.HOLD: "지원 대상 선정 심의",
    DecisionOutcome.REFER_OUT: "교육지원청 학생맞춤통합지원센터 의뢰 심의",
    DecisionOutcome.APPROVE_PLAN: "지원계획 심의",
    DecisionOutcome.CONTINUE: "지원 경과 점검",
    DecisionOutcome.CLOSE: "사례 종결 심의",
}


def _label(b: Built) -> str:
    domains = "·".join(d.name_ko for d in b.case.domains)
    return f"({b.student.grade}학년, {domains})"


def _discussion(b: Built, outcome: DecisionOutcome | None) -> str:
    s = b.scenario
    if outcome in (DecisionOutcome.APPROVE_PLAN,):
        goals = "; ".join(goal for _code, goal, _measure in s.goals)
        actions = "; ".join(f"{a.description}({a.frequency})" for a in s.actions)
        return f"목표: {goals}\n지원 내용: {actions}"
    if outcome is DecisionOutcome.CONTINUE:
        return f"지원 경과: {s.notes[-1]} 담당자 보고 후 목표 달성도 검토."
    if outcome is DecisionOutcome.CLOSE:
        return f"종결 사유: {s.closure_reason}\n사후관리: {s.aftercare}"
    return (
        f"신청 사유: {s.description}\n근거 — 기초학력진단: {s.basic_skills}. "
        f"담임 의견: {s.teacher_opinion.rstrip('.')}. 보호자 상담: {s.guardian_counselling}"
    )


class _Tasks:
    """Tasks being written; action items wait for their task's id."""

    def __init__(self) -> None:
        self.rows: list[Task] = []
        self.pending: list[tuple[AgendaItem, ActionItem, Task]] = []

    def add(
        self,
        title: str,
        kind: TaskKind,
        assignee: StaffAccount,
        due: date,
        *,
        case_id: int | None = None,
        done_on: date | None = None,
        cancelled: bool = False,
        notes: str = "",
    ) -> Task:
        """A task; done on `done_on` when that day has passed in the demo year."""
        task = Task(title=title, kind=kind, case_id=case_id, assignee_id=assignee.id, due_on=due, notes=notes)
        # Written down about two weeks before it is due (never after it was done, nor after the
        # demo's history ends), not when the demo happens to be generated.
        created = min(due - days(14), END, done_on if done_on is not None else END)
        task.created_at = task.updated_at = at_kst(created, 9, 0)
        if cancelled:
            task.status = TaskStatus.CANCELLED
        elif done_on is not None and done_on <= END:
            task.status, task.completed_at = TaskStatus.DONE, at_kst(done_on, 17, 0)
        else:
            task.status = TaskStatus.OPEN
        self.rows.append(task)
        return task

    def action(
        self,
        item: AgendaItem,
        text: str,
        who: StaffAccount,
        due: date,
        kind: TaskKind,
        *,
        done_on: date | None = None,
        case_id: int | None = None,
    ) -> None:
        """An action item of `item` that becomes a task."""
        task = self.add(text, kind, who, due, case_id=case_id, done_on=done_on)
        self.pending.append((item, ActionItem(assignee_id=who.id, description=text, due_on=due), task))


def build_meetings_and_tasks(world: World, built: list[Built]) -> None:
    """Write the year's meetings with agenda, decisions and action items, the case histories that
    point at those decisions, and the team's tasks."""
    session, staff = world.session, world.staff
    tasks = _Tasks()
    by_day: dict[date, list[tuple[Built, int]]] = {}
    for b in built:
        for k, step in enumerate(b.timeline.steps):
            if step.meeting is not None:
                by_day.setdefault(step.meeting, []).append((b, k))
    meetings: list[tuple[Meeting, list[tuple[Decision, Built, int]]]] = []
    for number, (day, kind) in enumerate(MEETING_CALENDAR, start=1):
        planned = day > TODAY
        meeting = Meeting(
            meeting_type=kind,
            year=day.year,
            number=number,
            title=f"{day.year}학년도 제{number}차 {_TYPE_KO[kind]}",
            held_at=at_kst(day, 15, 30 if kind is not MeetingType.EMERGENCY else 0),
            place="교장실" if kind is MeetingType.EMERGENCY else "본관 2층 협의실",
            chair_id=staff["principal"].id,
            status=MeetingStatus.PLANNED if planned else MeetingStatus.FINALISED,
        )
        decided: list[tuple[Decision, Built, int]] = []
        agenda_cases: list[Built] = []
        selection = kind in (MeetingType.SELECTION, MeetingType.EMERGENCY)
        for b, k in by_day.get(day, []):
            step = b.timeline.steps[k]
            assert step.outcome is not None
            item = AgendaItem(
                sort_order=len(meeting.agenda_items) + 1,
                kind=AgendaKind.NEW_REQUEST if selection else AgendaKind.REVIEW_DUE,
                title=f"{b.case.code} {_OUTCOME_TITLES[step.outcome]} {_label(b)}",
                case_id=b.case.id,
                request_id=b.request.id if selection else None,
                discussion=_discussion(b, step.outcome),
            )
            decision = Decision(
                outcome=step.outcome,
                target_state=step.state,
                reason=step.reason,
                applied_at=at_kst(day, 17, 0),
            )
            item.decision = decision
            meeting.agenda_items.append(item)
            decided.append((decision, b, k))
            agenda_cases.append(b)
            _actions_for(world, tasks, item, b, step.outcome, day)
        if not planned and kind is MeetingType.REVIEW:
            agenda_cases += _continuing(world, tasks, meeting, built, day)
        if day == date(2026, 11, 12):
            _overdue_item(world, tasks, meeting, built)
        if planned:
            agenda_cases += _proposed_agenda(meeting, built)
        _attendees(world, meeting, kind, agenda_cases, planned)
        session.add(meeting)
        meetings.append((meeting, decided))
        world.log.add(
            at_kst(workday(day - days(7)), 10, 0),
            staff["headteacher"],
            AuditAction.CREATE,
            "meeting",
            None,
            None,
            {"meeting": meeting.title},
        )
    _more_tasks(world, tasks, built)
    session.add_all(tasks.rows)
    session.flush()
    for item, action, task in tasks.pending:
        action.task_id = task.id
        item.action_items.append(action)
    session.flush()
    for meeting, decided in meetings:
        for decision, b, k in decided:
            b.timeline.steps[k].decision_id = decision.id
        if meeting.status is MeetingStatus.FINALISED:
            held = meeting.held_at.astimezone(KST).date()
            signed = at_kst(workday(held + days(1)), 10, 0)
            meeting.decisions_applied_at = at_kst(held, 17, 0)
            meeting.content_hash = hashlib.sha256(minutes_text(meeting).encode("utf-8")).hexdigest()
            meeting.finalised_at = meeting.signed_at = signed
            meeting.signed_by_id = staff["principal"].id
            world.log.add(
                signed,
                staff["principal"],
                AuditAction.UPDATE,
                "meeting",
                meeting.id,
                None,
                {"meeting": meeting.title, "status": "finalised", "content_hash": meeting.content_hash},
            )
    write_history(world, built)


def _actions_for(
    world: World, tasks: _Tasks, item: AgendaItem, b: Built, outcome: DecisionOutcome, day: date
) -> None:
    staff, t = world.staff, b.timeline
    case_id = b.case.id
    if outcome is DecisionOutcome.SELECT:
        tasks.action(
            item,
            f"{b.case.code} 학생·보호자 동의서 받기",
            staff["coordinator"],
            day + days(7),
            TaskKind.CONSENT,
            done_on=t.first(S.PLANNING),
            case_id=case_id,
        )
    elif outcome is DecisionOutcome.HOLD:
        tasks.action(
            item,
            f"{b.case.code} 보호자 상담 후 다음 선정 회의에 재상정",
            b.homeroom,
            day + days(14),
            TaskKind.ACTION,
            case_id=case_id,
        )
    elif outcome is DecisionOutcome.REFER_OUT:
        tasks.action(
            item,
            f"{b.case.code} 센터 의뢰서와 정보 제공 동의서 송부",
            staff["coordinator"],
            day + days(3),
            TaskKind.ACTION,
            done_on=workday(day + days(1)),
            case_id=case_id,
        )
    elif outcome is DecisionOutcome.APPROVE_PLAN:
        tasks.action(
            item,
            f"{b.case.code} 외부 기관 연계 의뢰 및 지원 시작",
            b.manager,
            day + days(7),
            TaskKind.ACTION,
            done_on=workday(day + days(3)),
            case_id=case_id,
        )
    elif outcome is DecisionOutcome.CONTINUE:
        tasks.action(
            item,
            f"{b.case.code} 다음 점검 시 목표 달성도 보고",
            b.manager,
            day + days(30),
            TaskKind.REVIEW,
            done_on=workday(day + days(28)),
            case_id=case_id,
        )
    elif outcome is DecisionOutcome.CLOSE:
        due = day + days(60)
        tasks.action(
            item,
            f"{b.case.code} 사후관리: {b.scenario.aftercare}",
            b.homeroom,
            due,
            TaskKind.REVIEW,
            done_on=workday(due - days(2)) if due < TODAY else None,
            case_id=case_id,
        )


def _continuing(world: World, tasks: _Tasks, meeting: Meeting, built: list[Built], day: date) -> list[Built]:
    """Review items without a state change: active cases whose support simply continues."""
    on_agenda = {item.case_id for item in meeting.agenda_items}
    running = [
        b
        for b in built
        if b.case.id not in on_agenda
        and (active := b.timeline.first(S.ACTIVE)) is not None
        and active <= day - days(21)
        and not any(
            s.on <= day and s.state in (S.CLOSED, S.MONITORING, S.REFERRED_OUT) for s in b.timeline.steps
        )
    ]
    chosen = world.rng.sample(running, min(3, len(running)))
    for b in chosen:
        item = AgendaItem(
            sort_order=len(meeting.agenda_items) + 1,
            kind=AgendaKind.REVIEW_DUE,
            title=f"{b.case.code} 지원 경과 점검 {_label(b)}",
            case_id=b.case.id,
            discussion=_discussion(b, DecisionOutcome.CONTINUE),
        )
        item.decision = Decision(
            outcome=DecisionOutcome.CONTINUE,
            reason="목표 달성 전으로 현행 지원 유지",
            applied_at=at_kst(day, 17, 0),
        )
        meeting.agenda_items.append(item)
        tasks.action(
            item,
            f"{b.case.code} 다음 점검 시 목표 달성도 보고",
            b.manager,
            day + days(30),
            TaskKind.REVIEW,
            done_on=workday(day + days(27)),
            case_id=b.case.id,
        )
    return chosen


def _overdue_item(world: World, tasks: _Tasks, meeting: Meeting, built: list[Built]) -> None:
    late = [
        (b, r)
        for b in built
        for r in b.referrals
        if r.status is ReferralStatus.SENT
        and r.expected_response_on is not None
        and r.expected_response_on < date(2026, 11, 12)
    ]
    if not late:
        return
    codes = ", ".join(sorted({b.case.code for b, _r in late}))
    item = AgendaItem(
        sort_order=len(meeting.agenda_items) + 1,
        kind=AgendaKind.OVERDUE_ACTION,
        title=f"외부 기관 연계 회신 지연 점검 ({codes})",
        discussion="회신 기한이 지난 연계 의뢰를 확인함. 기관별 담당자 재통화 필요.",
    )
    item.decision = Decision(
        outcome=DecisionOutcome.OTHER,
        reason="사례 담당자가 기관에 회신을 재요청하고 11월 20일까지 결과를 공유",
        applied_at=at_kst(date(2026, 11, 12), 17, 0),
    )
    meeting.agenda_items.append(item)
    tasks.action(
        item,
        "연계 회신 지연 기관 재요청 및 결과 공유",
        world.staff["coordinator"],
        date(2026, 11, 20),
        TaskKind.REFERRAL_FOLLOW_UP,
    )


def _proposed_agenda(meeting: Meeting, built: list[Built]) -> list[Built]:
    """The agenda proposed for the planned meeting: new requests, plans to approve, reviews due,
    overdue referrals. Nothing is decided yet."""
    chosen: list[Built] = []
    reviews = 0
    for b in built:
        state = b.timeline.state
        if state in (S.REQUESTED, S.UNDER_REVIEW, S.ON_HOLD):
            kind, title, request_id = AgendaKind.NEW_REQUEST, "지원 대상 선정 심의", b.request.id
        elif state is S.PLANNING:
            kind, title, request_id = AgendaKind.OTHER, "지원계획 심의", None
        elif (
            state in (S.MONITORING, S.REOPENED)
            and reviews < 5
            and (b.case.next_review_on is None or b.case.next_review_on <= date(2026, 12, 10))
        ):
            reviews += 1
            kind, title, request_id = AgendaKind.REVIEW_DUE, "지원 경과 점검", None
        elif any(
            r.status is ReferralStatus.SENT and r.expected_response_on and r.expected_response_on < TODAY
            for r in b.referrals
        ):
            kind, title, request_id = AgendaKind.OVERDUE_ACTION, "외부 기관 연계 회신 지연 점검", None
        else:
            continue
        meeting.agenda_items.append(
            AgendaItem(
                sort_order=len(meeting.agenda_items) + 1,
                kind=kind,
                title=f"{b.case.code} {title} {_label(b)}",
                case_id=b.case.id,
                request_id=request_id,
            )
        )
        chosen.append(b)
    return chosen


def _attendees(world: World, meeting: Meeting, kind: MeetingType, cases: list[Built], planned: bool) -> None:
    staff, rng = world.staff, world.rng
    people: list[StaffAccount] = [
        staff[k] for k in ("principal", "vice_principal", "coordinator", "headteacher", "counselor")
    ]
    domains = {d.code for b in cases for d in b.case.domains}
    if "care_safety_health" in domains:
        people.append(staff["nurse"])
    if "learning" in domains:
        people.append(staff["basic_skills"])
    if any(b.student.special_education for b in cases):
        people.append(staff["special_education"])
    for b in cases:
        if b.homeroom not in people and len(people) < 12:
            people.append(b.homeroom)
    absent = None if planned or rng.random() < 0.5 else rng.choice(people[3:])
    for person in people:
        meeting.attendees.append(
            MeetingAttendee(
                staff_id=person.id,
                name=person.display_name,
                position=person.position,
                organisation="도담초등학교",
                present=person is not absent,
                sort_order=len(meeting.attendees) + 1,
            )
        )
    fragment, position = _GUESTS[kind]
    if kind is MeetingType.EMERGENCY and cases:
        fragment, position = _EMERGENCY_GUESTS.get(cases[0].scenario.key, (fragment, position))
    organisation = next(o for o in world.organisations if fragment in o.name)
    meeting.attendees.append(
        MeetingAttendee(
            name=world.adult_name(rng.random() < 0.4),
            position=position,
            organisation=organisation.name,
            external=True,
            sort_order=len(meeting.attendees) + 1,
        )
    )


def _more_tasks(world: World, tasks: _Tasks, built: list[Built]) -> None:
    """Reviews due, referral follow-ups and the team's own to-dos."""
    staff = world.staff
    for b in built:
        if b.timeline.state in (S.ACTIVE, S.MONITORING) and b.case.next_review_on is not None:
            tasks.add(
                f"{b.case.code} 정기 점검",
                TaskKind.REVIEW,
                b.manager,
                b.case.next_review_on,
                case_id=b.case.id,
            )
        for r in b.referrals:
            if r.status is ReferralStatus.SENT and r.expected_response_on is not None:
                tasks.add(
                    f"{b.case.code} {r.organisation.name} 회신 확인",
                    TaskKind.REFERRAL_FOLLOW_UP,
                    b.manager,
                    r.expected_response_on,
                    case_id=b.case.id,
                )
    for title, key, due, done, cancelled in (
        ("겨울방학 중 결식 우려 학생 급식 지원 명단 확정", "coordinator", date(2026, 11, 25), None, False),
        ("2학기 학생맞춤통합지원 실적 보고(교육지원청)", "headteacher", date(2026, 11, 27), None, False),
        ("12월 협의회 안건 정리 및 위원 안내", "headteacher", date(2026, 12, 3), None, False),
        ("상담실 개인정보 보관함 잠금 상태 점검", "counselor", date(2026, 11, 18), None, False),
        (
            "1학기 지원 대상 학생 보호자 만족도 조사",
            "coordinator",
            date(2026, 7, 10),
            date(2026, 7, 9),
            False,
        ),
        ("여름방학 돌봄 공백 학생 파악", "coordinator", date(2026, 7, 17), date(2026, 7, 15), False),
        ("외부 강사 초청 교직원 연수(아동학대 예방)", "headteacher", date(2026, 9, 30), None, True),
        ("학기말 기초학력 진단 결과 공유", "basic_skills", date(2026, 12, 18), None, False),
    ):
        tasks.add(title, TaskKind.OTHER, staff[key], due, done_on=done, cancelled=cancelled)
