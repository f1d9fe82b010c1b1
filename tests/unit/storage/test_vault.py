"""The vault as the application sees it: three distinct failures, none of them destructive."""

from __future__ import annotations

import json
import os
import unicodedata
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop.storage import migrate
from desktop.storage.errors import (
    DatabaseDamagedError,
    InstanceLockedError,
    KeyFileError,
    VaultError,
    VaultExistsError,
    WrongPasswordError,
)
from desktop.storage.keyslots import DEFAULT_KDF
from desktop.storage.vault import Vault, vault_exists
from tests.unit.storage.conftest import CHEAP_KDF, PASSWORD, USER, ClosedVault, sha256


def _rows(vault: Vault) -> int:
    with vault.session() as session:
        return int(session.execute(text("SELECT count(*) FROM storage_test_rows")).scalar_one())


def _keys_doc(cv: ClosedVault) -> dict[str, Any]:
    return json.loads(cv.keys.read_text("utf-8"))


def _write_keys_doc(cv: ClosedVault, document: dict[str, Any]) -> None:
    cv.keys.write_text(json.dumps(document, indent=2, ensure_ascii=False), "utf-8")


# --- create / open -------------------------------------------------------------------------------


def test_create_returns_open_vault_at_head_with_lock_held(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "school"
    vault, code = Vault.create(data_dir, USER, PASSWORD, kdf=CHEAP_KDF)
    try:
        assert vault.db_path == data_dir / "school.db"
        assert vault.keys_path == data_dir / "school.keys"
        assert vault.database_id == _keys_doc(ClosedVault(data_dir, code))["database_id"]
        assert migrate.current_revision(vault.engine) == migrate.head_revision()
        assert vault.usernames_with_slots() == [USER]
        assert vault_exists(data_dir)
        with pytest.raises(InstanceLockedError):
            Vault.open(data_dir, USER, PASSWORD)
    finally:
        vault.close()
    # A brand-new database needs no pre-upgrade copy.
    assert sorted(p.name for p in data_dir.iterdir()) == [
        "school.db",
        "school.db.lock",
        "school.keys",
        "school.keys.bak",
    ]


def test_create_refuses_an_existing_vault(closed_vault: ClosedVault) -> None:
    before = {p.name: sha256(p) for p in closed_vault.data_dir.iterdir()}
    with pytest.raises(VaultExistsError):
        Vault.create(closed_vault.data_dir, "other", "pw", kdf=CHEAP_KDF)
    closed_vault.db.rename(closed_vault.data_dir / "elsewhere.db")
    with pytest.raises(VaultExistsError):  # school.keys alone is enough to refuse
        Vault.create(closed_vault.data_dir, "other", "pw", kdf=CHEAP_KDF)
    (closed_vault.data_dir / "elsewhere.db").rename(closed_vault.db)
    assert {p.name: sha256(p) for p in closed_vault.data_dir.iterdir()} == before


def test_vault_exists_on_empty_folder(tmp_path: Path) -> None:
    assert not vault_exists(tmp_path)
    assert not vault_exists(tmp_path / "nowhere")


def test_right_password_opens_and_data_is_there(closed_vault: ClosedVault) -> None:
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:
        assert _rows(vault) == 300
        assert vault.check().ok
    assert not (closed_vault.data_dir / "school.db-wal").exists()


def test_default_kdf_parameters_are_stored_in_the_slots(tmp_path: Path) -> None:
    vault, _code = Vault.create(tmp_path / "school", USER, PASSWORD)
    vault.close()
    document = json.loads((tmp_path / "school" / "school.keys").read_text("utf-8"))
    for slot in document["slots"]:
        assert {k: slot["kdf"][k] for k in ("alg", "memory_kib", "time_cost", "parallelism")} == {
            "alg": "argon2id",
            "memory_kib": DEFAULT_KDF.memory_kib,
            "time_cost": DEFAULT_KDF.time_cost,
            "parallelism": DEFAULT_KDF.parallelism,
        }
    assert DEFAULT_KDF.memory_kib == 64 * 1024
    Vault.open(tmp_path / "school", USER, PASSWORD).close()


@pytest.mark.parametrize(("username", "password"), [(USER, "wrong"), ("nobody", PASSWORD), (USER, "")])
def test_wrong_password_or_unknown_user(closed_vault: ClosedVault, username: str, password: str) -> None:
    before = sha256(closed_vault.db)
    with pytest.raises(WrongPasswordError) as refused:
        Vault.open(closed_vault.data_dir, username, password)
    # Same words whichever was wrong.
    assert refused.value.user_message == WrongPasswordError.default_message
    assert sha256(closed_vault.db) == before
    Vault.open(closed_vault.data_dir, USER, PASSWORD).close()  # the lock was released


def test_nfd_typed_password_opens_an_nfc_slot(tmp_path: Path) -> None:
    password = "한글 비밀번호"
    user = "김담당"
    Vault.create(tmp_path / "s", unicodedata.normalize("NFC", user), password, kdf=CHEAP_KDF)[0].close()
    nfd_user = unicodedata.normalize("NFD", user)
    Vault.open(tmp_path / "s", nfd_user, unicodedata.normalize("NFD", password)).close()


def test_recovery_code_opens_then_new_password_replaces_old(closed_vault: ClosedVault) -> None:
    with Vault.open_with_recovery_code(closed_vault.data_dir, closed_vault.recovery_code.lower()) as vault:
        assert _rows(vault) == 300
        vault.set_password(USER, "new password 2", kdf=CHEAP_KDF)
    with pytest.raises(WrongPasswordError):
        Vault.open(closed_vault.data_dir, USER, PASSWORD)
    Vault.open(closed_vault.data_dir, USER, "new password 2").close()


@pytest.mark.parametrize("code", ["0000-0000-0000-0000-0000-0000", "not a code", ""])
def test_wrong_recovery_code(closed_vault: ClosedVault, code: str) -> None:
    with pytest.raises(WrongPasswordError) as refused:
        Vault.open_with_recovery_code(closed_vault.data_dir, code)
    assert "recovery code" in refused.value.user_message


def test_new_recovery_code_replaces_the_old_one(closed_vault: ClosedVault) -> None:
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:
        code = vault.new_recovery_code(kdf=CHEAP_KDF)
    assert code != closed_vault.recovery_code
    with pytest.raises(WrongPasswordError):
        Vault.open_with_recovery_code(closed_vault.data_dir, closed_vault.recovery_code)
    Vault.open_with_recovery_code(closed_vault.data_dir, code).close()


def test_password_change_keeps_the_slot_and_the_old_password_opens_nothing(closed_vault: ClosedVault) -> None:
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:
        vault.set_password("lee", "lee's password", kdf=CHEAP_KDF)
    keys_before = closed_vault.keys.read_bytes()
    slots_before = _keys_doc(closed_vault)["slots"]

    with Vault.open(closed_vault.data_dir, USER, PASSWORD, migrate=False) as vault:
        with pytest.raises(WrongPasswordError):
            vault.change_password(USER, "not the old one", "whatever", kdf=CHEAP_KDF)
        assert closed_vault.keys.read_bytes() == keys_before
        vault.change_password(USER, PASSWORD, "changed!", kdf=CHEAP_KDF)
        assert _rows(vault) == 300

    slots_after = _keys_doc(closed_vault)["slots"]
    assert [s["id"] for s in slots_after] == [s["id"] for s in slots_before]
    # Same key pair, new wrap; every slot's data box sealed anew for the rotated key.
    assert slots_after[0]["public_key"] == slots_before[0]["public_key"]
    assert slots_after[0]["wrapped_private"] != slots_before[0]["wrapped_private"]
    assert all(
        a["sealed"]["data"] != b["sealed"]["data"] for a, b in zip(slots_after, slots_before, strict=True)
    )
    assert (closed_vault.data_dir / "school.keys.bak").read_bytes() == closed_vault.keys.read_bytes()
    with pytest.raises(WrongPasswordError):
        Vault.open(closed_vault.data_dir, USER, PASSWORD)
    # Even the old key file put back by hand does not let the old password in: the key it holds no
    # longer decrypts school.db (which then looks damaged; nothing is changed).
    current = closed_vault.keys.read_bytes()
    closed_vault.keys.write_bytes(keys_before)
    db_before = sha256(closed_vault.db)
    with pytest.raises(DatabaseDamagedError):
        Vault.open(closed_vault.data_dir, USER, PASSWORD)
    assert sha256(closed_vault.db) == db_before
    closed_vault.keys.write_bytes(current)
    with Vault.open(closed_vault.data_dir, USER, "changed!") as vault:
        assert _rows(vault) == 300
    Vault.open(closed_vault.data_dir, "lee", "lee's password").close()


def test_slot_management(closed_vault: ClosedVault) -> None:
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:
        vault.set_password("이교사", "pw one", kdf=CHEAP_KDF)
        assert vault.has_slot("이교사")
        assert vault.usernames_with_slots() == [USER, "이교사"]
        assert vault.remove_slot("이교사")
        assert not vault.remove_slot("이교사")
        assert not vault.has_slot("이교사")
    with pytest.raises(WrongPasswordError):
        Vault.open(closed_vault.data_dir, "이교사", "pw one")


# --- damage: never a wrong password, never a changed file ---------------------------------------


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["middle", "header"])
def test_damaged_database(closed_vault: ClosedVault, where: str) -> None:
    size = closed_vault.db.stat().st_size
    _flip(closed_vault.db, size // 2 if where == "middle" else 7)
    damaged = sha256(closed_vault.db)
    try:
        vault = Vault.open(closed_vault.data_dir, USER, PASSWORD)
    except DatabaseDamagedError:
        pass
    else:
        try:
            report = vault.check()
        finally:
            vault.close()
        assert not report.ok
        assert any("cipher_integrity_check" in p for p in report.problems)
        with pytest.raises(DatabaseDamagedError):
            report.raise_if_damaged()
    assert sha256(closed_vault.db) == damaged
    # A wrong password is still a wrong password, not damage, when the header is fine.
    if where == "middle":
        with pytest.raises(WrongPasswordError):
            Vault.open(closed_vault.data_dir, USER, "wrong")


def test_truncated_and_empty_database(closed_vault: ClosedVault) -> None:
    data = closed_vault.db.read_bytes()
    for content in (data[:10], b""):
        closed_vault.db.write_bytes(content)
        with pytest.raises(DatabaseDamagedError):
            Vault.open(closed_vault.data_dir, USER, PASSWORD)
        assert closed_vault.db.read_bytes() == content


def test_missing_database_with_key_file(closed_vault: ClosedVault) -> None:
    closed_vault.db.unlink()
    with pytest.raises(DatabaseDamagedError, match="missing"):
        Vault.open(closed_vault.data_dir, USER, PASSWORD)
    assert not closed_vault.db.exists()


def test_missing_key_file(closed_vault: ClosedVault) -> None:
    before = sha256(closed_vault.db)
    closed_vault.keys.unlink()
    with pytest.raises(KeyFileError):
        Vault.open(closed_vault.data_dir, USER, PASSWORD)
    with pytest.raises(KeyFileError):
        Vault.open_with_recovery_code(closed_vault.data_dir, closed_vault.recovery_code)
    assert sha256(closed_vault.db) == before
    assert not closed_vault.keys.exists()


def _tamper_nonce(d: dict[str, Any]) -> None:
    slot = d["slots"][0]
    slot["nonce"] = ("A" if slot["nonce"][0] != "A" else "B") + slot["nonce"][1:]


def _tamper_database_id_one_char(d: dict[str, Any]) -> None:
    old = d["database_id"]
    d["database_id"] = old[:-1] + ("0" if old[-1] != "0" else "1")


KEY_FILE_TAMPERING: dict[str, tuple[Callable[[dict[str, Any]], None], type[VaultError]]] = {
    "nonce changed": (_tamper_nonce, WrongPasswordError),
    "database_id changed slightly": (_tamper_database_id_one_char, KeyFileError),
    "database_id of another school": (lambda d: d.update(database_id=str(uuid.uuid4())), KeyFileError),
    "slot user renamed": (lambda d: d["slots"][0].update(user="someone"), WrongPasswordError),
    "kdf cost changed": (lambda d: d["slots"][0]["kdf"].update(time_cost=2), WrongPasswordError),
    "version bumped": (lambda d: d.update(version=3), KeyFileError),
    "slot field removed": (lambda d: d["slots"][0].pop("wrapped_private"), KeyFileError),
}


@pytest.mark.parametrize("name", sorted(KEY_FILE_TAMPERING))
def test_tampered_key_file(closed_vault: ClosedVault, name: str) -> None:
    tamper, expected = KEY_FILE_TAMPERING[name]
    before = sha256(closed_vault.db)
    document = _keys_doc(closed_vault)
    tamper(document)
    _write_keys_doc(closed_vault, document)
    keys_before = closed_vault.keys.read_bytes()
    with pytest.raises(expected):
        Vault.open(closed_vault.data_dir, USER, PASSWORD)
    assert sha256(closed_vault.db) == before
    assert closed_vault.keys.read_bytes() == keys_before


@pytest.mark.parametrize("cut", [0, 1, 100, -2])
def test_garbage_or_truncated_key_file(closed_vault: ClosedVault, cut: int) -> None:
    before = sha256(closed_vault.db)
    raw = closed_vault.keys.read_bytes()
    closed_vault.keys.write_bytes(raw[:cut] if cut else os.urandom(200))
    with pytest.raises(KeyFileError):
        Vault.open(closed_vault.data_dir, USER, PASSWORD)
    assert sha256(closed_vault.db) == before


def test_key_file_of_another_school_with_the_same_password(closed_vault: ClosedVault, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", USER, PASSWORD, kdf=CHEAP_KDF)
    other.close()
    before = sha256(closed_vault.db)
    closed_vault.keys.write_bytes((tmp_path / "other" / "school.keys").read_bytes())
    with pytest.raises(KeyFileError) as refused:
        Vault.open(closed_vault.data_dir, USER, PASSWORD)
    assert "different school database" in refused.value.user_message
    assert sha256(closed_vault.db) == before


# --- what is on disk -----------------------------------------------------------------------------


def test_nothing_on_disk_is_plain_sqlite_or_compressible(closed_vault: ClosedVault) -> None:
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:
        vault.set_password("lee", "pw", kdf=CHEAP_KDF)
        with vault.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO storage_test_rows (body) VALUES ('가나다라마바사' )")
        for path in closed_vault.data_dir.iterdir():  # including the -wal while open
            assert not path.read_bytes().startswith(b"SQLite format 3"), path.name
    for path in closed_vault.data_dir.iterdir():
        assert not path.read_bytes().startswith(b"SQLite format 3"), path.name
    data = closed_vault.db.read_bytes()
    assert len(zlib.compress(data, 9)) > 0.99 * len(data)
    assert "가나다라".encode() not in data


def test_close_is_idempotent_and_leaves_no_wal(closed_vault: ClosedVault) -> None:
    vault = Vault.open(closed_vault.data_dir, USER, PASSWORD)
    vault.close()
    vault.close()
    assert not vault.is_open
    with pytest.raises(RuntimeError):
        vault.session()
    names = {p.name for p in closed_vault.data_dir.iterdir()}
    assert names == {"school.db", "school.db.lock", "school.keys", "school.keys.bak"}


# --- one instance at a time ----------------------------------------------------------------------


@pytest.mark.slow
def test_second_instance_refused_then_stale_lock_recovered(
    closed_vault: ClosedVault, lock_holder: Callable[[Path], Any]
) -> None:
    proc = lock_holder(closed_vault.lock)
    before = sha256(closed_vault.db)
    with pytest.raises(InstanceLockedError) as refused:
        Vault.open(closed_vault.data_dir, USER, PASSWORD)
    assert refused.value.holder["pid"] == proc.pid
    assert str(proc.pid) in refused.value.user_message
    assert sha256(closed_vault.db) == before
    proc.kill()  # SIGKILL: the holder dies without releasing anything
    proc.wait(timeout=10)
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:
        assert _rows(vault) == 300


def test_missing_data_folder_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError):
        Vault.open(tmp_path / "nowhere", USER, PASSWORD)
    assert not (tmp_path / "nowhere").exists()


def test_failed_create_leaves_no_half_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.storage.vault as vault_module

    def broken_save(path: Path, key_file: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(vault_module, "save_key_file", broken_save)
    with pytest.raises(OSError, match="disk full"):
        Vault.create(tmp_path / "school", USER, PASSWORD, kdf=CHEAP_KDF)
    assert not vault_exists(tmp_path / "school")
    assert sorted(p.name for p in (tmp_path / "school").iterdir()) == ["school.db.lock"]
