"""The Referrals tab of the case window: the case's referrals to external organisations and
the next step of each loop. Sending follows the case's place in the procedure
(case_workflow.check_action); when the rule refuses it, the Send button says why in its tooltip."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.models import ReferralStatus
from desktop.reports.case_documents import referral_letter_pdf
from desktop.services import cases, listing, referrals
from desktop.services.case_workflow import CaseAction
from desktop.services.consents import SupportConsent
from desktop.services.errors import ServiceError
from desktop.services.listing import OrganisationRow
from desktop.services.permissions import Permission
from desktop.services.referrals import ReferralRow
from desktop.ui.case_detail.panel import CasePanel
from desktop.ui.case_detail.referral_dialogs import (
    DeliveredDialog,
    NewReferralDialog,
    OutcomeDialog,
    ResponseDialog,
    SendReferralDialog,
)
from desktop.ui.context import AppContext
from desktop.ui.printing.print_flow import print_document
from desktop.ui.resources.referral_loops_table_model import overdue_data, status_sort_key, status_text
from desktop.ui.timefmt import date_text
from desktop.ui.widgets.area import fit_columns, make_table_view
from desktop.ui.widgets.feedback import error_text, run_action
from desktop.ui.widgets.focus import tab_in_order
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import ROW_ROLE, AnyIndex, Column, RowFilterProxy, RowTableModel

R = ReferralStatus


class CaseReferralsTableModel(RowTableModel[ReferralRow]):
    def columns(self) -> list[Column[ReferralRow]]:
        return [
            Column(self.tr("Organisation"), lambda r: r.organisation_name, lambda r: r.organisation_name),
            Column(self.tr("Status"), status_text, status_sort_key),
            Column(self.tr("Sent"), lambda r: date_text(r.sent_on), lambda r: r.sent_on),
            Column(
                self.tr("Expected answer"),
                lambda r: date_text(r.expected_response_on),
                lambda r: r.expected_response_on,
            ),
            Column(self.tr("Answered"), lambda r: date_text(r.responded_on), lambda r: r.responded_on),
            Column(self.tr("Delivered"), lambda r: date_text(r.delivered_on), lambda r: r.delivered_on),
            Column(
                self.tr("Consent"),
                lambda r: self.tr("Override") if r.consent_override else "",
                lambda r: r.consent_override,
            ),
            Column(
                self.tr("Reason"),
                lambda r: r.reason.replace("\n", " "),
                lambda r: r.reason,
                tooltip=lambda r: r.reason,
            ),
            Column(
                self.tr("Outcome"),
                lambda r: r.outcome.replace("\n", " "),
                lambda r: r.outcome,
                tooltip=lambda r: r.outcome,
            ),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return overdue_data(self.row_at(index.row()), role)
        return super().data(index, role)


class ReferralsPanel(CasePanel):
    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self.can_manage = ctx.can(Permission.MANAGE_CASES)
        self.send_refusal: str | None = None
        self.model = CaseReferralsTableModel(self)
        self.proxy = RowFilterProxy(lambda r: "", self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.summary_label = PlainLabel(self)

        self.new_button = QPushButton(self.tr("&New referral…"), self)
        self.send_button = QPushButton(self.tr("&Send…"), self)
        self.response_button = QPushButton(self.tr("Record &answer…"), self)
        self.delivered_button = QPushButton(self.tr("De&livered…"), self)
        self.outcome_button = QPushButton(self.tr("Out&come…"), self)
        self.print_button = QPushButton(self.tr("&Print referral letter…"), self)
        self.print_button.setObjectName("print_referral_letter")
        self.print_button.setVisible(ctx.can(Permission.PRINT_REPORTS))
        self.print_button.clicked.connect(self.print_letter)
        self.new_button.clicked.connect(self.new_referral)
        self.send_button.clicked.connect(self.send_selected)
        self.response_button.clicked.connect(self.record_response)
        self.delivered_button.clicked.connect(self.mark_delivered)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.step_buttons = (
            self.send_button,
            self.response_button,
            self.delivered_button,
            self.outcome_button,
        )
        for button in (self.new_button, *self.step_buttons):
            button.setVisible(self.can_manage)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.table.activated.connect(lambda _i: self._next_step())

        bar = QHBoxLayout()
        bar.addWidget(self.summary_label)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        for button in self.step_buttons:
            bar.addWidget(button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        tab_in_order(self.new_button, *self.step_buttons, self.print_button, self.table)  # the bar is above
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Referrals")

    def refresh(self) -> None:
        selected = self.selected()
        if self.can_manage:
            flow = self.ctx.read(lambda s, a: cases.case_workflow_status(s, a, self.case_id))
            self.send_refusal = flow.refusal(CaseAction.SEND_REFERRAL)
        rows: list[ReferralRow] = self.ctx.read(lambda s, a: referrals.case_referrals(s, a, self.case_id))
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        text = self.tr("%n referral(s)", "", len(rows))
        if overdue:
            text = self.tr("{referrals}, {overdue} overdue").format(referrals=text, overdue=overdue)
        self.summary_label.setText(text)
        fit_columns(self.table)
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        if selected is not None:
            self.select(selected.id)
        elif rows:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_buttons()

    # --- selection ----------------------------------------------------------------------------

    def selected(self) -> ReferralRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.siblingAtColumn(0).data(ROW_ROLE)
        return row if isinstance(row, ReferralRow) else None

    def select(self, referral_id: int) -> None:
        for source_row, row in enumerate(self.model.rows()):
            if row.id == referral_id:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(source_row, 0)))
                return

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected()
        status = row.status if row is not None else None
        self.send_button.setEnabled(status is R.DRAFT and self.send_refusal is None)
        self.send_button.setToolTip(
            error_text(ServiceError(self.send_refusal)) if self.send_refusal is not None else ""
        )
        self.response_button.setEnabled(status is R.SENT)
        self.delivered_button.setEnabled(status is R.ACCEPTED)
        self.outcome_button.setEnabled(status is not None and status is not R.CLOSED)
        self.print_button.setEnabled(row is not None)
        enabled = [b for b in self.step_buttons if b.isEnabled() and b.isVisible()]
        for button in self.step_buttons:
            button.setDefault(False)
        if enabled:
            enabled[0].setDefault(True)

    def _next_step(self) -> None:
        """Enter on a row: the first step the row allows."""
        for button in self.step_buttons:
            if button.isVisible() and button.isEnabled():
                button.click()
                return

    # --- actions ------------------------------------------------------------------------------

    def _stored(self, referral_id: int | None) -> bool:
        if referral_id is None:
            return False
        self.refresh()
        self.select(referral_id)
        self.changed.emit()
        return True

    def new_referral_dialog(self) -> NewReferralDialog:
        organisations: list[OrganisationRow] = self.ctx.read(listing.organisations)
        return NewReferralDialog(organisations, date.today(), self)

    def new_referral(self) -> None:
        if not self.can_manage:
            return
        dialog = self.new_referral_dialog()

        def store() -> bool:  # while the dialog is open: a refusal keeps the typed reason
            org_id, reason, expected = (
                dialog.organisation_id(),
                dialog.reason(),
                dialog.expected_response_on(),
            )
            assert org_id is not None
            return self._stored(
                run_action(
                    dialog,
                    self.ctx,
                    lambda s, a: (
                        referrals.create_referral(
                            s, a, self.case_id, org_id, reason=reason, expected_response_on=expected
                        ).id
                    ),
                )
            )

        dialog.store_with(store)
        dialog.exec()

    def send_dialog(self, row: ReferralRow) -> SendReferralDialog:
        def consent_on(day: date) -> SupportConsent:
            result: SupportConsent = self.ctx.read(lambda s, a: referrals.consent_to_send(s, a, row.id, day))
            return result

        return SendReferralDialog(
            row.organisation_name, consent_on, date.today(), row.expected_response_on, self
        )

    def send_selected(self) -> None:
        row = self.selected()
        if row is None or row.status is not R.DRAFT or not self.can_manage:
            return
        dialog = self.send_dialog(row)

        def store() -> bool:  # while the dialog is open: a refusal keeps the typed override reason
            sent_on, expected, override = (
                dialog.sent_on(),
                dialog.expected_response_on(),
                dialog.override_reason(),
            )
            return self._stored(
                run_action(
                    dialog,
                    self.ctx,
                    lambda s, a: (
                        referrals.send_referral(
                            s,
                            a,
                            row.id,
                            sent_on=sent_on,
                            expected_response_on=expected,
                            override_reason=override,
                        ).id
                    ),
                )
            )

        dialog.store_with(store)
        dialog.exec()

    def response_dialog(self, row: ReferralRow) -> ResponseDialog:
        return ResponseDialog(row.sent_on, date.today(), self)

    def record_response(self) -> None:
        row = self.selected()
        if row is None or row.status is not R.SENT or not self.can_manage:
            return
        dialog = self.response_dialog(row)
        if not dialog.exec():
            return
        accepted, day, delivery = dialog.is_accepted(), dialog.responded_on(), dialog.expected_delivery_on()
        self._stored(
            run_action(
                self,
                self.ctx,
                lambda s, a: (
                    referrals.record_response(
                        s, a, row.id, accepted=accepted, responded_on=day, expected_delivery_on=delivery
                    ).id
                ),
            )
        )

    def delivered_dialog(self, row: ReferralRow) -> DeliveredDialog:
        return DeliveredDialog(row.responded_on, date.today(), self)

    def mark_delivered(self) -> None:
        row = self.selected()
        if row is None or row.status is not R.ACCEPTED or not self.can_manage:
            return
        dialog = self.delivered_dialog(row)
        if not dialog.exec():
            return
        day = dialog.delivered_on()
        self._stored(
            run_action(
                self, self.ctx, lambda s, a: referrals.mark_delivered(s, a, row.id, delivered_on=day).id
            )
        )

    def outcome_dialog(self, row: ReferralRow) -> OutcomeDialog:
        return OutcomeDialog(row.outcome, row.status in (R.DRAFT, R.SENT), self)

    def record_outcome(self) -> None:
        row = self.selected()
        if row is None or row.status is R.CLOSED or not self.can_manage:
            return
        dialog = self.outcome_dialog(row)

        def store() -> bool:  # while the dialog is open: a refusal keeps the typed outcome
            outcome, closed = dialog.outcome(), dialog.closed()
            return self._stored(
                run_action(
                    dialog,
                    self.ctx,
                    lambda s, a: referrals.record_outcome(s, a, row.id, outcome=outcome, closed=closed).id,
                )
            )

        dialog.store_with(store)
        dialog.exec()

    def print_letter(self) -> None:
        """Print the referral letter of the selected referral."""
        row = self.selected()
        if row is None:
            return
        referral_id = row.id
        print_document(
            self,
            self.ctx,
            title=self.tr("Referral letter"),
            build=lambda s, a, p, out: referral_letter_pdf(s, a, referral_id, p, out),
        )
