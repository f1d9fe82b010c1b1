"""Quick unlock with a PIN: a device secret in the OS keyring plus a device slot in school.keys."""

from __future__ import annotations

import json
from collections.abc import Iterator

import keyring
import pytest

from desktop.storage.device_unlock import (
    SERVICE,
    QuickUnlockUnavailableError,
    disable_pin,
    enable_pin,
    has_pin,
    is_well_formed_pin,
    keyring_available,
    unlock_with_pin,
)
from desktop.storage.errors import WrongPasswordError
from desktop.storage.keyslots import load_key_file
from desktop.storage.vault import Vault
from tests.memory_keyring import MemoryKeyring, memory_keyring
from tests.unit.storage.conftest import CHEAP_KDF, PASSWORD, USER, ClosedVault


@pytest.fixture
def vault(closed_vault: ClosedVault) -> Iterator[Vault]:
    v = Vault.open(closed_vault.data_dir, USER, PASSWORD)
    yield v
    v.close()


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def _device_slots(vault: Vault) -> list[str]:
    return [s.id for s in load_key_file(vault.keys_path).slots if s.kind == "device"]


def test_pins_are_six_or_more_digits() -> None:
    assert is_well_formed_pin("123456") and is_well_formed_pin("１２３４５６７")  # full-width digits
    assert not is_well_formed_pin("12345")
    assert not is_well_formed_pin("12345a")
    assert not is_well_formed_pin("")


def test_without_a_keyring_the_option_is_unavailable_and_nothing_changes(vault: Vault) -> None:
    assert not keyring_available()  # the suite runs with keyring.backends.fail.Keyring
    before = vault.keys_path.read_bytes()
    with pytest.raises(QuickUnlockUnavailableError):
        enable_pin(vault, USER, "123456", kdf=CHEAP_KDF)
    assert vault.keys_path.read_bytes() == before
    assert not has_pin(vault, USER)
    vault.suspend()
    with pytest.raises(QuickUnlockUnavailableError):
        unlock_with_pin(vault, USER, "123456")
    vault.unlock_with_password(USER, PASSWORD)


def test_a_pin_unlocks_a_suspended_vault(vault: Vault, ring: MemoryKeyring) -> None:
    enable_pin(vault, USER, "246810", kdf=CHEAP_KDF)
    assert has_pin(vault, USER)
    assert len(_device_slots(vault)) == 1
    # The keyring holds a random secret, never the PIN; the key file never holds the secret.
    stored = json.loads(ring.entries[(SERVICE, f"{vault.database_id}:{USER}")])
    assert "246810" not in json.dumps(stored)
    assert stored["secret"] not in vault.keys_path.read_text("utf-8")

    vault.suspend()
    with pytest.raises(RuntimeError):
        vault.session()
    with pytest.raises(WrongPasswordError):
        unlock_with_pin(vault, USER, "000000")
    assert vault.is_suspended
    unlock_with_pin(vault, USER, "246810")
    assert not vault.is_suspended
    with vault.session() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM storage_test_rows").scalar() == 300


def test_the_pin_alone_does_not_open_the_slot_without_the_device_secret(
    vault: Vault, ring: MemoryKeyring
) -> None:
    enable_pin(vault, USER, "246810", kdf=CHEAP_KDF)
    vault.suspend()
    # Another PC account: same key file, but its keyring holds no secret.
    ring.entries.clear()
    with pytest.raises(QuickUnlockUnavailableError):
        unlock_with_pin(vault, USER, "246810")
    # A forged keyring entry pointing at the real slot, with a wrong secret.
    slot_id = _device_slots(vault)[0]
    keyring.set_password(
        SERVICE, f"{vault.database_id}:{USER}", json.dumps({"slot": slot_id, "secret": "AAAA"})
    )
    with pytest.raises(WrongPasswordError):
        unlock_with_pin(vault, USER, "246810")
    assert vault.is_suspended


def test_another_users_pin_does_not_unlock(vault: Vault, ring: MemoryKeyring) -> None:
    enable_pin(vault, "counselor", "135790", kdf=CHEAP_KDF)
    vault.suspend()
    with pytest.raises(QuickUnlockUnavailableError):
        unlock_with_pin(vault, USER, "135790")
    assert vault.is_suspended


def test_a_new_pin_replaces_the_old_slot_and_turning_off_removes_it(
    vault: Vault, ring: MemoryKeyring
) -> None:
    enable_pin(vault, USER, "111111", kdf=CHEAP_KDF)
    enable_pin(vault, USER, "222222", kdf=CHEAP_KDF)
    assert len(_device_slots(vault)) == 1
    vault.suspend()
    with pytest.raises(WrongPasswordError):
        unlock_with_pin(vault, USER, "111111")
    unlock_with_pin(vault, USER, "222222")
    disable_pin(vault, USER)
    assert _device_slots(vault) == [] and not has_pin(vault, USER)
    assert ring.entries == {}
    # The password slot and the recovery slot are untouched.
    kinds = sorted(s.kind for s in load_key_file(vault.keys_path).slots)
    assert kinds == ["password", "recovery"]


def test_a_device_slot_survives_reopening_and_does_not_open_the_vault_by_itself(
    closed_vault: ClosedVault, ring: MemoryKeyring
) -> None:
    vault = Vault.open(closed_vault.data_dir, USER, PASSWORD)
    enable_pin(vault, USER, "975310", kdf=CHEAP_KDF)
    vault.close()
    # The key file with a device slot still loads and the password still opens the school.
    with pytest.raises(WrongPasswordError):
        Vault.open(closed_vault.data_dir, USER, "975310")
    vault = Vault.open(closed_vault.data_dir, USER, PASSWORD)
    try:
        assert has_pin(vault, USER)
    finally:
        vault.close()


def test_a_wrong_password_does_not_end_a_suspension(vault: Vault) -> None:
    vault.suspend()
    with pytest.raises(WrongPasswordError):
        vault.unlock_with_password(USER, "wrong")
    with pytest.raises(WrongPasswordError):
        vault.unlock_with_password("someone else", PASSWORD)
    assert vault.is_suspended
    vault.unlock_with_password(USER, PASSWORD)
    assert not vault.is_suspended
