"""The base of every tab of the case window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.context import AppContext
from desktop.ui.widgets.feedback import save_discard_or_cancel


class CasePanel(QWidget):
    """One tab of the case window for case `case_id`.

    `refresh()` reads what the tab shows from the database; a new panel is empty until it is
    called (the case window calls it when the tab is first shown). A panel emits `changed` after it
    stored something, so the window refreshes its header and the other tabs it has read."""

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

    def read_now(self) -> None:
        """Read and show the tab's data before returning (a tab that reads on the operation
        runner in `refresh` reads here on the UI thread: a caller wants the data at once)."""
        self.refresh()

    @property
    def loading(self) -> bool:
        """True while the tab's data is being read on the operation runner."""
        return False

    def has_unsaved_changes(self) -> bool:
        """True while the tab holds typed edits that are not stored yet."""
        return False

    def save_changes(self) -> bool:
        """Store the tab's pending edits; False when they could not be stored (the user was told)."""
        return True

    def discard_changes(self) -> None:
        """Drop the tab's pending edits and show what is stored (after Discard)."""


def keep_or_drop_edits(panel: CasePanel) -> bool:
    """Ask what to do with a tab's unsaved edits before they would be lost or left behind: Save
    (and go on only if storing worked), Discard (the tab shows what is stored again), or Cancel.
    True when the caller may go on."""
    if not panel.has_unsaved_changes():
        return True
    answer = save_discard_or_cancel(
        panel,
        QCoreApplication.translate("CasePanel", "Unsaved changes"),
        QCoreApplication.translate(
            "CasePanel", "The {tab} tab has changes that are not saved yet. Save them?"
        ).format(tab=panel.title()),
    )
    if answer == QMessageBox.StandardButton.Save:
        return panel.save_changes()
    if answer == QMessageBox.StandardButton.Discard:
        panel.discard_changes()
        return True
    return False
