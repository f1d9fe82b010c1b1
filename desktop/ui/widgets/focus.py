"""Tab order: controls made in one order but shown in another are chained in reading order."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def tab_in_order(*widgets: QWidget) -> None:
    """Tab goes from each widget to the next, in the order given (QWidget.setTabOrder)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
