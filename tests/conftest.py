"""Shared test configuration: no screen, no real keyring, cheap key derivation, and one fresh
encrypted database per test (a copy of one made once per test process)."""

from __future__ import annotations

import os
import shutil

# Set before anything imports Qt or keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.storage.keyslots import KdfParams
from desktop.storage.vault import Vault

# Real slots use DEFAULT_KDF (tested in tests/unit/storage); tests use a cheap profile so the suite
# stays fast. The parameters are stored per slot, so opening code is the same either way; the vault's
# minimum is lowered to it too, or every test log-in would re-hash its slot to the real costs.
TEST_KDF = KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
Vault.minimum_kdf = TEST_KDF
ADMIN_USER = "coordinator"
ADMIN_PASSWORD = "correct horse 도담 1"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep settings and default data folders of the code under test out of the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def test_kdf() -> KdfParams:
    return TEST_KDF


@pytest.fixture(scope="session")
def school_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A school made and migrated once per test process (one coordinator, the taxonomy): each
    test opens its own copy (`school_vault`), ten times faster than making one."""
    from desktop.services.setup import initialise_school

    folder = tmp_path_factory.mktemp("school-template") / "school"
    vault, _code = Vault.create(folder, ADMIN_USER, ADMIN_PASSWORD, kdf=TEST_KDF)
    try:
        with vault.session() as session:
            initialise_school(
                session, school_name="테스트초등학교", admin_username=ADMIN_USER, admin_display_name="김담당"
            )
    finally:
        vault.close()
    return folder


@pytest.fixture
def school_vault(school_template: Path, tmp_path: Path) -> Iterator[object]:
    """A fresh encrypted school database with one coordinator (admin) account, open: a private
    copy of the session's template."""
    target = tmp_path / "school"
    shutil.copytree(school_template, target, ignore=shutil.ignore_patterns("*.lock"))
    vault = Vault.open(target, ADMIN_USER, ADMIN_PASSWORD)
    try:
        yield vault
    finally:
        vault.close()
