"""The Reports area: the team's figures by case state and by need domain. (Printing and export
of reports come later; this area only shows the figures.)"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.models import CaseState
from desktop.services import listing
from desktop.services.listing import DomainName
from desktop.ui.context import AppContext
from desktop.ui.dashboard.figures import counts, figure
from desktop.ui.labels import label
from desktop.ui.reports.figures_table_model import FigureRow, FiguresTableModel
from desktop.ui.widgets.area import AreaView, heading, make_table_view
from desktop.ui.widgets.row_table_model import RowFilterProxy


class ReportsView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = FiguresTableModel(self)
        self.proxy = RowFilterProxy(lambda r: f"{r.group} {r.name}", self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.totals = QLabel(self)
        self.totals.setObjectName("report_totals")
        self.totals.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.totals, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reports — figures of the team"), self))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        from desktop.services.statistics import summary

        data: dict[str, Any] = self._ctx.read(lambda session, _actor: summary(session))
        domains: list[DomainName] = self._ctx.read(listing.need_domains)
        self.model.set_rows(self.figure_rows(data, domains))
        parts = [
            (self.tr("Students"), figure(data, "students")),
            (self.tr("Cases"), figure(data, "cases")),
            (self.tr("Interventions"), figure(data, "interventions")),
            (self.tr("Sessions"), figure(data, "sessions")),
            (self.tr("Meetings"), figure(data, "meetings")),
            (self.tr("Organisations"), figure(data, "organisations")),
            (self.tr("Referrals"), figure(data, "referrals")),
        ]
        self.totals.setText(
            "   ·   ".join(f"{name}: {value:,}" for name, value in parts if value is not None)
        )
        self.table.resizeColumnsToContents()

    def figure_rows(self, data: dict[str, Any], domains: list[DomainName]) -> list[FigureRow]:
        rows: list[FigureRow] = []
        by_state = counts(data, "cases", "by_state")
        state_total = sum(by_state.values())
        group = self.tr("Cases by state")
        for i, state in enumerate(CaseState):
            n = by_state.get(state.value, 0)
            rows.append(FigureRow(group, label(state), n, n / state_total if state_total else None, (0, i)))
        by_domain = counts(data, "cases", "by_domain")
        cases_total = figure(data, "cases") or 0
        group = self.tr("Cases by need domain")
        known = {d.code: (i, d) for i, d in enumerate(domains)}
        names = {d.name_ko: d for d in domains} | {d.name_en: d for d in domains}
        for key, n in by_domain.items():
            order, domain = known.get(key, (len(known), names.get(key)))
            name = self._ctx.domain_name(domain.name_ko, domain.name_en) if domain is not None else key
            # A case may have several domains, so the share is of all cases, not of this group.
            rows.append(FigureRow(group, name, n, n / cases_total if cases_total else None, (1, order)))
        return rows
