"""The first-run wizard creates a school that opens with the chosen password; the recovery code
it shows sets a new password through the log-in window's recovery dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.models import School, SchoolLevel, StaffAccount
from desktop.storage.errors import WrongPasswordError
from desktop.storage.vault import Vault
from desktop.ui.login.login_window import LoginWindow
from desktop.ui.login.recovery_dialog import RecoveryDialog
from desktop.ui.login.sign_in import SignedIn
from desktop.ui.operations import OperationRunner
from desktop.ui.setup.wizard import SetupWizard
from tests.conftest import TEST_KDF
from tests.ui.helpers import type_text

PASSWORD = "도담 school 2026"


def _fill_and_create(qtbot: QtBot, wizard: SetupWizard) -> str:
    page = wizard.school_page
    type_text(qtbot, page.school_name, "한빛중학교")
    assert page.team_name.text() == "학생맞춤통합지원팀"
    page.level.setCurrentIndex(page.level.findData(SchoolLevel.MIDDLE))
    wizard.next()
    account = wizard.account_page
    assert wizard.currentPage() is account
    assert account.position.text() == "교육복지사"
    type_text(qtbot, account.username, "welfare")
    type_text(qtbot, account.display_name, "박도담")
    next_button = wizard.button(QWizard.WizardButton.CommitButton)
    type_text(qtbot, account.password, "short1")
    assert "at least 10 characters" in account.message.text()
    assert not next_button.isEnabled()
    account.password.clear()
    type_text(qtbot, account.password, "password1234")
    assert "commonly used" in account.message.text()
    account.password.clear()
    type_text(qtbot, account.password, "한빛중학교 2026")
    assert "school's name" in account.message.text()
    assert not next_button.isEnabled()
    account.password.clear()
    type_text(qtbot, account.password, PASSWORD)
    type_text(qtbot, account.repeat, PASSWORD + "x")
    assert "not the same" in account.message.text()
    account.repeat.clear()
    type_text(qtbot, account.repeat, PASSWORD)
    assert next_button.isEnabled()
    next_button.click()
    recovery = wizard.recovery_page
    assert wizard.currentPage() is recovery
    qtbot.waitUntil(lambda: bool(recovery.recovery_code), timeout=15000)
    code = recovery.code_label.text()
    assert code == recovery.recovery_code and code.count("-") == 5
    assert recovery.code_label.isVisibleTo(wizard)
    return code


def test_wizard_creates_a_school_that_opens_with_the_password(
    qtbot: QtBot, tmp_path: Path, runner: OperationRunner
) -> None:
    data_dir = tmp_path / "school"
    wizard = SetupWizard(data_dir, runner, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    code = _fill_and_create(qtbot, wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    recovery = wizard.recovery_page
    assert not recovery.isComplete()
    type_text(qtbot, recovery.confirm, "ZZZZ" if not code.endswith("ZZZZ") else "YYYY")
    assert not finish.isEnabled()
    recovery.confirm.clear()
    type_text(qtbot, recovery.confirm, code.rsplit("-", 1)[1].lower())
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.school_created) as created:
        finish.click()
    signed = created.args[0]
    assert isinstance(signed, SignedIn)
    assert signed.school_name == "한빛중학교" and signed.actor.username == "welfare"
    signed.vault.close()

    vault = Vault.open(data_dir, "welfare", PASSWORD)
    try:
        with vault.session() as session:
            school = session.query(School).one()
            assert (school.name, school.level, school.is_demo) == ("한빛중학교", SchoolLevel.MIDDLE, False)
            admin = session.query(StaffAccount).filter_by(username="welfare").one()
            assert admin.is_admin and admin.display_name == "박도담" and admin.position == "교육복지사"
    finally:
        vault.close()

    # Forgotten password: the recovery dialog of the log-in window sets a new one.
    login = LoginWindow(data_dir, runner)
    qtbot.addWidget(login)
    login.show()
    dialog = RecoveryDialog(data_dir, runner, login)
    dialog.password_set.connect(login._password_recovered)
    type_text(qtbot, dialog.code, "1234")
    assert "not a recovery code" in dialog.message.text()
    dialog.code.clear()
    type_text(qtbot, dialog.code, code)
    type_text(qtbot, dialog.username, "welfare")
    type_text(qtbot, dialog.new_password, "new password 1")
    type_text(qtbot, dialog.repeat_password, "new password 1")
    assert dialog.set_button.isEnabled()
    with qtbot.waitSignal(dialog.password_set, timeout=15000):
        dialog.set_button.click()
    assert login.username.text() == "welfare"
    try:
        Vault.open(data_dir, "welfare", PASSWORD).close()
        raise AssertionError("the old password still opens the school")
    except WrongPasswordError:
        pass
    Vault.open(data_dir, "welfare", "new password 1").close()


def test_recovery_dialog_refuses_a_wrong_code(qtbot: QtBot, tmp_path: Path, runner: OperationRunner) -> None:
    data_dir = tmp_path / "school"
    wizard = SetupWizard(data_dir, runner, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    code = _fill_and_create(qtbot, wizard)
    wizard.recovery_page.confirm.setText(code.rsplit("-", 1)[1])
    with qtbot.waitSignal(wizard.school_created) as created:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    created.args[0].vault.close()
    wrong = ("0000" if not code.startswith("0000") else "1111") + code[4:]
    dialog = RecoveryDialog(data_dir, runner)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.code, wrong)
    type_text(qtbot, dialog.username, "welfare")
    type_text(qtbot, dialog.new_password, "new password 1")
    type_text(qtbot, dialog.repeat_password, "new password 1")
    dialog.set_button.click()
    qtbot.waitUntil(lambda: "recovery code is not correct" in dialog.message.text(), timeout=15000)
    qtbot.keyClick(dialog.code, Qt.Key.Key_End)
