"""Windows whose word-wrapped texts never clip: Qt sizes a top-level window from its layout's
minimum size, which ignores height-for-width (a wrapped label's height at the window's width), so a
long message or a long translation was squeezed or cut. `FitHeight` keeps the window's minimum height
at what its layout needs for the current width, and grows the window when it is shorter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget, QWizard


def needed_height(window: QWidget) -> int:
    """The height `window`'s layout needs at the window's current width (its size hint's height
    when the layout does not depend on the width)."""
    layout = window.layout()
    if layout is None:
        return window.minimumSizeHint().height()
    minimum = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        return max(layout.totalHeightForWidth(window.width()), minimum)
    return minimum


def wizard_needed_height(wizard: QWidget) -> int:
    """A wizard's height that gives its current page what the page's layout needs at its width."""
    if not isinstance(wizard, QWizard):
        return needed_height(wizard)
    page = wizard.currentPage()
    if page is None or page.layout() is None or not page.isVisible():
        return wizard.minimumHeight()
    chrome = wizard.height() - page.height()
    return chrome + needed_height(page)


class FitHeight(QObject):
    """Installed on a top-level window: after each resize, show or layout change, its minimum height
    follows `needed_height` (limited to the screen) and the window grows to it."""

    def __init__(self, window: QWidget, needed: Callable[[QWidget], int] = needed_height) -> None:
        super().__init__(window)  # no Python reference to the window: it must not outlive it
        self._needed = needed
        self._floor = window.minimumHeight()
        self._pending = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
            QEvent.Type.FontChange,
        ):
            self.schedule()
        return False

    def schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        self._pending = False
        window = self.parent()
        if not isinstance(window, QWidget):
            return
        height = max(self._needed(window), self._floor)
        screen = window.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height() - 60)
        if window.minimumHeight() != height:
            window.setMinimumHeight(height)
        if window.height() < height:
            window.resize(window.width(), height)
