"""`dodam import-roster FILE` as IT staff run it: real processes, real files, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_KDF

PASSWORD = "교무실 비밀번호 2026"
TEACHER_PASSWORD = "담임 비밀번호 3-2"
HEADER = "학년,반,번호,성명,성별,생년월일"


def run(args: list[str], password: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.dodam_cli", *args],
        input=password + "\n",
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
        encoding="utf-8",
    )


@pytest.fixture
def school(tmp_path: Path) -> Path:
    from sqlalchemy import select

    from desktop.models import Role, StaffAccount
    from desktop.services.accounts import create_staff
    from desktop.services.actor import Actor
    from desktop.services.setup import initialise_school
    from desktop.storage.vault import Vault

    data = tmp_path / "학교 데이터"
    vault, _code = Vault.create(data, "coordinator", PASSWORD, kdf=TEST_KDF)
    with vault.session() as session:
        initialise_school(
            session, school_name="시험초등학교", admin_username="coordinator", admin_display_name="담당"
        )
        admin = session.scalars(select(StaffAccount).where(StaffAccount.username == "coordinator")).one()
        create_staff(
            session,
            Actor.of(admin),
            username="homeroom",
            display_name="담임",
            role=Role.HOMEROOM,
            homeroom_grade=3,
            homeroom_class=2,
        )
    vault.set_password("homeroom", TEACHER_PASSWORD, kdf=TEST_KDF)
    vault.close()
    return data


def import_roster(
    data: Path, file: Path, user: str = "coordinator", password: str = PASSWORD
) -> subprocess.CompletedProcess[str]:
    return run(
        ["import-roster", str(file), "--data-dir", str(data), "--user", user, "--password-stdin"], password
    )


def student_count(data: Path) -> int:
    result = run(
        ["summary", "--json", "--data-dir", str(data), "--user", "coordinator", "--password-stdin"], PASSWORD
    )
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout)["students"])


def write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_import_then_reimport(school: Path, tmp_path: Path) -> None:
    roster = write(
        tmp_path / "명렬표.csv",
        [
            "2026학년도 3학년 2반 학생 명렬표",
            HEADER,
            "3,2,1,김민준,남,2016.03.05",
            "3,2,2,이서연,여,2016.07.21",
        ],
        encoding="cp949",
    )
    first = import_roster(school, roster)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "imported: 2 new, 0 updated"
    assert student_count(school) == 2

    again = import_roster(school, roster)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "imported: 0 new, 0 updated"
    assert student_count(school) == 2


def test_rejected_files_exit_8_and_change_nothing(school: Path, tmp_path: Path) -> None:
    bad_rows = write(
        tmp_path / "bad.csv",
        [HEADER, "3,2,1,김민준,남,2016.03.05", "3,2,1,이서연,여,2016.07.21", "3,2,3,,남,"],
    )
    result = import_roster(school, bad_rows)
    assert result.returncode == 8
    assert "row 3: duplicate 3학년 2반 1번" in result.stderr
    assert "row 4: missing name" in result.stderr
    assert result.stdout == ""

    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    result = import_roster(school, binary)
    assert result.returncode == 8
    assert "not a readable roster file" in result.stderr

    not_roster = write(tmp_path / "expenses.csv", ["날짜,금액,메모", "2026-03-02,12000,간식"])
    result = import_roster(school, not_roster)
    assert result.returncode == 8
    assert "No roster header" in result.stderr

    assert student_count(school) == 0


def test_homeroom_teacher_is_refused(school: Path, tmp_path: Path) -> None:
    roster = write(tmp_path / "r.csv", [HEADER, "3,2,1,김민준,남,2016.03.05"])
    result = import_roster(school, roster, user="homeroom", password=TEACHER_PASSWORD)
    assert result.returncode == 9
    assert "may not import the student roster" in result.stderr
    assert student_count(school) == 0


def test_summary_before_and_after_a_good_and_a_bad_file(school: Path, tmp_path: Path) -> None:
    assert student_count(school) == 0
    good = write(
        tmp_path / "3-2.csv",
        [HEADER, "3,2,1,김민준,남,2016.03.05", "3,2,2,이서연,여,2016.07.21", "3,2,3,박지호,남,2016.11.30"],
        encoding="utf-8-sig",
    )
    result = import_roster(school, good)
    assert result.returncode == 0, result.stderr
    assert student_count(school) == 3

    # Two good new students and one duplicate number: the whole file is refused.
    bad = write(
        tmp_path / "3-2 수정.csv",
        [HEADER, "3,2,4,윤도윤,남,2016.04.04", "3,2,5,최하은,여,2016.01.09", "3,2,4,정우진,남,2016.02.28"],
    )
    result = import_roster(school, bad)
    assert result.returncode == 8
    assert "row 4: duplicate 3학년 2반 4번: also on row 2" in result.stderr
    assert student_count(school) == 3

    wrong_encoding = tmp_path / "unicode.csv"
    wrong_encoding.write_bytes("\r\n".join([HEADER, "3,2,4,윤도윤,남,2016.04.04"]).encode("utf-16"))
    result = import_roster(school, wrong_encoding)
    assert result.returncode == 8
    assert "saved as UTF-16" in result.stderr
    assert student_count(school) == 3
