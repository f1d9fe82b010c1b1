"""The Interventions tab of the case window: the case's interventions with hours planned against
hours done, their status actions, and the sessions of the selected one. Assigning, starting and
logging follow the case's place in the procedure (case_workflow.check_action); a button the rule
disables says why in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Attendance, InterventionStatus
from desktop.services import cases
from desktop.services.case_workflow import CaseAction
from desktop.services.errors import ServiceError
from desktop.services.interventions import (
    NEXT_STATUSES,
    InterventionRow,
    ProviderKind,
    SessionRow,
    assignment_choices,
    case_interventions,
    intervention_sessions,
    may_log_session,
)
from desktop.services.permissions import Permission
from desktop.ui.case_detail.intervention_dialogs import (
    AssignInterventionDialog,
    LogSessionDialog,
    StatusDialog,
)
from desktop.ui.case_detail.panel import CasePanel
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.widgets.area import fit_columns, make_table_view
from desktop.ui.widgets.feedback import error_text
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel

STATUS_ORDER = {s: i for i, s in enumerate(InterventionStatus)}


def hours_text(row: InterventionRow) -> str:
    """Hours done against planned, e.g. "6.0 / 12.0 h" (Korean "6.0 / 12.0시간")."""
    return QCoreApplication.translate("InterventionsTableModel", "{done} / {planned} h").format(
        done=f"{row.hours_done:.1f}", planned=f"{row.planned_hours:.1f}"
    )


class InterventionsTableModel(RowTableModel[InterventionRow]):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        self._ctx = ctx
        super().__init__(parent)

    def _provider(self, r: InterventionRow) -> str:
        if r.provider_kind is ProviderKind.STAFF:
            return r.provider_name
        return self.tr("%1 (external)").replace("%1", r.provider_name)

    def _class_hours(self, r: InterventionRow) -> str:
        if r.class_hours is None:
            return ""
        return self.tr("Yes, %1 h").replace("%1", f"{r.class_hours:.1f}")

    def columns(self) -> list[Column[InterventionRow]]:
        return [
            Column(self.tr("Intervention"), lambda r: r.title, lambda r: r.title),
            Column(
                self.tr("Support type"),
                lambda r: self._ctx.domain_name(r.support_type_ko, r.support_type_en),
                lambda r: r.support_type_id,
            ),
            Column(self.tr("Provider"), self._provider, lambda r: r.provider_name),
            Column(self.tr("Status"), lambda r: label(r.status), lambda r: STATUS_ORDER[r.status]),
            Column(
                self.tr("Started"),
                lambda r: r.started_on.isoformat() if r.started_on else "",
                lambda r: r.started_on,
            ),
            Column(
                self.tr("Ended"), lambda r: r.ended_on.isoformat() if r.ended_on else "", lambda r: r.ended_on
            ),
            Column(
                self.tr("Hours done / planned"),
                hours_text,
                lambda r: (r.hours_done, r.planned_hours),
                align_right=True,
            ),
            Column(
                self.tr("h/week"),
                lambda r: f"{r.weekly_hours:.1f}",
                lambda r: r.weekly_hours,
                align_right=True,
            ),
            Column(
                self.tr("Class hours"),
                self._class_hours,
                lambda r: r.class_hours,
                tooltip=lambda r: self.tr("Recognised as class hours") if r.recognised_as_class_hours else "",
            ),
            Column(
                self.tr("Sessions"),
                lambda r: str(r.session_count),
                lambda r: r.session_count,
                align_right=True,
            ),
            Column(
                self.tr("Last session"),
                lambda r: r.last_session_on.isoformat() if r.last_session_on else "",
                lambda r: r.last_session_on,
            ),
        ]


class SessionsTableModel(RowTableModel[SessionRow]):
    def _notes(self, r: SessionRow) -> str:
        if r.notes_hidden:
            return self.tr("(restricted)")
        text = " ".join(r.notes.split())
        return f"{self.tr('[restricted]')} {text}" if r.restricted else text

    def columns(self) -> list[Column[SessionRow]]:
        return [
            Column(self.tr("Date"), lambda r: r.held_on.isoformat(), lambda r: r.held_on),
            Column(
                self.tr("Duration"),
                lambda r: self.tr("%1 min").replace("%1", str(r.duration_minutes)),
                lambda r: r.duration_minutes,
                align_right=True,
            ),
            Column(self.tr("Attendance"), lambda r: label(r.attendance), lambda r: r.attendance.value),
            Column(
                self.tr("Progress"),
                lambda r: str(r.progress_rating) if r.progress_rating is not None else "",
                lambda r: r.progress_rating,
                align_right=True,
            ),
            Column(self.tr("Logged by"), lambda r: r.author_name, lambda r: r.author_name),
            Column(
                self.tr("Notes"),
                self._notes,
                lambda r: r.notes,
                tooltip=lambda r: "" if r.notes_hidden else r.notes,
            ),
        ]


class InterventionsPanel(CasePanel):
    """The case's interventions; Assign…, Start / Complete / Stop and Log session… follow the
    user's permissions (a provider without ASSIGN_INTERVENTION may only log their sessions)."""

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self.model = InterventionsTableModel(ctx, self)
        self.proxy = RowFilterProxy(lambda r: r.title, self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table_view(self)
        self.table.setObjectName("interventions_table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # by start; planned ones last
        self.table.activated.connect(self._activated)

        self.sessions_model = SessionsTableModel(self)
        self.sessions_table = make_table_view(self)
        self.sessions_table.setObjectName("sessions_table")
        self.sessions_proxy = RowFilterProxy(lambda r: r.notes, self)
        self.sessions_proxy.setSourceModel(self.sessions_model)
        self.sessions_table.setModel(self.sessions_proxy)
        self.sessions_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.sessions_label = PlainLabel(self)

        self.assign_button = QPushButton(self.tr("&Assign…"), self)
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.complete_button = QPushButton(self.tr("Co&mplete"), self)
        self.stop_button = QPushButton(self.tr("S&top"), self)
        self.log_button = QPushButton(self.tr("&Log session…"), self)
        self.log_button.setShortcut(QKeySequence("Ctrl+L"))
        self.log_button.setToolTip(self.tr("Log a session of the selected intervention (Ctrl+L)"))
        self.refusals: dict[CaseAction, str | None] = {}

        may_assign = ctx.can(Permission.ASSIGN_INTERVENTION)
        for button in (self.assign_button, self.start_button, self.complete_button, self.stop_button):
            button.setVisible(may_assign)
        self.log_button.setVisible(ctx.can(Permission.LOG_SESSION))

        self.assign_button.clicked.connect(self.assign)
        self.start_button.clicked.connect(lambda: self.change_status(InterventionStatus.ACTIVE))
        self.complete_button.clicked.connect(lambda: self.change_status(InterventionStatus.COMPLETED))
        self.stop_button.clicked.connect(lambda: self.change_status(InterventionStatus.STOPPED))
        self.log_button.clicked.connect(self.log_session)

        self.empty_label = PlainLabel(self)
        self.empty_label.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (
            self.assign_button,
            self.start_button,
            self.complete_button,
            self.stop_button,
            self.log_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.empty_label)
        top_layout.addLayout(buttons)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.sessions_label)
        bottom_layout.addWidget(self.sessions_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.setTabOrder(self.table, self.assign_button)
        self.setTabOrder(self.assign_button, self.start_button)
        self.setTabOrder(self.start_button, self.complete_button)
        self.setTabOrder(self.complete_button, self.stop_button)
        self.setTabOrder(self.stop_button, self.log_button)
        self.setTabOrder(self.log_button, self.sessions_table)
        self.setFocusProxy(self.table)

        self._selecting = False
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def title(self) -> str:
        return self.tr("Interventions")

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        previous = self.selected()
        case_id = self.case_id
        self.refusals = self.ctx.read(lambda s, a: cases.case_workflow_status(s, a, case_id)).refusals
        rows = self.ctx.read(lambda s, a: case_interventions(s, a, case_id))
        self.model.set_rows(rows)
        fit_columns(self.table)  # a case has a handful of interventions
        if not rows:
            self.empty_label.setText(self.tr("No interventions you may see for this case yet."))
        self.empty_label.setVisible(not rows)
        wanted = previous.id if previous is not None else None
        # The sessions of the selection are read once, below (not also on the selection signal).
        self._selecting = True
        try:
            self.select_intervention(wanted if wanted is not None else (rows[0].id if rows else None))
        finally:
            self._selecting = False
        self._selection_changed()

    def select_intervention(self, intervention_id: int | None) -> None:
        if intervention_id is None:
            self.table.clearSelection()
            return
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            row = index.data(ROW_ROLE)
            if row is not None and row.id == intervention_id:
                self.table.setCurrentIndex(index)
                self.table.selectRow(r)
                return

    def selected(self) -> InterventionRow | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, InterventionRow) else None

    def _selection_changed(self, *_args: QItemSelection) -> None:
        if self._selecting:
            return
        row = self.selected()
        if row is None:
            self.sessions_model.set_rows([])
            self.sessions_label.setText(self.tr("Sessions: select an intervention."))
        else:
            rows = self.ctx.read(lambda s, a: intervention_sessions(s, a, row.id))
            self.sessions_model.set_rows(rows)
            fit_columns(self.sessions_table)
            attended = sum(1 for r in rows if r.attendance is Attendance.ATTENDED)
            self.sessions_label.setText(
                self.tr("Sessions of “%1”: %2 logged, %3 attended")
                .replace("%1", row.title)
                .replace("%2", str(len(rows)))
                .replace("%3", str(attended))
            )
        self._update_buttons(row)

    def _why(self, action: CaseAction) -> str:
        """Why the case's state does not allow `action` now ("" when it does)."""
        refusal = self.refusals.get(action)
        return error_text(ServiceError(refusal)) if refusal is not None else ""

    def _update_buttons(self, row: InterventionRow | None) -> None:
        next_statuses = NEXT_STATUSES[row.status] if row is not None else frozenset()
        assign_why = self._why(CaseAction.ASSIGN_INTERVENTION)
        self.assign_button.setEnabled(not assign_why)
        self.assign_button.setToolTip(assign_why)
        start_why = self._why(CaseAction.START_INTERVENTION)
        self.start_button.setEnabled(InterventionStatus.ACTIVE in next_statuses and not start_why)
        self.start_button.setToolTip(start_why)
        self.complete_button.setEnabled(InterventionStatus.COMPLETED in next_statuses)
        self.stop_button.setEnabled(InterventionStatus.STOPPED in next_statuses)
        log_why = self._why(CaseAction.LOG_SESSION)
        self.log_button.setEnabled(self._may_log(row))
        self.log_button.setToolTip(log_why or self.tr("Log a session of the selected intervention (Ctrl+L)"))

    def _may_log(self, row: InterventionRow | None) -> bool:
        return (
            row is not None
            and row.status is not InterventionStatus.PLANNED
            and row.started_on is not None
            and may_log_session(self.ctx.actor, row.provider_staff_id)
            and self.refusals.get(CaseAction.LOG_SESSION) is None
        )

    # --- actions ---------------------------------------------------------------------------

    def _activated(self, _index: QModelIndex) -> None:
        if self.log_button.isVisible() and self.log_button.isEnabled():
            self.log_session()

    def assign(self) -> None:
        choices = self.ctx.read(assignment_choices)
        dialog = AssignInterventionDialog(self.ctx, self.case_id, choices, self)
        self._run(dialog)

    def change_status(self, status: InterventionStatus) -> None:
        row = self.selected()
        if row is None:
            return
        self._run(StatusDialog(self.ctx, row, status, self))

    def log_session(self) -> None:
        row = self.selected()
        if row is None or not self._may_log(row):
            return
        self._run(LogSessionDialog(self.ctx, row, self))

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            stored = getattr(dialog, "stored_id", None)
            self.after_store(stored if isinstance(dialog, AssignInterventionDialog) else None)

    def after_store(self, select_id: int | None = None) -> None:
        """Reload after a dialog stored something, select `select_id` if given, emit `changed`."""
        self.refresh()
        if select_id is not None:
            self.select_intervention(select_id)
        self.changed.emit()
