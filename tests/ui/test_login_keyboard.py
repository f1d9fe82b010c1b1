"""The keyboard in the log-in window and the set-up wizard: Tab goes through the controls in reading
order, every field's caption has a mnemonic bound to it, Enter logs in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.login.login_window import LoginWindow
from desktop.ui.operations import OperationRunner
from desktop.ui.setup.wizard import SetupWizard
from tests.conftest import TEST_KDF


def focus_chain(start: QWidget) -> list[str]:
    """The object names Tab visits from `start`, once round the window."""
    names: list[str] = []
    widget = start
    while True:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is start:
            return names


def test_tab_goes_through_the_log_in_window_in_reading_order(
    qtbot: QtBot, runner: OperationRunner, tmp_path: Path
) -> None:
    window = LoginWindow(tmp_path, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert focus_chain(window.username) == [
        "username",
        "password",
        "login_button",
        "recovery_button",
        "restore_button",
        "data_folder_button",
    ]


def test_the_log_in_captions_have_mnemonics_for_their_fields(
    qtbot: QtBot, runner: OperationRunner, tmp_path: Path
) -> None:
    window = LoginWindow(tmp_path, runner)
    qtbot.addWidget(window)
    assert window.username_label.text() == "&User name:" and window.username_label.buddy() is window.username
    assert window.password_label.text() == "&Password:" and window.password_label.buddy() is window.password
    assert window.login_button.isDefault()


def test_every_field_of_the_wizard_has_a_caption_with_a_mnemonic(
    qtbot: QtBot, runner: OperationRunner, tmp_path: Path
) -> None:
    wizard = SetupWizard(tmp_path / "new", runner, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    for page in (wizard.school_page, wizard.account_page):
        form = page.findChild(QFormLayout)
        assert form is not None
        captions = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            for row in range(form.rowCount())
            if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
        ]
        bound = [c for c in captions if isinstance(c, QLabel) and c.text()]
        assert bound, page
        for caption in bound:
            assert "&" in caption.text() and caption.buddy() is not None, caption.text()
    mnemonics = [
        c.text().split("&")[1][0].lower()
        for c in wizard.account_page.findChildren(QLabel)
        if c.buddy() is not None
    ]
    assert len(mnemonics) == len(set(mnemonics)) == 5
    assert wizard.recovery_page.confirm_label.buddy() is wizard.recovery_page.confirm


def test_tab_goes_through_each_wizard_page_in_reading_order(
    qtbot: QtBot, runner: OperationRunner, tmp_path: Path
) -> None:
    wizard = SetupWizard(tmp_path / "new", runner, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert focus_chain(wizard.school_page.school_name)[:5] == [
        "school_name",
        "team_name",
        "school_level",
        "setup_folder_button",
        "setup_default_folder_button",
    ]
    wizard.school_page.school_name.setText("한빛중학교")
    wizard.next()
    assert focus_chain(wizard.account_page.username)[:5] == [
        "admin_username",
        "admin_display_name",
        "admin_position",
        "admin_password",
        "admin_password_repeat",
    ]
