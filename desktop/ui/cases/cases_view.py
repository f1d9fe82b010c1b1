"""The Cases area: the cases the user may see, filtered by state and by a search text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.models import CaseState
from desktop.services import listing
from desktop.services.listing import CaseRow
from desktop.services.permissions import Permission
from desktop.ui.cases.cases_table_model import CasesTableModel, search_text
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.widgets.area import AreaView, heading, make_search_field, make_table_view
from desktop.ui.widgets.row_table_model import RowFilterProxy

# Cases no longer worked on; "Open cases" hides them.
FINISHED = frozenset({CaseState.CLOSED, CaseState.NOT_SELECTED, CaseState.REFERRED_OUT})
OPEN_CASES = "open"


class CasesView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        limited = not ctx.can(Permission.VIEW_ALL_CASES)
        self.model = CasesTableModel(lambda d: ctx.domain_name(d.name_ko, d.name_en), self)
        self.proxy = RowFilterProxy(search_text, self)
        self.proxy.setSourceModel(self.model)

        self.search_field = make_search_field(self.tr("Search by code, student or case manager"), self)
        self.search_field.textChanged.connect(self.proxy.set_search)
        self.state_filter = QComboBox(self)
        self.state_filter.setAccessibleName(self.tr("State"))
        self.state_filter.addItem(self.tr("All states"), None)
        self.state_filter.addItem(self.tr("Open cases"), OPEN_CASES)
        for state in CaseState:
            self.state_filter.addItem(label(state), state)
        self.state_filter.currentIndexChanged.connect(self._state_changed)
        self.count_label = QLabel(self)

        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        if limited:
            self.table.hideColumn(5)  # domains are not listed for the limited view
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted):
            signal.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)

        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 2)
        bar.addWidget(QLabel(self.tr("State:"), self))
        bar.addWidget(self.state_filter)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        title = self.tr("Cases") if not limited else self.tr("Cases of my class and assigned to me")
        layout.addWidget(heading(title, self))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search_field, self.state_filter)
        self.setTabOrder(self.state_filter, self.table)

    def refresh(self) -> None:
        rows: list[CaseRow] = self._ctx.read(listing.cases)
        self.model.set_rows(rows)
        self._state_changed()
        self.table.resizeColumnsToContents()

    def _state_changed(self) -> None:
        choice = self.state_filter.currentData()
        if choice is None:
            self.proxy.set_predicate(None)
        elif choice == OPEN_CASES:
            self.proxy.set_predicate(lambda r: r.state not in FINISHED)
        else:
            self.proxy.set_predicate(lambda r: bool(r.state == choice))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n case(s)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} cases").format(shown=shown, total=total))
