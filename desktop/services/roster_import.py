"""Importing the student roster (명렬표) from a CSV or XLSX file (DESIGN §1.5: IMPORT_ROSTER).

Three steps, so the user sees what will happen before anything changes:

1. `read_roster` reads the file (CSV in UTF-8 or CP949, or the first sheet of an XLSX workbook),
   finds the header row — which may sit below title rows — and maps its columns to fields.
2. `preview_import` checks every row and matches it against the students already stored: by 학번
   when the file has one, otherwise by grade, class, number, name and birth date together. Rows
   that cannot be imported are listed with their row number in the file and the reason.
3. `apply_import` stores the preview all or nothing: a preview with any rejected row is refused
   and nothing changes; otherwise every insert and update goes in one transaction with one
   IMPORT audit event that holds counts only.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import Sex, Student
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import ValidationError
from desktop.services.korean_text import with_josa
from desktop.services.permissions import Permission, require
from desktop.services.text_input import clean_line

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger files are refused: a school roster is a few hundred kilobytes at most."""

# Header text (spaces removed) -> field. The first four decide which row is the header.
_HEADERS: Mapping[str, str] = {
    "학년": "grade",
    "반": "class_no",
    "번호": "number",
    "성명": "name",
    "이름": "name",
    "성별": "sex",
    "생년월일": "birth_date",
    "학번": "student_no",
    "학생성명": "name",
    "학생명": "name",
    "보호자명": "guardian_name",
    "보호자성명": "guardian_name",
    "보호자이름": "guardian_name",
    "보호자": "guardian_name",
    "관계": "guardian_relation",
    "보호자관계": "guardian_relation",
    "보호자와의관계": "guardian_relation",
    "보호자연락처": "guardian_phone",
    "보호자전화": "guardian_phone",
    "보호자전화번호": "guardian_phone",
    "보호자휴대전화": "guardian_phone",
    "보호자휴대폰": "guardian_phone",
    "보호자핸드폰": "guardian_phone",
}
_PLACE_FIELDS = ("grade", "class_no", "number")
_REQUIRED = ("grade", "class_no", "number", "name", "sex")
_FIELD_HEADER = {
    "grade": "학년",
    "class_no": "반",
    "number": "번호",
    "name": "성명",
    "sex": "성별",
}
# The fields an import may set on a student; columns absent from the file leave them untouched.
_UPDATABLE = (
    "student_no",
    "grade",
    "class_no",
    "number",
    "name",
    "sex",
    "birth_date",
    "guardian_name",
    "guardian_relation",
    "guardian_phone",
)
_MAX_LEN = {"student_no": 20, "name": 60, "guardian_name": 60, "guardian_relation": 20, "guardian_phone": 40}
_LIMITS = {"grade": 6, "class_no": 99, "number": 99}

_SEX = {
    "남": Sex.MALE,
    "남자": Sex.MALE,
    "m": Sex.MALE,
    "여": Sex.FEMALE,
    "여자": Sex.FEMALE,
    "f": Sex.FEMALE,
}
_INT_RE = re.compile(r"0*(\d{1,3})(?:학년|반|번)?")
_DATE_RES = (
    re.compile(r"(\d{4})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\.?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)
_EXCEL_EPOCH = date(1899, 12, 30)


@dataclass(frozen=True)
class RosterTable:
    """The rows of a roster file below its header, with the columns the header names.

    `columns` maps a field (grade, class_no, number, name, sex, birth_date, student_no,
    guardian_name, guardian_relation, guardian_phone) to its 0-based column; `headers` to the
    header text as written. Each row is (1-based row number in the file, its cells).
    """

    source: str
    header_row: int
    columns: Mapping[str, int]
    headers: Mapping[str, str]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]


@dataclass(frozen=True)
class RejectedRow:
    """A row that cannot be imported: its 1-based row number in the file and why."""

    row: int
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)
    context = "roster"

    def text(self, translated: str | None = None) -> str:
        """The reason with its parameters filled in (optionally from a translated template)."""
        template = translated if translated is not None else self.message
        try:
            text = template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template
        # A Korean template writes "{name}은(는)": the particle that fits is chosen once filled in.
        return with_josa(text)


@dataclass(frozen=True)
class PlannedRow:
    """A row to store: a new student (`student_id` None) or the changed fields of a stored one."""

    row: int
    values: Mapping[str, Any]
    student_id: int | None = None


@dataclass(frozen=True)
class ImportPreview:
    """What `apply_import` would do with a roster table."""

    source: str
    columns: Mapping[str, str]
    inserts: tuple[PlannedRow, ...]
    updates: tuple[PlannedRow, ...]
    unchanged: tuple[int, ...]
    rejected: tuple[RejectedRow, ...]

    @property
    def ok(self) -> bool:
        """True when no row was rejected, so the import may be applied."""
        return not self.rejected


@dataclass(frozen=True)
class ImportResult:
    inserted: int
    updated: int
    unchanged: int


# --- reading -------------------------------------------------------------------------------------


MSG_NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors",
    "{file} is not a readable roster file: it is neither CSV text in UTF-8 or CP949 (EUC-KR) nor an "
    "XLSX workbook.",
)
MSG_UTF16 = QT_TRANSLATE_NOOP(
    "errors",
    "{file} is not a readable roster file: it is saved as UTF-16 ('Unicode text'). Save it as "
    "CSV in UTF-8 or CP949, or as an XLSX workbook.",
)
MSG_WRONG_ENCODING = QT_TRANSLATE_NOOP(
    "errors",
    "{file} is not a readable roster file: its text is in an encoding other than UTF-8 or CP949 "
    "(EUC-KR), so the Korean letters cannot be read. Save it as CSV in UTF-8 or CP949, or as XLSX.",
)
MSG_OLD_XLS = QT_TRANSLATE_NOOP(
    "errors",
    "{file} is an old Excel (.xls) workbook, which cannot be read. Open it in Excel and save it as "
    "XLSX or as CSV.",
)
MSG_BAD_XLSX = QT_TRANSLATE_NOOP(
    "errors", "{file} is not a readable roster file: the XLSX workbook cannot be opened."
)
MSG_CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "errors",
    "{file} is not a readable roster file: line {line} holds a control character ({character}), "
    "which never occurs in a roster's text. Save the roster again from the school's system as CSV "
    "or XLSX and import that file.",
)

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")


def _unreadable(path: Path, message: str) -> ValidationError:
    return ValidationError(message, file=path.name)


def _looks_mis_decoded(text: str) -> bool:
    """True when CP949 decoding "worked" on a file in another encoding (e.g. Latin-1): a Korean
    file's non-ASCII letters are Hangul, a mis-decoded one's are mostly rare Hanja and symbols."""
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return False
    hangul = sum(1 for ch in non_ascii if _HANGUL.match(ch))
    return hangul * 2 < len(non_ascii)


def _is_utf16(data: bytes) -> bool:
    """UTF-16 text (what Excel saves as "Unicode text"): a byte-order mark, or zero bytes that
    decode as UTF-16 into printable text."""
    if data.startswith(_UTF16_BOMS):
        return True
    head = data[:4000]
    if b"\x00" not in head:
        return False
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = head[: len(head) // 2 * 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and all(ch.isprintable() or ch in "\t\r\n" for ch in text[:-1]):
            return True
    return False


# Control characters other than tab, line breaks and form feed (C0, DEL, C1).
_CONTROL_IN_CSV = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _read_csv(path: Path, data: bytes) -> list[tuple[Any, ...]]:
    if _is_utf16(data):
        raise _unreadable(path, MSG_UTF16)
    # Control bytes never occur in CSV text: an image, a PDF or an archive renamed ".csv".
    if any(b < 32 and b not in (9, 10, 12, 13) for b in data[:4096]):
        raise _unreadable(path, MSG_NOT_TEXT)
    text: str | None = None
    try:
        text = data.decode("utf-8-sig", errors="strict")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp949", errors="strict")
        except UnicodeDecodeError:
            raise _unreadable(path, MSG_WRONG_ENCODING) from None
        if _looks_mis_decoded(text):
            raise _unreadable(path, MSG_WRONG_ENCODING) from None
    if "\x00" in text:
        raise _unreadable(path, MSG_NOT_TEXT)
    # The whole file, not only its head: one control character after the first screen of rows
    # is as foreign to a roster as a binary file's are.
    if found := _CONTROL_IN_CSV.search(text):
        raise ValidationError(
            MSG_CONTROL_CHARACTER,
            file=path.name,
            line=text.count("\n", 0, found.start()) + 1,
            character=f"U+{ord(found.group()):04X}",
        )
    try:
        return [tuple(row) for row in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error as exc:
        raise _unreadable(path, MSG_NOT_TEXT) from exc


def _read_xlsx(path: Path, data: bytes) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    # From the bytes, not the path: openpyxl judges a path by its extension, and an XLSX saved
    # as "roster.csv" is still a workbook.
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError) as exc:
        raise _unreadable(path, MSG_BAD_XLSX) from exc
    try:
        if not workbook.worksheets:
            return []
        return [tuple(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise _unreadable(path, MSG_BAD_XLSX) from exc
    finally:
        workbook.close()


def _header_key(cell: Any) -> str:
    return re.sub(r"\s+", "", clean_line(str(cell))) if cell is not None else ""


def _is_blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _find_header(rows: Sequence[tuple[Any, ...]]) -> tuple[int, dict[str, int]] | None:
    """The 0-based index of the first row naming 성명/이름 and two of 학년/반/번호, and its columns."""
    for index, row in enumerate(rows):
        columns: dict[str, int] = {}
        for col, cell in enumerate(row):
            name = _HEADERS.get(_header_key(cell))
            if name is not None and name not in columns:
                columns[name] = col
        if "name" in columns and sum(f in columns for f in _PLACE_FIELDS) >= 2:
            return index, columns
    return None


def read_roster(path: Path) -> RosterTable:
    """Read a roster file (CSV or XLSX) into a table. Raises ValidationError when the file cannot
    be read, is empty, or has no header row with a name column."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _unreadable(path, "the file is too large for a roster")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file {file} cannot be opened."), file=str(path)
        ) from exc
    if not data.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file {file} is empty."), file=path.name)
    if data.startswith(_OLE_SIGNATURE):
        raise _unreadable(path, MSG_OLD_XLS)
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        rows = _read_xlsx(path, data)
    else:
        rows = _read_csv(path, data)
    if not any(not all(_is_blank(c) for c in row) for row in rows):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file {file} is empty."), file=path.name)

    found = _find_header(rows)
    if found is None:
        near = any(sum(_HEADERS.get(_header_key(c)) in _PLACE_FIELDS for c in row) >= 2 for row in rows[:50])
        if near:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The roster {file} has no name column: add a column headed 성명 or 이름."
                ),
                file=path.name,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No roster header was found in {file}: a row must name the columns 성명 (or 이름) "
                "and 학년, 반, 번호.",
            ),
            file=path.name,
        )
    header_index, columns = found
    missing = [_FIELD_HEADER[f] for f in _REQUIRED if f not in columns]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The roster {file} has no column for {columns}."),
            file=path.name,
            columns=", ".join(missing),
        )
    header = rows[header_index]
    body = tuple(
        (number, row)
        for number, row in enumerate(rows[header_index + 1 :], start=header_index + 2)
        if not all(_is_blank(c) for c in row)
    )
    if not body:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The roster {file} has a header but no students."), file=path.name
        )
    return RosterTable(
        source=path.name,
        header_row=header_index + 1,
        columns=dict(columns),
        headers={f: str(header[c]).strip() for f, c in columns.items()},
        rows=body,
    )


# --- checking rows -------------------------------------------------------------------------------


class _Reject(Exception):
    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    # NFC, without direction overrides, zero-width or control characters (an XLSX cell may hold
    # any of them): a name shows as what it is.
    return re.sub(r"\s+", " ", clean_line(str(cell))).strip()


def _parse_int(cell: Any, name: str) -> int:
    value: int | None = None
    if isinstance(cell, bool):
        value = None
    elif isinstance(cell, int):
        value = cell
    elif isinstance(cell, float) and cell.is_integer():
        value = int(cell)
    else:
        match = _INT_RE.fullmatch(_text(cell).replace(" ", ""))
        value = int(match.group(1)) if match else None
    if value is None or not 1 <= value <= _LIMITS[name]:
        messages = {
            "grade": QT_TRANSLATE_NOOP("roster", "bad grade (학년) “{value}”"),
            "class_no": QT_TRANSLATE_NOOP("roster", "bad class (반) “{value}”"),
            "number": QT_TRANSLATE_NOOP("roster", "bad number (번호) “{value}”"),
        }
        raise _Reject(messages[name], value=_text(cell))
    return value


def _parse_sex(cell: Any) -> Sex:
    sex = _SEX.get(_text(cell).replace(" ", "").lower())
    if sex is None:
        raise _Reject(
            QT_TRANSLATE_NOOP("roster", "bad sex (성별) “{value}”: use 남 or 여"), value=_text(cell)
        )
    return sex


def _parse_date(cell: Any, today: date) -> date | None:
    if _is_blank(cell):
        return None
    value: date | None = None
    if isinstance(cell, datetime):
        value = cell.date()
    elif isinstance(cell, date):
        value = cell
    elif isinstance(cell, (int, float)) and not isinstance(cell, bool) and 1 <= cell < 100000:
        value = _EXCEL_EPOCH + timedelta(days=int(cell))  # an Excel serial day number
    else:
        text = _text(cell)
        for pattern in _DATE_RES:
            match = pattern.fullmatch(text)
            if match:
                try:
                    value = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
                except ValueError:
                    value = None
                break
    if value is None or not date(1900, 1, 1) <= value <= today:
        raise _Reject(
            QT_TRANSLATE_NOOP("roster", "bad birth date (생년월일) “{value}”: write it as 2016.03.05"),
            value=_text(cell),
        )
    return value


def _row_values(table: RosterTable, cells: tuple[Any, ...], today: date) -> dict[str, Any]:
    def cell(name: str) -> Any:
        col = table.columns.get(name)
        return cells[col] if col is not None and col < len(cells) else None

    name = _text(cell("name"))
    if not name:
        raise _Reject(QT_TRANSLATE_NOOP("roster", "missing name (성명)"))
    values: dict[str, Any] = {"name": name}
    for place in _PLACE_FIELDS:
        values[place] = _parse_int(cell(place), place)
    values["sex"] = _parse_sex(cell("sex"))
    # A blank cell leaves what is stored: an export with an empty guardian column must not wipe
    # the guardians the team typed in.
    birth_date = _parse_date(cell("birth_date"), today)
    if birth_date is not None:
        values["birth_date"] = birth_date
    for key in ("student_no", "guardian_name", "guardian_relation", "guardian_phone"):
        text = _text(cell(key))
        if text:
            values[key] = text
    for key, limit in _MAX_LEN.items():
        if len(values.get(key) or "") > limit:
            raise _Reject(
                QT_TRANSLATE_NOOP("roster", "the {column} is longer than {limit} characters"),
                column=table.headers[key],
                limit=limit,
            )
    return values


def _place(values: Mapping[str, Any]) -> tuple[int, int, int]:
    return values["grade"], values["class_no"], values["number"]


def preview_import(
    session: Session, actor: Actor, table: RosterTable, *, today: date | None = None
) -> ImportPreview:
    """Check every row of the table and plan its insert or update (needs IMPORT_ROSTER, since it
    compares the file with every stored student); changes nothing."""
    require(actor, Permission.IMPORT_ROSTER)
    day = today or date.today()
    students = list(session.scalars(select(Student)))
    by_no = {s.student_no: s for s in students if s.student_no}
    by_place: dict[tuple[Any, ...], list[Student]] = {}
    for s in students:
        by_place.setdefault((s.grade, s.class_no, s.number, s.name), []).append(s)

    inserts: list[PlannedRow] = []
    updates: list[PlannedRow] = []
    unchanged: list[int] = []
    rejected: list[RejectedRow] = []
    seen_no: dict[str, int] = {}
    seen_place: dict[tuple[int, int, int], int] = {}
    matched: dict[int, int] = {}
    for row, cells in table.rows:
        try:
            values = _row_values(table, cells, day)
            student_no = values.get("student_no")
            if student_no and student_no in seen_no:
                raise _Reject(
                    QT_TRANSLATE_NOOP("roster", "duplicate 학번 {student_no}: also on row {other}"),
                    student_no=student_no,
                    other=seen_no[student_no],
                )
            place = _place(values)
            if place in seen_place:
                raise _Reject(
                    QT_TRANSLATE_NOOP(
                        "roster", "duplicate {grade}학년 {class_no}반 {number}번: also on row {other}"
                    ),
                    grade=place[0],
                    class_no=place[1],
                    number=place[2],
                    other=seen_place[place],
                )
            student = by_no.get(student_no) if student_no else None
            if student is None:
                # Otherwise by place, name and birth date (when both the row and the stored
                # student have one). A row whose 학번 matched nobody may only match a student
                # stored without one.
                birth = values.get("birth_date")
                candidates = [
                    s
                    for s in by_place.get((*place, values["name"]), [])
                    if (birth is None or s.birth_date is None or s.birth_date == birth)
                    and not (student_no and s.student_no)
                ]
                if len(candidates) > 1:
                    raise _Reject(QT_TRANSLATE_NOOP("roster", "matches more than one stored student"))
                student = candidates[0] if candidates else None
            if student is not None and student.id in matched:
                raise _Reject(
                    QT_TRANSLATE_NOOP("roster", "matches the same student as row {other}"),
                    other=matched[student.id],
                )
        except _Reject as exc:
            rejected.append(RejectedRow(row, exc.message, exc.params))
            continue
        if student_no:
            seen_no[student_no] = row
        seen_place[place] = row
        if student is None:
            inserts.append(PlannedRow(row, values))
            continue
        matched[student.id] = row
        changed = {k: v for k, v in values.items() if k in _UPDATABLE and getattr(student, k) != v}
        if changed:
            updates.append(PlannedRow(row, changed, student_id=student.id))
        else:
            unchanged.append(row)
    return ImportPreview(
        source=table.source,
        columns=dict(table.headers),
        inserts=tuple(inserts),
        updates=tuple(updates),
        unchanged=tuple(unchanged),
        rejected=tuple(rejected),
    )


def _changed_since_preview() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The students were changed while the roster was being checked. Nothing was imported; "
            "check the file again.",
        )
    )


def apply_import(session: Session, actor: Actor, preview: ImportPreview) -> ImportResult:
    """Store a preview all or nothing (needs IMPORT_ROSTER). Refused, changing nothing, when any
    row was rejected. Records one IMPORT event with counts only, and commits."""
    require(actor, Permission.IMPORT_ROSTER)
    if preview.rejected:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{count} rows of the roster cannot be imported. Nothing was imported; correct the file "
                "and try again.",
            ),
            count=len(preview.rejected),
        )
    try:
        for planned in preview.updates:
            student = session.get(Student, planned.student_id)
            if student is None:
                raise _changed_since_preview()
            for key, value in planned.values.items():
                setattr(student, key, value)
        for planned in preview.inserts:
            session.add(Student(**dict(planned.values)))
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.IMPORT,
            entity_type=AuditRecord.STUDENT,
            detail={
                "what": "roster",
                "inserted": len(preview.inserts),
                "updated": len(preview.updates),
                "unchanged": len(preview.unchanged),
            },
        )
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise _changed_since_preview() from exc
    except BaseException:
        session.rollback()
        raise
    return ImportResult(
        inserted=len(preview.inserts), updated=len(preview.updates), unchanged=len(preview.unchanged)
    )


def describe_rejections(rejected: Iterable[RejectedRow]) -> list[str]:
    """One line per rejected row, "row N: reason" (untranslated), for logs and the command line."""
    return [f"row {r.row}: {r.text()}" for r in rejected]


__all__ = [
    "ImportPreview",
    "ImportResult",
    "PlannedRow",
    "RejectedRow",
    "RosterTable",
    "apply_import",
    "describe_rejections",
    "preview_import",
    "read_roster",
]
