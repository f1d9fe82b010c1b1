"""Staff workload table for the Resources area: each active staff member's current
interventions, their weekly hours, the cases they manage and their sessions of the last 7 days."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desktop.services.actor import Actor
from desktop.services.workload import WorkloadRow, may_view_workload, staff_workload
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.widgets.area import fit_columns, make_search_field, make_table_view
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import Column, RowFilterProxy, RowTableModel


def capacity_text(row: WorkloadRow) -> str:
    return f"{row.weekly_capacity_hours}" if row.weekly_capacity_hours else ""


class WorkloadTableModel(RowTableModel[WorkloadRow]):
    def columns(self) -> list[Column[WorkloadRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.display_name, lambda r: r.display_name),
            Column(self.tr("Position"), lambda r: r.position, lambda r: r.position),
            Column(self.tr("Offers"), lambda r: label(r.specialty), lambda r: label(r.specialty)),
            Column(
                self.tr("Current interventions"),
                lambda r: str(r.current_interventions),
                lambda r: r.current_interventions,
                align_right=True,
            ),
            Column(
                self.tr("Hours/week"),
                lambda r: f"{r.weekly_hours:.1f}",
                lambda r: r.weekly_hours,
                align_right=True,
                tooltip=lambda r: (
                    self.tr("Capacity: %1 h/week").replace("%1", capacity_text(r))
                    if r.weekly_capacity_hours
                    else ""
                ),
            ),
            Column(
                self.tr("Cases managed"),
                lambda r: str(r.cases_managed),
                lambda r: r.cases_managed,
                align_right=True,
            ),
            Column(
                self.tr("Sessions (7 days)"),
                lambda r: str(r.sessions_last_7_days),
                lambda r: r.sessions_last_7_days,
                align_right=True,
            ),
        ]


def search_text(row: WorkloadRow) -> str:
    return f"{row.display_name} {row.position} {label(row.specialty)}"


class WorkloadView(QWidget):
    """The workload table with a search box; `refresh()` reloads it (one set of aggregate
    queries). Empty for a role that may not see workloads."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = WorkloadTableModel(self)
        self.proxy = RowFilterProxy(search_text, self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table_view(self)
        self.table.setObjectName("workload_table")
        self.table.setModel(self.proxy)
        self.search_field = make_search_field(self.tr("Search staff by name, position or specialty"), self)
        self.search_field.textChanged.connect(self.proxy.set_search)
        self.count_label = PlainLabel(self)
        self.explanation = PlainLabel(
            self.tr(
                "Current interventions are those planned or in progress with the person as provider; "
                "hours/week is their planned weekly hours summed."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search_field)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.explanation)
        self.setFocusProxy(self.table)
        self.setTabOrder(self.search_field, self.table)

    def refresh(self) -> None:
        """Read the workloads on the UI thread (the Resources area reads them on the runner and
        hands them to `show_rows`)."""
        self.show_rows(self.ctx.read(workload_rows))

    def show_rows(self, rows: list[WorkloadRow] | None) -> None:
        """Show the workloads read; None: the user may not see them (the table stays empty)."""
        if rows is None:
            self.model.set_rows([])
            self.count_label.setText("")
            return
        self.model.set_rows(rows)
        fit_columns(self.table)  # one row per staff member: a few dozen
        self.count_label.setText(self.tr("%1 staff members").replace("%1", str(len(rows))))


def workload_rows(session: Session, actor: Actor) -> list[WorkloadRow] | None:
    """The workloads, None for a user who may not see them (no thread restriction: no widgets)."""
    if not may_view_workload(actor):
        return None
    return staff_workload(session, actor)


__all__ = ["WorkloadTableModel", "WorkloadView", "workload_rows"]
