"""The school's open referral loops, overdue first and flagged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from desktop.models import ReferralStatus
from desktop.services.referrals import ReferralRow
from desktop.ui.labels import label
from desktop.ui.timefmt import date_text
from desktop.ui.widgets.row_table_model import AnyIndex, Column, RowTableModel

OVERDUE_COLOUR = QColor("#b00020")
STATUS_ORDER = {status: i for i, status in enumerate(ReferralStatus)}


def status_text(row: ReferralRow) -> str:
    """The status label, with "overdue" spelled out (colour alone is not enough)."""
    text = label(row.status)
    if row.overdue:
        return QCoreApplication.translate("ReferralStatus", "{status} — overdue").format(status=text)
    return text


def status_sort_key(row: ReferralRow) -> tuple[int, int, Any]:
    """Overdue first, then by step, then by expected date."""
    return (0 if row.overdue else 1, STATUS_ORDER[row.status], row.expected_response_on)


def overdue_data(row: ReferralRow, role: int) -> Any:
    """The overdue highlight of a row (colour and bold) for the roles that show it."""
    if not row.overdue:
        return None
    if role == Qt.ItemDataRole.ForegroundRole:
        return OVERDUE_COLOUR
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    return None


class ReferralLoopsTableModel(RowTableModel[ReferralRow]):
    STATUS_COLUMN = 2

    def columns(self) -> list[Column[ReferralRow]]:
        return [
            Column(self.tr("Case"), lambda r: r.case_code, lambda r: r.case_code),
            Column(self.tr("Organisation"), lambda r: r.organisation_name, lambda r: r.organisation_name),
            Column(self.tr("Status"), status_text, status_sort_key),
            Column(self.tr("Sent"), lambda r: date_text(r.sent_on), lambda r: r.sent_on),
            Column(
                self.tr("Expected answer"),
                lambda r: date_text(r.expected_response_on),
                lambda r: r.expected_response_on,
                tooltip=lambda r: self.tr(
                    "While sent: the organisation's answer. Once accepted: delivery of the service."
                ),
            ),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return overdue_data(self.row_at(index.row()), role)
        return super().data(index, role)


def search_text(row: ReferralRow) -> str:
    return f"{row.case_code} {row.organisation_name} {status_text(row)}"
