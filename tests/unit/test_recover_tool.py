"""tools/recover.py, the recovery tool that works without Dodam: run as IT staff would run it (a real
process, the secret on standard input) against schools written by the app."""

from __future__ import annotations

import ast
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services.setup import initialise_school
from desktop.storage.vault import Vault
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TEST_KDF

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "recover.py"
FIXTURE_V1 = ROOT / "tests" / "fixtures" / "school_v0001"
# tests/fixtures/make_fixture_v0001.py
FIXTURE_USER, FIXTURE_PASSWORD = "fixture", "fixture-password"
FIXTURE_CODE = "D0DA-M000-F1X7-0000-0000-0001"
SECOND_USER, SECOND_PASSWORD = "담임 교사", "homeroom password 2026"
SCHOOL_NAME = "복구초등학교"


def recover(data_dir: Path, *args: str, secret: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), str(data_dir), *args],
        input=secret,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=cwd,
    )


def print_key(data_dir: Path, who: list[str], secret: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return recover(data_dir, *who, "--password-stdin", "--print-key", secret=secret + "\n", cwd=cwd)


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def table_names(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [row[0] for row in rows]


@dataclass
class School:
    vault: Vault
    data_dir: Path
    recovery_code: str
    work: Path

    def tables(self) -> list[str]:
        with self.vault.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            return [row[0] for row in rows]


@pytest.fixture
def school(tmp_path: Path) -> Iterator[School]:
    data_dir = tmp_path / "학교 데이터"
    vault, code = Vault.create(data_dir, ADMIN_USER, ADMIN_PASSWORD, kdf=TEST_KDF)
    with vault.session() as session:
        initialise_school(
            session, school_name=SCHOOL_NAME, admin_username=ADMIN_USER, admin_display_name="김담당"
        )
    vault.set_password(SECOND_USER, SECOND_PASSWORD, kdf=TEST_KDF)
    work = tmp_path / "work"
    work.mkdir()
    try:
        yield School(vault, data_dir, code, work)
    finally:
        vault.close()


def test_each_secret_gives_the_database_key_and_nothing_in_the_folder_changes(school: School) -> None:
    expected = school.vault._data_key.hex()
    school.vault.close()
    before = folder_state(school.data_dir)

    admin = print_key(school.data_dir, ["--user", ADMIN_USER], ADMIN_PASSWORD, school.work)
    second = print_key(school.data_dir, ["--user", SECOND_USER], SECOND_PASSWORD, school.work)
    code = print_key(school.data_dir, ["--recovery-code"], school.recovery_code, school.work)
    # Typed the way people type it: lower case, spaces instead of dashes, O for 0.
    typed = school.recovery_code.lower().replace("-", " ").replace("0", "o")
    code_typed = print_key(school.data_dir, ["--recovery-code"], typed, school.work)

    for result in (admin, second, code, code_typed):
        assert result.returncode == 0, result.stderr
        assert result.stdout == expected + "\n"
    assert folder_state(school.data_dir) == before


def test_a_wrong_password_or_code_exits_3_with_a_message_and_no_key(school: School) -> None:
    wrong = print_key(school.data_dir, ["--user", ADMIN_USER], "not the password", school.work)
    nobody = print_key(school.data_dir, ["--user", "nobody"], ADMIN_PASSWORD, school.work)
    bad_code = print_key(school.data_dir, ["--recovery-code"], "0000-0000-0000-0000-0000-0000", school.work)
    not_a_code = print_key(school.data_dir, ["--recovery-code"], "hello", school.work)

    for result in (wrong, nobody, bad_code, not_a_code):
        assert result.returncode == 3
        assert result.stdout == ""
    assert "Wrong password" in wrong.stderr
    assert "Wrong recovery code" in bad_code.stderr
    assert "not a recovery code" in not_a_code.stderr


def test_the_restricted_key_is_given_only_to_a_slot_that_holds_it(school: School) -> None:
    restricted = school.vault.compartment_key("restricted")
    assert restricted is not None
    args = ["--password-stdin", "--print-restricted-key"]

    admin = recover(school.data_dir, "--user", ADMIN_USER, *args, secret=ADMIN_PASSWORD, cwd=school.work)
    code = recover(school.data_dir, "--recovery-code", *args, secret=school.recovery_code, cwd=school.work)
    second = recover(school.data_dir, "--user", SECOND_USER, *args, secret=SECOND_PASSWORD, cwd=school.work)

    assert admin.stdout == code.stdout == restricted.hex() + "\n"
    assert second.returncode == 9
    assert second.stdout == ""
    assert "does not hold" in second.stderr


def test_decrypt_to_writes_a_plain_sqlite_copy_with_the_same_tables(school: School) -> None:
    tables = school.tables()
    school.vault.close()
    target = school.work / "plain.db"

    result = recover(
        school.data_dir,
        "--user",
        SECOND_USER,
        "--password-stdin",
        "--decrypt-to",
        str(target),
        secret=SECOND_PASSWORD + "\n",
        cwd=school.work,
    )

    assert result.returncode == 0, result.stderr
    with sqlite3.connect(target) as plain:
        assert table_names(plain) == tables
        assert plain.execute("SELECT name FROM school").fetchall() == [(SCHOOL_NAME,)]
    assert target.stat().st_mode & 0o077 == 0


def test_decrypt_to_never_overwrites_a_file(school: School) -> None:
    target = school.work / "existing.db"
    target.write_bytes(b"keep me")

    result = recover(
        school.data_dir,
        "--user",
        ADMIN_USER,
        "--password-stdin",
        "--decrypt-to",
        str(target),
        secret=ADMIN_PASSWORD,
        cwd=school.work,
    )

    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert target.read_bytes() == b"keep me"


def test_decrypt_to_includes_changes_still_in_the_write_ahead_log(school: School) -> None:
    # As after a crash of the app: committed rows not yet folded into school.db.
    with school.vault.session() as session:
        session.execute(text("UPDATE school SET name = :name"), {"name": "로그초등학교"})
        session.commit()
    assert (school.data_dir / "school.db-wal").stat().st_size > 0
    target = school.work / "plain.db"

    result = recover(
        school.data_dir,
        "--recovery-code",
        "--password-stdin",
        "--decrypt-to",
        str(target),
        secret=school.recovery_code,
        cwd=school.work,
    )

    assert result.returncode == 0, result.stderr
    with sqlite3.connect(target) as plain:
        assert plain.execute("SELECT name FROM school").fetchall() == [("로그초등학교",)]


def test_after_a_revocation_the_new_key_is_given_and_the_removed_password_fails(school: School) -> None:
    old_key = school.vault._data_key.hex()
    old_key_file = school.work / "old.keys"
    shutil.copyfile(school.data_dir / "school.keys", old_key_file)
    assert school.vault.remove_slot(SECOND_USER)
    assert school.vault.complete_revocation()
    new_key = school.vault._data_key.hex()
    assert new_key != old_key
    school.vault.close()

    admin = print_key(school.data_dir, ["--user", ADMIN_USER], ADMIN_PASSWORD, school.work)
    code = print_key(school.data_dir, ["--recovery-code"], school.recovery_code, school.work)
    removed = print_key(school.data_dir, ["--user", SECOND_USER], SECOND_PASSWORD, school.work)
    # The key file from before, put back: it yields the old key, which no longer opens school.db.
    stale = recover(
        school.data_dir,
        "--user",
        SECOND_USER,
        "--key-file",
        str(old_key_file),
        "--password-stdin",
        "--print-key",
        secret=SECOND_PASSWORD,
        cwd=school.work,
    )

    assert admin.stdout == code.stdout == new_key + "\n"
    assert removed.returncode == 3
    assert removed.stdout == ""
    assert stale.returncode == 4
    assert "cannot be read with this key" in stale.stderr


def test_an_interrupted_rotation_before_the_switch_uses_the_old_pair(school: School) -> None:
    class Killed(Exception):
        pass

    def kill() -> None:
        raise Killed

    old_key = school.vault._data_key.hex()
    with pytest.raises(Killed):
        school.vault.rotate_data_key(before_switch=kill)
    assert (school.data_dir / "school.db.next").exists()
    assert (school.data_dir / "school.keys.next").exists()
    before = folder_state(school.data_dir)

    result = print_key(school.data_dir, ["--user", ADMIN_USER], ADMIN_PASSWORD, school.work)

    assert result.returncode == 0, result.stderr
    assert result.stdout == old_key + "\n"
    assert "school.db.next" in result.stderr
    assert folder_state(school.data_dir) == before


def test_an_interrupted_rotation_after_the_switch_uses_the_new_key_file(school: School) -> None:
    old_keys = (school.data_dir / "school.keys").read_bytes()
    school.vault.rotate_data_key()
    new_key = school.vault._data_key.hex()
    school.vault.close()
    # Killed between the two renames: school.db is re-encrypted, school.keys.next not yet renamed.
    (school.data_dir / "school.keys").replace(school.data_dir / "school.keys.next")
    (school.data_dir / "school.keys").write_bytes(old_keys)
    before = folder_state(school.data_dir)

    result = print_key(school.data_dir, ["--recovery-code"], school.recovery_code, school.work)

    assert result.returncode == 0, result.stderr
    assert result.stdout == new_key + "\n"
    assert "school.keys.next" in result.stderr
    assert folder_state(school.data_dir) == before


def test_a_school_of_the_first_key_file_format_opens(tmp_path: Path) -> None:
    data_dir = tmp_path / "school_v0001"
    shutil.copytree(FIXTURE_V1, data_dir)
    target = tmp_path / "plain.db"

    user = print_key(data_dir, ["--user", FIXTURE_USER], FIXTURE_PASSWORD, tmp_path)
    code = print_key(data_dir, ["--recovery-code"], FIXTURE_CODE, tmp_path)
    wrong = print_key(data_dir, ["--user", FIXTURE_USER], "fixture-passw0rd", tmp_path)
    copy = recover(
        data_dir,
        "--user",
        FIXTURE_USER,
        "--password-stdin",
        "--decrypt-to",
        str(target),
        secret=FIXTURE_PASSWORD,
        cwd=tmp_path,
    )

    assert user.returncode == 0, user.stderr
    assert code.stdout == user.stdout
    assert wrong.returncode == 3
    assert copy.returncode == 0, copy.stderr
    with sqlite3.connect(target) as plain:
        assert plain.execute("SELECT name FROM school").fetchall() == [("도담초등학교",)]
    vault = Vault.open(data_dir, FIXTURE_USER, FIXTURE_PASSWORD, migrate=False)
    try:
        assert user.stdout == vault._data_key.hex() + "\n"
    finally:
        vault.close()


def test_a_first_format_slot_in_a_current_key_file_opens_while_the_file_accepts_them(school: School) -> None:
    from dataclasses import replace

    from desktop.storage.keyslots import load_key_file, make_legacy_slot, save_key_file

    expected = school.vault._data_key.hex()
    keys = school.data_dir / "school.keys"
    old_slot = make_legacy_slot(
        data_key=school.vault._data_key,
        database_id=school.vault.database_id,
        kind="password",
        user="old-account",
        secret="old password",
        kdf=TEST_KDF,
    )
    school.vault.close()
    key_file = load_key_file(keys).with_slot(old_slot)
    save_key_file(keys, replace(key_file, legacy_allowed=True))

    accepted = print_key(school.data_dir, ["--user", "old-account"], "old password", school.work)
    # A file closed to first-format slots: such a slot was copied back or planted.
    keys.write_text(
        keys.read_text(encoding="utf-8").replace('"legacy_allowed": true', '"legacy_allowed": false'),
        encoding="utf-8",
    )
    refused = print_key(school.data_dir, ["--user", "old-account"], "old password", school.work)

    assert accepted.returncode == 0, accepted.stderr
    assert accepted.stdout == expected + "\n"
    assert refused.returncode == 3
    assert refused.stdout == ""


def test_a_missing_or_damaged_key_file_exits_5(school: School) -> None:
    school.vault.close()
    keys = school.data_dir / "school.keys"
    text_before = keys.read_text(encoding="utf-8")
    keys.write_text(text_before.replace('"slots"', '"slotz"'), encoding="utf-8")
    damaged = print_key(school.data_dir, ["--user", ADMIN_USER], ADMIN_PASSWORD, school.work)
    keys.unlink()
    missing = print_key(school.data_dir, ["--user", ADMIN_USER], ADMIN_PASSWORD, school.work)
    spare = recover(
        school.data_dir,
        "--user",
        ADMIN_USER,
        "--key-file",
        str(school.data_dir / "school.keys.bak"),
        "--password-stdin",
        "--print-key",
        secret=ADMIN_PASSWORD,
        cwd=school.work,
    )

    assert damaged.returncode == 5
    assert "damaged" in damaged.stderr
    assert "school.keys.bak" in damaged.stderr
    assert missing.returncode == 5
    assert "missing" in missing.stderr
    assert spare.returncode == 0, spare.stderr


def test_help_names_the_options_and_exit_codes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(TOOL), "--help"], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )

    assert result.returncode == 0
    for option in ("--user", "--recovery-code", "--password-stdin", "--print-key", "--decrypt-to"):
        assert option in result.stdout
    assert "3 wrong password" in result.stdout


def test_the_tool_imports_nothing_from_the_app() -> None:
    tree = ast.parse(TOOL.read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "relative import"
            assert node.module is not None
            modules.add(node.module.split(".")[0])

    assert "desktop" not in modules
    assert modules - set(sys.stdlib_module_names) == {"argon2", "cryptography", "sqlcipher3"}
