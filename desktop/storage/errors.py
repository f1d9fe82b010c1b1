"""Errors raised by the vault.

Each error carries a ``user_message`` (English source text, marked for translation in the context
"VaultMessages" and shown by the GUI translated: desktop.ui.login.messages) and
an ``exit_code`` for the headless command line (DESIGN §4). ``str(error)`` holds the technical detail
for logs; it never contains a password, a key or a recovery code.
"""

from __future__ import annotations

from typing import Any, ClassVar

from desktop.i18n_marks import QT_TRANSLATE_NOOP


class VaultError(Exception):
    """Base class of every error the storage layer raises on purpose."""

    default_message: ClassVar[str] = QT_TRANSLATE_NOOP(
        "VaultMessages", "The school data could not be opened."
    )
    exit_code: ClassVar[int] = 1

    def __init__(self, detail: str = "", *, user_message: str | None = None) -> None:
        self.user_message: str = user_message or self.default_message
        self.detail = detail
        super().__init__(detail or self.user_message)


class WrongPasswordError(VaultError):
    """The slot does not unwrap, or there is no slot for that user (never says which)."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The user name or password is not correct. Check Caps Lock and the Korean/English input mode, "
        "then try again.",
    )
    exit_code = 3


class DatabaseDamagedError(VaultError):
    """The key is right but school.db cannot be read, fails its integrity check, or is missing."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The school database (school.db) is damaged or missing, so it cannot be read. Nothing has been "
        "changed. Ask IT staff to restore school.db from the most recent backup.",
    )
    exit_code = 4


class KeyFileError(VaultError):
    """school.keys is missing, unreadable, malformed, or belongs to another database."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The key file (school.keys) is missing or damaged, so the school database cannot be unlocked. "
        "Nothing has been changed. Ask IT staff to restore school.keys from a backup.",
    )
    exit_code = 5


class InstanceLockedError(VaultError):
    """Another running Dodam holds the lock on this school's database."""

    exit_code = 6

    def __init__(self, holder: dict[str, Any], detail: str = "") -> None:
        self.holder = holder
        who = holder.get("user") or "another user"
        host = holder.get("host") or "another computer"
        pid = holder.get("pid") or "?"
        started = holder.get("started") or "an unknown time"
        message = (
            f"Dodam is already open for this school by {who} on {host} (process {pid}, since {started}). "
            "Close Dodam there first, then try again."
        )
        super().__init__(detail or f"instance lock held by {holder!r}", user_message=message)


class SchemaTooNewError(VaultError):
    """school.db was written by a newer Dodam; it is refused and left untouched."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultMessages",
        "This school database was made by a newer version of Dodam. Install the newer version to open "
        "it. Nothing has been changed.",
    )
    exit_code = 7


class MigrationError(VaultError):
    """Upgrading school.db failed; the copy taken before the upgrade was put back."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Updating the school database for this version of Dodam failed. The database was put back "
        "exactly as it was, so nothing was lost. Please report this problem to IT staff.",
    )
    exit_code = 4


class VaultExistsError(VaultError):
    """Vault.create() was asked to write over an existing school.db or school.keys."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultMessages",
        "A school database already exists in this folder. Open it instead, or choose an empty folder.",
    )


class NetworkLocationError(VaultError):
    """The data folder is on a network share or drive, where SQLite's locks are not safe."""

    default_message = QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The school data cannot be kept in a network folder: two PCs using it at once could damage "
        "the database. Choose a folder on this PC's own disk (backups may go to a network folder).",
    )
    exit_code = 10
