"""Driving the windows the way a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.application import AppController
from desktop.ui.login.login_window import LoginWindow
from desktop.ui.main_window import MainWindow


def log_in(qtbot: QtBot, controller: AppController, username: str, password: str) -> LoginWindow:
    """Type the user name and password into the log-in window and press Enter."""
    window = controller.window
    assert isinstance(window, LoginWindow)
    type_text(qtbot, window.username, username)
    qtbot.keyClick(window.username, Qt.Key.Key_Tab)
    type_text(qtbot, window.password, password)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    return window


def wait_for_main_window(qtbot: QtBot, controller: AppController) -> MainWindow:
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    main = controller.main_window
    assert main is not None
    qtbot.waitExposed(main)
    return main


def close_main_window(controller: AppController) -> None:
    if controller.main_window is not None:
        controller.main_window.close()
    elif controller.ctx is not None:
        controller.ctx.vault.close()


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` into a widget key by key; Hangul (which QTest cannot click) arrives as the text
    an input method would commit."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def answer_questions(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer every QMessageBox.question with ``button``; the list collects the questions asked."""
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def wait_loaded(qtbot: QtBot, view: QWidget, timeout: int = 10000) -> None:
    """Wait until a view that reads its data on the operation runner has it on screen."""
    qtbot.waitUntil(
        lambda: not getattr(view, "refresh_pending", False) and not getattr(view, "loading", False),
        timeout=timeout,
    )


def refreshed(qtbot: QtBot, view: QWidget, timeout: int = 10000) -> None:
    """Refresh a view and wait until its new data is on screen."""
    view.refresh()  # type: ignore[attr-defined]
    wait_loaded(qtbot, view, timeout)
