"""Where saved documents and exports go: the folder last saved to (remembered per PC account in
QSettings, like window geometry) and file names that say what the file is."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDir, QSettings

FOLDER_KEY = "files/save_folder"

# Characters Windows refuses in a file name, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def save_folder() -> Path:
    """The folder a save dialog opens in: the last one saved to while it still exists, else the
    user's home folder."""
    value = QSettings().value(FOLDER_KEY)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return Path(QDir.homePath())


def remember_save_folder(path: Path) -> None:
    """Remember the folder of a file just saved, for the next save dialog."""
    QSettings().setValue(FOLDER_KEY, str(path.parent))


def file_name(description: str, suffix: str) -> str:
    """A file name from what the file holds, its words joined by "_" and characters a file name
    may not hold left out: "회의록 제3차 2026-11-19", ".pdf" → "회의록_제3차_2026-11-19.pdf"."""
    stem = "_".join(_UNSAFE.sub("", description).split()) or "Dodam"
    return f"{stem}{suffix}"
