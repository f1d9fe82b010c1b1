"""The instance lock: one Dodam per database, across processes; stale locks are taken over."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.storage.errors import InstanceLockedError, VaultError
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
def test_lock_file_and_folder_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    path = folder / "school.db.lock"
    path.write_text("")
    os.chmod(path, 0o666)  # as an earlier Dodam left it
    (folder / "school.keys").write_text("{}")
    os.chmod(folder / "school.keys", 0o644)
    (folder / "notes.txt").write_text("not Dodam's")
    os.chmod(folder / "notes.txt", 0o644)
    with InstanceLock(path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "school.keys").stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "notes.txt").stat().st_mode) == 0o644  # not Dodam's file
    fresh = tmp_path / "fresh.lock"
    with InstanceLock(fresh):
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


def test_holder_text_is_information_only(tmp_path: Path) -> None:
    """A forged holder text neither blocks the lock nor reaches the message unfiltered."""
    path = tmp_path / "school.db.lock"
    forged = {"pid": os.getpid(), "host": "<b>x</b>\u202e" + "h" * 500, "user": 7.5, "evil": "x"}
    path.write_text(json.dumps(forged))
    with InstanceLock(path) as lock:  # nobody holds the OS lock: taken whatever the file says
        assert lock.held
        holder = read_holder(path)
        assert holder["pid"] == os.getpid()
    path.write_text(json.dumps(forged))
    holder = read_holder(path)
    assert set(holder) == {"pid", "host"}
    assert "\u202e" not in holder["host"] and len(holder["host"]) <= 80


@pytest.mark.skipif(os.name == "nt", reason="POSIX symbolic links")
def test_lock_file_link_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "school.db.lock").symlink_to(victim)
    with pytest.raises(VaultError):
        InstanceLock(folder / "school.db.lock").acquire()
    assert victim.read_text() == "keep me"


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
