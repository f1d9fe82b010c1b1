"""One Dodam at a time per school database, across processes and OS accounts.

The lock is an OS lock on ``school.db.lock`` (``flock`` on POSIX, ``msvcrt.locking`` on Windows),
held for as long as the vault is open. The OS drops it when the process dies, so a lock file left by
a crashed Dodam is stale and simply taken over. The file's content (pid, host, user, start time) is
only information for the message shown to a second instance, never the ground for a decision:
whether the lock is held, or stale, is only ever asked of the OS lock, so a forged or edited holder
text can neither keep a school locked nor unlock a running one.

The file is created 0600 like every file in the data folder (only the owner's OS account opens the
school), never followed through a symbolic link (a link planted in a shared folder would otherwise
make Dodam truncate the file it points to), and taking the lock narrows the data folder's modes
(desktop.storage.location.make_private).
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.storage.atomic import PRIVATE_FILE_MODE
from desktop.storage.errors import InstanceLockedError, VaultError
from desktop.storage.location import make_private

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

# On Windows byte-range locks are mandatory: lock one byte far past the JSON so a second instance
# can still read who holds the lock.
_WINDOWS_LOCK_OFFSET = 1 << 30
_HOLDER_MAX_BYTES = 4096
_HOLDER_FIELDS = ("pid", "host", "user", "started")
_HOLDER_TEXT_MAX = 80


def _current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def _holder_text(value: object) -> str | int | None:
    """A holder field fit for a message: a small int, or short text without control or bidi
    characters (the file is not trusted; it is only shown)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value < 1 << 32 else None
    if not isinstance(value, str):
        return None
    text = "".join(ch for ch in value if unicodedata.category(ch)[0] != "C")
    return text[:_HOLDER_TEXT_MAX] or None


def read_holder(lock_path: Path) -> dict[str, Any]:
    """Best-effort read of the holder information in a lock file, for the message shown to a second
    instance only (empty dict if unreadable; unknown fields and odd values dropped)."""
    try:
        with open(lock_path, "rb") as handle:
            data = json.loads(handle.read(_HOLDER_MAX_BYTES).decode("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    holder: dict[str, Any] = {}
    for name in _HOLDER_FIELDS:
        value = _holder_text(data.get(name))
        if value is not None:
            holder[name] = value
    return holder


class InstanceLock:
    """An exclusive, non-blocking OS lock on ``lock_path``; usable as a context manager."""

    def __init__(self, lock_path: Path) -> None:
        self.path = Path(lock_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None

    def _open(self) -> int:
        flags = os.O_RDWR | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        except FileExistsError:
            fd = os.open(self.path, flags)
        if os.name != "nt":
            # A lock file left 0666 by an earlier Dodam is narrowed (only its owner can).
            with contextlib.suppress(OSError):
                os.fchmod(fd, PRIVATE_FILE_MODE)
        return fd

    def acquire(self) -> None:
        """Take the lock, or raise InstanceLockedError with the holder's pid/host/user/started."""
        if self._fd is not None:
            return
        try:
            fd = self._open()
        except OSError as exc:
            raise VaultError(
                f"cannot open lock file {self.path}: {exc}",
                user_message=(
                    f"Dodam cannot use the lock file {self.path.name} in the data folder ({exc.strerror}). "
                    "Ask IT staff to check the folder's permissions."
                ),
            ) from exc
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
                holder = read_holder(self.path)
                raise InstanceLockedError(holder) from None
            raise VaultError(
                f"cannot lock {self.path}: {exc}",
                user_message=(
                    "Dodam cannot lock its data folder, so it cannot make sure it is the only copy "
                    "running. Ask IT staff to check that the folder is on a local disk."
                ),
            ) from exc
        self._fd = fd
        make_private(self.path.parent)
        holder = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _current_user(),
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        # Information only; if it cannot be written the lock is still held.
        with contextlib.suppress(OSError):
            data = json.dumps(holder).encode("utf-8")
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)

    def release(self) -> None:
        """Drop the lock. The file stays: unlinking it would race with a process about to lock it."""
        fd = self._fd
        if fd is None:
            return
        self._fd = None
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            with contextlib.suppress(OSError):
                _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":

    def _lock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
