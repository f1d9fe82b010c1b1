"""What the large school's cases hold (consents, plans, interventions, sessions, referrals, notes),
the committee meetings that decided them, the tasks, and the everyday access log."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

from benchmarks.gen_cases import _OUTCOME_KO, _TYPE_CYCLE, _TYPE_KO, CaseDraft, S
from benchmarks.gen_world import (
    CURRENT_YEAR,
    END,
    TODAY,
    YEARS,
    Calendar,
    Person,
    School_,
    days,
    school_day,
    school_days,
    school_year_of,
    stamp,
    workday,
    year_bounds,
)
from desktop.models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Attendance,
    AuditReview,
    CaseNote,
    Consent,
    ConsentMethod,
    ConsentParty,
    ConsentPurpose,
    Decision,
    DecisionOutcome,
    Intervention,
    InterventionStatus,
    Meeting,
    MeetingAttendee,
    MeetingStatus,
    MeetingType,
    NoteCategory,
    PlanAction,
    PlanGoal,
    PlanStatus,
    Referral,
    ReferralStatus,
    SupportPlan,
    SupportSession,
    Task,
    TaskKind,
    TaskStatus,
)
from desktop.services import demo_scenarios as sc
from desktop.services.audit import AuditAction
from desktop.services.meetings import minutes_text

_DONE_STATES = (S.CLOSED, S.REFERRED_OUT, S.NOT_SELECTED)


def _nth(items: list[int], k: int) -> int | None:
    """The k-th item, or None past the end."""
    return items[k] if k < len(items) else None


def _end_of(d: CaseDraft) -> date:
    """The last day the case was worked on (END while it is open)."""
    return d.steps[-1].on if d.state in _DONE_STATES else END


def _provider(ws: School_, d: CaseDraft, spec: str) -> tuple[Person | None, int | None]:
    kind, _, rest = spec.partition(":")
    if kind == "org":
        return None, ws.organisation(rest)[0]
    if rest == "homeroom":
        return d.homeroom, None
    if rest in ("counselor", "basic_skills") and d.pupil.id % 2:
        rest += "2"
    return ws.staff.get(rest, ws.staff["coordinator"]), None


def _weekly_hours(frequency: str) -> tuple[float, int]:
    minutes = next((m for m in (90, 80, 60, 50, 40) if f"{m}분" in frequency), 40)
    times = 2 if "주 2회" in frequency else 0.5 if "격주" in frequency or "월" in frequency else 1
    return round(times * minutes / 60, 1), minutes


def write_consents_and_plans(ws: School_, drafts: list[CaseDraft]) -> dict[int, list[int]]:
    """Consents of student and guardian, and the plan versions; returns plan action ids per case."""
    rng, w, audit = ws.rng, ws.w, ws.audit
    actions_of: dict[int, list[int]] = {}
    for d in drafts:
        for party, on in sorted(d.consents.items()):
            ident = w.add(
                Consent.__table__,
                {
                    "case_id": d.id,
                    "party": party,
                    "party_name": d.pupil.name if party is ConsentParty.STUDENT else d.pupil.guardian_name,
                    "purpose": ConsentPurpose.SUPPORT,
                    "recipient_organisation_id": None,
                    "recipient": "",
                    "given": True,
                    "given_on": on,
                    "method": rng.choice(
                        (ConsentMethod.WRITTEN, ConsentMethod.WRITTEN, ConsentMethod.ELECTRONIC)
                    ),
                    "expires_on": None,
                    "withdrawn_on": None,
                    "withdrawal_reason": "",
                    "recorded_by_id": d.manager.id,
                    "notes": "",
                    "created_at": stamp(on, 14, 0),
                    "updated_at": stamp(on, 14, 0),
                },
            )
            audit.add(
                stamp(on, 14, 0),
                d.manager,
                AuditAction.CREATE,
                "consent",
                ident,
                d.pupil.id,
                {"party": party.value, "purpose": "support"},
            )
        planning = d.first(S.PLANNING)
        if planning is None:
            continue
        active = d.first(S.ACTIVE)
        versions: list[tuple[date, date | None]] = [(planning, active)]
        if active is not None:
            # A case still supported after its school year gets the next year's plan in March.
            year = school_year_of(active)
            while (
                year + 1 <= CURRENT_YEAR
                and _end_of(d) >= date(year + 1, 3, 12)
                and d.state not in _DONE_STATES[1:]
            ):
                year += 1
                versions.append((workday(date(year, 3, 5)), workday(date(year, 3, 12))))
        for v, (start, approved) in enumerate(versions, start=1):
            latest = v == len(versions)
            status = PlanStatus.APPROVED if approved else rng.choice((PlanStatus.DRAFT, PlanStatus.SUBMITTED))
            if not latest:
                status = PlanStatus.SUPERSEDED
            scn = d.scenario
            approved_at = stamp(approved, 17, 0) if approved else None
            plan_id = w.add(
                SupportPlan.__table__,
                {
                    "case_id": d.id,
                    "version": v,
                    "status": status,
                    "current_state": scn.description,
                    "strengths": scn.strengths,
                    "monitoring_schedule": "월 1회 담당자 점검, 학기별 팀 협의회 검토",
                    "review_interval_days": 30,
                    "period_start": start,
                    "period_end": year_bounds(school_year_of(start))[1],
                    "author_id": d.manager.id,
                    "approved_by_id": ws.staff["principal"].id if approved else None,
                    "approved_at": approved_at,
                    "created_at": stamp(start, 11, 0),
                    "updated_at": approved_at or stamp(start, 11, 0),
                },
            )
            goal_ids = [
                w.add(
                    PlanGoal.__table__,
                    {
                        "plan_id": plan_id,
                        "domain_id": ws.domains[code],
                        "goal": goal,
                        "measure": measure,
                        "sort_order": k,
                    },
                )
                for k, (code, goal, measure) in enumerate(scn.goals, start=1)
            ]
            ids: list[int] = []
            for k, action in enumerate(scn.actions, start=1):
                staff, org = _provider(ws, d, action.provider)
                ids.append(
                    w.add(
                        PlanAction.__table__,
                        {
                            "plan_id": plan_id,
                            "goal_id": goal_ids[action.goal] if action.goal < len(goal_ids) else None,
                            "description": action.description,
                            "provider_staff_id": staff.id if staff else None,
                            "provider_organisation_id": org,
                            "person_in_charge_id": d.manager.id,
                            "start_on": start,
                            "end_on": year_bounds(school_year_of(start))[1],
                            "frequency": action.frequency,
                            "sort_order": k,
                        },
                    )
                )
            audit.add(
                stamp(start, 11, 0),
                d.manager,
                AuditAction.CREATE,
                "support_plan",
                plan_id,
                d.pupil.id,
                {"case": d.code, "version": v},
            )
            if latest or v == 1:
                actions_of[d.id] = ids
    return actions_of


def write_interventions(
    ws: School_, drafts: list[CaseDraft], actions_of: dict[int, list[int]], total: int, sessions_total: int
) -> None:
    """`total` interventions over the cases that reached support, `sessions_total` sessions over
    them, referrals for the external ones and the case notes."""
    rng, w, audit = ws.rng, ws.w, ws.audit
    supported = [d for d in drafts if d.first(S.ACTIVE) is not None]
    spans = [(d, d.first(S.ACTIVE), _end_of(d)) for d in supported]
    weights = [max(14, (end - start).days) for d, start, end in spans if start is not None]
    base = [len(d.scenario.actions) for d in supported]
    want = list(base)
    remaining = total - sum(want)
    if remaining < 0:
        for k in range(-remaining):
            j = k % len(want)
            while want[j] <= 1 and any(x > 1 for x in want):
                j = (j + 1) % len(want)
            want[j] -= 1
        while sum(want) > total:
            want[want.index(max(want))] -= 1
    else:
        whole = sum(weights) or 1
        extra = [int(remaining * wt / whole) for wt in weights]
        for k in range(remaining - sum(extra)):
            extra[k % len(extra)] += 1
        want = [a + b for a, b in zip(want, extra, strict=True)]
    made: list[tuple[int, CaseDraft, date, date, bool, str, Person | None, int]] = []
    for (d, start, end), count in zip(spans, want, strict=True):
        assert start is not None
        actions = d.scenario.actions
        length = max(7, (end - start).days)
        part = length / max(1, count)
        for k in range(count):
            action = actions[k % len(actions)]
            staff, org = _provider(ws, d, action.provider)
            first = school_day(start + days(int(part * k) + rng.randint(0, 5)))
            last = min(END, start + days(int(part * (k + 1))))
            last = max(last, first)
            running = k >= count - len(actions) and d.state not in _DONE_STATES
            if running:
                status = InterventionStatus.ACTIVE
            elif d.state is S.REFERRED_OUT and k >= count - len(actions):
                status = InterventionStatus.STOPPED
            else:
                status = InterventionStatus.COMPLETED
            weekly, _minutes = _weekly_hours(action.frequency)
            weeks = max(1, (last - first).days // 7)
            round_ = k // len(actions)
            title = action.description if round_ == 0 else f"{action.description} ({round_ + 1}차)"
            ident = w.add(
                Intervention.__table__,
                {
                    "case_id": d.id,
                    "support_type_id": ws.support_types.get(action.support_type),
                    "plan_action_id": _nth(actions_of.get(d.id, []), k % len(actions)),
                    "title": title[:120],
                    "provider_staff_id": staff.id if staff else None,
                    "provider_organisation_id": org,
                    "status": status,
                    "started_on": first,
                    "ended_on": None if running else last,
                    "planned_hours": round(weekly * weeks, 1),
                    "weekly_hours": weekly,
                    "recognised_as_class_hours": action.provider.startswith(
                        ("org:shared_school", "org:online_school")
                    ),
                    "notes": "",
                    "created_at": stamp(first, 9, 30),
                    "updated_at": stamp(last if not running else first, 17, 0),
                },
            )
            audit.add(
                stamp(first, 9, 30),
                d.manager,
                AuditAction.CREATE,
                "intervention",
                ident,
                d.pupil.id,
                {"case": d.code, "title": title[:60]},
            )
            made.append((ident, d, first, last, running, action.frequency, staff, org or 0))
            if org and k < len(actions):
                _referral(ws, d, org, ident, first)
    _sessions(ws, made, sessions_total)
    for d in drafts:
        _notes(ws, d)


def _referral(ws: School_, d: CaseDraft, org: int, intervention_id: int, start: date) -> None:
    rng, w = ws.rng, ws.w
    sent = workday(start - days(rng.randint(5, 12)))
    consent = w.add(
        Consent.__table__,
        {
            "case_id": d.id,
            "party": ConsentParty.GUARDIAN,
            "party_name": d.pupil.guardian_name,
            "purpose": ConsentPurpose.SHARING,
            "recipient_organisation_id": org,
            "recipient": "",
            "given": True,
            "given_on": workday(sent - days(2)),
            "method": ConsentMethod.WRITTEN,
            "expires_on": None,
            "withdrawn_on": None,
            "withdrawal_reason": "",
            "recorded_by_id": d.manager.id,
            "notes": "",
            "created_at": stamp(workday(sent - days(2)), 15, 0),
            "updated_at": stamp(workday(sent - days(2)), 15, 0),
        },
    )
    open_case = d.state not in _DONE_STATES
    status = ReferralStatus.DELIVERED if open_case else ReferralStatus.CLOSED
    ident = w.add(
        Referral.__table__,
        {
            "case_id": d.id,
            "organisation_id": org,
            "intervention_id": intervention_id,
            "consent_id": consent,
            "consent_override_reason": "",
            "status": status,
            "reason": d.scenario.description[:200],
            "sent_on": sent,
            "expected_response_on": sent + days(14),
            "responded_on": workday(sent + days(rng.randint(2, 9))),
            "delivered_on": start,
            "outcome": "" if open_case else "연계 지원 완료, 기관 종결 보고서 수령",
            "created_by_id": d.manager.id,
            "created_at": stamp(sent, 10, 0),
            "updated_at": stamp(start, 10, 0),
        },
    )
    ws.audit.add(
        stamp(sent, 10, 0),
        d.manager,
        AuditAction.CREATE,
        "referral",
        ident,
        d.pupil.id,
        {"case": d.code, "organisation_id": org},
    )


def refer_out(ws: School_, drafts: list[CaseDraft]) -> None:
    """Referrals of the cases the team referred out (to the district support centre and the like)."""
    for d in drafts:
        on = d.last(S.REFERRED_OUT)
        if on is None:
            continue
        org = ws.organisation(
            ws.rng.choice(("district_support_center", "wee_center", "mental_health_center"))
        )[0]
        w = ws.w
        sent = workday(on + days(1))
        if sent > END:
            sent = on
        w.add(
            Referral.__table__,
            {
                "case_id": d.id,
                "organisation_id": org,
                "intervention_id": None,
                "consent_id": None,
                "consent_override_reason": "",
                "status": ReferralStatus.SENT if (END - sent).days < 14 else ReferralStatus.ACCEPTED,
                "reason": d.steps[-1].reason if d.state is S.REFERRED_OUT else sc.REFERRED_OUT_REASONS[0],
                "sent_on": sent,
                "expected_response_on": sent + days(14),
                "responded_on": None if (END - sent).days < 14 else workday(sent + days(7)),
                "delivered_on": None,
                "outcome": "",
                "created_by_id": d.manager.id,
                "created_at": stamp(sent, 11, 0),
                "updated_at": stamp(sent, 11, 0),
            },
        )


def _sessions(
    ws: School_, made: list[tuple[int, CaseDraft, date, date, bool, str, Person | None, int]], total: int
) -> None:
    rng, w, audit = ws.rng, ws.w, ws.audit
    if not made:
        return
    lengths = [max(7, (last - first).days) for _i, _d, first, last, *_ in made]
    whole = sum(lengths)
    want = [int(total * n / whole) for n in lengths]
    for k in range(total - sum(want)):
        want[k % len(want)] += 1
    attendance = (Attendance.ATTENDED,) * 22 + (Attendance.ABSENT,) * 2 + (Attendance.CANCELLED,)
    for (ident, d, first, last, _running, frequency, staff, _org), count in zip(made, want, strict=True):
        if count <= 0:
            continue
        _weekly, minutes = _weekly_hours(frequency)
        span = max(0, (last - first).days)
        notes = d.scenario.notes if staff is not None else sc.EXTERNAL_SESSION_NOTES
        author = staff or d.manager
        restricted = (
            d.scenario.restricted is not None
            and staff is not None
            and staff.specialty is not None
            and staff.specialty.value == "counselor"
        )
        for k in range(count):
            held = min(school_day(first + days(span * k // count)), END)
            state = rng.choice(attendance)
            at = stamp(held, 15, rng.randint(0, 59))
            sid = w.add(
                SupportSession.__table__,
                {
                    "intervention_id": ident,
                    "held_on": held,
                    "duration_minutes": minutes if state is Attendance.ATTENDED else 0,
                    "attendance": state,
                    "notes": notes[k % len(notes)] if state is Attendance.ATTENDED else "",
                    "progress_rating": min(5, 2 + k * 3 // count + rng.randint(0, 1))
                    if state is Attendance.ATTENDED
                    else None,
                    "restricted": restricted and k % 5 == 0,
                    "author_id": author.id,
                    "created_at": at,
                    "updated_at": at,
                },
            )
            audit.add(
                at, author, AuditAction.CREATE, "support_session", sid, d.pupil.id, {"intervention_id": ident}
            )


def _notes(ws: School_, d: CaseDraft) -> None:
    rng, w = ws.rng, ws.w
    received = d.steps[0].on
    end = _end_of(d)
    texts = [rng.choice(sc.INTAKE_NOTES), *rng.sample(sc.GENERAL_NOTES, rng.randint(0, 3))]
    for k, text in enumerate(texts):
        on = min(END, school_day(received + days(k * max(1, (end - received).days) // len(texts) + 1)))
        at = stamp(on, 13, 10 + k)
        w.add(
            CaseNote.__table__,
            {
                "case_id": d.id,
                "author_id": d.manager.id,
                "written_at": at,
                "category": NoteCategory.GENERAL,
                "restricted": False,
                "text": text,
                "created_at": at,
                "updated_at": at,
            },
        )
    if d.scenario.restricted is not None and d.first(S.SELECTED):
        on = min(END, workday(received + days(3)))
        at = stamp(on, 12, 0)
        text = (d.scenario.restricted_notes or (d.scenario.case_note or "비공개 기록",))[0]
        w.add(
            CaseNote.__table__,
            {
                "case_id": d.id,
                "author_id": d.manager.id,
                "written_at": at,
                "category": d.scenario.restricted,
                "restricted": True,
                "text": text,
                "created_at": at,
                "updated_at": at,
            },
        )


# --- meetings and tasks ---------------------------------------------------------------------


def write_meetings(
    ws: School_, cal: Calendar, drafts: list[CaseDraft], *, link: bool, twenty_in: tuple[date, date]
) -> int:
    """The meetings of the calendar with their agenda (a decision item for each case step decided
    there, then review items), attendees, decisions and action items; finalised minutes for the
    past ones. Returns the id of a finalised meeting with exactly 20 agenda items."""
    rng, w, audit, staff = ws.rng, ws.w, ws.audit, ws.staff
    by_day: dict[date, list[tuple[CaseDraft, int]]] = {}
    if link:
        for d in drafts:
            for k, step in enumerate(d.steps):
                if step.meeting is not None:
                    by_day.setdefault(step.meeting, []).append((d, k))
    last_past = max((day for day in cal.days if day <= END), default=None)
    candidates = [
        day for day in cal.days if twenty_in[0] <= day <= twenty_in[1] and len(by_day.get(day, [])) <= 20
    ]
    twenty_day = (
        candidates[len(candidates) // 2] if candidates else next(day for day in cal.days if day <= END)
    )
    active = [d for d in drafts if d.first(S.ACTIVE)]
    numbers: dict[int, int] = {}
    twenty_id = 0
    for n, day in enumerate(cal.days):
        year = school_year_of(day)
        numbers[year] = numbers.get(year, 0) + 1
        number = numbers[year]
        kind = MeetingType.EMERGENCY if rng.random() < 0.04 else _TYPE_CYCLE[n % len(_TYPE_CYCLE)]
        held = stamp(day, 15, 30)
        status = (
            MeetingStatus.PLANNED
            if day > END
            else MeetingStatus.HELD
            if day == last_past
            else MeetingStatus.FINALISED
        )
        meeting = SimpleNamespace(
            meeting_type=kind,
            year=year,
            number=number,
            title=f"{year}학년도 제{number}차 {_TYPE_KO[kind]}",
            held_at=held,
            place="교장실" if kind is MeetingType.EMERGENCY else "본관 2층 협의실",
            chair_id=staff["principal"].id,
            attendees=[],
            agenda_items=[],
        )
        items = by_day.get(day, [])
        target = 20 if day == twenty_day else max(len(items), rng.randint(6, 14))
        if day > END:
            target = rng.randint(4, 8)
        rows: list[tuple[SimpleNamespace, CaseDraft | None, int | None]] = []
        for d, k in items:
            step = d.steps[k]
            assert step.outcome is not None
            selection = step.outcome in (
                DecisionOutcome.SELECT,
                DecisionOutcome.NOT_SELECT,
                DecisionOutcome.HOLD,
            ) or (step.outcome is DecisionOutcome.REFER_OUT and k <= 3)
            item = SimpleNamespace(
                sort_order=len(rows) + 1,
                kind=AgendaKind.NEW_REQUEST if selection else AgendaKind.REVIEW_DUE,
                title=f"{d.code} {_OUTCOME_KO[step.outcome]} 심의 ({d.pupil.grade_in(d.year)}학년)",
                case_id=d.id,
                request_id=d.request_id if selection else None,
                discussion=f"담당자 보고: {d.scenario.description[:80]}",
                decision=SimpleNamespace(outcome=step.outcome, target_state=step.state, reason=step.reason),
                action_items=[],
            )
            rows.append((item, d, k))
        live = [
            d
            for d in active
            if (began := d.first(S.ACTIVE)) is not None
            and began <= day <= (_end_of(d) if d.state in _DONE_STATES else END)
        ]
        picks = rng.sample(live, min(len(live), max(0, target - len(rows))))
        for d in picks:
            item = SimpleNamespace(
                sort_order=len(rows) + 1,
                kind=AgendaKind.REVIEW_DUE,
                title=f"{d.code} 지원 경과 점검",
                case_id=d.id,
                request_id=None,
                discussion="지원 경과 공유: 계획대로 진행 중. 다음 점검까지 현 지원 유지.",
                decision=None
                if day > END
                else SimpleNamespace(
                    outcome=DecisionOutcome.CONTINUE, target_state=None, reason="현 지원 유지"
                ),
                action_items=[],
            )
            rows.append((item, d, None))
        while len(rows) < target:
            item = SimpleNamespace(
                sort_order=len(rows) + 1,
                kind=AgendaKind.OTHER,
                title=f"학교 차원 협의 안건 {len(rows) + 1}",
                case_id=None,
                request_id=None,
                discussion="학기 지원 일정과 예산 집행 현황 공유.",
                decision=None
                if day > END
                else SimpleNamespace(outcome=DecisionOutcome.OTHER, target_state=None, reason="원안 동의"),
                action_items=[],
            )
            rows.append((item, None, None))
        for item, subject, _k in rows:
            if subject is not None and day <= END and rng.random() < 0.4:
                due = workday(day + days(14))
                item.action_items.append(
                    SimpleNamespace(
                        assignee_id=subject.manager.id,
                        description=f"{subject.code} 보호자 상담 결과 공유",
                        due_on=due,
                        manager=subject.manager,
                        case=subject,
                    )
                )
        people = [
            staff[k]
            for k in (
                "principal",
                "vice_principal",
                "coordinator",
                "headteacher",
                "counselor",
                "nurse",
                "basic_skills",
            )
        ]
        for _item, subject, _k in rows:
            if subject is not None and subject.homeroom not in people and len(people) < 12:
                people.append(subject.homeroom)
        absent = None if day > END or rng.random() < 0.5 else rng.choice(people[3:])
        for person in people:
            meeting.attendees.append(
                SimpleNamespace(
                    staff_id=person.id,
                    name=person.display_name,
                    position=person.position,
                    organisation="도담초등학교",
                    external=False,
                    present=person is not absent,
                    sort_order=len(meeting.attendees) + 1,
                )
            )
        if rng.random() < 0.3:
            org = rng.choice(ws.organisations)
            meeting.attendees.append(
                SimpleNamespace(
                    staff_id=None,
                    name=ws.names.adult(rng.random() < 0.4) if ws.names else "외부위원",
                    position="담당자",
                    organisation=org[2],
                    external=True,
                    present=True,
                    sort_order=len(meeting.attendees) + 1,
                )
            )
        meeting.agenda_items = [item for item, _d, _k in rows]
        finalised = status is MeetingStatus.FINALISED
        signed = stamp(workday(day + days(1)), 10, 0)
        content = hashlib.sha256(minutes_text(meeting).encode("utf-8")).hexdigest() if finalised else None  # type: ignore[arg-type]
        created = stamp(workday(day - days(7)), 10, 0)
        mid = w.add(
            Meeting.__table__,
            {
                "meeting_type": kind,
                "year": year,
                "number": number,
                "title": meeting.title,
                "held_at": held,
                "place": meeting.place,
                "chair_id": meeting.chair_id,
                "status": status,
                "content_hash": content,
                "finalised_at": signed if finalised else None,
                "signed_by_id": staff["principal"].id if finalised else None,
                "signed_at": signed if finalised else None,
                "decisions_applied_at": stamp(day, 17, 0) if day <= END else None,
                "created_at": created,
                "updated_at": signed if finalised else created,
            },
        )
        if day == twenty_day:
            twenty_id = mid
        for a in meeting.attendees:
            w.add(MeetingAttendee.__table__, {"meeting_id": mid, **vars(a)})
        for item, subject, step_no in rows:
            iid = w.add(
                AgendaItem.__table__,
                {
                    "meeting_id": mid,
                    "sort_order": item.sort_order,
                    "kind": item.kind,
                    "title": item.title,
                    "case_id": item.case_id,
                    "request_id": item.request_id,
                    "discussion": item.discussion,
                },
            )
            if item.decision is not None:
                did = w.add(
                    Decision.__table__,
                    {
                        "agenda_item_id": iid,
                        "outcome": item.decision.outcome,
                        "target_state": item.decision.target_state,
                        "reason": item.decision.reason,
                        "applied_at": stamp(day, 17, 0),
                    },
                )
                if subject is not None and step_no is not None:
                    subject.steps[step_no].decision_id = did
            for action in item.action_items:
                done = action.due_on < TODAY - timedelta(days=3)
                tid = w.add(
                    Task.__table__,
                    {
                        "title": action.description,
                        "kind": TaskKind.ACTION,
                        "case_id": action.case.id,
                        "assignee_id": action.assignee_id,
                        "due_on": action.due_on,
                        "status": TaskStatus.DONE if done else TaskStatus.OPEN,
                        "completed_at": stamp(action.due_on, 16, 0) if done else None,
                        "notes": f"{meeting.title} 결정 사항",
                        "created_at": stamp(day, 17, 0),
                        "updated_at": stamp(action.due_on, 16, 0) if done else stamp(day, 17, 0),
                    },
                )
                w.add(
                    ActionItem.__table__,
                    {
                        "agenda_item_id": iid,
                        "assignee_id": action.assignee_id,
                        "description": action.description,
                        "due_on": action.due_on,
                        "task_id": tid,
                    },
                )
        audit.add(
            created,
            staff["headteacher"],
            AuditAction.CREATE,
            "meeting",
            mid,
            None,
            {"meeting": meeting.title},
        )
        if finalised:
            audit.add(
                signed,
                staff["principal"],
                AuditAction.UPDATE,
                "meeting",
                mid,
                None,
                {"meeting": meeting.title, "status": "finalised", "content_hash": content},
            )
    return twenty_id


def write_tasks(ws: School_, drafts: list[CaseDraft]) -> None:
    """Review tasks (done ones for past reviews, open ones for the next), consent follow-ups."""
    rng, w = ws.rng, ws.w
    for d in drafts:
        monitoring = d.first(S.MONITORING)
        if monitoring is not None:
            due = workday(monitoring - days(3))
            w.add(
                Task.__table__,
                {
                    "title": f"{d.code} 중간 점검 자료 준비",
                    "kind": TaskKind.REVIEW,
                    "case_id": d.id,
                    "assignee_id": d.manager.id,
                    "due_on": due,
                    "status": TaskStatus.DONE,
                    "completed_at": stamp(due, 16, 0),
                    "notes": "",
                    "created_at": stamp(due - days(14), 9, 0),
                    "updated_at": stamp(due, 16, 0),
                },
            )
        if d.state in (S.ACTIVE, S.MONITORING, S.REOPENED):
            due = TODAY + days(rng.randint(-10, 30))
            w.add(
                Task.__table__,
                {
                    "title": f"{d.code} 정기 점검",
                    "kind": TaskKind.REVIEW,
                    "case_id": d.id,
                    "assignee_id": d.manager.id,
                    "due_on": due,
                    "status": TaskStatus.OPEN,
                    "completed_at": None,
                    "notes": "",
                    "created_at": stamp(END, 9, 0),
                    "updated_at": stamp(END, 9, 0),
                },
            )
        if d.state is S.CONSENT_PENDING:
            due = workday(d.steps[-1].on + days(7))
            w.add(
                Task.__table__,
                {
                    "title": f"{d.code} 보호자 동의서 회수",
                    "kind": TaskKind.CONSENT,
                    "case_id": d.id,
                    "assignee_id": d.manager.id,
                    "due_on": due,
                    "status": TaskStatus.OPEN,
                    "completed_at": None,
                    "notes": "",
                    "created_at": stamp(d.steps[-1].on, 10, 0),
                    "updated_at": stamp(d.steps[-1].on, 10, 0),
                },
            )


def everyday_log(ws: School_, drafts: list[CaseDraft], target: int) -> None:
    """Log-ins, log-outs and views of cases and students until the log holds `target` events."""
    rng, audit = ws.rng, ws.audit
    need = target - len(audit.events)
    if need <= 0 or not drafts:
        return
    people = [
        ws.staff[k]
        for k in (
            "coordinator",
            "welfare2",
            "counselor",
            "counselor2",
            "headteacher",
            "principal",
            "nurse",
            "basic_skills",
        )
    ]
    people += list(ws.homerooms.values())
    all_days = [day for year in YEARS for day in school_days(year, END)]
    by_day: dict[date, list[CaseDraft]] = {}
    for d in drafts:
        for day in {d.steps[0].on, _end_of(d)}:
            by_day.setdefault(day, []).append(d)
    open_cases = drafts
    while need > 0:
        day = rng.choice(all_days)
        person = rng.choice(people)
        hour = rng.randint(8, 17)
        login = stamp(day, hour, rng.randint(0, 59))
        audit.add(login, person, AuditAction.LOGIN, "staff_account", person.id, None, {})
        need -= 1
        views = min(need, rng.randint(2, 12))
        year_cases = by_day.get(day) or open_cases
        for k in range(views):
            d = rng.choice(year_cases) if rng.random() < 0.3 else rng.choice(open_cases)
            at = login + timedelta(minutes=k + 1, seconds=rng.randint(0, 59))
            if rng.random() < 0.75:
                audit.add(
                    at,
                    person,
                    AuditAction.VIEW,
                    "support_case",
                    d.id,
                    d.pupil.id,
                    {"case": d.code, "scope": "full"},
                )
            else:
                audit.add(at, person, AuditAction.VIEW, "student", d.pupil.id, d.pupil.id, {})
        need -= views
        if need > 0:
            audit.add(
                login + timedelta(minutes=views + 5),
                person,
                AuditAction.LOGOUT,
                "staff_account",
                person.id,
                None,
                {},
            )
            need -= 1


def write_reviews(ws: School_, before: date) -> None:
    """A monthly review of the audit log for every month before `before`."""
    month = date(YEARS[0], 3, 1)
    while month < before:
        nxt = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        at = stamp(workday(nxt + days(2)), 16, 0)
        ws.w.add(
            AuditReview.__table__,
            {
                "month": f"{month.year}-{month.month:02d}",
                "reviewed_by": ws.staff["coordinator"].id,
                "reviewed_at": at,
                "note": "이상 없음",
            },
        )
        ws.audit.add(
            at,
            ws.staff["coordinator"],
            AuditAction.REVIEW,
            "audit_review",
            None,
            None,
            {"month": f"{month.year}-{month.month:02d}"},
        )
        month = nxt


__all__ = [
    "Any",
    "everyday_log",
    "refer_out",
    "write_consents_and_plans",
    "write_interventions",
    "write_meetings",
    "write_reviews",
    "write_tasks",
]
