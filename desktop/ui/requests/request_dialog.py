"""Filing a support request (신청) for a student: anyone with an account may (FILE_REQUEST)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import RequesterKind
from desktop.services import listing
from desktop.services.case_workflow import file_request
from desktop.services.requests import domain_ids
from desktop.services.students import StudentChoice, pickable_students
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.screen_fit import fit_to_screen
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding


def student_text(s: StudentChoice) -> str:
    """How a student appears in the picker: grade-class-number, name and 학번."""
    number = f" ({s.student_no})" if s.student_no else ""
    return f"{s.grade}-{s.class_no}-{s.number} {s.name}{number}"


def _text_box(parent: QWidget, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(56)
    return box


class RequestDialog(AsksBeforeDiscarding, QDialog):
    """File a request; `request_id` holds the stored request after the dialog was accepted."""

    def __init__(self, ctx: AppContext, student_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.request_id: int | None = None
        self.setWindowTitle(self.tr("File a support request"))

        self._students: list[StudentChoice] = ctx.read(pickable_students)
        self.student_combo = QComboBox(self)
        self.student_combo.setEditable(True)
        self.student_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = self.student_combo.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Type a name or a number"))
        for s in self._students:
            self.student_combo.addItem(student_text(s), s.id)
        completer = QCompleter(self.student_combo.model(), self.student_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.student_combo.setCompleter(completer)
        self.student_combo.setCurrentIndex(-1)
        if student_id is not None:
            index = self.student_combo.findData(student_id)
            self.student_combo.setCurrentIndex(index)
            self.student_combo.setEnabled(False)  # filed from the student's record: fixed

        self.requester_kind = QComboBox(self)
        for kind in (RequesterKind.STAFF, RequesterKind.STUDENT, RequesterKind.GUARDIAN):
            self.requester_kind.addItem(label(kind), kind)
        self.requester_name = QLineEdit(self)
        self.requester_name.setMaxLength(60)
        self.requester_kind.currentIndexChanged.connect(self._kind_changed)

        self.domain_boxes: dict[str, QCheckBox] = {}
        domains_group = QGroupBox(self.tr("Need domains"), self)
        grid = QGridLayout(domains_group)
        for i, domain in enumerate(ctx.read(listing.need_domains)):
            box = QCheckBox(ctx.domain_name(domain.name_ko, domain.name_en), domains_group)
            self.domain_boxes[domain.code] = box
            grid.addWidget(box, i // 3, i % 3)

        self.description = _text_box(self, self.tr("What does the student need, and why now?"))
        self.evidence_basic_skills = _text_box(self, self.tr("Result of the basic-skills diagnosis"))
        self.evidence_teacher_opinion = _text_box(self, self.tr("What the teachers observed"))
        self.evidence_guardian_counselling = _text_box(self, self.tr("What the guardian said in counselling"))

        self.received_on = QDateEdit(self)
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        today = QDate.currentDate()
        self.received_on.setDate(today)
        self.received_on.setMaximumDate(today)

        self.error_label = PlainLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&File request"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self._buddy(self.tr("&Student:"), self.student_combo), self.student_combo)
        form.addRow(self._buddy(self.tr("Re&quested by:"), self.requester_kind), self.requester_kind)
        form.addRow(self._buddy(self.tr("Requester's &name:"), self.requester_name), self.requester_name)
        form.addRow(domains_group)
        form.addRow(self._buddy(self.tr("&Description:"), self.description), self.description)
        form.addRow(
            self._buddy(self.tr("&Basic-skills diagnosis:"), self.evidence_basic_skills),
            self.evidence_basic_skills,
        )
        form.addRow(
            self._buddy(self.tr("&Teacher's opinion:"), self.evidence_teacher_opinion),
            self.evidence_teacher_opinion,
        )
        form.addRow(
            self._buddy(self.tr("&Guardian counselling:"), self.evidence_guardian_counselling),
            self.evidence_guardian_counselling,
        )
        form.addRow(self._buddy(self.tr("&Received on:"), self.received_on), self.received_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._kind_changed()
        fit_to_screen(self, QSize(620, 720))
        first = self.student_combo if student_id is None else self.requester_kind
        first.setFocus()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        lbl = PlainLabel(text, self)
        lbl.setBuddy(widget)
        return lbl

    def _kind_changed(self) -> None:
        staff = self.kind() is RequesterKind.STAFF
        self.requester_name.setEnabled(not staff)
        if staff:
            self.requester_name.clear()
            self.requester_name.setPlaceholderText(
                self.tr("You ({name})").format(name=self._ctx.actor.display_name)
            )
        else:
            self.requester_name.setPlaceholderText(self.tr("Name of the student or guardian"))

    def kind(self) -> RequesterKind:
        # Qt hands a StrEnum back as its plain string value.
        return RequesterKind(self.requester_kind.currentData())

    def selected_student_id(self) -> int | None:
        """The chosen student: the current item, or the one whose text was typed in full."""
        text = self.student_combo.currentText().strip()
        index = self.student_combo.currentIndex()
        if index >= 0 and self.student_combo.itemText(index) == text:
            data = self.student_combo.itemData(index)
            return int(data) if data is not None else None
        index = self.student_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return int(self.student_combo.itemData(index)) if index >= 0 else None

    def chosen_domains(self) -> list[str]:
        return [code for code, box in self.domain_boxes.items() if box.isChecked()]

    def problem(self) -> str | None:
        """What is missing or wrong, in the user's language, or None when the form can be filed."""
        if self.selected_student_id() is None:
            return self.tr("Choose the student from the list (type a name or a number).")
        kind = self.kind()
        if kind is not RequesterKind.STAFF and not self.requester_name.text().strip():
            return self.tr("Write the name of the student or guardian who asked for support.")
        if not self.description.toPlainText().strip():
            return self.tr("Describe what the student needs.")
        if not self.chosen_domains():
            return self.tr("Tick at least one need domain.")
        if self.received_on.date() > QDate.currentDate():
            return self.tr("The received date cannot be in the future.")
        return None

    def unsaved_question(self) -> tuple[str, str]:
        """Esc, Cancel or closing the window on a filled-in form: File the request, Discard what
        was typed, or go back to it (Cancel)."""
        return (
            self.tr("Unsaved request"),
            self.tr("This support request has not been filed yet. File it now?"),
        )

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        student_id = self.selected_student_id()
        assert student_id is not None
        kind = self.kind()
        codes = self.chosen_domains()
        received: date = self.received_on.date().toPython()  # type: ignore[assignment]

        request = run_action(
            self,
            self._ctx,
            lambda s, a: file_request(
                s,
                a,
                student_id=student_id,
                requester_kind=kind,
                requester_name=self.requester_name.text() if kind is not RequesterKind.STAFF else "",
                description=self.description.toPlainText(),
                domain_ids=domain_ids(s, codes),
                evidence_basic_skills=self.evidence_basic_skills.toPlainText().strip(),
                evidence_teacher_opinion=self.evidence_teacher_opinion.toPlainText().strip(),
                evidence_guardian_counselling=self.evidence_guardian_counselling.toPlainText().strip(),
                received_on=received,
            ),
        )
        if request is None:
            return
        self.request_id = request.id
        super().accept()
