"""The headless command line as IT staff and scripts use it: real processes, real files."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_KDF

PASSWORD = "교무실 비밀번호 2026"


def run(
    args: list[str], password: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "tests.dodam_cli", *args]
    env = dict(os.environ)
    return subprocess.run(
        cmd, input=password, capture_output=True, text=True, timeout=timeout, env=env, encoding="utf-8"
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def school(tmp_path: Path) -> Path:
    from desktop.services.setup import initialise_school
    from desktop.storage.vault import Vault

    data = tmp_path / "학교 데이터"  # Korean characters and a space in the path
    vault, _code = Vault.create(data, "coordinator", PASSWORD, kdf=TEST_KDF)
    with vault.session() as session:
        initialise_school(
            session, school_name="시험초등학교", admin_username="coordinator", admin_display_name="담당"
        )
    vault.close()
    return data


def check(data: Path, password: str) -> subprocess.CompletedProcess[str]:
    return run(
        ["check", "--data-dir", str(data), "--user", "coordinator", "--password-stdin"], password + "\n"
    )


def test_check_exit_codes_and_nothing_written(school: Path) -> None:
    db = school / "school.db"
    before = digest(db)

    ok = check(school, PASSWORD)
    assert ok.returncode == 0, ok.stderr
    assert "ok" in ok.stdout
    assert digest(db) == before

    wrong = check(school, PASSWORD + "x")
    assert wrong.returncode == 3
    assert "password" in wrong.stderr.lower()
    assert digest(db) == before

    unknown_user = run(["check", "--data-dir", str(school), "--user", "nobody", "--password-stdin"], PASSWORD)
    assert unknown_user.returncode == 3
    assert digest(db) == before


def test_check_reports_a_changed_byte_as_damage(school: Path) -> None:
    db = school / "school.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    damaged = digest(db)

    result = check(school, PASSWORD)
    assert result.returncode == 4, (result.stdout, result.stderr)
    assert "damaged" in result.stderr
    assert "Traceback" not in result.stderr
    assert "ERROR CORE" not in result.stderr  # SQLCipher's own log stays quiet
    assert digest(db) == damaged


def test_check_reports_a_changed_header_byte_as_damage(school: Path) -> None:
    db = school / "school.db"
    data = bytearray(db.read_bytes())
    data[5] ^= 0x01  # inside SQLCipher's salt
    db.write_bytes(bytes(data))
    damaged = digest(db)

    result = check(school, PASSWORD)
    assert result.returncode == 4, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert digest(db) == damaged


def test_check_without_key_file(school: Path) -> None:
    db = school / "school.db"
    before = digest(db)
    (school / "school.keys").unlink()
    result = check(school, PASSWORD)
    assert result.returncode == 5, result.stderr
    assert "school.keys" in result.stderr
    assert digest(db) == before


def test_check_refused_while_the_school_is_open(school: Path) -> None:
    from desktop.storage.vault import Vault

    vault = Vault.open(school, "coordinator", PASSWORD)
    try:
        result = check(school, PASSWORD)
    finally:
        vault.close()
    assert result.returncode == 6
    assert str(os.getpid()) in result.stderr


def test_password_is_never_taken_as_an_argument(school: Path) -> None:
    result = run(["check", "--data-dir", str(school), "--user", "coordinator"])
    assert result.returncode == 2


def test_summary_json(school: Path) -> None:
    result = run(
        ["summary", "--json", "--data-dir", str(school), "--user", "coordinator", "--password-stdin"],
        PASSWORD,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["school"] == "시험초등학교"
    assert data["students"] == 0
    assert data["cases"]["total"] == 0


def test_check_refuses_a_database_from_a_newer_dodam(school: Path) -> None:
    from sqlalchemy import text

    from desktop.storage.vault import Vault

    vault = Vault.open(school, "coordinator", PASSWORD)
    with vault.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    vault.close()
    db = school / "school.db"
    before = digest(db)

    result = check(school, PASSWORD)
    assert result.returncode == 7, (result.stdout, result.stderr)
    assert "newer version of Dodam" in result.stderr
    assert digest(db) == before
