"""The lock screen shown over every window while the session is locked."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.icons import icon
from desktop.ui.widgets.area import heading, keep_minimum_width
from desktop.ui.widgets.plain_text import PlainLabel


class LockScreen(QWidget):
    """Asks the locked-out user for their password (or PIN). Holds no logic: it emits what was
    typed and the controller answers with show_message(). Another person logs out instead."""

    password_entered = Signal(str)
    pin_entered = Signal(str)
    logout_requested = Signal()

    def __init__(self, display_name: str, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("lock_screen")
        self.setWindowTitle(self.tr("Dodam — locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        keep_minimum_width(self, 440)
        self._may_close = False

        title = heading(self.tr("Dodam is locked"), self)
        title.setObjectName("lock_title")
        symbol = PlainLabel(self)
        symbol.setObjectName("lock_symbol")
        symbol.setPixmap(icon("lock").pixmap(QSize(40, 40), self.devicePixelRatioF()))
        symbol.setAccessibleName(self.tr("Locked"))
        title_row = QHBoxLayout()
        title_row.addWidget(symbol)
        title_row.addWidget(title, 1)
        who = PlainLabel(
            self.tr("Locked for {name} ({username}). Enter your password to continue.").format(
                name=display_name, username=username
            ),
            self,
        )
        who.setObjectName("lock_user")
        who.setWordWrap(True)

        self.password = QLineEdit(self)
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self._password_submitted)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._password_submitted)

        self.pin = QLineEdit(self)
        self.pin.setObjectName("lock_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.returnPressed.connect(self._pin_submitted)
        self.pin_button = QPushButton(self.tr("Unlock with &PIN"), self)
        self.pin_button.setObjectName("pin_button")
        self.pin_button.clicked.connect(self._pin_submitted)
        self.pin_label = PlainLabel(self.tr("Or quick unlock with your PIN:"), self)

        self.message = PlainLabel(self)
        self.message.setObjectName("lock_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#lock_message { color: #b00020; }")

        self.logout_button = QPushButton(self.tr("Not you? &Log out…"), self)
        self.logout_button.setObjectName("logout_button")
        self.logout_button.setAutoDefault(False)
        self.logout_button.clicked.connect(self.logout_requested)

        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin, 1)
        pin_row.addWidget(self.pin_button)
        form.addRow(self.pin_label, pin_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addLayout(title_row)
        layout.addWidget(who)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.logout_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setTabOrder(self.password, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.pin)
        self.setTabOrder(self.pin, self.pin_button)
        self.setTabOrder(self.pin_button, self.logout_button)
        self.set_pin_available(False)

    def set_pin_available(self, available: bool) -> None:
        for widget in (self.pin_label, self.pin, self.pin_button):
            widget.setVisible(available)
        if available:
            self.pin.setFocus()
        else:
            self.pin.clear()
            self.password.setFocus()

    def pin_available(self) -> bool:
        return not self.pin.isHidden()

    def set_checking(self, checking: bool) -> None:
        """While a password or PIN is checked: nothing can be typed or pressed twice."""
        for widget in (self.password, self.unlock_button, self.pin, self.pin_button, self.logout_button):
            widget.setEnabled(not checking)
        if checking:
            self.message.clear()
        elif self.pin_available():
            self.pin.setFocus()
        else:
            self.password.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _password_submitted(self) -> None:
        if not self.password.text():
            self.show_message(self.tr("Enter your password."))
            self.password.setFocus()
            return
        text = self.password.text()
        self.password.clear()
        self.password_entered.emit(text)

    def _pin_submitted(self) -> None:
        if not self.pin.text():
            self.show_message(self.tr("Enter your PIN."))
            self.pin.setFocus()
            return
        text = self.pin.text()
        self.pin.clear()
        self.pin_entered.emit(text)

    def finish(self) -> None:
        """Close for good (unlocked or logged out)."""
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the lock screen must not reveal anything: only unlocking or logging out ends it.
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()
