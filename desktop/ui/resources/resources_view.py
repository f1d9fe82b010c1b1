"""The Resources area: external organisations, the school's open referral loops, and internal
staff, in tabs (Organisations | Referral loops | Internal staff)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import OrganisationKind
from desktop.services import listing, organisations, referrals
from desktop.services.korean_text import with_josa
from desktop.services.listing import OrganisationRow, StaffRow
from desktop.services.permissions import Permission
from desktop.services.referrals import ReferralRow
from desktop.ui.context import AppContext
from desktop.ui.labels import members
from desktop.ui.resources import organisations_table_model, referral_loops_table_model, staff_table_model
from desktop.ui.resources.organisation_dialog import OrganisationDialog
from desktop.ui.resources.organisations_table_model import OrganisationsTableModel
from desktop.ui.resources.referral_loops_table_model import ReferralLoopsTableModel
from desktop.ui.resources.staff_table_model import StaffTableModel
from desktop.ui.resources.workload_view import WorkloadView
from desktop.ui.widgets.area import AreaView, fit_columns, heading, make_search_field, make_table_view
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.flow import FlowLayout, captioned
from desktop.ui.widgets.plain_text import PlainLabel, as_written
from desktop.ui.widgets.row_table_model import ROW_ROLE, RowFilterProxy

MAX_COLUMN_WIDTH = 320


def _selected_row(table: QTableView) -> object | None:
    index = table.currentIndex()
    if not index.isValid():
        return None
    row: object = index.siblingAtColumn(0).data(ROW_ROLE)
    return row


class ResourcesView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.can_manage = ctx.can(Permission.MANAGE_ORGANISATIONS)
        self.shows_loops = ctx.can(Permission.VIEW_ALL_CASES)

        self.search_field = make_search_field(self.tr("Search by name, service or contact"), self)
        self.tabs = QTabWidget(self)

        self._build_organisations_tab()
        self.loops_page: QWidget | None = None
        if self.shows_loops:
            self._build_loops_tab()
        self.staff_model = StaffTableModel(self)
        self.staff_proxy = RowFilterProxy(staff_table_model.search_text, self)
        self.staff_proxy.setSourceModel(self.staff_model)
        self.staff_table = make_table_view(self)
        self.staff_table.setModel(self.staff_proxy)
        self.staff_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tabs.addTab(self.staff_table, self.tr("Internal staff"))
        # Who carries how much, for those who assign interventions (the service decides who may see it).
        self.workload: WorkloadView | None = None
        if ctx.can(Permission.VIEW_ALL_CASES) or ctx.can(Permission.ASSIGN_INTERVENTION):
            self.workload = WorkloadView(ctx, self)
            self.tabs.addTab(self.workload, self.tr("Staff workload"))

        for proxy in self._proxies():
            self.search_field.textChanged.connect(proxy.set_search)

        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 2)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Resources"), self))
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.search_field, self.tabs)

    # --- construction -------------------------------------------------------------------------

    def _build_organisations_tab(self) -> None:
        self.organisations_model = OrganisationsTableModel(self)
        self.organisations_proxy = RowFilterProxy(organisations_table_model.search_text, self)
        self.organisations_proxy.setSourceModel(self.organisations_model)
        page = QWidget(self)
        self.kind_filter = QComboBox(page)
        self.kind_filter.setAccessibleName(self.tr("Kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind, text in members(OrganisationKind):
            self.kind_filter.addItem(text, kind)
        self.kind_filter.currentIndexChanged.connect(self._apply_organisation_filter)
        self.show_inactive = QCheckBox(self.tr("Show &inactive"), page)
        self.show_inactive.toggled.connect(self._apply_organisation_filter)
        self.new_button = QPushButton(self.tr("&New organisation…"), page)
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self.new_organisation)
        self.open_button = QPushButton(self.tr("&Open…"), page)
        self.open_button.clicked.connect(self.open_selected_organisation)
        self.deactivate_button = QPushButton(self.tr("&Deactivate"), page)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.reactivate_button = QPushButton(self.tr("&Reactivate"), page)
        self.reactivate_button.clicked.connect(self.reactivate_selected)
        for button in (self.new_button, self.deactivate_button, self.reactivate_button):
            button.setVisible(self.can_manage)
        self.organisations_table = make_table_view(page)
        self.organisations_table.setModel(self.organisations_proxy)
        self.organisations_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.organisations_table.activated.connect(lambda _i: self.open_selected_organisation())
        self.organisations_table.selectionModel().currentChanged.connect(self._update_buttons)
        self.organisations_proxy.modelReset.connect(self._update_buttons)

        # The filters above the list, the buttons below it (as in the Students and Tasks areas):
        # on one row, longer words or a larger font squeezed the buttons until their text was cut.
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar = FlowLayout()
        bar.addWidget(captioned(self.tr("&Kind:"), self.kind_filter, page))
        bar.addWidget(self.show_inactive)
        buttons = FlowLayout()
        for button in (self.open_button, self.new_button, self.deactivate_button, self.reactivate_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.organisations_table, 1)
        layout.addLayout(buttons)
        chain = [
            self.kind_filter,
            self.show_inactive,
            self.organisations_table,
            self.open_button,
            self.new_button,
        ]
        for first, second in pairwise([*chain, self.deactivate_button, self.reactivate_button]):
            page.setTabOrder(first, second)
        self.organisations_page = page
        self.tabs.addTab(page, self.tr("External organisations"))
        self._apply_organisation_filter()

    def _build_loops_tab(self) -> None:
        self.loops_model = ReferralLoopsTableModel(self)
        self.loops_proxy = RowFilterProxy(referral_loops_table_model.search_text, self)
        self.loops_proxy.setSourceModel(self.loops_model)
        page = QWidget(self)
        self.overdue_only = QCheckBox(self.tr("&Overdue only"), page)
        self.overdue_only.toggled.connect(
            lambda on: self.loops_proxy.set_predicate((lambda r: bool(r.overdue)) if on else None)
        )
        self.loops_count = PlainLabel(page)
        self.loops_table = make_table_view(page)
        self.loops_table.setModel(self.loops_proxy)
        self.loops_table.sortByColumn(ReferralLoopsTableModel.STATUS_COLUMN, Qt.SortOrder.AscendingOrder)
        self.loops_table.activated.connect(self._open_loop_case)
        bar = QHBoxLayout()
        bar.addWidget(self.overdue_only)
        bar.addStretch(1)
        bar.addWidget(self.loops_count)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.loops_table, 1)
        self.loops_page = page
        self.tabs.addTab(page, self.tr("Referral loops"))

    def _proxies(self) -> list[RowFilterProxy]:
        proxies = [self.organisations_proxy, self.staff_proxy]
        if self.shows_loops:
            proxies.append(self.loops_proxy)
        return proxies

    # --- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        rows: list[OrganisationRow] = self._ctx.read(
            lambda s, a: listing.organisations(s, a, include_inactive=True)
        )
        staff: list[StaffRow] = self._ctx.read(listing.staff)
        self.organisations_model.set_rows(rows)
        self.staff_model.set_rows(staff)
        active = sum(1 for r in rows if r.active)
        self.tabs.setTabText(
            self.tabs.indexOf(self.organisations_page),
            self.tr("External organisations ({n})").format(n=active),
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.staff_table), self.tr("Internal staff ({n})").format(n=len(staff))
        )
        tables = [self.organisations_table, self.staff_table]
        if self.workload is not None:
            self.workload.refresh()
        if self.shows_loops and self.loops_page is not None:
            loops: list[ReferralRow] = self._ctx.read(referrals.open_loops)
            self.loops_model.set_rows(loops)
            overdue = sum(1 for r in loops if r.overdue)
            self.tabs.setTabText(
                self.tabs.indexOf(self.loops_page),
                self.tr("Referral loops ({n}, {overdue} overdue)").format(n=len(loops), overdue=overdue),
            )
            self.loops_count.setText(self.tr("%n open loop(s)", "", len(loops)))
            tables.append(self.loops_table)
        for table in tables:
            fit_columns(table)
            # Long service descriptions must not push the table wider than the window.
            for column in range(table.model().columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
        self._update_buttons()

    def _apply_organisation_filter(self) -> None:
        kind = self.kind_filter.currentData()
        with_inactive = self.show_inactive.isChecked()
        self.organisations_proxy.set_predicate(
            lambda r: (with_inactive or bool(r.active)) and (kind is None or r.kind == kind)
        )
        self._update_buttons()

    def selected_organisation(self) -> OrganisationRow | None:
        row = _selected_row(self.organisations_table)
        return row if isinstance(row, OrganisationRow) else None

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_organisation()
        self.open_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None and row.active)
        self.reactivate_button.setEnabled(row is not None and not row.active)
        self.reactivate_button.setVisible(self.can_manage and self.show_inactive.isChecked())

    # --- actions ------------------------------------------------------------------------------

    def organisation_dialog(self, organisation_id: int | None) -> OrganisationDialog:
        """The dialog for one organisation (None: a new one), not yet shown."""
        detail = (
            self._ctx.read(lambda s, a: organisations.organisation_detail(s, a, organisation_id))
            if organisation_id is not None
            else None
        )
        return OrganisationDialog(self._ctx, detail, self)

    def _run_dialog(self, dialog: OrganisationDialog) -> None:
        if dialog.exec() and dialog.saved_id is not None:
            self.refresh()
            self._select_organisation(dialog.saved_id)

    def new_organisation(self) -> None:
        if self.can_manage:
            self._run_dialog(self.organisation_dialog(None))

    def open_selected_organisation(self) -> None:
        row = self.selected_organisation()
        if row is not None:
            self._run_dialog(self.organisation_dialog(row.id))

    def deactivate_selected(self) -> None:
        row = self.selected_organisation()
        if row is None or not row.active or not self.can_manage:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Deactivate organisation"),
            as_written(
                with_josa(
                    self.tr(
                        "Take {name} out of the directory? It is kept for past referrals, and open "
                        "referrals with it can still be completed, but no new referral can be made to it."
                    ).format(name=row.name)
                )
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        organisation_id = row.id
        if run_action(
            self, self._ctx, lambda s, a: organisations.deactivate_organisation(s, a, organisation_id).id
        ):
            self.refresh()

    def reactivate_selected(self) -> None:
        row = self.selected_organisation()
        if row is None or row.active or not self.can_manage:
            return
        organisation_id = row.id
        if run_action(
            self, self._ctx, lambda s, a: organisations.reactivate_organisation(s, a, organisation_id).id
        ):
            self.refresh()
            self._select_organisation(organisation_id)

    def _select_organisation(self, organisation_id: int) -> None:
        for source_row, row in enumerate(self.organisations_model.rows()):
            if row.id == organisation_id:
                index = self.organisations_proxy.mapFromSource(self.organisations_model.index(source_row, 0))
                if index.isValid():
                    self.organisations_table.setCurrentIndex(index)
                return

    def _open_loop_case(self, index: QModelIndex) -> None:
        row = index.siblingAtColumn(0).data(ROW_ROLE)
        if not isinstance(row, ReferralRow):
            return
        from desktop.ui.case_detail import open_case

        open_case(self._ctx, row.case_id, self)
