"""The case window: one case's overview, timeline, consents, plan, interventions, referrals and
notes, each tab a CasePanel."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.context import AppContext


def open_case(ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
    """Open (or raise) the window of a case; the entry point every list uses."""
    # Imported here: the case window imports the panels, which import the areas' dialogs.
    from desktop.ui.case_detail.case_window import open_case_window

    open_case_window(ctx, case_id, parent)
