"""Add addendum…: a dated addendum to finalised minutes, written in a box that does not lose its
text on Esc or Close without asking."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import meetings
from desktop.ui.context import AppContext
from desktop.ui.widgets.feedback import run_action, save_discard_or_cancel
from desktop.ui.widgets.plain_text import PlainLabel


class AddendumDialog(QDialog):
    """Writes the addendum when accepted (nothing is stored otherwise)."""

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._meeting_id = meeting_id
        self.setWindowTitle(self.tr("Add addendum"))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.error_label = PlainLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Add addendum"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            PlainLabel(self.tr("Addendum to the minutes (dated today; the minutes stay as they are)"), self)
        )
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def accept(self) -> None:
        text = self.text()
        if not text.strip():
            self.error_label.setText(self.tr("Write the text of the addendum."))
            self.text_edit.setFocus()
            return
        done = run_action(self, self._ctx, lambda s, a: meetings.add_addendum(s, a, self._meeting_id, text))
        if done is not None:
            super().accept()

    def reject(self) -> None:
        """Esc, Cancel or closing with text written: Add it, Discard it, or go back (Cancel)."""
        if self.text().strip():
            answer = save_discard_or_cancel(
                self,
                self.tr("Unsaved addendum"),
                self.tr("This addendum has not been added yet. Add it now?"),
            )
            if answer == QMessageBox.StandardButton.Save:
                self.accept()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


__all__ = ["AddendumDialog"]
