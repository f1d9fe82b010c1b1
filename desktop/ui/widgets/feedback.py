"""Showing the outcome of a user action: a refused or failed service call becomes a message box
in the interface's language, and nothing is stored."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.ui.context import AppContext

T = TypeVar("T")
log = logging.getLogger(__name__)

MSG_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "The change could not be saved: the disk that holds the school data is full or cannot be "
    "written. Nothing was changed. Free some space or check the drive, then try again.",
)


def error_text(exc: ServiceError) -> str:
    """The service's message, translated (context "errors") and with its parameters filled in."""
    return exc.text(QCoreApplication.translate("errors", exc.message))


def show_error(parent: QWidget | None, exc: ServiceError, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Feedback", "Not possible"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message may hold a name the school typed
    box.setText(error_text(exc))
    box.setObjectName("service_error_box")
    box.exec()


def run_action(
    parent: QWidget | None,
    ctx: AppContext,
    action: Callable[[Session, Actor], T],
    *,
    title: str | None = None,
) -> T | None:
    """Run a service call that commits; on a ServiceError show why and return None (nothing was
    stored: the session was rolled back). A write the database itself refuses (a full disk, a
    removed drive, an I/O error) is shown the same way, never as a crash: SQLite rolled the whole
    transaction back, so nothing is half-stored."""
    try:
        return ctx.write(action)
    except ServiceError as exc:
        show_error(parent, exc, title)
        return None
    except DBAPIError as exc:
        log.error("a write failed in the database: %s", type(exc.orig).__name__ if exc.orig else exc)
        show_error(parent, ServiceError(MSG_WRITE_FAILED), title)
        return None


def save_discard_or_cancel(parent: QWidget | None, title: str, question: str) -> QMessageBox.StandardButton:
    """Ask what to do with work that closing or switching would throw away: Save (the default),
    Discard or Cancel. The question holds text as the user wrote it (names, titles)."""
    from desktop.ui.widgets.plain_text import as_written

    return QMessageBox.question(
        parent,
        title,
        as_written(question),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
