"""Dialogs of the referral loop: new referral, send (with the consent check and override),
the organisation's answer, delivery, and outcome. Each validates before it accepts and says in
its error label what is wrong; the panel then calls the service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.consents import SupportConsent
from desktop.services.listing import OrganisationRow
from desktop.services.referrals import DEFAULT_DELIVERY_DAYS, DEFAULT_RESPONSE_DAYS
from desktop.ui.widgets.dates import date_of, make_date_edit
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding

ERROR_STYLE = "color: #b00020;"


class _ReferralDialog(AsksBeforeDiscarding, QDialog):
    """A form, an error label and OK/Cancel; subclasses implement `problem()`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_label = PlainLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

    def problem(self) -> str | None:
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()


class NewReferralDialog(_ReferralDialog):
    def __init__(
        self, organisations: Sequence[OrganisationRow], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New referral"), parent)
        self.organisation_combo = QComboBox(self)
        self.organisation_combo.addItem(self.tr("— choose an organisation —"), None)
        for row in organisations:
            self.organisation_combo.addItem(row.name, row.id)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 5)
        self.expected_edit = make_date_edit(today + timedelta(DEFAULT_RESPONSE_DAYS), self)
        self.expected_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.form.addRow(self.tr("&Organisation:"), self.organisation_combo)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.form.addRow(self.tr("&Expected answer by:"), self.expected_edit)
        self.organisation_combo.setFocus()

    def organisation_id(self) -> int | None:
        value = self.organisation_combo.currentData()
        return value if isinstance(value, int) else None

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def expected_response_on(self) -> date:
        return date_of(self.expected_edit)

    def problem(self) -> str | None:
        if self.organisation_id() is None:
            return self.tr("Choose the organisation to refer the student to.")
        if not self.reason():
            return self.tr("Say why the student is referred.")
        return None


class SendReferralDialog(_ReferralDialog):
    """The day it is sent and the expected answer; shows whether both sides consent to share
    with the organisation on that day, and when not, which consent is missing, and asks for the
    reason to share without it (the override)."""

    def __init__(
        self,
        organisation_name: str,
        consent_on: Callable[[date], SupportConsent],
        today: date,
        expected: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Send referral to {name}").format(name=organisation_name), parent)
        self._consent_on = consent_on
        self._organisation_name = organisation_name
        self.sent_edit = make_date_edit(today, self, latest=today)
        self.expected_edit = make_date_edit(expected or today + timedelta(DEFAULT_RESPONSE_DAYS), self)
        self.consent_label = PlainLabel(self)
        self.consent_label.setObjectName("consent_label")
        self.consent_label.setWordWrap(True)
        self.override_check = QCheckBox(self.tr("Send &without the missing consent (override)"), self)
        self.override_edit = QPlainTextEdit(self)
        self.override_edit.setTabChangesFocus(True)
        self.override_edit.setPlaceholderText(
            self.tr("Why the information is shared without consent, e.g. a suspected abuse report")
        )
        self.override_edit.setFixedHeight(self.fontMetrics().height() * 4)
        self.form.addRow(self.tr("&Sent on:"), self.sent_edit)
        self.form.addRow(self.tr("&Expected answer by:"), self.expected_edit)
        self.form.addRow(self.consent_label)
        self.form.addRow(self.override_check)
        self.form.addRow(self.tr("Override &reason:"), self.override_edit)
        self.sent_edit.dateChanged.connect(self._update_consent)
        self.override_check.toggled.connect(self._update_override)
        self._consent = SupportConsent(student=False, guardian=False)
        self._update_consent()
        self.sent_edit.setFocus()

    def consent(self) -> SupportConsent:
        return self._consent

    def _update_consent(self) -> None:
        self._consent = self._consent_on(date_of(self.sent_edit))
        c, name = self._consent, self._organisation_name
        if c.complete:
            text = self.tr("The student and the guardian both consent to sharing with {name}.")
        elif not c.student and not c.guardian:
            text = self.tr(
                "Missing: neither the student nor the guardian (or legal representative) has a valid "
                "consent to share information with {name} on this day."
            )
        elif not c.student:
            text = self.tr("Missing: the student's consent to share information with {name} on this day.")
        else:
            text = self.tr(
                "Missing: the guardian's (or legal representative's) consent to share information with "
                "{name} on this day."
            )
        self.consent_label.setText(text.format(name=name))
        self.consent_label.setStyleSheet("" if c.complete else ERROR_STYLE)
        self.override_check.setVisible(not c.complete)
        if c.complete:
            self.override_check.setChecked(False)
        self._update_override()

    def _update_override(self) -> None:
        on = self.override_check.isChecked() and not self._consent.complete
        self.override_edit.setVisible(on)
        label = self.form.labelForField(self.override_edit)
        if label is not None:
            label.setVisible(on)

    def sent_on(self) -> date:
        return date_of(self.sent_edit)

    def expected_response_on(self) -> date:
        return date_of(self.expected_edit)

    def override_reason(self) -> str:
        if self._consent.complete or not self.override_check.isChecked():
            return ""
        return self.override_edit.toPlainText().strip()

    def problem(self) -> str | None:
        if self.expected_response_on() < self.sent_on():
            return self.tr("The answer cannot be expected before the referral is sent.")
        if self._consent.complete:
            return None
        if not self.override_check.isChecked():
            return self.tr(
                "Record the missing consent first, or tick the override and say why the information "
                "is shared without it."
            )
        if not self.override_reason():
            return self.tr("Give the reason for sharing without consent.")
        return None


class ResponseDialog(_ReferralDialog):
    """The organisation's answer: accepted (with the expected delivery) or declined."""

    def __init__(self, sent_on: date | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the organisation's answer"), parent)
        self._sent_on = sent_on
        self.accepted_radio = QRadioButton(self.tr("&Accepted"), self)
        self.declined_radio = QRadioButton(self.tr("&Declined"), self)
        self.accepted_radio.setChecked(True)
        self.responded_edit = make_date_edit(today, self, latest=today)
        self.delivery_edit = make_date_edit(today + timedelta(DEFAULT_DELIVERY_DAYS), self)
        answers = QVBoxLayout()
        answers.addWidget(self.accepted_radio)
        answers.addWidget(self.declined_radio)
        self.form.addRow(self.tr("Answer:"), answers)
        self.form.addRow(self.tr("Answered &on:"), self.responded_edit)
        self.form.addRow(self.tr("Service &delivered by:"), self.delivery_edit)
        self.accepted_radio.toggled.connect(self.delivery_edit.setEnabled)
        self.responded_edit.dateChanged.connect(self._shift_delivery)
        self.accepted_radio.setFocus()

    def _shift_delivery(self, day: QDate) -> None:
        self.delivery_edit.setDate(day.addDays(DEFAULT_DELIVERY_DAYS))

    def is_accepted(self) -> bool:
        return self.accepted_radio.isChecked()

    def responded_on(self) -> date:
        return date_of(self.responded_edit)

    def expected_delivery_on(self) -> date:
        return date_of(self.delivery_edit)

    def problem(self) -> str | None:
        if self._sent_on is not None and self.responded_on() < self._sent_on:
            return self.tr("The answer cannot come before the referral was sent ({day}).").format(
                day=self._sent_on.isoformat()
            )
        if self.is_accepted() and self.expected_delivery_on() < self.responded_on():
            return self.tr("The delivery cannot be expected before the answer.")
        return None


class DeliveredDialog(_ReferralDialog):
    def __init__(self, responded_on: date | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Service delivered"), parent)
        self._responded_on = responded_on
        self.delivered_edit = make_date_edit(today, self, latest=today)
        self.form.addRow(self.tr("&Delivered on:"), self.delivered_edit)
        self.delivered_edit.setFocus()

    def delivered_on(self) -> date:
        return date_of(self.delivered_edit)

    def problem(self) -> str | None:
        if self._responded_on is not None and self.delivered_on() < self._responded_on:
            return self.tr(
                "The service cannot be delivered before the organisation accepted it ({day})."
            ).format(day=self._responded_on.isoformat())
        return None


class OutcomeDialog(_ReferralDialog):
    """The outcome and whether the loop is closed. Before an answer (draft or sent) the only
    possible outcome is closing (withdrawing) the referral."""

    def __init__(self, outcome: str, must_close: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Referral outcome"), parent)
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setPlainText(outcome)
        self.outcome_edit.setFixedHeight(self.fontMetrics().height() * 5)
        self.close_check = QCheckBox(self.tr("&Close the referral loop"), self)
        self.close_check.setChecked(True)
        self.close_check.setEnabled(not must_close)
        self.form.addRow(self.tr("&Outcome:"), self.outcome_edit)
        self.form.addRow(self.close_check)
        if must_close:
            note = PlainLabel(
                self.tr("The organisation has not answered: this withdraws the referral."), self
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        self.outcome_edit.setFocus()

    def outcome(self) -> str:
        return self.outcome_edit.toPlainText().strip()

    def closed(self) -> bool:
        return self.close_check.isChecked()

    def problem(self) -> str | None:
        if not self.outcome():
            return self.tr("Describe the outcome of the referral.")
        return None
