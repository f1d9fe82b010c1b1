"""Atomic file writes: a reader (or a crash) only ever sees the old file or the new one."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def fsync_directory(directory: Path) -> None:
    """Make a rename or unlink inside ``directory`` durable (POSIX; a no-op on Windows)."""
    if os.name == "nt":
        # Windows cannot open a directory for fsync; NTFS journals the rename itself.
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


# Owner read/write only, whatever the umask and whatever the replaced file's mode was. Everything
# written here is the school's (the key file, the lockout counters, exports and prints of personal
# data): a key file readable by every OS account of the PC lets any of them copy it and guess
# passwords offline, and a print left world-readable is a leak. A school shared by several OS
# accounts is a deliberate choice that the data-folder chooser warns about; on Windows the mode
# only sets the read-only flag, and the folder's ACL decides (a folder under the user's profile is
# private).
PRIVATE_FILE_MODE = 0o600


def _open_temp(path: Path) -> tuple[int, Path]:
    temp = _temp_path(path)
    fd = os.open(temp, _TEMP_FLAGS, PRIVATE_FILE_MODE)
    if os.name != "nt":
        # O_CREAT's mode is masked by the umask (which may only narrow it); fchmod also narrows a
        # temp file on a file system that ignores the creation mode.
        with contextlib.suppress(OSError):
            os.fchmod(fd, PRIVATE_FILE_MODE)
    return fd, temp


def _commit_temp(temp: Path, path: Path) -> None:
    os.replace(temp, path)
    fsync_directory(path.parent)


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Replace ``path`` with ``data`` atomically.

    The bytes go to a temporary file in the same folder, which is flushed, fsynced and renamed over
    ``path`` with ``os.replace``; the folder is then fsynced. With ``backup=True`` an existing file is
    first copied (atomically too) to ``<name>.bak``, so the ``.bak`` always holds the previous version.
    """
    path = Path(path)
    if backup and path.exists():
        atomic_copy_file(path, path.with_name(path.name + ".bak"))
    fd, temp = _open_temp(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _commit_temp(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def atomic_copy_file(source: Path, destination: Path) -> None:
    """Copy ``source`` to ``destination`` through a fsynced temporary file and ``os.replace``."""
    source = Path(source)
    destination = Path(destination)
    fd, temp = _open_temp(destination)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out, length=1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        _commit_temp(temp, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
