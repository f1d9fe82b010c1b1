"""The Resources area: external organisations and internal staff, side by side in tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from desktop.services import listing
from desktop.services.listing import OrganisationRow, StaffRow
from desktop.ui.context import AppContext
from desktop.ui.resources import organisations_table_model, staff_table_model
from desktop.ui.resources.organisations_table_model import OrganisationsTableModel
from desktop.ui.resources.staff_table_model import StaffTableModel
from desktop.ui.widgets.area import AreaView, heading, make_search_field, make_table_view
from desktop.ui.widgets.row_table_model import RowFilterProxy


class ResourcesView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.organisations_model = OrganisationsTableModel(self)
        self.organisations_proxy = RowFilterProxy(organisations_table_model.search_text, self)
        self.organisations_proxy.setSourceModel(self.organisations_model)
        self.staff_model = StaffTableModel(self)
        self.staff_proxy = RowFilterProxy(staff_table_model.search_text, self)
        self.staff_proxy.setSourceModel(self.staff_model)

        self.search_field = make_search_field(self.tr("Search by name, kind or service"), self)
        self.search_field.textChanged.connect(self.organisations_proxy.set_search)
        self.search_field.textChanged.connect(self.staff_proxy.set_search)

        self.organisations_table = make_table_view(self)
        self.organisations_table.setModel(self.organisations_proxy)
        self.organisations_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.staff_table = make_table_view(self)
        self.staff_table.setModel(self.staff_proxy)
        self.staff_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.organisations_table, self.tr("External organisations"))
        self.tabs.addTab(self.staff_table, self.tr("Internal staff"))

        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 2)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Resources"), self))
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        organisations: list[OrganisationRow] = self._ctx.read(listing.organisations)
        staff: list[StaffRow] = self._ctx.read(listing.staff)
        self.organisations_model.set_rows(organisations)
        self.staff_model.set_rows(staff)
        self.tabs.setTabText(0, self.tr("External organisations ({n})").format(n=len(organisations)))
        self.tabs.setTabText(1, self.tr("Internal staff ({n})").format(n=len(staff)))
        self.organisations_table.resizeColumnsToContents()
        self.staff_table.resizeColumnsToContents()
        for table in (self.organisations_table, self.staff_table):
            # Long service descriptions must not push the table wider than the window.
            for column in range(table.model().columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), 320))
