"""Windows that fit the screen they open on (a 1,366 x 768 school PC, a 1,280 x 720 one with a
taskbar): a window asks for the size its content likes, but never more than the screen's available
area (the taskbar is already left out of it) less a title bar, and it is placed inside that area, so
its action buttons at the bottom are always on the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32
"""Room a window manager's title bar and frame take around a window's client area."""


def available_area(window: QWidget) -> QRect | None:
    """The area of the screen ``window`` is on (or would open on) that windows may use."""
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else None


def fitted_size(wanted: QSize, minimum: QSize, available: QRect) -> QSize:
    """``wanted``, shrunk to ``available`` less the title bar, but never below ``minimum``."""
    room = QSize(available.width(), max(0, available.height() - TITLE_BAR))
    return wanted.boundedTo(room).expandedTo(minimum)


def fit_to_screen(window: QWidget, wanted: QSize, available: QRect | None = None) -> None:
    """Resize ``window`` to ``wanted`` or as much of it as the screen allows, and keep it inside
    the available area (``available`` defaults to the window's screen)."""
    area = available if available is not None else available_area(window)
    if area is None:
        window.resize(wanted)
        return
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    size = fitted_size(wanted, minimum, area)
    window.resize(size)
    if window.isWindow():
        position = window.pos()
        x = min(max(position.x(), area.left()), max(area.left(), area.right() - size.width()))
        y = min(max(position.y(), area.top()), max(area.top(), area.bottom() - size.height() - TITLE_BAR))
        if (x, y) != (position.x(), position.y()):
            window.move(x, y)
