"""Following the Tab key through a window: which controls it reaches, in which order, and where that
order leaves reading order (top to bottom, then left to right)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget


def takes_tab(widget: QWidget, window: QWidget) -> bool:
    """A control the Tab key stops on: shown, enabled, accepting Tab focus, in `window` itself (not
    a dialog of its own) and not handing its focus to another widget (a spin box's line edit)."""
    return (
        widget is not window
        and widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.window() is window
    )


def focusable(window: QWidget) -> list[QWidget]:
    """Every control of `window` the Tab key should reach, in no particular order."""
    return [w for w in window.findChildren(QWidget) if takes_tab(w, window)]


def tab_chain(window: QWidget) -> list[QWidget]:
    """The controls of `window` in the order Tab visits them: its focus chain (nextInFocusChain),
    once round, keeping only the controls Tab stops on, starting where the cursor is (the control
    that has the focus, else the first one, where Qt puts it when the window opens)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    steps = 0
    while widget is not window and steps < 10_000:
        if takes_tab(widget, window):
            chain.append(widget)
        widget = widget.nextInFocusChain()
        steps += 1
    focus = window.focusWidget()
    while focus is not None and focus.focusProxy() is not None:
        focus = focus.focusProxy()
    if focus in chain:
        start = chain.index(focus)
        chain = chain[start:] + chain[:start]
    return chain


def name(widget: QWidget) -> str:
    """objectName, else class and text (or accessible name): how a failure names a control."""
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        return widget.objectName()
    text = ""
    for getter in ("text", "title", "placeholderText", "accessibleName"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = str(value())
            except TypeError:
                continue
            if text:
                break
    return f"{type(widget).__name__}({text!r})" if text else type(widget).__name__


@dataclass(frozen=True)
class Step:
    """One Tab press that goes against reading order."""

    before: QWidget
    after: QWidget

    def __str__(self) -> str:
        return f"{name(self.before)} → {name(self.after)}"


def position(widget: QWidget, window: QWidget) -> tuple[int, int, int, int]:
    """(top, left, bottom, right) of `widget` in `window`'s coordinates."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return top_left.y(), top_left.x(), top_left.y() + widget.height(), top_left.x() + widget.width()


def same_row(a: tuple[int, int, int, int], b: tuple[int, int, int, int], tolerance: int) -> bool:
    """Two controls on one row: their tops within `tolerance`, or one's vertical middle inside the
    other (a label-high check box next to a taller field)."""
    middle_a, middle_b = (a[0] + a[2]) // 2, (b[0] + b[2]) // 2
    return abs(a[0] - b[0]) <= tolerance or a[0] <= middle_b <= a[2] or b[0] <= middle_a <= b[2]


def out_of_order(window: QWidget, chain: list[QWidget], tolerance: int = 6) -> list[Step]:
    """Every Tab press from one control to the next that goes back up, or to the left on one row.

    Tab goes round: when the window opens with the cursor further down (e.g. on a button, the
    path field above it showing a long path whole), the one press from the last control back to
    the first is that wrap, not a step against reading order."""
    steps: list[Step] = []

    def place(widget: QWidget) -> tuple[int, int]:
        return position(widget, window)[:2]

    first = min(chain, key=place) if chain else None
    last = max(chain, key=place) if chain else None
    for before, after in pairwise(chain):
        if after is first and before is last and chain[0] is not first:
            continue  # the wrap, from the bottom-right control round to the top-left one
        a, b = position(before, window), position(after, window)
        if same_row(a, b, tolerance):
            if b[1] < a[1]:
                steps.append(Step(before, after))
        elif b[0] < a[0]:
            steps.append(Step(before, after))
    return steps
