"""The one way the interface prints a document: ask the purpose and what the print may
show, build the PDF in memory (the build audits the print), preview it in the app, then print it
on a system printer or save it as a PDF file.

Nothing is written to disk unless the user saves: the PDF stays in memory for the preview and the
printer. A failed save (disk full, no permission) says why and keeps the PDF, so the user can try
another place.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.reports.base import PrintContext
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.permissions import Permission
from desktop.storage.atomic import atomic_write_bytes
from desktop.ui.context import AppContext
from desktop.ui.printing.save_location import file_name, remember_save_folder, save_folder
from desktop.ui.widgets.area import keep_minimum_width
from desktop.ui.widgets.feedback import show_error
from desktop.ui.widgets.plain_text import PlainLabel, as_written
from desktop.ui.widgets.screen_fit import fit_to_screen

Build = Callable[[Session, Actor, PrintContext, IO[bytes]], int]

PRINT_DPI = 300
"""Pages are rendered for the printer at most at this resolution (enough for text, and an A4
page stays about 35 MB as an image)."""


class PrintOptionsDialog(QDialog):
    """Asks why the document is printed (required) and whether it may show full names and
    restricted notes (both off by default; each offered only when allowed)."""

    def __init__(
        self,
        title: str,
        *,
        allow_full_names: bool = True,
        allow_restricted: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print {document}").format(document=title))
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("print_purpose")
        self.purpose.setEditable(True)
        self.purpose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for suggestion in (
            self.tr("Support team meeting"),
            self.tr("Consultation with the guardian"),
            self.tr("Referral to an organisation"),
            self.tr("Signature of the student and the guardian"),
            self.tr("Case file"),
        ):
            self.purpose.addItem(suggestion)
        self.purpose.setCurrentIndex(-1)
        self.purpose.setEditText("")
        line = self.purpose.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("What is the print for?"))
        self.purpose.setAccessibleName(self.tr("Purpose"))
        purpose_label = PlainLabel(self.tr("P&urpose:"), self)
        purpose_label.setBuddy(self.purpose)

        self.full_names = QCheckBox(self.tr("Print &full names"), self)
        self.full_names.setObjectName("print_full_names")
        self.full_names.setToolTip(
            self.tr("Unchecked, the print shows the case code and the family name only (김○○).")
        )
        self.full_names.setVisible(allow_full_names)
        self.restricted = QCheckBox(self.tr("Include &restricted notes"), self)
        self.restricted.setObjectName("print_restricted")
        self.restricted.setVisible(allow_restricted)

        self.error = PlainLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        note = PlainLabel(
            self.tr("The print is recorded in the access log with its purpose. Print only what is needed."),
            self,
        )
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Preview…"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(purpose_label, self.purpose)
        form.addRow("", self.full_names)
        form.addRow("", self.restricted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        keep_minimum_width(self, 420)
        self.purpose.setFocus()

    def purpose_text(self) -> str:
        return self.purpose.currentText().strip()

    def wants_full_names(self) -> bool:
        return not self.full_names.isHidden() and self.full_names.isChecked()

    def wants_restricted(self) -> bool:
        return not self.restricted.isHidden() and self.restricted.isChecked()

    def accept(self) -> None:
        if not self.purpose_text():
            self.error.setText(self.tr("Say what the print is for: it is kept in the access log."))
            self.purpose.setFocus()
            return
        super().accept()


class PdfPreviewDialog(QDialog):
    """Shows a PDF held in memory, every page, fitted to the width; Print… sends it to a
    system printer, Save as PDF… writes it to a file. `done_something` tells whether either
    happened."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview — {document}").format(document=title))
        self.data = data
        self.title = title
        self.done_something = False
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.pages_label = PlainLabel(self)
        self.pages_label.setObjectName("pdf_pages")
        self.pages_label.setText(self.tr("%n page(s)", "", self.page_count()))

        self.buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_with_dialog)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_with_dialog)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(760, 900))
        self.view.setFocus()

    def page_count(self) -> int:
        return int(self.document.pageCount())

    # --- printing -----------------------------------------------------------------------------

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setFullPage(True)  # the PDF page is the paper: its own margins stay as laid out
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {document}").format(document=self.title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.print_to(printer):
            self.done_something = True

    def print_to(self, printer: QPrinter) -> bool:
        """Render every page (or the range chosen in the print dialog) onto the printer; False,
        after saying why, when the printer could not be used."""
        count = self.page_count()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, count
        first, last = max(first, 1), min(last, count)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self,
                self.tr("Not printed"),
                self.tr("The printer could not be started. Check that it is connected and try again."),
            )
            return False
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            for number, page in enumerate(range(first - 1, last)):
                if number > 0 and not printer.newPage():
                    raise OSError("newPage")
                size = self.document.pagePointSize(page)
                pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
                image = self.document.render(page, pixels)
                area = painter.viewport()
                scaled = pixels.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
        except OSError:
            painter.end()
            QMessageBox.warning(
                self,
                self.tr("Not printed"),
                self.tr("Printing stopped: the printer did not take the next page."),
            )
            return False
        return bool(painter.end())

    # --- saving -------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        """The document, the case or meeting and the date, as the document's metadata names them
        ("회의록_제3차_2026-11-19.pdf"); the title and today's date for a document without them."""
        subject = self.document.metaData(QPdfDocument.MetaDataField.Subject)
        if not isinstance(subject, str) or not subject.strip() or subject.strip() == self.title:
            subject = f"{self.title} {date.today().isoformat()}"
        return file_name(subject, ".pdf")

    def save_with_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(save_folder() / self.suggested_name()),
            self.tr("PDF documents (*.pdf)"),
        )
        if path and self.save_to(Path(path)):
            remember_save_folder(Path(path))
            self.done_something = True

    def save_to(self, path: Path) -> bool:
        """Write the PDF atomically (a crash leaves the old file or the new one, never half);
        False, after saying why, when it could not be written."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            atomic_write_bytes(path, self.data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                as_written(
                    self.tr("The PDF could not be saved to {path}: {reason}. Choose another place.").format(
                        path=str(path), reason=exc.strerror or str(exc)
                    )
                ),
            )
            return False
        return True


def build_document(ctx: AppContext, build: Build, print_ctx: PrintContext) -> bytes:
    """Build the PDF in memory (the build checks, audits and commits); a ServiceError propagates.
    Runs on the calling thread (the print flow calls it on the operation runner's worker)."""
    out = io.BytesIO()
    ctx.write(lambda s, a: build(s, a, print_ctx, out))
    return out.getvalue()


def build_in_background(
    parent: QWidget | None, ctx: AppContext, build: Build, print_ctx: PrintContext
) -> bytes:
    """Build the document on the operation runner (a committee report of a large school takes
    seconds): the windows keep repainting and a modal progress dialog appears if it takes more
    than a moment. A ServiceError propagates, as from build_document."""
    data = ctx.runner.run_modal(
        lambda: build_document(ctx, build, print_ctx),
        progress_text=QCoreApplication.translate("PrintFlow", "Preparing the document…"),
        parent_widget=parent,
    )
    assert isinstance(data, bytes)
    return data


def print_document(
    parent: QWidget | None,
    ctx: AppContext,
    *,
    title: str,
    build: Build,
    allow_restricted: bool = False,
    allow_full_names: bool = True,
) -> bool:
    """Ask the purpose and options, build the document, preview it; True when it was printed or
    saved. A refused build says why and returns False."""
    options = PrintOptionsDialog(
        title,
        allow_full_names=allow_full_names,
        allow_restricted=allow_restricted and ctx.can(Permission.VIEW_RESTRICTED_NOTES),
        parent=parent,
    )
    if options.exec() != QDialog.DialogCode.Accepted:
        return False
    print_ctx = PrintContext(
        purpose=options.purpose_text(),
        printed_by=ctx.actor.display_name,
        printed_at=datetime.now(UTC),
        school_name=ctx.school_name,
        full_names=options.wants_full_names(),
        include_restricted=options.wants_restricted(),
    )
    try:
        data = build_in_background(parent, ctx, build, print_ctx)
    except ServiceError as exc:
        show_error(parent, exc)
        return False
    if parent is not None and not shiboken6.isValid(parent):
        return False  # the window was closed while the document was built
    preview = PdfPreviewDialog(data, title, parent)
    preview.exec()
    return preview.done_something


__all__ = ["PdfPreviewDialog", "PrintOptionsDialog", "build_document", "print_document"]
