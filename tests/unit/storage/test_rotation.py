"""Data-key rotation while the window is in use: a request for a connection during the switch
waits for it, and then reads and writes the re-encrypted school (desktop/storage/rekey.py)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.storage.vault import Vault
from tests.unit.storage.conftest import CHEAP_KDF, PASSWORD, USER, ClosedVault


def _rows(vault: Vault) -> int:
    with vault.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM storage_test_rows").scalar_one())


def test_a_read_during_the_switch_waits_and_sees_the_rotated_school(closed_vault: ClosedVault) -> None:
    vault = Vault.open(closed_vault.data_dir, USER, PASSWORD)
    try:
        vault.set_password("lee", "lee's password", kdf=CHEAP_KDF)
        vault.remove_slot("lee")
        old_key = vault._data_key
        switching = threading.Event()

        def before_switch() -> None:
            switching.set()
            time.sleep(0.5)  # the window asks for a connection right now

        original = vault.rotate_data_key
        vault.rotate_data_key = lambda **kw: original(before_switch=before_switch, **kw)  # type: ignore[method-assign]
        rotated: list[bool] = []
        worker = threading.Thread(target=lambda: rotated.append(vault.complete_revocation(now=True)))
        worker.start()
        assert switching.wait(10)
        started = time.monotonic()
        with vault.session() as session:
            session.execute(text("INSERT INTO storage_test_rows (body) VALUES ('during the rotation')"))
            session.commit()
        waited = time.monotonic() - started
        worker.join(10)
        assert rotated == [True]
        assert waited > 0.2  # it waited for the switch rather than writing to the old file
        assert vault._data_key != old_key
        assert _rows(vault) == 301
    finally:
        vault.close()
    # The write made right after the switch is in the re-encrypted file, under the new key.
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as reopened:
        assert _rows(reopened) == 301


def test_a_connection_in_use_postpones_the_rotation(closed_vault: ClosedVault, tmp_path: Path) -> None:
    vault = Vault.open(closed_vault.data_dir, USER, PASSWORD)
    try:
        vault.set_password("lee", "lee's password", kdf=CHEAP_KDF)
        vault.remove_slot("lee")
        with vault.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").fetchall()
            assert not vault.complete_revocation(now=True)
            assert vault.rotation_pending
        assert vault.complete_revocation(now=True)
        assert not vault.rotation_pending
    finally:
        vault.close()


def test_a_key_file_that_cannot_be_installed_after_the_switch_is_installed_at_once(
    closed_vault: ClosedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from desktop.storage import rekey

    vault = Vault.open(closed_vault.data_dir, USER, PASSWORD)
    try:
        vault.set_password("lee", "lee's password", kdf=CHEAP_KDF)
        vault.remove_slot("lee")
        real_replace = os.replace
        failed: list[object] = []

        def replace_failing_for_the_key_file(source: object, target: object) -> None:
            if str(source).endswith("school.keys.next") and not failed:
                failed.append(source)
                raise OSError("the disk went away for a moment")
            real_replace(source, target)  # type: ignore[arg-type]

        monkeypatch.setattr(rekey.os, "replace", replace_failing_for_the_key_file)
        assert not vault.complete_revocation(now=True)
        assert vault.rotation_error is not None
        monkeypatch.undo()
        # school.db was switched: the new key is in force and the key file installed by recover().
        assert not rekey.next_path(vault.keys_path).exists()
        assert not vault.rotation_pending
        assert _rows(vault) == 300
    finally:
        vault.close()
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as reopened:
        assert _rows(reopened) == 300
