"""The base of every area of the main window, and the table view they share."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.storage.changes import Changes


class AreaView(QWidget):
    """An area: a title for the navigation, an optional search box, and `refresh()`.

    After any change to the data the main window asks `affected_by(changes)`; an area that says
    yes is refreshed (at once when on screen, else when next shown), unless it has read its data
    since those changes were committed (`refreshed_at`, set by every `refresh()`)."""

    WATCHES: frozenset[str] | None = None
    """Kinds of record (table names) this area shows; None: any data (not the audit trail)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("refresh")
        if callable(own) and not getattr(own, "_stamps_refresh", False):
            cls.refresh = _stamping(own)  # type: ignore[method-assign,assignment]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_field: QLineEdit | None = None
        self.refreshed_at = 0.0
        self._refresh_pending = False

    def refresh(self) -> None:
        """Reload the area's data from the database."""

    @property
    def refresh_pending(self) -> bool:
        """True from `refresh_soon` until the refresh has started."""
        return self._refresh_pending

    def refresh_soon(self) -> None:
        """Refresh at the next turn of the event loop: a newly shown area is painted first (with
        what it held), then reads. A read on the worker during that first paint would slow it down
        (the window waits for the interpreter lock at each cell it asks about)."""
        from PySide6.QtCore import QTimer

        if self.refresh_pending:
            return
        self._refresh_pending = True
        QTimer.singleShot(0, self, self._refresh_now)

    def _refresh_now(self) -> None:
        self._refresh_pending = False
        self.refresh()

    def affected_by(self, changes: Changes) -> bool:
        """True when these committed changes may alter what the area shows."""
        if self.refreshed_at >= changes.committed_at:
            return False
        if self.WATCHES is None:
            return not changes.is_bookkeeping_only
        return changes.touches(self.WATCHES)

    def focus_search(self) -> None:
        """Put the cursor in the area's search box (Ctrl+F)."""
        # `Qt` is imported here: the log-in window uses heading() and shows before `Qt` is loaded.
        from PySide6.QtCore import Qt

        if self.search_field is not None:
            self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_field.selectAll()


def _stamping(refresh: Callable[[AreaView], None]) -> Callable[[AreaView], None]:
    @functools.wraps(refresh)
    def stamped(self: AreaView) -> None:
        self.refreshed_at = time.monotonic()
        refresh(self)

    stamped._stamps_refresh = True  # type: ignore[attr-defined]
    return stamped


def make_table_view(parent: QWidget | None = None) -> QTableView:
    """A read-only, sortable table with whole-row selection."""
    view = QTableView(parent)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    # Fitting columns to their contents measures only the rows on screen, never every row (Qt's
    # default looks at 1,000 rows: over a third of a second on a list of 2,000 students).
    view.horizontalHeader().setResizeContentsPrecision(0)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return view


class _FitWhenShown(QObject):
    """Fits a hidden table's columns each time it is shown after a refresh while hidden."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self.pending = False
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.pending and event.type() == QEvent.Type.Show:
            self.pending = False
            _fit(self._view)
        return False


_FITTER = "_dodam_fit_when_shown"


def _fit(view: QTableView) -> None:
    """Size each column to its contents on screen (as Qt's resizeColumnToContents with a
    precision of 0 would), except a stretched last column, which keeps filling the rest of the
    width (sizing it would fix its width until the next resize).

    Qt's own fitting asks the model for about ten roles of every cell on screen, each a call into
    Python: 20-40 ms for one list. Here each cell's text is read once and measured with the view's
    font; the delegate's padding is measured on one cell, so the widths are the ones Qt gives."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    last = header.logicalIndex(header.count() - 1) if header.stretchLastSection() else -1
    columns = [c for c in range(header.count()) if c != last and not header.isSectionHidden(c)]
    if not columns:
        return
    vertical = view.verticalHeader()
    top = max(0, vertical.visualIndexAt(0))
    bottom = vertical.visualIndexAt(view.viewport().height())
    if bottom < 0:  # fewer rows than fill the view
        bottom = model.rowCount() - 1
    rows = [vertical.logicalIndex(visual) for visual in range(top, bottom + 1)]
    metrics = view.fontMetrics()
    padding: int | None = None
    grid = 1 if view.showGrid() else 0
    header_shown = not header.isHidden()
    for column in columns:
        widest = -1
        for row in rows:
            index = model.index(row, column)
            text = index.data()
            if text is None or text == "":
                continue
            text = str(text)
            width = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [text])
            if padding is None:
                padding = view.sizeHintForIndex(index).width() - width
            widest = max(widest, width + padding)
        contents = widest + grid if widest >= 0 else -1
        title = header.sectionSizeHint(column) if header_shown else 0
        header.resizeSection(column, max(contents, title))


def fit_columns(view: QTableView) -> None:
    """Fit the columns to the rows on screen. A hidden table (another tab, a window not yet shown)
    is fitted when it is shown: Qt would measure every row of a hidden table — 0.14 s for 837
    referral loops."""
    if view.isVisible():
        _fit(view)
        return
    fitter = getattr(view, _FITTER, None)
    if fitter is None:
        fitter = _FitWhenShown(view)
        setattr(view, _FITTER, fitter)
    fitter.pending = True


def make_search_field(placeholder: str, parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    field.setMinimumWidth(260)
    return field


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A bold area heading."""
    label = QLabel(text, parent)
    scale_font(label, 1.35, bold=True)
    return label


class _ScaledFont(QObject):
    """Keeps a widget's font a fixed factor of the application font, also after the font size is
    changed in Preferences (a font set on a widget otherwise keeps its size for good)."""

    def __init__(self, widget: QWidget, factor: float, bold: bool) -> None:
        super().__init__(widget)
        self._widget = widget
        self._factor = factor
        self._bold = bold
        self.apply()
        # Qt tells only top-level windows that the application font changed; its signal reaches
        # every widget that asks (and is disconnected when this object goes with its widget).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self.apply)

    def apply(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self._factor)
        font.setBold(self._bold)
        self._widget.setFont(font)


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Give the widget a font `factor` times the application font's size, now and whenever the
    application font changes."""
    _ScaledFont(widget, factor, bold)


class _MinimumWidth(QObject):
    def __init__(self, window: QWidget, pixels: int) -> None:
        super().__init__(window)
        self._pixels = pixels
        window.setMinimumWidth(pixels)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest):
            wanted = max(self._pixels, watched.minimumSizeHint().width())
            if watched.minimumWidth() != wanted:
                watched.setMinimumWidth(wanted)
        return False


def keep_minimum_width(window: QWidget, pixels: int) -> None:
    """A window at least `pixels` wide, and never narrower than its layout needs: a plain
    setMinimumWidth replaces the layout's own minimum, so longer words (another language, a larger
    font) could be cut off."""
    _MinimumWidth(window, pixels)
