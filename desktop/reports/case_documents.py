"""The printed documents of one case: the support plan (지원계획서), the consent form for
the student and the guardian to sign (동의서), the referral letter to an external organisation
(연계 의뢰서) and the case summary (사례 요약).

Each function checks the print first (`check_print`: PRINT_REPORTS, a purpose, restricted notes
only with the right), checks that the actor may see the whole case, builds the Korean document,
writes it to `target`, audits the print (`record_print`, which commits) and returns the page count.

A print shows the student's family name and circles ("김○○") unless full names were chosen; the
same masking is applied to stored free text (a summary, a reason, a note) that happens to contain
the student's or the guardian's name. Restricted notes are left out unless chosen.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    Attendance,
    CaseNote,
    CaseStateChange,
    Consent,
    ConsentParty,
    ConsentPurpose,
    Intervention,
    InterventionStatus,
    NeedDomain,
    Organisation,
    PlanStatus,
    Priority,
    Referral,
    ReferralStatus,
    School,
    StaffAccount,
    Student,
    SupportCase,
    SupportPlan,
    SupportSession,
    case_domain,
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
from desktop.reports.ko_labels import REFERRAL_STATUS_KO, STATE_KO
from desktop.services import restricted_text
from desktop.services.actor import Actor
from desktop.services.audit import AuditRecord
from desktop.services.case_detail import visible_case
from desktop.services.errors import NotFound
from desktop.services.korean_text import attach
from desktop.services.printing import check_print

Target = Path | IO[bytes]

MSG_NO_PLAN = QT_TRANSLATE_NOOP("errors", "This support plan does not exist.")
MSG_NO_REFERRAL = QT_TRANSLATE_NOOP("errors", "This referral does not exist.")

# Korean names of the stored values: printed documents are in Korean whatever the interface's
# language (the same words as the Korean interface).
PRIORITY_KO: dict[Priority, str] = {
    Priority.LOW: "낮음",
    Priority.MEDIUM: "보통",
    Priority.HIGH: "높음",
    Priority.URGENT: "긴급",
}
RISK_KO: dict[int, str] = {1: "1 (낮음)", 2: "2 (보통)", 3: "3 (높음)", 4: "4 (위기)"}
PLAN_STATUS_KO: dict[PlanStatus, str] = {
    PlanStatus.DRAFT: "초안",
    PlanStatus.SUBMITTED: "승인 대기",
    PlanStatus.APPROVED: "승인",
    PlanStatus.SUPERSEDED: "대체됨",
}
INTERVENTION_STATUS_KO: dict[InterventionStatus, str] = {
    InterventionStatus.PLANNED: "예정",
    InterventionStatus.ACTIVE: "진행 중",
    InterventionStatus.COMPLETED: "완료",
    InterventionStatus.STOPPED: "중단",
}
PARTY_KO: dict[ConsentParty, str] = {
    ConsentParty.STUDENT: "학생",
    ConsentParty.GUARDIAN: "보호자",
    ConsentParty.LEGAL_REPRESENTATIVE: "법정대리인",
}
NOTE_CATEGORY_KO: dict[str, str] = {
    "general": "일반",
    "abuse": "학대",
    "psychiatric": "정신건강",
    "police": "경찰",
    "counselling": "상담",
}

_GREY = colors.HexColor("#7a8694")
_SHADE = colors.HexColor("#e6ebf1")


# --- shared pieces ------------------------------------------------------------------------------


def _iso(day: date | datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        return day.astimezone().date().isoformat()
    return day.isoformat()


def _korean_date(day: date) -> str:
    return f"{day.year}년 {day.month}월 {day.day}일"


def _period(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{_iso(start)} ~ {_iso(end)}"


class _Names:
    """Masks the student's (and the guardian's) name in everything a print shows."""

    def __init__(self, student: Student, full_names: bool) -> None:
        self.full = full_names
        self.student = masked_name(student.name, full_names)
        self._replacements: list[tuple[str, str]] = []
        if not full_names:
            for name in (student.name.strip(), student.guardian_name.strip()):
                if len(name) >= 2:
                    self._replacements.append((name, masked_name(name, False)))
            given = student.name.strip()[1:]
            if len(given) >= 2:  # "하늘이가 ..." without the family name
                self._replacements.append((given, "○" * len(given)))

    def text(self, value: str | None) -> str:
        """Stored free text with the names masked (unless full names were chosen)."""
        out = value or ""
        for name, masked in self._replacements:
            out = out.replace(name, masked)
        return out


def _student_line(student: Student, names: _Names) -> str:
    return f"{student.grade}학년 {student.class_no}반 {student.number}번 {names.student}"


def _school(session: Session) -> School | None:
    return session.scalar(select(School).limit(1))


def _staff_name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    staff = session.get(StaffAccount, staff_id)
    return staff.display_name if staff is not None else ""


def _staff_with_position(staff: StaffAccount | None) -> str:
    if staff is None:
        return ""
    return f"{staff.display_name} ({staff.position})" if staff.position else staff.display_name


def _domains(session: Session, case_id: int) -> list[str]:
    rows = session.scalars(
        select(NeedDomain.name_ko)
        .join(case_domain, case_domain.c.domain_id == NeedDomain.id)
        .where(case_domain.c.case_id == case_id)
        .order_by(NeedDomain.sort_order, NeedDomain.id)
    )
    return list(rows)


def _section(number: int | str, text: str) -> Paragraph:
    return para(f"{number}. {text}", styles()["h1"])


def _text_block(text: str, empty: str = "(기재 없음)") -> Table:
    """Free text in a framed box, as school forms write their answers."""
    st = styles()
    t = Table([[para(text.strip() or empty, st["body"])]], colWidths=[CONTENT_WIDTH])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.5, _GREY),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


def _info_table(pairs: Sequence[tuple[str, str]], columns: int = 2) -> Table:
    """A label/value grid ("사례번호 | 2026-014 | 학생 | 3학년 …"), labels shaded."""
    bold = styles()["cell_bold"]
    rows: list[list[object]] = []
    for start in range(0, len(pairs), columns):
        row: list[object] = []
        for label, value in pairs[start : start + columns]:
            row.extend([para(label, bold), value])
        while len(row) < 2 * columns:
            row.extend(["", ""])
        rows.append(row)
    label_w = 24 * mm
    value_w = CONTENT_WIDTH / columns - label_w
    extra = [("BACKGROUND", (c, 0), (c, -1), _SHADE) for c in range(0, 2 * columns, 2)]
    return table(rows, [label_w, value_w] * columns, header_rows=0, style_extra=extra)


def _approval_boxes(titles: Sequence[str], names: Sequence[str] = ()) -> Table:
    """The 결재 boxes in the top right corner: a 결재 column, then one titled box per approver
    (a name, when already signed, in the box)."""
    st = styles()
    center = ParagraphStyle("approval", parent=st["cell"], alignment=TA_CENTER)
    center_bold = ParagraphStyle("approval_bold", parent=st["cell_bold"], alignment=TA_CENTER)
    box_w = 20 * mm
    head = [Paragraph("결<br/>재", center_bold)] + [para(t, center_bold) for t in titles]
    filled = list(names) + [""] * (len(titles) - len(names))
    body: list[Flowable | str] = [""] + [para(n, center) for n in filled]
    t = Table([head, body], colWidths=[7 * mm] + [box_w] * len(titles), rowHeights=[6.5 * mm, 15 * mm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.6, _GREY),
                ("SPAN", (0, 0), (0, 1)),
                ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
                ("BACKGROUND", (0, 0), (0, 1), _SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    t.hAlign = "RIGHT"
    return t


def _title_block(title: str, boxes: Table | None = None) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    if boxes is not None:
        out.append(boxes)
        out.append(Spacer(1, 3 * mm))
    out.append(para(title, st["title"]))
    return out


def _signature_table(rows: Sequence[tuple[str, str]]) -> Table:
    """Lines to sign on: a role, then "성명 ______ (서명)" and the date."""
    st = styles()
    right = ParagraphStyle("sig_right", parent=st["body"], alignment=TA_RIGHT)
    data = [
        [para(role, st["cell_bold"]), para(name, st["body"]), para("(서명 또는 인)", right)]
        for role, name in rows
    ]
    t = Table(data, colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm - 34 * mm, 34 * mm], rowHeights=12 * mm)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (1, 0), (2, -1), 0.6, _GREY),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return t


def _checkbox_cells(count: int) -> list[str]:
    return ["□ 동의함   □ 동의하지 않음"] * count


def _finish(
    session: Session,
    actor: Actor,
    print_ctx: PrintContext,
    target: Target,
    *,
    title: str,
    story: list[Flowable],
    document: str,
    entity_type: AuditRecord,
    entity_id: int,
    student_id: int,
    case_code: str,
) -> int:
    # The document, the case and the day it is printed: the file name the preview suggests.
    name = title.replace(" ", "")
    subject = f"{name} {case_code} {print_ctx.printed_at.astimezone().date().isoformat()}"
    return print_recorded(
        session,
        actor,
        target,
        print_ctx,
        title=title,
        story=story,
        subject=subject,
        document=document,
        purpose=print_ctx.purpose,
        entity_type=entity_type,
        entity_id=entity_id,
        student_id=student_id,
    )


def _checked(actor: Actor, print_ctx: PrintContext) -> PrintContext:
    purpose = check_print(actor, print_ctx.purpose, include_restricted=print_ctx.include_restricted)
    return dataclasses.replace(print_ctx, purpose=purpose)


# --- support plan -------------------------------------------------------------------------------


def support_plan_pdf(
    session: Session, actor: Actor, plan_id: int, print_ctx: PrintContext, target: Target
) -> int:
    """The support plan (학생맞춤통합지원 계획서) of one plan version. Returns the page count."""
    print_ctx = _checked(actor, print_ctx)
    plan = session.get(SupportPlan, plan_id)
    if plan is None:
        raise NotFound(MSG_NO_PLAN, plan_id=plan_id)
    case = visible_case(session, actor, plan.case_id)
    student = case.student
    names = _Names(student, print_ctx.full_names)
    st = styles()

    approved = plan.status in (PlanStatus.APPROVED, PlanStatus.SUPERSEDED) and plan.approved_at is not None
    author = plan.author
    approver = plan.approved_by
    boxes = _approval_boxes(
        ["담당", "교장"],
        [
            author.display_name if author is not None else "",
            approver.display_name if approved and approver else "",
        ],
    )
    story: list[Flowable] = _title_block("학생맞춤통합지원 계획서", boxes)
    story.append(
        _info_table(
            [
                ("사례번호", case.code),
                ("학생", _student_line(student, names)),
                ("사례 상태", STATE_KO[case.state]),
                ("지원 영역", ", ".join(_domains(session, case.id)) or "-"),
                ("계획 버전", f"제{plan.version}판 ({PLAN_STATUS_KO[plan.status]})"),
                ("계획 기간", _period(plan.period_start, plan.period_end) or "-"),
                ("작성자", _staff_with_position(author) or "-"),
                ("점검 주기", f"{plan.review_interval_days}일마다"),
            ]
        )
    )
    if plan.status is PlanStatus.SUPERSEDED:
        story.append(para("※ 이 계획은 새 판으로 대체되었습니다.", st["small"]))

    story.append(_section(1, "학생의 현재 상태"))
    story.append(_text_block(names.text(plan.current_state)))
    story.append(_section(2, "강점 및 활용 가능한 자원"))
    story.append(_text_block(names.text(plan.strengths)))

    story.append(_section(3, "영역별 지원 목표"))
    goal_rows: list[list[object]] = [["번호", "영역", "지원 목표", "평가 방법"]]
    goal_number: dict[int, int] = {}
    for k, goal in enumerate(plan.goals, start=1):
        goal_number[goal.id] = k
        goal_rows.append([str(k), goal.domain.name_ko, names.text(goal.goal), names.text(goal.measure)])
    if len(goal_rows) == 1:
        goal_rows.append(["", "", "(목표 없음)", ""])
    story.append(table(goal_rows, [12 * mm, 28 * mm, 82 * mm, CONTENT_WIDTH - 122 * mm]))

    story.append(_section(4, "지원 내용"))
    org_ids = {a.provider_organisation_id for a in plan.actions if a.provider_organisation_id}
    orgs = {
        o.id: o.name
        for o in session.scalars(select(Organisation).where(Organisation.id.in_(org_ids or {-1})))
    }
    action_rows: list[list[object]] = [["목표", "지원 내용", "제공 주체", "담당자", "기간", "빈도"]]
    for action in plan.actions:
        if action.provider_organisation_id is not None:
            provider = orgs.get(action.provider_organisation_id, "")
        else:
            provider = _staff_name(session, action.provider_staff_id)
        action_rows.append(
            [
                str(goal_number.get(action.goal_id, "")) if action.goal_id else "",
                names.text(action.description),
                provider,
                _staff_name(session, action.person_in_charge_id),
                _period(action.start_on, action.end_on),
                action.frequency,
            ]
        )
    if len(action_rows) == 1:
        action_rows.append(["", "(지원 내용 없음)", "", "", "", ""])
    story.append(table(action_rows, [11 * mm, 55 * mm, 32 * mm, 20 * mm, 34 * mm, CONTENT_WIDTH - 152 * mm]))

    story.append(_section(5, "점검 계획"))
    story.append(
        _text_block(
            names.text(plan.monitoring_schedule) + f"\n정기 점검: {plan.review_interval_days}일마다",
        )
    )

    if approved and plan.approved_at is not None:
        approval_text = (
            "위와 같이 학생맞춤통합지원 계획을 승인합니다.\n"
            f"승인일: {_korean_date(plan.approved_at.astimezone().date())}"
        )
        principal = approver.display_name if approver is not None else ""
    else:
        approval_text = f"이 계획은 아직 승인되지 않았습니다 (현재: {PLAN_STATUS_KO[plan.status]})."
        principal = ""
    school = _school(session)
    closing: list[Flowable] = [
        _section(6, "승인"),
        para(approval_text, st["body"]),
        Spacer(1, 4 * mm),
        _signature_table([("학교장", f"성명 {principal}")]),
        Spacer(1, 3 * mm),
        para(school.name if school is not None else print_ctx.school_name, st["center"]),
    ]
    story.append(KeepTogether(closing))
    return _finish(
        session,
        actor,
        print_ctx,
        target,
        title="지원계획서",
        story=story,
        document="support_plan",
        entity_type=AuditRecord.SUPPORT_PLAN,
        entity_id=plan.id,
        student_id=student.id,
        case_code=case.code,
    )


# --- consent form -------------------------------------------------------------------------------


def _sharing_organisations(session: Session, case: SupportCase) -> list[Organisation]:
    """The organisations the case shares (or may share) information with: those of its referrals
    and those named by a sharing consent, in the order they first appear."""
    ids: list[int] = []
    for referral in session.scalars(
        select(Referral).where(Referral.case_id == case.id).order_by(Referral.id)
    ):
        if referral.status is not ReferralStatus.CLOSED and referral.organisation_id not in ids:
            ids.append(referral.organisation_id)
    for consent in session.scalars(
        select(Consent).where(Consent.case_id == case.id, Consent.purpose == ConsentPurpose.SHARING)
    ):
        if consent.recipient_organisation_id is not None and consent.recipient_organisation_id not in ids:
            ids.append(consent.recipient_organisation_id)
    by_id = {o.id: o for o in session.scalars(select(Organisation).where(Organisation.id.in_(ids or [-1])))}
    return [by_id[i] for i in ids if i in by_id]


def consent_form_pdf(
    session: Session, actor: Actor, case_id: int, print_ctx: PrintContext, target: Target
) -> int:
    """The consent form (학생맞춤통합지원 동의서) for the student and the guardian to sign:
    participation, personal data, sharing with each named organisation, their rights, and
    separate signature lines. Returns the page count."""
    print_ctx = _checked(actor, print_ctx)
    case = visible_case(session, actor, case_id)
    student = case.student
    names = _Names(student, print_ctx.full_names)
    school = _school(session)
    school_name = school.name if school is not None else print_ctx.school_name
    team = school.team_name if school is not None else "학생맞춤통합지원팀"
    st = styles()
    organisations = _sharing_organisations(session, case)

    story: list[Flowable] = _title_block("학생맞춤통합지원 동의서")
    story.append(
        _info_table(
            [
                ("학교", school_name),
                ("사례번호", case.code),
                ("학생", _student_line(student, names)),
                ("담당 부서", team),
            ]
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            f"{attach(school_name, '은(는)')} 「학생맞춤통합지원법」 제11조에 따라 학습·심리·정서·돌봄·경제 등 "
            "여러 어려움을 겪는 학생이 필요한 지원을 받을 수 있도록 학생맞춤통합지원을 제공합니다. "
            "지원을 시작하기 전에 학생과 보호자(법정대리인) 각각의 동의를 받습니다. 아래 내용을 읽고 "
            "항목마다 동의 여부를 표시해 주십시오.",
            st["body"],
        )
    )

    story.append(_section(1, "학생맞춤통합지원 참여"))
    story.append(
        table(
            [
                ["구분", "내용"],
                [
                    "지원 목적",
                    "학생의 어려움을 조기에 발견하고, 필요한 지원을 계획·제공하며 그 변화를 점검함",
                ],
                [
                    "지원 내용",
                    "지원 계획 수립, 교내 프로그램(상담·학습 지원 등) 제공, 필요 시 외부 기관 연계",
                ],
                ["진행 방법", "학생맞춤통합지원팀 협의를 거쳐 지원 계획을 세우고, 정기적으로 점검함"],
            ],
            [30 * mm, CONTENT_WIDTH - 30 * mm],
        )
    )

    story.append(_section(2, "개인정보 수집·이용"))
    story.append(
        table(
            [
                ["수집·이용 목적", "수집 항목", "보유 및 이용 기간"],
                [
                    "학생맞춤통합지원 대상 선정, 지원 계획 수립·제공, 점검 및 종결",
                    "성명, 학년·반·번호, 연락처, 보호자 성명·연락처, 지원이 필요한 영역과 상담 내용, "
                    "지원 계획과 제공 기록",
                    "학생이 고등학교를 졸업할 때까지(학업을 중단한 경우 만 19세까지) 보유 후 파기",
                ],
            ],
            [50 * mm, 70 * mm, CONTENT_WIDTH - 120 * mm],
        )
    )

    story.append(_section(3, "외부 기관에 대한 정보 제공"))
    share_rows: list[list[object]] = [["제공받는 기관", "제공 목적", "제공 항목", "보유 기간"]]
    for org in organisations:
        share_rows.append(
            [
                org.name,
                "학생에게 필요한 서비스 제공(연계)",
                "성명, 학년, 연락처, 지원이 필요한 영역과 의뢰 사유",
                "연계 목적 달성 시까지",
            ]
        )
    if not organisations:
        share_rows.append(["(기관명)", "", "", ""])
    story.append(table(share_rows, [45 * mm, 45 * mm, 55 * mm, CONTENT_WIDTH - 145 * mm]))
    story.append(
        para(
            "※ 기관에는 지원에 필요한 최소한의 정보만 제공하며, 기관마다 따로 동의를 받습니다.",
            st["small"],
        )
    )

    story.append(_section(4, "동의를 거부할 권리와 철회"))
    story.append(
        _text_block(
            "· 학생과 보호자는 위 동의를 거부할 권리가 있습니다. 다만 동의하지 않으면 해당 지원이나 "
            "기관 연계가 제한될 수 있습니다.\n"
            "· 동의는 언제든지 철회할 수 있습니다. 철회는 담당 교사에게 말이나 글로 알리면 되며, "
            "철회 후에는 새로 정보를 수집하거나 제공하지 않습니다.\n"
            "· 자신의 정보를 열람하거나 정정·삭제를 요구할 수 있습니다."
        )
    )

    check_rows: list[list[object]] = [["동의 항목", "학생", "보호자(법정대리인)"]]
    check_rows.append(["1. 학생맞춤통합지원 참여", *_checkbox_cells(2)])
    check_rows.append(["2. 개인정보 수집·이용", *_checkbox_cells(2)])
    for org in organisations:
        check_rows.append([f"3. 정보 제공: {org.name}", *_checkbox_cells(2)])
    if not organisations:
        check_rows.append(["3. 정보 제공: (기관명)", *_checkbox_cells(2)])
    checks = table(
        check_rows,
        [CONTENT_WIDTH - 100 * mm, 50 * mm, 50 * mm],
        style_extra=[("ALIGN", (1, 0), (-1, -1), "CENTER")],
    )
    blank_date = Paragraph(
        "20&nbsp;&nbsp;&nbsp;&nbsp;.&nbsp;&nbsp;&nbsp;&nbsp;.&nbsp;&nbsp;&nbsp;&nbsp;.", st["cell"]
    )
    sign_rows: list[list[object]] = [
        ["구분", "성명", "관계", "서명", "날짜"],
        ["학생", names.student if print_ctx.full_names else "", "본인", "", blank_date],
        ["보호자(법정대리인)", "", "", "", blank_date],
    ]
    sign_table = table(
        sign_rows,
        [40 * mm, 36 * mm, 24 * mm, CONTENT_WIDTH - 136 * mm, 36 * mm],
        style_extra=[
            ("TOPPADDING", (0, 1), (-1, -1), 12),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 12),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ],
    )
    signatures: list[Flowable] = [
        _section(5, "동의 여부와 서명"),
        checks,
        Spacer(1, 4 * mm),
        para("위 내용을 충분히 이해하였으며, 표시한 바와 같이 동의합니다.", st["center"]),
        Spacer(1, 3 * mm),
        sign_table,
        Spacer(1, 6 * mm),
        para(f"{school_name}장 귀하", ParagraphStyle("to", parent=st["h2"], alignment=TA_CENTER)),
    ]
    story.append(KeepTogether(signatures))
    return _finish(
        session,
        actor,
        print_ctx,
        target,
        title="동의서",
        story=story,
        document="consent_form",
        entity_type=AuditRecord.CASE,
        entity_id=case.id,
        student_id=student.id,
        case_code=case.code,
    )


# --- referral letter ----------------------------------------------------------------------------


def _consent_basis(session: Session, referral: Referral) -> str:
    if referral.consent_id is not None:
        consent = session.get(Consent, referral.consent_id)
        if consent is not None:
            return (
                f"{PARTY_KO[consent.party]}의 정보 제공 동의({_iso(consent.given_on)})에 따라, "
                "의뢰에 필요한 최소한의 정보만 제공합니다."
            )
    if referral.consent_override_reason.strip():
        return (
            "학생과 보호자의 동의 없이 제공합니다. 관계 법령이 동의 없는 제공을 허용하는 경우"
            "(예: 학생의 생명·신체 보호, 신고 의무)에 해당한다고 판단하였으며, 그 사유는 학교에 "
            "기록되어 있습니다. 의뢰에 필요한 최소한의 정보만 제공합니다."
        )
    return "정보 제공 동의를 확인한 뒤 발송합니다(현재 동의 기록 없음)."


def referral_letter_pdf(
    session: Session, actor: Actor, referral_id: int, print_ctx: PrintContext, target: Target
) -> int:
    """The referral letter (학생맞춤통합지원 연계 의뢰서) to the referral's organisation. Returns
    the page count."""
    print_ctx = _checked(actor, print_ctx)
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound(MSG_NO_REFERRAL, referral_id=referral_id)
    case = visible_case(session, actor, referral.case_id)
    student = case.student
    names = _Names(student, print_ctx.full_names)
    org = referral.organisation
    school = _school(session)
    school_name = school.name if school is not None else print_ctx.school_name
    st = styles()
    contact = session.get(StaffAccount, referral.created_by_id) if referral.created_by_id else None
    contact = contact or case.manager
    contact_text = _staff_with_position(contact)
    phone = (contact.phone if contact is not None and contact.phone else "") or (
        school.phone if school is not None else ""
    )
    if phone:
        contact_text = f"{contact_text} (☎ {phone})" if contact_text else f"☎ {phone}"

    boxes = _approval_boxes(["담당", "부장", "교감", "교장"])
    story: list[Flowable] = _title_block("학생맞춤통합지원 연계 의뢰서", boxes)
    receiver = org.name + (f" (담당: {org.contact_person})" if org.contact_person else "")
    story.append(
        _info_table(
            [
                ("수신", receiver),
                ("발신", f"{school_name} {school.team_name if school else ''}".strip()),
                ("학교 담당자", contact_text or "-"),
                ("학교 주소", (school.address if school else "") or "-"),
                ("의뢰일", _iso(referral.sent_on) or _iso(print_ctx.printed_at)),
                ("회신 요청일", _iso(referral.expected_response_on) or "-"),
            ],
            columns=1,
        )
    )

    story.append(_section(1, "의뢰 대상 학생"))
    story.append(
        _info_table(
            [
                ("사례번호", case.code),
                ("학생", _student_line(student, names)),
                ("지원 영역", ", ".join(_domains(session, case.id)) or "-"),
                ("사례 상태", STATE_KO[case.state]),
            ]
        )
    )
    story.append(_section(2, "의뢰 사유 및 요청 사항"))
    story.append(_text_block(names.text(referral.reason)))
    story.append(_section(3, "정보 제공 근거"))
    story.append(_text_block(_consent_basis(session, referral)))
    story.append(_section(4, "회신 요청"))
    answer_by = (
        _korean_date(referral.expected_response_on)
        if referral.expected_response_on is not None
        else "가능한 빨리"
    )
    story.append(
        _text_block(
            f"{answer_by}까지 의뢰 수락 여부, 기관 담당자와 서비스 시작 예정일을 학교 담당자에게 "
            "알려 주시기 바랍니다. 서비스가 끝나면 그 결과도 알려 주시면 학생 지원 점검에 반영하겠습니다."
        )
    )
    closing: list[Flowable] = [
        Spacer(1, 6 * mm),
        para("위 학생에 대하여 귀 기관의 지원을 의뢰합니다.", st["center"]),
        Spacer(1, 3 * mm),
        para(_korean_date(referral.sent_on or print_ctx.printed_at.astimezone().date()), st["center"]),
        Spacer(1, 6 * mm),
        para(f"{school_name}장 (직인생략)", ParagraphStyle("sender", parent=st["h1"], alignment=TA_CENTER)),
        Spacer(1, 4 * mm),
        para(
            "※ 이 문서의 개인정보는 의뢰 목적으로만 사용하고, 목적을 달성하면 지체 없이 파기해 주십시오.",
            st["small"],
        ),
    ]
    story.append(KeepTogether(closing))
    return _finish(
        session,
        actor,
        print_ctx,
        target,
        title="연계 의뢰서",
        story=story,
        document="referral_letter",
        entity_type=AuditRecord.REFERRAL,
        entity_id=referral.id,
        student_id=student.id,
        case_code=case.code,
    )


# --- case summary -------------------------------------------------------------------------------


def _hours(sessions: Iterable[SupportSession]) -> tuple[int, float]:
    held = [s for s in sessions if s.attendance is Attendance.ATTENDED]
    return len(held), sum(s.duration_minutes for s in held) / 60


def _hours_text(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") + "시간"


def case_summary_pdf(
    session: Session, actor: Actor, case_id: int, print_ctx: PrintContext, target: Target
) -> int:
    """The case summary (사례 요약): header, timeline of states, interventions with hours,
    referrals and notes (restricted notes only when chosen). Returns the page count."""
    print_ctx = _checked(actor, print_ctx)
    case = visible_case(session, actor, case_id)
    student = case.student
    names = _Names(student, print_ctx.full_names)
    st = styles()

    story: list[Flowable] = _title_block("학생맞춤통합지원 사례 요약")
    story.append(
        _info_table(
            [
                ("사례번호", case.code),
                ("학생", _student_line(student, names)),
                ("사례 상태", STATE_KO[case.state]),
                ("우선순위", PRIORITY_KO[case.priority]),
                ("위기 수준", RISK_KO.get(case.risk_level, str(case.risk_level))),
                ("사례관리자", _staff_with_position(case.manager) or "-"),
                ("개시일", _iso(case.opened_on)),
                ("다음 점검일", _iso(case.next_review_on) or "-"),
                ("선정일", _iso(case.selected_on) or "-"),
                ("종결일", _iso(case.closed_on) or "-"),
                ("지원 영역", ", ".join(_domains(session, case.id)) or "-"),
                ("지원 유형", ", ".join(t.name_ko for t in case.support_types) or "-"),
            ]
        )
    )
    story.append(_section(1, "사례 개요"))
    summary = names.text(case.summary)
    if case.state_reason.strip():
        summary += f"\n현재 상태의 사유: {names.text(case.state_reason)}"
    if case.closure_reason.strip():
        summary += f"\n종결 사유: {names.text(case.closure_reason)}"
    if case.aftercare.strip():
        summary += f"\n사후 관리: {names.text(case.aftercare)}"
    story.append(_text_block(summary.strip()))

    story.append(_section(2, "상태 변화"))
    changes = session.scalars(
        select(CaseStateChange).where(CaseStateChange.case_id == case.id).order_by(CaseStateChange.at)
    ).all()
    state_rows: list[list[object]] = [["일자", "상태", "처리자", "사유"]]
    for change in changes:
        move = STATE_KO[change.to_state]
        if change.from_state is not None:
            move = f"{STATE_KO[change.from_state]} → {move}"
        state_rows.append(
            [
                _iso(change.at),
                move,
                change.by.display_name if change.by is not None else "",
                names.text(change.reason),
            ]
        )
    if len(state_rows) == 1:
        state_rows.append(["", "(기록 없음)", "", ""])
    story.append(table(state_rows, [24 * mm, 42 * mm, 24 * mm, CONTENT_WIDTH - 90 * mm]))

    story.append(_section(3, "지원 제공"))
    interventions = session.scalars(
        select(Intervention)
        .where(Intervention.case_id == case.id)
        .order_by(Intervention.started_on, Intervention.id)
    ).all()
    int_rows: list[list[object]] = [["지원명", "제공자", "상태", "기간", "회기", "시간(실시/계획)"]]
    total_hours = 0.0
    for item in interventions:
        provider = (
            item.provider_organisation.name
            if item.provider_organisation is not None
            else (item.provider_staff.display_name if item.provider_staff is not None else "")
        )
        held, hours = _hours(item.sessions)
        total_hours += hours
        int_rows.append(
            [
                names.text(item.title),
                provider,
                INTERVENTION_STATUS_KO[item.status],
                _period(item.started_on, item.ended_on),
                f"{held}회",
                f"{_hours_text(hours)} / {_hours_text(float(item.planned_hours or 0))}",
            ]
        )
    if len(int_rows) == 1:
        int_rows.append(["(지원 기록 없음)", "", "", "", "", ""])
    else:
        int_rows.append(["합계", "", "", "", "", _hours_text(total_hours)])
    story.append(
        table(
            int_rows,
            [46 * mm, 34 * mm, 16 * mm, 36 * mm, 12 * mm, CONTENT_WIDTH - 144 * mm],
            style_extra=[("ALIGN", (4, 1), (-1, -1), "RIGHT")],
        )
    )

    story.append(_section(4, "외부 기관 연계"))
    referrals = session.scalars(
        select(Referral).where(Referral.case_id == case.id).order_by(Referral.sent_on, Referral.id)
    ).all()
    ref_rows: list[list[object]] = [["기관", "상태", "의뢰일", "회신 기한", "결과"]]
    for ref in referrals:
        ref_rows.append(
            [
                ref.organisation.name,
                REFERRAL_STATUS_KO[ref.status],
                _iso(ref.sent_on),
                _iso(ref.expected_response_on),
                names.text(ref.outcome),
            ]
        )
    if len(ref_rows) == 1:
        ref_rows.append(["(연계 없음)", "", "", "", ""])
    story.append(table(ref_rows, [44 * mm, 30 * mm, 22 * mm, 22 * mm, CONTENT_WIDTH - 118 * mm]))

    story.append(_section(5, "기록"))
    note_query = select(CaseNote).where(CaseNote.case_id == case.id)
    if not print_ctx.include_restricted:
        note_query = note_query.where(CaseNote.restricted.is_(False))
    notes = session.scalars(note_query.order_by(CaseNote.written_at)).all()
    note_rows: list[list[object]] = [["일자", "분류", "작성자", "내용"]]
    for note in notes:
        category = NOTE_CATEGORY_KO.get(note.category.value, note.category.value)
        if note.restricted:
            category += " (제한)"
        text = note.text
        if note.restricted:
            # Printed only when chosen, by an account that may view restricted notes (check_print);
            # its keys open the sealed text — else the row says so instead of printing the envelope.
            opened = restricted_text.reveal(session, text, restricted_text.CASE_NOTE)
            text = opened if opened is not None else "(열람 권한 없음: 제한 기록)"
        note_rows.append([_iso(note.written_at), category, note.author.display_name, names.text(text)])
    if len(note_rows) == 1:
        note_rows.append(["", "", "", "(기록 없음)"])
    story.append(table(note_rows, [22 * mm, 22 * mm, 22 * mm, CONTENT_WIDTH - 66 * mm]))
    if not print_ctx.include_restricted:
        story.append(
            para("※ 제한 기록(학대·정신건강·경찰 관련)은 이 출력물에 포함하지 않았습니다.", st["small"])
        )
    else:
        story.append(
            para("※ 이 출력물에는 제한 기록이 포함되어 있습니다. 취급에 특히 주의하십시오.", st["small"])
        )

    return _finish(
        session,
        actor,
        print_ctx,
        target,
        title="사례 요약",
        story=story,
        document="case_summary",
        entity_type=AuditRecord.CASE,
        entity_id=case.id,
        student_id=student.id,
        case_code=case.code,
    )


__all__ = [
    "case_summary_pdf",
    "consent_form_pdf",
    "referral_letter_pdf",
    "support_plan_pdf",
]
