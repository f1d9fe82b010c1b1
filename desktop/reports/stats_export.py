"""The statistics export for the district support center (교육지원청 학생맞춤통합지원센터).

An XLSX workbook of aggregated counts only: cases by state, need domain, grade and support type,
interventions by provider kind, referrals by status, and a monthly table. No names, no case
codes, no ids. Every count from 1 to 4 is suppressed (written as "≤4"; 0 stays 0) so that no
small group of students can be recognised, and no totals are written (a total would give a
suppressed cell back by subtraction). The workbook is in Korean, as the district expects, and is
written atomically: the target is either untouched or the complete new file.

The population is the cases worked on in the period: opened on or before its end and not closed
before its start (with no period, every case). Breakdowns of interventions and referrals are of
those cases; the monthly table counts events that fall in the period.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import ColumnElement, and_, extract, func, or_, select, true
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    CaseState,
    Intervention,
    NeedDomain,
    Organisation,
    OrganisationKind,
    Referral,
    ReferralStatus,
    School,
    StaffAccount,
    StaffSpecialty,
    Student,
    SupportCase,
    SupportRequest,
    SupportSession,
    SupportType,
    case_domain,
    case_support_type,
)
from desktop.reports.ko_labels import ORGANISATION_KIND_KO, REFERRAL_STATUS_KO, STATE_KO
from desktop.services.actor import Actor
from desktop.services.audit import AuditRecord
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.permissions import Permission, require
from desktop.services.printing import record_print
from desktop.services.text_input import clean_text
from desktop.storage.atomic import atomic_write_bytes

SUPPRESSED = "≤4"
SUPPRESS_MAX = 4
DEFAULT_PURPOSE = "교육지원청 학생맞춤통합지원센터 통계 제출"
DOCUMENT = "statistics_export"

SPECIALTY_KO: dict[StaffSpecialty, str] = {
    StaffSpecialty.HOMEROOM: "담임교사",
    StaffSpecialty.COUNSELOR: "전문상담교사(Wee클래스)",
    StaffSpecialty.NURSE: "보건교사",
    StaffSpecialty.WELFARE_OFFICER: "교육복지사",
    StaffSpecialty.SPECIAL_EDUCATION: "특수교사",
    StaffSpecialty.BASIC_SKILLS: "기초학력(두드림)",
    StaffSpecialty.CAREER: "진로전담교사",
    StaffSpecialty.ADMINISTRATION: "행정",
}

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5EE")


class ExportFailed(ServiceError):
    """The workbook could not be written (disk full, file open in another program, ...)."""


@dataclass(frozen=True)
class _Table:
    sheet: str
    title: str
    header: tuple[str, ...]
    rows: list[tuple[Any, ...]]  # a label (or two) and counts


def suppress(count: int) -> int | str:
    """A count as the district may see it: 1..4 become "≤4", everything else stays."""
    return SUPPRESSED if 1 <= count <= SUPPRESS_MAX else count


def _period_cases(start: date | None, end: date | None) -> ColumnElement[bool]:
    cond: list[ColumnElement[bool]] = []
    if end is not None:
        cond.append(SupportCase.opened_on <= end)
    if start is not None:
        cond.append(or_(SupportCase.closed_on.is_(None), SupportCase.closed_on >= start))
    return and_(true(), *cond)


def _in_period(column: Any, start: date | None, end: date | None) -> ColumnElement[bool]:
    cond: list[ColumnElement[bool]] = [column.is_not(None)]
    if start is not None:
        cond.append(column >= start)
    if end is not None:
        cond.append(column <= end)
    return and_(*cond)


def _grouped(session: Session, stmt: Any) -> dict[Any, int]:
    return {key: int(n) for key, n in session.execute(stmt)}


def _by_state(session: Session, in_period: ColumnElement[bool]) -> _Table:
    counts = _grouped(
        session, select(SupportCase.state, func.count()).where(in_period).group_by(SupportCase.state)
    )
    rows = [(STATE_KO[s], counts.get(s, 0)) for s in CaseState]
    return _Table("상태별", "사례 현재 상태별 사례 수", ("상태", "사례 수"), rows)


def _by_domain(session: Session, in_period: ColumnElement[bool]) -> _Table:
    counts = _grouped(
        session,
        select(case_domain.c.domain_id, func.count())
        .join(SupportCase, SupportCase.id == case_domain.c.case_id)
        .where(in_period)
        .group_by(case_domain.c.domain_id),
    )
    domains = session.execute(
        select(NeedDomain.id, NeedDomain.name_ko).order_by(NeedDomain.sort_order, NeedDomain.id)
    )
    rows = [(name, counts.get(domain_id, 0)) for domain_id, name in domains]
    return _Table(
        "영역별", "지원 영역별 사례 수 (한 사례가 여러 영역에 해당할 수 있음)", ("지원 영역", "사례 수"), rows
    )


def _by_grade(session: Session, in_period: ColumnElement[bool]) -> _Table:
    counts = _grouped(
        session,
        select(Student.grade, func.count())
        .join(SupportCase, SupportCase.student_id == Student.id)
        .where(in_period)
        .group_by(Student.grade),
    )
    grades = sorted(set(counts) | {int(g) for g in session.scalars(select(Student.grade).distinct())})
    return _Table(
        "학년별", "학년별 사례 수", ("학년", "사례 수"), [(f"{g}학년", counts.get(g, 0)) for g in grades]
    )


def _by_support_type(session: Session, in_period: ColumnElement[bool]) -> _Table:
    cases = _grouped(
        session,
        select(case_support_type.c.support_type_id, func.count())
        .join(SupportCase, SupportCase.id == case_support_type.c.case_id)
        .where(in_period)
        .group_by(case_support_type.c.support_type_id),
    )
    interventions = _grouped(
        session,
        select(Intervention.support_type_id, func.count())
        .join(SupportCase, SupportCase.id == Intervention.case_id)
        .where(in_period)
        .group_by(Intervention.support_type_id),
    )
    types = session.execute(
        select(SupportType.id, SupportType.name_ko).order_by(SupportType.sort_order, SupportType.id)
    )
    rows = [(name, cases.get(type_id, 0), interventions.get(type_id, 0)) for type_id, name in types]
    rows.append(("유형 미지정", 0, interventions.get(None, 0)))
    return _Table(
        "지원유형별", "지원 유형별 사례 수와 지원 활동 수", ("지원 유형", "사례 수", "지원 활동 수"), rows
    )


def _by_provider(session: Session, in_period: ColumnElement[bool]) -> _Table:
    external = _grouped(
        session,
        select(Organisation.kind, func.count())
        .join(Intervention, Intervention.provider_organisation_id == Organisation.id)
        .join(SupportCase, SupportCase.id == Intervention.case_id)
        .where(in_period)
        .group_by(Organisation.kind),
    )
    internal = _grouped(
        session,
        select(StaffAccount.specialty, func.count())
        .join(Intervention, Intervention.provider_staff_id == StaffAccount.id)
        .join(SupportCase, SupportCase.id == Intervention.case_id)
        .where(in_period, Intervention.provider_organisation_id.is_(None))
        .group_by(StaffAccount.specialty),
    )
    unassigned = int(
        session.scalar(
            select(func.count())
            .select_from(Intervention)
            .join(SupportCase, SupportCase.id == Intervention.case_id)
            .where(
                in_period,
                Intervention.provider_organisation_id.is_(None),
                Intervention.provider_staff_id.is_(None),
            )
        )
        or 0
    )
    rows: list[tuple[Any, ...]] = [("교내", SPECIALTY_KO[s], internal.get(s, 0)) for s in StaffSpecialty]
    rows.append(("교내", "기타 교직원", internal.get(None, 0)))
    rows += [("교외", ORGANISATION_KIND_KO[k], external.get(k, 0)) for k in OrganisationKind]
    rows.append(("미지정", "제공자 미지정", unassigned))
    return _Table("제공기관별", "제공 주체별 지원 활동 수", ("구분", "제공 주체", "지원 활동 수"), rows)


def _by_referral_status(session: Session, in_period: ColumnElement[bool]) -> _Table:
    counts = _grouped(
        session,
        select(Referral.status, func.count())
        .join(SupportCase, SupportCase.id == Referral.case_id)
        .where(in_period)
        .group_by(Referral.status),
    )
    rows = [(REFERRAL_STATUS_KO[s], counts.get(s, 0)) for s in ReferralStatus]
    return _Table("의뢰상태별", "외부 기관 의뢰 상태별 건수", ("의뢰 상태", "의뢰 건수"), rows)


def _per_month(
    session: Session, column: Any, where: ColumnElement[bool], *joins: Any
) -> dict[tuple[int, int], int]:
    year, month = extract("year", column), extract("month", column)
    stmt = select(year, month, func.count())
    for target, on in joins:
        stmt = stmt.join(target, on)
    stmt = stmt.where(where).group_by(year, month)
    return {(int(y), int(m)): int(n) for y, m, n in session.execute(stmt)}


def _monthly(session: Session, start: date | None, end: date | None) -> _Table:
    requests = _per_month(
        session, SupportRequest.received_on, _in_period(SupportRequest.received_on, start, end)
    )
    opened = _per_month(session, SupportCase.opened_on, _in_period(SupportCase.opened_on, start, end))
    closed = _per_month(session, SupportCase.closed_on, _in_period(SupportCase.closed_on, start, end))
    sessions = _per_month(session, SupportSession.held_on, _in_period(SupportSession.held_on, start, end))
    months = sorted(set(requests) | set(opened) | set(closed) | set(sessions))
    if months:
        first = (start.year, start.month) if start else months[0]
        last = (end.year, end.month) if end else months[-1]
        months = _month_range(first, last)
    rows = [
        (
            f"{y}-{m:02d}",
            requests.get((y, m), 0),
            opened.get((y, m), 0),
            closed.get((y, m), 0),
            sessions.get((y, m), 0),
        )
        for y, m in months
    ]
    return _Table(
        "월별", "월별 신청·사례·회기 수", ("월", "지원 신청", "신규 사례", "종결 사례", "지원 회기"), rows
    )


def _month_range(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    months: list[tuple[int, int]] = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _period_text(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return "전체 기간"
    return f"{start.isoformat() if start else '처음'} ~ {end.isoformat() if end else '현재'}"


# Spreadsheet programs read a text that starts with one of these as a formula when it is typed.
_FORMULA_STARTS = ("=", "+", "-", "@")


def _put(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """The cell at (row, column) holding `value`. A text is always a string cell, never a formula:
    openpyxl stores a text starting with "=" as a formula, so a school or an organisation named
    '=HYPERLINK("http://…")' would become a live link in the district's workbook."""
    if isinstance(value, str):
        value = clean_text(value)  # a control character would make openpyxl refuse the whole file
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        # Also kept as text should someone edit the cell in Excel.
        cell.quotePrefix = value.startswith(_FORMULA_STARTS)
    return cell


def _write_note(ws: Worksheet, school: str, start: date | None, end: date | None, made: datetime) -> None:
    lines: Sequence[tuple[str, str]] = (
        ("학생맞춤통합지원 통계", ""),
        ("학교", school),
        ("기간", _period_text(start, end)),
        ("작성 일시", made.strftime("%Y-%m-%d %H:%M")),
        ("", ""),
        (
            "작은 수의 비공개",
            f"1부터 4까지의 수는 학생을 알아볼 수 없도록 '{SUPPRESSED}'로 표시했습니다. 0은 0으로 표시합니다.",
        ),
        ("합계", "비공개한 수를 빼기로 알아낼 수 없도록 합계는 싣지 않았습니다."),
        ("대상", "기간 중에 지원한 사례: 기간 끝 이전에 열리고 기간 시작 전에 종결되지 않은 사례입니다."),
        ("상태", "상태별 표는 내보낸 날의 현재 상태입니다."),
        ("월별", "월별 표는 기간 안에 있었던 신청, 사례 개시·종결, 지원 회기의 수입니다."),
        ("개인정보", "이름, 사례 번호, 학번 등 개인을 알아볼 수 있는 정보는 담지 않았습니다."),
    )
    for row, (key, value) in enumerate(lines, start=1):
        _put(ws, row, 1, key).font = _HEADER_FONT
        _put(ws, row, 2, value).alignment = Alignment(wrap_text=True, vertical="top")
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 90


def _write_table(ws: Worksheet, table: _Table) -> None:
    _put(ws, 1, 1, table.title).font = Font(bold=True, size=12)
    for col, name in enumerate(table.header, start=1):
        cell = _put(ws, 3, col, name)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
    for r, values in enumerate(table.rows, start=4):
        for col, value in enumerate(values, start=1):
            cell = _put(ws, r, col, suppress(value) if isinstance(value, int) else value)
            if isinstance(value, int):
                cell.alignment = Alignment(horizontal="right")
    for col, name in enumerate(table.header, start=1):
        widest = max([len(str(name))] + [len(str(v[col - 1])) for v in table.rows])
        ws.column_dimensions[get_column_letter(col)].width = max(12, min(40, widest * 2 + 2))
    ws.freeze_panes = "A4"


def build_workbook(
    session: Session, *, start: date | None = None, end: date | None = None, made: datetime | None = None
) -> Workbook:
    """The workbook, in memory (no permission check: call export_statistics)."""
    in_period = _period_cases(start, end)
    tables: Iterable[_Table] = (
        _by_state(session, in_period),
        _by_domain(session, in_period),
        _by_grade(session, in_period),
        _by_support_type(session, in_period),
        _by_provider(session, in_period),
        _by_referral_status(session, in_period),
        _monthly(session, start, end),
    )
    school = session.scalar(select(School.name).order_by(School.id).limit(1)) or ""
    workbook = Workbook()
    note = workbook.active
    assert note is not None
    note.title = "안내"
    _write_note(note, school, start, end, made or datetime.now())
    for table in tables:
        _write_table(workbook.create_sheet(table.sheet), table)
    return workbook


def export_statistics(
    session: Session,
    actor: Actor,
    target: Path,
    *,
    start: date | None = None,
    end: date | None = None,
    purpose: str = DEFAULT_PURPOSE,
) -> int:
    """Write the statistics workbook to `target` (atomically) and audit the export; the number of
    sheets written. Needs EXPORT_STATS."""
    require(actor, Permission.EXPORT_STATS)
    purpose = purpose.strip()
    if not purpose:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say what the export is for (its purpose)."))
    if start is not None and end is not None and start > end:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The period ends before it starts."))
    workbook = build_workbook(session, start=start, end=end)
    buffer = io.BytesIO()
    workbook.save(buffer)
    try:
        atomic_write_bytes(Path(target), buffer.getvalue())
    except OSError as exc:
        raise ExportFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file could not be written ({reason}). Check that the disk is not full and that "
                "the file is not open in another program, then try again.",
            ),
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    sheets = len(workbook.sheetnames)
    record_print(
        session,
        actor,
        document=DOCUMENT,
        purpose=purpose,
        entity_type=AuditRecord.STATISTICS,
        pages=sheets,
        export=True,
    )
    return sheets


__all__ = ["SUPPRESSED", "ExportFailed", "build_workbook", "export_statistics", "suppress"]
