"""The case window: a header (code, student, state, priority, risk level, case manager, next
review) over a tab per CasePanel. One window per case: opening a case again raises its window."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFormLayout, QGridLayout, QTabWidget, QVBoxLayout, QWidget

from desktop.services import case_detail, cases
from desktop.services.case_detail import CaseHeader
from desktop.services.errors import ServiceError
from desktop.storage.changes import Changes
from desktop.ui.case_detail.notes_panel import NotesPanel
from desktop.ui.case_detail.overview_panel import OverviewPanel, risk_text, student_text
from desktop.ui.case_detail.panel import CasePanel, keep_or_drop_edits
from desktop.ui.case_detail.tabs import EXTRA_PANELS, tab_title
from desktop.ui.case_detail.timeline_panel import TimelinePanel
from desktop.ui.change_bus import RefreshStamp, refresh_when_changed
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.timefmt import date_text
from desktop.ui.widgets.area import heading
from desktop.ui.widgets.feedback import show_error
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.screen_fit import fit_to_screen

P = TypeVar("P", bound=CasePanel)

MAKE_SPACING_MS = 15
"""The pause between making two tabs' panels once the window is up: the window's events (a
click, a key, a repaint) are handled in between."""

_open_windows: dict[int, CaseWindow] = {}


class CaseWindow(QWidget):
    """A non-modal top-level window on one case. Raises ServiceError (NotFound) when the user may
    not see the case. Emits `case_changed(case_id)` after one of its tabs stored something."""

    case_changed = Signal(int)

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.case_id = case_id
        self.header: CaseHeader = ctx.read(lambda s, a: case_detail.case_header(s, a, case_id))
        ctx.write(lambda s, a: cases.record_view(s, a, case_id))
        self.setObjectName("case_window")
        # The whole case needs room for its tabs; the state-only view is a small note.
        if self.header.limited:
            self.resize(560, 170)
        else:
            fit_to_screen(self, QSize(1180, 760))

        self.code_label = heading("", self)
        self.state_label = PlainLabel(self)
        self.state_label.setObjectName("case_state")
        self.student_label = PlainLabel(self)
        self.priority_label = PlainLabel(self)
        self.risk_label = PlainLabel(self)
        self.manager_label = PlainLabel(self)
        self.review_label = PlainLabel(self)
        for field in (self.student_label, self.state_label, self.manager_label):
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.code_label)
        self.tabs: QTabWidget | None = None
        self.panels: list[CasePanel] = []
        self._unmade: dict[int, type[CasePanel]] = {}
        self._closing = False
        """Tabs (by index) that show a stand-in until their panel is made."""
        if self.header.limited:
            form = QFormLayout()
            form.addRow(self.tr("State:"), self.state_label)
            layout.addLayout(form)
            note = PlainLabel(
                self.tr(
                    "This case is not assigned to you: you see its state only. Ask the coordinator "
                    "if you need to know more."
                ),
                self,
            )
            note.setObjectName("limited_note")
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addStretch(1)
        else:
            grid = QGridLayout()
            grid.setHorizontalSpacing(14)
            pairs = [
                (self.tr("Student:"), self.student_label),
                (self.tr("State:"), self.state_label),
                (self.tr("Priority:"), self.priority_label),
                (self.tr("Risk level:"), self.risk_label),
                (self.tr("Case manager:"), self.manager_label),
                (self.tr("Next review:"), self.review_label),
            ]
            for i, (title, field) in enumerate(pairs):
                row, col = divmod(i, 3)
                grid.addWidget(PlainLabel(title, self), row, col * 2)
                grid.addWidget(field, row, col * 2 + 1)
            grid.setColumnStretch(5, 1)
            layout.addLayout(grid)
            self.tabs = QTabWidget(self)
            self.tabs.setObjectName("case_tabs")
            # Every tab's panel is made when shown (the Overview at the first turn of the event
            # loop once the window is up), asked for, or one at a time after that, so opening a
            # case never waits for them.
            kinds: list[type[CasePanel]] = [OverviewPanel, *EXTRA_PANELS, NotesPanel, TimelinePanel]
            for number, kind in enumerate(kinds, start=1):
                index = self.tabs.addTab(QWidget(self), tab_title(kind))
                self._unmade[index] = kind
                # Alt+1..7 pick a tab (letters are left to the buttons inside the tabs).
                self.tabs.setTabToolTip(index, self.tr("Alt+{n}").format(n=number))
                tab_shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
                tab_shortcut.setWhatsThis(self.tr("Show the {tab} tab").format(tab=self.tabs.tabText(index)))
                tab_shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
            layout.addWidget(self.tabs, 1)
            # Leaving a tab with unsaved edits asks first; a tab reads its data when it is first
            # shown (or asked for by `panel`).
            self._shown_tab = self.tabs.currentIndex()
            self.tabs.currentChanged.connect(self._tab_changed)
            if NotesPanel.may_add(ctx):
                # The most frequent new thing in a case, from any of its tabs.
                note_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
                note_shortcut.setWhatsThis(self.tr("Add a note to this case"))
                note_shortcut.activated.connect(self.add_note)

        close_keys = {"Ctrl+W": self.tr("Close this case window"), "Esc": self.tr("Close this case window")}
        for keys, what in close_keys.items():
            close_shortcut = QShortcut(QKeySequence(keys), self)
            close_shortcut.setWhatsThis(what)
            close_shortcut.activated.connect(self.close)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh.setWhatsThis(self.tr("Reload this case"))
        refresh.activated.connect(self.reload)
        help_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        help_shortcut.setWhatsThis(self.tr("Show this list of keyboard shortcuts"))
        help_shortcut.activated.connect(self.show_shortcuts)
        self._show_header()
        self.refreshed = RefreshStamp()
        self.refreshed.mark()
        self._unread: set[CasePanel] = set(self.panels)
        """The tabs whose data has not been read yet: read when shown or asked for."""
        self._first_read_pending = self.tabs is not None
        if self.tabs is not None:
            # The window shows first; its tab is read at the next turn of the event loop, and the
            # other tabs are made after that, one at a time.
            QTimer.singleShot(0, self, self._first_read)
        # A change to this case made anywhere else (the Tasks area, a meeting, the intake queue)
        # shows here at once.
        refresh_when_changed(ctx.changes, self, self._affected_by, self.refresh_from_elsewhere)

    def _vault_usable(self) -> bool:
        return self.ctx.vault.is_open and not self.ctx.vault.is_suspended

    def _first_read(self) -> None:
        if self._closing or not self._first_read_pending:
            return
        if not self._vault_usable():
            return  # locked meanwhile: read when the window is shown again (showEvent)
        self._first_read_pending = False
        if self.tabs is not None:
            self._tab_shown(self.tabs.currentIndex())
            QTimer.singleShot(MAKE_SPACING_MS, self, self._make_next)

    def _affected_by(self, changes: Changes) -> bool:
        return (
            not changes.is_bookkeeping_only
            and changes.touches_case(self.case_id)
            and not self.refreshed.covers(changes)
        )

    def refresh_from_elsewhere(self) -> None:
        """Read the case again after a change stored elsewhere; a tab holding typed edits keeps
        them (it is read again once they are saved or discarded)."""
        if not self._read_header():
            return
        self._show_header()
        for panel in self._read_panels():
            if not panel.has_unsaved_changes():
                panel.refresh()

    def panel(self, kind: type[P]) -> P:
        """The tab of this kind (e.g. `window.panel(PlanPanel)`) with its data on it: read now if
        it was not read yet or its reading is under way."""
        panel = self.find_panel(kind)
        if panel in self._unread or panel.loading:
            self._unread.discard(panel)
            panel.read_now()
        return panel

    @property
    def loading(self) -> bool:
        """True until the tab on screen has been read, and while a tab's data is being read on
        the operation runner."""
        return self._first_read_pending or any(panel.loading for panel in self.panels)

    def find_panel(self, kind: type[P]) -> P:
        """The tab of this kind as it is: empty if it was never shown (see `panel`)."""
        for panel in self.panels:
            if isinstance(panel, kind):
                return panel
        for index, unmade in list(self._unmade.items()):
            if issubclass(unmade, kind):
                made = self._make(index)
                assert isinstance(made, kind)
                return made
        raise LookupError(kind.__name__)

    def _adopt(self, panel: CasePanel) -> None:
        panel.changed.connect(self._panel_changed)
        self.panels.append(panel)
        if self.tabs is not None:
            self.panels.sort(key=self.tabs.indexOf)

    def _make(self, index: int) -> CasePanel:
        """Make the panel of a tab that shows a stand-in so far, and put it in the stand-in's place
        (the tab keeps its place, title and key; the tab on screen stays on screen)."""
        assert self.tabs is not None
        kind = self._unmade.pop(index)
        panel = kind(self.ctx, self.case_id, self)
        stand_in = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        self.tabs.blockSignals(True)  # the same tab is shown again: nothing to tell
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, panel, title)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        if stand_in is not None:
            stand_in.deleteLater()
        self._adopt(panel)
        self._unread.add(panel)
        return panel

    def _make_next(self) -> None:
        """Make one more tab's panel, then let the event loop run before the next."""
        if self._closing:
            return
        if self._unmade:
            self._make(min(self._unmade))
        if self._unmade:
            QTimer.singleShot(MAKE_SPACING_MS, self, self._make_next)

    def is_read(self, panel: CasePanel) -> bool:
        """True once the tab has read its data (a tab never shown has not)."""
        return panel not in self._unread

    def _read_panels(self) -> list[CasePanel]:
        return [panel for panel in self.panels if panel not in self._unread]

    def _read_once(self, panel: CasePanel) -> None:
        if panel in self._unread:
            self._unread.discard(panel)
            panel.refresh()

    def _tab_shown(self, index: int) -> None:
        if index in self._unmade:
            self._make(index)
        widget = self.tabs.widget(index) if self.tabs is not None else None
        if isinstance(widget, CasePanel):
            self._read_once(widget)

    def _show_header(self) -> None:
        h = self.header
        self.setWindowTitle(self.tr("Case {code}").format(code=h.code))
        self.code_label.setText(self.tr("Case {code}").format(code=h.code))
        self.state_label.setText(label(h.state))
        if h.limited:
            return
        self.student_label.setText(student_text(h))
        self.priority_label.setText(label(h.priority))
        self.risk_label.setText(risk_text(h.risk_level))
        self.manager_label.setText(h.manager_name or self.tr("(none)"))
        overdue = h.next_review_on is not None and h.next_review_on < date.today()
        review = date_text(h.next_review_on) or self.tr("(none)")
        self.review_label.setText(self.tr("{date} (overdue)").format(date=review) if overdue else review)

    def _tab_changed(self, index: int) -> None:
        """Leaving a tab with unsaved edits asks first; Cancel stays on it. The tab shown is made
        and read if it was not yet."""
        assert self.tabs is not None
        left = self.tabs.widget(self._shown_tab)
        if isinstance(left, CasePanel) and index != self._shown_tab and not keep_or_drop_edits(left):
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._shown_tab)
            self.tabs.blockSignals(False)
            return
        self._shown_tab = index
        self._tab_shown(index)

    def add_note(self) -> None:
        """Ctrl+N: the Notes tab, and its "Add note" dialog."""
        notes = self.panel(NotesPanel)
        if self.tabs is not None:
            self.tabs.setCurrentWidget(notes)
            if self.tabs.currentWidget() is not notes:
                return  # Cancel: back to the tab with unsaved edits
        notes.add_note()

    def reload(self) -> None:
        """F5: read the case again (after asking about a tab's unsaved edits)."""
        if all(keep_or_drop_edits(panel) for panel in self.panels):
            self.refresh()

    def show_shortcuts(self) -> None:
        from desktop.ui.settings.shortcuts_window import ShortcutsWindow

        self.shortcuts_window = ShortcutsWindow(self)
        self.shortcuts_window.open()

    def _panel_changed(self) -> None:
        self.refresh()
        self.case_changed.emit(self.case_id)

    def refresh(self) -> None:
        """Reload the header and every tab read so far (after any tab stored something); the
        others read their data when they are shown."""
        if not self._read_header():
            return
        self._show_header()
        for panel in self._read_panels():
            panel.refresh()

    def _read_header(self) -> bool:
        """Read the header again; False (and the window closes) when the case cannot be seen."""
        self.refreshed.mark()
        try:
            self.header = self.ctx.read(lambda s, a: case_detail.case_header(s, a, self.case_id))
        except ServiceError as exc:
            show_error(self, exc)
            self.close()
            return False
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_read_pending:
            QTimer.singleShot(0, self, self._first_read)

    def closeEvent(self, event: QCloseEvent) -> None:
        for panel in self.panels:
            if not keep_or_drop_edits(panel):
                if self.tabs is not None:
                    self.tabs.setCurrentWidget(panel)
                event.ignore()
                return
        self._closing = True
        if _open_windows.get(self.case_id) is self:
            del _open_windows[self.case_id]
        super().closeEvent(event)


def _prune() -> None:
    # A window deleted with its parent (the main window) never saw its closeEvent.
    for case_id, window in list(_open_windows.items()):
        if not shiboken6.isValid(window):
            del _open_windows[case_id]


def open_case_window(ctx: AppContext, case_id: int, parent: QWidget | None = None) -> CaseWindow:
    """Show the window of a case, reusing (and raising) the one already open for it. Raises
    ServiceError when the user may not see the case."""
    _prune()
    window = _open_windows.get(case_id)
    if window is not None and window.ctx is not ctx:
        window.close()
        window = None
    if window is None:
        window = CaseWindow(ctx, case_id, parent)
        _open_windows[case_id] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_windows() -> list[CaseWindow]:
    """The case windows open now."""
    _prune()
    return list(_open_windows.values())
