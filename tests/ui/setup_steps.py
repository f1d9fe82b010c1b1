"""Filling the set-up wizard's pages the way a user does (shared by wizard tests)."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.ui.setup.wizard import SetupWizard
from tests.ui.helpers import type_text

PASSWORD = "도담 school 2026"


def fill_and_create(qtbot: QtBot, wizard: SetupWizard) -> str:
    """School and account pages filled, the school created; the recovery code shown."""
    wizard.show()
    type_text(qtbot, wizard.school_page.school_name, "한빛중학교")
    wizard.next()
    account = wizard.account_page
    type_text(qtbot, account.username, "welfare")
    type_text(qtbot, account.display_name, "박도담")
    type_text(qtbot, account.password, PASSWORD)
    type_text(qtbot, account.repeat, PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: bool(wizard.recovery_page.recovery_code), timeout=15000)
    return wizard.recovery_page.recovery_code
