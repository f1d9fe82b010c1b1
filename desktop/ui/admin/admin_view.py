"""The Admin area: staff accounts and the most recent audit events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from desktop.services import listing
from desktop.services.listing import AuditRow, StaffRow
from desktop.services.permissions import Permission
from desktop.ui.admin import accounts_table_model, audit_table_model
from desktop.ui.admin.accounts_table_model import AccountsTableModel
from desktop.ui.admin.audit_table_model import AuditTableModel
from desktop.ui.context import AppContext
from desktop.ui.widgets.area import AreaView, heading, make_search_field, make_table_view
from desktop.ui.widgets.row_table_model import RowFilterProxy

RECENT_AUDIT_EVENTS = 200


class AdminView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.accounts_model = AccountsTableModel(self)
        self.accounts_proxy = RowFilterProxy(accounts_table_model.search_text, self)
        self.accounts_proxy.setSourceModel(self.accounts_model)
        self.audit_model = AuditTableModel(self)
        self.audit_proxy = RowFilterProxy(audit_table_model.search_text, self)
        self.audit_proxy.setSourceModel(self.audit_model)

        self.search_field = make_search_field(self.tr("Search accounts and events"), self)
        self.search_field.textChanged.connect(self.accounts_proxy.set_search)
        self.search_field.textChanged.connect(self.audit_proxy.set_search)

        self.accounts_table = make_table_view(self)
        self.accounts_table.setModel(self.accounts_proxy)
        self.accounts_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.audit_table = make_table_view(self)
        self.audit_table.setModel(self.audit_proxy)
        self.audit_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.accounts_table, self.tr("Staff accounts"))
        if ctx.can(Permission.VIEW_AUDIT):
            self.tabs.addTab(self.audit_table, self.tr("Recent audit events"))
        else:
            self.audit_table.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 2)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Administration"), self))
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        accounts: list[StaffRow] = self._ctx.read(
            lambda session, actor: listing.staff(session, actor, include_inactive=True)
        )
        self.accounts_model.set_rows(accounts)
        self.accounts_table.resizeColumnsToContents()
        if self._ctx.can(Permission.VIEW_AUDIT):
            events: list[AuditRow] = self._ctx.read(
                lambda session, actor: listing.recent_audit_events(session, actor, limit=RECENT_AUDIT_EVENTS)
            )
            self.audit_model.set_rows(events)
            self.audit_table.resizeColumnsToContents()
