"""The Reports table: the counts of statistics.summary() by case state and by need domain."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.ui.widgets.row_table_model import Column, RowTableModel


@dataclass(frozen=True)
class FigureRow:
    group: str
    name: str
    count: int
    share: float | None  # of the group's total, 0..1
    order: tuple[int, int]


class FiguresTableModel(RowTableModel[FigureRow]):
    def columns(self) -> list[Column[FigureRow]]:
        return [
            Column(self.tr("Group"), lambda r: r.group, lambda r: r.order),
            Column(self.tr("Item"), lambda r: r.name, lambda r: r.name),
            Column(self.tr("Count"), lambda r: f"{r.count:,}", lambda r: r.count, align_right=True),
            Column(
                self.tr("Share"),
                lambda r: f"{r.share:.0%}" if r.share is not None else "",
                lambda r: r.share,
                align_right=True,
            ),
        ]
