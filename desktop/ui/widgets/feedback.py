"""Showing the outcome of a user action: a refused or failed service call becomes a message box
in the interface's language, and nothing is stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.ui.context import AppContext

T = TypeVar("T")


def error_text(exc: ServiceError) -> str:
    """The service's message, translated (context "errors") and with its parameters filled in."""
    return exc.text(QCoreApplication.translate("errors", exc.message))


def show_error(parent: QWidget | None, exc: ServiceError, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Feedback", "Not possible"))
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
    stored: the session was rolled back)."""
    try:
        return ctx.write(action)
    except ServiceError as exc:
        show_error(parent, exc, title)
        return None
