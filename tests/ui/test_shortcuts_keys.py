"""Keyboard shortcuts: the frequent actions of each role have keys, no two controls of a window
answer the same keys, and the F1 window lists them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.ui.helpers import wait_loaded
from tests.ui.test_tab_order import windows_to_check


def _active(widget: QWidget | None, window: QWidget) -> bool:
    return widget is not None and (widget is window or widget.isVisibleTo(window))


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a text with an ampersand ("&Save" → "Alt+S"; "&&" is a plain "&")."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return f"Alt+{match.group(1).upper()}" if match else None


def keys_in(window: QWidget) -> Iterator[tuple[str, str]]:
    """(keys, what answers them) for every shortcut that works in `window` as it is shown: its
    QShortcuts and QActions on shown widgets, shortcuts and mnemonics of shown buttons, labels'
    mnemonics and tab titles' mnemonics, and the application-wide shortcuts of every window."""

    def text(sequence: QKeySequence) -> str:
        return sequence.toString(QKeySequence.SequenceFormat.PortableText)

    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.context() != Qt.ShortcutContext.ApplicationShortcut and (
            isinstance(parent, QWidget) and _active(parent, window)
        ):
            yield text(shortcut.key()), f"shortcut {shortcut.whatsThis() or parent.objectName()}"
    everywhere = {
        (text(shortcut.key()), shortcut.whatsThis())
        for top in QApplication.topLevelWidgets()
        if top.isVisible()
        for shortcut in top.findChildren(QShortcut)
        if shortcut.context() == Qt.ShortcutContext.ApplicationShortcut
    }
    for keys, what in sorted(everywhere):
        yield keys, f"application shortcut {what}"
    for action in window.findChildren(QAction):
        widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        if any(_active(w, window) for w in widgets):
            for sequence in action.shortcuts():
                yield text(sequence), f"action {action.text()}"
    for button in window.findChildren(QAbstractButton):
        if _active(button, window) and button.window() is window and not button.shortcut().isEmpty():
            yield text(button.shortcut()), f"button {button.text()}"
    for label in window.findChildren(QLabel):
        if _active(label, window) and label.window() is window and label.buddy() is not None:
            keys = mnemonic(label.text())
            if keys:
                yield keys, f"label {label.text()}"
    for bar in window.findChildren(QTabBar):
        if _active(bar, window) and bar.window() is window:
            for i in range(bar.count()):
                keys = mnemonic(bar.tabText(i))
                if keys:
                    yield keys, f"tab {bar.tabText(i)}"


def test_no_two_controls_of_a_window_answer_the_same_keys(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    clashes: dict[str, dict[str, list[str]]] = {}
    places = []
    for place, window in windows_to_check(qtbot, ctx, areas=True):
        places.append(place)
        seen: dict[str, list[str]] = {}
        for keys, what in keys_in(window):
            seen.setdefault(keys, []).append(what)
        double = {k: v for k, v in seen.items() if len(v) > 1}
        if double:
            clashes[place] = double
    assert "area_tasks" in places and "meeting_tab2" in places
    assert not clashes, "\n".join(f"{p}: {c}" for p, c in clashes.items())


def _activate(qtbot: QtBot, window: QWidget) -> None:
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _listed(window: QWidget) -> set[tuple[str, str]]:
    """What the F1 window of `window` lists: (keys, action)."""
    from desktop.ui.settings.shortcuts_window import shortcut_entries

    return {(e.keys, e.description) for e in shortcut_entries(window)}


# A welfare officer's day, meetings, and what every window needs: (where, keys, what it does).
FREQUENT = [
    ("main", "Ctrl+Shift+N", "shortcut New support request"),
    ("main", "Ctrl+F", "shortcut Search in the current list"),
    ("main", "F5", "shortcut Reload the current list"),
    ("main", "Ctrl+Shift+L", "application shortcut Lock Dodam now"),
    ("main", "Ctrl+,", "shortcut Preferences (font size, language)"),
    ("main", "Ctrl+Q", "application shortcut Quit Dodam"),
    ("main", "F1", "shortcut Show this list of keyboard shortcuts"),
    *[
        ("main", f"Ctrl+{n}", f"shortcut Show {area}")
        for n, area in enumerate(
            ["Dashboard", "Tasks", "Students", "Cases", "Meetings", "Resources", "Reports", "Admin"], start=1
        )
    ],
    ("area_tasks", "Ctrl+N", "shortcut New task (Tasks)"),
    ("area_tasks", "Alt+M", "button &Mark done"),
    ("area_tasks", "Alt+C", "button Open &case"),
    ("area_meetings", "Ctrl+N", "shortcut New meeting (Meetings)"),
    ("area_meetings", "Alt+O", "button &Open"),
    ("case_tab0", "Ctrl+N", "shortcut Add a note to this case"),
    ("case_tab0", "F5", "shortcut Reload this case"),
    ("case_tab0", "F1", "shortcut Show this list of keyboard shortcuts"),
    ("case_tab0", "Ctrl+W", "shortcut Close this case window"),
    ("case_tab3", "Ctrl+L", "button &Log session…"),
    ("case_tab5", "Alt+A", "button &Add note…"),
    ("meeting_tab0", "Ctrl+P", "shortcut Print the minutes"),
    ("meeting_tab0", "F1", "shortcut Show this list of keyboard shortcuts"),
]


def test_every_frequent_action_has_keys_and_f1_lists_them(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    found: dict[str, set[tuple[str, str]]] = {}
    listed: dict[str, set[tuple[str, str]]] = {}
    for place, window in windows_to_check(qtbot, ctx, areas=True):
        found[place] = set(keys_in(window))
        listed[place] = _listed(window)
        if place == "area_dashboard":
            found["main"], listed["main"] = found[place], listed[place]
    missing = [(p, k, w) for p, k, w in FREQUENT if (k, w) not in found[p]]
    assert not missing, missing
    # F1 lists the described shortcuts (buttons show their keys in their tool tip).
    unlisted = [
        (p, k, w)
        for p, k, w in FREQUENT
        if w.startswith(("shortcut", "application"))
        and (_native(k), w.split(" ", 1 + w.startswith("app"))[-1]) not in listed[p]
    ]
    assert not unlisted, unlisted


def test_ctrl_n_in_a_case_window_adds_a_note_from_any_tab_and_f5_reloads(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import listing
    from desktop.ui.case_detail import case_window
    from desktop.ui.case_detail.notes_panel import AddNoteDialog, NotesPanel

    ctx = demo_context("coordinator")
    case = max(ctx.read(listing.cases), key=lambda r: r.state.value != "closed")
    window = case_window.open_case_window(ctx, case.id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.tabs is not None and window.tabs.currentIndex() == 0
    opened: list[AddNoteDialog] = []

    def fake_exec(dialog: AddNoteDialog) -> int:
        opened.append(dialog)
        return 0  # the user cancels

    monkeypatch.setattr(AddNoteDialog, "exec", fake_exec)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    assert window.tabs.currentWidget() is window.panel(NotesPanel)

    window.state_label.setText("stale")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.state_label.text() != "stale"  # the header was read again
    window.close()


def test_f5_reloads_the_list_on_screen(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> None:
    from desktop.ui.main_window import MainWindow

    main = MainWindow(demo_context("coordinator"), remember_geometry=False)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.show_area("meetings")
    view = main.area("meetings")
    wait_loaded(qtbot, view)
    rows = view.model.rowCount()
    assert rows > 0
    view.model.set_rows([])
    _activate(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_F5)
    main.ctx.runner.wait_for_idle()
    qtbot.waitUntil(lambda: view.model.rowCount() == rows)
