"""What a demo case holds: consents, plans, interventions with sessions, referrals and notes."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from desktop.models import (
    Attendance,
    CaseNote,
    Consent,
    ConsentMethod,
    ConsentParty,
    ConsentPurpose,
    Intervention,
    InterventionStatus,
    NoteCategory,
    Organisation,
    OrganisationKind,
    PlanAction,
    PlanGoal,
    PlanStatus,
    Referral,
    ReferralStatus,
    StaffAccount,
    SupportPlan,
    SupportSession,
)
from desktop.services import demo_scenarios as sc
from desktop.services.audit import AuditAction
from desktop.services.demo_world import (
    END,
    PLAN_END,
    TODAY,
    Built,
    S,
    World,
    at_kst,
    days,
    rand_day,
    school_day,
    workday,
)


def _consent(
    world: World, b: Built, party: ConsentParty, purpose: ConsentPurpose, on: date, **kw: Any
) -> Consent:
    name = b.student.name if party is ConsentParty.STUDENT else b.student.guardian_name
    if party is ConsentParty.STUDENT:
        method = ConsentMethod.IN_PERSON
    else:
        method = world.rng.choices(
            (ConsentMethod.WRITTEN, ConsentMethod.ELECTRONIC, ConsentMethod.PHONE), (7, 2, 1)
        )[0]
    consent = Consent(
        case_id=b.case.id,
        party=party,
        party_name=name,
        purpose=purpose,
        given_on=on,
        method=method,
        expires_on=date(2027, 2, 28),
        recorded_by_id=world.staff["coordinator"].id,
        **kw,
    )
    world.session.add(consent)
    world.session.flush()
    world.log.add(
        at_kst(on, 13, 0),
        world.staff["coordinator"],
        AuditAction.CREATE,
        "consent",
        consent.id,
        b.student.id,
        {"case": b.case.code, "party": party.value, "purpose": purpose.value, "given": consent.given},
    )
    return consent


def _provider(world: World, b: Built, spec: str) -> StaffAccount | Organisation:
    kind, _, rest = spec.partition(":")
    if kind == "org":
        return world.organisation(rest)
    if rest == "homeroom":
        return b.homeroom
    return world.staff[rest]


def _minutes(frequency: str, external: bool) -> int:
    for minutes in (90, 80, 50, 40):
        if f"{minutes}분" in frequency:
            return minutes
    return 50 if external else 40


def _session_days(
    rng: random.Random, start: date, stop: date, interval: int, cap: int, slow_from: date | None
) -> list[date]:
    result: list[date] = []
    day = school_day(start)
    while day <= stop and len(result) < cap:
        result.append(day)
        step = max(interval, 28) if slow_from is not None and day >= slow_from else interval
        day = school_day(day + days(step + rng.choice((-1, 0, 0, 1))))
    return result


def write_support(world: World, b: Built, fates: dict[int, str]) -> None:
    """Consents, plan, interventions with sessions, referrals and notes of one case."""
    rng, t, scenario = world.rng, b.timeline, b.scenario
    state = t.state
    for party, on in t.consents.items():
        if party is ConsentParty.GUARDIAN:
            _consent(world, b, ConsentParty.GUARDIAN, ConsentPurpose.SUPPORT, on)
            _consent(
                world,
                b,
                ConsentParty.LEGAL_REPRESENTATIVE,
                ConsentPurpose.PERSONAL_DATA,
                on,
                notes="만 14세 미만: 법정대리인의 개인정보 처리 동의",
            )
        else:
            _consent(world, b, party, ConsentPurpose.SUPPORT, on)
    if state is S.CONSENT_PENDING and ConsentParty.STUDENT in t.consents and rng.random() < 0.5:
        _consent(
            world,
            b,
            ConsentParty.GUARDIAN,
            ConsentPurpose.SUPPORT,
            t.consents[ConsentParty.STUDENT],
            given=False,
            notes="보호자 전화 상담: 지원 취지 재안내 후 다시 결정하기로 함",
        )
    _write_notes(world, b)
    planning = t.first(S.PLANNING)
    if planning is None:
        if state is S.REFERRED_OUT:
            _refer_out(world, b, t.steps[-1].on)
        return
    plan = _write_plan(world, b, planning)
    active = t.first(S.ACTIVE)
    closed = t.first(S.CLOSED)
    monitoring = t.first(S.MONITORING)
    stop = closed or (t.steps[-1].on if t.escalated else END)
    slow_from = monitoring if state in (S.MONITORING, S.CLOSED, S.REOPENED) else None
    main_internal = next((i for i, a in enumerate(scenario.actions) if a.provider.startswith("staff:")), -1)
    for j, (action, plan_action) in enumerate(zip(scenario.actions, plan.actions, strict=True)):
        org = world.session.get(Organisation, plan_action.provider_organisation_id or 0)
        member = world.session.get(StaffAccount, plan_action.provider_staff_id or 0)
        provider: StaffAccount | Organisation | None = org or member
        assert provider is not None
        external = org is not None
        intervention = Intervention(
            case_id=b.case.id,
            support_type_id=world.support_types[action.support_type].id,
            plan_action_id=plan_action.id,
            title=action.description,
            provider_staff_id=plan_action.provider_staff_id,
            provider_organisation_id=plan_action.provider_organisation_id,
            status=InterventionStatus.PLANNED,
            recognised_as_class_hours=org is not None and org.recognised_as_class_hours,
        )
        # Assigned when support became active, not when the demo happens to be generated.
        intervention.created_at = intervention.updated_at = at_kst(active or planning, 10, 0)
        world.session.add(intervention)
        world.session.flush()
        b.interventions.append(intervention)
        start = active
        referral: Referral | None = None
        fate = fates.get(j, "")
        if org is not None:
            referral = _referral(world, b, intervention, org, active, fate)
            if referral.status not in (ReferralStatus.ACCEPTED,):
                continue
            assert referral.responded_on is not None
            start = school_day(referral.responded_on + days(rng.randint(2, 6)))
        if start is None or start > stop:
            continue
        interval = action.interval_days
        cap = {7: rng.randint(10, 20), 14: rng.randint(6, 12)}.get(interval, 99)
        dates = _session_days(rng, start, stop, interval, cap, slow_from)
        minutes = _minutes(action.frequency, external)
        intervention.started_on = start
        intervention.weekly_hours = round(minutes / 60 * 7 / interval, 1)
        intervention.planned_hours = round(minutes / 60 * min(cap, 30), 1)
        if len(dates) == cap and dates[-1] < stop - days(7):
            intervention.status, intervention.ended_on = InterventionStatus.COMPLETED, dates[-1]
        elif closed is not None:
            intervention.status, intervention.ended_on = (
                InterventionStatus.COMPLETED,
                dates[-1] if dates else stop,
            )
        elif t.escalated:
            intervention.status, intervention.ended_on = InterventionStatus.STOPPED, stop
        else:
            intervention.status = InterventionStatus.ACTIVE
        _write_sessions(world, b, intervention, provider, dates, minutes, j == main_internal)
        _log_intervention(world, b, intervention)
        if referral is not None and dates:
            if closed is not None:
                referral.status, referral.delivered_on = ReferralStatus.CLOSED, intervention.ended_on
                referral.outcome = "서비스 제공 완료, 기관 결과 보고서 수령. 사례 종결과 함께 연계 종료."
            elif intervention.status is InterventionStatus.COMPLETED:
                referral.status, referral.delivered_on = ReferralStatus.DELIVERED, intervention.ended_on
                referral.outcome = "계획된 서비스 제공 완료(기관 회신)."
    if t.escalated:
        _refer_out(world, b, t.steps[-1].on)


def _log_intervention(world: World, b: Built, intervention: Intervention) -> None:
    """The audit events of an intervention's assignment, start and end, by the case manager: the
    timeline names who acted from them."""
    code, student = b.case.code, b.student.id
    world.log.add(
        intervention.created_at,
        b.manager,
        AuditAction.CREATE,
        "intervention",
        intervention.id,
        student,
        {"case": code, "plan_action_id": intervention.plan_action_id},
    )
    steps = [(intervention.started_on, InterventionStatus.ACTIVE, 11)]
    if intervention.ended_on is not None:
        steps.append((intervention.ended_on, intervention.status, 16))
    for day, status, hour in steps:
        if day is None:
            continue
        world.log.add(
            at_kst(day, hour, 10),
            b.manager,
            AuditAction.STATE_CHANGE,
            "intervention",
            intervention.id,
            student,
            {"case": code, "changes": {"status": {"before": None, "after": status.value}}},
        )


def _write_plan(world: World, b: Built, planning: date) -> SupportPlan:
    rng, t, scenario, staff = world.rng, b.timeline, b.scenario, world.staff
    active = t.first(S.ACTIVE)
    state = t.state

    def plan(version: int, status: PlanStatus, start: date, approved: date | None) -> SupportPlan:
        """One version of the plan, with the scenario's goals and actions."""
        row = SupportPlan(
            case_id=b.case.id,
            version=version,
            status=status,
            current_state=f"{scenario.description} (기초학력진단: {scenario.basic_skills})",
            strengths=scenario.strengths,
            monitoring_schedule="월 1회 사례 점검, 학기말 종합 평가"
            if version == 1
            else "월 1회 점검(점검 단계)",
            review_interval_days=30,
            period_start=start,
            period_end=PLAN_END,
            author_id=b.manager.id,
            approved_by_id=staff["principal"].id if approved else None,
            approved_at=at_kst(approved, 16, 40) if approved else None,
        )
        goals = [
            PlanGoal(domain_id=world.domains[code].id, goal=goal, measure=measure, sort_order=k)
            for k, (code, goal, measure) in enumerate(scenario.goals)
        ]
        row.goals = goals
        world.session.add(row)
        world.session.flush()
        for k, action in enumerate(scenario.actions):
            provider = _provider(world, b, action.provider)
            external = isinstance(provider, Organisation)
            row.actions.append(
                PlanAction(
                    goal_id=goals[min(action.goal, len(goals) - 1)].id,
                    description=action.description,
                    provider_staff_id=None if external else provider.id,
                    provider_organisation_id=provider.id if external else None,
                    person_in_charge_id=b.manager.id if external else provider.id,
                    start_on=active or start,
                    end_on=PLAN_END,
                    frequency=action.frequency,
                    sort_order=k,
                )
            )
        world.session.flush()
        if approved is not None:
            world.log.add(
                at_kst(approved, 16, 40),
                staff["principal"],
                AuditAction.UPDATE,
                "support_plan",
                row.id,
                b.student.id,
                {"case": b.case.code, "version": version, "status": "approved"},
            )
        return row

    if state is S.PLANNING:
        status = PlanStatus.DRAFT if rng.random() < 0.25 else PlanStatus.SUBMITTED
        return plan(1, status, planning, None)
    assert active is not None
    first = plan(1, PlanStatus.APPROVED, planning, active)
    monitoring = t.first(S.MONITORING)
    if state is S.MONITORING and monitoring is not None and rng.random() < 0.4:
        first.status = PlanStatus.SUPERSEDED
        plan(2, PlanStatus.APPROVED, monitoring, monitoring)
    elif state is S.REOPENED:
        plan(2, PlanStatus.DRAFT, t.steps[-1].on, None)
    return first


def _start_emergency_support(world: World, b: Built, on: date) -> None:
    """Suspected abuse: the coordinator starts emergency support on the day of the request, so
    the child protection agency's work begins before selection, consents and plan approval."""
    b.case.emergency_since = on
    b.case.emergency_reason = "아동학대 의심: 신고 후 보호기관 연계, 선정 절차 전 긴급 지원 시작"
    world.log.add(
        at_kst(on, 15, 10),
        world.staff["coordinator"],
        AuditAction.STATE_CHANGE,
        "support_case",
        b.case.id,
        b.student.id,
        {"case": b.case.code, "emergency_support": True, "state": "requested", "on": on.isoformat()},
    )


def _referral(
    world: World, b: Built, intervention: Intervention, org: Organisation, active: date | None, fate: str
) -> Referral:
    rng, t = world.rng, b.timeline
    referral = Referral(
        case_id=b.case.id,
        organisation_id=org.id,
        intervention_id=intervention.id,
        reason=f"{intervention.title}: {b.scenario.description}",
        created_by_id=b.manager.id,
    )
    world.session.add(referral)
    b.referrals.append(referral)
    if active is None:  # still planning: a draft
        referral.status = ReferralStatus.DRAFT
        return referral
    if org.kind is OrganisationKind.CHILD_PROTECTION:
        sent = t.received
        referral.consent_override_reason = "아동학대 신고의무자 신고(아동학대범죄의 처벌 등에 관한 특례법 제10조): 보호자 동의 없이 정보 제공"
        _start_emergency_support(world, b, sent)
    else:
        if fate == "overdue":
            sent = school_day(rand_day(rng, date(2026, 10, 5), date(2026, 11, 4)))
        elif fate == "recent":
            sent = workday(rand_day(rng, date(2026, 11, 16), END))
        else:
            sent = min(workday(active + days(rng.randint(0, 4))), END)
        guardian_on = t.consents.get(ConsentParty.GUARDIAN, sent)
        consent = _consent(
            world,
            b,
            ConsentParty.GUARDIAN,
            ConsentPurpose.SHARING,
            max(guardian_on, sent - days(rng.randint(0, 2))),
            recipient_organisation_id=org.id,
            recipient=org.name,
        )
        referral.consent_id = consent.id
    referral.sent_on = sent
    referral.expected_response_on = sent + days(14)
    world.log.add(
        at_kst(sent, 14, 20),
        b.manager,
        AuditAction.CREATE,
        "referral",
        None,
        b.student.id,
        {"case": b.case.code, "organisation": org.name},
    )
    if fate in ("overdue", "recent"):
        referral.status = ReferralStatus.SENT
        return referral
    responded = min(workday(sent + days(rng.randint(2, 9))), END)
    referral.responded_on = responded
    if fate == "declined":
        referral.status = ReferralStatus.DECLINED
        referral.outcome = "기관 정원 초과로 3개월 이상 대기 필요하다는 회신. 다른 기관 연계 검토."
        intervention.status, intervention.ended_on = InterventionStatus.STOPPED, responded
        return referral
    referral.status = ReferralStatus.ACCEPTED
    # Once accepted, the loop waits for the service to be delivered: by the plan's end.
    referral.expected_response_on = PLAN_END
    return referral


def _refer_out(world: World, b: Built, on: date) -> None:
    center = world.organisation("district_support_center:통합지원")
    consent = _consent(
        world,
        b,
        ConsentParty.GUARDIAN,
        ConsentPurpose.SHARING,
        on,
        recipient_organisation_id=center.id,
        recipient=center.name,
    )
    responded = min(workday(on + days(world.rng.randint(3, 8))), END)
    referral = Referral(
        case_id=b.case.id,
        organisation_id=center.id,
        consent_id=consent.id,
        reason=b.timeline.steps[-1].reason,
        sent_on=on,
        expected_response_on=on + days(14),
        created_by_id=world.staff["coordinator"].id,
    )
    if responded < TODAY - days(3):
        referral.responded_on = responded
        referral.status = ReferralStatus.ACCEPTED
        referral.outcome = "센터 통합 사례 회의 개최, 센터 사례관리로 진행 중."
    else:
        referral.status = ReferralStatus.SENT
    world.session.add(referral)
    b.referrals.append(referral)


def _write_sessions(
    world: World,
    b: Built,
    intervention: Intervention,
    provider: StaffAccount | Organisation,
    dates: list[date],
    minutes: int,
    main: bool,
) -> None:
    rng, scenario = world.rng, b.scenario
    external = isinstance(provider, Organisation)
    if external:
        pool = sc.EXTERNAL_SESSION_NOTES
        author = b.manager
    else:
        assert isinstance(provider, StaffAccount)
        author = provider
        key = "coordinator" if provider is world.staff["coordinator"] else (provider.specialty or "homeroom")
        pool = (
            scenario.notes
            if main
            else sc.STAFF_SESSION_NOTES.get(str(key), sc.STAFF_SESSION_NOTES["homeroom"])
        )
    restricted = not external and scenario.restricted is not None and provider is world.staff["counselor"]
    rows = []
    for k, day in enumerate(dates):
        attendance = rng.choices((Attendance.ATTENDED, Attendance.ABSENT, Attendance.CANCELLED), (88, 8, 4))[
            0
        ]
        if attendance is Attendance.ATTENDED:
            note = pool[k % len(pool)] if main else rng.choice(pool)
            progress = max(1, min(5, 2 + round(3 * k / max(len(dates) - 1, 1)) + rng.choice((-1, 0, 0, 0))))
        elif attendance is Attendance.ABSENT:
            note, progress = "학생 결석(병결)으로 미실시. 다음 회기 일정 안내.", None
        else:
            note, progress = "학교 행사로 일정 취소.", None
        rows.append(
            SupportSession(
                intervention_id=intervention.id,
                held_on=day,
                duration_minutes=minutes if attendance is Attendance.ATTENDED else 0,
                attendance=attendance,
                notes=note,
                progress_rating=progress,
                restricted=restricted,
                author_id=author.id,
            )
        )
    world.session.add_all(rows)


def _write_notes(world: World, b: Built) -> None:
    rng, t, scenario, staff = world.rng, b.timeline, b.scenario, world.staff
    selected = t.first(S.SELECTED)
    if selected is None:
        return
    notes = [
        CaseNote(
            case_id=b.case.id,
            author_id=b.manager.id,
            written_at=at_kst(min(workday(selected + days(rng.randint(2, 12))), END), 15, 10),
            category=NoteCategory.GENERAL,
            text=scenario.case_note or rng.choice(sc.INTAKE_NOTES),
        )
    ]
    if scenario.restricted is not None:
        author = (
            staff["counselor"] if scenario.restricted is NoteCategory.PSYCHIATRIC else staff["coordinator"]
        )
        day = t.received
        for text in scenario.restricted_notes:
            notes.append(
                CaseNote(
                    case_id=b.case.id,
                    author_id=author.id,
                    written_at=at_kst(day, 17, 0),
                    category=scenario.restricted,
                    restricted=True,
                    text=text,
                )
            )
            day = min(workday(day + days(rng.randint(10, 30))), END)
    if t.first(S.ACTIVE) is not None and rng.random() < 0.5:
        notes.append(
            CaseNote(
                case_id=b.case.id,
                author_id=b.manager.id,
                written_at=at_kst(min(workday(t.steps[-1].on + days(1)), END), 16, 0),
                category=NoteCategory.COUNSELLING
                if b.manager is staff["counselor"]
                else NoteCategory.GENERAL,
                text=rng.choice(sc.GENERAL_NOTES),
            )
        )
    world.session.add_all(notes)
