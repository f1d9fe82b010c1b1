"""Importing the roster (명렬표): choose a file, see how its columns were read and what would
change, see every rejected row with its reason, then import — all rows or none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import ServiceError
from desktop.services.roster_import import (
    ImportPreview,
    RejectedRow,
    apply_import,
    preview_import,
    read_roster,
)
from desktop.ui.context import AppContext
from desktop.ui.widgets.area import make_table_view
from desktop.ui.widgets.feedback import error_text, run_action
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import Column, RowTableModel


def rejection_text(row: RejectedRow) -> str:
    """The reason a row was rejected, in the interface's language."""
    return row.text(QCoreApplication.translate(row.context, row.message))


class RejectedRowsModel(RowTableModel[RejectedRow]):
    def columns(self) -> list[Column[RejectedRow]]:
        return [
            Column(self.tr("Row"), lambda r: str(r.row), lambda r: r.row, align_right=True),
            Column(self.tr("Reason"), rejection_text, rejection_text),
        ]


class RosterImportDialog(QDialog):
    """`imported` is emitted after the students were stored."""

    imported = Signal()

    def __init__(
        self, ctx: AppContext, path: Path | str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Import the student roster"))

        self.file_label = PlainLabel(self.tr("No file chosen."), self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.mapping_label = PlainLabel(self)
        self.mapping_label.setWordWrap(True)
        self.counts_label = PlainLabel(self)
        self.counts_label.setWordWrap(True)
        self.status_label = PlainLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)

        self.rejected_model = RejectedRowsModel(self)
        self.rejected_table = make_table_view(self)
        self.rejected_table.setModel(self.rejected_model)
        self.rejected_caption = PlainLabel(self.tr("Rejected rows:"), self)
        self.rejected_caption.setBuddy(self.rejected_table)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)

        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Columns:"), self.mapping_label)
        form.addRow(self.tr("Rows:"), self.counts_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rejected_caption)
        layout.addWidget(self.rejected_table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(680, 520)
        self._show_rejected(False)
        if path is not None:
            self.load(Path(path))

    # --- choosing and checking -------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the roster file"),
            str(self.path.parent) if self.path else "",
            self.tr("Roster files (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.load(Path(name))

    def field_title(self, field: str) -> str:
        titles = {
            "grade": self.tr("grade"),
            "class_no": self.tr("class"),
            "number": self.tr("number"),
            "name": self.tr("name"),
            "sex": self.tr("sex"),
            "birth_date": self.tr("date of birth"),
            "student_no": self.tr("student no."),
            "guardian_name": self.tr("guardian"),
            "guardian_relation": self.tr("guardian's relation"),
            "guardian_phone": self.tr("guardian's phone"),
        }
        return titles.get(field, field)

    def load(self, path: Path) -> None:
        """Read and check the file; shows the mapping, the counts and every rejected row."""
        self.path = path
        self.preview = None
        self.file_label.setText(str(path))
        self.mapping_label.clear()
        self.counts_label.clear()
        self.rejected_model.set_rows([])
        self._show_rejected(False)
        try:
            table = read_roster(path)
            preview: ImportPreview = self._ctx.read(lambda s, a: preview_import(s, a, table))
        except ServiceError as exc:
            self._set_status(error_text(exc), error=True)
            self.import_button.setEnabled(False)
            return
        self.preview = preview
        self.mapping_label.setText(
            ", ".join(
                self.tr("{header} → {field}").format(header=header, field=self.field_title(field))
                for field, header in preview.columns.items()
            )
        )
        self.counts_label.setText(
            self.tr("{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected").format(
                new=len(preview.inserts),
                updated=len(preview.updates),
                unchanged=len(preview.unchanged),
                rejected=len(preview.rejected),
            )
        )
        self.rejected_model.set_rows(preview.rejected)
        self._show_rejected(bool(preview.rejected))
        self.rejected_table.resizeColumnToContents(0)
        if preview.rejected:
            self._set_status(
                self.tr(
                    "%n row(s) cannot be imported. Nothing will be imported until the file is corrected; "
                    "fix the rows listed and choose the file again.",
                    "",
                    len(preview.rejected),
                ),
                error=True,
            )
            self.import_button.setEnabled(False)
        elif not preview.inserts and not preview.updates:
            self._set_status(
                self.tr("Every student in the file is already stored as it is; nothing to import.")
            )
            self.import_button.setEnabled(False)
        else:
            self._set_status(self.tr("The file is good. Press Import to store every row at once."))
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def _show_rejected(self, visible: bool) -> None:
        self.rejected_caption.setVisible(visible)
        self.rejected_table.setVisible(visible)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b00020;" if error else "")

    # --- importing -------------------------------------------------------------------------------

    def do_import(self) -> None:
        preview = self.preview
        if preview is None or not preview.ok:
            return
        result = run_action(self, self._ctx, lambda s, a: apply_import(s, a, preview))
        if result is None:
            self._set_status(self.tr("Nothing was imported."), error=True)
            return
        self.preview = None
        self.import_button.setEnabled(False)
        self._set_status(
            self.tr("Imported: {new} new students, {updated} updated, {unchanged} unchanged.").format(
                new=result.inserted, updated=result.updated, unchanged=result.unchanged
            )
        )
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setDefault(True)
            close.setFocus()
        self.imported.emit()
