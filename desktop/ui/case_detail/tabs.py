"""The tabs of the case window after Overview, Timeline and Notes: consents, support plan,
interventions and referrals (added by their own packages)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.case_detail.panel import CasePanel
from desktop.ui.context import AppContext


def extra_panels(ctx: AppContext, case_id: int, parent: QWidget | None = None) -> list[CasePanel]:
    """The further tabs of the case window, in order (none yet)."""
    return []
