"""Opening a case from a request: choose the case manager and the priority."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from desktop.models import Priority
from desktop.services import listing
from desktop.services.listing import StaffRow
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.staff_label import staff_label_of


class OpenCaseDialog(QDialog):
    def __init__(self, ctx: AppContext, student_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a case"))
        staff: list[StaffRow] = ctx.read(listing.staff)
        self.manager = QComboBox(self)
        self.manager.addItem(self.tr("(not chosen yet)"), None)
        for person in staff:
            self.manager.addItem(staff_label_of(person), person.id)
        own = self.manager.findData(ctx.actor.staff_id)
        self.manager.setCurrentIndex(max(own, 0))
        self.priority = QComboBox(self)
        for priority in Priority:
            self.priority.addItem(label(priority), priority)
        self.priority.setCurrentIndex(self.priority.findData(Priority.MEDIUM))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open case"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Student:"), PlainLabel(student_text, self))
        manager_label = PlainLabel(self.tr("Case &manager:"), self)
        manager_label.setBuddy(self.manager)
        form.addRow(manager_label, self.manager)
        priority_label = PlainLabel(self.tr("&Priority:"), self)
        priority_label.setBuddy(self.priority)
        form.addRow(priority_label, self.priority)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.manager.setFocus()

    def manager_id(self) -> int | None:
        data = self.manager.currentData()
        return int(data) if data is not None else None

    def chosen_priority(self) -> Priority:
        # Qt hands a StrEnum back as its plain string value.
        return Priority(self.priority.currentData())
