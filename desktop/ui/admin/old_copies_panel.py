"""Old copies: the backups in the backup folder and the pre-restore / pre-upgrade copies in the data
folder, which stay readable with the passwords valid when they were made. An administrator deletes
the ones no longer needed (desktop.services.backups.delete_old_copies; audited)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.services import backups
from desktop.storage.backup import BACKUP_COPY, PRE_RESTORE_COPY, PRE_UPGRADE_COPY, OldCopy
from desktop.ui.context import AppContext
from desktop.ui.timefmt import datetime_text
from desktop.ui.widgets.area import fit_columns, make_table_view
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.focus import tab_in_order
from desktop.ui.widgets.row_table_model import ROW_ROLE, Column, RowTableModel

_KINDS = {
    BACKUP_COPY: QT_TRANSLATE_NOOP("OldCopiesTableModel", "Backup"),
    PRE_RESTORE_COPY: QT_TRANSLATE_NOOP("OldCopiesTableModel", "Data before a restore"),
    PRE_UPGRADE_COPY: QT_TRANSLATE_NOOP("OldCopiesTableModel", "Database before an update"),
}


def kind_label(kind: str) -> str:
    """The translated kind of an old copy."""
    return QCoreApplication.translate("OldCopiesTableModel", _KINDS.get(kind, kind))


def size_text(size: int) -> str:
    """Bytes as MB with one decimal (KB below 1 MB)."""
    if size < 1024 * 1024:
        return QCoreApplication.translate("OldCopiesTableModel", "{n} KB").format(
            n=max(1, round(size / 1024))
        )
    return QCoreApplication.translate("OldCopiesTableModel", "{n} MB").format(n=f"{size / (1024 * 1024):.1f}")


class OldCopiesTableModel(RowTableModel[OldCopy]):
    def columns(self) -> list[Column[OldCopy]]:
        return [
            Column(self.tr("Made"), lambda r: datetime_text(r.created), lambda r: r.created),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind), lambda r: r.kind),
            Column(self.tr("Name"), lambda r: r.name, lambda r: r.name, tooltip=lambda r: str(r.path)),
            Column(self.tr("Size"), lambda r: size_text(r.size), lambda r: r.size, align_right=True),
        ]


class OldCopiesPanel(QWidget):
    """The list of old copies with "Delete selected…"; for administrators."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        explanation = QLabel(
            self.tr(
                "A backup stays readable with the passwords that were valid when it was taken. Delete old "
                "backups and copies you no longer need."
            ),
            self,
        )
        explanation.setObjectName("old_copies_explanation")
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.model = OldCopiesTableModel(self)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.delete_button = QPushButton(self.tr("&Delete selected…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        bar = QHBoxLayout()
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explanation)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        tab_in_order(self.delete_button, self.table)
        self._update_buttons()

    def refresh(self) -> None:
        data_dir = self._ctx.vault.data_dir
        rows: list[OldCopy] = self._ctx.read(
            lambda session, actor: backups.old_copies(session, actor, data_dir)
        )
        self.model.set_rows(rows)
        fit_columns(self.table)
        self._update_buttons()

    def selected(self) -> list[OldCopy]:
        rows = [self.model.data(index, ROW_ROLE) for index in self.table.selectionModel().selectedRows()]
        return [row for row in rows if isinstance(row, OldCopy)]

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.selected()))

    def delete_selected(self) -> None:
        chosen = sorted(self.selected(), key=lambda c: (c.created, c.name))
        if not chosen:
            return
        lines = "\n".join(f"• {datetime_text(c.created)} — {kind_label(c.kind)}: {c.name}" for c in chosen)
        answer = QMessageBox.question(
            self,
            self.tr("Delete old copies"),
            self.tr("Delete these copies for good? This cannot be undone.\n\n{copies}").format(copies=lines),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        data_dir = self._ctx.vault.data_dir
        run_action(self, self._ctx, lambda s, a: backups.delete_old_copies(s, a, data_dir, chosen))
        self.refresh()
