"""The purge preview: one row per student whose records are due for purge (names masked)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.services.retention import DueStudent, PurgeReason
from desktop.ui.labels import label
from desktop.ui.widgets.row_table_model import Column, RowTableModel

_REASONS = {
    PurgeReason.HIGH_SCHOOL_FINISHED: QT_TRANSLATE_NOOP(
        "RetentionTableModel", "Would have finished high school"
    ),
    PurgeReason.AGE_19: QT_TRANSLATE_NOOP("RetentionTableModel", "Left school, now 19"),
}


def reason_label(reason: PurgeReason) -> str:
    """The translated reason a student's records are due."""
    return QCoreApplication.translate("RetentionTableModel", _REASONS[reason])


class RetentionTableModel(RowTableModel[DueStudent]):
    def columns(self) -> list[Column[DueStudent]]:
        return [
            Column(
                self.tr("Grade-class"),
                lambda r: f"{r.grade}-{r.class_no}-{r.number}",
                lambda r: (r.grade, r.class_no, r.number),
            ),
            Column(self.tr("Student"), lambda r: r.masked_name, lambda r: r.masked_name),
            Column(self.tr("Status"), lambda r: label(r.status), lambda r: r.status.value),
            Column(self.tr("Reason"), lambda r: reason_label(r.reason), lambda r: r.reason.value),
            Column(self.tr("Due since"), lambda r: r.due_on.isoformat(), lambda r: r.due_on),
            Column(self.tr("Cases"), lambda r: str(r.cases), lambda r: r.cases, align_right=True),
            Column(
                self.tr("Open cases"),
                lambda r: str(r.open_cases) if r.open_cases else "",
                lambda r: r.open_cases,
                align_right=True,
            ),
            Column(self.tr("Requests"), lambda r: str(r.requests), lambda r: r.requests, align_right=True),
            Column(
                self.tr("Last activity"),
                lambda r: r.last_activity.isoformat() if r.last_activity else "",
                lambda r: r.last_activity,
            ),
        ]


def search_text(row: DueStudent) -> str:
    """What the search box matches: class and masked name."""
    return f"{row.grade}-{row.class_no}-{row.number} {row.masked_name}"
