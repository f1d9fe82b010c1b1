"""Roster import: reading CSV/XLSX files, matching students, and all-or-nothing storing."""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Role, Sex, Student
from desktop.services.accounts import create_staff
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.roster_import import apply_import, preview_import, read_roster
from desktop.services.statistics import summary
from tests.unit.services.db_checks import audit_events

HEADER = ["학년", "반", "번호", "성명", "성별", "생년월일", "보호자명", "관계", "보호자 연락처"]
ROWS = [
    ["3", "2", "1", "김민준", "남", "2016.03.05", "김철수", "부", "010-1111-2222"],
    ["3", "2", "2", "이서연", "여", "2016-07-21", "박영희", "모", "010-3333-4444"],
    ["3", "2", "3", "박지호", "남자", "20161130", "", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    text = "\r\n".join(",".join(row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def students(db: Session) -> list[Student]:
    db.expire_all()
    return list(db.scalars(select(Student).order_by(Student.grade, Student.class_no, Student.number)))


def count(db: Session) -> int:
    db.expire_all()
    return int(summary(db)["students"])


def do_import(db: Session, actor: Actor, path: Path) -> tuple[int, int]:
    preview = preview_import(db, actor, read_roster(path))
    assert preview.ok, [r.text() for r in preview.rejected]
    result = apply_import(db, actor, preview)
    return result.inserted, result.updated


def test_csv_utf8_import_stores_the_students(db: Session, coordinator: Actor, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "roster.csv", [HEADER, *ROWS], encoding="utf-8-sig")
    table = read_roster(path)
    assert table.header_row == 1
    preview = preview_import(db, coordinator, table)
    assert preview.columns["guardian_phone"] == "보호자 연락처"
    assert [p.row for p in preview.inserts] == [2, 3, 4]

    assert apply_import(db, coordinator, preview).inserted == 3
    stored = students(db)
    assert [(s.grade, s.class_no, s.number, s.name, s.sex, s.birth_date) for s in stored] == [
        (3, 2, 1, "김민준", Sex.MALE, date(2016, 3, 5)),
        (3, 2, 2, "이서연", Sex.FEMALE, date(2016, 7, 21)),
        (3, 2, 3, "박지호", Sex.MALE, date(2016, 11, 30)),
    ]
    assert (stored[0].guardian_name, stored[0].guardian_relation, stored[0].guardian_phone) == (
        "김철수",
        "부",
        "010-1111-2222",
    )
    assert stored[2].guardian_name == ""
    (event,) = audit_events(db, "import")
    assert event.detail == {"what": "roster", "inserted": 3, "updated": 0, "unchanged": 0}
    assert "김민준" not in str(event.detail)


def test_cp949_with_title_rows_and_korean_values(db: Session, coordinator: Actor, tmp_path: Path) -> None:
    rows = [
        ["2026학년도 3학년 2반 학생 명렬표", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["학번", "학년", "반", "번 호", "이름", "성별", "생년월일"],
        ["30201", "3학년", "2반", "01", "최하은", "여자", "2016. 1. 9."],
        ["30202", "03", "02", "2", "정우진", "M", "2016/02/29"],
    ]
    path = write_csv(tmp_path / "명렬표.csv", rows, encoding="cp949")
    table = read_roster(path)
    assert table.header_row == 3
    assert do_import(db, coordinator, path) == (2, 0)
    stored = students(db)
    assert [(s.student_no, s.number, s.name, s.sex, s.birth_date) for s in stored] == [
        ("30201", 1, "최하은", Sex.FEMALE, date(2016, 1, 9)),
        ("30202", 2, "정우진", Sex.MALE, date(2016, 2, 29)),
    ]


def test_xlsx_with_excel_dates_and_numbers(db: Session, coordinator: Actor, tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["2026학년도 1학년 명렬표"],
        [],
        ["학년", "반", "번호", "성명", "성별", "생년월일", "학번"],
        [1, 3, 1, "한지우", "여", datetime(2019, 5, 1), 10301],
        [1, 3, 2, "오민서", "F", "2019.06.02", "10302"],
    ]
    path = write_xlsx(tmp_path / "roster.xlsx", rows)
    assert read_roster(path).header_row == 3
    assert do_import(db, coordinator, path) == (2, 0)
    stored = students(db)
    assert [(s.student_no, s.grade, s.class_no, s.name, s.birth_date) for s in stored] == [
        ("10301", 1, 3, "한지우", date(2019, 5, 1)),
        ("10302", 1, 3, "오민서", date(2019, 6, 2)),
    ]


def test_reimport_updates_instead_of_duplicating(db: Session, coordinator: Actor, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "roster.csv", [HEADER, *ROWS])
    assert do_import(db, coordinator, path) == (3, 0)
    assert do_import(db, coordinator, path) == (0, 0)
    assert count(db) == 3

    changed = [row[:] for row in ROWS]
    changed[1][8] = "010-9999-0000"
    changed.append(["3", "2", "4", "윤도윤", "남", "2016.04.04", "", "", ""])
    path = write_csv(tmp_path / "roster2.csv", [HEADER, *changed])
    assert do_import(db, coordinator, path) == (1, 1)
    stored = students(db)
    assert len(stored) == 4
    assert stored[1].guardian_phone == "010-9999-0000"


def test_reimport_matches_by_student_no_across_classes(
    db: Session, coordinator: Actor, tmp_path: Path
) -> None:
    header = ["학번", "학년", "반", "번호", "성명", "성별"]
    first = write_csv(tmp_path / "a.csv", [header, ["20101", "2", "1", "1", "강서준", "남"]])
    assert do_import(db, coordinator, first) == (1, 0)
    # The next school year: same 학번, new grade, class and number.
    second = write_csv(tmp_path / "b.csv", [header, ["20101", "3", "4", "7", "강서준", "남"]])
    assert do_import(db, coordinator, second) == (0, 1)
    (student,) = students(db)
    assert (student.student_no, student.grade, student.class_no, student.number) == ("20101", 3, 4, 7)


def test_rejected_rows_are_listed_and_nothing_changes(
    db: Session, coordinator: Actor, tmp_path: Path
) -> None:
    header = ["학번", *HEADER]
    rows = [
        header,
        ["30201", *ROWS[0]],
        ["30202", "3", "2", "2", "", "여", "", "", "", ""],  # missing name
        ["30203", "9", "2", "3", "가나", "여", "", "", "", ""],  # bad grade
        ["30204", "3", "2", "4", "다라", "X", "", "", "", ""],  # bad sex
        ["30205", "3", "2", "5", "마바", "여", "2016.02.30", "", "", ""],  # bad date
        ["30201", "3", "2", "6", "사아", "여", "", "", "", ""],  # duplicate 학번
        ["30207", "3", "2", "1", "자차", "남", "", "", "", ""],  # duplicate place
    ]
    path = write_csv(tmp_path / "bad.csv", rows)
    before = count(db)
    preview = preview_import(db, coordinator, read_roster(path))
    assert [r.row for r in preview.rejected] == [3, 4, 5, 6, 7, 8]
    reasons = [r.text() for r in preview.rejected]
    assert "missing name" in reasons[0]
    assert "bad grade" in reasons[1] and "9" in reasons[1]
    assert "bad sex" in reasons[2]
    assert "bad birth date" in reasons[3]
    assert "duplicate 학번 30201" in reasons[4] and "row 2" in reasons[4]
    assert "duplicate 3학년 2반 1번" in reasons[5]

    with pytest.raises(ValidationError, match="6 rows"):
        apply_import(db, coordinator, preview)
    assert count(db) == before
    assert audit_events(db, "import") == []


def _binary(path: Path) -> Path:
    path.write_bytes(random.Random(7).randbytes(4096))
    return path


def _utf16(path: Path) -> Path:
    path.write_bytes("\r\n".join(",".join(r) for r in [HEADER, *ROWS]).encode("utf-16"))
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_binary, "not a readable roster file"),
        (_utf16, "not a readable roster file"),
        (lambda p: write_csv(p, [["학년", "반", "번호", "성별"], ["3", "2", "1", "남"]]), "no name column"),
        (lambda p: (p.write_bytes(b""), p)[1], "is empty"),
        (lambda p: (p.write_bytes(b"\r\n,,,\r\n"), p)[1], "is empty"),
        (
            lambda p: write_csv(p, [["날짜", "금액", "메모"], ["2026-03-02", "12000", "간식"]]),
            "No roster header",
        ),
        (lambda p: write_csv(p, [["학년", "반", "번호", "성명"], ["3", "2", "1", "김"]]), "성별"),
        (lambda p: write_csv(p, [HEADER]), "no students"),
    ],
    ids=["binary", "utf16", "no-name", "empty", "blank", "not-a-roster", "no-sex-column", "header-only"],
)
def test_unreadable_files_are_refused_clearly(db: Session, tmp_path: Path, make: Any, message: str) -> None:
    before = count(db)
    path = make(tmp_path / "file.csv")
    with pytest.raises(ValidationError, match=message):
        read_roster(path)
    assert count(db) == before


def test_broken_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(ValidationError, match="not a readable roster file"):
        read_roster(path)


def test_homeroom_teacher_is_refused(db: Session, coordinator: Actor, tmp_path: Path) -> None:
    teacher = create_staff(
        db,
        coordinator,
        username="homeroom32",
        display_name="담임",
        role=Role.HOMEROOM,
        homeroom_grade=3,
        homeroom_class=2,
    )
    preview = preview_import(db, coordinator, read_roster(write_csv(tmp_path / "r.csv", [HEADER, *ROWS])))
    before = count(db)
    with pytest.raises(PermissionDenied):
        apply_import(db, Actor.of(teacher), preview)
    assert count(db) == before
    assert audit_events(db, "import") == []


def test_file_without_student_no_or_birth_date_still_matches(
    db: Session, coordinator: Actor, tmp_path: Path
) -> None:
    full = write_csv(tmp_path / "a.csv", [["학번", *HEADER], ["30201", *ROWS[0]]])
    assert do_import(db, coordinator, full) == (1, 0)
    short = write_csv(
        tmp_path / "b.csv", [["학년", "반", "번호", "성명", "성별"], ["3", "2", "1", "김민준", "남"]]
    )
    assert do_import(db, coordinator, short) == (0, 0)
    (student,) = students(db)
    assert (student.student_no, student.birth_date, student.guardian_name) == (
        "30201",
        date(2016, 3, 5),
        "김철수",
    )

    # A different 학번 on the same place and name is a different student.
    other = write_csv(
        tmp_path / "c.csv", [["학번", *HEADER], ["99999", "3", "2", "1", "김민준", "남", "2016.03.05"]]
    )
    preview = preview_import(db, coordinator, read_roster(other))
    assert len(preview.inserts) == 1


def _png(path: Path) -> Path:
    """A real (1×1 pixel) PNG image, renamed to .csv."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
    return path


def _utf16_no_bom(path: Path) -> Path:
    path.write_bytes("\r\n".join(",".join(r) for r in [HEADER, *ROWS]).encode("utf-16-le"))
    return path


def _latin1(path: Path) -> Path:
    rows = [["Klasse", "Nummer", "Schüler", "Geschlecht"], ["3", "1", "Jürgen Müller", "männlich"]] * 5
    return write_csv(path, rows, encoding="latin-1")


def _old_xls(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    return path


def _spreadsheet(path: Path) -> Path:
    return write_xlsx(path, [["품목", "수량", "단가"], ["연필", 12, 500], ["공책", 3, 1200]])


def _xlsx_without_name(path: Path) -> Path:
    return write_xlsx(path, [["학년", "반", "번호", "성별"], [3, 2, 1, "남"]])


@pytest.mark.parametrize(
    ("make", "suffix", "message"),
    [
        (_png, ".csv", "neither CSV text in UTF-8 or CP949"),
        (_utf16_no_bom, ".csv", "saved as UTF-16"),
        (_utf16, ".csv", "saved as UTF-16"),
        (_latin1, ".csv", "encoding other than UTF-8 or CP949"),
        (_old_xls, ".xls", r"old Excel \(.xls\) workbook"),
        (_spreadsheet, ".xlsx", "No roster header"),
        (_xlsx_without_name, ".xlsx", "no name column"),
    ],
    ids=[
        "png-renamed",
        "utf16-no-bom",
        "utf16-bom",
        "latin1",
        "old-xls",
        "random-spreadsheet",
        "xlsx-no-name",
    ],
)
def test_files_that_are_not_rosters_say_why_and_change_nothing(
    db: Session, coordinator: Actor, tmp_path: Path, make: Any, suffix: str, message: str
) -> None:
    before = count(db)
    path = make(tmp_path / f"roster{suffix}")
    with pytest.raises(ValidationError, match=message) as caught:
        read_roster(path)
    assert path.name in caught.value.text()
    assert count(db) == before
    assert audit_events(db, "import") == []


def test_xlsx_saved_with_a_csv_name_is_read_as_a_workbook(
    db: Session, coordinator: Actor, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", [HEADER[:6], [3, 2, 1, "김민준", "남", "2016.03.05"]])
    renamed = path.rename(tmp_path / "roster.csv")
    assert do_import(db, coordinator, renamed) == (1, 0)
    assert [s.name for s in students(db)] == ["김민준"]


def test_duplicate_numbers_in_xlsx_reject_the_whole_file(
    db: Session, coordinator: Actor, tmp_path: Path
) -> None:
    rows: list[list[Any]] = [
        HEADER[:5],
        [3, 2, 1, "김민준", "남"],
        [3, 2, 2, "이서연", "여"],
        [3, 2, 2, "박지호", "남"],
    ]
    path = write_xlsx(tmp_path / "dup.xlsx", rows)
    preview = preview_import(db, coordinator, read_roster(path))
    assert [(r.row, r.text()) for r in preview.rejected] == [(4, "duplicate 3학년 2반 2번: also on row 3")]
    assert len(preview.inserts) == 2
    with pytest.raises(ValidationError, match="Nothing was imported"):
        apply_import(db, coordinator, preview)
    assert count(db) == 0


def test_blank_cells_keep_what_is_stored(db: Session, coordinator: Actor, tmp_path: Path) -> None:
    full = write_csv(tmp_path / "a.csv", [HEADER, ROWS[0]])
    assert do_import(db, coordinator, full) == (1, 0)
    # The next export has the guardian and birth-date columns, but empty.
    blank = write_csv(tmp_path / "b.csv", [HEADER, ["3", "2", "1", "김민준", "남", "", "", "", ""]])
    assert do_import(db, coordinator, blank) == (0, 0)
    (student,) = students(db)
    assert (student.birth_date, student.guardian_name, student.guardian_phone) == (
        date(2016, 3, 5),
        "김철수",
        "010-1111-2222",
    )


def test_birth_date_fills_in_a_student_stored_without_one(
    db: Session, coordinator: Actor, tmp_path: Path
) -> None:
    db.add(Student(grade=3, class_no=2, number=1, name="김민준", sex=Sex.MALE))
    db.commit()
    path = write_csv(tmp_path / "a.csv", [HEADER, ROWS[0]])
    assert do_import(db, coordinator, path) == (0, 1)
    (student,) = students(db)
    assert student.birth_date == date(2016, 3, 5)


def test_a_homeroom_teacher_may_not_preview_either(db: Session, coordinator: Actor, tmp_path: Path) -> None:
    teacher = create_staff(
        db,
        coordinator,
        username="homeroom11",
        display_name="담임",
        role=Role.HOMEROOM,
        homeroom_grade=1,
        homeroom_class=1,
    )
    table = read_roster(write_csv(tmp_path / "r.csv", [HEADER, *ROWS]))
    with pytest.raises(PermissionDenied):
        preview_import(db, Actor.of(teacher), table)


def _long_roster(name_on_row_150: str) -> list[list[str]]:
    """A class list well past 4 KB, with one name (on line 151 of the file) as given."""
    rows = [HEADER]
    for n in range(1, 201):
        name = name_on_row_150 if n == 150 else f"학생{n:03d}"
        rows.append(
            [
                "3",
                str(1 + n // 40),
                str(n % 40 + 1),
                name,
                "여",
                "2016.03.05",
                "보호자",
                "모",
                "010-0000-0000",
            ]
        )
    return rows


@pytest.mark.parametrize(
    "control", ["\x07", "\x1b", "\x7f", "\x9b"], ids=["bell", "escape", "delete", "c1-csi"]
)
def test_a_control_character_after_the_first_4_kb_refuses_the_file(
    db: Session, tmp_path: Path, control: str
) -> None:
    path = write_csv(tmp_path / "roster.csv", _long_roster(f"김{control}민준"))
    assert path.read_bytes().index(control.encode()) > 4096
    before = count(db)
    with pytest.raises(ValidationError) as refused:
        read_roster(path)
    message = refused.value.text()
    assert "not a readable roster file" in message
    assert "line 151" in message
    assert f"U+{ord(control):04X}" in message
    assert count(db) == before


def test_direction_and_zero_width_characters_in_a_roster_are_not_stored(
    db: Session, coordinator: Actor, tmp_path: Path
) -> None:
    rows = _long_roster("김철수\u202e수민")  # reads as "김철수민수" with the override
    rows[3][3] = "\u2066이\u200b서연\u2069"
    rows[4][6] = "박\ufeff영희\u200d"
    assert do_import(db, coordinator, write_csv(tmp_path / "roster.csv", rows)) == (200, 0)
    names = {s.name for s in students(db)}
    assert {"김철수수민", "이서연"} <= names
    assert not any(ch in "".join(names) for ch in "\u202e\u2066\u2069\u200b")
    assert "박영희" in {s.guardian_name for s in students(db)}


def test_an_xlsx_name_with_an_override_is_stored_without_it(
    db: Session, coordinator: Actor, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", [HEADER, ["3", "2", "1", "정\u202e하윤", "여", "2016.01.02"]])
    assert do_import(db, coordinator, path) == (1, 0)
    assert [s.name for s in students(db)] == ["정하윤"]
