"""What the user reads when a backup or a restore fails: one clear message per cause."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from desktop.services.errors import ServiceError
from desktop.storage import errors
from desktop.storage.backup import BackupError
from desktop.ui.login.messages import vault_error_message


def backup_error_message(exc: BaseException) -> str:
    """The translated message for a failed backup (nothing changed, earlier backups kept)."""
    cause = exc.__cause__
    if isinstance(exc, BackupError):
        if isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return QCoreApplication.translate(
                "BackupMessages",
                "The backup could not be written: the disk is full. The school data and the earlier "
                "backups are unchanged. Free some space or choose another backup folder, then try again.",
            )
        if "missing" in exc.detail:
            return QCoreApplication.translate(
                "BackupMessages",
                "The backup folder cannot be found. Connect the USB stick or network folder, or choose "
                "another backup folder.",
            )
        return QCoreApplication.translate(
            "BackupMessages",
            "The backup could not be made. The school data and the earlier backups are unchanged. Check "
            "that the backup folder (USB stick or network folder) is connected and has free space.",
        )
    if isinstance(exc, errors.DatabaseDamagedError | errors.KeyFileError):
        return QCoreApplication.translate(
            "BackupMessages",
            "The backup did not pass its check after it was written, so it was not kept. The earlier "
            "backups are unchanged. Run 'dodam check' and ask IT staff for help.",
        )
    return vault_error_message(exc)


def restore_error_message(exc: BaseException) -> str:
    """The translated message for a refused restore (nothing has been changed)."""
    from desktop.services.backups import BackupWrongPassword
    from desktop.services.lockout import LockedOutError

    if isinstance(exc, BackupWrongPassword):
        return QCoreApplication.translate(
            "BackupMessages",
            "The backup password does not open this backup. Use the password that was valid when the "
            "backup was made, or the backup's recovery code. Nothing has been changed.",
        )
    if isinstance(exc, LockedOutError | ServiceError):
        return vault_error_message(exc)
    if isinstance(exc, errors.WrongPasswordError):
        return QCoreApplication.translate(
            "BackupMessages",
            "The user name or password is not correct: log in with your current password of this "
            "school (in a disaster recovery: a password that was valid when the backup was made). "
            "Nothing has been changed.",
        )
    if isinstance(exc, errors.KeyFileError):
        return QCoreApplication.translate(
            "BackupMessages",
            "This backup's key file (school.keys) is missing or damaged, so it cannot be opened. Nothing "
            "has been changed. Choose another backup.",
        )
    if isinstance(exc, errors.DatabaseDamagedError):
        return QCoreApplication.translate(
            "BackupMessages",
            "This backup is damaged or incomplete, so it cannot be restored. Nothing has been changed. "
            "Choose another backup.",
        )
    return vault_error_message(exc)
