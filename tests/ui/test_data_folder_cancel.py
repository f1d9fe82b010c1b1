"""Cancel in a set-up wizard opened from the log-in window's "Use another data folder…" goes back to
the log-in window of the school shown before, and the remembered folder stays; a wizard opened at
first run (no school at all) and cancelled leaves no window, so the application quits as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from desktop import config
from desktop.ui.application import AppController
from desktop.ui.login import data_folder
from desktop.ui.login.login_window import LoginWindow
from desktop.ui.setup.wizard import SetupWizard
from tests.ui.helpers import answer_questions, type_text


def _visible_windows() -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]


def test_cancel_in_the_wizard_goes_back_to_the_previous_schools_log_in(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config.remember_data_dir(demo_dir)
    preferences_before = config.user_preferences_path().read_bytes()
    controller = AppController(config.data_dir_to_open(), demo=False, language="en")
    controller.start()
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)

    empty = tmp_path / "새 학교"
    empty.mkdir()
    monkeypatch.setattr(data_folder, "ask_for_folder", lambda _parent, _start: empty)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    login.folder_button.click()  # the user picks the empty folder and agrees to set up a school
    wizard = controller.window
    assert isinstance(wizard, SetupWizard) and wizard.data_dir == empty
    qtbot.addWidget(wizard)
    type_text(qtbot, wizard.school_page.school_name, "한빛중학교")

    # What was typed is dropped only after Discard.
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert asked

    back = controller.window
    assert isinstance(back, LoginWindow) and back is not login
    qtbot.addWidget(back)
    assert back.isVisible() and not wizard.isVisible()
    assert back.findChild(type(back.message), "data_folder").text().endswith(demo_dir.name)
    assert back.folder_button.toolTip() and controller.data_dir == demo_dir
    assert _visible_windows() == [back]
    assert config.chosen_data_dir() == demo_dir
    assert config.user_preferences_path().read_bytes() == preferences_before
    assert not (empty / "school.db").exists()


def test_a_first_run_wizard_cancelled_leaves_no_window(qtbot: QtBot, tmp_path: Path) -> None:
    controller = AppController(tmp_path / "first-run", demo=False, language="en")
    controller.start()
    wizard = controller.window
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    assert wizard.return_to is None
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert controller.window is wizard and not wizard.isVisible()
    assert _visible_windows() == []
    assert config.chosen_data_dir() is None
