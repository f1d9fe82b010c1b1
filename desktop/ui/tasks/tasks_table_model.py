"""Tasks as the Tasks area lists them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desktop.services.tasks import TaskItem
from desktop.ui.labels import label
from desktop.ui.timefmt import date_text, datetime_text
from desktop.ui.widgets.row_table_model import AnyIndex, Column, RowTableModel

OVERDUE_COLOUR = QColor("#b00020")


def search_text(row: TaskItem) -> str:
    return f"{row.title} {row.case_code or ''} {row.assignee_name}"


class TaskItemsModel(RowTableModel[TaskItem]):
    def columns(self) -> list[Column[TaskItem]]:
        return [
            Column(self.tr("Due"), lambda r: self._due_text(r), lambda r: r.due_on),
            Column(self.tr("Task"), lambda r: r.title, lambda r: r.title),
            Column(self.tr("Kind"), lambda r: label(r.kind), lambda r: r.kind.value),
            Column(self.tr("Case"), lambda r: r.case_code or "", lambda r: r.case_code),
            Column(self.tr("Assigned to"), lambda r: r.assignee_name, lambda r: r.assignee_name),
            Column(self.tr("Status"), lambda r: self._status_text(r), lambda r: r.status.value),
        ]

    def _due_text(self, row: TaskItem) -> str:
        text = date_text(row.due_on)
        if row.overdue:
            return self.tr("{date} (overdue)").format(date=text)
        return text

    def _status_text(self, row: TaskItem) -> str:
        if row.completed_at is not None:
            return self.tr("{status} {at}").format(
                status=label(row.status), at=datetime_text(row.completed_at)
            )
        return label(row.status)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < self.rowCount():
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
                return OVERDUE_COLOUR
            if role == Qt.ItemDataRole.FontRole and row.due_this_week and index.column() == 0:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
