"""The main window: navigation on the left, the chosen area on the right. It only wires areas
together; each area lives in its own package."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.permissions import Permission
from desktop.storage.changes import Changes
from desktop.ui.admin.admin_view import AdminView
from desktop.ui.case_detail import open_case
from desktop.ui.cases.cases_view import CasesView
from desktop.ui.context import AppContext
from desktop.ui.dashboard.dashboard_view import DashboardView
from desktop.ui.icons import icon
from desktop.ui.labels import label
from desktop.ui.meetings.meetings_view import MeetingsView
from desktop.ui.reports.reports_view import ReportsView
from desktop.ui.requests.request_dialog import RequestDialog
from desktop.ui.resources.resources_view import ResourcesView
from desktop.ui.students.students_view import StudentsView
from desktop.ui.tasks.tasks_view import TasksView
from desktop.ui.widgets.area import AreaView
from desktop.ui.widgets.elided import ElidedLabel
from desktop.ui.widgets.plain_text import PlainLabel

GEOMETRY_KEY = "main_window/geometry"
DEFAULT_SIZE = QSize(1280, 800)
TITLE_BAR = 40  # room left above the window for its frame when it opens at DEFAULT_SIZE


@dataclass(frozen=True)
class AreaSpec:
    """One entry of the navigation: its key, who may open it and how it is built."""

    key: str
    allowed: Callable[[AppContext], bool]
    build: Callable[[AppContext], AreaView]


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec("dashboard", lambda c: c.can(Permission.VIEW_DASHBOARD), DashboardView),
    AreaSpec("tasks", lambda c: c.actor.staff_id is not None, TasksView),
    AreaSpec(
        "students",
        lambda c: c.can(Permission.VIEW_ALL_STUDENTS) or c.can(Permission.VIEW_OWN_CLASS_STUDENTS),
        StudentsView,
    ),
    AreaSpec(
        "cases",
        lambda c: c.can(Permission.VIEW_ALL_CASES) or c.can(Permission.VIEW_OWN_CLASS_CASES),
        CasesView,
    ),
    AreaSpec("meetings", lambda c: c.can(Permission.VIEW_MEETINGS), MeetingsView),
    AreaSpec("resources", lambda c: c.can(Permission.VIEW_ORGANISATIONS), ResourcesView),
    AreaSpec(
        "reports", lambda c: c.can(Permission.PRINT_REPORTS) or c.can(Permission.EXPORT_STATS), ReportsView
    ),
    AreaSpec("admin", lambda c: c.can(Permission.MANAGE_ACCOUNTS) or c.can(Permission.VIEW_AUDIT), AdminView),
)


class MainWindow(QMainWindow):
    """Emits `closed` once, when the user closes the window (the caller then closes the vault)."""

    closed = Signal()
    lock_requested = Signal()
    quit_requested = Signal()  # after the window closed on Quit: the application ends
    logging_out = False  # set while closing on Log out: the log-in window shows next

    def __init__(
        self, ctx: AppContext, *, remember_geometry: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._remember_geometry = remember_geometry
        if ctx.is_demo:
            # The demo sign is in the title too: it shows in the taskbar and the window switcher.
            self.setWindowTitle(
                self.tr("Dodam — {school} — DEMO SCHOOL, not real data").format(school=ctx.school_name)
            )
        else:
            self.setWindowTitle(self.tr("Dodam — {school}").format(school=ctx.school_name))
        self.setMinimumSize(900, 560)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.stack = QStackedWidget(self)
        # Areas are built the first time they are shown (a usable window within a second on
        # a large school): `areas` holds those built so far, `_specs` every area this user may open.
        self.areas: dict[str, AreaView] = {}
        self._specs: dict[str, AreaSpec] = {}
        self._loaded: set[str] = set()
        self._stale_since: dict[str, float] = {}
        """Loaded areas not on screen whose data changed, with the (last) commit's time."""
        titles = self._area_titles()
        for number, spec in enumerate(AREAS, start=1):
            if not spec.allowed(ctx):
                continue
            self._specs[spec.key] = spec
            item = QListWidgetItem(icon(spec.key), titles[spec.key], self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(self.tr("Ctrl+{n}").format(n=number))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setWhatsThis(self.tr("Show {area}").format(area=titles[spec.key]))
            shortcut.activated.connect(lambda key=spec.key: self.show_area(key))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(self._navigation_width())
        self.navigation.currentRowChanged.connect(self._navigation_changed)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setWhatsThis(self.tr("Search in the current list"))
        find.activated.connect(self.focus_search)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh.setWhatsThis(self.tr("Reload the current list"))
        refresh.activated.connect(self.refresh_current)

        # Anyone with an account may file a support request, from anywhere: Ctrl+Shift+N.
        self.request_button = QPushButton(self.tr("New support request…"), self)
        self.request_button.setObjectName("new_request_button")
        self.request_button.setIcon(icon("new_request"))
        self.request_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.request_button.clicked.connect(self.new_request)
        self.request_button.setVisible(ctx.can(Permission.FILE_REQUEST))
        if ctx.can(Permission.FILE_REQUEST):
            request_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
            request_shortcut.setWhatsThis(self.tr("New support request"))
            request_shortcut.activated.connect(self.new_request)
        # Lock now: from any Dodam window (Ctrl+L belongs to the interventions panel).
        self.lock_button = QPushButton(self.tr("Lock now"), self)
        self.lock_button.setObjectName("lock_now_button")
        self.lock_button.setIcon(icon("lock"))
        self.lock_button.setToolTip(self.tr("Ctrl+Shift+L"))
        self.lock_button.clicked.connect(self.lock_requested)
        lock_shortcut = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
        lock_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        lock_shortcut.setWhatsThis(self.tr("Lock Dodam now"))
        lock_shortcut.activated.connect(self.lock_requested)
        self.pin_button = QPushButton(self.tr("Quick unlock PIN…"), self)
        self.pin_button.setObjectName("pin_setup_button")
        self.pin_button.setIcon(icon("pin"))
        self.pin_button.clicked.connect(self.set_up_pin)
        self.preferences_button = QPushButton(self.tr("Preferences…"), self)
        self.preferences_button.setObjectName("preferences_button")
        self.preferences_button.setIcon(icon("preferences"))
        self.preferences_button.setToolTip(self.tr("Font size and language (Ctrl+,)"))
        self.preferences_button.clicked.connect(self.open_preferences)
        preferences_shortcut = QShortcut(QKeySequence("Ctrl+,"), self)
        preferences_shortcut.setWhatsThis(self.tr("Preferences (font size, language)"))
        preferences_shortcut.activated.connect(self.open_preferences)
        self.shortcuts_button = QPushButton(self.tr("Keyboard shortcuts"), self)
        self.shortcuts_button.setObjectName("shortcuts_button")
        self.shortcuts_button.setIcon(icon("shortcuts"))
        self.shortcuts_button.setToolTip(self.tr("F1"))
        self.shortcuts_button.clicked.connect(self.show_shortcuts)
        help_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        help_shortcut.setWhatsThis(self.tr("Show this list of keyboard shortcuts"))
        help_shortcut.activated.connect(self.show_shortcuts)
        # Log out (the log-in window shows again, for the next person) and Quit (Ctrl+Q, from any
        # Dodam window): both close the case windows first, which ask about unsaved edits.
        self.logout_button = QPushButton(self.tr("Log out"), self)
        self.logout_button.setObjectName("logout_button")
        self.logout_button.clicked.connect(self.log_out)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.setObjectName("quit_button")
        self.quit_button.setToolTip(self.tr("Ctrl+Q"))
        self.quit_button.clicked.connect(self.quit_app)
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)
        quit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_shortcut.setWhatsThis(self.tr("Quit Dodam"))
        quit_shortcut.activated.connect(self.quit_app)
        side = QWidget(self)
        side.setObjectName("side")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 8)
        side_layout.setSpacing(6)
        side_layout.addWidget(self.navigation, 1)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(8, 0, 8, 0)
        button_row.addWidget(self.request_button)
        side_layout.addLayout(button_row)
        lock_row = QVBoxLayout()
        lock_row.setContentsMargins(8, 0, 8, 0)
        lock_row.addWidget(self.lock_button)
        lock_row.addWidget(self.pin_button)
        lock_row.addWidget(self.preferences_button)
        lock_row.addWidget(self.shortcuts_button)
        session_row = QHBoxLayout()
        session_row.addWidget(self.logout_button)
        session_row.addWidget(self.quit_button)
        lock_row.addLayout(session_row)
        side_layout.addLayout(lock_row)
        self.side = side
        self._fit_side()
        side.setStyleSheet("QWidget#side { background: #f1f4f8; border-right: 1px solid #d5dbe3; }")

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(
            "QListWidget#navigation { background: #f1f4f8; padding-top: 8px; }"
            "QListWidget#navigation::item { padding: 9px 14px; }"
            "QListWidget#navigation::item:selected { background: #dbe7f6; color: #123; font-weight: bold; }"
        )
        self._build_status_bar()
        ctx.changes.changed.connect(self._data_changed)
        if remember_geometry:
            self._restore_geometry()
        else:
            self.resize(DEFAULT_SIZE)
        if self.navigation.count():
            self.navigation.setCurrentRow(0)

    def _fit_side(self) -> None:
        """Wide enough for the area titles and the buttons under them, in any language and at the
        chosen font size."""
        buttons = (
            self.request_button,
            self.lock_button,
            self.pin_button,
            self.preferences_button,
            self.shortcuts_button,
        )
        session = self.logout_button.sizeHint().width() + self.quit_button.sizeHint().width() + 22
        width = max(self._navigation_width(), session, *(b.sizeHint().width() + 16 for b in buttons))
        self.navigation.setFixedWidth(width)
        self.side.setFixedWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "side"):
            # The font size was changed in Preferences: fit once the buttons have their new font too.
            QTimer.singleShot(0, self, self._fit_side)
            QTimer.singleShot(0, self, self._fit_user_label)

    def _area_titles(self) -> dict[str, str]:
        return {
            "dashboard": self.tr("Dashboard"),
            "tasks": self.tr("Tasks"),
            "students": self.tr("Students"),
            "cases": self.tr("Cases"),
            "meetings": self.tr("Meetings"),
            "resources": self.tr("Resources"),
            "reports": self.tr("Reports"),
            "admin": self.tr("Admin"),
        }

    def _fit_user_label(self) -> None:
        self.user_label.setMinimumWidth(
            self.user_label.fontMetrics().horizontalAdvance(self.user_label.text()) + 8
        )

    def _navigation_width(self) -> int:
        metrics = self.navigation.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(self.navigation.item(i).text())
                for i in range(self.navigation.count())
            ),
            default=80,
        )
        return max(150, widest + 60 + self.navigation.iconSize().width())

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        ctx = self.ctx
        self.school_label = ElidedLabel(f"{ctx.school_name} · {ctx.team_name}", self)
        role = label(ctx.actor.role)
        if ctx.actor.is_admin:
            role = self.tr("{role}, administrator").format(role=role)
        self.user_label = PlainLabel(
            self.tr("Logged in as {name} ({username}) — {role}").format(
                name=ctx.actor.display_name, username=ctx.actor.username, role=role
            ),
            self,
        )
        # Who is logged in, in which role, is never cut off (a long role name in another language
        # was; its room is measured again when the font size changes); the school's name gives way
        # first, ending in "…", and keeps its full text in a tool tip.
        self._fit_user_label()
        bar.addWidget(self.school_label)
        bar.addWidget(self.user_label)
        self.demo_badge: QLabel | None = None
        if ctx.is_demo:
            self.demo_badge = PlainLabel(self.tr("DEMO SCHOOL — not real data"), self)
            self.demo_badge.setObjectName("demo_badge")
            self.demo_badge.setStyleSheet(
                "QLabel#demo_badge { background: #c0392b; color: white; font-weight: bold;"
                " padding: 2px 10px; border-radius: 3px; }"
            )
            bar.addPermanentWidget(self.demo_badge)

    # --- areas ---------------------------------------------------------------------------------

    def area_keys(self) -> list[str]:
        """The areas this user can open, in navigation order."""
        return list(self._specs)

    def area(self, key: str) -> AreaView:
        """The area's view, built now if it has not been shown yet (its data loads when shown)."""
        view = self.areas.get(key)
        if view is None:
            view = self._specs[key].build(self.ctx)
            view.setObjectName(f"area_{key}")
            self.areas[key] = view
            self.stack.addWidget(view)
            if isinstance(view, StudentsView):
                view.case_requested.connect(self.open_case)
        return view

    def current_area(self) -> AreaView | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, AreaView) else None

    def show_area(self, key: str) -> None:
        """Switch to an area (ignored when the user's role may not open it)."""
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return

    def _navigation_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        view = self.area(key)
        self.stack.setCurrentWidget(view)
        if key not in self._loaded:
            # Areas load their data the first time they are opened (once painted: refresh_soon).
            self._loaded.add(key)
            view.refresh_soon()
        elif self._stale_since.pop(key, 0.0) > view.refreshed_at:
            # The data changed while the area was hidden (and it has not read it again since).
            view.refresh_soon()

    def _data_changed(self, changes: Changes) -> None:
        """Something was stored (here, in a case or meeting window, or on the worker): the area on
        screen refreshes now if it shows what changed, the others when next shown."""
        current = self.stack.currentWidget()
        for key in self._loaded:
            view = self.areas[key]
            if not view.affected_by(changes):
                continue
            if view is current:
                view.refresh()
            else:
                self._stale_since[key] = changes.committed_at

    def refresh_area(self, key: str) -> None:
        """Reload an area that has been opened (the others are built, with fresh data, when first
        opened)."""
        if key in self._loaded:
            self.areas[key].refresh()

    def open_case(self, case_id: int) -> None:
        open_case(self.ctx, case_id, self)

    def new_request(self) -> None:
        """File a support request (the lists that show requests follow the change)."""
        RequestDialog(self.ctx, parent=self).exec()

    def set_up_pin(self) -> None:
        from desktop.ui.lock.pin_dialog import PinDialog

        PinDialog(self.ctx, self).exec()

    def open_preferences(self) -> None:
        from desktop.config import Settings
        from desktop.services import settings_store
        from desktop.ui.settings.preferences_dialog import PreferencesDialog

        school_size = self.ctx.read(
            lambda session, _actor: settings_store.get(session, Settings.FONT_POINT_SIZE)
        )
        self.preferences = PreferencesDialog(school_size, self)
        self.preferences.open()

    def show_shortcuts(self) -> None:
        from desktop.ui.settings.shortcuts_window import ShortcutsWindow

        self.shortcuts_window = ShortcutsWindow(self)
        self.shortcuts_window.open()

    def log_out(self) -> bool:
        """Close this window for the log-in window (False when a case window kept its edits)."""
        self.logging_out = True
        if self.close():
            return True
        self.logging_out = False
        return False

    def quit_app(self) -> None:
        if self.close():
            self.quit_requested.emit()

    def refresh_current(self) -> None:
        """F5: reload the area on screen (never needed: areas follow every change; kept for the
        user's peace of mind)."""
        view = self.current_area()
        if view is not None:
            view.refresh()

    def focus_search(self) -> None:
        view = self.current_area()
        if view is not None:
            view.focus_search()

    # --- geometry ------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_size()

    def _first_size(self) -> None:
        """The first time on this PC account: the default size, or the whole screen when that does
        not fit it with room for the title bar (a 1366 x 768 school PC: the status bar would be
        below the screen's edge)."""
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        if available is None or (
            DEFAULT_SIZE.width() <= available.width()
            and DEFAULT_SIZE.height() + TITLE_BAR <= available.height()
        ):
            self.resize(DEFAULT_SIZE)
            return
        self.resize(DEFAULT_SIZE.boundedTo(available.size()))
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Case windows first: each may hold unsaved edits and asks what to do with them.
        from desktop.ui.case_detail.case_window import open_windows

        for window in open_windows():
            if not window.close():
                event.ignore()
                return
        if self._remember_geometry:
            QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
