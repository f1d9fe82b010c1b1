"""Damaged and wrong inputs (DESIGN §3): the right error every time, nothing changed, no reset offered.

* 200 random single-byte changes of school.db (each on a copy): every one reported by `dodam check`.
  Exit 4 (database damaged) almost always; a byte in the first 16 bytes (the SQLCipher salt, which is
  also the database id that ties school.db to school.keys) may instead give 5 (key file does not
  belong to this database) — never 0.
* every wrong, damaged or missing input: its own error and exit code, every file's hash unchanged,
  and the folder still counts as an existing vault (so the application offers log-in, never set-up).
"""

from __future__ import annotations

import random
import shutil
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.storage.errors import (
    DatabaseDamagedError,
    KeyFileError,
    SchemaTooNewError,
    VaultError,
    WrongPasswordError,
)
from desktop.storage.vault import Vault, vault_exists
from tests.reliability.conftest import (
    ADMIN_PASSWORD,
    ADMIN_USER,
    DB_NAME,
    KEYS_NAME,
    make_school,
    run_check,
    run_check_process,
    sha256,
)

FLIPS = 200
SALT_BYTES = 16


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One closed school with some content, shared read-only by the tests of this module."""
    data_dir = make_school(tmp_path_factory.mktemp("original") / "school", students=200)
    assert run_check(data_dir).code == 0
    return data_dir


def _copy(original: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for name in (DB_NAME, KEYS_NAME):
        shutil.copy2(original / name, target / name)
    return target


def _snapshot(folder: Path) -> dict[str, str]:
    """Hash of every file in the folder (the lock file aside, which only holds who has it open, and
    the lockout file, which counts the wrong passwords tried — tests/reliability/test_lockout_file.py)."""
    return {
        p.name: (sha256(p) if p.is_file() else "<dir>")
        for p in folder.iterdir()
        if p.name not in ("school.db.lock", "school.lockout")
    }


def test_200_single_byte_changes_are_all_reported_by_check(original: Path, tmp_path: Path) -> None:
    rng = random.Random(5200)
    size = (original / DB_NAME).stat().st_size
    copy = _copy(original, tmp_path / "copy")
    db = copy / DB_NAME
    pristine = (original / DB_NAME).read_bytes()
    codes: Counter[int] = Counter()
    salt_codes: Counter[int] = Counter()
    started = time.monotonic()
    for _ in range(FLIPS):
        offset = rng.randrange(size)
        data = bytearray(pristine)
        data[offset] ^= rng.randrange(1, 256)
        db.write_bytes(bytes(data))
        before = sha256(db)
        result = run_check(copy)
        assert result.code != 0, f"a changed byte at offset {offset} was accepted: {result.stdout}"
        assert result.code in (4, 5), (offset, result.code, result.stderr)
        if offset >= SALT_BYTES:
            assert result.code == 4, (offset, result.code, result.stderr)
        else:
            salt_codes[result.code] += 1
        assert sha256(db) == before, f"check changed the file (offset {offset})"
        assert not (copy / f"{DB_NAME}-wal").exists() or (copy / f"{DB_NAME}-wal").stat().st_size == 0
        codes[result.code] += 1
    elapsed = time.monotonic() - started
    print(
        f"\nbyte changes: {FLIPS} on a {size}-byte file, exit codes {dict(codes)}, "
        f"in the salt {dict(salt_codes)}, {elapsed:.1f} s"
    )


def test_a_changed_byte_in_the_salt_is_reported_too(original: Path, tmp_path: Path) -> None:
    """The 16 salt bytes are 16 in ~370,000: the random changes above rarely hit them, so each is
    changed here once. The salt is also the database id, so either error is the right one: the key
    file no longer matches (5) or the pages no longer verify (4)."""
    copy = _copy(original, tmp_path / "copy")
    db = copy / DB_NAME
    pristine = (original / DB_NAME).read_bytes()
    codes: Counter[int] = Counter()
    for offset in range(SALT_BYTES):
        data = bytearray(pristine)
        data[offset] ^= 0x10
        db.write_bytes(bytes(data))
        before = sha256(db)
        result = run_check(copy)
        assert result.code in (4, 5), (offset, result.code, result.stdout, result.stderr)
        assert sha256(db) == before
        codes[result.code] += 1
    print(f"\nsalt byte changes: {SALT_BYTES}, exit codes {dict(codes)}")


def _wrong_password(d: Path) -> None:
    pass


def _damage_middle(d: Path) -> None:
    db = d / DB_NAME
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = bytes(4096)
    db.write_bytes(bytes(data))


def _truncate(name: str, fraction: float) -> Callable[[Path], None]:
    def change(d: Path) -> None:
        data = (d / name).read_bytes()
        (d / name).write_bytes(data[: int(len(data) * fraction)])

    return change


def _remove(name: str) -> Callable[[Path], None]:
    def change(d: Path) -> None:
        (d / name).unlink()

    return change


def _directory_instead(name: str) -> Callable[[Path], None]:
    def change(d: Path) -> None:
        (d / name).unlink()
        (d / name).mkdir()

    return change


def _garble_keys(d: Path) -> None:
    keys = d / KEYS_NAME
    keys.write_bytes(keys.read_bytes().replace(b'"slots"', b'"slotz"'))


def _flip_wrapped_keys(d: Path) -> None:
    keys = d / KEYS_NAME
    raw = keys.read_text("utf-8")
    start = raw.index('"wrapped_private": "') + len('"wrapped_private": "')
    swapped = "A" if raw[start] != "A" else "B"
    keys.write_text(raw[:start] + swapped + raw[start + 1 :], "utf-8")


def _keys_of_another_school(d: Path) -> None:
    other = make_school(d.parent / (d.name + "-other"))
    shutil.copy2(other / KEYS_NAME, d / KEYS_NAME)


def _newer_schema(d: Path) -> None:
    vault = Vault.open(d, ADMIN_USER, ADMIN_PASSWORD)
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    vault.close()


CASES: list[tuple[str, Callable[[Path], None], str, type[VaultError], int]] = [
    ("wrong password", _wrong_password, "not the password", WrongPasswordError, 3),
    ("password in the wrong case", _wrong_password, ADMIN_PASSWORD.upper(), WrongPasswordError, 3),
    ("database damaged in the middle", _damage_middle, ADMIN_PASSWORD, DatabaseDamagedError, 4),
    ("database truncated to half", _truncate(DB_NAME, 0.5), ADMIN_PASSWORD, DatabaseDamagedError, 4),
    (
        "database truncated to 100 bytes",
        _truncate(DB_NAME, 100 / 2**20),
        ADMIN_PASSWORD,
        DatabaseDamagedError,
        4,
    ),
    ("database empty", _truncate(DB_NAME, 0.0), ADMIN_PASSWORD, DatabaseDamagedError, 4),
    ("database missing", _remove(DB_NAME), ADMIN_PASSWORD, DatabaseDamagedError, 4),
    ("database is a directory", _directory_instead(DB_NAME), ADMIN_PASSWORD, DatabaseDamagedError, 4),
    ("key file missing", _remove(KEYS_NAME), ADMIN_PASSWORD, KeyFileError, 5),
    ("key file empty", _truncate(KEYS_NAME, 0.0), ADMIN_PASSWORD, KeyFileError, 5),
    ("key file truncated", _truncate(KEYS_NAME, 0.6), ADMIN_PASSWORD, KeyFileError, 5),
    ("key file malformed", _garble_keys, ADMIN_PASSWORD, KeyFileError, 5),
    ("key file is a directory", _directory_instead(KEYS_NAME), ADMIN_PASSWORD, KeyFileError, 5),
    ("key file of another school", _keys_of_another_school, ADMIN_PASSWORD, KeyFileError, 5),
    ("wrapped key altered", _flip_wrapped_keys, ADMIN_PASSWORD, WrongPasswordError, 3),
    ("schema newer than this Dodam", _newer_schema, ADMIN_PASSWORD, SchemaTooNewError, 7),
]

_RESET_WORDS = ("reset", "recreate", "new database", "start over", "set up", "initiali")


@pytest.mark.parametrize(
    ("change", "password", "error", "exit_code"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_each_bad_input_gets_its_own_error_and_changes_nothing(
    original: Path,
    tmp_path: Path,
    change: Callable[[Path], None],
    password: str,
    error: type[VaultError],
    exit_code: int,
) -> None:
    data_dir = _copy(original, tmp_path / "school")
    change(data_dir)
    before = _snapshot(data_dir)
    for migrate in (True, False):
        if change is _damage_middle:
            # Opening reads only the schema pages: a damaged page elsewhere is found by `check`
            # (below) or by the first read of it; when the damage hits a schema page, opening
            # itself reports it. Either way it is DatabaseDamagedError and nothing changes.
            try:
                Vault.open(data_dir, ADMIN_USER, password, migrate=migrate).close()
            except DatabaseDamagedError as exc:
                assert exc.exit_code == 4
            assert _snapshot(data_dir) == before
            continue
        with pytest.raises(VaultError) as raised:
            Vault.open(data_dir, ADMIN_USER, password, migrate=migrate)
        assert type(raised.value) is error, raised.value
        assert raised.value.exit_code == exit_code
        message = raised.value.user_message.lower()
        assert not any(word in message for word in _RESET_WORDS), message
        assert _snapshot(data_dir) == before
    result = run_check(data_dir, password)
    assert result.code == exit_code, result.stderr
    assert _snapshot(data_dir) == before
    # The GUI offers set-up only to a folder without a vault: a damaged one still counts as a vault.
    assert vault_exists(data_dir)
    # Still the same error on the next attempt: nothing was "repaired" on the way.
    assert run_check(data_dir, password).code == exit_code
    assert _snapshot(data_dir) == before


def test_the_command_line_gives_the_same_exit_codes_as_a_real_process(original: Path, tmp_path: Path) -> None:
    """A few of the cases through `python -m desktop check`, the way IT staff run it."""
    for name, change, password, _error, exit_code in (CASES[0], CASES[2], CASES[8], CASES[15]):
        data_dir = _copy(original, tmp_path / name.replace(" ", "-"))
        change(data_dir)
        before = _snapshot(data_dir)
        result = run_check_process(data_dir, password)
        assert result.returncode == exit_code, (name, result.stderr)
        assert "Nothing has been changed" in result.stderr or exit_code == 3, result.stderr
        assert _snapshot(data_dir) == before
