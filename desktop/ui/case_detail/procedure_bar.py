"""Where a case stands in the procedure the law sets (신청 → 선정 → 동의 → 계획 → 지원 → 점검 →
종결), whether it is on a side road or in emergency support, and its one next step with what that
step still needs. The less common moves sit in a "Other state…" menu; each move that the rules
refuse now is disabled and says why in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import CaseState, PlanStatus
from desktop.services.case_workflow import REASON_REQUIRED, NextStep, Procedure, Stage
from desktop.services.errors import ServiceError
from desktop.ui.labels import label
from desktop.ui.widgets.feedback import error_text
from desktop.ui.widgets.plain_text import PlainLabel

STAGE_NAMES: dict[Stage, str] = {
    Stage.REQUEST: QT_TRANSLATE_NOOP("ProcedureBar", "Request"),
    Stage.SELECTION: QT_TRANSLATE_NOOP("ProcedureBar", "Selection"),
    Stage.CONSENT: QT_TRANSLATE_NOOP("ProcedureBar", "Consent"),
    Stage.PLAN: QT_TRANSLATE_NOOP("ProcedureBar", "Plan"),
    Stage.SUPPORT: QT_TRANSLATE_NOOP("ProcedureBar", "Support"),
    Stage.MONITORING: QT_TRANSLATE_NOOP("ProcedureBar", "Monitoring"),
    Stage.CLOSURE: QT_TRANSLATE_NOOP("ProcedureBar", "Closure"),
}

STEP_NAMES: dict[CaseState, str] = {
    CaseState.UNDER_REVIEW: QT_TRANSLATE_NOOP("ProcedureBar", "Review the request"),
    CaseState.SELECTED: QT_TRANSLATE_NOOP("ProcedureBar", "Select the student for support"),
    CaseState.CONSENT_PENDING: QT_TRANSLATE_NOOP("ProcedureBar", "Ask for the consents"),
    CaseState.PLANNING: QT_TRANSLATE_NOOP("ProcedureBar", "Write the support plan"),
    CaseState.ACTIVE: QT_TRANSLATE_NOOP("ProcedureBar", "Start the support"),
    CaseState.MONITORING: QT_TRANSLATE_NOOP("ProcedureBar", "Review the progress"),
    CaseState.CLOSED: QT_TRANSLATE_NOOP("ProcedureBar", "Close the case"),
}
"""The name of the next step by the state it leads to."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProcedureBar", text)


def needs_text(step: NextStep) -> str:
    """What the next step still needs, in words ("" when it is possible now)."""
    parts: list[str] = []
    if step.student_consent_missing and step.guardian_consent_missing:
        parts.append(
            QCoreApplication.translate("ProcedureBar", "Consents of the student and the guardian: 2 missing")
        )
    elif step.student_consent_missing:
        parts.append(QCoreApplication.translate("ProcedureBar", "Student's consent: 1 missing"))
    elif step.guardian_consent_missing:
        parts.append(QCoreApplication.translate("ProcedureBar", "Guardian's consent: 1 missing"))
    if step.plan_missing:
        if step.plan_status is PlanStatus.SUBMITTED:
            parts.append(QCoreApplication.translate("ProcedureBar", "Waiting for the plan's approval"))
        elif step.plan_status is PlanStatus.DRAFT:
            parts.append(QCoreApplication.translate("ProcedureBar", "Submit the plan for approval"))
        else:
            parts.append(QCoreApplication.translate("ProcedureBar", "The support plan is not written yet"))
    if not parts and step.refusal is not None:
        parts.append(error_text(ServiceError(step.refusal)))
    return " · ".join(parts)


def move_text(state: CaseState) -> str:
    """ "Move to “On hold”…" (with an ellipsis when a reason will be asked for)."""
    template = (
        QCoreApplication.translate("ProcedureBar", "Move to “{state}”…")
        if state in REASON_REQUIRED
        else QCoreApplication.translate("ProcedureBar", "Move to “{state}”")
    )
    return template.format(state=label(state))


class ProcedureBar(QFrame):
    """The procedure strip of the case's Overview. `move_requested(state)` asks the panel to move
    the case (it asks for a reason where one is needed); `emergency_requested` asks it to start
    emergency support. Without `may_change` the bar only shows where the case stands."""

    move_requested = Signal(object)
    emergency_requested = Signal()

    def __init__(self, may_change: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("procedure_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.may_change = may_change
        self.stage_labels: dict[Stage, QLabel] = {}
        road = QHBoxLayout()
        road.setSpacing(4)
        for stage in Stage:
            if stage is not Stage.REQUEST:
                arrow = QLabel("→", self)
                arrow.setAccessibleName("")
                road.addWidget(arrow)
            stage_label = QLabel(_tr(STAGE_NAMES[stage]), self)
            stage_label.setObjectName(f"stage_{stage.name.lower()}")
            self.stage_labels[stage] = stage_label
            road.addWidget(stage_label)
        road.addStretch(1)
        self.where_label = PlainLabel(self)
        self.where_label.setObjectName("procedure_where")
        self.where_label.setWordWrap(True)
        self.emergency_label = PlainLabel(self)
        self.emergency_label.setObjectName("procedure_emergency")
        self.emergency_label.setWordWrap(True)
        self.emergency_label.setStyleSheet("color: #8a4b00;")
        self.next_label = PlainLabel(self)
        self.next_label.setObjectName("procedure_next")
        self.next_label.setWordWrap(True)
        self.needs_label = PlainLabel(self)
        self.needs_label.setObjectName("procedure_needs")
        self.needs_label.setWordWrap(True)

        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next_step")
        self.next_button.clicked.connect(self._next_clicked)
        self.more_menu = QMenu(self)
        self.more_menu.setToolTipsVisible(True)
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("other_state")
        self.more_button.setText(QCoreApplication.translate("ProcedureBar", "Other state…"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setMenu(self.more_menu)
        self.emergency_action = QAction(
            QCoreApplication.translate("ProcedureBar", "Start emergency support…"), self
        )
        self.emergency_action.setObjectName("start_emergency")
        self.emergency_action.triggered.connect(self.emergency_requested.emit)
        self.move_actions: dict[CaseState, QAction] = {}
        self._next_state: CaseState | None = None

        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(road)
        layout.addWidget(self.where_label)
        layout.addWidget(self.emergency_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.needs_label)
        layout.addLayout(buttons)
        self.next_button.setVisible(may_change)
        self.more_button.setVisible(may_change)

    @property
    def next_state(self) -> CaseState | None:
        """The state the next step leads to (None when the road ends)."""
        return self._next_state

    def show_procedure(
        self, proc: Procedure, *, emergency_reason: str, emergency_refusal: str | None
    ) -> None:
        """Show where the case stands and rebuild its moves."""
        for stage, stage_label in self.stage_labels.items():
            if stage is proc.stage:
                stage_label.setStyleSheet("font-weight: bold; text-decoration: underline;")
                stage_label.setAccessibleDescription(
                    QCoreApplication.translate("ProcedureBar", "current step")
                )
            elif stage < proc.stage:
                stage_label.setStyleSheet("")
                stage_label.setAccessibleDescription(QCoreApplication.translate("ProcedureBar", "done"))
            else:
                stage_label.setStyleSheet("color: palette(mid);")
                stage_label.setAccessibleDescription("")
        where = QCoreApplication.translate("ProcedureBar", "Now: {state}").format(state=label(proc.state))
        if proc.side_road:
            where = QCoreApplication.translate("ProcedureBar", "Now: {state} (off the usual road)").format(
                state=label(proc.state)
            )
        self.where_label.setText(where)
        if proc.emergency_since is not None:
            self.emergency_label.setText(
                QCoreApplication.translate("ProcedureBar", "Emergency support since {day}: {reason}").format(
                    day=proc.emergency_since.isoformat(), reason=emergency_reason
                )
            )
        self.emergency_label.setVisible(proc.emergency_since is not None)

        step = proc.next_step
        self._next_state = step.to_state
        if step.to_state is None:
            self.next_label.setText(
                QCoreApplication.translate("ProcedureBar", "The procedure has ended here.")
            )
            self.needs_label.setText("")
        else:
            name = STEP_NAMES.get(step.to_state, "")
            if proc.state is CaseState.ON_HOLD:
                name = QT_TRANSLATE_NOOP("ProcedureBar", "Review the case again")
            elif proc.state is CaseState.REOPENED:
                name = QT_TRANSLATE_NOOP("ProcedureBar", "Plan the support again")
            self.next_label.setText(
                QCoreApplication.translate("ProcedureBar", "Next step: {step}").format(step=_tr(name))
            )
            needs = needs_text(step)
            if not needs:
                needs = (
                    QCoreApplication.translate("ProcedureBar", "Asks for a reason.")
                    if step.needs_reason
                    else QCoreApplication.translate("ProcedureBar", "Ready to go on.")
                )
            self.needs_label.setText(needs)
        self.needs_label.setVisible(bool(self.needs_label.text()))

        for old in self.move_actions.values():
            old.deleteLater()
        self.move_actions.clear()
        self.more_menu.clear()
        if step.to_state is not None:
            self.move_actions[step.to_state] = self._action(step.to_state, step.refusal)
            self.next_button.setText(move_text(step.to_state))
            self.next_button.setEnabled(step.refusal is None)
            self.next_button.setToolTip(self._why(step.refusal))
        self.next_button.setVisible(self.may_change and step.to_state is not None)
        for state, refusal in proc.other_moves:
            action = self._action(state, refusal)
            self.move_actions[state] = action
            self.more_menu.addAction(action)
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.emergency_action)
        self.emergency_action.setEnabled(emergency_refusal is None)
        self.emergency_action.setToolTip(self._why(emergency_refusal))

    def _action(self, state: CaseState, refusal: str | None) -> QAction:
        action = QAction(move_text(state), self)
        action.setObjectName(f"to_{state.value}")
        action.setEnabled(refusal is None)
        action.setToolTip(self._why(refusal))
        action.triggered.connect(lambda _=False, s=state: self.move_requested.emit(s))
        return action

    @staticmethod
    def _why(refusal: str | None) -> str:
        if refusal is None:
            return ""
        return QCoreApplication.translate("ProcedureBar", "Not possible now: {why}").format(
            why=error_text(ServiceError(refusal))
        )

    def _next_clicked(self) -> None:
        if self._next_state is not None:
            self.move_actions[self._next_state].trigger()
