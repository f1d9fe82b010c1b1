"""The Admin area: staff accounts (administrators), the monthly review of the audit log (those who
may view it: administrators, the coordinator and the principal), retention, and old copies of the
school (administrators)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.services import accounts, listing
from desktop.services.listing import StaffRow
from desktop.services.permissions import Permission
from desktop.ui.admin import accounts_table_model
from desktop.ui.admin.account_dialogs import NewAccountDialog, ResetPasswordDialog, RightsDialog
from desktop.ui.admin.accounts_table_model import AccountsTableModel
from desktop.ui.admin.audit_review_view import AuditReviewView
from desktop.ui.admin.old_copies_panel import OldCopiesPanel
from desktop.ui.admin.retention_panel import RetentionPanel
from desktop.ui.context import AppContext
from desktop.ui.key_rotation import rotate_in_background
from desktop.ui.widgets.area import AreaView, fit_columns, heading, make_search_field, make_table_view
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.focus import tab_in_order
from desktop.ui.widgets.plain_text import as_written
from desktop.ui.widgets.row_table_model import ROW_ROLE, RowFilterProxy

_LazyTab = AuditReviewView | RetentionPanel | OldCopiesPanel
L = TypeVar("L", AuditReviewView, RetentionPanel, OldCopiesPanel)


class AdminView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.manages_accounts = ctx.can(Permission.MANAGE_ACCOUNTS)
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Administration"), self))

        self.accounts_model = AccountsTableModel(self)
        self.accounts_proxy = RowFilterProxy(accounts_table_model.search_text, self)
        self.accounts_proxy.setSourceModel(self.accounts_model)
        self.accounts_table = make_table_view(self)
        self.accounts_table.setModel(self.accounts_proxy)
        self.accounts_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.accounts_page = QWidget(self)
        self.new_button = QPushButton(self.tr("&New account…"), self.accounts_page)
        self.rights_button = QPushButton(self.tr("Change &rights…"), self.accounts_page)
        self.password_button = QPushButton(self.tr("Reset &password…"), self.accounts_page)
        self.toggle_button = QPushButton(self.tr("&Disable"), self.accounts_page)
        if self.manages_accounts:
            self.search_field = make_search_field(self.tr("Search accounts"), self.accounts_page)
            self.search_field.textChanged.connect(self.accounts_proxy.set_search)
            # The search above the buttons: side by side, four long button texts (another
            # language's) ran over the search field.
            search_row = QHBoxLayout()
            search_row.addWidget(self.search_field, 2)
            search_row.addStretch(1)
            bar = QHBoxLayout()
            for button in (self.new_button, self.rights_button, self.password_button, self.toggle_button):
                bar.addWidget(button)
            bar.addStretch(1)
            page = QVBoxLayout(self.accounts_page)
            page.setContentsMargins(0, 0, 0, 0)
            page.addLayout(search_row)
            page.addLayout(bar)
            page.addWidget(self.accounts_table, 1)
            tab_in_order(
                self.search_field,
                self.new_button,
                self.rights_button,
                self.password_button,
                self.toggle_button,
                self.accounts_table,
            )
            self.tabs.addTab(self.accounts_page, self.tr("Staff &accounts"))
            self.new_button.clicked.connect(self.new_account)
            self.rights_button.clicked.connect(self.change_rights)
            self.password_button.clicked.connect(self.reset_password)
            self.toggle_button.clicked.connect(self.toggle_active)
            self.accounts_table.activated.connect(lambda _index: self.change_rights())
            self.accounts_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
            new = QShortcut(QKeySequence.StandardKey.New, self.accounts_page, self.new_account)
            new.setWhatsThis(self.tr("New account (Admin)"))
            self.new_button.setToolTip(self.tr("Ctrl+N"))
        else:
            self.accounts_page.hide()
            self.accounts_table.hide()  # not in any layout: it would sit over the tabs

        # The other tabs are made when first shown (or asked for): each is a form, a table and
        # its model, and most visits look at one tab. Their pages hold them once made.
        self._pages: dict[type[_LazyTab], QWidget] = {}
        self._made: dict[type[_LazyTab], _LazyTab] = {}
        if ctx.can(Permission.VIEW_AUDIT):
            self._add_page(AuditReviewView, self.tr("Audit &log review"))
        # Purging records due under decree §10⑤: for those who manage the school's settings.
        if ctx.can(Permission.MANAGE_SETTINGS):
            self._add_page(RetentionPanel, self.tr("Re&tention"))
        # Old backups and copies still open with the passwords of their time: administrators delete them.
        if ctx.actor.is_admin:
            self._add_page(OldCopiesPanel, self.tr("Old &copies"))
        layout.addWidget(self.tabs, 1)
        self._update_buttons()
        # A tab reads its data when it is shown: the audit review, retention and old copies each
        # take a moment on a large school, and most visits look at one tab.
        self._unread: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._tab_shown)

    def _add_page(self, kind: type[_LazyTab], title: str) -> None:
        """A tab that shows a stand-in until its panel is made (see `_make`)."""
        stand_in = QWidget(self)
        self._pages[kind] = stand_in
        self.tabs.addTab(stand_in, title)

    def _panel(self, kind: type[L]) -> L | None:
        """The tab's panel of this kind, made now if it was not yet; None when the user has no
        such tab."""
        made = self._make(kind)
        assert made is None or isinstance(made, kind)
        return made

    def _make(self, kind: type[_LazyTab]) -> _LazyTab | None:
        """The panel of this kind, made and put in its stand-in's place (same place, title and
        key; the tab on screen stays on screen) if it was not made yet."""
        made = self._made.get(kind)
        if made is not None:
            return made
        stand_in = self._pages.get(kind)
        if stand_in is None:
            return None
        made = self._made[kind] = kind(self._ctx, self)
        index = self.tabs.indexOf(stand_in)
        current = self.tabs.currentIndex()
        title = self.tabs.tabText(index)
        self.tabs.blockSignals(True)  # the same tab is shown again: nothing to tell
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, made, title)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        self._pages[kind] = made
        if stand_in in self._unread:
            self._unread.discard(stand_in)
            self._unread.add(made)
        stand_in.deleteLater()
        return made

    @property
    def audit_view(self) -> AuditReviewView | None:
        return self._panel(AuditReviewView)

    @property
    def retention(self) -> RetentionPanel | None:
        return self._panel(RetentionPanel)

    @property
    def old_copies(self) -> OldCopiesPanel | None:
        return self._panel(OldCopiesPanel)

    # --- accounts --------------------------------------------------------------------------------

    def selected_account(self) -> StaffRow | None:
        index = self.accounts_table.currentIndex()
        if not index.isValid():
            return None
        row = self.accounts_proxy.data(index, ROW_ROLE)
        return row if isinstance(row, StaffRow) else None

    def select_account(self, staff_id: int) -> None:
        for r in range(self.accounts_proxy.rowCount()):
            row = self.accounts_proxy.data(self.accounts_proxy.index(r, 0), ROW_ROLE)
            if isinstance(row, StaffRow) and row.id == staff_id:
                self.accounts_table.setCurrentIndex(self.accounts_proxy.index(r, 0))
                return

    def _update_buttons(self) -> None:
        row = self.selected_account()
        for button in (self.rights_button, self.password_button, self.toggle_button):
            button.setEnabled(row is not None)
        if row is not None and row.active:
            self.toggle_button.setText(self.tr("&Disable"))
            self.password_button.setEnabled(True)
        elif row is not None:
            self.toggle_button.setText(self.tr("&Enable"))
            self.password_button.setEnabled(False)

    def _after_change(self, staff_id: int | None) -> None:
        self.refresh()
        if staff_id is not None:
            self.select_account(staff_id)
        self._update_buttons()
        # After the list's own reads: the rotation runs on the worker while the window waits.
        rotate_in_background(self._ctx, self)

    def new_account(self) -> None:
        dialog = NewAccountDialog(self._ctx, self)
        if dialog.exec() and dialog.saved_id is not None:
            self._after_change(dialog.saved_id)

    def change_rights(self) -> None:
        row = self.selected_account()
        if row is None:
            return
        if RightsDialog(self._ctx, row, self).exec():
            self._after_change(row.id)

    def reset_password(self) -> None:
        row = self.selected_account()
        if row is None or not row.active:
            return
        if ResetPasswordDialog(self._ctx, row, self).exec():
            self._after_change(row.id)

    def toggle_active(self) -> None:
        row = self.selected_account()
        if row is None:
            return
        vault = self._ctx.vault
        if row.active:
            answer = QMessageBox.question(
                self,
                self.tr("Disable account"),
                self.tr(
                    "Disable {name} ({user})? They can no longer log in, and their password is removed: "
                    "enabling the account later needs a new password."
                ).format(name=as_written(row.display_name), user=as_written(row.username)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            done = run_action(self, self._ctx, lambda s, a: accounts.disable_account(s, a, row.id, vault).id)
        else:
            done = run_action(self, self._ctx, lambda s, a: accounts.enable_account(s, a, row.id).id)
        if done is None:
            return
        self._after_change(row.id)
        if not row.active and not vault.has_slot(row.username):
            # An enabled account without a key slot cannot log in yet.
            self.reset_password()

    # --- area ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the tab on screen again; the others are read when they are next shown."""
        self._unread = {page for i in range(self.tabs.count()) if (page := self.tabs.widget(i)) is not None}
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is None or page not in self._unread:
            return
        self._unread.discard(page)
        if page is self.accounts_page:
            self._read_accounts()
            return
        for kind, kind_page in list(self._pages.items()):
            if kind_page is page:
                panel = self._make(kind)
                if panel is not None:
                    self._unread.discard(panel)
                    panel.refresh()

    def _read_accounts(self) -> None:
        rows: list[StaffRow] = self._ctx.read(
            lambda session, actor: listing.staff(session, actor, include_inactive=True)
        )
        self.accounts_model.set_rows(rows)
        fit_columns(self.accounts_table)
        self._update_buttons()
