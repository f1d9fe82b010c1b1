"""Dialogs of the Consents tab: record a consent (or refusal), withdraw one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import ConsentMethod, ConsentParty, ConsentPurpose
from desktop.services.consents import ConsentNames
from desktop.services.listing import OrganisationRow
from desktop.ui.labels import members
from desktop.ui.widgets.area import keep_minimum_width
from desktop.ui.widgets.dates import date_of, make_date_edit
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding

E = TypeVar("E", bound=Enum)

ERROR_STYLE = "color: #b00020;"


def enum_combo(enum_type: Any, parent: QWidget | None = None) -> QComboBox:
    """A combobox of an enum's members with their translated labels (the member as item data)."""
    combo = QComboBox(parent)
    for member, text in members(enum_type):
        combo.addItem(text, member)
    return combo


def current_enum(combo: QComboBox, enum_type: type[E]) -> E:
    """The enum member chosen in an enum_combo (Qt hands StrEnum item data back as plain str)."""
    return enum_type(combo.currentData())


def error_label(parent: QWidget | None = None) -> QLabel:
    label = PlainLabel(parent)
    label.setObjectName("dialog_problem")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


class RecordConsentDialog(AsksBeforeDiscarding, QDialog):
    """Party, name, purpose, recipient organisation (for sharing), given or refused, date,
    method, expiry and notes. `values()` are the keyword arguments of record_consent.

    With `names` (from the student record) the name starts as the chosen party's, and follows the
    party while it was not changed by hand."""

    def __init__(
        self,
        organisations: Sequence[OrganisationRow],
        parent: QWidget | None = None,
        *,
        names: ConsentNames | None = None,
    ) -> None:
        super().__init__(parent)
        self._names = names
        self.setWindowTitle(self.tr("Record consent"))
        keep_minimum_width(self, 480)
        self.party = enum_combo(ConsentParty, self)
        self.party_name = QLineEdit(self)
        self.party_name.setPlaceholderText(self.tr("Name of the person who consents"))
        self._filled_name = ""
        self._fill_name()
        self.party.currentIndexChanged.connect(self._fill_name)
        self.purpose = enum_combo(ConsentPurpose, self)
        self.organisation = QComboBox(self)
        self.organisation.addItem(self.tr("— choose an organisation —"), None)
        for org in organisations:
            self.organisation.addItem(org.name, org.id)
        self.given = QRadioButton(self.tr("&Given"), self)
        self.refused = QRadioButton(self.tr("&Refused"), self)
        self.given.setChecked(True)
        decision = QHBoxLayout()
        decision.addWidget(self.given)
        decision.addWidget(self.refused)
        decision.addStretch(1)
        self.given_on = make_date_edit(parent=self)
        self.method = enum_combo(ConsentMethod, self)
        self.has_expiry = QCheckBox(self.tr("E&xpires on"), self)
        self.expires_on = make_date_edit(date(date.today().year, 12, 31), self)
        self.expires_on.setEnabled(False)
        expiry = QHBoxLayout()
        expiry.addWidget(self.has_expiry)
        expiry.addWidget(self.expires_on, 1)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.problem = error_label(self)

        form = QFormLayout()
        form.addRow(self.tr("&Party:"), self.party)
        form.addRow(self.tr("&Name:"), self.party_name)
        form.addRow(self.tr("P&urpose:"), self.purpose)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("Decision:"), decision)
        form.addRow(self.tr("&Date:"), self.given_on)
        form.addRow(self.tr("&Method:"), self.method)
        form.addRow(self.tr("Expiry:"), expiry)
        form.addRow(self.tr("No&tes:"), self.notes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.purpose.currentIndexChanged.connect(self._validate)
        self.organisation.currentIndexChanged.connect(self._validate)
        self.given_on.dateChanged.connect(self._validate)
        self.expires_on.dateChanged.connect(self._validate)
        self.has_expiry.toggled.connect(self.expires_on.setEnabled)
        self.has_expiry.toggled.connect(self._validate)
        self._validate()

    def _fill_name(self) -> None:
        """The chosen party's name from the student record, unless a name was typed by hand."""
        if self._names is None or self.party_name.text().strip() not in ("", self._filled_name):
            return
        self._filled_name = self._names.of(current_enum(self.party, ConsentParty))
        self.party_name.setText(self._filled_name)

    def _sharing(self) -> bool:
        return current_enum(self.purpose, ConsentPurpose) is ConsentPurpose.SHARING

    def problem_text(self) -> str | None:
        """What is wrong with the input, or None when it may be recorded."""
        if self._sharing() and self.organisation.currentData() is None:
            return self.tr("A consent to share information needs the organisation that receives it.")
        if date_of(self.given_on) > date.today():
            return self.tr("A consent cannot be dated in the future.")
        if self.has_expiry.isChecked() and date_of(self.expires_on) < date_of(self.given_on):
            return self.tr("A consent cannot expire before the day it was given.")
        return None

    def _validate(self) -> None:
        self.organisation.setEnabled(self._sharing())
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def accept(self) -> None:
        if self.problem_text() is not None:
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        return {
            "party": current_enum(self.party, ConsentParty),
            "party_name": self.party_name.text().strip(),
            "purpose": current_enum(self.purpose, ConsentPurpose),
            "recipient_organisation_id": self.organisation.currentData() if self._sharing() else None,
            "given": self.given.isChecked(),
            "given_on": date_of(self.given_on),
            "method": current_enum(self.method, ConsentMethod),
            "expires_on": date_of(self.expires_on) if self.has_expiry.isChecked() else None,
            "notes": self.notes.toPlainText().strip(),
        }


class WithdrawConsentDialog(AsksBeforeDiscarding, QDialog):
    """The day a consent was withdrawn and why."""

    def __init__(self, given_on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._given_on = given_on
        self.setWindowTitle(self.tr("Withdraw consent"))
        keep_minimum_width(self, 420)
        self.withdrawn_on = make_date_edit(parent=self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the consent was withdrawn"))
        self.problem = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Withdrawn on:"), self.withdrawn_on)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Withdraw"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.withdrawn_on.dateChanged.connect(self._validate)
        self.reason.textChanged.connect(self._validate)
        self._validate()

    def problem_text(self) -> str | None:
        day = date_of(self.withdrawn_on)
        if day > date.today():
            return self.tr("A withdrawal cannot be dated in the future.")
        if day < self._given_on:
            return self.tr("A consent cannot be withdrawn before the day it was given.")
        if not self.reason.text().strip():
            return self.tr("Say why the consent was withdrawn.")
        return None

    def _validate(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def accept(self) -> None:
        if self.problem_text() is not None:
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        return {"withdrawn_on": date_of(self.withdrawn_on), "reason": self.reason.text().strip()}
