"""Locking the running session: after IDLE_LOCK_MINUTES without input, or on "Lock now".

Locking records a LOCK audit event, covers every visible window with a curtain (their widgets,
and any unsaved edits, stay as they are), hides window titles, disposes the database connections
(Vault.suspend) and shows the lock screen. Only the same user's password — or their quick-unlock
PIN on this PC account — unlocks; someone else logs out instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip, QVBoxLayout, QWidget

from desktop.services import lockout
from desktop.services.lockout import LockedOutError, LockoutStore
from desktop.storage.device_unlock import QuickUnlockUnavailableError, has_pin, unlock_with_pin
from desktop.storage.errors import VaultError, WrongPasswordError
from desktop.ui.context import AppContext
from desktop.ui.lock.idle import IdleWatcher
from desktop.ui.lock.lock_screen import LockScreen
from desktop.ui.login.messages import lockout_message, vault_error_message
from desktop.ui.widgets.area import scale_font
from desktop.ui.widgets.plain_text import PlainLabel, as_written

log = logging.getLogger(__name__)


def _white_lock_pixmap(size: int, ratio: float) -> QPixmap:
    """The lock icon, drawn white for the dark curtain, sharp at the screen's pixel ratio."""
    from desktop.ui.icons import icon_path

    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    path = icon_path("lock")
    if path.exists():
        svg = path.read_text(encoding="utf-8").replace("#2b4a6f", "#ffffff")
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class Curtain(QWidget):
    """An opaque cover over one window's content while the session is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_curtain")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # A sign nobody can miss: the records are hidden, and why.
        self.setStyleSheet(
            "QWidget#lock_curtain { background: #2b3a4d; }"
            "QLabel#lock_curtain_title { color: white; font-weight: bold; }"
            "QLabel#lock_curtain_text { color: #dfe6ee; }"
        )
        self.symbol = PlainLabel(self)
        self.symbol.setObjectName("lock_curtain_symbol")
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.symbol.setPixmap(_white_lock_pixmap(72, window.devicePixelRatioF()))
        self.title = PlainLabel(self.tr("Locked"), self)
        self.title.setObjectName("lock_curtain_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.title, 2.2)
        self.text = PlainLabel(
            self.tr("Dodam is locked and the records are hidden. Unlock in the lock window, or log out."),
            self,
        )
        self.text.setObjectName("lock_curtain_text")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.symbol)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent():
            if event.type() == QEvent.Type.Resize:
                parent = self.parentWidget()
                if parent is not None:
                    self.setGeometry(parent.rect())
            if event.type() in (QEvent.Type.ChildAdded, QEvent.Type.Resize, QEvent.Type.Show):
                self.raise_()
        return super().eventFilter(watched, event)


class LockController(QObject):
    """Owns the idle timer and the lock screen of one logged-in session."""

    locked = Signal()
    unlocked = Signal()
    logout_requested = Signal()

    def __init__(
        self, ctx: AppContext, *, idle_minutes: int, idle_ms: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The log-in wrote the lockout file: while the session runs, a missing file is damage.
        self.store = LockoutStore(ctx.vault.data_dir, must_exist=True)
        self.watcher = IdleWatcher(idle_ms if idle_ms is not None else idle_minutes * 60_000, self)
        self.watcher.idle.connect(self._idle)
        self.screen: LockScreen | None = None
        self._covered: list[tuple[QWidget, Curtain, str]] = []
        self._checking = False

    # --- timer ---------------------------------------------------------------------------------

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()

    def is_locked(self) -> bool:
        return self.screen is not None

    def _idle(self) -> None:
        if self.ctx.runner.busy():
            # Work in progress holds a database session: lock once it is done.
            self.watcher.start()
            return
        self.lock("idle")

    # --- locking -------------------------------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        """Lock now ("idle" or "manual")."""
        vault = self.ctx.vault
        if self.is_locked() or not vault.is_open:
            return
        self.ctx.runner.wait_for_idle()
        try:
            self.ctx.write(lambda s, a: lockout.record_lock(s, a, reason))
        except Exception:  # a failed audit write must not keep the records on screen
            log.exception("could not record the LOCK event")
        self.watcher.stop()
        self._cover_windows()
        vault.suspend()
        actor = self.ctx.actor
        screen = LockScreen(actor.display_name, actor.username)
        # Slots must return None: PySide6 6.12 drops a reference to a slot's bool result.
        screen.password_entered.connect(self._password_entered)
        screen.pin_entered.connect(self._pin_entered)
        screen.logout_requested.connect(self._confirm_logout)
        self.screen = screen
        screen.set_pin_available(self._pin_usable())
        screen.show()
        screen.raise_()
        screen.activateWindow()
        self.locked.emit()

    def _cover_windows(self) -> None:
        QToolTip.hideText()
        for window in QApplication.topLevelWidgets():
            if not window.isVisible() or isinstance(window, LockScreen):
                continue
            if window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                window.close()
                continue
            title = window.windowTitle()
            self._covered.append((window, Curtain(window), title))
            window.setWindowTitle(self.tr("Dodam — locked"))

    def _uncover_windows(self) -> None:
        for window, curtain, title in self._covered:
            if shiboken6.isValid(curtain):
                curtain.hide()
                curtain.deleteLater()
            if shiboken6.isValid(window):
                window.setWindowTitle(title)
        self._covered.clear()

    def covered_windows(self) -> list[QWidget]:
        """The windows hidden behind a curtain now (for tests and the log-out)."""
        return [w for w, _c, _t in self._covered if shiboken6.isValid(w)]

    def _pin_usable(self) -> bool:
        username = self.ctx.actor.username
        try:
            return has_pin(self.ctx.vault, username) and not self.store.pin_disabled(username)
        except VaultError:
            return False

    # --- unlocking -----------------------------------------------------------------------------

    def _password_entered(self, password: str) -> None:
        self.unlock_with_password(password)

    def _pin_entered(self, pin: str) -> None:
        self.unlock_with_pin(pin)

    def unlock_with_password(self, password: str) -> bool:
        screen = self.screen
        if screen is None:
            return False
        username = self.ctx.actor.username
        try:
            self.store.check(username)
        except LockedOutError as exc:
            screen.show_message(lockout_message(exc))
            return False
        vault = self.ctx.vault
        try:
            if not self._check(screen, lambda: vault.unlock_with_password(username, password)):
                return False
        except WrongPasswordError:
            until = self.store.record_failure(username)
            if until is not None:
                screen.show_message(lockout_message(LockedOutError(until)))
            else:
                screen.show_message(
                    self.tr("The password is not correct. Check Caps Lock and the Korean/English input mode.")
                )
            return False
        except VaultError as exc:
            screen.show_message(vault_error_message(exc))
            return False
        pending = self.store.pending(username)
        minutes = self.store.policy().minutes
        # Damage to the lockout file is recorded with the file that replaces it (the next log-in's reference).
        mark = self.store.seal()
        self.ctx.write(lambda s, a: lockout.record_pending(s, a, pending, minutes=minutes, mark=mark))
        self.store.record_success(username)
        self._finish_unlock("password")
        return True

    def unlock_with_pin(self, pin: str) -> bool:
        screen = self.screen
        if screen is None:
            return False
        username = self.ctx.actor.username
        if self.store.pin_disabled(username):
            screen.set_pin_available(False)
            if self.store.damage() is not None:
                screen.show_message(
                    self.tr(
                        "The file that counts failed log-ins was missing or damaged: the PIN is off "
                        "until you unlock with your password."
                    )
                )
            else:
                screen.show_message(
                    self.tr("The PIN is turned off after 3 wrong tries. Unlock with your password.")
                )
            return False
        vault = self.ctx.vault
        try:
            if not self._check(screen, lambda: unlock_with_pin(vault, username, pin)):
                return False
        except WrongPasswordError:
            left = self.store.record_pin_failure(username)
            if left == 0:
                screen.set_pin_available(False)
                screen.show_message(
                    self.tr("Wrong PIN 3 times: the PIN is turned off until you log in with your password.")
                )
            else:
                screen.show_message(self.tr("The PIN is not correct. %n try(s) left.", "", left))
            return False
        except QuickUnlockUnavailableError:
            screen.set_pin_available(False)
            screen.show_message(self.tr("Quick unlock is not available any more. Unlock with your password."))
            return False
        except VaultError as exc:
            screen.show_message(vault_error_message(exc))
            return False
        self.store.reset_pin_failures(username)
        self._finish_unlock("pin")
        return True

    def _check(self, screen: LockScreen, check: Callable[[], None]) -> bool:
        """Run the key derivation that checks a password or PIN (a second or so of Argon2) on the
        operation runner: the windows keep repainting and the screen says it is checking. False
        when the check did not end with this screen still up (logged out meanwhile, or a check
        already running); its exception (a wrong password …) propagates."""
        if self._checking:
            return False
        self._checking = True
        screen.set_checking(True)
        try:
            self.ctx.runner.run_modal(check, progress_text=self.tr("Checking…"), parent_widget=screen)
        finally:
            self._checking = False
            if shiboken6.isValid(screen):
                screen.set_checking(False)
        return self.screen is screen

    def _finish_unlock(self, via: str) -> None:
        try:
            self.ctx.write(lambda s, a: lockout.record_unlock(s, a, via))
        except Exception:  # the user proved who they are; show their work anyway
            log.exception("could not record the unlock")
        self._uncover_windows()
        self._close_screen()
        self.watcher.start()
        self.unlocked.emit()

    def _close_screen(self) -> None:
        if self.screen is not None:
            self.screen.finish()
            self.screen.deleteLater()
            self.screen = None

    # --- logging out ---------------------------------------------------------------------------

    def _confirm_logout(self) -> None:
        answer = QMessageBox.question(
            self.screen,
            self.tr("Log out"),
            as_written(
                self.tr(
                    "Log out {name}? Changes not yet saved in open windows will be lost. "
                    "The next person can then log in with their own account."
                ).format(name=self.ctx.actor.display_name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.log_out()

    def log_out(self) -> None:
        """End the locked session without unlocking: the caller closes the vault and windows."""
        self.watcher.stop()
        self._close_screen()
        self.logout_requested.emit()

    def release_windows(self) -> list[QWidget]:
        """Forget the covered windows (they are being discarded) and return them."""
        windows = self.covered_windows()
        self._covered.clear()
        return windows
