"""Migrations inside the vault: copy aside, upgrade in one go, put back on failure, refuse the future."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.storage import migrate
from desktop.storage.engine import new_database, open_engine
from desktop.storage.errors import MigrationError, SchemaTooNewError
from desktop.storage.vault import Vault
from tests.unit.storage.conftest import PASSWORD, USER, ClosedVault, sha256

_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = {revision!r}
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
"""

CREATE_PEOPLE = """
    op.create_table("people", sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.Text))
    op.execute("INSERT INTO people (name) VALUES ('김도담')")
"""
ADD_COLUMN = """
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("grade", sa.Integer, nullable=True))
"""
# Commits part of its work behind alembic's back before failing, so only restoring the copy can
# undo it: this proves the copy is what saves the database, not the transaction alone.
HALF_DONE_THEN_FAIL = """
    op.execute("CREATE TABLE half_done (x INTEGER)")
    op.execute("DELETE FROM people")
    op.get_bind().connection.dbapi_connection.commit()
    raise RuntimeError("step failed")
"""


def make_scripts(root: Path, *revisions: tuple[str, str | None, str]) -> Path:
    """A throw-away script directory using the real env.py, with the given (id, down, body) steps."""
    root.mkdir()
    shutil.copy(migrate.MIGRATIONS_DIR / "env.py", root / "env.py")
    shutil.copy(migrate.MIGRATIONS_DIR / "script.py.mako", root / "script.py.mako")
    (root / "versions").mkdir()
    for revision, down, body in revisions:
        source = _REVISION.format(
            revision=revision, down=down, body=textwrap.indent(textwrap.dedent(body), "    ")
        )
        (root / "versions" / f"{revision}.py").write_text(source)
    return root


@pytest.fixture
def plain_db(tmp_path: Path) -> tuple[Path, Engine]:
    path = tmp_path / "data" / "school.db"
    path.parent.mkdir()
    key = os.urandom(32)
    new_database(path, key)
    engine = open_engine(path, key)
    yield path, engine
    engine.dispose()


def _tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars())


def test_empty_database_upgrades_to_head(plain_db: tuple[Path, Engine], tmp_path: Path) -> None:
    path, engine = plain_db
    scripts = make_scripts(tmp_path / "scripts", ("a1", None, CREATE_PEOPLE), ("b2", "a1", ADD_COLUMN))
    assert migrate.head_revision(scripts) == "b2"
    assert migrate.current_revision(engine) is None
    copy = migrate.upgrade_to_head(engine, path, script_location=scripts)
    assert copy == path.with_name("school.db.pre-base")
    assert migrate.current_revision(engine) == "b2"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name, grade FROM people").all() == [("김도담", None)]


def test_at_head_nothing_is_written(plain_db: tuple[Path, Engine], tmp_path: Path) -> None:
    path, engine = plain_db
    scripts = make_scripts(tmp_path / "scripts", ("a1", None, CREATE_PEOPLE))
    migrate.upgrade_to_head(engine, path, script_location=scripts)
    engine.dispose()
    before = sha256(path)
    files_before = sorted(p.name for p in path.parent.iterdir())
    assert migrate.upgrade_to_head(engine, path, script_location=scripts) is None
    engine.dispose()
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == files_before


def test_step_upgrade_keeps_a_copy_of_the_previous_revision(
    plain_db: tuple[Path, Engine], tmp_path: Path
) -> None:
    path, engine = plain_db
    v1 = make_scripts(tmp_path / "v1", ("a1", None, CREATE_PEOPLE))
    v2 = make_scripts(tmp_path / "v2", ("a1", None, CREATE_PEOPLE), ("b2", "a1", ADD_COLUMN))
    migrate.upgrade_to_head(engine, path, script_location=v1)
    engine.dispose()
    at_a1 = sha256(path)
    copy = migrate.upgrade_to_head(engine, path, script_location=v2)
    assert copy is not None and copy.name == "school.db.pre-a1"
    assert sha256(copy) == at_a1
    assert migrate.current_revision(engine) == "b2"


def test_failing_step_restores_the_copy(plain_db: tuple[Path, Engine], tmp_path: Path) -> None:
    path, engine = plain_db
    v1 = make_scripts(tmp_path / "v1", ("a1", None, CREATE_PEOPLE))
    v2 = make_scripts(tmp_path / "v2", ("a1", None, CREATE_PEOPLE), ("b2", "a1", HALF_DONE_THEN_FAIL))
    migrate.upgrade_to_head(engine, path, script_location=v1)
    engine.dispose()
    before = sha256(path)

    with pytest.raises(MigrationError) as failed:
        migrate.upgrade_to_head(engine, path, script_location=v2)
    assert isinstance(failed.value.__cause__, RuntimeError)
    assert "put back" in failed.value.user_message

    assert sha256(path) == before
    assert not path.with_name("school.db.pre-a1").exists()  # moved back into place
    assert not path.with_name("school.db-wal").exists()
    assert "half_done" not in _tables(engine)
    assert migrate.current_revision(engine) == "a1"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM people").scalars().all() == ["김도담"]


def test_unknown_revision_is_refused_untouched(plain_db: tuple[Path, Engine], tmp_path: Path) -> None:
    path, engine = plain_db
    scripts = make_scripts(tmp_path / "scripts", ("a1", None, CREATE_PEOPLE))
    migrate.upgrade_to_head(engine, path, script_location=scripts)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'zz99'")
    engine.dispose()
    before = sha256(path)
    files_before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(SchemaTooNewError):
        migrate.upgrade_to_head(engine, path, script_location=scripts)
    engine.dispose()
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == files_before


def test_vault_refuses_a_newer_schema(closed_vault: ClosedVault) -> None:
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault, vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'from_the_future'")
    before = sha256(closed_vault.db)
    for migrate_flag in (True, False):
        with pytest.raises(SchemaTooNewError):
            Vault.open(closed_vault.data_dir, USER, PASSWORD, migrate=migrate_flag)
    assert sha256(closed_vault.db) == before
    assert sorted(p.name for p in closed_vault.data_dir.iterdir()) == [
        "school.db",
        "school.db.lock",
        "school.keys",
        "school.keys.bak",
    ]


def test_vault_open_migrates_and_restores_on_failure(
    closed_vault: ClosedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = migrate.head_revision()
    assert head is not None
    real = migrate.MIGRATIONS_DIR
    scripts = tmp_path / "scripts"
    shutil.copytree(real, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    failing = _REVISION.format(
        revision="zz_fail",
        down=head,
        body=textwrap.indent(
            textwrap.dedent("""
            op.execute("CREATE TABLE half_done (x INTEGER)")
            op.get_bind().connection.dbapi_connection.commit()
            raise RuntimeError("step failed")
        """),
            "    ",
        ),
    )
    (scripts / "versions" / "zz_fail.py").write_text(failing)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    before = sha256(closed_vault.db)
    with pytest.raises(MigrationError):
        Vault.open(closed_vault.data_dir, USER, PASSWORD)
    assert sha256(closed_vault.db) == before
    with Vault.open(closed_vault.data_dir, USER, PASSWORD, migrate=False) as vault:
        assert migrate.current_revision(vault.engine) == head
        assert "half_done" not in _tables(vault.engine)
