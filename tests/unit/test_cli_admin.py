"""Headless administration as school IT staff use it: `dodam init`, `dodam account …` and `dodam
summary`, with passwords only on standard input, refusals by exit code, and the audit events left
in the school's database."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TEST_KDF

ADMIN = "admin"
ADMIN_PASSWORD = "교무실 비밀번호 2026"
TEACHER = "homeroom"
TEACHER_PASSWORD = "담임 비밀번호 3-2 봄"
NURSE = "nurse"
NURSE_PASSWORD = "보건실 열쇠 7 여름"
NEW_PASSWORD = "새 학기 암호 Q7-2026"
RECOVERY_CODE = re.compile(r"^recovery code: ([0-9A-Z]{4}(?:-[0-9A-Z]{4})+)$", re.MULTILINE)


@dataclass
class Result:
    code: int
    out: str
    err: str


Dodam = Callable[..., Result]


@pytest.fixture
def dodam(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Dodam:
    """Run `dodam ARGS` in this process with `stdin` as its standard input."""
    from desktop.app import main

    def run(*args: str, stdin: str = "") -> Result:
        capsys.readouterr()
        monkeypatch.setattr(
            sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
        )
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def init_school(data: Path, *args: str, password: str = ADMIN_PASSWORD) -> tuple[int, Any]:
    """`dodam init` through its command function, with the tests' cheap key derivation."""
    from desktop.app import build_parser
    from desktop.cli_admin import cmd_init

    argv = ["init", "--data-dir", str(data), "--user", ADMIN, "--password-stdin", *args]
    parsed = build_parser().parse_args(argv)
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO((password + "\n").encode("utf-8")), encoding="utf-8")
    try:
        return cmd_init(parsed, kdf=TEST_KDF), parsed
    finally:
        sys.stdin = old


@pytest.fixture
def school(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A school made with `dodam init`, plus a homeroom teacher (3-2) and a school nurse."""
    from sqlalchemy import select

    from desktop.models import Role, StaffAccount, StaffSpecialty
    from desktop.services.accounts import create_staff
    from desktop.services.actor import Actor
    from desktop.storage.vault import Vault

    data = tmp_path / "학교 데이터"
    code, _ = init_school(data, "--school", "시험초등학교", "--display-name", "김관리")
    assert code == 0, capsys.readouterr().err
    with Vault.open(data, ADMIN, ADMIN_PASSWORD) as vault, vault.session() as session:
        admin = Actor.of(session.scalars(select(StaffAccount).where(StaffAccount.username == ADMIN)).one())
        create_staff(
            session,
            admin,
            username=TEACHER,
            display_name="윤담임",
            role=Role.HOMEROOM,
            homeroom_grade=3,
            homeroom_class=2,
        )
        create_staff(
            session,
            admin,
            username=NURSE,
            display_name="서보건",
            role=Role.SPECIALIST,
            specialty=StaffSpecialty.NURSE,
        )
        vault.set_password(TEACHER, TEACHER_PASSWORD, kdf=TEST_KDF)
        vault.set_password(NURSE, NURSE_PASSWORD, kdf=TEST_KDF)
    capsys.readouterr()
    return data


def accounts(data: Path) -> list[tuple[Any, ...]]:
    """Every account row as stored, in id order."""
    from sqlalchemy import select

    from desktop.models import StaffAccount
    from desktop.storage.vault import Vault

    with Vault.open(data, ADMIN, ADMIN_PASSWORD) as vault, vault.session() as session:
        return [
            (
                s.id,
                s.username,
                s.display_name,
                s.role,
                s.is_admin,
                s.active,
                s.homeroom_grade,
                s.homeroom_class,
            )
            for s in session.scalars(select(StaffAccount).order_by(StaffAccount.id))
        ]


def events(data: Path, action: str) -> list[dict[str, Any]]:
    """The audit events of one action, oldest first."""
    from sqlalchemy import select

    from desktop.models import AuditEvent
    from desktop.storage.vault import Vault

    with Vault.open(data, ADMIN, ADMIN_PASSWORD) as vault, vault.session() as session:
        return [
            {
                "actor": e.actor_name,
                "entity_type": e.entity_type,
                "entity_id": e.entity_id,
                "purpose": e.purpose,
                "detail": e.detail,
            }
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            )
        ]


def signs_in(data: Path, user: str, password: str) -> bool:
    from desktop.storage.errors import WrongPasswordError
    from desktop.storage.vault import Vault

    try:
        Vault.open(data, user, password).close()
    except WrongPasswordError:
        return False
    return True


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def as_admin(*args: str) -> list[str]:
    return [*args, "--data-dir", "{data}", "--user", ADMIN, "--password-stdin"]


def fill(args: list[str], data: Path) -> list[str]:
    return [a.replace("{data}", str(data)) for a in args]


# --- the parser ---------------------------------------------------------------------------------


def test_the_choices_are_the_models_values() -> None:
    from desktop.cli_admin import LEVELS, ROLES, SPECIALTIES
    from desktop.models import Role, SchoolLevel, StaffSpecialty

    assert tuple(r.value for r in Role) == ROLES
    assert tuple(level.value for level in SchoolLevel) == LEVELS
    assert tuple(s.value for s in StaffSpecialty) == SPECIALTIES


def test_help_says_where_the_passwords_come_from(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.app import build_parser

    for command in (
        ["account", "--help"],
        ["account", "add", "--help"],
        ["account", "reset-password", "--help"],
    ):
        with pytest.raises(SystemExit):
            build_parser().parse_args(command)
        text = " ".join(capsys.readouterr().out.split())
        assert "second line" in text or "two lines" in text, command
        assert "never give a password as an argument" in text


# --- init -----------------------------------------------------------------------------------------


def test_init_creates_a_school_that_opens_with_the_password_and_the_recovery_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dodam: Dodam
) -> None:
    from sqlalchemy import select

    from desktop.models import School, SchoolLevel, StaffAccount
    from desktop.storage.vault import Vault

    data = tmp_path / "새 학교"
    code, _ = init_school(
        data,
        "--school",
        "도담중학교",
        "--team",
        "맞춤지원팀",
        "--level",
        "middle",
        "--display-name",
        "김관리",
    )
    out = capsys.readouterr().out
    assert code == 0
    found = RECOVERY_CODE.findall(out)
    assert len(found) == 1
    recovery_code = found[0]
    assert out.count(recovery_code) == 1
    assert "on paper" in out and "only this once" in out

    with Vault.open(data, ADMIN, ADMIN_PASSWORD) as vault, vault.session() as session:
        school = session.scalars(select(School)).one()
        assert (school.name, school.team_name, school.level) == (
            "도담중학교",
            "맞춤지원팀",
            SchoolLevel.MIDDLE,
        )
        admin = session.scalars(select(StaffAccount)).one()
        assert (admin.username, admin.display_name, admin.is_admin, admin.active) == (
            ADMIN,
            "김관리",
            True,
            True,
        )
    Vault.open_with_recovery_code(data, recovery_code).close()
    setup = events(data, "setup")
    assert [e["detail"]["school"] for e in setup] == ["도담중학교"]
    assert [e["detail"]["username"] for e in events(data, "grant")] == [ADMIN]

    # The command line signs in to the new school.
    listed = dodam(*fill(as_admin("account", "list"), data), stdin=ADMIN_PASSWORD + "\n")
    assert listed.code == 0, listed.err
    assert ADMIN in listed.out


def test_init_refuses_a_folder_that_holds_a_school(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {name: digest(school / name) for name in ("school.db", "school.keys")}
    rows = accounts(school)
    code, _ = init_school(school, "--school", "다른학교", password="다른 학교의 암호 99")
    captured = capsys.readouterr()
    assert code == 2
    assert "already holds a school" in captured.err
    assert "nothing was changed" in captured.err
    assert "recovery code" not in captured.out
    assert {name: digest(school / name) for name in before} == before
    assert accounts(school) == rows
    assert signs_in(school, ADMIN, ADMIN_PASSWORD)


def test_init_refuses_a_weak_password_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.accounts import check_password
    from desktop.services.errors import ValidationError
    from desktop.storage.vault import vault_exists

    weak = "abc1"
    with pytest.raises(ValidationError) as rule:
        check_password(weak)
    data = tmp_path / "school"
    code, _ = init_school(data, "--school", "시험학교", password=weak)
    captured = capsys.readouterr()
    assert code == 2
    assert rule.value.text() in captured.err
    assert "recovery code" not in captured.out
    assert not vault_exists(data)


def test_init_refuses_a_password_as_an_argument_or_the_demo(tmp_path: Path, dodam: Dodam) -> None:
    from desktop.storage.vault import vault_exists

    data = tmp_path / "school"
    no_stdin = dodam("init", "--data-dir", str(data), "--school", "학교", "--user", ADMIN)
    assert no_stdin.code == 2
    demo = dodam(
        "init", "--demo", "--school", "학교", "--user", ADMIN, "--password-stdin", stdin=ADMIN_PASSWORD
    )
    assert demo.code == 2
    assert not vault_exists(data)


def test_init_end_to_end_with_the_real_key_derivation(tmp_path: Path) -> None:
    data = tmp_path / "학교"

    def run(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
            env=dict(os.environ),
            encoding="utf-8",
        )

    created = run(
        ["init", "--data-dir", str(data), "--school", "실제초등학교", "--user", ADMIN, "--password-stdin"],
        ADMIN_PASSWORD + "\n",
    )
    assert created.returncode == 0, created.stderr
    assert len(RECOVERY_CODE.findall(created.stdout)) == 1
    checked = run(
        ["check", "--data-dir", str(data), "--user", ADMIN, "--password-stdin"], ADMIN_PASSWORD + "\n"
    )
    assert checked.returncode == 0, checked.stderr
    again = run(
        ["init", "--data-dir", str(data), "--school", "실제초등학교", "--user", ADMIN, "--password-stdin"],
        ADMIN_PASSWORD + "\n",
    )
    assert again.returncode == 2
    assert "already holds a school" in again.stderr


# --- account, as an administrator -----------------------------------------------------------------


def test_list_shows_every_account_and_is_audited(school: Path, dodam: Dodam) -> None:
    table = dodam(*fill(as_admin("account", "list"), school), stdin=ADMIN_PASSWORD + "\n")
    assert table.code == 0, table.err
    lines = table.out.splitlines()
    assert lines[0].split() == ["USER", "NAME", "ROLE", "ADMIN", "ACTIVE", "CLASS"]
    assert lines[1].split() == [ADMIN, "김관리", "coordinator", "yes", "yes", "-"]
    assert lines[2].split() == [TEACHER, "윤담임", "homeroom", "no", "yes", "3-2"]
    assert lines[3].split() == [NURSE, "서보건", "specialist", "no", "yes", "-"]

    listed = dodam(*fill(as_admin("account", "list", "--json"), school), stdin=ADMIN_PASSWORD + "\n")
    assert listed.code == 0, listed.err
    rows = {r["username"]: r for r in json.loads(listed.out)}
    assert rows[TEACHER] == {
        "username": TEACHER,
        "display_name": "윤담임",
        "role": "homeroom",
        "is_admin": False,
        "active": True,
        "homeroom_grade": 3,
        "homeroom_class": 2,
        "position": "",
    }
    assert rows[ADMIN]["is_admin"] is True

    views = [e for e in events(school, "view") if e["entity_type"] == "staff_account"]
    assert len(views) == 2
    assert all(e["actor"] == ADMIN and e["detail"]["accounts"] == 3 for e in views)


def test_add_creates_an_account_that_signs_in(school: Path, dodam: Dodam) -> None:
    added = dodam(
        *fill(
            as_admin("account", "add", "park", "--role", "homeroom", "--grade", "4", "--class", "1"), school
        ),
        "--display-name",
        "박담임",
        stdin=f"{ADMIN_PASSWORD}\n{NEW_PASSWORD}\n",
    )
    assert added.code == 0, added.err
    assert "park" in added.out
    row = next(r for r in accounts(school) if r[1] == "park")
    assert (row[2], row[3].value, *row[4:]) == ("박담임", "homeroom", False, True, 4, 1)
    grant = events(school, "grant")[-1]
    assert (grant["actor"], grant["detail"]["what"], grant["detail"]["username"]) == (ADMIN, "create", "park")
    assert grant["detail"]["after"]["homeroom_class"] == 1
    assert signs_in(school, "park", NEW_PASSWORD)
    assert not signs_in(school, "park", ADMIN_PASSWORD)


def test_add_an_administrator(school: Path, dodam: Dodam) -> None:
    added = dodam(
        *fill(as_admin("account", "add", "vice", "--role", "principal", "--admin"), school),
        stdin=f"{ADMIN_PASSWORD}\n{NEW_PASSWORD}\n",
    )
    assert added.code == 0, added.err
    # The new administrator manages accounts from the command line in turn.
    listed = dodam(
        "account", "list", "--data-dir", str(school), "--user", "vice", "--password-stdin", stdin=NEW_PASSWORD
    )
    assert listed.code == 0, listed.err
    assert "vice" in listed.out


def test_add_refuses_a_weak_password_or_a_missing_second_line(school: Path, dodam: Dodam) -> None:
    from desktop.services.accounts import check_password
    from desktop.services.errors import ValidationError

    rows = accounts(school)
    keys = digest(school / "school.keys")
    with pytest.raises(ValidationError) as rule:
        check_password("abc1")
    weak = dodam(
        *fill(as_admin("account", "add", "park", "--role", "specialist"), school),
        stdin=f"{ADMIN_PASSWORD}\nabc1\n",
    )
    assert weak.code == 2
    assert rule.value.text() in weak.err
    one_line = dodam(
        *fill(as_admin("account", "add", "park", "--role", "specialist"), school), stdin=ADMIN_PASSWORD
    )
    assert one_line.code == 2
    assert "two lines" in one_line.err
    no_class = dodam(
        *fill(as_admin("account", "add", "park", "--role", "homeroom"), school),
        stdin=f"{ADMIN_PASSWORD}\n{NEW_PASSWORD}\n",
    )
    assert no_class.code == 2
    assert "grade and a class" in no_class.err
    assert accounts(school) == rows
    assert digest(school / "school.keys") == keys


def test_disable_then_the_account_cannot_sign_in_and_enable_brings_it_back(
    school: Path, dodam: Dodam
) -> None:
    def teacher_summary() -> Result:
        return dodam(
            "summary",
            "--json",
            "--data-dir",
            str(school),
            "--user",
            TEACHER,
            "--password-stdin",
            stdin=TEACHER_PASSWORD,
        )

    assert teacher_summary().code == 9  # signs in, but may not see the school-wide counts
    disabled = dodam(*fill(as_admin("account", "disable", TEACHER), school), stdin=ADMIN_PASSWORD + "\n")
    assert disabled.code == 0, disabled.err
    assert "disabled" in disabled.out
    row = next(r for r in accounts(school) if r[1] == TEACHER)
    assert row[5] is False
    grant = events(school, "grant")[-1]
    assert (grant["actor"], grant["detail"]["what"], grant["detail"]["username"]) == (
        ADMIN,
        "disable",
        TEACHER,
    )

    refused = teacher_summary()
    assert refused.code == 3
    assert "password" in refused.err.lower()

    enabled = dodam(*fill(as_admin("account", "enable", TEACHER), school), stdin=ADMIN_PASSWORD + "\n")
    assert enabled.code == 0, enabled.err
    assert f"account reset-password {TEACHER}" in enabled.out
    assert next(r for r in accounts(school) if r[1] == TEACHER)[5] is True
    assert events(school, "grant")[-1]["detail"]["what"] == "enable"
    # Disabling removed the key slot: the old password opens nothing until a new one is given.
    assert teacher_summary().code == 3
    reset = dodam(
        *fill(as_admin("account", "reset-password", TEACHER), school),
        stdin=f"{ADMIN_PASSWORD}\n{NEW_PASSWORD}\n",
    )
    assert reset.code == 0, reset.err
    assert signs_in(school, TEACHER, NEW_PASSWORD)


def test_the_last_administrator_cannot_be_disabled_or_demoted(school: Path, dodam: Dodam) -> None:
    rows = accounts(school)
    disable = dodam(*fill(as_admin("account", "disable", ADMIN), school), stdin=ADMIN_PASSWORD + "\n")
    assert disable.code == 2
    assert "last administrator" in disable.err
    demote = dodam(
        *fill(as_admin("account", "set-role", ADMIN, "--no-admin"), school), stdin=ADMIN_PASSWORD + "\n"
    )
    assert demote.code == 2
    assert "last administrator" in demote.err
    assert accounts(school) == rows


def test_reset_password_then_the_old_one_fails_and_the_new_one_opens(school: Path, dodam: Dodam) -> None:
    reset = dodam(
        *fill(as_admin("account", "reset-password", NURSE), school),
        stdin=f"{ADMIN_PASSWORD}\n{NEW_PASSWORD}\n",
    )
    assert reset.code == 0, reset.err
    assert not signs_in(school, NURSE, NURSE_PASSWORD)
    assert signs_in(school, NURSE, NEW_PASSWORD)
    grant = events(school, "grant")[-1]
    assert (grant["actor"], grant["detail"]["what"], grant["detail"]["username"]) == (
        ADMIN,
        "reset_password",
        NURSE,
    )
    old = dodam(
        "summary", "--data-dir", str(school), "--user", NURSE, "--password-stdin", stdin=NURSE_PASSWORD
    )
    assert old.code == 3


def test_set_role_changes_the_rights_and_records_before_and_after(school: Path, dodam: Dodam) -> None:
    changed = dodam(
        *fill(as_admin("account", "set-role", TEACHER, "--role", "specialist", "--no-class"), school),
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert changed.code == 0, changed.err
    row = next(r for r in accounts(school) if r[1] == TEACHER)
    assert (row[3].value, row[4], row[6], row[7]) == ("specialist", False, None, None)
    grant = events(school, "grant")[-1]
    assert grant["actor"] == ADMIN and grant["detail"]["what"] == "change"
    assert (
        grant["detail"]["before"]["role"] == "homeroom" and grant["detail"]["before"]["homeroom_grade"] == 3
    )
    assert (
        grant["detail"]["after"]["role"] == "specialist"
        and grant["detail"]["after"]["homeroom_grade"] is None
    )

    admin = dodam(
        *fill(as_admin("account", "set-role", NURSE, "--admin"), school), stdin=ADMIN_PASSWORD + "\n"
    )
    assert admin.code == 0, admin.err
    assert next(r for r in accounts(school) if r[1] == NURSE)[4] is True
    assert events(school, "grant")[-1]["detail"]["after"]["is_admin"] is True


def test_an_unknown_account_is_named_in_the_refusal(school: Path, dodam: Dodam) -> None:
    result = dodam(*fill(as_admin("account", "disable", "nobody"), school), stdin=ADMIN_PASSWORD + "\n")
    assert result.code == 2
    assert "nobody" in result.err


# --- account, as someone who is not an administrator ----------------------------------------------

COMMANDS = [
    (["account", "list"], False),
    (["account", "list", "--json"], False),
    (["account", "add", "park", "--role", "coordinator", "--admin"], True),
    (["account", "disable", NURSE], False),
    (["account", "enable", NURSE], False),
    (["account", "reset-password", ADMIN], True),
    (["account", "set-role", TEACHER, "--role", "coordinator", "--admin"], False),
]


@pytest.mark.parametrize(("command", "two_lines"), COMMANDS, ids=[" ".join(c[0][:2]) for c in COMMANDS])
def test_a_homeroom_teacher_is_refused_and_nothing_changes(
    school: Path, dodam: Dodam, command: list[str], two_lines: bool
) -> None:
    rows = accounts(school)
    grants = events(school, "grant")
    keys = digest(school / "school.keys")
    stdin = f"{TEACHER_PASSWORD}\n{NEW_PASSWORD}\n" if two_lines else TEACHER_PASSWORD + "\n"
    result = dodam(*command, "--data-dir", str(school), "--user", TEACHER, "--password-stdin", stdin=stdin)
    assert result.code == 9, (result.out, result.err)
    assert "may not manage staff accounts" in result.err
    assert result.out == ""
    assert accounts(school) == rows
    assert events(school, "grant") == grants
    assert digest(school / "school.keys") == keys
    assert signs_in(school, ADMIN, ADMIN_PASSWORD)


def test_a_coordinator_without_the_administrator_flag_is_refused(school: Path, dodam: Dodam) -> None:
    added = dodam(
        *fill(as_admin("account", "add", "coord2", "--role", "coordinator"), school),
        stdin=f"{ADMIN_PASSWORD}\n{NEW_PASSWORD}\n",
    )
    assert added.code == 0, added.err
    rows = accounts(school)
    refused = dodam(
        "account",
        "disable",
        NURSE,
        "--data-dir",
        str(school),
        "--user",
        "coord2",
        "--password-stdin",
        stdin=NEW_PASSWORD,
    )
    assert refused.code == 9
    assert accounts(school) == rows


# --- summary --------------------------------------------------------------------------------------


def test_summary_for_the_dashboard_roles_is_audited_with_its_purpose(school: Path, dodam: Dodam) -> None:
    plain = dodam(
        "summary",
        "--json",
        "--data-dir",
        str(school),
        "--user",
        ADMIN,
        "--password-stdin",
        stdin=ADMIN_PASSWORD,
    )
    assert plain.code == 0, plain.err
    assert json.loads(plain.out)["school"] == "시험초등학교"
    purposed = dodam(
        "summary",
        "--purpose",
        "교육청 현황 보고",
        "--data-dir",
        str(school),
        "--user",
        ADMIN,
        "--password-stdin",
        stdin=ADMIN_PASSWORD,
    )
    assert purposed.code == 0, purposed.err
    views = [e for e in events(school, "view") if e["entity_type"] == "summary"]
    assert [(e["actor"], e["purpose"]) for e in views] == [
        (ADMIN, "summary on the command line"),
        (ADMIN, "교육청 현황 보고"),
    ]
    assert all("refused" not in e["detail"] for e in views)


@pytest.mark.parametrize(
    ("user", "password"),
    [(TEACHER, TEACHER_PASSWORD), (NURSE, NURSE_PASSWORD)],
    ids=["homeroom", "specialist"],
)
def test_summary_is_refused_to_a_role_without_the_dashboard_and_the_attempt_audited(
    school: Path, dodam: Dodam, user: str, password: str
) -> None:
    result = dodam(
        "summary", "--json", "--data-dir", str(school), "--user", user, "--password-stdin", stdin=password
    )
    assert result.code == 9
    assert result.out == ""  # not a single count
    assert "may not view the dashboard" in result.err
    views = [e for e in events(school, "view") if e["entity_type"] == "summary"]
    assert len(views) == 1
    assert views[0]["actor"] == user
    assert views[0]["detail"]["refused"] == "view_dashboard"
    assert views[0]["purpose"] == "summary on the command line"
