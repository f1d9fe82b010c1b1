"""Helpers for the storage tests: a cheap KDF, closed vaults on disk, hashes and a lock holder."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.storage.keyslots import KdfParams
from desktop.storage.vault import DB_NAME, KEYS_NAME, LOCK_NAME, Vault

CHEAP_KDF = KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
USER = "coordinator"
PASSWORD = "correct horse 도담 1"
REPO_ROOT = Path(__file__).resolve().parents[3]


def sha256(path: Path) -> str:
    """Hash of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class ClosedVault:
    """A vault created on disk and closed again, as the application finds it at start-up."""

    data_dir: Path
    recovery_code: str

    @property
    def db(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def keys(self) -> Path:
        return self.data_dir / KEYS_NAME

    @property
    def lock(self) -> Path:
        return self.data_dir / LOCK_NAME


@pytest.fixture
def closed_vault(tmp_path: Path) -> ClosedVault:
    """A fresh vault for USER/PASSWORD (cheap KDF) with a few rows, closed."""
    data_dir = tmp_path / "school"
    vault, code = Vault.create(data_dir, USER, PASSWORD, kdf=CHEAP_KDF)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE storage_test_rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        for index in range(300):
            conn.exec_driver_sql(
                "INSERT INTO storage_test_rows (body) VALUES (?)", (f"학생 {index} " + "가나다라" * 40,)
            )
    vault.close()
    return ClosedVault(data_dir, code)


_HOLDER_SCRIPT = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from desktop.storage.lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
time.sleep(120)
"""


@pytest.fixture
def lock_holder() -> Iterator[object]:
    """Start a real process that takes a lock file and keeps it; killed at the end of the test."""
    processes: list[subprocess.Popen[str]] = []

    def start(lock_path: Path) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", _HOLDER_SCRIPT, str(lock_path), str(REPO_ROOT)],
            stdout=subprocess.PIPE,
            text=True,
        )
        processes.append(proc)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked"
        return proc

    yield start
    for proc in processes:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
