"""Comfort: the F1 shortcuts window, Preferences' font size, the SVG icons, and clear signs of the
demo school and of a locked session."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import config
from desktop.ui.application import apply_font_setting
from desktop.ui.context import AppContext
from desktop.ui.icons import ICON_NAMES, icon, icon_path
from desktop.ui.lock.lock_controller import Curtain, LockController
from desktop.ui.main_window import AREAS, MainWindow
from desktop.ui.operations import OperationRunner
from desktop.ui.settings.preferences_dialog import PreferencesDialog
from desktop.ui.settings.shortcuts_window import ShortcutsWindow, shortcut_entries
from tests.ui.helpers import answer_questions, wait_loaded


@pytest.fixture
def restore_font(qapp: QApplication) -> Iterator[None]:
    font = qapp.font()
    yield
    qapp.setFont(font)


@pytest.fixture
def main_window(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> MainWindow:
    window = MainWindow(demo_context("coordinator"), remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_f1_lists_the_real_shortcuts(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    window = main_window.shortcuts_window
    assert isinstance(window, ShortcutsWindow) and window.isVisible()
    assert window.windowTitle() == "Keyboard shortcuts"
    rows = {
        (window.table.item(r, 0).text(), window.table.item(r, 1).text())
        for r in range(window.table.rowCount())
    }
    native = lambda text: QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)  # noqa: E731
    assert (native("Ctrl+Shift+N"), "New support request") in rows
    assert (native("Ctrl+Shift+L"), "Lock Dodam now") in rows
    assert (native("Ctrl+1"), "Show Dashboard") in rows
    assert (native("Ctrl+8"), "Show Admin") in rows
    assert (native("F1"), "Show this list of keyboard shortcuts") in rows
    assert (native("Ctrl+,"), "Preferences (font size, language)") in rows
    assert (native("Ctrl+Q"), "Quit Dodam") in rows
    # Every listed key is one the window really has: the list is read from the live shortcuts.
    live = {
        s.key().toString(QKeySequence.SequenceFormat.NativeText) for s in main_window.findChildren(QShortcut)
    }
    assert {keys for keys, _ in rows} <= live | {
        b.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for b in main_window.findChildren(type(main_window.lock_button))
    }
    window.reject()


def test_a_new_shortcut_appears_in_the_list_and_a_disabled_one_does_not(main_window: MainWindow) -> None:
    extra = QShortcut(QKeySequence("Ctrl+Alt+J"), main_window)
    extra.setWhatsThis("Jump somewhere")
    texts = {e.description for e in shortcut_entries(main_window)}
    assert "Jump somewhere" in texts
    extra.setEnabled(False)
    assert "Jump somewhere" not in {e.description for e in shortcut_entries(main_window)}


def test_a_homeroom_teacher_sees_only_the_areas_they_may_open(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    window = MainWindow(demo_context("homeroom"), remember_geometry=False)
    qtbot.addWidget(window)
    descriptions = {e.description for e in shortcut_entries(window)}
    shown = {f"Show {window.navigation.item(r).text()}" for r in range(window.navigation.count())}
    assert shown <= descriptions
    assert "Show Admin" not in descriptions


def test_preferences_change_the_font_at_once_and_remember_it(
    qtbot: QtBot,
    main_window: MainWindow,
    qapp: QApplication,
    restore_font: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qapp.setFont(qapp.font().__class__(qapp.font().family(), 10))
    main_window.preferences_button.click()
    dialog = main_window.preferences
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    assert dialog.font_size.value() == 10
    dialog.font_size.setValue(15)
    assert qapp.font().pointSize() == 15
    # Every window follows, before OK.
    qtbot.waitUntil(lambda: main_window.navigation.font().pointSize() == 15, timeout=2000)
    # The navigation column grows with it: no button under it is clipped.
    qtbot.waitUntil(
        lambda: main_window.side.width() >= main_window.request_button.sizeHint().width(), timeout=2000
    )
    dialog.accept()
    assert config.personal_font_size() == 15

    # Cancel asks; Discard puts the size back and stores nothing.
    main_window.preferences_button.click()
    dialog = main_window.preferences
    dialog.font_size.setValue(18)
    assert qapp.font().pointSize() == 18
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert asked and not dialog.isVisible()
    assert qapp.font().pointSize() == 15 and config.personal_font_size() == 15

    # The next log-in on this PC account uses it; "the school's size" forgets it.
    qapp.setFont(qapp.font().__class__(qapp.font().family(), 10))
    apply_font_setting(main_window.ctx)
    assert qapp.font().pointSize() == 15
    main_window.preferences_button.click()
    dialog = main_window.preferences
    dialog.school_button.click()
    assert dialog.font_size.value() == config.Settings.FONT_POINT_SIZE.default
    dialog.accept()
    assert config.personal_font_size() is None
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_quit_closes_the_window_and_asks_the_application_to_end(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    closed: list[bool] = []
    main_window.closed.connect(lambda: closed.append(True))
    main_window.activateWindow()
    with qtbot.waitSignal(main_window.quit_requested, timeout=2000):
        qtbot.keyClick(main_window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert closed == [True] and not main_window.isVisible()


def test_the_language_is_chosen_in_preferences_and_applies_from_the_next_start(
    main_window: MainWindow,
) -> None:
    from desktop.preferences import personal_language
    from desktop.ui.application import startup_language

    main_window.preferences_button.click()
    dialog = main_window.preferences
    assert dialog.language.currentData() is None  # automatic: the system's language
    assert [dialog.language.itemText(i) for i in (1, 2)] == ["한국어", "English"]
    assert "next time Dodam starts" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    # The window stays in English until Dodam starts again, and says so.
    assert "Restart Dodam" in dialog.language_note.text()
    dialog.accept()
    assert main_window.preferences_button.text() == "Preferences…"
    assert personal_language() == "ko"
    assert startup_language(None) == "ko" and startup_language("en") == "en"

    main_window.preferences_button.click()
    dialog = main_window.preferences
    assert dialog.language.currentData() == "ko"
    dialog.language.setCurrentIndex(0)
    dialog.accept()
    assert personal_language() is None


def test_icons_are_svg_and_sharp_at_high_dpi(main_window: MainWindow) -> None:
    assert (icon_path("lock").parent / "LICENSE.txt").read_text(encoding="utf-8").count("CC0")
    for name in ICON_NAMES:
        assert QSvgRenderer(str(icon_path(name))).isValid(), name
        pixmap = icon(name).pixmap(QSize(24, 24), 2.0)
        # Drawn for twice the pixels, not a 24 px bitmap scaled up.
        assert pixmap.width() == 48 and pixmap.devicePixelRatio() == 2.0, name
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
        assert any(image.pixelColor(x, y).alpha() for x in range(48) for y in range(48)), name
    navigation = main_window.findChild(QListWidget, "navigation")
    assert navigation is not None and navigation.count() == len(main_window.area_keys())
    for row in range(navigation.count()):
        assert not navigation.item(row).icon().isNull()
    assert {spec.key for spec in AREAS} <= set(ICON_NAMES)
    for button in (main_window.request_button, main_window.lock_button, main_window.preferences_button):
        assert not button.icon().isNull()


def test_the_demo_school_is_named_in_the_window_title(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    demo = MainWindow(ctx, remember_geometry=False)
    qtbot.addWidget(demo)
    assert "DEMO SCHOOL" in demo.windowTitle() and ctx.school_name in demo.windowTitle()
    assert demo.demo_badge is not None and "DEMO SCHOOL" in demo.demo_badge.text()
    real = MainWindow(dataclasses.replace(ctx, is_demo=False), remember_geometry=False)
    qtbot.addWidget(real)
    assert "DEMO" not in real.windowTitle() and real.demo_badge is None


def test_a_locked_window_shows_an_unmistakable_sign(qtbot: QtBot, main_window: MainWindow) -> None:
    lock = LockController(main_window.ctx, idle_minutes=5)
    lock.lock("manual")
    try:
        curtains = [c for c in main_window.findChildren(Curtain) if c.isVisible()]
        assert len(curtains) == 1
        curtain = curtains[0]
        assert curtain.title.text() == "Locked" and "records are hidden" in curtain.text.text()
        assert curtain.symbol.pixmap() is not None and not curtain.symbol.pixmap().isNull()
        # The curtain is dark and covers the whole window: nothing of the records shows through.
        image = main_window.grab().toImage()
        corner = image.pixelColor(image.width() // 3, image.height() // 3)
        assert corner.lightness() < 90
        screen = lock.screen
        assert screen is not None and screen.windowTitle() == "Dodam — locked"
        assert not screen.findChild(type(curtain.symbol), "lock_symbol").pixmap().isNull()
    finally:
        assert lock.screen is not None
        lock.screen.finish()
        lock.stop()


def test_headings_and_charts_follow_the_font_size(
    qtbot: QtBot, main_window: MainWindow, qapp: QApplication, restore_font: None
) -> None:
    from desktop.ui.dashboard.dashboard_view import DashboardView
    from desktop.ui.settings.preferences_dialog import set_application_font_size

    set_application_font_size(10)
    main_window.show_area("dashboard")
    dashboard = main_window.current_area()
    assert isinstance(dashboard, DashboardView)
    wait_loaded(qtbot, dashboard)  # the charts' names decide the room they ask for
    heading = dashboard.findChildren(QLabel)[0]
    assert heading.text() == "Dashboard"
    before_heading = heading.font().pointSizeF()
    before_chart = dashboard.state_chart.chart().titleFont().pointSizeF()
    before_card = dashboard.cards["students"].value.font().pointSizeF()
    before_room = dashboard.state_chart.minimumSizeHint()

    set_application_font_size(15)
    assert heading.font().pointSizeF() == pytest.approx(before_heading * 1.5)
    assert heading.font().bold()
    assert dashboard.cards["students"].value.font().pointSizeF() == pytest.approx(before_card * 1.5)
    assert dashboard.state_chart.chart().titleFont().pointSizeF() == pytest.approx(before_chart * 1.5)
    assert dashboard.state_chart.label_font.pointSize() == 15
    # The chart asks for more room for its larger names, and gets it.
    after_room = dashboard.state_chart.minimumSizeHint()
    assert after_room.width() > before_room.width() and after_room.height() > before_room.height()
    qtbot.waitUntil(lambda: dashboard.state_chart.height() >= after_room.height(), timeout=2000)


def test_the_log_in_window_already_uses_the_personal_font_size(
    qtbot: QtBot, qapp: QApplication, restore_font: None, demo_dir: Path, runner: OperationRunner
) -> None:
    from desktop.ui.application import make_application
    from desktop.ui.login.login_window import LoginWindow

    config.remember_font_size(15)
    assert make_application("en") is qapp
    window = LoginWindow(demo_dir, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.font().pointSize() == 15 and window.login_button.font().pointSize() == 15
    # Back to the school's size when the choice is forgotten.
    config.remember_font_size(None)
    make_application("en")
    assert qapp.font().pointSize() == config.Settings.FONT_POINT_SIZE.default


def test_the_first_window_fits_a_small_screen(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    """On a screen smaller than the default window (a 1366 x 768 school PC; the offscreen screen
    here is smaller still), the first main window opens maximised, status bar on screen."""
    window = MainWindow(demo_context("coordinator"), remember_geometry=True)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.height() < 800 + 40  # the case this test is about
    window.show()
    qtbot.waitExposed(window)
    assert window.isMaximized()
    assert window.height() <= available.height()
    # (This screen is 800 pixels wide, narrower than the window's minimum width of 900.)
    assert window.width() <= max(available.width(), window.minimumWidth())
    assert window.statusBar().geometry().bottom() <= window.height()


def test_korean_reads_hours_as_시간_and_particles_fit_the_word(qapp: QApplication) -> None:
    from desktop.services.audit_review import month_bounds
    from desktop.services.errors import ValidationError
    from desktop.ui.case_detail.interventions_panel import hours_text
    from desktop.ui.i18n import install_translators
    from desktop.ui.widgets.feedback import error_text

    install_translators(qapp, "ko")
    try:
        row = type("Row", (), {"hours_done": 0.7, "planned_hours": 10.0})()
        assert hours_text(row) == "0.7 / 10.0시간"  # type: ignore[arg-type]
        with pytest.raises(ValidationError) as refused:
            month_bounds("2026-13")
        # "“{month}”은(는) …" in the translation: the particle that fits "2026-13" (삼) is 은.
        assert error_text(refused.value).startswith("“2026-13”은 올바른 월")
        settings_error = ValidationError("{value} is not a valid value for {key}.", value="도담", key="x")
        assert error_text(settings_error).startswith("도담은 x에")
    finally:
        install_translators(qapp, "en")
