"""New meeting…: type, number in the year, day and time, place, chair and the staff invited."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Meeting, MeetingType
from desktop.services import meetings
from desktop.services.meetings import AttendeeInput, StaffChoice
from desktop.ui.context import AppContext
from desktop.ui.labels import members
from desktop.ui.meetings.staff_picker import StaffPicker, choice_label
from desktop.ui.widgets.dates import date_of, make_date_edit
from desktop.ui.widgets.feedback import run_action, save_discard_or_cancel
from desktop.ui.widgets.plain_text import PlainLabel


class NewMeetingDialog(QDialog):
    """Plans a meeting; `meeting_id` holds the new meeting's id after acceptance."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.meeting_id: int | None = None
        self.setWindowTitle(self.tr("New meeting"))
        self._staff: list[StaffChoice] = ctx.read(meetings.staff_choices)

        self.type_box = QComboBox(self)
        for member, text in members(MeetingType):
            self.type_box.addItem(text, member)
        self.date_edit = make_date_edit(None, self)
        self.time_edit = QTimeEdit(QTime(15, 30), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.number_spin = QSpinBox(self)
        self.number_spin.setRange(1, 999)
        self.date_edit.dateChanged.connect(self._suggest_number)
        self._suggest_number()
        self.place_edit = QLineEdit(self.tr("Meeting room"), self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. 2026 3rd selection meeting"))
        self.chair_box = QComboBox(self)
        self.chair_box.addItem(self.tr("(none)"), None)
        for s in self._staff:
            self.chair_box.addItem(choice_label(s), s.id)
        own = [ctx.actor.staff_id] if ctx.actor.staff_id is not None else []
        self.invited = StaffPicker(self._staff, own, self)
        self.error_label = PlainLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Type"), self.type_box)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("Ti&me"), self.time_edit)
        form.addRow(self.tr("&Number in the year"), self.number_spin)
        form.addRow(self.tr("P&lace"), self.place_edit)
        form.addRow(self.tr("T&itle"), self.title_edit)
        form.addRow(self.tr("&Chair"), self.chair_box)
        form.addRow(self.tr("&Staff invited"), self.invited)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Plan meeting"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._planned_state = self._form_state()

    def _form_state(self) -> tuple[object, ...]:
        """What the form holds, to tell whether anything was typed or chosen."""
        return (
            self.type_box.currentIndex(),
            self.date_edit.date(),
            self.time_edit.time(),
            self.number_spin.value(),
            self.place_edit.text(),
            self.title_edit.text(),
            self.chair_box.currentIndex(),
            tuple(self.invited.checked_ids()),
        )

    def has_typed_text(self) -> bool:
        return self._form_state() != self._planned_state

    def reject(self) -> None:
        """Esc, Cancel or closing: a changed form asks first — Plan the meeting, Discard, or go
        back to it (Cancel)."""
        if self.has_typed_text():
            answer = save_discard_or_cancel(
                self,
                self.tr("Unsaved meeting"),
                self.tr("This meeting has not been planned yet. Plan it now?"),
            )
            if answer == QMessageBox.StandardButton.Save:
                self.accept()  # plans it, or shows what is missing and stays open
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _suggest_number(self) -> None:
        year = date_of(self.date_edit).year
        self.number_spin.setValue(self._ctx.read(lambda s, _a: meetings.next_number(s, year)))

    def held_at(self) -> datetime:
        t = self.time_edit.time()
        # The computer's local time, stored as an aware datetime (UTC in the database).
        return datetime.combine(date_of(self.date_edit), time(t.hour(), t.minute())).astimezone()

    def attendees(self) -> list[AttendeeInput]:
        chosen: list[AttendeeInput] = []
        by_id = {s.id: s for s in self._staff}
        chair_id = self.chair_box.currentData()
        ids = [chair_id] if chair_id is not None else []
        for staff_id in self.invited.checked_ids():
            if staff_id not in ids:
                ids.append(staff_id)
        for staff_id in ids:
            s = by_id[staff_id]
            chosen.append(AttendeeInput(s.name, s.position, "", staff_id=s.id))
        return chosen

    def accept(self) -> None:
        if not self.place_edit.text().strip():
            self.error_label.setText(self.tr("Say where the meeting is held."))
            self.place_edit.setFocus()
            return
        kind = MeetingType(self.type_box.currentData())
        number, held_at, place = self.number_spin.value(), self.held_at(), self.place_edit.text()
        chair_id, title, attendees = self.chair_box.currentData(), self.title_edit.text(), self.attendees()

        def plan(session, actor):  # type: ignore[no-untyped-def]
            meeting: Meeting = meetings.plan_meeting(
                session,
                actor,
                meeting_type=kind,
                held_at=held_at,
                place=place,
                chair_id=chair_id,
                attendees=attendees,
                number=number,
                title=title,
            )
            return meeting.id

        meeting_id = run_action(self, self._ctx, plan)
        if meeting_id is None:
            return
        self.meeting_id = meeting_id
        super().accept()
