"""Re-encrypting the school after a password was revoked (a disabled account, a reset password, a
removed quick unlock): the data-key rotation runs on the operation runner's worker with a progress
dialog, so the window never freezes on a large school (desktop/storage/rekey.py)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.context import AppContext


def rotate_in_background(ctx: AppContext, parent: QWidget | None) -> None:
    """If a revocation left the data key to rotate, rotate it now, showing progress; a failure is
    shown and the rotation stays pending (it is tried again when Dodam closes or next opens)."""
    vault = ctx.vault
    if not vault.rotation_pending:
        return

    def finished(result: object) -> None:
        if result is False and vault.rotation_error:
            failed(RuntimeError(vault.rotation_error))

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("KeyRotation", "Re-encrypting the school data"),
            QCoreApplication.translate(
                "KeyRotation",
                "The school data could not be re-encrypted now, so the old password may still open "
                "copies of it. Dodam tries again when it closes and at the next log-in.",
            ),
        )

    def rotate(report: Callable[[int, str], None]) -> bool:
        # A read the window started just before (a list refreshing) may still hold a connection:
        # the rotation waits for it rather than re-encrypting under it.
        for _attempt in range(50):
            if vault.complete_revocation(report, now=True):
                return True
            if not vault.rotation_pending or vault.rotation_error:
                return False
            time.sleep(0.1)
        return False

    ctx.runner.run_reporting(
        rotate,
        progress_text=QCoreApplication.translate(
            "KeyRotation", "Re-encrypting the school data so that the old password opens nothing…"
        ),
        translate_progress=lambda message: QCoreApplication.translate("rekey", message),
        on_success=finished,
        on_failure=failed,
        parent_widget=parent,
    )
