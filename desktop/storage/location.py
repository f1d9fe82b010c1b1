"""Is a folder on this PC's own disk, or on a network share? (issue 7: Windows readiness)

The live school.db must stay on a local disk: SQLite's locks and its write-ahead log depend on a
shared-memory file that network file systems (SMB/CIFS, NFS) do not keep coherent between PCs,
so two PCs opening the same school over a share could damage it. Backups may go to a network
folder; only the live data folder is refused.

`network_kind` answers from the path alone where it can (a UNC path `\\\\server\\share\\…`), then
from the OS: the drive type of a Windows drive letter (a mapped network drive), or the file-system
type of the mount that holds the folder on Linux.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

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
