"""Atomic writes: the old file or the new one, never half of either."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.storage.atomic import atomic_copy_file, atomic_write_bytes


def test_write_creates_and_replaces_without_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "school.keys"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["school.keys"]


def test_backup_holds_the_previous_version(tmp_path: Path) -> None:
    target = tmp_path / "school.keys"
    atomic_write_bytes(target, b"first", backup=True)
    assert not (tmp_path / "school.keys.bak").exists()
    atomic_write_bytes(target, b"second", backup=True)
    atomic_write_bytes(target, b"third", backup=True)
    assert target.read_bytes() == b"third"
    assert (tmp_path / "school.keys.bak").read_bytes() == b"second"


def test_failed_replace_keeps_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "school.keys"
    atomic_write_bytes(target, b"old")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["school.keys"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_written_files_are_owner_only_and_wider_modes_are_narrowed(tmp_path: Path) -> None:
    target = tmp_path / "school.keys"
    old_umask = os.umask(0)  # even with a umask that lets everything through
    try:
        atomic_write_bytes(target, b"old")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        os.chmod(target, 0o644)  # as an earlier Dodam left it
        atomic_write_bytes(target, b"new", backup=True)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / "school.keys.bak").stat().st_mode) == 0o600
        atomic_copy_file(target, tmp_path / "copy")
        assert stat.S_IMODE((tmp_path / "copy").stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)
    assert target.read_bytes() == b"new"


def test_copy_file(tmp_path: Path) -> None:
    source = tmp_path / "a.bin"
    source.write_bytes(os.urandom(3 * 1024 * 1024 + 7))
    atomic_copy_file(source, tmp_path / "b.bin")
    assert (tmp_path / "b.bin").read_bytes() == source.read_bytes()
