"""Files only their owner can read (Linux/macOS): a new school, its backups, restores, prints and
exports are 0600 in 0700 folders, whatever the umask Dodam was started with; an existing school
written by an earlier Dodam is narrowed at its next open."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import StaffAccount
from desktop.reports.base import PrintContext
from desktop.reports.committee import committee_report_pdf
from desktop.reports.stats_export import export_statistics
from desktop.services.actor import Actor
from desktop.services.backups import restore, run_backup
from desktop.services.setup import initialise_school
from desktop.storage.location import restrict_new_files
from desktop.storage.vault import Vault
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TEST_KDF

pytestmark = pytest.mark.skipif(
    os.name == "nt", reason="POSIX permission bits; Windows keeps the profile's ACL"
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def modes_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): mode(p) for p in [folder, *folder.rglob("*")]}


@pytest.fixture
def started_like_dodam() -> Iterator[None]:
    """The process umask as `dodam` sets it at start-up, put back afterwards."""
    old = os.umask(0o022)
    restrict_new_files()
    try:
        yield
    finally:
        os.umask(old)


def test_school_backup_restore_print_and_export_are_owner_only(
    started_like_dodam: None, tmp_path: Path
) -> None:
    data = tmp_path / "school"
    vault, _code = Vault.create(data, ADMIN_USER, ADMIN_PASSWORD, kdf=TEST_KDF)
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        with vault.session() as session:
            initialise_school(
                session, school_name="권한초등학교", admin_username=ADMIN_USER, admin_display_name="담당"
            )
            actor = Actor.of(session.scalars(select(StaffAccount)).one())
            pdf, xlsx = tmp_path / "committee.pdf", tmp_path / "stats.xlsx"
            ctx = PrintContext("test", actor.display_name, datetime.now(UTC), "권한초등학교")
            committee_report_pdf(session, actor, date(2025, 3, 1), date(2025, 7, 31), ctx, pdf)
            export_statistics(session, actor, xlsx)
        # While the school is open: school.db with its -wal and -shm, the lock, the key files.
        live = modes_under(data)
        assert {"school.db-wal", "school.db-shm", "school.db.lock", "school.keys"} <= set(live)
        info = run_backup(vault, actor, folder=usb, manual=True)
    finally:
        vault.close()
    assert live.pop(".") == 0o700
    assert live == dict.fromkeys(live, 0o600)
    assert mode(pdf) == 0o600 and mode(xlsx) == 0o600
    backup = modes_under(info.path)
    assert backup.pop(".") == 0o700
    assert backup == dict.fromkeys(["backup.json", "school.db", "school.keys"], 0o600)

    result = restore(data, info.path, username=ADMIN_USER, password=ADMIN_PASSWORD)
    after = modes_under(data)
    assert after[result.pre_restore.name] == 0o700
    files = {name: m for name, m in after.items() if name not in (".", result.pre_restore.name)}
    assert files and files == dict.fromkeys(files, 0o600)


def test_a_school_left_readable_by_an_earlier_dodam_is_narrowed_at_its_next_open(tmp_path: Path) -> None:
    old = os.umask(0o022)  # as an earlier Dodam ran
    try:
        data = tmp_path / "school"
        vault, _code = Vault.create(data, ADMIN_USER, ADMIN_PASSWORD, kdf=TEST_KDF)
        vault.close()
        os.chmod(data, 0o755)
        for path in data.iterdir():
            os.chmod(path, 0o644)
        (data / "pre-restore-20250101-000000").mkdir(mode=0o755)
        (data / "pre-restore-20250101-000000" / "school.keys").write_text("{}")
        with Vault.open(data, ADMIN_USER, ADMIN_PASSWORD):
            pass
    finally:
        os.umask(old)
    narrowed = modes_under(data)
    assert narrowed.pop(".") == 0o700
    assert narrowed.pop("pre-restore-20250101-000000") == 0o700
    assert narrowed == dict.fromkeys(narrowed, 0o600)
