"""The student detail: identity, background, guardian, enrolment and case history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import ServiceError
from desktop.services.permissions import Permission
from desktop.services.students import CaseHistoryRow, StudentDetail, case_history, student_detail
from desktop.ui.change_bus import refresh_when_changed
from desktop.ui.context import AppContext
from desktop.ui.labels import flag_label, label
from desktop.ui.widgets.area import fit_columns, make_table_view
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import ROW_ROLE, Column, RowTableModel


class CaseHistoryModel(RowTableModel[CaseHistoryRow]):
    def columns(self) -> list[Column[CaseHistoryRow]]:
        return [
            Column(self.tr("Case"), lambda r: r.code, lambda r: r.code),
            Column(self.tr("State"), lambda r: label(r.state), lambda r: r.state.value),
            Column(self.tr("Opened"), lambda r: r.opened_on.isoformat(), lambda r: r.opened_on),
            Column(
                self.tr("Closed"),
                lambda r: r.closed_on.isoformat() if r.closed_on else "",
                lambda r: r.closed_on,
            ),
            Column(self.tr("Case manager"), lambda r: r.manager_name, lambda r: r.manager_name),
        ]


class StudentDetailDialog(QDialog):
    """Shows one student's record. `case_requested(case_id)` asks the main window to open a case
    (Enter or double-click on the history); "File a support request…" opens the request dialog."""

    case_requested = Signal(int)
    request_filed = Signal(int)

    def __init__(self, ctx: AppContext, detail: StudentDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.detail = detail
        self.setWindowTitle(self.tr("Student: {name}").format(name=detail.name))

        identity = QFormLayout()
        self.fields: dict[str, QLabel] = {}

        def add(key: str, title: str, value: str) -> None:
            field = PlainLabel(value or "—", self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = field
            identity.addRow(title, field)

        d = detail
        add("name", self.tr("Name:"), d.name)
        add("student_no", self.tr("Student no.:"), d.student_no)
        add(
            "place",
            self.tr("Grade, class, number:"),
            self.tr("Grade {grade}, class {cls}, no. {number}").format(
                grade=d.grade, cls=d.class_no, number=d.number
            ),
        )
        add("sex", self.tr("Sex:"), label(d.sex))
        add("birth_date", self.tr("Date of birth:"), d.birth_date.isoformat() if d.birth_date else "")
        status = label(d.status)
        if d.left_on is not None:
            status = self.tr("{status} (since {day})").format(status=status, day=d.left_on.isoformat())
        add("status", self.tr("Enrolment:"), status)
        add("flags", self.tr("Background:"), ", ".join(flag_label(f) for f in d.flags))
        add("family_type", self.tr("Family type:"), label(d.family_type))
        guardian = d.guardian_name
        if d.guardian_relation:
            guardian = f"{guardian} ({d.guardian_relation})" if guardian else d.guardian_relation
        add("guardian", self.tr("Guardian:"), guardian)
        add("guardian_phone", self.tr("Guardian's phone:"), d.guardian_phone)

        self.cases_model = CaseHistoryModel(self)
        self.cases_table = make_table_view(self)
        self.cases_table.setSortingEnabled(False)
        self.cases_table.setModel(self.cases_model)
        self.cases_table.doubleClicked.connect(lambda index: self._open_case(index.row()))
        self.cases_table.installEventFilter(self)
        history = QGroupBox(self.tr("Case history"), self)
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.cases_table)
        self.no_case_label = PlainLabel(self.tr("No case so far."), history)
        history_layout.addWidget(self.no_case_label)
        self._show_cases(d.cases)
        # A case opened, moved on or closed in a case window shows here at once.
        refresh_when_changed(
            ctx.changes,
            self,
            lambda c: c.touches(("support_case", "staff_account", "student")),
            self.reload_cases,
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.request_button = QPushButton(self.tr("File a support &request…"), self)
        self.request_button.setVisible(ctx.can(Permission.FILE_REQUEST))
        self.request_button.clicked.connect(self.file_request)
        self.buttons.addButton(self.request_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(identity)
        layout.addWidget(history, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 520)

    def _show_cases(self, cases: tuple[CaseHistoryRow, ...]) -> None:
        self.cases_model.set_rows(cases)
        self.cases_table.setVisible(bool(cases))
        self.no_case_label.setVisible(not cases)
        if cases:
            fit_columns(self.cases_table)

    def reload_cases(self) -> None:
        """Read the case history again (after a change made anywhere)."""
        try:
            cases = self._ctx.read(lambda s, a: case_history(s, a, self.detail.id))
        except ServiceError:  # no longer visible to this account: keep what is shown
            return
        self._show_cases(cases)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.cases_table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.cases_table.currentIndex().isValid()
        ):
            self._open_case(self.cases_table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def _open_case(self, row: int) -> None:
        case = self.cases_model.index(row, 0).data(ROW_ROLE)
        if isinstance(case, CaseHistoryRow):
            self.case_requested.emit(case.id)

    def request_dialog(self) -> QDialog:
        from desktop.ui.requests.request_dialog import RequestDialog

        return RequestDialog(self._ctx, self.detail.id, self)

    def file_request(self) -> None:
        dialog = self.request_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            request_id = getattr(dialog, "request_id", None)
            if request_id is not None:
                self.request_filed.emit(request_id)


def load_student_detail(parent: QWidget | None, ctx: AppContext, student_id: int) -> StudentDetail | None:
    """The student's record (an audited view), or None after showing why it cannot be shown."""
    return run_action(parent, ctx, lambda s, a: student_detail(s, a, student_id))


def open_student_detail(
    parent: QWidget | None, ctx: AppContext, student_id: int
) -> StudentDetailDialog | None:
    """Load the record and build its dialog (the caller shows it), or None when it cannot be shown."""
    detail = load_student_detail(parent, ctx, student_id)
    return StudentDetailDialog(ctx, detail, parent) if detail is not None else None
