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


_CAUSES: tuple[type[errors.VaultError], ...] = (
    errors.WrongPasswordError,
    errors.KeyFileError,
    errors.DatabaseDamagedError,
    errors.SchemaTooNewError,
    errors.MigrationError,
    errors.VaultExistsError,
    errors.NetworkLocationError,
    errors.VaultError,  # last: any other error of the vault
)
"""The vault's errors whose message is their class's own (desktop.storage.errors, where each text is
written once and marked for translation)."""


def vault_error_message(exc: BaseException, *, recovery: bool = False) -> str:
    """The translated message for an error of opening, creating or recovering the vault."""
    # Imported here, not at the top: the log-in window shows before SQLAlchemy is loaded (a
    # LockedOutError can only come from code that has imported it already).
    from desktop.services.lockout import LockedOutError

    if isinstance(exc, LockedOutError):
        return lockout_message(exc)
    if isinstance(exc, errors.InstanceLockedError):
        return locked_message(exc.holder)
    if isinstance(exc, errors.WrongPasswordError) and recovery:
        if exc.detail == "malformed recovery code":
            return malformed_recovery_code_message()
        return QCoreApplication.translate(
            "VaultMessages", "The recovery code is not correct. Check it and try again."
        )
    for cause in _CAUSES:
        if isinstance(exc, cause):
            return QCoreApplication.translate("VaultMessages", cause.default_message)
    if isinstance(exc, ServiceError):
        return exc.text(QCoreApplication.translate("errors", exc.message))
    return QCoreApplication.translate("VaultMessages", "Something went wrong: {detail}").format(
        detail=str(exc) or type(exc).__name__
    )
