"""The Cases table: one row per case the user may see."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import CaseState, PlanStatus, Priority
from desktop.services.listing import CaseRow, DomainName, case_code_key
from desktop.ui.labels import label
from desktop.ui.widgets.row_table_model import Column, RowTableModel

STATE_ORDER = {state: i for i, state in enumerate(CaseState)}
# Cases no longer worked on ("Open cases" hides them; their review dates no longer matter).
FINISHED = frozenset({CaseState.CLOSED, CaseState.NOT_SELECTED, CaseState.REFERRED_OUT})
OVERDUE_COLOUR = QColor("#b00020")
PLAN_COLUMN = 4
DOMAINS_COLUMN = 6
REVIEW_COLUMN = 8
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)


def is_overdue(row: CaseRow, today: date) -> bool:
    """The case is still worked on and its next review date has passed."""
    return row.next_review_on is not None and row.next_review_on < today and row.state not in FINISHED


PRIORITY_ORDER = {p: i for i, p in enumerate(Priority)}
# Plan status in the order the work goes: none yet, being written, awaiting approval, approved.
PLAN_ORDER: dict[PlanStatus | None, int] = {
    None: 0,
    PlanStatus.DRAFT: 1,
    PlanStatus.SUBMITTED: 2,
    PlanStatus.APPROVED: 3,
    PlanStatus.SUPERSEDED: 4,
}


class CasesTableModel(RowTableModel[CaseRow]):
    def __init__(self, domain_name: Callable[[DomainName], str], parent: QObject | None = None) -> None:
        self._domain_name = domain_name
        super().__init__(parent)

    def columns(self) -> list[Column[CaseRow]]:
        return [
            Column(self.tr("Code"), lambda r: r.code, lambda r: case_code_key(r.code)),
            Column(self.tr("Student"), lambda r: r.student_name, lambda r: r.student_name),
            Column(
                self.tr("Grade-class"),
                lambda r: f"{r.grade}-{r.class_no}",
                lambda r: (r.grade, r.class_no, r.number),
            ),
            Column(self.tr("State"), lambda r: label(r.state), lambda r: STATE_ORDER[r.state]),
            Column(self.tr("Plan"), self.plan_text, lambda r: PLAN_ORDER[r.plan_status]),
            Column(
                self.tr("Priority"),
                lambda r: label(r.priority),
                lambda r: None if r.priority is None else PRIORITY_ORDER[r.priority],
            ),
            Column(
                self.tr("Domains"),
                lambda r: ", ".join(self._domain_name(d) for d in r.domains),
                lambda r: tuple(d.code for d in r.domains),
            ),
            Column(self.tr("Case manager"), lambda r: r.manager_name, lambda r: r.manager_name),
            Column(self.tr("Next review"), self._review_text, lambda r: r.next_review_on),
        ]

    def plan_text(self, row: CaseRow) -> str:
        """Where the case's support plan stands (blank when only the state may be shown)."""
        if row.state_only:
            return ""
        return plan_status_text(row.plan_status)

    def _review_text(self, row: CaseRow) -> str:
        if row.next_review_on is None:
            return ""
        if is_overdue(row, date.today()):
            return self.tr("{date} (overdue)").format(date=row.next_review_on.isoformat())
        return row.next_review_on.isoformat()

    answered_roles = RowTableModel.answered_roles | {FOREGROUND_ROLE}

    def value(self, number: int, column_number: int, role: int) -> Any:
        if role == FOREGROUND_ROLE:
            if (
                column_number == REVIEW_COLUMN
                and 0 <= number < len(self.row_list())
                and is_overdue(self.row_at(number), date.today())
            ):
                return OVERDUE_COLOUR
            return None
        return super().value(number, column_number, role)


def search_text(row: CaseRow) -> str:
    """What the search box matches: code, student, class, manager."""
    return f"{row.code} {row.student_name} {row.grade}-{row.class_no} {row.manager_name}"


def plan_status_text(status: PlanStatus | None) -> str:
    """The case list's words for a plan status: 없음 / 작성 중 / 결재 대기 / 승인."""
    texts = {
        None: QT_TRANSLATE_NOOP("CaseList", "No plan"),
        PlanStatus.DRAFT: QT_TRANSLATE_NOOP("CaseList", "Being written"),
        PlanStatus.SUBMITTED: QT_TRANSLATE_NOOP("CaseList", "Awaiting approval"),
        PlanStatus.APPROVED: QT_TRANSLATE_NOOP("CaseList", "Approved"),
        PlanStatus.SUPERSEDED: QT_TRANSLATE_NOOP("CaseList", "Superseded"),
    }
    return QCoreApplication.translate("CaseList", texts[status])
