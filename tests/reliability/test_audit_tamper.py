"""Tampering with the audit log as an insider would — with the raw database key and plain SQL,
and the public hash formula to re-chain — is reported by `check` (the function and `dodam check`).

The school: an administrator's working session (LOGIN signed at log-in, views, prints, an export,
the month's review, LOGOUT signed at log-out), so every event is covered by a signed checkpoint.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, select, text

from desktop.config import Settings
from desktop.models import AuditEvent, Role
from desktop.services import accounts, audit, audit_anchor, audit_review, backups, settings_store
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.setup import find_account
from desktop.storage.backup import list_backups
from desktop.storage.keyslots import new_data_key, sign
from desktop.storage.vault import Vault
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER
from tests.reliability.conftest import make_school, run_check

HOMEROOM = "homeroom"
HOMEROOM_PASSWORD = "담임 선생님 비밀 7번"
TODAY = date.today()
MONTH = audit_review.month_key(TODAY)


def _admin(vault: Vault) -> Actor:
    with vault.session() as session:
        staff = find_account(session, ADMIN_USER)
        assert staff is not None
        return Actor.of(staff)


def _working_session(data_dir: Path, *, views: int = 60) -> None:
    """What the administrator's app writes in one session, with the checkpoints it signs."""
    vault = Vault.open(data_dir, ADMIN_USER, ADMIN_PASSWORD)
    try:
        actor = _admin(vault)
        with vault.session() as session:
            audit.record(
                session, actor, AuditAction.LOGIN, entity_type="staff_account", entity_id=actor.staff_id
            )
            assert audit_anchor.checkpoint(session, "login") is not None
            session.commit()
            for n in range(views):
                audit.record(
                    session, actor, AuditAction.VIEW, entity_type="student", entity_id=1, student_id=1
                )
                if n % 20 == 0:
                    audit.record(session, actor, AuditAction.PRINT, entity_type="student", purpose="상담")
            audit.record(session, actor, AuditAction.EXPORT, entity_type="statistics", purpose="교육청 제출")
            session.commit()
            accounts.create_account(
                session,
                actor,
                vault,
                username=HOMEROOM,
                display_name="이담임",
                role=Role.HOMEROOM,
                password=HOMEROOM_PASSWORD,
                homeroom_grade=3,
                homeroom_class=2,
            )
            audit_review.mark_month_reviewed(session, actor, MONTH, note="이상 없음", today=TODAY)
        audit_anchor.record_logout(vault, actor)
    finally:
        vault.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = make_school(tmp_path_factory.mktemp("tamper") / "school")
    _working_session(data_dir)
    return data_dir


@pytest.fixture
def school(template: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "school"
    shutil.copytree(template, data_dir)
    return data_dir


# --- the insider's tools -------------------------------------------------------------------------


def _tamper(data_dir: Path, change: Callable[[Connection], None]) -> None:
    """Open the database with its key (any account's slot gives it) and change it with plain SQL."""
    vault = Vault.open(data_dir, ADMIN_USER, ADMIN_PASSWORD, migrate=False)
    try:
        with vault.engine.begin() as connection:
            change(connection)
    finally:
        vault.close()


def _rechain(connection: Connection) -> None:
    """Recompute every prev_hash and hash with the public formula, as a careful insider would."""
    table = AuditEvent.__table__
    previous = ""
    for row in connection.execute(select(table).order_by(table.c.id)).mappings().all():
        values = {**row, "prev_hash": previous}
        digest = audit._hash_values(values)
        connection.execute(
            table.update().where(table.c.id == row["id"]).values(prev_hash=previous, hash=digest)
        )
        previous = digest


def _ids(connection: Connection) -> list[int]:
    return list(connection.execute(text("SELECT id FROM audit_event ORDER BY id")).scalars())


def _check(data_dir: Path) -> tuple[list[str], list[str]]:
    vault = Vault.open(data_dir, ADMIN_USER, ADMIN_PASSWORD, migrate=False)
    try:
        report, anchor = audit_anchor.check_vault(vault)
    finally:
        vault.close()
    return list(report.problems) + anchor.problems, anchor.warnings


def delete_last_event(c: Connection) -> None:
    c.execute(text("DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)"))


def delete_last_50(c: Connection) -> None:
    c.execute(text("DELETE FROM audit_event WHERE id > (SELECT max(id) - 50 FROM audit_event)"))


def delete_all(c: Connection) -> None:
    c.execute(text("DELETE FROM audit_event"))


def edit_and_rechain(c: Connection) -> None:
    c.execute(text("UPDATE audit_event SET actor_name = 'someone' WHERE id = :id"), {"id": _ids(c)[5]})
    _rechain(c)


def delete_and_rechain(c: Connection) -> None:
    c.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": _ids(c)[10]})
    _rechain(c)


def delete_prints_and_exports_and_rechain(c: Connection) -> None:
    deleted = c.execute(text("DELETE FROM audit_event WHERE action IN ('print', 'export')")).rowcount
    assert deleted == 4
    _rechain(c)


def append_forged_login(c: Connection) -> None:
    table = AuditEvent.__table__
    last = c.execute(select(table).order_by(table.c.id.desc()).limit(1)).mappings().one()
    values = {
        "at": datetime.now(UTC),
        "actor_id": last["actor_id"],
        "actor_name": ADMIN_USER,
        "action": "login",
        "entity_type": "staff_account",
        "entity_id": last["actor_id"],
        "student_id": None,
        "purpose": "",
        "detail": {},
        "prev_hash": last["hash"],
    }
    c.execute(table.insert().values(**values, reviewed=False, hash=audit._hash_values(values)))


def change_review_mark(c: Connection) -> None:
    # The month's review now says someone else reviewed it (the mark an insider would flip).
    c.execute(text("UPDATE audit_review SET reviewed_by = NULL WHERE month = :m"), {"m": MONTH})


def delete_review_mark(c: Connection) -> None:
    c.execute(text("DELETE FROM audit_review"))


def add_review_mark(c: Connection) -> None:
    staff = c.execute(text("SELECT reviewed_by FROM audit_review")).scalar()
    c.execute(
        text(
            "INSERT INTO audit_review (month, reviewed_by, reviewed_at, note) VALUES ('2020-01', :s, :at, '')"
        ),
        {"s": staff, "at": "2020-02-03 10:00:00.000000"},
    )


def edit_without_rechain(c: Connection) -> None:
    c.execute(text("UPDATE audit_event SET purpose = 'nothing' WHERE id = :id"), {"id": _ids(c)[3]})


def insert_in_the_middle(c: Connection) -> None:
    ids = _ids(c)
    c.execute(text("UPDATE audit_event SET id = id + 1000 WHERE id > :id"), {"id": ids[20]})
    row = c.execute(text("SELECT * FROM audit_event WHERE id = :id"), {"id": ids[20]}).mappings().one()
    c.execute(
        text(
            "INSERT INTO audit_event (id, at, actor_id, actor_name, action, entity_type, entity_id, student_id, "
            "purpose, detail, reviewed, prev_hash, hash) VALUES (:id, :at, :actor_id, :actor_name, 'view', "
            "'student', 2, 2, '', '{}', 0, :prev, :hash)"
        ),
        {**row, "id": ids[20] + 1, "prev": row["hash"], "hash": "0" * 64},
    )


def delete_in_the_middle(c: Connection) -> None:
    c.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": _ids(c)[15]})


def reorder(c: Connection) -> None:
    a, b = _ids(c)[8:10]
    c.execute(text("UPDATE audit_event SET id = -1 WHERE id = :a"), {"a": a})
    c.execute(text("UPDATE audit_event SET id = :a WHERE id = :b"), {"a": a, "b": b})
    c.execute(text("UPDATE audit_event SET id = :b WHERE id = -1"), {"b": b})


def change_a_hash(c: Connection) -> None:
    c.execute(text("UPDATE audit_event SET hash = :h WHERE id = :id"), {"h": "f" * 64, "id": _ids(c)[12]})


def forge_checkpoint(c: Connection) -> None:
    """A checkpoint over a rewritten log, signed with a key of the insider's own."""
    edit_and_rechain(c)
    table = AuditEvent.__table__
    count = c.execute(text("SELECT count(*) FROM audit_event")).scalar_one()
    head = c.execute(select(table.c.id, table.c.hash).order_by(table.c.id.desc()).limit(1)).one()
    salt = c.exec_driver_sql("PRAGMA cipher_salt").scalar_one()
    import uuid

    forged = audit_anchor.SignedHead(
        database_id=str(uuid.UUID(hex=salt)),
        event_count=count,
        head_event_id=head[0],
        head_hash=head[1],
        at=datetime.now(UTC).replace(microsecond=0),
        reason="login",
        signer=ADMIN_USER,
        signature=None,
    )
    c.execute(
        text(
            "INSERT INTO audit_checkpoint (at, event_count, head_event_id, head_hash, reason, signer, signature) "
            "VALUES (:at, :n, :id, :h, 'login', :s, :sig)"
        ),
        {
            "at": forged.at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds"),
            "n": count,
            "id": head[0],
            "h": head[1],
            "s": ADMIN_USER,
            "sig": sign(new_data_key(), forged.message()),
        },
    )


TAMPERING = {
    "delete the last event": (delete_last_event, "truncated"),
    "delete the last 50 events": (delete_last_50, "truncated"),
    "delete every event": (delete_all, "empty"),
    "edit an event and re-chain": (edit_and_rechain, "rewritten"),
    "delete an event and re-chain": (delete_and_rechain, "rewritten"),
    "delete every print and export and re-chain": (delete_prints_and_exports_and_rechain, "rewritten"),
    "append a forged log-in": (append_forged_login, "administrator's login"),
    "change the review mark": (change_review_mark, "review mark of"),
    "delete the review mark": (delete_review_mark, "review mark of"),
    "add a review mark": (add_review_mark, "review mark of 2020-01"),
    "edit a field without re-chaining": (edit_without_rechain, "contents changed"),
    "insert an event in the middle": (insert_in_the_middle, "chain broken"),
    "delete an event in the middle": (delete_in_the_middle, "chain broken"),
    "re-order two events": (reorder, "chain broken"),
    "change a hash": (change_a_hash, "contents changed"),
    "forge a checkpoint with another key": (forge_checkpoint, "forged"),
}


def test_the_untouched_log_is_intact_and_fully_signed(school: Path) -> None:
    problems, warnings = _check(school)
    assert (problems, warnings) == ([], [])
    result = run_check(school)
    assert result.code == 0, result.stderr
    assert "audit log are intact" in result.stdout


@pytest.mark.parametrize("kind", list(TAMPERING))
def test_tampering_is_reported(school: Path, kind: str) -> None:
    change, expected = TAMPERING[kind]
    _tamper(school, change)
    problems, _warnings = _check(school)
    assert any(expected in p for p in problems), problems
    result = run_check(school)
    assert result.code == 4
    assert "problem:" in result.stderr and expected in result.stderr


@pytest.mark.parametrize("kind", ["edit an event and re-chain", "forge a checkpoint with another key"])
def test_a_non_administrators_check_reports_it_too(school: Path, kind: str) -> None:
    """A homeroom teacher holds no audit seed: the checkpoints are verified with the key file's
    audit key, and the insider's own key does not pass."""
    _tamper(school, TAMPERING[kind][0])
    vault = Vault.open(school, HOMEROOM, HOMEROOM_PASSWORD, migrate=False)
    try:
        assert vault.session_keys().audit_seed is None
    finally:
        vault.close()
    result = run_check(school, HOMEROOM_PASSWORD, HOMEROOM)
    assert result.code == 4 and TAMPERING[kind][1] in result.stderr


def test_the_old_reviewed_column_is_not_the_review_mark(school: Path) -> None:
    """Flipping the old per-event column changes nothing the app shows: the mark is the event."""
    _tamper(school, lambda c: c.execute(text("UPDATE audit_event SET reviewed = 1 - reviewed")))
    vault = Vault.open(school, ADMIN_USER, ADMIN_PASSWORD)
    try:
        actor = _admin(vault)
        with vault.session() as session:
            review = audit_review.month_review(session, actor, MONTH)
            assert review is not None and review.note == "이상 없음"
            assert audit_review.month_review(session, actor, "2020-01") is None
    finally:
        vault.close()


def test_truncation_below_the_newest_backups_head_is_reported(school: Path, tmp_path: Path) -> None:
    """Delete the last events and every checkpoint that counted them: only the backup knows."""
    folder = tmp_path / "usb"
    folder.mkdir()
    vault = Vault.open(school, ADMIN_USER, ADMIN_PASSWORD)
    try:
        actor = _admin(vault)
        with vault.session() as session:
            settings_store.put(session, actor, Settings.BACKUP_FOLDER, str(folder))
        backups.run_backup(vault, actor, manual=True)
    finally:
        vault.close()
    [info] = list_backups(folder)
    assert info.audit_head is not None and info.audit_head["signature"]

    def roll_back(c: Connection) -> None:
        first_checkpoint = c.execute(text("SELECT min(id) FROM audit_checkpoint")).scalar_one()
        head = c.execute(
            text("SELECT head_event_id FROM audit_checkpoint WHERE id = :id"), {"id": first_checkpoint}
        ).scalar_one()
        c.execute(text("DELETE FROM audit_checkpoint WHERE id > :id"), {"id": first_checkpoint})
        c.execute(text("DELETE FROM audit_event WHERE id > :h"), {"h": head})
        c.execute(text("DELETE FROM audit_review"))

    _tamper(school, roll_back)
    problems, _warnings = _check(school)
    assert any("truncated" in p and "backup" in p for p in problems), problems
    assert run_check(school).code == 4


def test_an_unsigned_tail_of_more_than_one_session_is_a_warning(school: Path) -> None:
    """Non-administrators' sessions are not signed: more than one after the last checkpoint, or
    older than a day, is reported as a warning (the command still succeeds)."""

    def two_sessions(c: Connection) -> None:
        table = AuditEvent.__table__
        previous = c.execute(select(table.c.hash).order_by(table.c.id.desc()).limit(1)).scalar_one()
        for at in (datetime(2020, 1, 1, tzinfo=UTC), datetime(2020, 1, 2, tzinfo=UTC)):
            values = {
                "at": at,
                "actor_id": None,
                "actor_name": "homeroom",
                "action": "login",
                "entity_type": "staff_account",
                "entity_id": None,
                "student_id": None,
                "purpose": "",
                "detail": {},
                "prev_hash": previous,
            }
            previous = audit._hash_values(values)
            c.execute(table.insert().values(**values, reviewed=False, hash=previous))

    _tamper(school, two_sessions)
    problems, warnings = _check(school)
    assert problems == []
    assert any("more than one working session" in w for w in warnings), warnings
    assert any("more than 24 hours" in w for w in warnings), warnings
    result = run_check(school)
    assert result.code == 0 and "warning:" in result.stderr


def test_backup_manifest_carries_the_signed_head_and_reads_without_it(school: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    vault = Vault.open(school, ADMIN_USER, ADMIN_PASSWORD)
    try:
        info = backups.run_backup(vault, _admin(vault), folder=folder, manual=True)
        public_key = vault.session_keys().audit_public_key
    finally:
        vault.close()
    assert info.audit_head is not None
    head = audit_anchor.SignedHead.from_json(info.audit_head)
    assert head.valid(public_key) and head.reason == "backup" and head.event_count > 60
    # A manifest of an earlier version (no audit_head) still reads.
    manifest = info.path / "backup.json"
    import json

    document = json.loads(manifest.read_text(encoding="utf-8"))
    del document["audit_head"]
    manifest.write_text(json.dumps(document), encoding="utf-8")
    [older] = list_backups(folder)
    assert older.audit_head is None and older.verified
