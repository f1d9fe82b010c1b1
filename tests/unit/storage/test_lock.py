"""The instance lock: one Dodam per database, across processes; stale locks are taken over."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.storage.errors import InstanceLockedError
from desktop.storage.lock import InstanceLock, read_holder


def test_acquire_writes_holder_and_release_lets_others_in(tmp_path: Path) -> None:
    path = tmp_path / "school.db.lock"
    with InstanceLock(path) as lock:
        assert lock.held
        holder = read_holder(path)
        assert holder["pid"] == os.getpid()
        assert {"pid", "host", "user", "started"} <= set(holder)
    assert not lock.held
    with InstanceLock(path):
        pass


def test_second_lock_in_the_same_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "school.db.lock"
    with InstanceLock(path), pytest.raises(InstanceLockedError) as refused:
        InstanceLock(path).acquire()
    assert refused.value.holder["pid"] == os.getpid()
    assert str(os.getpid()) in refused.value.user_message


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_lock_file_is_open_to_other_accounts(tmp_path: Path) -> None:
    path = tmp_path / "school.db.lock"
    with InstanceLock(path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666


@pytest.mark.slow
def test_lock_held_by_another_process_then_stale(tmp_path: Path, lock_holder: Callable[[Path], Any]) -> None:
    path = tmp_path / "school.db.lock"
    proc = lock_holder(path)
    with pytest.raises(InstanceLockedError) as refused:
        InstanceLock(path).acquire()
    assert refused.value.holder["pid"] == proc.pid
    proc.kill()  # SIGKILL: the process gets no chance to clean up
    proc.wait(timeout=10)
    with InstanceLock(path):
        assert read_holder(path)["pid"] == os.getpid()
