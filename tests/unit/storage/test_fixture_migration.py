"""A database written at schema revision 0001 opens with today's code and is upgraded to head."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from desktop.storage import migrate
from desktop.storage.vault import Vault
from tests.unit.storage.conftest import REPO_ROOT, sha256

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "school_v0001"
REGENERATE = ".venv/bin/python tests/fixtures/make_fixture_v0001.py"


def _copy_fixture(tmp_path: Path) -> Path:
    assert (FIXTURE / "school.db").is_file(), f"fixture missing: run {REGENERATE} and commit it"
    data_dir = tmp_path / "school"
    shutil.copytree(FIXTURE, data_dir)
    return data_dir


def test_fixture_v0001_opens_and_upgrades_to_head(tmp_path: Path) -> None:
    data_dir = _copy_fixture(tmp_path)
    original = sha256(data_dir / "school.db")
    with Vault.open(data_dir, "fixture", "fixture-password") as vault:
        assert migrate.current_revision(vault.engine) == migrate.head_revision()
        with vault.session() as session:
            assert session.execute(text("SELECT name FROM school")).scalar_one() == "도담초등학교"
            assert session.execute(text("SELECT username, display_name FROM staff_account")).one() == (
                "fixture",
                "김도담",
            )
            codes = session.execute(text("SELECT code FROM need_domain ORDER BY sort_order")).scalars().all()
            assert codes == ["learning", "emotional"]
        report = vault.check()
        assert report.ok, report.problems
    copy = data_dir / "school.db.pre-0001"
    if migrate.head_revision() != "0001":
        # The pre-upgrade copy is exactly the file as the old version left it.
        assert sha256(copy) == original
    else:
        assert not copy.exists()
        assert sha256(data_dir / "school.db") == original


def test_fixture_v0001_opens_with_its_recovery_code(tmp_path: Path) -> None:
    data_dir = _copy_fixture(tmp_path)
    Vault.open_with_recovery_code(data_dir, "d0da m000 f1x7 0000 0000 0001").close()
