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
    preview = preview_import(db, read_roster(path))
    assert preview.ok, [r.text() for r in preview.rejected]
    result = apply_import(db, actor, preview)
    return result.inserted, result.updated


def test_csv_utf8_import_stores_the_students(db: Session, coordinator: Actor, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "roster.csv", [HEADER, *ROWS], encoding="utf-8-sig")
    table = read_roster(path)
    assert table.header_row == 1
    preview = preview_import(db, table)
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
    preview = preview_import(db, read_roster(path))
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
    preview = preview_import(db, read_roster(write_csv(tmp_path / "r.csv", [HEADER, *ROWS])))
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
    preview = preview_import(db, read_roster(other))
    assert len(preview.inserts) == 1
