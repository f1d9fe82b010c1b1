"""Forgot password: open the vault with the recovery code and set a new password for an account."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import audit, lockout
from desktop.services.accounts import check_password, password_words, school_name
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import ValidationError
from desktop.services.lockout import RECOVERY_NAME, LockedOutError, LockoutStore
from desktop.services.setup import find_account
from desktop.services.sign_in import count_recovery_failure
from desktop.storage.errors import WrongPasswordError
from desktop.storage.keyslots import is_well_formed_recovery_code
from desktop.storage.vault import Vault
from desktop.ui.login.messages import malformed_recovery_code_message, vault_error_message
from desktop.ui.operations import OperationRunner
from desktop.ui.widgets.area import keep_minimum_width
from desktop.ui.widgets.password_rules import password_problem, rule_text


class UnknownAccountError(Exception):
    """No active account has the user name typed in the recovery dialog."""


def reset_password_with_recovery_code(data_dir: Path, code: str, username: str, new_password: str) -> None:
    """Open the vault with the recovery code and replace the account's password slot (worker).

    Wrong codes are counted like failed log-ins (under lockout.RECOVERY_NAME) and lock the dialog
    the same way (LockedOutError). The new password must follow the password rule
    (ValidationError). The recovery code ends the account's lockout and any lockout caused by
    damage to the lockout file; that damage and the wrong codes before are written to the audit log.
    """
    store = LockoutStore(data_dir)
    store.check(RECOVERY_NAME)
    try:
        vault = Vault.open_with_recovery_code(data_dir, code)
    except WrongPasswordError:
        count_recovery_failure(data_dir)
        raise
    try:
        with vault.session() as session:
            staff = find_account(session, username)
            if staff is None:
                raise UnknownAccountError(username)
            check_password(
                new_password, password_words(staff.username, staff.display_name, school_name(session))
            )
            actor = Actor.of(staff)
            policy = lockout.policy_from_settings(session)
            vault.set_password(staff.username, new_password)
            pending = store.pending(RECOVERY_NAME)
            mark = store.seal()
            lockout.record_pending(
                session, actor, pending, minutes=policy.minutes, mark=mark, via="recovery_code"
            )
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                entity_type=AuditRecord.PASSWORD,
                entity_id=staff.id,
                detail={"username": staff.username, "via": "recovery_code"},
            )
            session.commit()
            # A new password set with the recovery code ends the lockout of its name.
            store.clear_lockout(staff.username)
            store.record_success(RECOVERY_NAME)
    finally:
        vault.close()


class RecoveryDialog(QDialog):
    """Emits `password_set(username)` when the new password is in place."""

    password_set = Signal(str)

    def __init__(self, data_dir: Path, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._runner = runner
        self.setWindowTitle(self.tr("Set a new password with the recovery code"))
        keep_minimum_width(self, 520)

        intro = QLabel(
            self.tr(
                "The recovery code was shown once when the school was set up (24 letters and digits, "
                "in groups of four). With it you can set a new password for any account."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("recovery_code")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = QLineEdit(self)
        self.username.setObjectName("recovery_username")
        self.new_password = QLineEdit(self)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password = QLineEdit(self)
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        rules = QLabel(rule_text(), self)
        rules.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("recovery_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#recovery_message { color: #b00020; }")

        form = QFormLayout()
        form.addRow(self.tr("Recovery code:"), self.code)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("New password:"), self.new_password)
        form.addRow(self.tr("New password again:"), self.repeat_password)
        form.addRow("", rules)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.set_button: QPushButton = self.buttons.addButton(
            self.tr("Set new password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.set_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for field in (self.code, self.username, self.new_password, self.repeat_password):
            field.textChanged.connect(self._validate)
        self._validate()

    def _problem(self) -> str | None:
        if not self.code.text().strip():
            return self.tr("Type the recovery code.")
        if not is_well_formed_recovery_code(self.code.text()):
            return malformed_recovery_code_message()
        if not self.username.text().strip():
            return self.tr("Type the user name whose password is to be set.")
        # The display name and the school's name are checked too, once the code has opened the school.
        context = password_words(self.username.text())
        return password_problem(self.new_password.text(), self.repeat_password.text(), context)

    def _validate(self) -> None:
        problem = self._problem()
        self.set_button.setEnabled(problem is None)
        # Only speak up once something has been typed.
        typed = any(f.text() for f in (self.code, self.username, self.new_password))
        self.message.setText((problem or "") if typed else "")

    def _submit(self) -> None:
        if self._problem() is not None:
            return
        code, username, password = self.code.text(), self.username.text().strip(), self.new_password.text()
        self._set_busy(True)
        self._runner.run(
            lambda: reset_password_with_recovery_code(self._data_dir, code, username, password),
            on_success=lambda _result: self._done(username),
            on_failure=self._failed,
            progress_text=self.tr("Setting the new password…"),
            parent_widget=self,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.code, self.username, self.new_password, self.repeat_password, self.buttons):
            widget.setEnabled(not busy)

    def _done(self, username: str) -> None:
        self._set_busy(False)
        self.password_set.emit(username)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, UnknownAccountError):
            self.message.setText(
                self.tr("There is no active account with the user name “{name}”.").format(name=exc)
            )
        elif isinstance(exc, ValidationError):
            self.message.setText(exc.text())
        elif isinstance(exc, LockedOutError) and exc.damage is None:
            self.message.setText(
                self.tr(
                    "Too many wrong recovery codes. Wait %n minute(s), then try again (until {time}).",
                    "",
                    exc.minutes_left(),
                ).format(time=exc.until.astimezone().strftime("%H:%M"))
            )
        else:
            self.message.setText(vault_error_message(exc, recovery=True))
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft)
