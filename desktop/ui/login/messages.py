"""What the user reads when the vault cannot be opened or created — one clear, distinct message
per cause, never an offer to reset anything (DESIGN §3)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services.errors import ServiceError
from desktop.storage import errors

if TYPE_CHECKING:
    from desktop.services.lockout import LockedOutError


def _started_text(value: object) -> str:
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return value
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone()
        return parsed.strftime("%Y-%m-%d %H:%M")
    return QCoreApplication.translate("VaultMessages", "an unknown time")


def locked_message(holder: dict[str, object]) -> str:
    return QCoreApplication.translate(
        "VaultMessages",
        "Dodam is already open for this school by {user} on the computer {host} (since {started}). "
        "Close Dodam there first, then try again.",
    ).format(
        user=holder.get("user") or QCoreApplication.translate("VaultMessages", "another user"),
        host=holder.get("host") or QCoreApplication.translate("VaultMessages", "unknown"),
        started=_started_text(holder.get("started")),
    )


def lockout_message(exc: LockedOutError) -> str:
    minutes = exc.minutes_left()
    if exc.damage is not None:
        return QCoreApplication.translate(
            "VaultMessages",
            "The file that counts failed log-ins (school.lockout) was missing or damaged, so every "
            "account waits %n minute(s) before logging in (until {time}); this will be recorded in "
            "the audit log. The recovery code still works.",
            "",
            minutes,
        ).format(time=exc.until.astimezone().strftime("%H:%M"))
    return QCoreApplication.translate(
        "VaultMessages",
        "Too many failed log-ins for this user name. Wait %n minute(s), then try again (until {time}). "
        "Forgot the password? The recovery code still works.",
        "",
        minutes,
    ).format(time=exc.until.astimezone().strftime("%H:%M"))


def malformed_recovery_code_message() -> str:
    return QCoreApplication.translate(
        "VaultMessages",
        "That is not a recovery code: a recovery code has 24 letters and digits, in groups of four "
        "like 7KQ2-M9XD-…. Check it and try again.",
    )


def vault_error_message(exc: BaseException, *, recovery: bool = False) -> str:
    """The translated message for an error of opening, creating or recovering the vault."""
    # Imported here, not at the top: the log-in window shows before SQLAlchemy is loaded (a
    # LockedOutError can only come from code that has imported it already).
    from desktop.services.lockout import LockedOutError

    if isinstance(exc, LockedOutError):
        return lockout_message(exc)
    if isinstance(exc, errors.InstanceLockedError):
        return locked_message(exc.holder)
    if isinstance(exc, errors.WrongPasswordError):
        if recovery and exc.detail == "malformed recovery code":
            return malformed_recovery_code_message()
        if recovery:
            return QCoreApplication.translate(
                "VaultMessages", "The recovery code is not correct. Check it and try again."
            )
        return QCoreApplication.translate(
            "VaultMessages",
            "The user name or password is not correct. Check Caps Lock and the Korean/English input "
            "mode, then try again.",
        )
    if isinstance(exc, errors.KeyFileError):
        return QCoreApplication.translate(
            "VaultMessages",
            "The key file (school.keys) is missing or damaged, so the school database cannot be "
            "unlocked. Nothing has been changed. Ask IT staff to restore school.keys from a backup.",
        )
    if isinstance(exc, errors.DatabaseDamagedError):
        return QCoreApplication.translate(
            "VaultMessages",
            "The school database (school.db) is damaged or missing, so it cannot be read. Nothing has "
            "been changed. Ask IT staff to restore school.db from the most recent backup.",
        )
    if isinstance(exc, errors.SchemaTooNewError):
        return QCoreApplication.translate(
            "VaultMessages",
            "This school database was made by a newer version of Dodam. Install the newer version to "
            "open it. Nothing has been changed.",
        )
    if isinstance(exc, errors.MigrationError):
        return QCoreApplication.translate(
            "VaultMessages",
            "Updating the school database for this version of Dodam failed. The database was put back "
            "exactly as it was, so nothing was lost. Please report this problem to IT staff.",
        )
    if isinstance(exc, errors.VaultExistsError):
        return QCoreApplication.translate(
            "VaultMessages",
            "A school database already exists in this folder. Open it instead, or choose an empty folder.",
        )
    if isinstance(exc, errors.NetworkLocationError):
        return QCoreApplication.translate(
            "VaultMessages",
            "The school data cannot be kept in a network folder: two PCs using it at once could damage "
            "the database. Choose a folder on this PC's own disk (backups may go to a network folder).",
        )
    if isinstance(exc, errors.VaultError):
        return QCoreApplication.translate("VaultMessages", "The school data could not be opened.")
    if isinstance(exc, ServiceError):
        return exc.text(QCoreApplication.translate("errors", exc.message))
    return QCoreApplication.translate("VaultMessages", "Something went wrong: {detail}").format(
        detail=str(exc) or type(exc).__name__
    )
