"""Backups in the interface: settings dialog and "Back up now", the status-bar warning, and the
restore dialog of the log-in window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.demo import DEMO_PASSWORD
from desktop.storage.backup import list_backups
from desktop.ui.backup.backup_ui import BackupDialog, BackupStatusButton, backup_on_exit
from desktop.ui.backup.restore_dialog import RestoreDialog
from desktop.ui.context import AppContext
from desktop.ui.login.login_window import LoginWindow
from desktop.ui.operations import OperationRunner
from tests.ui.helpers import answer_questions


def test_warning_then_back_up_now(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], tmp_path: Path
) -> None:
    ctx = demo_context("coordinator")
    button = BackupStatusButton(ctx)
    qtbot.addWidget(button)
    assert "No backup folder is set" in button.text()

    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.folder.setText(str(usb))
    dialog.back_up_now()
    qtbot.waitUntil(lambda: len(list_backups(usb)) == 1 and dialog.backup_button.isEnabled(), timeout=30000)
    assert "Last backup" in dialog.state.text()
    button.refresh()
    assert button.text().startswith("Last backup")
    first = list_backups(usb)[0].path
    # On exit (the setting is on by default) another verified backup is written; rotation keeps
    # only the newest of the day.
    assert backup_on_exit(ctx) is None
    [kept] = list_backups(usb)
    assert kept.path != first and kept.verified


def test_only_the_warning_line_is_red(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QLabel

    ctx = demo_context("coordinator")
    button = BackupStatusButton(ctx)
    qtbot.addWidget(button)
    dialog = BackupDialog(ctx, button)  # as the status bar opens it: a child of the warning button
    dialog.show()
    qtbot.waitExposed(dialog)
    red = QColor("#a51d2d")

    def colour(widget: QLabel) -> QColor:
        widget.ensurePolished()
        return widget.palette().color(QPalette.ColorRole.WindowText)

    assert "No backup folder is set" in dialog.state.text() and colour(dialog.state) == red
    others = [label for label in dialog.findChildren(QLabel) if label is not dialog.state]
    assert others and all(colour(label) != red for label in others)
    assert dialog.backup_button.palette().color(QPalette.ColorRole.ButtonText) != red
    dialog.close()


def test_backup_settings_read_only_for_homeroom_teacher(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    dialog = BackupDialog(demo_context("homeroom"))
    qtbot.addWidget(dialog)
    assert not dialog.folder.isEnabled() and not dialog.backup_button.isEnabled()
    assert "Only an administrator" in dialog.state.text()


def test_a_long_backup_folder_is_shown_elided_in_the_middle_with_the_full_path_as_tool_tip(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = BackupDialog(demo_context("coordinator"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    long = tmp_path / ("교육복지 " * 12).strip() / "도담 백업"
    long.mkdir(parents=True)
    dialog.folder.setText(str(long))
    dialog.browse.setFocus()
    # Without the focus: the start and the folder's own name stay visible, the middle gives way.
    shown = dialog.folder.displayed_text()
    assert "…" in shown and shown != str(long)
    assert shown.startswith(str(tmp_path)[:3]) and shown.endswith("도담 백업")
    assert dialog.folder.toolTip() == str(long)
    # What is saved (and written to) is the real, whole path.
    assert dialog.save()
    dialog.folder.setText("")
    assert dialog.folder.displayed_text() == ""
    reopened = BackupDialog(dialog.ctx)
    qtbot.addWidget(reopened)
    assert reopened.folder.text() == str(long)
    # A short path is shown whole.
    dialog.folder.setText("E:\\도담 백업")
    assert dialog.folder.displayed_text() == "E:\\도담 백업"
    # Closing with that path not saved asks first; Discard drops it.
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.close()
    assert asked and not dialog.isVisible()


def test_restore_from_login_window(
    qtbot: QtBot,
    demo_context: Callable[[str], AppContext],
    demo_dir: Path,
    runner: OperationRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.storage.backup import create_backup

    ctx = demo_context("coordinator")
    usb = tmp_path / "usb"
    usb.mkdir()
    info = create_backup(ctx.vault, usb)
    ctx.vault.close()

    window = LoginWindow(demo_dir, runner)
    qtbot.addWidget(window)
    dialog = window.open_restore()
    assert isinstance(dialog, RestoreDialog)
    dialog.start_restore()
    assert "Choose the backup folder" in dialog.message.text()
    dialog.folder.setText(str(info.path))
    dialog.username.setText("coordinator")
    dialog.password.setText("wrong password 1")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    dialog.start_restore()
    qtbot.waitUntil(lambda: "not correct" in dialog.message.text(), timeout=30000)
    assert not list(demo_dir.glob("pre-restore-*"))
    assert not dialog.disaster_note.isVisible()
    # The wrong password counts in the log-in lockout of that user name.
    from desktop.services.lockout import LockoutStore

    assert LockoutStore(demo_dir).pending("coordinator").failure_count == 1

    # A homeroom teacher's own, right password: refused, nothing changed.
    dialog.username.setText("homeroom")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.start_restore()
    qtbot.waitUntil(lambda: "Only an active administrator" in dialog.message.text(), timeout=30000)
    assert not list(demo_dir.glob("pre-restore-*"))

    dialog.username.setText("coordinator")
    dialog.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.restored, timeout=30000):
        dialog.start_restore()
    [pre] = list(demo_dir.glob("pre-restore-*"))
    assert (pre / "school.db").exists()
    assert "Disaster" not in dialog.last_result_text
    assert "restored" in window.message.text()


def test_restore_dialog_says_disaster_recovery_when_the_school_cannot_be_opened(
    qtbot: QtBot,
    demo_context: Callable[[str], AppContext],
    demo_dir: Path,
    runner: OperationRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.storage.backup import create_backup

    ctx = demo_context("coordinator")
    usb = tmp_path / "usb"
    usb.mkdir()
    info = create_backup(ctx.vault, usb)
    ctx.vault.close()
    (demo_dir / "school.keys").unlink()
    dialog = RestoreDialog(demo_dir, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.disaster_note.isVisible()
    assert "Disaster recovery" in dialog.disaster_note.text()
    dialog.folder.setText(str(info.path))
    dialog.username.setText("coordinator")
    dialog.password.setText(DEMO_PASSWORD)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.restored, timeout=30000):
        dialog.start_restore()
    assert asked and asked[0].startswith("This is a disaster recovery.")
    assert dialog.last_result_text.startswith("Disaster recovery done")
    assert (demo_dir / "school.keys").exists()
