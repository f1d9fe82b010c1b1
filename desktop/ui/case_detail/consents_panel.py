"""The Consents tab: every consent of the case, the state of the consent to support, and
recording or withdrawing a consent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desktop.reports.case_documents import consent_form_pdf
from desktop.services import consents, listing
from desktop.services.actor import Actor
from desktop.services.consents import ConsentRow, SupportConsent
from desktop.services.errors import ServiceError
from desktop.services.permissions import Permission
from desktop.ui.case_detail.consent_dialogs import RecordConsentDialog, WithdrawConsentDialog
from desktop.ui.case_detail.panel import CasePanel
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.printing.print_flow import print_document
from desktop.ui.widgets.area import fit_columns, make_table_view
from desktop.ui.widgets.feedback import error_text, run_action
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import Column, RowTableModel
from desktop.ui.widgets.why_disabled import enable

_MUTED = QColor("#888888")


def _iso(value: Any) -> str:
    return value.isoformat() if value is not None else ""


class ConsentsTableModel(RowTableModel[ConsentRow]):
    """One row per consent; expired, withdrawn and refused ones are greyed (withdrawn struck out)."""

    def columns(self) -> list[Column[ConsentRow]]:
        return [
            Column(self.tr("Party"), lambda r: label(r.party), lambda r: r.party.value),
            Column(self.tr("Name"), lambda r: r.party_name),
            Column(self.tr("Purpose"), lambda r: label(r.purpose), lambda r: r.purpose.value),
            Column(self.tr("Recipient"), lambda r: r.recipient_name),
            Column(self.tr("Decision"), lambda r: self.tr("Given") if r.given else self.tr("Refused")),
            Column(self.tr("Date"), lambda r: _iso(r.given_on), lambda r: r.given_on),
            Column(self.tr("Method"), lambda r: label(r.method), lambda r: r.method.value),
            Column(self.tr("Expires"), lambda r: _iso(r.expires_on), lambda r: r.expires_on),
            Column(self.tr("Status"), self.status_text),
            Column(
                self.tr("Withdrawn"),
                lambda r: (
                    f"{_iso(r.withdrawn_on)} {r.withdrawal_reason}".strip()
                    if r.withdrawn_on is not None
                    else ""
                ),
                lambda r: r.withdrawn_on,
            ),
        ]

    def status_text(self, row: ConsentRow) -> str:
        if row.withdrawn_on is not None:
            return self.tr("Withdrawn")
        if not row.given:
            return self.tr("Refused")
        if row.expired:
            return self.tr("Expired")
        return self.tr("Valid") if row.valid else self.tr("Not yet valid")

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if index.isValid() and index.row() < self.rowCount():
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.ForegroundRole and not row.valid:
                return QBrush(_MUTED)
            if role == Qt.ItemDataRole.FontRole and row.withdrawn_on is not None:
                font = QFont()
                font.setStrikeOut(True)
                return font
        return super().data(index, role)


class ConsentsPanel(CasePanel):
    """The case's consents, newest first, with a status line for the consent to support."""

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self.status = PlainLabel(self)
        self.status.setObjectName("consent_status")
        self.status.setWordWrap(True)
        self.model = ConsentsTableModel(self)
        self.table = make_table_view(self)
        self.table.setObjectName("consents_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # newest first, as the service orders them

        self.record_button = QPushButton(self.tr("&Record consent…"), self)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), self)
        may_record = ctx.can(Permission.RECORD_CONSENT)
        self.record_button.setVisible(may_record)
        self.withdraw_button.setVisible(may_record)
        self.print_button = QPushButton(self.tr("&Print consent form…"), self)
        self.print_button.setObjectName("print_consent_form")
        self.print_button.setVisible(ctx.can(Permission.PRINT_REPORTS))
        self.print_button.clicked.connect(self.print_form)
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def title(self) -> str:
        return self.tr("Consents")

    def refresh(self) -> None:
        case_id = self.case_id
        try:
            rows = self.ctx.read(lambda s, a: consents.case_consents(s, a, case_id))
            state = self.ctx.read(lambda s, a: consents.case_support_consent(s, a, case_id))
        except ServiceError as exc:
            self.model.set_rows([])
            self.status.setText(error_text(exc))
            self.record_button.setEnabled(False)
            self._update_buttons()
            return
        self.model.set_rows(rows)
        self.record_button.setEnabled(True)
        fit_columns(self.table)
        self.status.setText(self.status_text(state))
        self._update_buttons()

    def status_text(self, state: SupportConsent) -> str:
        valid, missing = self.tr("valid"), self.tr("missing")
        return self.tr("Consent to support — student: {student}, guardian: {guardian}").format(
            student=valid if state.student else missing, guardian=valid if state.guardian else missing
        )

    def selected_row(self) -> ConsentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        enable(
            self.withdraw_button,
            self.tr("Choose a consent in the list first.")
            if row is None
            else self.tr("This consent was withdrawn already.")
            if row.withdrawn_on is not None
            else self.tr("Only a consent that was given can be withdrawn.")
            if not row.given
            else None,
        )

    def record_consent(self) -> None:
        organisations = self.ctx.read(listing.organisations)
        case_id = self.case_id
        names = self.ctx.read(lambda s, a: consents.consent_names(s, a, case_id))
        dialog = RecordConsentDialog(organisations, self, names=names)
        self._exec_storing(dialog, lambda s, a, values: consents.record_consent(s, a, case_id, **values))

    def withdraw_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.withdrawn_on is not None:
            return
        dialog = WithdrawConsentDialog(row.given_on, self)
        self._exec_storing(dialog, lambda s, a, values: consents.withdraw_consent(s, a, row.id, **values))

    def _exec_storing(
        self,
        dialog: RecordConsentDialog | WithdrawConsentDialog,
        write: Callable[[Session, Actor, dict[str, Any]], object],
    ) -> None:
        """Show the dialog; its OK stores while it is still open, so a refused write leaves what
        was typed on screen (with the reason) instead of losing it."""

        def store() -> bool:
            values = dialog.values()
            if run_action(dialog, self.ctx, lambda s, a: write(s, a, values)) is None:
                return False
            self.refresh()
            self.changed.emit()
            return True

        dialog.store_with(store)
        dialog.exec()

    def print_form(self) -> None:
        """Print the consent form for the student and the guardian to sign."""
        case_id = self.case_id
        print_document(
            self,
            self.ctx,
            title=self.tr("Consent form"),
            build=lambda s, a, p, out: consent_form_pdf(s, a, case_id, p, out),
        )


__all__ = ["ConsentsPanel", "ConsentsTableModel"]
