"""The Overview tab: where the case stands in the procedure and its next step (with the other moves
and emergency support in a menu, each saying why it is not possible now), the summary and need
domains (editable by the coordinator and the case manager), and the case's priority, risk level,
case manager and next review date."""

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
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import CaseState, Priority
from desktop.reports.case_documents import case_summary_pdf
from desktop.services import case_detail, cases
from desktop.services.case_detail import CaseHeader
from desktop.services.case_workflow import REASON_REQUIRED, CaseAction
from desktop.services.cases import CaseWorkflow, DomainChoice, StaffChoice
from desktop.services.permissions import Permission
from desktop.ui.case_detail.panel import CasePanel
from desktop.ui.case_detail.procedure_bar import ProcedureBar
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.printing.print_flow import print_document
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.focus import tab_in_order
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.staff_label import staff_label_of
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding


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


class ReasonDialog(AsksBeforeDiscarding, QDialog):
    """Asks why the case moves to a state that needs a reason (closure, on hold, ...), or, with
    `title` and `prompt`, the reason for another step (emergency support)."""

    def __init__(
        self,
        state: CaseState | None,
        parent: QWidget | None = None,
        *,
        title: str = "",
        prompt: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Reason for “{state}”").format(state=label(state)))
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
        question = PlainLabel(
            prompt or self.tr("&Why does the case move to “{state}”?").format(state=label(state)), self
        )
        question.setWordWrap(True)
        question.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
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


class AboutDialog(AsksBeforeDiscarding, QDialog):
    """Edits the case's summary and need domains (at least one domain stays ticked)."""

    def __init__(
        self, ctx: AppContext, summary: str, domains: list[DomainChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Summary and need domains"))
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setPlainText(summary)
        self.summary.setAccessibleName(self.tr("Summary"))
        caption = PlainLabel(self.tr("&Summary of the case:"), self)
        caption.setBuddy(self.summary)
        self.domain_boxes: dict[str, QCheckBox] = {}
        group = QGroupBox(self.tr("Need domains"), self)
        grid = QGridLayout(group)
        for i, d in enumerate(domains):
            box = QCheckBox(ctx.domain_name(d.name_ko, d.name_en), group)
            box.setChecked(d.chosen)
            self.domain_boxes[d.code] = box
            grid.addWidget(box, i // 3, i % 3)
        self.error = PlainLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.summary)
        layout.addWidget(group)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def codes(self) -> list[str]:
        return [code for code, box in self.domain_boxes.items() if box.isChecked()]

    def text(self) -> str:
        return self.summary.toPlainText().strip()

    def accept(self) -> None:
        if not self.codes():
            self.error.setText(self.tr("Tick at least one need domain."))
            return
        super().accept()


class OverviewPanel(CasePanel):
    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self.may_change_state = ctx.can(Permission.CHANGE_CASE_STATE)
        self.may_edit = ctx.can(Permission.MANAGE_CASES)
        self.header: CaseHeader | None = None
        self.workflow: CaseWorkflow | None = None
        self.procedure = ProcedureBar(self.may_change_state, self)
        self.procedure.move_requested.connect(self.move_to)
        self.procedure.emergency_requested.connect(self.start_emergency)

        self.summary_label = PlainLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.domains_label = PlainLabel(self)
        self.domains_label.setWordWrap(True)
        self.state_reason_label = PlainLabel(self)
        self.state_reason_label.setWordWrap(True)
        self.edit_about_button = QPushButton(self.tr("&Edit summary and domains…"), self)
        self.edit_about_button.setObjectName("edit_about")
        self.edit_about_button.clicked.connect(self.edit_about)
        self.edit_about_button.setVisible(False)  # shown by refresh() to those who may edit
        about = QFormLayout()
        about.addRow(self.tr("Summary:"), self.summary_label)
        about.addRow(self.tr("Need domains:"), self.domains_label)
        about.addRow(self.tr("Reason of the current state:"), self.state_reason_label)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_about_button)
        edit_row.addStretch(1)
        about.addRow("", edit_row)

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
        layout.addWidget(self.procedure)
        layout.addLayout(about)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.details_box)
        layout.addStretch(1)
        # Tab in reading order: the print button at the top first, the details' Save last.
        tab_in_order(
            self.print_button,
            self.procedure.next_button,
            self.procedure.more_button,
            self.edit_about_button,
            self.priority,
            self.risk,
            self.manager,
            self.has_review,
            self.review,
            self.save_button,
        )
        if not self.may_change_state:
            self.read_only_label.setText(
                self.tr("You may look at this case; changing its state or details is for the coordinator.")
                if not self.may_edit
                else ""
            )
        self.read_only_label.setVisible(bool(self.read_only_label.text()))
        self._managers_listed = False

    def _list_managers(self) -> None:
        """The staff who may manage a case, in the manager picker (once, at the first read)."""
        self._managers_listed = True
        if not self.may_edit:
            return
        choices: list[StaffChoice] = self.ctx.read(cases.manager_choices)
        self.manager.addItem(self.tr("(none)"), None)
        for c in choices:
            self.manager.addItem(staff_label_of(c), c.id)

    def title(self) -> str:
        return self.tr("Overview")

    def _details_values(self) -> tuple[object, ...]:
        review = self.review.date() if self.has_review.isChecked() else None
        return (self.priority.currentData(), self.risk.currentData(), self.manager.currentData(), review)

    def has_unsaved_changes(self) -> bool:
        """The case details were changed here and not saved."""
        shown = getattr(self, "_details_shown", None)
        return self.may_edit and shown is not None and self._details_values() != shown

    def save_changes(self) -> bool:
        return self.save_details()

    def discard_changes(self) -> None:
        if self.header is not None:
            self._show_details(self.header)

    def refresh(self) -> None:
        if not self._managers_listed:
            self._list_managers()
        h: CaseHeader = self.ctx.read(lambda s, a: case_detail.case_header(s, a, self.case_id))
        self.header = h
        self.summary_label.setText(h.summary or self.tr("(no summary yet)"))
        names = [self.ctx.domain_name(d.name_ko, d.name_en) for d in h.domains]
        self.domains_label.setText(", ".join(names) or self.tr("(none)"))
        self.state_reason_label.setText(h.state_reason or "—")
        self.edit_about_button.setVisible(cases.may_edit_about(self.ctx.actor, h.manager_id))
        self._show_details(h)
        flow: CaseWorkflow = self.ctx.read(lambda s, a: cases.case_workflow_status(s, a, self.case_id))
        self.workflow = flow
        self.procedure.show_procedure(
            flow.procedure,
            emergency_reason=flow.emergency_reason,
            emergency_refusal=flow.refusal(CaseAction.START_EMERGENCY),
        )

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
        self._details_shown = self._details_values()

    def move_to(self, state: CaseState) -> None:
        if state not in REASON_REQUIRED:
            if (
                run_action(self, self.ctx, lambda s, a: cases.change_state(s, a, self.case_id, state))
                is not None
            ):
                self.changed.emit()
            return
        dialog = ReasonDialog(state, self)
        # Stored while the dialog is open: a refused move keeps the reason as typed.
        dialog.store_with(
            lambda: (
                run_action(
                    dialog,
                    self.ctx,
                    lambda s, a: cases.change_state(s, a, self.case_id, state, reason=dialog.text()),
                )
                is not None
            )
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def start_emergency(self) -> None:
        """Ask why support must start ahead of the procedure, then start emergency support."""
        dialog = ReasonDialog(
            None,
            self,
            title=self.tr("Start emergency support"),
            prompt=self.tr(
                "&Why must support start before selection, consents and plan approval? "
                "(e.g. suspected abuse, a risk to the student's safety)"
            ),
        )
        dialog.store_with(
            lambda: (
                run_action(
                    dialog,
                    self.ctx,
                    lambda s, a: cases.start_emergency_support(s, a, self.case_id, reason=dialog.text()),
                )
                is not None
            )
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def edit_about(self) -> None:
        """Edit the summary and need domains (audited; at least one domain stays)."""
        if self.header is None:
            return
        choices = self.ctx.read(lambda s, a: cases.domain_choices(s, a, self.case_id))
        dialog = AboutDialog(self.ctx, self.header.summary, choices, self)
        dialog.store_with(
            lambda: (
                run_action(
                    dialog,
                    self.ctx,
                    lambda s, a: cases.update_about(
                        s, a, self.case_id, summary=dialog.text(), domain_codes=dialog.codes()
                    ),
                )
                is not None
            )
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def save_details(self) -> bool:
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
        if done is None:
            return False
        self.changed.emit()
        return True

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
