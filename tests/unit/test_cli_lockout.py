"""The command line signs in like the window: the log-in lockout applies to every headless command,
LOGIN and the failures are audited, a disabled account is refused. In-process (`main([...])` with
a password on standard input), so the lockout's clock can be moved on instead of waited for."""

from __future__ import annotations

import hashlib
import io
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app import main
from desktop.models import AuditEvent
from desktop.services import lockout
from tests.conftest import TEST_KDF

PASSWORD = "교무실 비밀번호 2026"
TEACHER_PASSWORD = "담임 비밀번호 3-2"


@pytest.fixture
def school(tmp_path: Path) -> Path:
    from desktop.models import Role, StaffAccount
    from desktop.services.accounts import create_staff, disable_account
    from desktop.services.actor import Actor
    from desktop.services.setup import initialise_school
    from desktop.storage.vault import Vault

    data = tmp_path / "학교 데이터"
    vault, _code = Vault.create(data, "coordinator", PASSWORD, kdf=TEST_KDF)
    with vault.session() as session:
        initialise_school(
            session, school_name="시험초등학교", admin_username="coordinator", admin_display_name="담당"
        )
        admin = Actor.of(
            session.scalars(select(StaffAccount).where(StaffAccount.username == "coordinator")).one()
        )
        left = create_staff(
            session,
            admin,
            username="left",
            display_name="전출",
            role=Role.HOMEROOM,
            homeroom_grade=1,
            homeroom_class=1,
        )
        # Disabled without removing the slot (as a version before slot removal left it): the
        # password still unwraps the key, the account must still be refused.
        vault.set_password("left", TEACHER_PASSWORD, kdf=TEST_KDF)
        disable_account(session, admin, left.id)
    vault.close()
    return data


def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], password: str
) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((password + "\n").encode("utf-8"))))
    code = main(args)
    return code, capsys.readouterr().err


def summary_args(data: Path, user: str = "coordinator") -> list[str]:
    return ["summary", "--json", "--data-dir", str(data), "--user", user, "--password-stdin"]


def events(data: Path, action: str) -> list[AuditEvent]:
    from desktop.storage.vault import Vault

    with Vault.open(data, "coordinator", PASSWORD) as vault, vault.session() as session:
        rows = list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))
        )
        session.expunge_all()
        return rows


def test_ten_wrong_guesses_lock_the_name_until_the_timeout_and_are_audited(
    school: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    start = datetime.now(UTC)
    monkeypatch.setattr(lockout, "_now", lambda: start)
    results = [cli(monkeypatch, capsys, summary_args(school), f"guess number {i}") for i in range(10)]
    assert all(code == 3 for code, _err in results)
    attempts = lockout.LockoutPolicy().attempts
    assert all("password" in err for _code, err in results[: attempts - 1])
    # From the failure that reached the limit on, the name is locked — also for the right password.
    assert all("locked for 5 minutes" in err for _code, err in results[attempts - 1 :])
    code, err = cli(monkeypatch, capsys, summary_args(school), PASSWORD)
    assert code == 3 and "locked for 5 minutes" in err
    # Another name is not locked.
    code, err = cli(monkeypatch, capsys, summary_args(school, "left"), "some other guess 1")
    assert code == 3 and "locked" not in err

    later = start + timedelta(minutes=5, seconds=1)
    monkeypatch.setattr(lockout, "_now", lambda: later)
    code, err = cli(monkeypatch, capsys, summary_args(school), PASSWORD)
    assert code == 0, err

    failed = events(school, "login_failed")
    assert len(failed) == 1 and failed[0].actor_name == "coordinator"
    assert failed[0].detail["count"] == attempts  # the guesses refused while locked never reached Argon2
    locks = [e for e in events(school, "lock") if e.detail.get("reason") == "lockout"]
    assert len(locks) == 1 and locks[0].detail["minutes"] == 5
    logins = events(school, "login")
    assert [e.detail.get("via") for e in logins] == ["command_line"]
    assert logins[0].detail[lockout.MARK_ID_KEY]


def test_a_disabled_account_is_refused_and_counted(
    school: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = cli(monkeypatch, capsys, summary_args(school, "left"), TEACHER_PASSWORD)
    assert code == 3 and "password" in err
    assert lockout.LockoutStore(school).pending("left").failure_count == 1
    assert events(school, "login") == []


def test_check_applies_the_lockout_but_writes_nothing_to_the_database(
    school: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = school / "school.db"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    args = ["check", "--data-dir", str(school), "--user", "coordinator", "--password-stdin"]
    codes = [cli(monkeypatch, capsys, args, "not it at all")[0] for _ in range(5)]
    assert codes == [3] * 5
    code, err = cli(monkeypatch, capsys, args, PASSWORD)
    assert code == 3 and "locked" in err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert lockout.LockoutStore(school).pending("coordinator").failure_count == 5
