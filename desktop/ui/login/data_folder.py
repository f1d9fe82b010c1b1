"""Choosing the school's data folder before log-in.

Several Windows accounts of one PC can share one school by choosing the same local folder (e.g.
`C:\\Users\\Public\\Dodam`); the choice is remembered per PC account (desktop.config). A folder on the
network is refused at once, before anything tries to open or create a database there. A folder other
PC accounts can reach is allowed, with a warning: whoever can copy school.keys can guess passwords
offline. Imports stay light: this runs before the database layer is loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.storage.location import network_kind, shared_access

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


def shared_folder_warning(folder: Path) -> str | None:
    """A warning (translated) when other OS accounts of this PC can reach `folder`, or None.

    On Linux and macOS: the folder's mode lets the group or others in, or its parent lets everyone
    write without the sticky bit. On Windows: the folder is outside the user's profile (a folder
    under the profile keeps the profile's private ACL, so there is nothing to warn about)."""
    kind = shared_access(folder)
    if kind is None:
        return None
    if kind == "outside_profile":
        return QCoreApplication.translate(
            "DataFolder",
            "This folder is outside your Windows user folder, so other accounts of this PC may be able "
            "to open it. Everyone with access can copy the key file (school.keys) and try to guess the "
            "passwords offline. Share it only with accounts of the school team.",
        )
    return QCoreApplication.translate(
        "DataFolder",
        "Other accounts of this PC can reach this folder. Everyone with access can copy the key file "
        "(school.keys) and try to guess the passwords offline. Dodam makes its own files readable only "
        "by your account; keep the folder private too.",
    )


def ask_for_folder(parent: QWidget | None, start: Path) -> Path | None:
    """The folder the user picks in the system's folder dialog, or None when cancelled. A folder
    other PC accounts can reach is warned about (see shared_folder_warning) before it is used."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("DataFolder", "Choose the school's data folder"),
        str(start if start.exists() else start.parent),
    )
    if not chosen:
        return None
    warning = shared_folder_warning(Path(chosen))
    if warning is not None:
        answer = QMessageBox.warning(
            parent,
            QCoreApplication.translate("DataFolder", "A folder other accounts can reach"),
            warning,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Ok,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return None
    return Path(chosen)
