"""The intake queue table: one row per waiting request."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.services.listing import DomainName
from desktop.services.requests import IntakeRow
from desktop.ui.labels import label
from desktop.ui.widgets.row_table_model import Column, RowTableModel


class IntakeTableModel(RowTableModel[IntakeRow]):
    def __init__(self, domain_name: Callable[[DomainName], str], parent: QObject | None = None) -> None:
        self._domain_name = domain_name
        super().__init__(parent)

    def columns(self) -> list[Column[IntakeRow]]:
        def requester(r: IntakeRow) -> str:
            return (
                f"{label(r.requester_kind)} · {r.requester_name}"
                if r.requester_name
                else label(r.requester_kind)
            )

        return [
            Column(self.tr("Received"), lambda r: r.received_on.isoformat(), lambda r: (r.received_on, r.id)),
            Column(
                self.tr("Student"),
                lambda r: f"{r.grade}-{r.class_no}-{r.number} {r.student_name}",
                lambda r: (r.grade, r.class_no, r.number, r.student_name),
            ),
            Column(self.tr("Requested by"), requester, requester),
            Column(
                self.tr("Domains"),
                lambda r: ", ".join(self._domain_name(d) for d in r.domains),
                lambda r: ", ".join(self._domain_name(d) for d in r.domains),
            ),
            Column(self.tr("Status"), lambda r: label(r.status), lambda r: r.status.value),
            Column(self.tr("Open case"), lambda r: r.open_case_code or "", lambda r: r.open_case_code),
            Column(self.tr("Description"), lambda r: r.description_preview, lambda r: r.description_preview),
        ]


def search_text(row: IntakeRow) -> str:
    return f"{row.student_name} {row.grade}-{row.class_no}-{row.number} {row.requester_name} {row.description_preview}"
