"""The lockout file fails closed: deleting, editing, growing or garbling ``school.lockout`` while a
name is locked keeps it locked (every name, in fact) until the lockout period has passed from the
moment the damage was seen, and the next log-in after that writes the damage to the audit log.
A new school and a school upgraded from the file's previous version lock nobody out.

The lockout's clock is moved on (monkeypatched ``_now``) instead of waited for."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent
from desktop.services import lockout
from desktop.services.lockout import LOCKOUT_NAME, LockedOutError, LockoutPolicy, LockoutStore
from desktop.services.sign_in import sign_in
from desktop.storage.errors import WrongPasswordError
from tests.reliability.conftest import ADMIN_PASSWORD, ADMIN_USER, make_school

MINUTES = LockoutPolicy().minutes


class Clock:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        # Whole seconds: the file keeps times to the second.
        self.now = datetime.now(UTC).replace(microsecond=0)
        monkeypatch.setattr(lockout, "_now", lambda: self.now)

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


def log_in(data_dir: Path, password: str = ADMIN_PASSWORD, user: str = ADMIN_USER) -> None:
    sign_in(data_dir, user, password).vault.close()


def lock_out(data_dir: Path) -> None:
    for _ in range(LockoutPolicy().attempts - 1):
        with pytest.raises(WrongPasswordError):
            sign_in(data_dir, ADMIN_USER, "a wrong guess 1")
    with pytest.raises(LockedOutError):
        sign_in(data_dir, ADMIN_USER, "a wrong guess 1")


def audit_events(data_dir: Path, action: str) -> list[dict[str, object]]:
    from desktop.storage.vault import Vault

    with Vault.open(data_dir, ADMIN_USER, ADMIN_PASSWORD) as vault, vault.session() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))
        return [dict(row.detail) for row in rows]


def _delete(path: Path) -> None:
    path.unlink()


def _edit(path: Path) -> None:
    # What a text editor does: the lockout cleared by hand, the MAC left as it was.
    document = json.loads(path.read_text("utf-8"))
    for entry in document["users"].values():
        entry["locked_until"] = None
        entry["streak"] = 0
    path.write_text(json.dumps(document, indent=1), "utf-8")


def _oversize(path: Path) -> None:
    document = json.loads(path.read_text("utf-8"))
    for n in range(30_000):
        document["users"][f"{n:064x}"] = {"failures": [], "failure_count": 1, "streak": 1}
    path.write_text(json.dumps(document), "utf-8")
    assert path.stat().st_size > lockout.MAX_FILE_BYTES


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00\xff not a lockout file {{{")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


TAMPERING: list[tuple[str, Callable[[Path], None], str]] = [
    ("deleted", _delete, "missing"),
    ("edited", _edit, "forged"),
    ("oversized", _oversize, "oversized"),
    ("garbage", _garbage, "damaged"),
    ("emptied", _empty, "damaged"),
]


@pytest.mark.parametrize(("name", "tamper", "kind"), TAMPERING, ids=[t[0] for t in TAMPERING])
def test_a_tampered_lockout_file_keeps_the_name_locked_and_is_audited(
    tmp_path: Path, clock: Clock, name: str, tamper: Callable[[Path], None], kind: str
) -> None:
    data_dir = make_school(tmp_path / "school")
    log_in(data_dir)  # the school has been used: its audit log knows its lockout file
    lock_out(data_dir)
    locked_at = clock.now

    clock.advance(minutes=1)
    tamper(data_dir / LOCKOUT_NAME)
    seen = clock.now
    with pytest.raises(LockedOutError) as refused:
        log_in(data_dir)
    assert refused.value.damage is not None and refused.value.damage.kind == kind
    # Still locked, now from the moment the damage was seen — never earlier than before.
    assert refused.value.until == seen + timedelta(minutes=MINUTES)
    assert refused.value.until >= locked_at + timedelta(minutes=MINUTES)
    # Every name waits, and the quick-unlock PIN is off.
    with pytest.raises(LockedOutError):
        log_in(data_dir, user="principal")
    assert LockoutStore(data_dir).pin_disabled(ADMIN_USER)

    clock.advance(minutes=MINUTES - 1)
    with pytest.raises(LockedOutError):
        log_in(data_dir)
    clock.advance(minutes=1, seconds=1)
    log_in(data_dir)

    damage = [d for d in audit_events(data_dir, "lock") if d.get("reason") == "lockout_file"]
    assert len(damage) == 1 and damage[0]["lockout_file"] == kind
    # The counters went with the file; the audit log says when the damage was seen instead.
    assert damage[0]["seen"] == seen.isoformat() and damage[0][lockout.MARK_ID_KEY]
    # Acknowledged: the next log-in is not refused again, and nothing more is recorded.
    log_in(data_dir)
    assert len([d for d in audit_events(data_dir, "lock") if d.get("reason") == "lockout_file"]) == 1
    assert not LockoutStore(data_dir).pin_disabled(ADMIN_USER)


def test_a_deleted_file_does_not_give_fresh_guesses_a_way_in(tmp_path: Path, clock: Clock) -> None:
    """Deleted between guesses: the counters start again, but the right password, when it comes,
    meets the comparison with the audit log and waits the lockout period."""
    data_dir = make_school(tmp_path / "school")
    log_in(data_dir)
    lock_out(data_dir)
    (data_dir / LOCKOUT_NAME).unlink()
    with pytest.raises(WrongPasswordError):
        sign_in(data_dir, ADMIN_USER, "another guess 2")
    with pytest.raises(LockedOutError) as refused:
        log_in(data_dir)
    assert refused.value.damage is not None and refused.value.damage.kind == "replaced"
    clock.advance(minutes=MINUTES, seconds=1)
    log_in(data_dir)
    damage = [d for d in audit_events(data_dir, "lock") if d.get("reason") == "lockout_file"]
    assert [d["lockout_file"] for d in damage] == ["replaced"]


def test_an_older_copy_put_back_is_a_rollback(tmp_path: Path, clock: Clock) -> None:
    data_dir = make_school(tmp_path / "school")
    log_in(data_dir)
    copy = tmp_path / "lockout-copy"
    shutil.copy(data_dir / LOCKOUT_NAME, copy)
    lock_out(data_dir)
    clock.advance(minutes=MINUTES, seconds=1)
    log_in(data_dir)  # the failures are audited and cleared; the file has moved on
    shutil.copy(copy, data_dir / LOCKOUT_NAME)
    with pytest.raises(LockedOutError) as refused:
        log_in(data_dir)
    assert refused.value.damage is not None and refused.value.damage.kind == "rolled_back"


def test_a_new_school_locks_nobody_out(tmp_path: Path) -> None:
    data_dir = make_school(tmp_path / "school")
    assert not (data_dir / LOCKOUT_NAME).exists()
    log_in(data_dir)
    assert (data_dir / LOCKOUT_NAME).exists()
    log_in(data_dir)
    assert [d for d in audit_events(data_dir, "lock") if d.get("reason") == "lockout_file"] == []


def test_a_school_upgraded_from_the_unsealed_file_keeps_its_counters(tmp_path: Path, clock: Clock) -> None:
    """The previous version's file (no MAC, no id) is taken over as it is: its lockout holds, and
    after it the log-in works and the file is sealed."""
    data_dir = make_school(tmp_path / "school")
    store = LockoutStore(data_dir)
    until = clock.now + timedelta(minutes=3)
    key = LockoutStore._key({"salt": "c2FsdHNhbHRzYWx0c2FsdA=="}, ADMIN_USER)
    old = {
        "format": "dodam-lockout",
        "version": 1,
        "salt": "c2FsdHNhbHRzYWx0c2FsdA==",
        "settings": {"attempts": 5, "minutes": 5, "idle_minutes": 10},
        "users": {
            key: {
                "failures": [clock.now.isoformat()],
                "failure_count": 5,
                "streak": 0,
                "locked_until": until.isoformat(),
                "lockouts": [clock.now.isoformat()],
            }
        },
    }
    store.path.write_text(json.dumps(old), "utf-8")
    with pytest.raises(LockedOutError) as refused:
        log_in(data_dir)
    assert refused.value.damage is None and refused.value.until == until
    clock.advance(minutes=3, seconds=1)
    log_in(data_dir)
    sealed = json.loads(store.path.read_text("utf-8"))
    assert sealed["version"] == lockout.VERSION and sealed["mac"]
    assert [d["count"] for d in audit_events(data_dir, "login_failed")] == [5]
    assert [d for d in audit_events(data_dir, "lock") if d.get("reason") == "lockout_file"] == []
    # Sealed from now on: putting the old file back is noticed.
    store.path.write_text(json.dumps(old | {"users": {}}), "utf-8")
    with pytest.raises(LockedOutError) as again:
        log_in(data_dir)
    assert again.value.damage is not None and again.value.damage.kind == "replaced"


def test_a_school_used_before_without_any_lockout_file_is_not_locked(tmp_path: Path) -> None:
    """Upgraded from a version whose log-ins left no mark in the audit log, with no file: there is
    nothing to compare with, so the first log-in just starts the sealed file."""
    from desktop.services import audit
    from desktop.services.actor import Actor
    from desktop.services.setup import find_account
    from desktop.storage.vault import Vault

    data_dir = make_school(tmp_path / "school")
    with Vault.open(data_dir, ADMIN_USER, ADMIN_PASSWORD) as vault, vault.session() as session:
        staff = find_account(session, ADMIN_USER)
        assert staff is not None
        audit.record(session, Actor.of(staff), "login", entity_type="staff_account", entity_id=staff.id)
        session.commit()
    log_in(data_dir)
    assert (data_dir / LOCKOUT_NAME).exists()
