"""Key slots and the school.keys file: wrapping, recovery codes and strict loading."""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import uuid
from pathlib import Path
from typing import Any

import pytest

from desktop.storage.errors import KeyFileError, WrongPasswordError
from desktop.storage.keyslots import (
    CROCKFORD_ALPHABET,
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    generate_recovery_code,
    load_key_file,
    make_slot,
    new_data_key,
    normalise_recovery_code,
    save_key_file,
    unwrap_slot,
)
from tests.unit.storage.conftest import CHEAP_KDF

DATABASE_ID = str(uuid.uuid4())


def _password_slot(data_key: bytes, password: str = "비밀번호 one", user: str = "kim") -> Any:
    return make_slot(
        data_key=data_key, database_id=DATABASE_ID, kind="password", user=user, secret=password, kdf=CHEAP_KDF
    )


def test_default_kdf_is_64_mib_t3_p4() -> None:
    assert KdfParams(memory_kib=65536, time_cost=3, parallelism=4) == DEFAULT_KDF


def test_slot_unwraps_with_its_password_only() -> None:
    key = new_data_key()
    slot = _password_slot(key)
    assert unwrap_slot(slot, [DATABASE_ID], "비밀번호 one") == (key, DATABASE_ID)
    with pytest.raises(WrongPasswordError):
        unwrap_slot(slot, [DATABASE_ID], "비밀번호 two")


def test_slot_is_bound_to_its_database_and_slot_id() -> None:
    key = new_data_key()
    slot = _password_slot(key)
    with pytest.raises(WrongPasswordError):
        unwrap_slot(slot, [str(uuid.uuid4())], "비밀번호 one")
    moved = type(slot)(**{**slot.__dict__, "id": str(uuid.uuid4())})
    with pytest.raises(WrongPasswordError):
        unwrap_slot(moved, [DATABASE_ID], "비밀번호 one")


def test_nfc_and_nfd_passwords_are_the_same_password() -> None:
    key = new_data_key()
    password = "도담 학교 비밀"
    nfd = unicodedata.normalize("NFD", password)
    assert nfd != password
    slot = _password_slot(key, password=nfd)
    assert unwrap_slot(slot, [DATABASE_ID], unicodedata.normalize("NFC", password))[0] == key


def test_recovery_code_shape_and_randomness() -> None:
    codes = {generate_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}", code)
        assert all(ch in CROCKFORD_ALPHABET for ch in code.replace("-", ""))


def test_recovery_code_normalisation() -> None:
    assert normalise_recovery_code(" 7kq2-m9xd oIlL\t-0000 ") == "7KQ2M9XD01110000"
    # Full-width letters, as a Korean input method may type them.
    assert normalise_recovery_code("７ＫＱ２－ｍ９ｘｄ") == "7KQ2M9XD"


def test_recovery_slot_accepts_a_sloppily_typed_code() -> None:
    key = new_data_key()
    code = generate_recovery_code()
    slot = make_slot(
        data_key=key, database_id=DATABASE_ID, kind="recovery", user=None, secret=code, kdf=CHEAP_KDF
    )
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert unwrap_slot(slot, [DATABASE_ID], sloppy)[0] == key


def test_save_and_load_round_trip_keeps_previous_version_as_bak(tmp_path: Path) -> None:
    key = new_data_key()
    path = tmp_path / "school.keys"
    first = KeyFile(DATABASE_ID, (_password_slot(key),))
    save_key_file(path, first)
    assert load_key_file(path) == first
    assert not (tmp_path / "school.keys.bak").exists()
    first_bytes = path.read_bytes()
    second = first.with_slot(_password_slot(key, user="lee"))
    save_key_file(path, second)
    assert load_key_file(path) == second
    assert (tmp_path / "school.keys.bak").read_bytes() == first_bytes


def _valid_document(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "valid.keys"
    save_key_file(path, KeyFile(DATABASE_ID, (_password_slot(new_data_key()),)))
    return json.loads(path.read_text("utf-8"))


def _b64(n: int) -> str:
    return base64.b64encode(b"\0" * n).decode()


MUTATIONS = {
    "wrong format": lambda d: d.update(format="other-keys"),
    "newer version": lambda d: d.update(version=2),
    "version as string": lambda d: d.update(version="1"),
    "version as bool": lambda d: d.update(version=True),
    "extra top field": lambda d: d.update(extra=1),
    "missing slots": lambda d: d.pop("slots"),
    "empty slots": lambda d: d.update(slots=[]),
    "database_id not uuid": lambda d: d.update(database_id="school-1"),
    "slot missing nonce": lambda d: d["slots"][0].pop("nonce"),
    "slot extra field": lambda d: d["slots"][0].update(note="x"),
    "unknown kind": lambda d: d["slots"][0].update(kind="fingerprint"),
    "device slot without user": lambda d: d["slots"][0].update(kind="device", user=None),
    "password slot without user": lambda d: d["slots"][0].update(user=None),
    "recovery slot with user": lambda d: d["slots"][0].update(kind="recovery"),
    "nonce not base64": lambda d: d["slots"][0].update(nonce="***"),
    "nonce wrong length": lambda d: d["slots"][0].update(nonce=_b64(16)),
    "salt wrong length": lambda d: d["slots"][0]["kdf"].update(salt=_b64(8)),
    "wrapped key truncated": lambda d: d["slots"][0].update(wrapped_key=_b64(32)),
    "other kdf": lambda d: d["slots"][0]["kdf"].update(alg="scrypt"),
    "absurd memory": lambda d: d["slots"][0]["kdf"].update(memory_kib=2**40),
    "zero time cost": lambda d: d["slots"][0]["kdf"].update(time_cost=0),
    "float parallelism": lambda d: d["slots"][0]["kdf"].update(parallelism=1.0),
    "created not a date": lambda d: d["slots"][0].update(created="yesterday"),
    "duplicate slot": lambda d: d["slots"].append(dict(d["slots"][0])),
    "not an object": lambda d: d.clear(),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_malformed_key_file_is_a_key_file_error(tmp_path: Path, name: str) -> None:
    document = _valid_document(tmp_path)
    MUTATIONS[name](document)
    path = tmp_path / "school.keys"
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(KeyFileError):
        load_key_file(path)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\x01garbage\xff",
        b"[]",
        b"null",
        b'{"format": "dodam-keys"',
        b'{"a": NaN}',
        "\ufeff{}".encode(),
    ],
)
def test_garbage_key_file_is_a_key_file_error(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "school.keys"
    path.write_bytes(raw)
    with pytest.raises(KeyFileError):
        load_key_file(path)


def test_duplicate_json_keys_are_refused(tmp_path: Path) -> None:
    text = json.dumps(_valid_document(tmp_path))
    path = tmp_path / "school.keys"
    path.write_text(text.replace('"format": "dodam-keys"', '"format": "dodam-keys", "format": "dodam-keys"'))
    with pytest.raises(KeyFileError, match="duplicate"):
        load_key_file(path)


def test_missing_key_file_message_points_to_the_bak_copy(tmp_path: Path) -> None:
    path = tmp_path / "school.keys"
    with pytest.raises(KeyFileError) as no_bak:
        load_key_file(path)
    assert ".bak" not in no_bak.value.user_message
    (tmp_path / "school.keys.bak").write_text("{}")
    with pytest.raises(KeyFileError) as with_bak:
        load_key_file(path)
    assert "school.keys.bak" in with_bak.value.user_message
    assert not path.exists()  # never restored silently
