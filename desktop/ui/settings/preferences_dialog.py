"""Preferences: the font size, applied at once, and the interface language, applied from the next
start (every window is built in its language; switching the open ones live would leave texts
behind that were formatted when they were shown).

The font size is stored per PC account (desktop.config.remember_font_size, a small JSON file outside
the database): it is a personal need, and changing the school's setting (Settings.FONT_POINT_SIZE,
the default for everyone) is for administrators only. The personal size, when set, wins.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.config import Settings, personal_font_size, remember_font_size
from desktop.preferences import personal_language, remember_language
from desktop.ui.i18n import current_language
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding


def set_application_font_size(size: int) -> None:
    """Every window's font, now (Qt propagates the application font to every widget)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = app.font()
    if font.pointSize() == size:
        return
    font.setPointSize(size)
    app.setFont(font)
    # Widgets styled by a style sheet keep the font they were polished with; polishing them again
    # makes them take the new one (widgets with a font of their own, e.g. headings, keep it).
    for widget in app.allWidgets():
        # Skip widgets already on their way out (deleted on the C++ side).
        if shiboken6.isValid(widget) and not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)


class PreferencesDialog(AsksBeforeDiscarding, QDialog):
    """The font size and the interface language for this PC account. The size applies while the
    spin box moves (closing without storing — Discard — puts it back, OK stores it); the language
    is stored by OK and applies when Dodam next starts, as the dialog says."""

    def __init__(self, school_font_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._school_size = school_font_size
        app = QApplication.instance()
        self._initial = (
            app.font().pointSize()
            if isinstance(app, QApplication)
            else personal_font_size() or school_font_size
        )

        setting = Settings.FONT_POINT_SIZE
        self.font_size = QSpinBox(self)
        self.font_size.setObjectName("font_size")
        self.font_size.setRange(setting.minimum or 8, setting.maximum or 20)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(self._initial)
        self.font_size.setAccessibleName(self.tr("Font size"))
        self.font_size.valueChanged.connect(set_application_font_size)
        self.school_button = QPushButton(
            self.tr("Use the school's size ({size} pt)").format(size=school_font_size), self
        )
        self.school_button.setObjectName("school_font_button")
        self.school_button.clicked.connect(lambda: self.font_size.setValue(self._school_size))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Automatic (the system's language)"), None)
        # Each language named in itself, so that it can be found whichever language is showing.
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(personal_language())))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = PlainLabel("", self)
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        self._language_changed()
        note = PlainLabel(
            self.tr(
                "The font size and the language apply to this PC account only; other accounts keep theirs."
            ),
            self,
        )
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Font size:"), self.font_size)
        form.addRow("", self.school_button)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.font_size.setFocus()

    def chosen_language(self) -> str | None:
        """ "ko", "en", or None for the system's language."""
        data = self.language.currentData()
        return data if isinstance(data, str) else None

    def _language_changed(self) -> None:
        from desktop.ui.i18n import resolve_language

        if resolve_language(self.chosen_language()) == current_language():
            text = self.tr("A new language applies the next time Dodam starts.")
        else:
            text = self.tr("Restart Dodam to see it in this language: it applies from the next start.")
        self.language_note.setText(text)

    def accept(self) -> None:
        size = self.font_size.value()
        remember_font_size(None if size == self._school_size else size)
        remember_language(self.chosen_language())
        super().accept()

    def drop_typed(self) -> None:
        set_application_font_size(self._initial)
