"""The Overview tab: summary and need domains, the state actions (each says why it is not possible
now), and the case's priority, risk level, case manager and next review date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import CaseState, Priority
from desktop.reports.case_documents import case_summary_pdf
from desktop.services import case_detail, cases
from desktop.services.case_detail import CaseHeader, StateAction
from desktop.services.cases import StaffChoice
from desktop.services.errors import ServiceError
from desktop.services.permissions import Permission
from desktop.ui.case_detail.panel import CasePanel
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.printing.print_flow import print_document
from desktop.ui.widgets.feedback import error_text, run_action
from desktop.ui.widgets.focus import tab_in_order
from desktop.ui.widgets.plain_text import PlainLabel


def risk_text(level: int | None) -> str:
    """A risk level (1–4) in words."""
    texts = {
        1: QCoreApplication.translate("CaseWindow", "1 — low"),
        2: QCoreApplication.translate("CaseWindow", "2 — moderate"),
        3: QCoreApplication.translate("CaseWindow", "3 — high"),
        4: QCoreApplication.translate("CaseWindow", "4 — crisis"),
    }
    return texts.get(level, "") if level is not None else ""


def student_text(header: CaseHeader) -> str:
    """ "3-2-7 김하늘": grade-class-number and name."""
    return f"{header.grade}-{header.class_no}-{header.number} {header.student_name}"


class ReasonDialog(QDialog):
    """Asks why the case moves to a state that needs a reason (closure, on hold, ...)."""

    def __init__(self, state: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reason for “{state}”").format(state=label(state)))
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.error = PlainLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        prompt = PlainLabel(self.tr("&Why does the case move to “{state}”?").format(state=label(state)), self)
        prompt.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if not self.text():
            self.error.setText(self.tr("Write the reason; it is kept with the case's history."))
            self.reason.setFocus()
            return
        super().accept()


class OverviewPanel(CasePanel):
    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self.may_change_state = ctx.can(Permission.CHANGE_CASE_STATE)
        self.may_edit = ctx.can(Permission.MANAGE_CASES)
        self.header: CaseHeader | None = None
        self.state_actions: list[StateAction] = []
        self.state_buttons: dict[CaseState, QPushButton] = {}
        self.state_reasons: dict[CaseState, QLabel] = {}

        self.summary_label = PlainLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.domains_label = PlainLabel(self)
        self.domains_label.setWordWrap(True)
        self.state_reason_label = PlainLabel(self)
        self.state_reason_label.setWordWrap(True)
        about = QFormLayout()
        about.addRow(self.tr("Summary:"), self.summary_label)
        about.addRow(self.tr("Need domains:"), self.domains_label)
        about.addRow(self.tr("Reason of the current state:"), self.state_reason_label)

        self.actions_box = QGroupBox(self.tr("Change the state"), self)
        self.actions_grid = QGridLayout(self.actions_box)
        self.actions_grid.setColumnStretch(1, 1)
        self.read_only_label = PlainLabel(self)
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setObjectName("read_only_note")

        self.details_box = QGroupBox(self.tr("Case details"), self)
        self.priority = QComboBox(self)
        for p in Priority:
            self.priority.addItem(label(p), p)
        self.risk = QComboBox(self)
        for level in (1, 2, 3, 4):
            self.risk.addItem(risk_text(level), level)
        self.manager = QComboBox(self)
        self.has_review = QCheckBox(self.tr("&Next review on"), self)
        self.review = QDateEdit(self)
        self.review.setCalendarPopup(True)
        self.review.setDisplayFormat("yyyy-MM-dd")
        self.review.setDate(QDate.currentDate())
        self.has_review.toggled.connect(self.review.setEnabled)
        self.save_button = QPushButton(self.tr("&Save details"), self)
        self.save_button.clicked.connect(self.save_details)
        form = QFormLayout(self.details_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for text, widget in (
            (self.tr("&Priority:"), self.priority),
            (self.tr("&Risk level:"), self.risk),
            (self.tr("Case &manager:"), self.manager),
        ):
            caption = PlainLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review)
        review_row.addStretch(1)
        form.addRow(self.has_review, review_row)
        form.addRow("", self.save_button)
        editors: list[QWidget] = [self.priority, self.risk, self.manager, self.has_review, self.review]
        for editor in editors:
            editor.setEnabled(self.may_edit)
        self.save_button.setVisible(self.may_edit)

        self.print_button = QPushButton(self.tr("Prin&t case summary…"), self)
        self.print_button.setObjectName("print_case_summary")
        self.print_button.setVisible(ctx.can(Permission.PRINT_REPORTS))
        self.print_button.clicked.connect(self.print_summary)
        print_row = QHBoxLayout()
        print_row.addStretch(1)
        print_row.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.addLayout(print_row)
        layout.addLayout(about)
        layout.addWidget(self.actions_box)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.details_box)
        layout.addStretch(1)
        # Tab in reading order: the print button at the top first, the details' Save last.
        tab_in_order(
            self.print_button,
            self.priority,
            self.risk,
            self.manager,
            self.has_review,
            self.review,
            self.save_button,
        )
        self.actions_box.setVisible(self.may_change_state)
        if not self.may_change_state:
            self.read_only_label.setText(
                self.tr("You may look at this case; changing its state or details is for the coordinator.")
                if not self.may_edit
                else ""
            )
        self.read_only_label.setVisible(bool(self.read_only_label.text()))
        if self.may_edit:
            choices: list[StaffChoice] = ctx.read(cases.manager_choices)
            self.manager.addItem(self.tr("(none)"), None)
            for c in choices:
                text = f"{c.display_name} ({c.position})" if c.position else c.display_name
                self.manager.addItem(text, c.id)

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        h: CaseHeader = self.ctx.read(lambda s, a: case_detail.case_header(s, a, self.case_id))
        self.header = h
        self.summary_label.setText(h.summary or self.tr("(no summary yet)"))
        names = [self.ctx.domain_name(d.name_ko, d.name_en) for d in h.domains]
        self.domains_label.setText(", ".join(names) or self.tr("(none)"))
        self.state_reason_label.setText(h.state_reason or "—")
        self._show_details(h)
        if self.may_change_state:
            self.state_actions = self.ctx.read(lambda s, a: case_detail.state_actions(s, a, self.case_id))
            self._show_actions()

    def _show_details(self, h: CaseHeader) -> None:
        self.priority.setCurrentIndex(max(0, self.priority.findData(h.priority)))
        self.risk.setCurrentIndex(max(0, self.risk.findData(h.risk_level)))
        index = self.manager.findData(h.manager_id)
        if index < 0:  # an inactive manager (or a read-only view): show the name as it is
            self.manager.addItem(h.manager_name or self.tr("(none)"), h.manager_id)
            index = self.manager.count() - 1
        self.manager.setCurrentIndex(index)
        self.has_review.setChecked(h.next_review_on is not None)
        self.review.setEnabled(self.may_edit and h.next_review_on is not None)
        if h.next_review_on is not None:
            d = h.next_review_on
            self.review.setDate(QDate(d.year, d.month, d.day))

    def _show_actions(self) -> None:
        while self.actions_grid.count():
            item = self.actions_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.state_buttons.clear()
        self.state_reasons.clear()
        if not self.state_actions:
            none = PlainLabel(self.tr("No further state: the case's path ends here."), self.actions_box)
            self.actions_grid.addWidget(none, 0, 0, 1, 2)
            return
        for row, action in enumerate(self.state_actions):
            button = QPushButton(
                self.tr("Move to “{state}”…") if action.needs_reason else self.tr("Move to “{state}”"),
                self.actions_box,
            )
            button.setText(button.text().format(state=label(action.to_state)))
            button.setObjectName(f"to_{action.to_state.value}")
            button.setEnabled(action.refusal is None)
            button.clicked.connect(lambda _=False, a=action: self.move_to(a))
            why = PlainLabel(self.actions_box)
            why.setWordWrap(True)
            if action.refusal is not None:
                why.setText(
                    self.tr("Not possible now: {why}").format(why=self._translate_error(action.refusal))
                )
                why.setStyleSheet("color: #8a4b00;")
            elif action.needs_reason:
                why.setText(self.tr("Asks for a reason."))
            self.actions_grid.addWidget(button, row, 0)
            self.actions_grid.addWidget(why, row, 1)
            self.state_buttons[action.to_state] = button
            self.state_reasons[action.to_state] = why
        # Buttons made after the details form still come before it when tabbing through the panel.
        tab_in_order(self.print_button, *self.state_buttons.values(), self.priority)

    @staticmethod
    def _translate_error(message: str) -> str:
        return error_text(ServiceError(message))

    def move_to(self, action: StateAction) -> None:
        reason = ""
        if action.needs_reason:
            dialog = ReasonDialog(action.to_state, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.text()
        state = action.to_state
        done = run_action(
            self, self.ctx, lambda s, a: cases.change_state(s, a, self.case_id, state, reason=reason)
        )
        if done is not None:
            self.changed.emit()

    def save_details(self) -> None:
        priority = Priority(self.priority.currentData())
        risk = int(self.risk.currentData())
        manager_id: int | None = self.manager.currentData()
        review: date | None = None
        if self.has_review.isChecked():
            d = self.review.date()
            review = date(d.year(), d.month(), d.day())
        done = run_action(
            self,
            self.ctx,
            lambda s, a: cases.update_case(
                s,
                a,
                self.case_id,
                priority=priority,
                risk_level=risk,
                manager_id=manager_id,
                next_review_on=review,
            ),
        )
        if done is not None:
            self.changed.emit()

    def print_summary(self) -> None:
        """Print the case summary; restricted notes may be included by those who may read them."""
        case_id = self.case_id
        print_document(
            self,
            self.ctx,
            title=self.tr("Case summary"),
            build=lambda s, a, p, out: case_summary_pdf(s, a, case_id, p, out),
            allow_restricted=True,
        )
