"""The user's own open tasks, on the dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services.listing import TaskRow
from desktop.ui.labels import label
from desktop.ui.timefmt import date_text
from desktop.ui.widgets.row_table_model import AnyIndex, Column, RowTableModel


class TasksTableModel(RowTableModel[TaskRow]):
    def columns(self) -> list[Column[TaskRow]]:
        return [
            Column(self.tr("Due"), lambda r: date_text(r.due_on), lambda r: r.due_on),
            Column(self.tr("Task"), lambda r: r.title, lambda r: r.title),
            Column(self.tr("Kind"), lambda r: label(r.kind), lambda r: r.kind.value),
            Column(self.tr("Case"), lambda r: r.case_code or "", lambda r: r.case_code),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row_at(index.row()).overdue:
            from PySide6.QtGui import QColor

            return QColor("#b00020")
        return super().data(index, role)
