"""Small dialogs of the Plan tab: a goal, an action, the reason a plan is returned."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.plans import ActionInput, Choice, GoalInput
from desktop.ui.case_detail.consent_dialogs import error_label
from desktop.ui.widgets.area import keep_minimum_width
from desktop.ui.widgets.dates import date_of, make_date_edit, qdate
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding


class _CheckedDialog(AsksBeforeDiscarding, QDialog):
    """OK is enabled only while `problem_text()` is None; the problem shows in red above it."""

    def _finish_layout(self, form: QFormLayout, ok_text: str) -> None:
        self.problem = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def problem_text(self) -> str | None:
        raise NotImplementedError

    def _validate(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def accept(self) -> None:
        if self.problem_text() is None:
            super().accept()


def _combo(
    choices: Sequence[Choice], none_text: str | None, parent: QWidget, english: bool = False
) -> QComboBox:
    combo = QComboBox(parent)
    if none_text is not None:
        combo.addItem(none_text, None)
    for c in choices:
        combo.addItem(c.name_en if english and c.name_en else c.name, c.id)
    return combo


def _select(combo: QComboBox, value: int | None) -> None:
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


class GoalDialog(_CheckedDialog):
    """A goal in a need domain and how it is measured."""

    def __init__(
        self,
        domains: Sequence[Choice],
        goal: GoalInput | None = None,
        parent: QWidget | None = None,
        *,
        english: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Goal") if goal is None else self.tr("Edit goal"))
        keep_minimum_width(self, 460)
        self.domain = _combo(domains, None, self, english)
        self.goal = QLineEdit(self)
        self.measure = QLineEdit(self)
        self.measure.setPlaceholderText(self.tr("How progress is measured"))
        if goal is not None:
            _select(self.domain, goal.domain_id)
            self.goal.setText(goal.goal)
            self.measure.setText(goal.measure)
        form = QFormLayout()
        form.addRow(self.tr("&Domain:"), self.domain)
        form.addRow(self.tr("&Goal:"), self.goal)
        form.addRow(self.tr("&Measure:"), self.measure)
        self._finish_layout(form, self.tr("OK"))
        self.goal.textChanged.connect(self._validate)
        self._validate()

    def problem_text(self) -> str | None:
        if self.domain.currentData() is None:
            return self.tr("Choose a need domain.")
        if not self.goal.text().strip():
            return self.tr("Describe the goal.")
        return None

    def value(self) -> GoalInput:
        return GoalInput(
            int(self.domain.currentData()), self.goal.text().strip(), self.measure.text().strip()
        )


class ActionDialog(_CheckedDialog):
    """An action: what, for which goal, by whom (a staff member or an organisation), who is in
    charge, when and how often."""

    def __init__(
        self,
        staff: Sequence[Choice],
        organisations: Sequence[Choice],
        goals: Sequence[str],
        action: ActionInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Action") if action is None else self.tr("Edit action"))
        keep_minimum_width(self, 520)
        self.description = QLineEdit(self)
        self.goal = QComboBox(self)
        self.goal.addItem(self.tr("— no particular goal —"), None)
        for k, text in enumerate(goals):
            self.goal.addItem(text, k)
        self.internal = QRadioButton(self.tr("&Internal staff"), self)
        self.external = QRadioButton(self.tr("E&xternal organisation"), self)
        group = QButtonGroup(self)
        group.addButton(self.internal)
        group.addButton(self.external)
        self.internal.setChecked(True)
        self.provider_staff = _combo(staff, self.tr("— choose a staff member —"), self)
        self.provider_organisation = _combo(organisations, self.tr("— choose an organisation —"), self)
        provider_kind = QHBoxLayout()
        provider_kind.addWidget(self.internal)
        provider_kind.addWidget(self.external)
        provider_kind.addStretch(1)
        self.person_in_charge = _combo(staff, self.tr("— nobody yet —"), self)
        self.has_period = QCheckBox(self.tr("&Period"), self)
        self.start_on = make_date_edit(parent=self)
        self.end_on = make_date_edit(date.today() + timedelta(days=90), self)
        period = QHBoxLayout()
        period.addWidget(self.has_period)
        period.addWidget(self.start_on, 1)
        period.addWidget(self.end_on, 1)
        self.frequency = QLineEdit(self)
        self.frequency.setMaxLength(60)
        self.frequency.setPlaceholderText(self.tr("e.g. weekly, 40 minutes"))
        if action is not None:
            self.description.setText(action.description)
            _select(self.goal, action.goal_index)
            if action.provider_organisation_id is not None:
                self.external.setChecked(True)
                _select(self.provider_organisation, action.provider_organisation_id)
            _select(self.provider_staff, action.provider_staff_id)
            _select(self.person_in_charge, action.person_in_charge_id)
            if action.start_on is not None and action.end_on is not None:
                self.has_period.setChecked(True)
                self.start_on.setDate(qdate(action.start_on))
                self.end_on.setDate(qdate(action.end_on))
            self.frequency.setText(action.frequency)
        form = QFormLayout()
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Goal:"), self.goal)
        form.addRow(self.tr("Provider:"), provider_kind)
        form.addRow(self.tr("&Staff member:"), self.provider_staff)
        form.addRow(self.tr("&Organisation:"), self.provider_organisation)
        form.addRow(self.tr("Person in &charge:"), self.person_in_charge)
        form.addRow(self.tr("When:"), period)
        form.addRow(self.tr("&Frequency:"), self.frequency)
        self._finish_layout(form, self.tr("OK"))
        self.description.textChanged.connect(self._validate)
        self.internal.toggled.connect(self._validate)
        self.provider_staff.currentIndexChanged.connect(self._validate)
        self.provider_organisation.currentIndexChanged.connect(self._validate)
        self.has_period.toggled.connect(self._validate)
        self.start_on.dateChanged.connect(self._validate)
        self.end_on.dateChanged.connect(self._validate)
        self._validate()

    def problem_text(self) -> str | None:
        self.provider_staff.setEnabled(self.internal.isChecked())
        self.provider_organisation.setEnabled(self.external.isChecked())
        self.start_on.setEnabled(self.has_period.isChecked())
        self.end_on.setEnabled(self.has_period.isChecked())
        if not self.description.text().strip():
            return self.tr("Describe the action.")
        if self.internal.isChecked() and self.provider_staff.currentData() is None:
            return self.tr("Choose the staff member who provides it.")
        if self.external.isChecked() and self.provider_organisation.currentData() is None:
            return self.tr("Choose the organisation that provides it.")
        if self.has_period.isChecked() and date_of(self.end_on) < date_of(self.start_on):
            return self.tr("The action cannot end before it starts.")
        return None

    def value(self) -> ActionInput:
        internal = self.internal.isChecked()
        period = self.has_period.isChecked()
        return ActionInput(
            description=self.description.text().strip(),
            goal_index=self.goal.currentData(),
            provider_staff_id=self.provider_staff.currentData() if internal else None,
            provider_organisation_id=None if internal else self.provider_organisation.currentData(),
            person_in_charge_id=self.person_in_charge.currentData(),
            start_on=date_of(self.start_on) if period else None,
            end_on=date_of(self.end_on) if period else None,
            frequency=self.frequency.text().strip(),
        )


class ReturnPlanDialog(_CheckedDialog):
    """Why the principal returns a submitted plan for revision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return for revision"))
        keep_minimum_width(self, 440)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("What needs revising"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        self._finish_layout(form, self.tr("Return"))
        self.reason.textChanged.connect(self._validate)
        self._validate()

    def problem_text(self) -> str | None:
        return None if self.reason.toPlainText().strip() else self.tr("Say what needs revising.")

    def value(self) -> str:
        return self.reason.toPlainText().strip()
