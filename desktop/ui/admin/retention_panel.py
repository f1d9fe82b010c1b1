"""Retention (decree §10⑤): the preview of records due for purge, and the irreversible purge.

The purge is confirmed by typing the number of students, then runs on the operation runner with
a progress dialog (it ends with a VACUUM of the whole file, which can take a while).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.config import Settings
from desktop.services import retention, settings_store
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.korean_text import with_josa
from desktop.services.permissions import Permission
from desktop.services.retention import DueStudent, PurgeResult
from desktop.ui.admin import retention_table_model
from desktop.ui.admin.retention_table_model import RetentionTableModel
from desktop.ui.context import AppContext
from desktop.ui.widgets.area import heading, make_search_field, make_table_view
from desktop.ui.widgets.feedback import run_action, show_error
from desktop.ui.widgets.row_table_model import ROW_ROLE, RowFilterProxy


class PurgeConfirmDialog(QDialog):
    """Names how many students and cases are about to be deleted for good; OK only once the number
    of students has been typed."""

    def __init__(self, students: int, cases: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.students = students
        self.setWindowTitle(self.tr("Purge records for good"))
        text = QLabel(
            self.tr(
                "The records of {students} students, with their {cases} cases and everything under "
                "them (requests, consents, plans, interventions, sessions, referrals, notes and tasks), "
                "will be deleted for good. This cannot be undone. Meeting minutes keep their text; "
                "the audit log keeps its events.\n\nMake sure a recent backup exists if the school "
                "must keep one. Type the number of students ({students}) to confirm."
            ).format(students=students, cases=cases),
            self,
        )
        text.setWordWrap(True)
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(str(students))
        self.number_edit.setAccessibleName(self.tr("Number of students to purge"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Purge for good"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.number_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.number_edit.setFocus()

    def _confirmed(self) -> bool:
        return self.number_edit.text().strip() == str(self.students)

    def _check(self) -> None:
        ok = self._confirmed()
        self.ok_button.setEnabled(ok)
        typed = self.number_edit.text().strip()
        self.error_label.setText(
            ""
            if ok or not typed
            else with_josa(self.tr("Type exactly {students} to confirm.").format(students=self.students))
        )

    def accept(self) -> None:
        if not self._confirmed():
            self.error_label.setText(
                with_josa(self.tr("Type exactly {students} to confirm.").format(students=self.students))
            )
            return
        super().accept()


class RetentionPanel(QWidget):
    """The purge preview and the purge. `purged` is emitted (with the result) after a purge."""

    purged = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today: Callable[[], date] = date.today
        self.last_result: PurgeResult | None = None
        self.confirm: Callable[[int, int], bool] = self._ask_confirmation

        self.model = RetentionTableModel(self)
        self.proxy = RowFilterProxy(retention_table_model.search_text, self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table_view(self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Records due for purge"))
        self.search_field = make_search_field(self.tr("Search by class or masked name"), self)
        self.search_field.textChanged.connect(self.proxy.set_search)

        self.rule_label = QLabel(
            self.tr(
                "Decree §10⑤: support records are kept until the student would finish high school, "
                "or until age 19 if they left school. Enrolled students are never listed."
            ),
            self,
        )
        self.rule_label.setWordWrap(True)
        self.extra_spin = QSpinBox(self)
        self.extra_spin.setRange(
            Settings.RETENTION_EXTRA_MONTHS.minimum or 0, Settings.RETENTION_EXTRA_MONTHS.maximum or 120
        )
        self.extra_spin.setSuffix(self.tr(" months"))
        extra_label = QLabel(self.tr("&Keep longer by"), self)
        extra_label.setBuddy(self.extra_spin)
        self.save_extra_button = QPushButton(self.tr("&Save"), self)
        self.save_extra_button.clicked.connect(self._save_extra)

        self.count_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.select_all_button = QPushButton(self.tr("Select &all"), self)
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.purge_button = QPushButton(self.tr("&Purge selected…"), self)
        self.purge_button.clicked.connect(self.purge_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.purge_selected)

        settings_row = QHBoxLayout()
        settings_row.addWidget(extra_label)
        settings_row.addWidget(self.extra_spin)
        settings_row.addWidget(self.save_extra_button)
        settings_row.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 2)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.select_all_button)
        bar.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Retention and purge"), self))
        layout.addWidget(self.rule_label)
        layout.addLayout(settings_row)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.setTabOrder(self.extra_spin, self.save_extra_button)
        self.setTabOrder(self.save_extra_button, self.search_field)
        self.setTabOrder(self.search_field, self.table)
        self.setTabOrder(self.table, self.select_all_button)
        self.setTabOrder(self.select_all_button, self.purge_button)

        allowed = ctx.can(Permission.MANAGE_SETTINGS)
        for widget in (self.extra_spin, self.save_extra_button, self.select_all_button, self.table):
            widget.setEnabled(allowed)
        if not allowed:
            self.status_label.setText(self.tr("Only an administrator can review and purge records."))
        self._update_buttons()

    # --- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._ctx.can(Permission.MANAGE_SETTINGS):
            self.model.set_rows([])
            self._update_buttons()
            return
        today = self.today()
        rows: list[DueStudent] = self._ctx.read(lambda s, a: retention.due_for_purge(s, a, today))
        extra = self._ctx.read(lambda s, _a: settings_store.get(s, Settings.RETENTION_EXTRA_MONTHS))
        self.extra_spin.setValue(extra)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{count} students due").format(count=len(rows)))
        self._update_buttons()

    def selected_rows(self) -> list[DueStudent]:
        rows = []
        for index in self.table.selectionModel().selectedRows():
            row = index.data(ROW_ROLE)
            if isinstance(row, DueStudent):
                rows.append(row)
        return rows

    def _update_buttons(self) -> None:
        self.purge_button.setEnabled(
            self._ctx.can(Permission.MANAGE_SETTINGS) and bool(self.table.selectionModel().selectedRows())
        )
        self.select_all_button.setEnabled(
            self._ctx.can(Permission.MANAGE_SETTINGS) and self.model.rowCount() > 0
        )

    def _save_extra(self) -> None:
        value = self.extra_spin.value()

        def save(session: Session, actor: Actor) -> bool:
            settings_store.put(session, actor, Settings.RETENTION_EXTRA_MONTHS, value)
            return True

        stored = run_action(self, self._ctx, save)
        if stored:
            self.status_label.setText(
                self.tr("Saved: records are kept {months} months longer.").format(months=value)
            )
            self.refresh()

    # --- the purge -------------------------------------------------------------------------------

    def _ask_confirmation(self, students: int, cases: int) -> bool:
        dialog = PurgeConfirmDialog(students, cases, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def purge_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not self._ctx.can(Permission.MANAGE_SETTINGS):
            return
        if not self.confirm(len(rows), sum(r.cases for r in rows)):
            return
        ids = [r.student_id for r in rows]
        today = self.today()
        vault, actor = self._ctx.vault, self._ctx.actor

        def work(report: retention.Reporter) -> PurgeResult:  # worker thread: no widgets
            with vault.session() as session:
                try:
                    return retention.purge(session, actor, ids, today, report=report)
                except BaseException:
                    session.rollback()
                    raise

        self.purge_button.setEnabled(False)
        self._ctx.runner.run_reporting(
            work,
            progress_text=self.tr("Purging records and compacting the database…"),
            on_success=self._purged,
            on_failure=self._failed,
            parent_widget=self,
        )

    def _purged(self, result: object) -> None:
        assert isinstance(result, PurgeResult)
        self.last_result = result
        self.status_label.setText(
            self.tr("Purged for good: {students} students, {cases} cases, {requests} requests.").format(
                students=result.students, cases=result.cases, requests=result.requests
            )
        )
        self.refresh()
        self.purged.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.refresh()
        if isinstance(exc, ServiceError):
            show_error(self, exc)
            return
        QMessageBox.critical(
            self,
            self.tr("Purge failed"),
            self.tr("The purge failed and nothing was deleted: {error}").format(error=exc),
        )
