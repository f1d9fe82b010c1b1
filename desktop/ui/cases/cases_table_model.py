"""The Cases table: one row per case the user may see."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.models import CaseState, Priority
from desktop.services.listing import CaseRow, DomainName
from desktop.ui.labels import label
from desktop.ui.widgets.row_table_model import Column, RowTableModel

STATE_ORDER = {state: i for i, state in enumerate(CaseState)}
PRIORITY_ORDER = {p: i for i, p in enumerate(Priority)}


class CasesTableModel(RowTableModel[CaseRow]):
    def __init__(self, domain_name: Callable[[DomainName], str], parent: QObject | None = None) -> None:
        self._domain_name = domain_name
        super().__init__(parent)

    def columns(self) -> list[Column[CaseRow]]:
        return [
            Column(self.tr("Code"), lambda r: r.code, lambda r: r.code),
            Column(self.tr("Student"), lambda r: r.student_name, lambda r: r.student_name),
            Column(
                self.tr("Grade-class"),
                lambda r: f"{r.grade}-{r.class_no}",
                lambda r: (r.grade, r.class_no, r.number),
            ),
            Column(self.tr("State"), lambda r: label(r.state), lambda r: STATE_ORDER[r.state]),
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
            Column(
                self.tr("Next review"),
                lambda r: r.next_review_on.isoformat() if r.next_review_on else "",
                lambda r: r.next_review_on,
            ),
        ]


def search_text(row: CaseRow) -> str:
    """What the search box matches: code, student, class, manager."""
    return f"{row.code} {row.student_name} {row.grade}-{row.class_no} {row.manager_name}"
