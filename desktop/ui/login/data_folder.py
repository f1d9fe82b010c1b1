"""Choosing the school's data folder before log-in (issue 7: Windows readiness).

Several Windows accounts of one PC can share one school by choosing the same local folder (e.g.
`C:\\Users\\Public\\Dodam`); the choice is remembered per PC account (desktop.config). A folder on the
network is refused at once, before anything tries to open or create a database there. Imports stay
light: this runs before the database layer is loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.storage.location import network_kind

VAULT_FILES = ("school.db", "school.keys")
"""desktop.storage.vault's DB_NAME and KEYS_NAME (a test keeps them equal): whether a folder holds a
school is known without importing the vault, and with it SQLAlchemy, before the log-in window."""


_returning_to: list[Path] = []


def returning_to() -> Path | None:
    """While the log-in window hands an empty folder over to the set-up wizard: the folder whose
    log-in window that was (Cancel in the wizard goes back to it); None otherwise."""
    return _returning_to[-1] if _returning_to else None


class HandingOver:
    """`with HandingOver(folder): ...` — the set-up wizard made inside returns to `folder` on Cancel."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def __enter__(self) -> None:
        _returning_to.append(self._folder)

    def __exit__(self, *_exc: object) -> None:
        _returning_to.pop()


def has_vault(data_dir: Path) -> bool:
    """desktop.storage.vault.vault_exists: a school.db or a school.keys is in `data_dir`."""
    return any((Path(data_dir) / name).exists() for name in VAULT_FILES)


def data_folder_problem(folder: Path) -> str | None:
    """Why `folder` cannot hold the live school data (translated), or None when it can."""
    if network_kind(folder) is not None:
        from desktop.storage.errors import NetworkLocationError
        from desktop.ui.login.messages import vault_error_message

        return vault_error_message(NetworkLocationError())
    if folder.exists() and not folder.is_dir():
        return QCoreApplication.translate("DataFolder", "This is a file, not a folder: {path}").format(
            path=str(folder)
        )
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return QCoreApplication.translate(
            "DataFolder",
            "Dodam cannot write in this folder: {path}. Choose a folder this PC account may change.",
        ).format(path=str(folder))
    return None


def ask_for_folder(parent: QWidget | None, start: Path) -> Path | None:
    """The folder the user picks in the system's folder dialog, or None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("DataFolder", "Choose the school's data folder"),
        str(start if start.exists() else start.parent),
    )
    return Path(chosen) if chosen else None
