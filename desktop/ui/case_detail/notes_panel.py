"""The Notes tab: the notes the user may read, and "Add note…"."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import NoteCategory
from desktop.services import case_detail, cases
from desktop.services.case_detail import NoteRow
from desktop.services.permissions import Permission
from desktop.ui.case_detail.panel import CasePanel
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.timefmt import datetime_text
from desktop.ui.widgets.area import fit_columns, make_table_view
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.focus import tab_in_order
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import Column, RowFilterProxy, RowTableModel
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding

# Categories whose notes are usually restricted (DESIGN §1.5): the dialog ticks the box for them.
SENSITIVE = frozenset({NoteCategory.ABUSE, NoteCategory.PSYCHIATRIC, NoteCategory.POLICE})


class NotesTableModel(RowTableModel[NoteRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> list[Column[NoteRow]]:
        return [
            Column(self.tr("Written"), lambda n: datetime_text(n.written_at), lambda n: n.written_at),
            Column(self.tr("Category"), lambda n: label(n.category)),
            Column(self.tr("Restricted"), lambda n: self.tr("Restricted") if n.restricted else ""),
            Column(self.tr("Author"), lambda n: n.author_name),
            Column(self.tr("Text"), self._text, tooltip=lambda n: "" if n.sealed else n.text),
        ]

    def _text(self, note: NoteRow) -> str:
        # A restricted note this account's keys cannot open (not its author, not a holder of the
        # restricted key) shows a mark, never the stored envelope.
        return self.tr("(restricted)") if note.sealed else " ".join(note.text.split())


class AddNoteDialog(AsksBeforeDiscarding, QDialog):
    """Category, restricted flag and text of a new note; OK checks there is a text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add note"))
        self.category = QComboBox(self)
        for category in NoteCategory:
            self.category.addItem(label(category), category)
        self.restricted = QCheckBox(
            self.tr("&Restricted: only me, the coordinator and the principal may read it"), self
        )
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.error = PlainLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.category.currentIndexChanged.connect(self._category_changed)
        form = QFormLayout()
        category_caption = PlainLabel(self.tr("&Category:"), self)
        category_caption.setBuddy(self.category)
        text_caption = PlainLabel(self.tr("&Text:"), self)
        text_caption.setBuddy(self.text)
        form.addRow(category_caption, self.category)
        form.addRow("", self.restricted)
        form.addRow(text_caption, self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        self.category.setFocus()

    def _category_changed(self) -> None:
        self.restricted.setChecked(self.category.currentData() in SENSITIVE)

    def note_category(self) -> NoteCategory:
        # Qt hands a StrEnum stored in a combo box back as a plain str.
        return NoteCategory(self.category.currentData())

    def note_text(self) -> str:
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        if not self.note_text():
            self.error.setText(self.tr("Write the text of the note."))
            self.text.setFocus()
            return
        super().accept()


class NotesPanel(CasePanel):
    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self.model = NotesTableModel(self)
        self.proxy = RowFilterProxy(lambda n: f"{n.author_name} {n.text}", self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.reader = QPlainTextEdit(self)
        self.reader.setReadOnly(True)
        self.reader.setAccessibleName(self.tr("Selected note"))
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.add_button = QPushButton(self.tr("&Add note…"), self)
        self.add_button.clicked.connect(self.add_note)
        self.add_button.setVisible(self.may_add(ctx))
        self.count_label = PlainLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        tab_in_order(self.add_button, self.table, self.reader)  # the button is above the list

    @staticmethod
    def may_add(ctx: AppContext) -> bool:
        """Whether this user may add notes to a case (the tab's button, the window's Ctrl+N)."""
        return ctx.can(Permission.MANAGE_CASES) or ctx.can(Permission.LOG_SESSION)

    def title(self) -> str:
        return self.tr("Notes")

    def refresh(self) -> None:
        rows = self.ctx.read(lambda s, a: case_detail.notes(s, a, self.case_id))
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.count_label.setText(self.tr("%n note(s)", "", len(rows)))
        self.reader.clear()

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.reader.clear()
            return
        note = self.model.row_at(self.proxy.mapToSource(index).row())
        self.reader.setPlainText(note.text)

    def add_note(self) -> None:
        dialog = AddNoteDialog(self)
        # Stored while the dialog is open: a refused note stays on screen, not lost.
        dialog.store_with(
            lambda: self.store_note(dialog.note_category(), dialog.restricted.isChecked(), dialog.note_text())
        )
        dialog.exec()

    def store_note(self, category: NoteCategory, restricted: bool, text: str) -> bool:
        """Add the note through the service; True when it was stored."""
        done = run_action(
            self,
            self.ctx,
            lambda s, a: cases.add_note(
                s, a, self.case_id, category=category, restricted=restricted, text=text
            ),
        )
        if done is None:
            return False
        self.changed.emit()
        return True
