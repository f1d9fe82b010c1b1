"""The intake queue: support requests waiting for the coordinator (new and in review), oldest
first. Enter opens a case from the selected request, Delete withdraws it (after asking)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.services.case_workflow import attach_request, open_case
from desktop.services.permissions import Permission
from desktop.services.requests import IntakeRow, intake_queue, withdraw_request
from desktop.ui.context import AppContext
from desktop.ui.requests.intake_table_model import IntakeTableModel, search_text
from desktop.ui.requests.open_case_dialog import OpenCaseDialog
from desktop.ui.widgets.area import fit_columns, heading, make_search_field, make_table_view
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.plain_text import PlainLabel, as_written
from desktop.ui.widgets.row_table_model import ROW_ROLE, RowFilterProxy
from desktop.ui.widgets.why_disabled import enable


class IntakeQueue(QWidget):
    """`case_opened(case_id)` after a case was opened from a request; `changed` after any action."""

    case_opened = Signal(int)
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, titled: bool = True) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.allowed = ctx.can(Permission.MANAGE_CASES)
        self.model = IntakeTableModel(lambda d: ctx.domain_name(d.name_ko, d.name_en), self)
        self.proxy = RowFilterProxy(search_text, self)
        self.proxy.setSourceModel(self.model)
        self.search_field = make_search_field(self.tr("Search by student, requester or description"), self)
        self.search_field.textChanged.connect(self.proxy.set_search)
        self.count_label = PlainLabel(self)

        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.open_case())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted):
            signal.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)

        self.open_button = QPushButton(self.tr("&Open a case…"), self)
        self.open_button.clicked.connect(self.open_case)
        self.attach_button = QPushButton(self.tr("&Add to the open case"), self)
        self.attach_button.clicked.connect(self.attach)
        self.withdraw_button = QPushButton(self.tr("Mark as &withdrawn…"), self)
        self.withdraw_button.clicked.connect(self.withdraw)

        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 2)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.open_button, self.attach_button, self.withdraw_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        if titled:  # inside the Cases area's tab the tab says it already
            layout.addWidget(heading(self.tr("Intake queue"), self))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.setTabOrder(self.search_field, self.table)
        self.setTabOrder(self.table, self.open_button)
        self.setTabOrder(self.open_button, self.attach_button)
        self.setTabOrder(self.attach_button, self.withdraw_button)
        if not self.allowed:
            self.setEnabled(False)
        self._update_buttons()

    def refresh(self) -> None:
        if not self.allowed:
            return
        self.show_rows(self._ctx.read(intake_queue))

    def show_rows(self, rows: list[IntakeRow]) -> None:
        """Show the waiting requests read (by `refresh`, or by the Cases area on the runner)."""
        current = self.current()
        self.model.set_rows(rows)
        fit_columns(self.table)
        self._select(current.id if current else None)
        self._update_count()
        self._update_buttons()

    def _select(self, request_id: int | None) -> None:
        target = 0
        for row in range(self.proxy.rowCount()):
            if request_id is not None and self._row(row).id == request_id:  # type: ignore[union-attr]
                target = row
                break
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(target, 0))

    def _row(self, proxy_row: int) -> IntakeRow | None:
        row = self.proxy.index(proxy_row, 0).data(ROW_ROLE)
        return row if isinstance(row, IntakeRow) else None

    def current(self) -> IntakeRow | None:
        index = self.table.currentIndex()
        return self._row(index.row()) if index.isValid() else None

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n request(s) waiting", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} requests").format(shown=shown, total=total))

    def _update_buttons(self) -> None:
        row = self.current()
        pick = self.tr("Choose a request in the queue first.")
        enable(
            self.open_button,
            pick
            if row is None
            else self.tr("The student already has an open case: add the request to it instead.")
            if row.open_case_id is not None
            else None,
        )
        enable(
            self.attach_button,
            pick
            if row is None
            else self.tr("The student has no open case: open a case instead.")
            if row.open_case_id is None
            else None,
        )
        enable(self.withdraw_button, pick if row is None else None)
        if row is not None and row.open_case_code:
            self.attach_button.setText(
                self.tr("&Add to the open case ({code})").format(code=row.open_case_code)
            )
        else:
            self.attach_button.setText(self.tr("&Add to the open case"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_case()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.withdraw()
                return True
        return super().eventFilter(watched, event)

    # --- actions ---------------------------------------------------------------------------------

    def open_case_dialog(self, row: IntakeRow) -> OpenCaseDialog:
        student = f"{row.grade}-{row.class_no}-{row.number} {row.student_name}"
        return OpenCaseDialog(self._ctx, student, self)

    def open_case(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.open_case_id is not None:
            QMessageBox.information(
                self,
                self.tr("Open a case"),
                as_written(
                    self.tr(
                        "{student} already has an open case ({code}). Use “Add to the open case” instead."
                    ).format(student=row.student_name, code=row.open_case_code)
                ),
            )
            return
        dialog = self.open_case_dialog(row)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        manager_id, priority = dialog.manager_id(), dialog.chosen_priority()
        case = run_action(
            self, self._ctx, lambda s, a: open_case(s, a, row.id, manager_id=manager_id, priority=priority)
        )
        if case is None:
            return
        self.refresh()
        self.changed.emit()
        self.case_opened.emit(case.id)

    def attach(self) -> None:
        row = self.current()
        if row is None or row.open_case_id is None:
            return
        case_id = row.open_case_id
        if run_action(self, self._ctx, lambda s, a: attach_request(s, a, row.id, case_id)) is None:
            return
        self.refresh()
        self.changed.emit()

    def withdraw(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw the request"),
            as_written(
                self.tr(
                    "Mark the request of {date} for {student} as withdrawn? It leaves the intake queue; "
                    "it is kept, not deleted."
                ).format(date=row.received_on.isoformat(), student=row.student_name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if run_action(self, self._ctx, lambda s, a: withdraw_request(s, a, row.id)) is None:
            return
        self.refresh()
        self.changed.emit()
