"""The minutes of a team meeting (회의록) as a Korean school prints them (DESIGN §1.4).

Approval boxes (담당 / 부장 / 교감 / 교장) top right, the meeting's data, the attendees with a
signature column, then each agenda item with its case (code and masked name; the full name only
when chosen), discussion, decision with its reason and action items. Finalised minutes show their
content hash and the principal's sign-off; addenda follow with their dates.

The meeting is read straight from the models (no Qt); nothing of it changes by printing, apart
from the audit event of the print.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    AgendaItem,
    Meeting,
    MeetingStatus,
    School,
    StaffAccount,
    Student,
    SupportCase,
    SupportRequest,
)
from desktop.reports.base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    PrintContext,
    masked_name,
    para,
    print_recorded,
    styles,
    table,
)
from desktop.reports.ko_labels import (
    MEETING_TYPE_KO,
    OUTCOME_KO,
    STATE_KO,
    date_ko,
    datetime_ko,
    formal_date_ko,
    local_time,
)
from desktop.services.actor import Actor
from desktop.services.audit import AuditRecord
from desktop.services.errors import NotFound
from desktop.services.permissions import Permission, require
from desktop.services.printing import check_print

DOCUMENT = "minutes"
APPROVERS = ("담당", "부장", "교감", "교장")
GRID = colors.HexColor("#7a8694")
SHADE = colors.HexColor("#e6ebf1")


@dataclass(frozen=True)
class _Subject:
    """Who an agenda item is about, as the print may show it."""

    code: str
    student: str
    grade: int | None


def meeting_number(meeting: Meeting) -> str:
    """ "2026-제3차": the year and the meeting's number in that year."""
    return f"{meeting.year}-제{meeting.number}차"


def meeting_title(meeting: Meeting) -> str:
    """The meeting's own title, or one made from its number and type."""
    return (
        meeting.title or f"{meeting.year}학년도 제{meeting.number}차 {MEETING_TYPE_KO[meeting.meeting_type]}"
    )


def _load(session: Session, meeting_id: int) -> Meeting:
    items = selectinload(Meeting.agenda_items)
    meeting = session.scalar(
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            selectinload(Meeting.attendees),
            items.selectinload(AgendaItem.decision),
            items.selectinload(AgendaItem.action_items),
            selectinload(Meeting.addenda),
        )
    )
    if meeting is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This meeting does not exist."), meeting_id=meeting_id)
    return meeting


def _staff(session: Session, meeting: Meeting) -> dict[int, StaffAccount]:
    ids = {meeting.chair_id, meeting.signed_by_id}
    ids |= {a.assignee_id for item in meeting.agenda_items for a in item.action_items}
    ids |= {addendum.author_id for addendum in meeting.addenda}
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return {s.id: s for s in session.scalars(select(StaffAccount).where(StaffAccount.id.in_(wanted)))}


def _subjects(session: Session, meeting: Meeting, full_names: bool) -> tuple[dict[int, _Subject], list[str]]:
    """Each agenda item's subject (by item id), and the full names of those students (so that
    free text can be kept free of them in a pseudonymised print)."""
    case_ids = {i.case_id for i in meeting.agenda_items if i.case_id is not None}
    request_ids = {
        i.request_id for i in meeting.agenda_items if i.case_id is None and i.request_id is not None
    }
    cases: dict[int, tuple[str, Student]] = {}
    if case_ids:
        rows = session.execute(
            select(SupportCase.id, SupportCase.code, Student)
            .join(Student, Student.id == SupportCase.student_id)
            .where(SupportCase.id.in_(case_ids))
        ).all()
        cases = {case_id: (code, student) for case_id, code, student in rows}
    requests: dict[int, Student] = {}
    if request_ids:
        rows2 = session.execute(
            select(SupportRequest.id, Student)
            .join(Student, Student.id == SupportRequest.student_id)
            .where(SupportRequest.id.in_(request_ids))
        ).all()
        requests = {request_id: student for request_id, student in rows2}
    subjects: dict[int, _Subject] = {}
    names: list[str] = []
    for item in meeting.agenda_items:
        code, student = "", None
        if item.case_id is not None and item.case_id in cases:
            code, student = cases[item.case_id]
        elif item.request_id is not None and item.request_id in requests:
            student = requests[item.request_id]
        if student is None:
            continue
        names.append(student.name)
        subjects[item.id] = _Subject(code, masked_name(student.name, full_names), student.grade)
    return subjects, names


class _Scrub:
    """Keeps students' full names out of free text in a pseudonymised print: a name typed into
    a discussion or a reason is printed masked, like everywhere else in the document."""

    def __init__(self, names: list[str], full_names: bool) -> None:
        unique = {n.strip() for n in names if len(n.strip()) >= 2}
        # Longer names first, so that "남궁민수" is not half-replaced by a shorter "남궁민".
        self._pairs = (
            [] if full_names else [(n, masked_name(n, False)) for n in sorted(unique, key=len, reverse=True)]
        )

    def __call__(self, text: str) -> str:
        for name, masked in self._pairs:
            text = text.replace(name, masked)
        return text


def _staff_label(staff: StaffAccount | None) -> str:
    if staff is None:
        return ""
    return f"{staff.position} {staff.display_name}".strip()


def _header(meeting: Meeting, school_team: str) -> Flowable:
    """Title block on the left, the approval boxes (결재란) on the right."""
    st = styles()
    box_w = 17 * mm
    label_w = 7 * mm
    approval = Table(
        [["결\n재", *APPROVERS], ["", "", "", "", ""]],
        colWidths=[label_w] + [box_w] * len(APPROVERS),
        rowHeights=[6.5 * mm, 16 * mm],
    )
    approval.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("GRID", (0, 0), (-1, -1), 0.6, GRID),
                ("SPAN", (0, 0), (0, 1)),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("BACKGROUND", (0, 0), (0, 1), SHADE),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEADING", (0, 0), (0, 1), 11),
            ]
        )
    )
    approval_w = label_w + box_w * len(APPROVERS)
    title_block = [
        para("회  의  록", st["title"]),
        para(meeting_title(meeting), st["center"]),
        para(school_team, st["center"]) if school_team else Spacer(1, 0),
    ]
    outer = Table(
        [[title_block, approval]],
        colWidths=[CONTENT_WIDTH - approval_w, approval_w],
    )
    outer.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return outer


def _status_text(meeting: Meeting) -> str:
    if meeting.status is MeetingStatus.FINALISED:
        return "확정"
    if meeting.status is MeetingStatus.HELD:
        return "개최(확정 전)"
    return "예정"


def _overview(meeting: Meeting, staff: dict[int, StaffAccount]) -> Flowable:
    st = styles()
    present = [a for a in meeting.attendees if a.present]
    absent = [a for a in meeting.attendees if not a.present]
    external = sum(1 for a in present if a.external)
    attendance = f"{len(present)}명" + (f" (외부 {external}명 포함)" if external else "")
    absentees = f"{len(absent)}명" + (f" ({', '.join(a.name for a in absent)})" if absent else "")
    chair = _staff_label(staff.get(meeting.chair_id)) if meeting.chair_id is not None else ""
    b = st["cell_bold"]
    rows = [
        [
            para("회차", b),
            meeting_number(meeting),
            para("회의 종류", b),
            MEETING_TYPE_KO[meeting.meeting_type],
        ],
        [para("일시", b), datetime_ko(meeting.held_at), para("장소", b), meeting.place],
        [para("위원장", b), chair, para("회의록 상태", b), _status_text(meeting)],
        [para("참석", b), attendance, para("불참", b), absentees],
    ]
    label_w = 24 * mm
    value_w = (CONTENT_WIDTH - 2 * label_w) / 2
    return table(
        rows,
        [label_w, value_w, label_w, value_w],
        header_rows=0,
        style_extra=[
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("BACKGROUND", (2, 0), (2, -1), SHADE),
        ],
    )


def _attendees(meeting: Meeting) -> Flowable:
    st = styles()
    center = ParagraphStyle("cell_center", parent=st["cell"], alignment=TA_CENTER)
    center_bold = ParagraphStyle("cell_center_bold", parent=st["cell_bold"], alignment=TA_CENTER)
    header = ["연번", "구분", "소속", "직위", "성명", "참석", "서명"]
    rows: list[list[object]] = [[para(h, center_bold) for h in header]]
    for n, a in enumerate(meeting.attendees, start=1):
        rows.append(
            [
                para(n, center),
                para("외부 위원" if a.external else "교내", center),
                a.organisation,
                a.position,
                para(a.name, center_bold),
                para("참석" if a.present else "불참", center),
                Spacer(1, 7 * mm),  # room to sign
            ]
        )
    widths = [10 * mm, 16 * mm, 42 * mm, 36 * mm, 19 * mm, 12 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    absent_rows = [r for r, a in enumerate(meeting.attendees, start=1) if not a.present]
    extra: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f5f7")) for r in absent_rows
    ]
    return table(rows, widths, style_extra=extra)


def _subject_text(subject: _Subject | None) -> str:
    if subject is None:
        return "해당 없음"
    parts = [subject.code] if subject.code else ["신청 건"]
    if subject.grade is not None:
        parts.append(f"{subject.grade}학년")
    parts.append(subject.student)
    return " · ".join(p for p in parts if p)


def _agenda_item(
    number: int,
    item: AgendaItem,
    subject: _Subject | None,
    staff: dict[int, StaffAccount],
    scrub: _Scrub,
) -> list[Flowable]:
    st = styles()
    b = st["cell_bold"]
    label_w = 24 * mm
    value_w = CONTENT_WIDTH - label_w
    rows: list[list[object]] = [
        [para("대상", b), _subject_text(subject)],
        [para("논의 내용", b), scrub(item.discussion) or "—"],
    ]
    decision = item.decision
    if decision is None:
        rows.append([para("결정", b), "(결정 전)"])
    else:
        outcome = OUTCOME_KO[decision.outcome]
        if decision.target_state is not None:
            outcome += f" (사례 상태 → {STATE_KO[decision.target_state]})"
        if decision.applied_at is not None:
            outcome += f" · {date_ko(local_time(decision.applied_at).date())} 반영"
        rows.append([para("결정", b), para(outcome, st["cell_bold"])])
        rows.append([para("결정 사유", b), scrub(decision.reason) or "—"])
    if item.action_items:
        inner_rows: list[list[object]] = [["담당자", "할 일", "기한"]]
        for action in item.action_items:
            who = staff.get(action.assignee_id) if action.assignee_id is not None else None
            inner_rows.append(
                [_staff_label(who) or "미정", scrub(action.description), date_ko(action.due_on)]
            )
        inner_w = value_w - 8
        inner = table(
            inner_rows,
            [36 * mm, inner_w - 36 * mm - 27 * mm, 27 * mm],
            style_extra=[("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#a9b3bf"))],
        )
        rows.append([para("후속 조치", b), inner])
    else:
        rows.append([para("후속 조치", b), "없음"])
    body = table(
        rows,
        [label_w, value_w],
        header_rows=0,
        style_extra=[("BACKGROUND", (0, 0), (0, -1), SHADE), ("VALIGN", (0, 0), (0, -1), "TOP")],
    )
    heading = para(f"안건 {number}. {scrub(item.title)}", st["h2"])
    # A heading never ends a page alone.
    return [CondPageBreak(40 * mm), heading, body]


def _finalisation(meeting: Meeting, staff: dict[int, StaffAccount]) -> list[Flowable]:
    st = styles()
    b = st["cell_bold"]
    if meeting.status is not MeetingStatus.FINALISED:
        return [
            para("※ 확정되지 않은 회의록입니다. 확정 후 내용이 잠기고 교장의 확인을 받습니다.", st["small"])
        ]
    signer = staff.get(meeting.signed_by_id) if meeting.signed_by_id is not None else None
    signed = "서명 전"
    if signer is not None:
        signed = f"{_staff_label(signer)} ({datetime_ko(meeting.signed_at)} 확인)"
    rows = [
        [para("확정 일시", b), datetime_ko(meeting.finalised_at)],
        [para("교장 확인", b), signed],
        [para("내용 해시(SHA-256)", b), meeting.content_hash or ""],
    ]
    label_w = 34 * mm
    return [
        CondPageBreak(30 * mm),
        para("4. 회의록 확정", st["h1"]),
        table(
            rows,
            [label_w, CONTENT_WIDTH - label_w],
            header_rows=0,
            style_extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)],
        ),
        Spacer(1, 1.5 * mm),
        para(
            "확정된 회의록은 변경할 수 없으며, 이후 변경 사항은 추가 기록(부기)으로만 남깁니다."
            + ("" if meeting.addenda else " (추가 기록 없음)"),
            st["small"],
        ),
    ]


def _addenda(meeting: Meeting, staff: dict[int, StaffAccount], scrub: _Scrub) -> list[Flowable]:
    if not meeting.addenda:
        return []
    st = styles()
    rows: list[list[object]] = [["연번", "기록 일시", "작성자", "내용"]]
    for n, addendum in enumerate(meeting.addenda, start=1):
        author = staff.get(addendum.author_id) if addendum.author_id is not None else None
        rows.append([str(n), datetime_ko(addendum.written_at), _staff_label(author), scrub(addendum.text)])
    widths = [11 * mm, 32 * mm, 34 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return [CondPageBreak(30 * mm), para("5. 추가 기록(부기)", st["h1"]), table(rows, widths)]


def _closing(meeting: Meeting, staff: dict[int, StaffAccount]) -> list[Flowable]:
    st = styles()
    chair = staff.get(meeting.chair_id) if meeting.chair_id is not None else None
    day = local_time(meeting.held_at).date()
    sign = Table(
        [["위원장", f"{chair.position if chair else ''}  {chair.display_name if chair else ''}", "(서명)"]],
        colWidths=[20 * mm, 48 * mm, 18 * mm],
        hAlign="RIGHT",
    )
    sign.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (0, 0), FONT_BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("TEXTCOLOR", (2, 0), (2, 0), colors.HexColor("#7a8694")),
            ]
        )
    )
    return [
        Spacer(1, 6 * mm),
        CondPageBreak(30 * mm),
        para("위와 같이 회의하였음을 확인합니다.", st["center"]),
        Spacer(1, 3 * mm),
        para(formal_date_ko(day), st["center"]),
        Spacer(1, 5 * mm),
        sign,
    ]


def minutes_story(session: Session, meeting: Meeting, print_ctx: PrintContext) -> list[Flowable]:
    """The flowables of a meeting's minutes."""
    st = styles()
    staff = _staff(session, meeting)
    subjects, names = _subjects(session, meeting, print_ctx.full_names)
    scrub = _Scrub(names, print_ctx.full_names)
    team = session.scalar(select(School.team_name).order_by(School.id).limit(1)) or ""
    story: list[Flowable] = [
        _header(meeting, f"{print_ctx.school_name} {team}".strip()),
        Spacer(1, 5 * mm),
        para("1. 회의 개요", st["h1"]),
        _overview(meeting, staff),
        para("2. 참석자", st["h1"]),
        _attendees(meeting),
        # The section heading stays with its first item.
        CondPageBreak(60 * mm),
        para("3. 안건 및 결정 사항", st["h1"]),
    ]
    if not meeting.agenda_items:
        story.append(para("안건이 없습니다.", st["body"]))
    for n, item in enumerate(meeting.agenda_items, start=1):
        flowables = _agenda_item(n, item, subjects.get(item.id), staff, scrub)
        story += flowables[1:] if n == 1 else flowables
    story += _finalisation(meeting, staff)
    story += _addenda(meeting, staff, scrub)
    story += _closing(meeting, staff)
    return story


def latest_meeting_id(session: Session) -> int | None:
    """The most recent meeting that has taken place (or, when none has, the most recent one)."""
    held = session.scalar(
        select(Meeting.id)
        .where(Meeting.status != MeetingStatus.PLANNED)
        .order_by(Meeting.held_at.desc(), Meeting.id.desc())
        .limit(1)
    )
    if held is not None:
        return int(held)
    any_id = session.scalar(select(Meeting.id).order_by(Meeting.held_at.desc(), Meeting.id.desc()).limit(1))
    return None if any_id is None else int(any_id)


def minutes_pdf(
    session: Session, actor: Actor, meeting_id: int, print_ctx: PrintContext, target: Path | IO[bytes]
) -> int:
    """Print a meeting's minutes to `target` (a path or a binary stream); audit the print with
    its purpose. Returns the number of pages."""
    purpose = check_print(actor, print_ctx.purpose, include_restricted=print_ctx.include_restricted)
    require(actor, Permission.VIEW_MEETINGS)
    meeting = _load(session, meeting_id)
    title = f"회의록 {meeting_number(meeting)}"
    held = meeting.held_at if meeting.held_at.tzinfo is not None else meeting.held_at.replace(tzinfo=UTC)
    subject = f"회의록 제{meeting.number}차 {held.astimezone().date().isoformat()}"
    return print_recorded(
        session,
        actor,
        target,
        print_ctx,
        title=title,
        story=minutes_story(session, meeting, print_ctx),
        subject=subject,
        document=DOCUMENT,
        purpose=purpose,
        entity_type=AuditRecord.MEETING,
        entity_id=meeting.id,
    )


__all__ = ["latest_meeting_id", "meeting_number", "meeting_title", "minutes_pdf", "minutes_story"]
