"""Dialogs of the Interventions tab: assign an intervention, start/complete/stop it, log a session.

Each dialog checks its fields before accepting and says in its error label what is wrong; it then
calls the service through run_action, so a refusal shows as a message box and the dialog stays
open with nothing stored. After acceptance `stored_id` holds the id of what was stored.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Attendance, InterventionStatus
from desktop.services.interventions import (
    MAX_DURATION,
    MAX_PLANNED_HOURS,
    MAX_TITLE,
    MAX_WEEKLY_HOURS,
    AssignmentChoices,
    InterventionRow,
    OrganisationChoice,
    assign_intervention,
    log_session,
    set_intervention_status,
)
from desktop.services.workload import WorkloadRow
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.widgets.dates import date_of, make_date_edit
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.staff_label import staff_label_of
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding


def _error_label(parent: QWidget) -> QLabel:
    error = PlainLabel(parent)
    error.setObjectName("dialog_error")
    error.setWordWrap(True)
    error.setStyleSheet("color: #b00020;")
    error.hide()
    return error


class _Dialog(AsksBeforeDiscarding, QDialog):
    """OK/Cancel with OK as the default button, Esc cancels; an error label above the buttons."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stored_id: int | None = None
        self.error = _error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def validate(self) -> str | None:
        """The problem with the fields, or None when they may be stored."""
        return None

    def store(self) -> int | None:
        """Call the service (through run_action); the stored id, or None when refused."""
        raise NotImplementedError

    def accept(self) -> None:
        problem = self.validate()
        if problem is not None:
            self.show_error(problem)
            return
        self.error.hide()
        stored = self.store()
        if stored is None:
            return
        self.stored_id = stored
        super().accept()


def workload_text(row: WorkloadRow) -> str:
    """e.g. "3 interventions · 4.5 h/week"."""
    n = row.current_interventions
    if n == 1:
        text = QCoreApplication.translate("InterventionDialogs", "1 intervention · %1 h/week")
    else:
        text = QCoreApplication.translate("InterventionDialogs", "%n interventions · %1 h/week", None, n)
    return text.replace("%n", str(n)).replace("%1", f"{row.weekly_hours:.1f}")


class AssignInterventionDialog(_Dialog):
    """Assign an intervention to a case: title, support type, one provider (internal staff, each
    shown with their workload, or an external organisation), hours, start date, class hours."""

    def __init__(
        self, ctx: AppContext, case_id: int, choices: AssignmentChoices, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.case_id = case_id
        self.choices = choices
        self.setWindowTitle(self.tr("Assign an intervention"))

        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText(self.tr("e.g. weekly individual counselling"))
        self.type_combo = QComboBox(self)
        for t in choices.support_types:
            self.type_combo.addItem(ctx.domain_name(t.name_ko, t.name_en), t.id)

        self.staff_radio = QRadioButton(self.tr("Internal &staff"), self)
        self.org_radio = QRadioButton(self.tr("E&xternal organisation"), self)
        group = QButtonGroup(self)
        group.addButton(self.staff_radio)
        group.addButton(self.org_radio)
        self.staff_radio.setChecked(True)
        self.staff_combo = QComboBox(self)
        for s in choices.staff:
            self.staff_combo.addItem(f"{staff_label_of(s)} — {workload_text(s)}", s.staff_id)
        self.org_combo = QComboBox(self)
        for o in choices.organisations:
            self.org_combo.addItem(f"{o.name} ({label(o.kind)})", o.id)

        self.planned_hours = QDoubleSpinBox(self)
        self.planned_hours.setRange(0, MAX_PLANNED_HOURS)
        self.planned_hours.setDecimals(1)
        self.planned_hours.setSingleStep(1)
        self.planned_hours.setSuffix(self.tr(" h"))
        self.weekly_hours = QDoubleSpinBox(self)
        self.weekly_hours.setRange(0, MAX_WEEKLY_HOURS)
        self.weekly_hours.setDecimals(1)
        self.weekly_hours.setSingleStep(0.5)
        self.weekly_hours.setSuffix(self.tr(" h"))
        self.start_date = make_date_edit(parent=self)
        self.class_hours = QCheckBox(self.tr("&Recognised as class hours"), self)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Support &type:"), self.type_combo)
        form.addRow(self.tr("Provider:"), self.staff_radio)
        form.addRow("", self.staff_combo)
        form.addRow("", self.org_radio)
        form.addRow("", self.org_combo)
        form.addRow(self.tr("&Planned hours:"), self.planned_hours)
        form.addRow(self.tr("&Weekly hours:"), self.weekly_hours)
        form.addRow(self.tr("Planned &start:"), self.start_date)
        form.addRow("", self.class_hours)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        order = [
            self.title_edit,
            self.type_combo,
            self.staff_radio,
            self.staff_combo,
            self.org_radio,
            self.org_combo,
            self.planned_hours,
            self.weekly_hours,
            self.start_date,
            self.class_hours,
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

        self.staff_radio.toggled.connect(self._provider_changed)
        self.org_combo.currentIndexChanged.connect(self._provider_changed)
        self._provider_changed()
        self.title_edit.setFocus()

    def _provider_changed(self) -> None:
        internal = self.staff_radio.isChecked()
        self.staff_combo.setEnabled(internal)
        self.org_combo.setEnabled(not internal)
        org = self._selected_org()
        self.class_hours.setChecked(not internal and org is not None and org.recognised_as_class_hours)

    def _selected_org(self) -> OrganisationChoice | None:
        org_id = self.org_combo.currentData()
        return next((o for o in self.choices.organisations if o.id == org_id), None)

    def select_staff(self, staff_id: int) -> None:
        self.staff_radio.setChecked(True)
        self.staff_combo.setCurrentIndex(self.staff_combo.findData(staff_id))

    def select_organisation(self, organisation_id: int) -> None:
        self.org_radio.setChecked(True)
        self.org_combo.setCurrentIndex(self.org_combo.findData(organisation_id))

    def validate(self) -> str | None:
        if not self.title_edit.text().strip():
            self.title_edit.setFocus()
            return self.tr("Enter a title for the intervention.")
        if self.type_combo.currentData() is None:
            return self.tr("Choose a support type.")
        combo = self.staff_combo if self.staff_radio.isChecked() else self.org_combo
        if combo.currentData() is None:
            combo.setFocus()
            return self.tr("Choose who provides the intervention.")
        return None

    def store(self) -> int | None:
        internal = self.staff_radio.isChecked()
        staff_id = self.staff_combo.currentData() if internal else None
        org_id = None if internal else self.org_combo.currentData()
        title = self.title_edit.text()
        type_id = self.type_combo.currentData()
        planned, weekly = self.planned_hours.value(), self.weekly_hours.value()
        start, recognised = date_of(self.start_date), self.class_hours.isChecked()
        return run_action(
            self,
            self.ctx,
            lambda s, a: (
                assign_intervention(
                    s,
                    a,
                    self.case_id,
                    title=title,
                    support_type_id=type_id,
                    provider_staff_id=staff_id,
                    provider_organisation_id=org_id,
                    planned_hours=planned,
                    weekly_hours=weekly,
                    started_on=start,
                    recognised_as_class_hours=recognised,
                ).id
            ),
        )


class StatusDialog(_Dialog):
    """Start, complete or stop an intervention on a day (default today)."""

    def __init__(
        self,
        ctx: AppContext,
        intervention: InterventionRow,
        to_status: InterventionStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.intervention = intervention
        self.to_status = to_status
        titles = {
            InterventionStatus.ACTIVE: self.tr("Start the intervention"),
            InterventionStatus.COMPLETED: self.tr("Complete the intervention"),
            InterventionStatus.STOPPED: self.tr("Stop the intervention"),
        }
        self.setWindowTitle(titles.get(to_status, label(to_status)))
        self.date_edit = make_date_edit(parent=self)
        self.date_edit.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("Intervention:"), PlainLabel(intervention.title, self))
        form.addRow(self.tr("&Date:"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.date_edit.setFocus()

    def validate(self) -> str | None:
        day = date_of(self.date_edit)
        if day > date.today():
            return self.tr("The date cannot be in the future.")
        started = self.intervention.started_on
        ending = self.intervention.status is InterventionStatus.ACTIVE
        if ending and started is not None and day < started:
            return self.tr("The intervention started on %1; it cannot end before.").replace(
                "%1", started.isoformat()
            )
        return None

    def store(self) -> int | None:
        day, target, intervention_id = date_of(self.date_edit), self.to_status, self.intervention.id
        return run_action(
            self, self.ctx, lambda s, a: set_intervention_status(s, a, intervention_id, target, on=day).id
        )


class LogSessionDialog(_Dialog):
    """Log one session: date, duration, attendance, progress rating, notes, restricted."""

    def __init__(self, ctx: AppContext, intervention: InterventionRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.intervention = intervention
        self.setWindowTitle(self.tr("Log a session"))
        self.date_edit = make_date_edit(parent=self)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.duration = QSpinBox(self)
        self.duration.setRange(0, MAX_DURATION)
        self.duration.setValue(40)
        self.duration.setSuffix(self.tr(" min"))
        self.attendance = QComboBox(self)
        for member in Attendance:
            self.attendance.addItem(label(member), member.value)
        self.rating = QComboBox(self)
        self.rating.addItem(self.tr("(none)"), None)
        for n in range(1, 6):
            self.rating.addItem(str(n), n)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was done, how the student responded"))
        self.restricted = QCheckBox(self.tr("R&estricted (abuse, psychiatric, police)"), self)
        self.restricted.setToolTip(
            self.tr("Only you, the coordinator and the principal will be able to read these notes.")
        )

        form = QFormLayout()
        form.addRow(self.tr("Intervention:"), PlainLabel(intervention.title, self))
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("&Attendance:"), self.attendance)
        form.addRow(self.tr("&Progress (1–5):"), self.rating)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow("", self.restricted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.date_edit.setFocus()

    def attendance_value(self) -> Attendance:
        return Attendance(self.attendance.currentData())

    def validate(self) -> str | None:
        day = date_of(self.date_edit)
        if day > date.today():
            return self.tr("A session cannot be logged for a day in the future.")
        started = self.intervention.started_on
        if started is not None and day < started:
            return self.tr("The intervention started on %1; the session cannot be earlier.").replace(
                "%1", started.isoformat()
            )
        if self.attendance_value() is Attendance.ATTENDED and self.duration.value() < 1:
            self.duration.setFocus()
            return self.tr("Enter how many minutes the session lasted.")
        return None

    def store(self) -> int | None:
        intervention_id = self.intervention.id
        day, minutes, attendance = date_of(self.date_edit), self.duration.value(), self.attendance_value()
        rating = self.rating.currentData()
        notes, restricted = self.notes.toPlainText(), self.restricted.isChecked()
        return run_action(
            self,
            self.ctx,
            lambda s, a: (
                log_session(
                    s,
                    a,
                    intervention_id,
                    held_on=day,
                    duration_minutes=minutes,
                    attendance=attendance,
                    notes=notes,
                    progress_rating=rating,
                    restricted=restricted,
                ).id
            ),
        )


__all__ = [
    "AssignInterventionDialog",
    "LogSessionDialog",
    "StatusDialog",
    "date_of",
    "make_date_edit",
    "workload_text",
]
