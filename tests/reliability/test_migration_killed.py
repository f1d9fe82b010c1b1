"""A migration killed halfway leaves the old schema or the new one, never a mix, and the vault opens.

The v0001 fixture is upgraded by a real worker process with an extra test revision ("0002_probe",
on top of the shipped migrations) that alters tables, adds columns, fills a new table and indexes
it; the worker is SIGKILLed at a random moment of opening, copying aside, upgrading or closing.
Afterwards the schema is compared with the exact old and new schemas, then the vault is opened
again (finishing the upgrade if it had not happened) and checked.
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest
from sqlalchemy import text

import desktop.storage.migrate as migrate
from desktop.storage.vault import Vault
from tests.reliability.conftest import Zygote

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "school_v0001"
USER, PASSWORD = "fixture", "fixture-password"
CYCLES = 40

PROBE = '''"""Test-only revision: several schema steps and some data, slow enough to be killed inside."""
import sqlalchemy as sa
from alembic import op

revision = "0002_probe"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("app_setting", sa.Column("probe_note", sa.Text(), nullable=True))
    op.create_table(
        "reliability_probe",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("body", sa.Text, nullable=False),
    )
    table = sa.table("reliability_probe", sa.column("body", sa.Text))
    for chunk in range(20):
        op.bulk_insert(table, [{{"body": f"probe {{chunk}}-{{i}} " + "x" * 200}} for i in range(500)])
    op.create_index("ix_reliability_probe_body", "reliability_probe", ["body"])
    with op.batch_alter_table("need_domain", recreate="always") as batch:
        batch.add_column(sa.Column("probe_flag", sa.Integer, nullable=False, server_default="0"))
    op.execute("UPDATE app_setting SET probe_note = 'migrated'")


def downgrade() -> None:
    raise NotImplementedError
'''


def _schema(
    data_dir: Path, scripts: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[str | None, list[tuple[str, str]]]:
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    with Vault.open(data_dir, USER, PASSWORD, migrate=False) as vault, vault.engine.connect() as conn:
        rows = conn.execute(text("SELECT name, coalesce(sql, '') FROM sqlite_master ORDER BY name")).all()
        return migrate.current_revision(vault.engine), [tuple(row) for row in rows]  # type: ignore[misc]


def test_a_migration_killed_at_random_leaves_old_or_new_schema(
    tmp_path: Path, zygote: Zygote, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_probe.py").write_text(PROBE.format(head=head), "utf-8")

    # The exact schemas before and after, and how long a whole upgrade takes.
    reference = tmp_path / "reference"
    shutil.copytree(FIXTURE, reference)
    old = _schema(reference, scripts, monkeypatch)
    started = time.monotonic()
    zygote.start("migrator", data_dir=str(reference), user=USER, password=PASSWORD, scripts=str(scripts))
    assert zygote.wait_for("closed"), zygote.job
    duration = time.monotonic() - started
    new = _schema(reference, scripts, monkeypatch)
    # The fixture is a v0001 school; the upgrade runs every shipped revision, then the probe.
    assert old[0] == "0001" and new[0] == "0002_probe" and old[1] != new[1]

    rng = random.Random(2002)
    outcomes = {"old": 0, "new": 0}
    for cycle in range(CYCLES):
        data_dir = tmp_path / f"cycle{cycle}"
        shutil.copytree(FIXTURE, data_dir)
        zygote.start("migrator", data_dir=str(data_dir), user=USER, password=PASSWORD, scripts=str(scripts))
        # Mostly at a random moment; every fourth cycle right after the upgrade committed (killed
        # while closing) and every fourth as soon as it starts, whatever the load on the machine.
        if cycle % 4 == 0:
            assert zygote.wait_for("migrated"), zygote.job
        elif cycle % 4 == 1:
            assert zygote.wait_for("ready"), zygote.job
        else:
            zygote.pump(rng.uniform(0.0, duration * 1.5))
        job = zygote.kill()
        assert not job.errors(), job.errors()
        state = _schema(data_dir, scripts, monkeypatch)
        assert state in (old, new), f"cycle {cycle}: a mixed schema at revision {state[0]}"
        outcomes["old" if state == old else "new"] += 1
        # Opening again finishes the job, and everything is intact.
        with Vault.open(data_dir, USER, PASSWORD) as vault:
            assert migrate.current_revision(vault.engine) == "0002_probe"
            assert vault.check().ok
            with vault.engine.connect() as conn:
                assert conn.execute(text("SELECT name FROM school")).scalar_one() == "도담초등학교"
                assert conn.execute(text("SELECT count(*) FROM reliability_probe")).scalar_one() == 10_000
        assert _schema(data_dir, scripts, monkeypatch) == new
    assert outcomes["old"] >= 3 and outcomes["new"] >= 3, outcomes
    print(f"\nmigration killed: {CYCLES} cycles, upgrade takes {duration:.2f} s, outcomes {outcomes}")
