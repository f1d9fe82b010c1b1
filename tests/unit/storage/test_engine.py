"""The SQLCipher engine: keying, PRAGMAs, transactions, and never creating a file by accident."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.storage.engine import checkpoint, file_uri, key_pragma, new_database, open_engine
from desktop.storage.errors import DatabaseDamagedError, VaultExistsError


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "school.db"
    key = os.urandom(32)
    new_database(path, key)
    return path, key


@pytest.mark.parametrize(
    "bad", [b"", b"\x01" * 31, b"\x02" * 33, "a" * 64], ids=["empty", "31 bytes", "33 bytes", "text"]
)
def test_key_must_be_32_bytes(bad: object) -> None:
    with pytest.raises(ValueError):
        key_pragma(bad)  # type: ignore[arg-type]


def test_key_pragma_is_raw_hex() -> None:
    key = bytes(range(32))
    assert key_pragma(key) == f"PRAGMA key = \"x'{key.hex()}'\""


def test_new_database_uses_the_given_salt_and_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "school.db"
    salt = uuid.uuid4().bytes
    new_database(path, os.urandom(32), salt=salt)
    data = path.read_bytes()
    assert data[:16] == salt
    assert not data.startswith(b"SQLite format 3")


def test_new_database_refuses_an_existing_file(db: tuple[Path, bytes]) -> None:
    path, key = db
    before = path.read_bytes()
    with pytest.raises(VaultExistsError):
        new_database(path, key)
    assert path.read_bytes() == before


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "school.db"
    with pytest.raises(DatabaseDamagedError, match="missing"):
        open_engine(path, os.urandom(32))
    assert list(tmp_path.iterdir()) == []


def test_empty_file_is_damaged_not_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "school.db"
    path.touch()
    with pytest.raises(DatabaseDamagedError, match="empty"):
        open_engine(path, os.urandom(32))
    assert path.read_bytes() == b""


def test_wrong_key_is_reported_as_damage(db: tuple[Path, bytes]) -> None:
    # The slot has already proven the key, so a key that does not read the file means damage.
    path, _ = db
    with pytest.raises(DatabaseDamagedError):
        open_engine(path, os.urandom(32))


def test_connection_pragmas(db: tuple[Path, bytes]) -> None:
    path, key = db
    engine = open_engine(path, key)
    with engine.connect() as conn:
        values = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "temp_store", "secure_delete")
        }
    engine.dispose()
    assert values == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "temp_store": 2,
        "secure_delete": 1,
    }


def test_ddl_is_transactional(db: tuple[Path, bytes]) -> None:
    path, key = db
    engine = open_engine(path, key)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
        raise RuntimeError("roll back")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 't'").scalar() == 0
    engine.dispose()


def test_savepoint_rolls_back_only_its_part(db: tuple[Path, bytes]) -> None:
    path, key = db
    engine = open_engine(path, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
        savepoint = conn.begin_nested()
        conn.exec_driver_sql("INSERT INTO t VALUES (2)")
        savepoint.rollback()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT x FROM t")).scalars().all() == [1]
    assert checkpoint(engine)
    engine.dispose()
    assert not (path.parent / "school.db-wal").exists()


def test_autocommit_connection_does_not_leave_the_driver_in_legacy_mode(db: tuple[Path, bytes]) -> None:
    path, key = db
    engine = open_engine(path, key)
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
            "PRAGMA wal_checkpoint"
        ).fetchall()
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        raise RuntimeError("roll back")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() == 0
    engine.dispose()


def test_unusual_folder_names(tmp_path: Path) -> None:
    folder = tmp_path / "학교 자료 #1 ?% (복사본)"
    folder.mkdir()
    path = folder / "school.db"
    key = os.urandom(32)
    new_database(path, key)
    engine = open_engine(path, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    engine.dispose()
    assert sorted(p.name for p in folder.iterdir()) == ["school.db"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]


def test_file_uri_shapes() -> None:
    uri = file_uri(Path("/srv/학교 #1/school.db"))
    assert uri.startswith("file:///srv/")
    assert uri.endswith("/school.db?mode=rw")
    assert "#" not in uri and " " not in uri
