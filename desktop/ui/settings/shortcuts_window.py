"""The "Keyboard shortcuts" window (F1). Its list is read from the live QShortcut and QAction objects
of the window it describes, so it cannot drift from what the keys really do: a shortcut appears when
it has a description (its whatsThis, or an action's text)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.plain_text import PlainLabel


@dataclass(frozen=True)
class ShortcutEntry:
    keys: str  # as shown to the user (native text, e.g. "Ctrl+Shift+N")
    description: str


def _plain(text: str) -> str:
    """A text without its mnemonic: "&Save" and Korean "저장(&S)" read "Save" and "저장"."""
    text = re.sub(r"\(&[^&\s]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_entries(window: QWidget) -> list[ShortcutEntry]:
    """Every enabled, described shortcut of `window` and its children: QShortcuts (described by
    their whatsThis), QActions (their text) and buttons with a shortcut (their text)."""
    seen: set[tuple[str, str]] = set()
    entries: list[ShortcutEntry] = []

    def add(sequence: QKeySequence, description: str) -> None:
        keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        description = _plain(description)
        if keys and description and (keys, description) not in seen:
            seen.add((keys, description))
            entries.append(ShortcutEntry(keys, description))

    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled():
            add(shortcut.key(), shortcut.whatsThis())
    for action in window.findChildren(QAction):
        if action.isEnabled():
            for sequence in action.shortcuts():
                add(sequence, action.whatsThis() or action.text())
    for button in window.findChildren(QAbstractButton):
        if button.isEnabled() and not button.shortcut().isEmpty() and button.isVisibleTo(window):
            add(button.shortcut(), button.text())
    return entries


class ShortcutsWindow(QDialog):
    """Lists the shortcuts of `window` in a two-column table (keys, what they do)."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcuts_window")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.entries = shortcut_entries(window)
        self.table = QTableWidget(len(self.entries), 2, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, entry in enumerate(self.entries):
            keys = QTableWidgetItem(entry.keys)
            keys.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 0, keys)
            self.table.setItem(row, 1, QTableWidgetItem(entry.description))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = PlainLabel(
            self.tr("Lists and case windows have more shortcuts; hover over a button to see its keys."),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 560)
