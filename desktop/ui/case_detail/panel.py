"""The base of every tab of the case window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext


class CasePanel(QWidget):
    """One tab of the case window for case `case_id`.

    `refresh()` reloads what the tab shows from the database; a panel emits `changed` after it
    stored something, so the window refreshes its header, timeline and the other tabs."""

    changed = Signal()

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id

    def title(self) -> str:
        """The tab's translated title."""
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError
