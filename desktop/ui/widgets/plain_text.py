"""Showing what the school typed as text, never as markup: a name such as "<b>…</b><img src=…>"
must read as those characters, not turn bold or load a file. Qt guesses "rich text" for labels,
message boxes and tool tips whose text looks like HTML (`Qt.mightBeRichText`), so every widget
that can show stored data is told the text is plain, or given it escaped."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A label that shows its text as written (a QLabel otherwise guesses rich text)."""

    def __init__(self, text: str | QWidget | None = "", parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget):  # PlainLabel(parent), like QLabel(parent)
            super().__init__(text)
        else:
            super().__init__(text or "", parent)
        self.setTextFormat(Qt.TextFormat.PlainText)


def as_written(text: str) -> str:
    """`text` for a place where Qt guesses rich text and has no plain setting: a tool tip (of a
    widget or a table cell) or a message box of QMessageBox's static functions. A text Qt would
    take for HTML is escaped into rich text that reads as the very characters; any other text is
    returned unchanged (Qt shows it plain)."""
    if text and QtGui.Qt.mightBeRichText(text):
        return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
    return text
