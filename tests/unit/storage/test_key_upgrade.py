"""A school of the first key-file format (tests/fixtures/school_v0001): slots bound only to
database and slot id are re-wrapped at their owner's next unlock; the last one closes the file to
them and rotates the data key, so no copy of an unbound slot opens the school any more."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.storage.errors import DatabaseDamagedError, KeyFileError, WrongPasswordError
from desktop.storage.keyslots import load_key_file
from desktop.storage.vault import Vault

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "school_v0001"
USER, PASSWORD = "fixture", "fixture-password"
RECOVERY_CODE = "D0DA-M000-F1X7-0000-0000-0001"


@pytest.fixture
def old_school(tmp_path: Path) -> Path:
    data_dir = tmp_path / "school"
    shutil.copytree(FIXTURE, data_dir)
    return data_dir


def test_first_format_slots_are_rewrapped_at_their_owners_unlock(old_school: Path) -> None:
    first_keys = (old_school / "school.keys").read_bytes()
    assert json.loads(first_keys)["version"] == 1

    # The user signs in: their slot is now bound; the recovery slot waits for its code.
    Vault.open(old_school, USER, PASSWORD).close()
    key_file = load_key_file(old_school / "school.keys")
    password_slot, recovery_slot = key_file.password_slot(USER), key_file.recovery_slot()
    assert password_slot is not None and not password_slot.legacy
    assert recovery_slot is not None and recovery_slot.legacy
    assert key_file.legacy_allowed

    # A relabelled bound slot is refused ("wrong password", never a session).
    document = json.loads((old_school / "school.keys").read_text("utf-8"))
    renamed = json.loads(json.dumps(document))
    renamed["slots"][0]["user"] = "someone-else"
    (old_school / "school.keys").write_text(json.dumps(renamed), "utf-8")
    with pytest.raises(WrongPasswordError):
        Vault.open(old_school, "someone-else", PASSWORD)
    (old_school / "school.keys").write_text(json.dumps(document), "utf-8")

    # The recovery code is used: the last first-format slot goes, the file closes to them and the
    # data key is rotated.
    with Vault.open_with_recovery_code(old_school, RECOVERY_CODE) as vault:
        assert not vault.rotation_pending
    key_file = load_key_file(old_school / "school.keys")
    assert not key_file.has_legacy_slots()
    assert not key_file.legacy_allowed

    # The first-format key file put back: its slots unwrap the old key, which opens nothing now.
    (old_school / "school.keys").write_bytes(first_keys)
    with pytest.raises((WrongPasswordError, DatabaseDamagedError)):
        Vault.open(old_school, USER, PASSWORD)


def test_an_unbound_slot_added_to_a_closed_file_is_refused(old_school: Path) -> None:
    Vault.open(old_school, USER, PASSWORD).close()
    Vault.open_with_recovery_code(old_school, RECOVERY_CODE).close()
    document = json.loads((old_school / "school.keys").read_text("utf-8"))
    first = json.loads((FIXTURE / "school.keys").read_text("utf-8"))
    old_slot = dict(first["slots"][0], user="intruder")
    document["slots"].append(old_slot)
    (old_school / "school.keys").write_text(json.dumps(document), "utf-8")
    with pytest.raises(KeyFileError):
        Vault.open(old_school, "intruder", PASSWORD)
