"""Setting up quick unlock with a PIN on this PC account (or turning it off)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.lockout import LockoutStore
from desktop.storage.device_unlock import (
    QuickUnlockUnavailableError,
    disable_pin,
    enable_pin,
    has_pin,
    is_well_formed_pin,
    keyring_available,
)
from desktop.storage.errors import WrongPasswordError
from desktop.ui.context import AppContext
from desktop.ui.key_rotation import rotate_in_background
from desktop.ui.widgets.area import keep_minimum_width
from desktop.ui.widgets.plain_text import PlainLabel


class PinDialog(QDialog):
    """Asks for the password (so nobody can add a PIN to a session left open) and a PIN of 6+
    digits twice. Without an OS keyring the option is unavailable and the dialog says so."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pin_dialog")
        self.setWindowTitle(self.tr("Quick unlock with a PIN"))
        keep_minimum_width(self, 460)
        self.available = keyring_available()
        username = ctx.actor.username

        intro = PlainLabel(self)
        intro.setObjectName("pin_intro")
        intro.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("pin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin_new")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_repeat = QLineEdit(self)
        self.pin_repeat.setObjectName("pin_repeat")
        self.pin_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = PlainLabel(self)
        self.message.setObjectName("pin_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#pin_message { color: #b00020; }")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        self.set_button: QPushButton | None = None
        self.off_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not self.available:
            intro.setText(
                self.tr(
                    "Quick unlock needs this computer's credential store (keyring), which is not "
                    "available for this PC account. Unlock with your password instead."
                )
            )
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
            for field in (self.password, self.pin, self.pin_repeat):  # in no layout: not over the text
                field.hide()
        else:
            intro.setText(
                self.tr(
                    "With a PIN of at least 6 digits you can unlock Dodam on this PC account after an "
                    "automatic lock, without typing your whole password. After 3 wrong PINs only "
                    "the password works until you log in again."
                )
            )
            form = QFormLayout()
            form.addRow(self.tr("Your &password:"), self.password)
            form.addRow(self.tr("New P&IN:"), self.pin)
            form.addRow(self.tr("&Repeat the PIN:"), self.pin_repeat)
            layout.addLayout(form)
            self.set_button = self.buttons.addButton(
                self.tr("&Set PIN"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.set_button.setObjectName("set_pin_button")
            self.set_button.setDefault(True)
            # A slot must return None (PySide6 6.12 drops a reference to a bool result).
            self.set_button.clicked.connect(self._submit_clicked)
            if has_pin(ctx.vault, username):
                self.off_button = self.buttons.addButton(
                    self.tr("&Turn off quick unlock"), QDialogButtonBox.ButtonRole.DestructiveRole
                )
                self.off_button.setObjectName("pin_off_button")
                self.off_button.clicked.connect(self.turn_off)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _submit_clicked(self) -> None:
        self.submit()

    def problem(self) -> str | None:
        if not self.password.text():
            return self.tr("Enter your password.")
        if not is_well_formed_pin(self.pin.text()):
            return self.tr("The PIN must be at least 6 digits (digits only).")
        if self.pin.text() != self.pin_repeat.text():
            return self.tr("The two PINs differ.")
        return None

    def submit(self) -> bool:
        problem = self.problem()
        if problem is not None:
            self.message.setText(problem)
            return False
        vault, username = self.ctx.vault, self.ctx.actor.username
        password, pin = self.password.text(), self.pin.text()

        def check_and_enable() -> None:  # two key derivations: on the operation runner
            vault.verify_password(username, password)
            enable_pin(vault, username, pin)

        try:
            self._in_background(check_and_enable)
        except WrongPasswordError:
            self.message.setText(self.tr("The password is not correct."))
            self.password.selectAll()
            self.password.setFocus()
            return False
        except QuickUnlockUnavailableError:
            self.message.setText(self.tr("The credential store refused to keep the PIN's secret."))
            return False
        LockoutStore(vault.data_dir, must_exist=True).reset_pin_failures(username)
        self.accept()
        return True

    def _in_background(self, work: Callable[[], None]) -> None:
        """Run work on the operation runner; nothing can be pressed twice meanwhile."""
        self.setEnabled(False)
        try:
            self.ctx.runner.run_modal(
                work, progress_text=self.tr("Checking the password…"), parent_widget=self
            )
        finally:
            self.setEnabled(True)

    def turn_off(self) -> None:
        disable_pin(self.ctx.vault, self.ctx.actor.username)
        rotate_in_background(self.ctx, self)
        self.accept()
