"""Log-in lockout: counters kept outside the database, settings cached after a log-in, failures
written to the audit log at the next successful log-in."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.config import Settings
from desktop.models import AuditEvent
from desktop.services import audit, lockout, settings_store
from desktop.services.actor import Actor
from desktop.services.lockout import (
    LOCKOUT_NAME,
    MAX_PIN_ATTEMPTS,
    LockedOutError,
    LockoutPolicy,
    LockoutStore,
)
from desktop.storage.errors import WrongPasswordError
from desktop.ui.login.recovery_dialog import reset_password_with_recovery_code
from desktop.ui.login.sign_in import sign_in
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER

T0 = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)


def test_five_failures_lock_the_user_name_for_five_minutes(tmp_path: Path) -> None:
    store = LockoutStore(tmp_path)
    for minute in range(4):
        assert store.record_failure("kim", T0 + timedelta(minutes=minute)) is None
        store.check("kim", T0 + timedelta(minutes=minute))
    until = store.record_failure("kim", T0 + timedelta(minutes=4))
    assert until == T0 + timedelta(minutes=9)
    with pytest.raises(LockedOutError) as caught:
        store.check("kim", T0 + timedelta(minutes=5))
    assert caught.value.minutes_left(T0 + timedelta(minutes=5)) == 4
    # Another user name is not affected; the lockout ends on time.
    store.check("lee", T0 + timedelta(minutes=5))
    store.check("kim", T0 + timedelta(minutes=9, seconds=1))


def test_the_file_holds_no_user_names_in_clear(tmp_path: Path) -> None:
    store = LockoutStore(tmp_path)
    store.record_failure("상담교사", T0)
    store.record_failure("coordinator", T0)
    text = (tmp_path / LOCKOUT_NAME).read_text("utf-8")
    assert "상담교사" not in text and "coordinator" not in text
    assert "\\uc0c1" not in text.lower()
    assert len(json.loads(text)["users"]) == 2


def test_a_damaged_file_locks_every_name_until_the_lockout_period_has_passed(tmp_path: Path) -> None:
    (tmp_path / LOCKOUT_NAME).write_bytes(b"\x00garbage{")
    store = LockoutStore(tmp_path)
    with pytest.raises(LockedOutError) as caught:
        store.check("kim", T0)
    assert caught.value.damage is not None and caught.value.damage.kind == "damaged"
    assert caught.value.until == T0 + timedelta(minutes=LockoutPolicy().minutes)
    # The moment it was first seen is kept: later reads do not move it.
    assert store.locked_until("lee", T0 + timedelta(minutes=1)) == caught.value.until
    assert store.pin_disabled("kim")
    assert store.policy() == LockoutPolicy()
    store.check("kim", caught.value.until + timedelta(seconds=1))
    assert store.pending("kim").damage == caught.value.damage
    store.record_success("kim")
    assert store.pending("kim").empty and not store.pin_disabled("kim")


def test_cached_settings_change_the_lockout(tmp_path: Path) -> None:
    store = LockoutStore(tmp_path)
    store.save_policy(LockoutPolicy(attempts=3, minutes=30, idle_minutes=2))
    assert store.policy() == LockoutPolicy(attempts=3, minutes=30, idle_minutes=2)
    store.record_failure("kim", T0)
    store.record_failure("kim", T0)
    assert store.record_failure("kim", T0) == T0 + timedelta(minutes=30)


def test_out_of_range_cached_settings_fall_back_to_the_defaults(tmp_path: Path) -> None:
    store = LockoutStore(tmp_path)
    store.save_policy(LockoutPolicy(attempts=3, minutes=30, idle_minutes=2))
    document = json.loads((tmp_path / LOCKOUT_NAME).read_text("utf-8"))
    document["settings"] = {"attempts": 0, "minutes": "x", "idle_minutes": 9999}
    (tmp_path / LOCKOUT_NAME).write_text(json.dumps(document), "utf-8")
    assert store.policy() == LockoutPolicy()


def test_pin_failures_disable_the_pin_until_a_password_log_in(tmp_path: Path) -> None:
    store = LockoutStore(tmp_path)
    left = [store.record_pin_failure("kim") for _ in range(MAX_PIN_ATTEMPTS)]
    assert left == [2, 1, 0]
    assert store.pin_disabled("kim") and not store.pin_disabled("lee")
    store.record_success("kim")
    assert not store.pin_disabled("kim")


# --- through sign_in, on a real encrypted school -----------------------------------------------------


def _events(school_vault: Any, action: str) -> list[AuditEvent]:
    with school_vault.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _reopen(school_vault: Any) -> Any:
    school_vault.close()
    return sign_in(school_vault.data_dir, ADMIN_USER, ADMIN_PASSWORD)


def test_sign_in_locks_out_then_audits_the_failures(
    school_vault: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = school_vault.data_dir
    school_vault.close()
    for _ in range(4):
        with pytest.raises(WrongPasswordError):
            sign_in(data_dir, ADMIN_USER, "wrong password 1")
    with pytest.raises(LockedOutError):
        sign_in(data_dir, ADMIN_USER, "wrong password 1")
    # Locked out: even the right password is refused, before the key file is tried.
    with pytest.raises(LockedOutError):
        sign_in(data_dir, ADMIN_USER, ADMIN_PASSWORD)
    assert LockoutStore(data_dir).pending(ADMIN_USER).failure_count == 5

    # Five minutes later the right password works.
    later = datetime.now(UTC) + timedelta(minutes=5, seconds=1)
    monkeypatch.setattr(lockout, "_now", lambda: later)
    signed = sign_in(data_dir, ADMIN_USER, ADMIN_PASSWORD)
    try:
        with signed.vault.session() as session:
            failed = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed")))
            locks = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "lock")))
            assert len(failed) == 1 and failed[0].detail["count"] == 5
            assert len(failed[0].detail["times"]) == 5
            assert "wrong password" not in json.dumps(failed[0].detail)
            assert len(locks) == 1 and locks[0].detail["reason"] == "lockout"
            assert locks[0].detail["minutes"] == 5
            assert audit.verify_chain(session) == []
        assert LockoutStore(data_dir).pending(ADMIN_USER).empty
    finally:
        signed.vault.close()


def test_unknown_user_names_are_counted_too(school_vault: Any) -> None:
    data_dir = school_vault.data_dir
    school_vault.close()
    for _ in range(4):
        with pytest.raises(WrongPasswordError):
            sign_in(data_dir, "nobody", ADMIN_PASSWORD)
    with pytest.raises(LockedOutError):
        sign_in(data_dir, "nobody", ADMIN_PASSWORD)
    sign_in(data_dir, ADMIN_USER, ADMIN_PASSWORD).vault.close()


def test_settings_are_cached_after_a_log_in(school_vault: Any, coordinator: Actor, db: Session) -> None:
    # The fixtures' session would hold a read transaction open on the file: closing the vault
    # later would wait the whole busy timeout (30 s) for it before its checkpoint.
    db.close()
    with school_vault.session() as session:
        settings_store.put(session, coordinator, Settings.LOCKOUT_ATTEMPTS, 3)
        settings_store.put(session, coordinator, Settings.IDLE_LOCK_MINUTES, 2)
    signed = _reopen(school_vault)
    try:
        assert signed.policy.attempts == 3 and signed.policy.idle_minutes == 2
        assert LockoutStore(signed.vault.data_dir).policy().attempts == 3
    finally:
        signed.vault.close()
    data_dir = signed.vault.data_dir
    for _ in range(2):
        with pytest.raises(WrongPasswordError):
            sign_in(data_dir, ADMIN_USER, "nope nope 1")
    with pytest.raises(LockedOutError):
        sign_in(data_dir, ADMIN_USER, "nope nope 1")


def test_the_recovery_code_is_not_subject_to_the_lockout(tmp_path: Path, test_kdf: Any) -> None:
    from desktop.services.setup import initialise_school
    from desktop.storage.vault import Vault

    data_dir = tmp_path / "school"
    vault, code = Vault.create(data_dir, ADMIN_USER, ADMIN_PASSWORD, kdf=test_kdf)
    with vault.session() as session:
        initialise_school(session, school_name="학교", admin_username=ADMIN_USER, admin_display_name="김")
    vault.close()
    for _ in range(5):
        with pytest.raises((WrongPasswordError, LockedOutError)):
            sign_in(data_dir, ADMIN_USER, "bad bad bad 1")
    reset_password_with_recovery_code(data_dir, code, ADMIN_USER, "new password 2")
    signed = sign_in(data_dir, ADMIN_USER, "new password 2")
    try:
        with signed.vault.session() as session:
            assert session.scalar(select(AuditEvent).where(AuditEvent.action == "login_failed")) is not None
    finally:
        signed.vault.close()


def _school_with_code(tmp_path: Path, test_kdf: Any) -> tuple[Path, str]:
    from desktop.services.setup import initialise_school
    from desktop.storage.vault import Vault

    data_dir = tmp_path / "school"
    vault, code = Vault.create(data_dir, ADMIN_USER, ADMIN_PASSWORD, kdf=test_kdf)
    with vault.session() as session:
        initialise_school(session, school_name="학교", admin_username=ADMIN_USER, admin_display_name="김")
    vault.close()
    return data_dir, code


def test_wrong_recovery_codes_are_counted_and_locked_like_log_ins(
    tmp_path: Path, test_kdf: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, code = _school_with_code(tmp_path, test_kdf)
    wrong = ("0000" if not code.startswith("0000") else "1111") + code[4:]
    start = datetime.now(UTC).replace(microsecond=0)
    monkeypatch.setattr(lockout, "_now", lambda: start)
    for _ in range(LockoutPolicy().attempts - 1):
        with pytest.raises(WrongPasswordError):
            reset_password_with_recovery_code(data_dir, wrong, ADMIN_USER, "new password 2")
    with pytest.raises(LockedOutError):
        reset_password_with_recovery_code(data_dir, wrong, ADMIN_USER, "new password 2")
    # The right code waits too; the accounts' own log-ins are not locked by it.
    with pytest.raises(LockedOutError):
        reset_password_with_recovery_code(data_dir, code, ADMIN_USER, "new password 2")
    sign_in(data_dir, ADMIN_USER, ADMIN_PASSWORD).vault.close()

    later = start + timedelta(minutes=LockoutPolicy().minutes, seconds=1)
    monkeypatch.setattr(lockout, "_now", lambda: later)
    reset_password_with_recovery_code(data_dir, code, ADMIN_USER, "new password 2")
    signed = sign_in(data_dir, ADMIN_USER, "new password 2")
    try:
        with signed.vault.session() as session:
            failed = session.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed")).all()
            assert [(e.detail["count"], e.detail.get("via")) for e in failed] == [
                (LockoutPolicy().attempts, "recovery_code")
            ]
    finally:
        signed.vault.close()


def test_the_recovery_code_refuses_a_weak_new_password(tmp_path: Path, test_kdf: Any) -> None:
    from desktop.services.errors import ValidationError

    data_dir, code = _school_with_code(tmp_path, test_kdf)
    with pytest.raises(ValidationError):
        reset_password_with_recovery_code(data_dir, code, ADMIN_USER, "password1234")
    sign_in(data_dir, ADMIN_USER, ADMIN_PASSWORD).vault.close()  # the old password still works


def test_the_recovery_code_ends_a_lockout_caused_by_a_damaged_file(tmp_path: Path, test_kdf: Any) -> None:
    data_dir, code = _school_with_code(tmp_path, test_kdf)
    sign_in(data_dir, ADMIN_USER, ADMIN_PASSWORD).vault.close()
    (data_dir / LOCKOUT_NAME).write_bytes(b"garbage")
    with pytest.raises(LockedOutError):
        sign_in(data_dir, ADMIN_USER, ADMIN_PASSWORD)
    reset_password_with_recovery_code(data_dir, code, ADMIN_USER, "new password 2")
    signed = sign_in(data_dir, ADMIN_USER, "new password 2")
    try:
        with signed.vault.session() as session:
            locks = session.scalars(select(AuditEvent).where(AuditEvent.action == "lock")).all()
            assert [e.detail.get("lockout_file") for e in locks] == ["damaged"]
    finally:
        signed.vault.close()
