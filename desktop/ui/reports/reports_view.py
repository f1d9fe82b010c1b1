"""The Reports area: a period (the school year by default), the committee report for it (a print
with purpose, through the print flow), the statistics export for the district (XLSX), and the
team's figures by case state and by need domain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.models import CaseState
from desktop.reports.base import PrintContext
from desktop.services import listing
from desktop.services.actor import Actor
from desktop.services.dashboard import school_year
from desktop.services.listing import DomainName
from desktop.services.permissions import Permission
from desktop.ui.context import AppContext
from desktop.ui.dashboard.figures import counts, figure
from desktop.ui.labels import label
from desktop.ui.reports.figures_table_model import FigureRow, FiguresTableModel
from desktop.ui.widgets.area import AreaView, fit_columns, heading, make_table_view
from desktop.ui.widgets.async_refresh import DataLoader
from desktop.ui.widgets.dates import date_of, make_date_edit
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.focus import tab_in_order
from desktop.ui.widgets.plain_text import PlainLabel, as_written
from desktop.ui.widgets.row_table_model import RowFilterProxy

DEFAULT_EXPORT_PURPOSE = "교육지원청 학생맞춤통합지원센터 통계 제출"


@dataclass(frozen=True)
class ReportData:
    """The figures of a period and the need domains that name them, read off the UI thread."""

    summary: dict[str, Any]
    domains: list[DomainName]


class ReportsView(AreaView):
    loaded = Signal()
    """Emitted once refreshed figures are on screen (they are read on the operation runner)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.loader: DataLoader[ReportData] = DataLoader(ctx, self, self._show)
        self.loader.loaded.connect(self.loaded)
        self.model = FiguresTableModel(self)
        self.proxy = RowFilterProxy(lambda r: f"{r.group} {r.name}", self)
        self.proxy.setSourceModel(self.model)
        self.totals = PlainLabel(self)
        self.totals.setObjectName("report_totals")
        self.totals.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.totals, 1)
        bar.addWidget(self.loader.busy_label)

        start, end = school_year(self.today())
        self.start_edit = make_date_edit(start, self)
        self.start_edit.setObjectName("period_start")
        self.end_edit = make_date_edit(end, self)
        self.end_edit.setObjectName("period_end")
        # The figures follow the period as it is changed.
        self.start_edit.dateChanged.connect(lambda _d: self.refresh())
        self.end_edit.dateChanged.connect(lambda _d: self.refresh())
        period_label = PlainLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.start_edit)
        self.committee_button = QPushButton(self.tr("&Committee report…"), self)
        self.committee_button.setObjectName("committee_report_button")
        self.committee_button.setToolTip(
            self.tr("Print the committee report of the period (PDF preview first)")
        )
        self.committee_button.clicked.connect(self.print_committee_report)
        self.committee_button.setVisible(ctx.can(Permission.PRINT_REPORTS))
        self.export_button = QPushButton(self.tr("E&xport statistics…"), self)
        self.export_button.setObjectName("export_statistics_button")
        self.export_button.setToolTip(
            self.tr("Counts of the period for the district support center (XLSX; counts 1 to 4 hidden)")
        )
        self.export_button.clicked.connect(self.export_statistics)
        self.export_button.setVisible(ctx.can(Permission.EXPORT_STATS))
        # Made after the controls above it: Tab order follows, even once the view moves into the
        # main window (setTabOrder alone is undone there, the view being built without a parent).
        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        period = QHBoxLayout()
        period.addWidget(period_label)
        period.addWidget(self.start_edit)
        period.addWidget(PlainLabel("–", self))
        period.addWidget(self.end_edit)
        period.addSpacing(16)
        period.addWidget(self.committee_button)
        period.addWidget(self.export_button)
        period.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reports — figures of the team"), self))
        layout.addLayout(period)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        tab_in_order(self.start_edit, self.end_edit, self.committee_button, self.export_button, self.table)

    def today(self) -> date:
        return date.today()

    def period(self) -> tuple[date, date] | None:
        """The chosen period; None (after saying why) when it ends before it starts."""
        start, end = date_of(self.start_edit), date_of(self.end_edit)
        if start > end:
            QMessageBox.warning(
                self,
                self.tr("Period"),
                self.tr("The period ends before it starts. Choose a start date on or before the end date."),
            )
            self.start_edit.setFocus()
            return None
        return start, end

    def print_committee_report(self) -> bool:
        """The committee report of the period, through the print flow (purpose, preview, print)."""
        period = self.period()
        if period is None:
            return False
        start, end = period
        # Lazy: the print flow and the document are built alongside this area.
        from desktop.reports.committee import committee_report_pdf
        from desktop.ui.printing.print_flow import print_document

        def build(session: Session, actor: Actor, print_ctx: PrintContext, target: IO[bytes]) -> int:
            return int(committee_report_pdf(session, actor, start, end, print_ctx, target))

        printed = print_document(
            self,
            self._ctx,
            title=self.tr("Committee report {start} – {end}").format(
                start=start.isoformat(), end=end.isoformat()
            ),
            build=build,
            allow_restricted=False,
        )
        return bool(printed)

    def export_statistics(self) -> Path | None:
        """Ask for the purpose and the file, write the workbook; the path written, or None."""
        period = self.period()
        if period is None:
            return None
        start, end = period
        purpose, ok = QInputDialog.getText(
            self,
            self.tr("Export statistics"),
            self.tr("Purpose of the export (recorded in the access log):"),
            QLineEdit.EchoMode.Normal,
            DEFAULT_EXPORT_PURPOSE,
        )
        if not ok:
            return None
        if not purpose.strip():
            QMessageBox.warning(
                self, self.tr("Export statistics"), self.tr("Say what the export is for (its purpose).")
            )
            return None
        from desktop.ui.printing.save_location import remember_save_folder, save_folder

        suggested = save_folder() / f"학생맞춤통합지원_통계_{start.isoformat()}_{end.isoformat()}.xlsx"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export statistics"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        from desktop.reports.stats_export import export_statistics

        sheets = run_action(
            self,
            self._ctx,
            lambda session, actor: export_statistics(
                session, actor, path, start=start, end=end, purpose=purpose
            ),
            title=self.tr("Export statistics"),
        )
        if sheets is None:
            return None
        remember_save_folder(path)
        QMessageBox.information(
            self,
            self.tr("Export statistics"),
            as_written(
                self.tr("The statistics ({sheets} sheets) were saved to {path}.").format(
                    sheets=sheets, path=str(path)
                )
            ),
        )
        return path

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def refresh(self) -> None:
        """Read the figures of the chosen period on the operation runner; shown when read."""
        from desktop.services.statistics import summary

        # The table counts the cases of the chosen period, as the committee report of it does.
        start, end = date_of(self.start_edit), date_of(self.end_edit)
        chosen = (start, end) if start <= end else None

        def read(session: Session, actor: Actor) -> ReportData:  # worker thread
            return ReportData(summary(session, period=chosen), listing.need_domains(session, actor))

        self.loader.load(read)

    def _show(self, loaded: ReportData) -> None:
        data, domains = loaded.summary, loaded.domains
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
        fit_columns(self.table)

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
