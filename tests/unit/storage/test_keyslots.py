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
    COMPARTMENT_DATA,
    COMPARTMENT_RESTRICTED,
    CROCKFORD_ALPHABET,
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    generate_recovery_code,
    load_key_file,
    make_legacy_slot,
    make_slot,
    new_data_key,
    new_key_pair,
    normalise_recovery_code,
    open_slot,
    save_key_file,
    unwrap_slot,
)
from tests.unit.storage.conftest import CHEAP_KDF

DATABASE_ID = str(uuid.uuid4())


def _password_slot(data_key: bytes, password: str = "비밀번호 one", user: str = "kim", **keys: bytes) -> Any:
    return make_slot(
        database_id=DATABASE_ID,
        kind="password",
        user=user,
        secret=password,
        private_key=new_key_pair()[0],
        keys={COMPARTMENT_DATA: data_key, **keys},
        kdf=CHEAP_KDF,
    )


def test_default_kdf_is_64_mib_t12_p2() -> None:
    assert KdfParams(memory_kib=65536, time_cost=12, parallelism=2) == DEFAULT_KDF


def test_a_relabelled_swapped_or_copied_slot_does_not_open() -> None:
    key = new_data_key()
    kim = _password_slot(key, password="kim's password", user="kim")
    boss = _password_slot(key, password="boss password", user="boss", restricted=new_data_key())
    # A text editor renames kim's slot to "boss": kim's password no longer opens it.
    relabelled = type(kim)(**{**kim.__dict__, "user": "boss"})
    with pytest.raises(WrongPasswordError):
        open_slot(relabelled, [DATABASE_ID], "kim's password")
    # Kind changed (password → recovery) or the public key swapped: refused too.
    with pytest.raises(WrongPasswordError):
        open_slot(type(kim)(**{**kim.__dict__, "kind": "device"}), [DATABASE_ID], "kim's password")
    with pytest.raises(WrongPasswordError):
        open_slot(
            type(kim)(**{**kim.__dict__, "public_key": boss.public_key}), [DATABASE_ID], "kim's password"
        )
    # boss's restricted box copied into kim's slot does not open with kim's key.
    copied = kim.with_box(COMPARTMENT_RESTRICTED, boss.box(COMPARTMENT_RESTRICTED))
    opened = open_slot(copied, [DATABASE_ID], "kim's password")
    assert COMPARTMENT_RESTRICTED not in opened.keys
    assert opened.data_key == key


def test_a_first_format_slot_still_opens_with_its_password() -> None:
    key = new_data_key()
    slot = make_legacy_slot(
        data_key=key, database_id=DATABASE_ID, kind="password", user="kim", secret="old one", kdf=CHEAP_KDF
    )
    assert slot.legacy
    opened = open_slot(slot, [DATABASE_ID], "old one")
    assert opened.data_key == key and opened.private_key is None


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
        database_id=DATABASE_ID,
        kind="recovery",
        user=None,
        secret=code,
        private_key=new_key_pair()[0],
        keys={COMPARTMENT_DATA: key},
        kdf=CHEAP_KDF,
    )
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert unwrap_slot(slot, [DATABASE_ID], sloppy)[0] == key


def test_save_and_load_round_trip_and_the_spare_copy_never_holds_an_older_version(tmp_path: Path) -> None:
    key = new_data_key()
    path = tmp_path / "school.keys"
    first = KeyFile(DATABASE_ID, (_password_slot(key), _password_slot(key, user="lee")), legacy_allowed=False)
    save_key_file(path, first)
    assert load_key_file(path) == first
    assert (tmp_path / "school.keys.bak").read_bytes() == path.read_bytes()
    second = first.without_password_slot("lee")
    save_key_file(path, second)
    assert load_key_file(path) == second
    # The removed slot is in neither file.
    assert load_key_file(tmp_path / "school.keys.bak") == second


def _valid_document(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "valid.keys"
    save_key_file(path, KeyFile(DATABASE_ID, (_password_slot(new_data_key()),), legacy_allowed=False))
    return json.loads(path.read_text("utf-8"))


def _b64(n: int) -> str:
    return base64.b64encode(b"\0" * n).decode()


MUTATIONS = {
    "wrong format": lambda d: d.update(format="other-keys"),
    "newer version": lambda d: d.update(version=3),
    "version as string": lambda d: d.update(version="2"),
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
    "wrapped key truncated": lambda d: d["slots"][0].update(wrapped_private=_b64(32)),
    "public key wrong length": lambda d: d["slots"][0].update(public_key=_b64(31)),
    "no data box": lambda d: d["slots"][0]["sealed"].pop("data"),
    "unknown compartment": lambda d: d["slots"][0]["sealed"].update(other=d["slots"][0]["sealed"]["data"]),
    "endorsement wrong length": lambda d: d["slots"][0].update(endorsement=_b64(10)),
    "key check wrong length": lambda d: d.update(key_check=_b64(3)),
    "legacy flag not a bool": lambda d: d.update(legacy_allowed="no"),
    "first-format slot in a closed file": lambda d: d["slots"].append(
        {
            "id": str(uuid.uuid4()),
            "kind": "password",
            "user": "old",
            "kdf": d["slots"][0]["kdf"],
            "nonce": d["slots"][0]["nonce"],
            "wrapped_key": _b64(48),
            "created": d["slots"][0]["created"],
        }
    ),
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
