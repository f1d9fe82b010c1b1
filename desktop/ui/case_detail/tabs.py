"""The tabs of the case window between Overview and Notes/Timeline, in the order the work goes:
consents, support plan, interventions with their sessions, referrals."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.case_detail.consents_panel import ConsentsPanel
from desktop.ui.case_detail.interventions_panel import InterventionsPanel
from desktop.ui.case_detail.panel import CasePanel
from desktop.ui.case_detail.plan_panel import PlanPanel
from desktop.ui.case_detail.referrals_panel import ReferralsPanel
from desktop.ui.context import AppContext


def extra_panels(ctx: AppContext, case_id: int, parent: QWidget | None = None) -> list[CasePanel]:
    """The work tabs of a case, in order."""
    return [
        ConsentsPanel(ctx, case_id, parent),
        PlanPanel(ctx, case_id, parent),
        InterventionsPanel(ctx, case_id, parent),
        ReferralsPanel(ctx, case_id, parent),
    ]
