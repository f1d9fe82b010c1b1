"""Dialogs that never lose what was typed in them.

A dialog that mixes in `AsksBeforeDiscarding` (before QDialog or QWizard in its bases) remembers
the values of its editable fields when it is first shown. When the user then presses Esc, Cancel
or the window's close button with something changed, it asks Save / Discard / Cancel: Save stores
through the dialog's own OK path (it closes only when storing worked), Discard closes, Cancel goes
back to the dialog. Discard is the only way to lose the text.

Password fields are left out: nothing typed there is worth keeping, and their text is never held
in a snapshot."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from desktop.ui.widgets.feedback import save_discard_or_cancel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    _DialogBase = QDialog
else:
    _DialogBase = object


def field_values(root: QWidget) -> tuple[object, ...]:
    """What the editable fields under `root` hold now (not password fields, not read-only ones),
    in the order of the widget tree: two snapshots of one dialog compare field by field."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if widget.echoMode() is not QLineEdit.EchoMode.Normal or widget.isReadOnly():
                continue
            if isinstance(widget.parent(), QAbstractSpinBox):
                continue  # a spin box or date field is read as a whole below
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            if not widget.isReadOnly():
                values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentIndex())
        elif isinstance(widget, QCheckBox | QRadioButton):
            values.append(widget.isChecked())
        elif isinstance(widget, QAbstractSpinBox) and not widget.isReadOnly():
            values.append(widget.text())
    return tuple(values)


def discard_or_cancel(parent: QWidget | None, title: str, question: str) -> QMessageBox.StandardButton:
    """The question for work that cannot be stored half-way (a set-up not finished yet): Discard
    or Cancel (the default)."""
    from desktop.ui.widgets.plain_text import as_written

    return QMessageBox.question(
        parent,
        title,
        as_written(question),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )


class AsksBeforeDiscarding(_DialogBase):
    """Mix into a QDialog (first in the bases). Override `unsaved_question()` for a question that
    names what is unsaved, and `save_typed()` when OK does not go through `accept()`.

    `store_with(callback)` lets the code that opened the dialog store its values while the dialog
    is still open: OK and Save close it only when the callback returns True (the user was told why
    not otherwise), so nothing typed is lost to a refused write."""

    def remember_fields(self) -> None:
        """Take the values shown now as the unchanged state (done on first show)."""
        self._fields_at_open: tuple[object, ...] | None = field_values(self)

    def has_unsaved_input(self) -> bool:
        """True when a field differs from what the dialog showed when it opened."""
        before = getattr(self, "_fields_at_open", None)
        return before is not None and field_values(self) != before

    def unsaved_question(self) -> tuple[str, str]:
        """The title and text of the question."""
        return (
            QCoreApplication.translate("UnsavedWork", "Unsaved changes"),
            QCoreApplication.translate(
                "UnsavedWork", "What you entered in “{title}” has not been saved yet. Save it?"
            ).format(title=self.windowTitle()),
        )

    def save_typed(self) -> None:
        """What Save does: the dialog's OK (stores, and closes only when that worked)."""
        self.accept()

    def drop_typed(self) -> None:
        """Undo what the fields changed outside the dialog (a preview) when it closes unsaved."""

    def store_with(self, store: Callable[[], bool]) -> None:
        self._store: Callable[[], bool] | None = store

    def may_discard(self) -> bool:
        """Ask about changed fields. True when the dialog may close without storing (nothing was
        changed, or Discard); Save runs `save_typed()` and returns False, as does Cancel."""
        if not self.has_unsaved_input():
            return True
        answer = save_discard_or_cancel(self, *self.unsaved_question())
        if answer == QMessageBox.StandardButton.Save:
            self.save_typed()
            return False
        return answer == QMessageBox.StandardButton.Discard

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_fields_at_open", None) is None:
            self.remember_fields()
        super().showEvent(event)

    def accept(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None and not store():
            return
        super().accept()

    def reject(self) -> None:
        """Esc, Cancel and the close button (QDialog's closeEvent calls reject)."""
        if self.may_discard():
            self.drop_typed()
            super().reject()
