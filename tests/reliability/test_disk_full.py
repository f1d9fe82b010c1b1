"""Disk full: writes failing at the file layer (RLIMIT_FSIZE in a real worker process, so every write
past the limit fails with EFBIG as on a full disk). The write is refused with an OperationalError, school.db and school.keys are unchanged byte for byte, and the vault reopens
with every earlier commit and passes `check`."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from desktop.models import SupportRequest
from desktop.storage.vault import Vault
from tests.reliability.conftest import (
    ADMIN_PASSWORD,
    ADMIN_USER,
    DB_NAME,
    KEYS_NAME,
    Zygote,
    run_check,
    sha256,
)


def _requests(data_dir: Path) -> int:
    with Vault.open(data_dir, ADMIN_USER, ADMIN_PASSWORD) as vault, vault.session() as session:
        return int(session.scalar(select(func.count()).select_from(SupportRequest)) or 0)


def test_a_write_on_a_full_disk_fails_clearly_and_changes_nothing(school: Path, zygote: Zygote) -> None:
    # Some earlier commits that must survive.
    zygote.start("writer", data_dir=str(school), user=ADMIN_USER, password=ADMIN_PASSWORD, start=0)
    assert zygote.wait_for("ack")
    zygote.pump(0.1)
    earlier = len(zygote.kill().acks())
    assert run_check(school).code == 0
    stored = _requests(school)
    assert stored >= earlier >= 1
    db_hash, keys_hash = sha256(school / DB_NAME), sha256(school / KEYS_NAME)

    zygote.start(
        "fill", data_dir=str(school), user=ADMIN_USER, password=ADMIN_PASSWORD, limit=64 * 1024, size=200_000
    )
    job = zygote.finish()
    assert "limited" in job.lines and "closed" in job.lines, job.lines
    assert "stored" not in job.lines
    errors = job.errors()
    # EFBIG from the file layer comes back as SQLITE_IOERR ("disk I/O error"); ENOSPC on a really
    # full disk as SQLITE_FULL ("database or disk is full"). Either way the commit is refused.
    assert len(errors) == 1 and errors[0].startswith("error OperationalError"), job.lines
    assert "disk I/O error" in errors[0] or "database or disk is full" in errors[0], job.lines
    assert job.status == 0

    assert sha256(school / DB_NAME) == db_hash
    assert sha256(school / KEYS_NAME) == keys_hash
    assert run_check(school).code == 0
    assert _requests(school) == stored


def test_a_password_change_on_a_full_disk_leaves_the_key_file_as_it_was(school: Path, zygote: Zygote) -> None:
    db_hash, keys_hash = sha256(school / DB_NAME), sha256(school / KEYS_NAME)
    names = sorted(p.name for p in school.iterdir())
    size = (school / KEYS_NAME).stat().st_size
    zygote.start(
        "fill_keys",
        data_dir=str(school),
        user=ADMIN_USER,
        password=ADMIN_PASSWORD,
        new_password="새 비밀번호 2026!",
        limit=size // 2,
    )
    job = zygote.finish()
    errors = job.errors()
    assert len(errors) == 1 and "File too large" in errors[0], job.lines
    assert sha256(school / KEYS_NAME) == keys_hash
    assert sha256(school / DB_NAME) == db_hash
    assert sorted(p.name for p in school.iterdir()) == names  # no temporary file left behind
    # The old password still opens; the new one does not.
    assert run_check(school).code == 0
    assert run_check(school, "새 비밀번호 2026!").code == 3
