"""Dialogs of account administration: a new account with its initial password, a change of rights,
and a password reset. Each validates before accepting and stores through desktop.services.accounts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.models import Role, StaffSpecialty
from desktop.services import accounts
from desktop.services.actor import Actor
from desktop.services.listing import StaffRow
from desktop.ui.context import AppContext
from desktop.ui.labels import members
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.password_rules import password_problem, password_words, rule_text
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("error_label")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def _class_spin(parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, 20)
    spin.setSpecialValueText("—")  # 0: no homeroom class
    return spin


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class _PasswordFields:
    """A password, its repetition and the live rule. ``names()`` gives the names the password
    must not be built on (user name, display name, school name)."""

    def __init__(self, parent: QWidget, names: Callable[[], Sequence[str]]) -> None:
        self._names = names
        self.password = QLineEdit(parent)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(parent)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.rule = QLabel(rule_text(), parent)
        self.rule.setWordWrap(True)
        self.password.textChanged.connect(self.update)
        self.repeat.textChanged.connect(self.update)

    def update(self) -> None:
        self.rule.setText(self.problem() or rule_text())

    def problem(self) -> str | None:
        return password_problem(self.password.text(), self.repeat.text(), password_words(*self._names()))


class NewAccountDialog(AsksBeforeDiscarding, QDialog):
    """A new staff account with its initial password. `saved_id` is set after it was stored."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New account"))
        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(60)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(60)
        self.position_edit = QLineEdit(self)
        self.position_edit.setMaxLength(40)
        self.role_combo = QComboBox(self)
        for role, text in members(Role):
            self.role_combo.addItem(text, role)
        self.admin_check = QCheckBox(self.tr("A&dministrator (manages accounts and settings)"), self)
        self.grade_spin = _class_spin(self)
        self.class_spin = _class_spin(self)
        self.specialty_combo = QComboBox(self)
        self.specialty_combo.addItem(self.tr("None"), None)
        for specialty, text in members(StaffSpecialty):
            self.specialty_combo.addItem(text, specialty)
        self.passwords = _PasswordFields(
            self, lambda: (self.username_edit.text(), self.name_edit.text(), ctx.school_name)
        )
        self.username_edit.textChanged.connect(self.passwords.update)
        self.name_edit.textChanged.connect(self.passwords.update)
        self.error_label = _error_label(self)

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("P&osition:"), self.position_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow("", self.admin_check)
        form.addRow(self.tr("Homeroom &grade:"), self.grade_spin)
        form.addRow(self.tr("Homeroom &class:"), self.class_spin)
        form.addRow(self.tr("&Specialty:"), self.specialty_combo)
        form.addRow(self.tr("Initial &password:"), self.passwords.password)
        form.addRow(self.tr("Repea&t password:"), self.passwords.repeat)
        form.addRow("", self.passwords.rule)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.username_edit.setFocus()

    def problem(self) -> str | None:
        if not self.username_edit.text().strip():
            return self.tr("Enter a user name.")
        if not self.name_edit.text().strip():
            return self.tr("Enter the name to display for this account.")
        if self.role_combo.currentData() == Role.HOMEROOM and (
            self.grade_spin.value() == 0 or self.class_spin.value() == 0
        ):
            return self.tr("A homeroom teacher needs a grade and a class.")
        return self.passwords.problem()

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        vault = self._ctx.vault
        grade = self.grade_spin.value() or None
        class_no = self.class_spin.value() or None
        specialty = self.specialty_combo.currentData()
        username = self.username_edit.text()
        display_name = self.name_edit.text()
        position = self.position_edit.text()
        role = Role(self.role_combo.currentData())
        is_admin = self.admin_check.isChecked()
        chosen = StaffSpecialty(specialty) if specialty else None
        password = self.passwords.password.text()
        saved = run_action(
            self,
            self._ctx,
            lambda s, a: (
                accounts.create_account(
                    s,
                    a,
                    vault,
                    username=username,
                    display_name=display_name,
                    position=position,
                    role=role,
                    is_admin=is_admin,
                    homeroom_grade=grade,
                    homeroom_class=class_no,
                    specialty=chosen,
                    password=password,
                ).id
            ),
        )
        if saved is None:
            return
        self.saved_id = saved
        super().accept()


class RightsDialog(AsksBeforeDiscarding, QDialog):
    """Change an account's role, administrator flag and homeroom class."""

    def __init__(self, ctx: AppContext, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._row = row
        self.setWindowTitle(self.tr("Change rights of {name}").format(name=row.display_name))
        self.role_combo = QComboBox(self)
        for role, text in members(Role):
            self.role_combo.addItem(text, role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(row.role))
        self.admin_check = QCheckBox(self.tr("A&dministrator (manages accounts and settings)"), self)
        self.admin_check.setChecked(row.is_admin)
        self.grade_spin = _class_spin(self)
        self.grade_spin.setValue(row.homeroom_grade or 0)
        self.class_spin = _class_spin(self)
        self.class_spin.setValue(row.homeroom_class or 0)
        self.error_label = _error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow("", self.admin_check)
        form.addRow(self.tr("Homeroom &grade:"), self.grade_spin)
        form.addRow(self.tr("Homeroom &class:"), self.class_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every change of rights is recorded in the audit log."), self))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.role_combo.setFocus()

    def accept(self) -> None:
        grade = self.grade_spin.value()
        class_no = self.class_spin.value()
        role = Role(self.role_combo.currentData())
        if (grade == 0) != (class_no == 0):
            self.error_label.setText(self.tr("Choose both a grade and a class, or neither."))
            self.error_label.show()
            return
        if role is Role.HOMEROOM and grade == 0:
            self.error_label.setText(self.tr("A homeroom teacher needs a grade and a class."))
            self.error_label.show()
            return
        staff_id = self._row.id
        is_admin = self.admin_check.isChecked()
        vault = self._ctx.vault
        done = run_action(
            self,
            self._ctx,
            lambda s, a: (
                accounts.change_role(
                    s,
                    a,
                    staff_id,
                    role=role,
                    is_admin=is_admin,
                    homeroom_grade=grade or None,
                    homeroom_class=class_no or None,
                    clear_homeroom=grade == 0,
                    slots=vault,
                ).id
            ),
        )
        if done is None:
            return
        super().accept()


class ResetPasswordDialog(QDialog):
    """A new password for an account: a new key slot replaces the old one."""

    def __init__(self, ctx: AppContext, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._row = row
        self.setWindowTitle(self.tr("New password for {name}").format(name=row.display_name))
        self.passwords = _PasswordFields(self, lambda: (row.username, row.display_name, ctx.school_name))
        self.error_label = _error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("New &password:"), self.passwords.password)
        form.addRow(self.tr("Repea&t password:"), self.passwords.repeat)
        form.addRow("", self.passwords.rule)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("{user} logs in with this password from now on; tell it to them in person.").format(
                    user=row.username
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.passwords.password.setFocus()

    def accept(self) -> None:
        problem = self.passwords.problem()
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        vault = self._ctx.vault
        staff_id = self._row.id
        password = self.passwords.password.text()

        def reset(s: Session, a: Actor) -> bool:
            accounts.reset_password(s, a, vault, staff_id, password)
            return True

        if run_action(self, self._ctx, reset) is None:
            return
        super().accept()
