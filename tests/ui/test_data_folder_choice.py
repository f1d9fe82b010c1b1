"""Choosing the school's data folder: in the log-in window (another school, or an empty folder for a
new one) and in the set-up wizard; a network folder is refused at once; the choice is remembered."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import config
from desktop.ui.application import AppController
from desktop.ui.login import data_folder
from desktop.ui.login.login_window import LoginWindow
from desktop.ui.operations import OperationRunner
from desktop.ui.setup.wizard import SetupWizard
from tests.conftest import TEST_KDF
from tests.ui.setup_steps import fill_and_create

NETWORK_MESSAGE = "cannot be kept in a network folder"


@pytest.fixture
def network_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A folder that desktop.storage.location reports as a mapped network drive."""
    folder = tmp_path / "mapped-drive"
    folder.mkdir()
    monkeypatch.setattr(data_folder, "network_kind", lambda path: "drive" if Path(path) == folder else None)
    return folder


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _close_created(wizard: SetupWizard) -> None:
    """Close the new school's vault; hidden, the wizard is not asked about its recovery code."""
    assert wizard.signed_in is not None
    wizard.hide()
    wizard.signed_in.vault.close()


def test_the_log_in_window_opens_another_school_and_remembers_it(
    qtbot: QtBot, demo_dir: Path, runner: OperationRunner, tmp_path: Path
) -> None:
    window = LoginWindow(tmp_path / "empty", runner)
    qtbot.addWidget(window)
    assert window.folder_button.isVisibleTo(window)
    assert window.folder_button.text() == "Use another data folder…"
    with qtbot.waitSignal(window.data_dir_changed) as changed:
        assert window.use_other_folder(demo_dir)
    assert changed.args == [demo_dir]
    assert config.chosen_data_dir() == demo_dir


def test_a_network_folder_is_refused_with_the_reason(
    qtbot: QtBot, runner: OperationRunner, network_folder: Path, tmp_path: Path
) -> None:
    window = LoginWindow(tmp_path / "local", runner)
    qtbot.addWidget(window)
    with qtbot.assertNotEmitted(window.data_dir_changed):
        assert not window.use_other_folder(network_folder)
    assert NETWORK_MESSAGE in window.message.text() and window.message.isVisibleTo(window)
    assert config.chosen_data_dir() is None


def test_the_network_check_is_the_storage_layers() -> None:
    # A UNC path needs no mocking: it is refused from its text alone.
    message = data_folder.data_folder_problem(Path("\\\\server\\share\\Dodam"))
    assert message is not None and NETWORK_MESSAGE in message


def test_an_empty_folder_from_the_log_in_window_opens_the_wizard_and_is_remembered_once_created(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = AppController(demo_dir, demo=False, language="en")
    controller.start()
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)
    new_folder = tmp_path / "C" / "Users" / "Public" / "도담"
    new_folder.mkdir(parents=True)

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not login.use_other_folder(new_folder)
    assert controller.window is login and asked and "holds no Dodam school" in asked[0]

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert login.use_other_folder(new_folder)
    wizard = controller.window
    assert isinstance(wizard, SetupWizard) and wizard.data_dir == new_folder
    qtbot.addWidget(wizard)
    assert wizard.school_page.folder.text() == str(new_folder)
    assert config.chosen_data_dir() is None  # not before the school exists
    wizard._kdf = TEST_KDF
    fill_and_create(qtbot, wizard)
    assert (new_folder / "school.db").exists()
    assert config.chosen_data_dir() == new_folder
    _close_created(wizard)
    controller.runner.wait_for_idle()


def test_the_wizard_keeps_the_default_or_takes_a_chosen_folder(
    qtbot: QtBot, runner: OperationRunner, tmp_path: Path, network_folder: Path, demo_dir: Path
) -> None:
    wizard = SetupWizard(config.default_data_dir(), runner, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    page = wizard.school_page
    assert page.folder.text() == str(config.default_data_dir())
    assert page.default_folder_button.isHidden()

    assert not wizard.choose_data_dir(network_folder)
    assert NETWORK_MESSAGE in page.folder_message.text() and not page.folder_message.isHidden()
    assert wizard.data_dir == config.default_data_dir()

    chosen = tmp_path / "공용 폴더"
    assert wizard.choose_data_dir(chosen)
    assert wizard.data_dir == chosen and page.folder.text() == str(chosen)
    assert page.folder_message.isHidden()
    assert not page.default_folder_button.isHidden()
    page.default_folder_button.click()
    assert wizard.data_dir == config.default_data_dir()

    # A folder that already holds a school is opened instead (and remembered).
    with qtbot.waitSignal(wizard.existing_school_chosen) as existing:
        assert wizard.choose_data_dir(demo_dir)
    assert existing.args == [demo_dir] and config.chosen_data_dir() == demo_dir


def test_a_school_created_in_the_wizards_chosen_folder_is_remembered(
    qtbot: QtBot, runner: OperationRunner, tmp_path: Path
) -> None:
    wizard = SetupWizard(tmp_path / "given", runner, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    chosen = tmp_path / "shared"
    assert wizard.choose_data_dir(chosen)
    fill_and_create(qtbot, wizard)
    assert (chosen / "school.db").exists() and not (tmp_path / "given" / "school.db").exists()
    assert config.chosen_data_dir() == chosen
    _close_created(wizard)


def test_a_folder_given_on_the_command_line_is_not_remembered(
    qtbot: QtBot, runner: OperationRunner, tmp_path: Path
) -> None:
    wizard = SetupWizard(tmp_path / "given", runner, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    fill_and_create(qtbot, wizard)
    assert (tmp_path / "given" / "school.db").exists()
    assert config.chosen_data_dir() is None
    _close_created(wizard)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_a_folder_other_accounts_can_reach_is_warned_about(
    qtbot: QtBot, runner: OperationRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    private = tmp_path / "private"
    private.mkdir()
    os.chmod(private, 0o700)

    window = LoginWindow(shared, runner)
    qtbot.addWidget(window)
    window.show()
    assert window.shared_warning.isVisible()
    assert "copy the key file (school.keys)" in window.shared_warning.text()
    quiet = LoginWindow(private, runner)
    qtbot.addWidget(quiet)
    quiet.show()
    assert not quiet.shared_warning.isVisible()

    # In the folder chooser: a warning to accept (Cancel keeps the old folder).
    warned: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        warned.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(shared))
    assert data_folder.ask_for_folder(None, tmp_path) is None
    assert warned and "guess the passwords offline" in warned[0]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(private))
    assert data_folder.ask_for_folder(None, tmp_path) == private
    assert len(warned) == 1
