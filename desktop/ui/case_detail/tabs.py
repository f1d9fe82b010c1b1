"""The tabs of the case window between Overview and Notes/Timeline, in the order the work goes:
consents, support plan, interventions with their sessions, referrals."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.case_detail.consents_panel import ConsentsPanel
from desktop.ui.case_detail.interventions_panel import InterventionsPanel
from desktop.ui.case_detail.notes_panel import NotesPanel
from desktop.ui.case_detail.overview_panel import OverviewPanel
from desktop.ui.case_detail.panel import CasePanel
from desktop.ui.case_detail.plan_panel import PlanPanel
from desktop.ui.case_detail.referrals_panel import ReferralsPanel
from desktop.ui.case_detail.timeline_panel import TimelinePanel
from desktop.ui.context import AppContext

EXTRA_PANELS: list[type[CasePanel]] = [ConsentsPanel, PlanPanel, InterventionsPanel, ReferralsPanel]
"""The work tabs of a case, in order."""

TAB_TITLES: dict[type[CasePanel], object] = {
    OverviewPanel: QT_TRANSLATE_NOOP("OverviewPanel", "Overview"),
    ConsentsPanel: QT_TRANSLATE_NOOP("ConsentsPanel", "Consents"),
    PlanPanel: QT_TRANSLATE_NOOP("PlanPanel", "Support plan"),
    InterventionsPanel: QT_TRANSLATE_NOOP("InterventionsPanel", "Interventions"),
    ReferralsPanel: QT_TRANSLATE_NOOP("ReferralsPanel", "Referrals"),
    NotesPanel: QT_TRANSLATE_NOOP("NotesPanel", "Notes"),
    TimelinePanel: QT_TRANSLATE_NOOP("TimelinePanel", "Timeline"),
}
"""Each work tab's title (as its panel's `title()` says it) before the panel is made."""


def tab_title(kind: type[CasePanel]) -> str:
    """The translated title of a tab whose panel is not made yet."""
    return QCoreApplication.translate(kind.__name__, str(TAB_TITLES[kind]))


def extra_panels(ctx: AppContext, case_id: int, parent: QWidget | None = None) -> list[CasePanel]:
    """The work tabs of a case, in order."""
    return [kind(ctx, case_id, parent) for kind in EXTRA_PANELS]
