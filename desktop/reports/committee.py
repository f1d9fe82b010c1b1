"""The committee report for a period (학생맞춤통합지원 운영 현황 보고), for head teachers.

Counts of the cases that were open at some time in the period — by state (at the period's end),
need domain, grade and support type — then interventions by provider (internal staff against each
kind of organisation), referral loops, outcomes of the closures, with charts, and the list of
cases (case code and masked name; the full name only when chosen). No notes are printed, so
restricted notes never appear in this report.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    Attendance,
    CaseState,
    Intervention,
    NeedDomain,
    Organisation,
    OrganisationKind,
    Referral,
    ReferralStatus,
    School,
    StaffAccount,
    Student,
    SupportCase,
    SupportRequest,
    SupportSession,
    SupportType,
    case_domain,
    case_support_type,
)
from desktop.reports.base import (
    CONTENT_WIDTH,
    FONT,
    PrintContext,
    masked_name,
    para,
    print_recorded,
    styles,
    table,
)
from desktop.reports.charts import bar_chart, pie_chart
from desktop.reports.ko_labels import ORGANISATION_KIND_KO, REFERRAL_STATUS_KO, STATE_KO
from desktop.services.actor import Actor
from desktop.services.audit import AuditRecord
from desktop.services.errors import ValidationError
from desktop.services.permissions import Permission, require
from desktop.services.printing import check_print
from desktop.services.statistics import case_in_period, states_at_period_end

DOCUMENT = "committee_report"
INTERNAL = "교내 인력"
SHADE_LIGHT = colors.HexColor("#f1f3f6")

# Closure reasons are free text; the report counts them by the category their wording names.
_CLOSURE_CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("목표 부분 달성", ("부분 달성",)),
    ("목표 달성", ("목표 달성",)),
    ("위기 해소", ("위기 해소",)),
    ("전학·이사", ("전학", "이사")),
    ("외부 기관 이관", ("이관", "사례관리", "연계")),
    ("졸업·진학", ("졸업", "진학")),
)
OTHER_CLOSURE = "기타"


def closure_category(reason: str) -> str:
    """The category of a closure reason ("목표 달성: ..." → "목표 달성")."""
    text = reason.strip()
    for category, words in _CLOSURE_CATEGORIES:
        if any(word in text for word in words):
            return category
    return OTHER_CLOSURE


@dataclass
class _CaseRow:
    case_id: int
    code: str
    student: str
    grade: int
    state: CaseState
    domains: list[str] = field(default_factory=list)
    manager: str = ""
    opened_on: date | None = None
    closed_on: date | None = None


@dataclass
class CommitteeData:
    """Everything the committee report prints, as plain values."""

    start: date
    end: date
    cases: list[_CaseRow]
    new_requests: int
    selected: int
    by_state: list[tuple[str, int]]
    by_domain: list[tuple[str, int]]
    by_grade: list[tuple[str, int]]
    by_support_type: list[tuple[str, int]]
    providers: list[tuple[str, int, int, float]]  # provider, interventions, sessions, hours
    referrals: list[tuple[str, int]]
    referrals_sent: int
    referrals_overdue: int
    closures: list[tuple[str, int]]


def collect(session: Session, start: date, end: date, today: date | None = None) -> CommitteeData:
    """The report's data for cases open at some time between `start` and `end` (inclusive)."""
    today = today or date.today()
    in_period = case_in_period(start, end)
    rows = session.execute(
        select(SupportCase, Student.name, Student.grade, StaffAccount.display_name)
        .join(Student, Student.id == SupportCase.student_id)
        .outerjoin(StaffAccount, StaffAccount.id == SupportCase.manager_id)
        .where(in_period)
        .order_by(SupportCase.code)
    ).all()
    cases: dict[int, _CaseRow] = {}
    for case, name, grade, manager in rows:
        cases[case.id] = _CaseRow(
            case_id=case.id,
            code=case.code,
            student=name,
            grade=grade,
            state=case.state,
            manager=manager or "",
            opened_on=case.opened_on,
            closed_on=case.closed_on,
        )
    case_filter = SupportCase.id.in_(select(SupportCase.id).where(in_period))

    # The state each case was in at the end of the period (its last change before then).
    for case_id, state in states_at_period_end(session, start, end).items():
        cases[case_id].state = state

    domain_names: dict[int, list[str]] = defaultdict(list)
    domain_counts: Counter[str] = Counter()
    domain_order = {
        name: n
        for n, name in enumerate(session.scalars(select(NeedDomain.name_ko).order_by(NeedDomain.sort_order)))
    }
    for case_id, name_ko in session.execute(
        select(case_domain.c.case_id, NeedDomain.name_ko)
        .join(NeedDomain, NeedDomain.id == case_domain.c.domain_id)
        .where(case_domain.c.case_id.in_(select(SupportCase.id).where(in_period)))
        .order_by(NeedDomain.sort_order)
    ).all():
        domain_names[case_id].append(name_ko)
        domain_counts[name_ko] += 1
    for case_id, names in domain_names.items():
        cases[case_id].domains = names

    support_types = session.execute(
        select(SupportType.name_ko, func.count(case_support_type.c.case_id))
        .join(case_support_type, case_support_type.c.support_type_id == SupportType.id)
        .join(SupportCase, SupportCase.id == case_support_type.c.case_id)
        .where(case_filter)
        .group_by(SupportType.name_ko, SupportType.sort_order)
        .order_by(SupportType.sort_order)
    ).all()

    state_counts = Counter(c.state for c in cases.values())
    grade_counts = Counter(c.grade for c in cases.values())

    new_requests = int(
        session.scalar(
            select(func.count())
            .select_from(SupportRequest)
            .where(SupportRequest.received_on >= start, SupportRequest.received_on <= end)
        )
        or 0
    )
    selected = sum(1 for c in rows if c[0].selected_on is not None and start <= c[0].selected_on <= end)

    providers = _providers(session, start, end)
    referrals, sent, overdue = _referrals(session, start, end, min(end, today))
    closures = Counter(
        closure_category(case.closure_reason)
        for case, *_rest in rows
        if case.closed_on is not None and start <= case.closed_on <= end
    )
    closure_order = [c for c, _w in _CLOSURE_CATEGORIES] + [OTHER_CLOSURE]
    return CommitteeData(
        start=start,
        end=end,
        cases=list(cases.values()),
        new_requests=new_requests,
        selected=selected,
        by_state=[(STATE_KO[s], state_counts[s]) for s in CaseState if state_counts[s]],
        by_domain=sorted(domain_counts.items(), key=lambda kv: domain_order.get(kv[0], 99)),
        by_grade=[(f"{g}학년", grade_counts[g]) for g in sorted(grade_counts)],
        by_support_type=[(str(name), int(n)) for name, n in support_types],
        providers=providers,
        referrals=referrals,
        referrals_sent=sent,
        referrals_overdue=overdue,
        closures=[(c, closures[c]) for c in closure_order if closures[c]],
    )


def _providers(session: Session, start: date, end: date) -> list[tuple[str, int, int, float]]:
    """Interventions running in the period, by provider: internal staff, then each kind of
    organisation; with the sessions attended in the period and their hours."""
    running = session.execute(
        select(Intervention.id, Intervention.provider_staff_id, Organisation.kind)
        .outerjoin(Organisation, Organisation.id == Intervention.provider_organisation_id)
        .where(
            Intervention.started_on.is_not(None),
            Intervention.started_on <= end,
            or_(Intervention.ended_on.is_(None), Intervention.ended_on >= start),
        )
    ).all()
    group_of: dict[int, str] = {}
    for intervention_id, staff_id, kind in running:
        group_of[intervention_id] = (
            INTERNAL if staff_id is not None else ORGANISATION_KIND_KO[OrganisationKind(kind)]
        )
    counts: Counter[str] = Counter(group_of.values())
    sessions: Counter[str] = Counter()
    minutes: Counter[str] = Counter()
    if group_of:
        for intervention_id, n, total in session.execute(
            select(SupportSession.intervention_id, func.count(), func.sum(SupportSession.duration_minutes))
            .where(
                SupportSession.held_on >= start,
                SupportSession.held_on <= end,
                SupportSession.attendance == Attendance.ATTENDED,
            )
            .group_by(SupportSession.intervention_id)
        ).all():
            group = group_of.get(intervention_id)
            if group is not None:
                sessions[group] += int(n)
                minutes[group] += int(total or 0)
    kinds = [ORGANISATION_KIND_KO[k] for k in OrganisationKind]
    order = [INTERNAL, *kinds]
    return [(g, counts[g], sessions[g], round(minutes[g] / 60, 1)) for g in order if counts[g]]


def _referrals(
    session: Session, start: date, end: date, due_by: date
) -> tuple[list[tuple[str, int]], int, int]:
    """Referrals sent in the period by their status now, how many were sent, and how many still
    wait for an answer past their expected day."""
    rows = session.execute(
        select(Referral.status, Referral.expected_response_on).where(
            Referral.sent_on.is_not(None), Referral.sent_on >= start, Referral.sent_on <= end
        )
    ).all()
    by_status = Counter(ReferralStatus(status) for status, _due in rows)
    overdue = sum(
        1
        for status, due in rows
        if ReferralStatus(status) is ReferralStatus.SENT and due is not None and due < due_by
    )
    listed = [
        (REFERRAL_STATUS_KO[s], by_status[s])
        for s in (
            ReferralStatus.SENT,
            ReferralStatus.ACCEPTED,
            ReferralStatus.DECLINED,
            ReferralStatus.DELIVERED,
            ReferralStatus.CLOSED,
        )
    ]
    return listed, len(rows), overdue


def _count_table(header: tuple[str, str], items: list[tuple[str, int]], width: float) -> Flowable:
    rows: list[list[object]] = [[header[0], header[1]]]
    rows += [[label, str(n)] for label, n in items] or [["해당 없음", "0"]]
    rows.append(["계", str(sum(n for _label, n in items))])
    count_w = 18 * mm
    return table(
        rows,
        [width - count_w, count_w],
        style_extra=[
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE_LIGHT),
        ],
    )


def _side_by_side(left: Flowable, right: Flowable) -> Flowable:
    half = CONTENT_WIDTH / 2
    t = Table([[left, right]], colWidths=[half, half])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    return t


def committee_story(data: CommitteeData, print_ctx: PrintContext, team: str) -> list[Flowable]:
    """The flowables of the committee report."""
    st = styles()
    b = st["cell_bold"]
    half = CONTENT_WIDTH / 2 - 3 * mm
    story: list[Flowable] = [
        para("학생맞춤통합지원 운영 현황 보고", st["title"]),
        para(f"{print_ctx.school_name} {team}".strip(), st["center"]),
        para(f"보고 기간: {data.start.isoformat()} ~ {data.end.isoformat()}", st["center"]),
        Spacer(1, 5 * mm),
        para("1. 요약", st["h1"]),
    ]
    closed = sum(n for _c, n in data.closures)
    interventions = sum(p[1] for p in data.providers)
    sessions = sum(p[2] for p in data.providers)
    summary = [
        [
            "지원 대상 사례",
            "신규 신청",
            "신규 선정",
            "종결",
            "지원(중재)",
            "지원 회기",
            "외부 연계 의뢰",
            "회신 기한 경과",
        ],
        [
            f"{len(data.cases)}건",
            f"{data.new_requests}건",
            f"{data.selected}건",
            f"{closed}건",
            f"{interventions}건",
            f"{sessions}회",
            f"{data.referrals_sent}건",
            f"{data.referrals_overdue}건",
        ],
    ]
    story.append(table(summary, [CONTENT_WIDTH / 8] * 8, style_extra=[("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story.append(
        para(
            "지원 대상 사례는 보고 기간 중 한 번이라도 진행 중이었던 사례(기간 말 이전 개시, 기간 시작 이후 종결 또는 미종결)입니다. "
            "상태는 기간 말 기준입니다.",
            st["small"],
        )
    )

    story += [para("2. 사례 현황", st["h1"])]
    chart_h = 62 * mm
    story.append(
        _side_by_side(
            bar_chart(data.by_state, half, chart_h, "상태별 사례 수(기간 말)"),
            pie_chart(data.by_domain, half, chart_h, "지원 영역별 사례 수(중복 포함)"),
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        _side_by_side(
            bar_chart(data.by_grade, half, 48 * mm, "학년별 사례 수"),
            _count_table(("지원 유형(법 제11조①)", "사례 수"), data.by_support_type, half),
        )
    )

    story += [CondPageBreak(70 * mm), para("3. 지원 제공 현황(제공 주체별)", st["h1"])]
    provider_rows: list[list[object]] = [["제공 주체", "지원 건수", "회기(출석)", "지원 시간"]]
    provider_rows += [[g, f"{n}건", f"{s}회", f"{h:g}시간"] for g, n, s, h in data.providers] or [
        ["해당 없음", "0건", "0회", "0시간"]
    ]
    provider_table = table(
        provider_rows,
        [half - 54 * mm, 15 * mm, 19 * mm, 20 * mm],
        style_extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")],
    )
    provider_chart = bar_chart(
        [(g, n) for g, n, _s, _h in data.providers],
        half,
        (len(data.providers) * 6 + 20) * mm,
        "제공 주체별 지원 건수",
    )
    story.append(_side_by_side(provider_table, provider_chart))
    story.append(
        para(
            "교내 인력은 학교 내 교직원(담임, 전문상담, 보건, 특수, 기초학력 등)이 제공한 지원입니다. "
            "회기와 시간은 기간 중 출석한 회기만 셉니다.",
            st["small"],
        )
    )

    story.append(CondPageBreak(55 * mm))
    loop_rows: list[list[object]] = [[para("기간 중 의뢰(발송)", b), f"{data.referrals_sent}건"]]
    loop_rows += [[f"  └ {label}", f"{n}건"] for label, n in data.referrals]
    loop_rows.append([para("회신 기한 경과(미회신)", b), f"{data.referrals_overdue}건"])
    loops = table(
        loop_rows, [half - 22 * mm, 22 * mm], header_rows=0, style_extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")]
    )
    closures = _count_table(("종결 사유 구분", "사례 수"), data.closures, half)
    story += [
        _side_by_side(
            para("4. 외부 기관 연계 현황", st["h1"]), para("5. 종결 및 결과(기간 중 종결)", st["h1"])
        ),
        _side_by_side(loops, closures),
        para("연계는 기간 중 발송한 의뢰의 현재 상태입니다.", st["small"]),
    ]

    story += [CondPageBreak(50 * mm), para("6. 사례 목록", st["h1"])]
    list_rows: list[list[object]] = [
        ["연번", "사례번호", "학생", "학년", "상태(기간 말)", "지원 영역", "담당자", "개시일", "종결일"]
    ]
    for n, c in enumerate(data.cases, start=1):
        list_rows.append(
            [
                str(n),
                c.code,
                masked_name(c.student, print_ctx.full_names),
                f"{c.grade}",
                STATE_KO[c.state],
                "·".join(c.domains),
                c.manager,
                c.opened_on.isoformat() if c.opened_on else "",
                c.closed_on.isoformat() if c.closed_on else "",
            ]
        )
    widths = [10 * mm, 19 * mm, 15 * mm, 10 * mm, 20 * mm, 0.0, 16 * mm, 20 * mm, 20 * mm]
    widths[5] = CONTENT_WIDTH - sum(widths)
    story.append(table(list_rows, widths))
    if not print_ctx.full_names:
        story.append(para("학생 이름은 성만 표시합니다(개인정보 최소 출력).", st["small"]))
    return story


def committee_report_pdf(
    session: Session,
    actor: Actor,
    start: date,
    end: date,
    print_ctx: PrintContext,
    target: Path | IO[bytes],
) -> int:
    """Print the committee report for `start`..`end` (inclusive) to `target`; audit the print
    with its purpose. Returns the number of pages."""
    purpose = check_print(actor, print_ctx.purpose, include_restricted=print_ctx.include_restricted)
    require(actor, Permission.VIEW_ALL_CASES)
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period ends before it starts ({start} to {end})."),
            start=start.isoformat(),
            end=end.isoformat(),
        )
    data = collect(session, start, end)
    team = session.scalar(select(School.team_name).order_by(School.id).limit(1)) or ""
    title = f"운영 현황 보고 {start.isoformat()}~{end.isoformat()}"
    subject = f"운영현황보고 {start.isoformat()}~{end.isoformat()}"
    return print_recorded(
        session,
        actor,
        target,
        print_ctx,
        title=title,
        story=committee_story(data, print_ctx, team),
        subject=subject,
        document=DOCUMENT,
        purpose=purpose,
        entity_type=AuditRecord.COMMITTEE_REPORT,
    )


__all__ = ["CommitteeData", "closure_category", "collect", "committee_report_pdf", "committee_story"]
