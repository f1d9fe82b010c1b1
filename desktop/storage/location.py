"""Where the school's data folder is: on this PC's own disk or on a network share, and who else
on this PC can reach it.

The live school.db must stay on a local disk: SQLite's locks and its write-ahead log depend on a
shared-memory file that network file systems (SMB/CIFS, NFS) do not keep coherent between PCs,
so two PCs opening the same school over a share could damage it. Backups may go to a network
folder; only the live data folder is refused.

`network_kind` answers from the path alone where it can (a UNC path `\\\\server\\share\\…`), then
from the OS: the drive type of a Windows drive letter (a mapped network drive), or the file-system
type of the mount that holds the folder on Linux.

Who can read the folder matters because school.keys lets anyone who copies it guess passwords
offline. On Linux and macOS Dodam keeps the data folder 0700 and its files 0600 (`make_private`,
run whenever Dodam takes the folder's lock, so an existing school is narrowed at its next open). On
Windows the modes mean little: a folder under the user's profile keeps the profile's private ACL,
and `shared_access` tells when a chosen folder is one that other PC accounts can reach.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path, PureWindowsPath

from desktop.storage.atomic import PRIVATE_FILE_MODE

PRIVATE_FOLDER_MODE = 0o700

# What Dodam writes in a data folder: school.db with its -wal/-shm/-journal, its lock and its
# school.db.pre-* upgrade copies, school.keys and school.keys.bak, school.lockout, and the
# pre-restore-* folders. Nothing else in the folder is touched.
_PRIVATE_PREFIXES = ("school.db", "school.keys", "school.lockout", ".school.")
PRE_RESTORE_PREFIX = "pre-restore-"

# File-system types of network mounts in /proc/self/mounts.
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "lustre",
    }
)

_DRIVE_REMOTE = 4  # GetDriveTypeW


def unc_share(path: str) -> bool:
    """True for a Windows UNC path: `\\\\server\\share\\…`, `\\\\?\\UNC\\server\\…` or `//server/share`."""
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    if text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        return False  # a local device path such as \\?\C:\...
    return text.startswith("\\\\") and len(text) > 2


def mount_type(path: str, mounts: str) -> str | None:
    """The file-system type of the mount (from /proc/self/mounts text) that holds `path`."""
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        # Spaces and other characters in mount points are octal escapes (\040).
        point = fields[1].encode().decode("unicode_escape")
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fields[2])
    return best[1] if best is not None else None


def _windows_drive_is_remote(path: str) -> bool:
    drive = PureWindowsPath(path).drive
    if not drive or not drive.endswith(":"):
        return False
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    return int(windll.kernel32.GetDriveTypeW(drive + "\\")) == _DRIVE_REMOTE


def _linux_mounts() -> str:
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return ""


def network_kind(folder: Path) -> str | None:
    """ "share" (a UNC path), "drive" (a mapped network drive) or "mount" (a network file system)
    when `folder` is on the network; None when it is on this PC (or cannot be told)."""
    text = str(folder)
    if unc_share(text):
        return "share"
    absolute = os.path.abspath(text)
    if sys.platform == "win32":
        return "drive" if _windows_drive_is_remote(absolute) else None
    if sys.platform.startswith("linux"):
        kind = mount_type(os.path.realpath(absolute), _linux_mounts())
        return "mount" if kind in NETWORK_FILE_SYSTEMS else None
    return None


# --- who else can reach the folder -----------------------------------------------------------------


def _chmod(path: Path, mode: int) -> None:
    # A file system that refuses (FAT on a USB stick, a file of another account) keeps its modes.
    with contextlib.suppress(OSError, NotImplementedError):
        os.chmod(path, mode)


def _private_entry(entry: os.DirEntry[str]) -> None:
    if entry.is_symlink():
        return  # never follow a link out of the folder
    path = Path(entry.path)
    if entry.is_dir(follow_symlinks=False):
        _chmod(path, PRIVATE_FOLDER_MODE)
        with contextlib.suppress(OSError), os.scandir(path) as inner:
            for child in inner:
                _private_entry(child)
    elif entry.is_file(follow_symlinks=False):
        _chmod(path, PRIVATE_FILE_MODE)


def restrict_new_files() -> None:
    """Make every file and folder this process creates owner-only from now on (umask 077; a no-op on
    Windows). Called once at start-up: it covers what Dodam does not write itself — SQLite's school.db
    and its -wal/-shm (which take the main file's mode), report and export files — and folders made
    with mkdir."""
    if os.name != "nt":
        os.umask(0o077)


def make_private(data_dir: Path) -> None:
    """Narrow a data folder to 0700 and Dodam's files in it to 0600 (a no-op on Windows).

    Only the folder itself, the files Dodam writes there (see _PRIVATE_PREFIXES) and the
    pre-restore-* folders are changed; a refusal (another account's file, a file system without
    POSIX modes) is ignored. Nothing is ever opened or read.
    """
    if os.name == "nt":
        # The profile's ACL keeps a folder under the user's profile private; see shared_access.
        return
    data_dir = Path(data_dir)
    try:
        info = data_dir.lstat()
    except OSError:
        return
    if not stat.S_ISDIR(info.st_mode):
        return
    if stat.S_IMODE(info.st_mode) & 0o077:
        _chmod(data_dir, PRIVATE_FOLDER_MODE)
    with contextlib.suppress(OSError), os.scandir(data_dir) as entries:
        for entry in entries:
            name = entry.name
            if name.startswith(_PRIVATE_PREFIXES) or (
                name.startswith(PRE_RESTORE_PREFIX) and entry.is_dir(follow_symlinks=False)
            ):
                _private_entry(entry)


def _existing(folder: Path) -> Path:
    """``folder``, or its nearest existing ancestor."""
    current = Path(os.path.abspath(folder))
    while not current.exists() and current.parent != current:
        current = current.parent
    return current


def _inside(path: Path, parent: Path) -> bool:
    try:
        return os.path.commonpath([os.path.normcase(path), os.path.normcase(parent)]) == os.path.normcase(
            parent
        )
    except ValueError:  # different drives
        return False


def shared_access(folder: Path, *, home: Path | None = None) -> str | None:
    """Why other OS accounts of this PC may reach ``folder``, or None when it looks private.

    "open": on Linux/macOS the folder's mode grants the group or others access;
    "parent": its parent (the folder to be made) is writable by everyone without the sticky bit,
    so another account could replace the folder; "outside_profile": on Windows the folder is not
    under the user's profile, whose ACL keeps it private.
    """
    folder = Path(os.path.abspath(folder))
    if sys.platform == "win32":
        profile = Path(os.path.abspath(home if home is not None else Path.home()))
        return None if _inside(folder, profile) else "outside_profile"
    try:
        if folder.is_dir() and stat.S_IMODE(folder.stat().st_mode) & 0o077:
            return "open"
        parent = _existing(folder.parent if folder.exists() else folder)
        mode = parent.stat().st_mode
    except OSError:
        return None
    if mode & stat.S_IWOTH and not mode & stat.S_ISVTX:
        return "parent"
    return None
