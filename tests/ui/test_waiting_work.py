"""What waits for each person, on screen: the principal's approvals on the dashboard, a
provider's support activities in Tasks (logging a session from there), and plan status in the
case list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.models import (
    InterventionStatus,
    Meeting,
    MeetingStatus,
    PlanStatus,
    SupportPlan,
    SupportSession,
)
from desktop.services.dashboard import ApprovalKind
from desktop.ui.case_detail.case_window import CaseWindow
from desktop.ui.case_detail.intervention_dialogs import LogSessionDialog
from desktop.ui.case_detail.plan_panel import PlanPanel
from desktop.ui.cases.cases_view import CasesView
from desktop.ui.context import AppContext
from desktop.ui.dashboard.dashboard_view import DashboardView
from desktop.ui.meetings.meeting_dialog import MeetingDialog
from desktop.ui.tasks.tasks_view import TasksView
from desktop.ui.widgets.row_table_model import ROW_ROLE
from tests.ui.helpers import refreshed

ContextFactory = Callable[[str], AppContext]


def _submitted_plans(ctx: AppContext) -> set[int]:
    with ctx.vault.session() as s:
        return set(s.scalars(select(SupportPlan.id).where(SupportPlan.status == PlanStatus.SUBMITTED)))


def test_the_principals_dashboard_lists_plans_to_approve_and_opens_one_on_its_plan_tab(
    qtbot: QtBot, demo_context: ContextFactory
) -> None:
    ctx = demo_context("principal")
    submitted = _submitted_plans(ctx)
    assert submitted, "the demo school has plans awaiting approval"
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    rows = view.approvals_model.rows()
    assert {r.record_id for r in rows if r.kind is ApprovalKind.PLAN} == submitted
    assert not view.approvals_box.isHidden()
    assert view.approvals_box.title() == f"Awaiting my approval ({len(rows)})"
    line = next(i for i, r in enumerate(rows) if r.kind is ApprovalKind.PLAN)
    row = rows[line]
    assert view.approvals_model.index(line, 2).data() == f"{row.case_code} support plan v{row.plan_version}"

    window = view.open_approval(row)
    assert isinstance(window, CaseWindow)  # a window of the dashboard's, closed with it
    panel = window.panel(PlanPanel)
    assert window.tabs is not None and window.tabs.currentWidget() is panel
    assert panel.detail is not None and panel.detail.id == row.record_id
    assert panel.approve_button.isVisible() and panel.approve_button.isEnabled()

    # Minutes finalised and not signed wait too; the row opens the meeting.
    with ctx.vault.session() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.status == MeetingStatus.FINALISED)).first()
        assert meeting is not None
        meeting.signed_at = meeting.signed_by_id = None
        meeting_id = meeting.id
        s.commit()
    refreshed(qtbot, view)
    minutes = next(r for r in view.approvals_model.rows() if r.kind is ApprovalKind.MINUTES)
    assert minutes.record_id == meeting_id
    dialog = view.open_approval(minutes)
    assert isinstance(dialog, MeetingDialog) and dialog.meeting_id == meeting_id and dialog.isVisible()
    dialog.close()


def test_the_coordinator_approves_nothing_and_sees_no_approvals(
    qtbot: QtBot, demo_context: ContextFactory
) -> None:
    view = DashboardView(demo_context("coordinator"))
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    assert view.approvals_box.isHidden() and view.approvals_model.rowCount() == 0


def test_a_provider_logs_a_session_from_my_support_activities(
    qtbot: QtBot, demo_context: ContextFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("counselor")
    view = TasksView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    activity = view.activity
    assert activity is not None and view.tabs is not None
    view.show_support_activities()
    rows = activity.interventions_model.rows()
    assert rows and all(r.intervention.provider_id == ctx.actor.staff_id for r in rows)
    assert view.tabs.tabText(1) == f"My support activities ({len(rows)})"
    line = next(i for i, r in enumerate(rows) if r.intervention.status is InterventionStatus.ACTIVE)
    activity.interventions_table.selectRow(line)
    target = rows[line]
    assert activity.log_button.isEnabled()
    week_before = len(activity.sessions_model.rows())

    def fill_and_ok(dialog: LogSessionDialog) -> int:
        dialog.duration.setValue(45)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(LogSessionDialog, "exec", fill_and_ok)
    stored_id = activity.log_session()
    assert stored_id is not None
    with ctx.vault.session() as s:
        stored = s.get(SupportSession, stored_id)
        assert stored is not None
        assert (stored.intervention_id, stored.held_on, stored.duration_minutes, stored.author_id) == (
            target.intervention.id,
            date.today(),
            45,
            ctx.actor.staff_id,
        )
    # The lists show it at once: in this week's sessions and in the intervention's week.
    assert len(activity.sessions_model.rows()) == week_before + 1
    assert any(r.id == stored_id for r in activity.sessions_model.rows())
    selected = activity.selected()
    assert selected is not None and selected.intervention.id == target.intervention.id
    assert selected.week_sessions == target.week_sessions + 1


def test_the_case_list_filters_by_plan_status(qtbot: QtBot, demo_context: ContextFactory) -> None:
    ctx = demo_context("coordinator")
    newest = (
        select(SupportPlan.case_id, func.max(SupportPlan.version).label("version"))
        .group_by(SupportPlan.case_id)
        .subquery()
    )
    with ctx.vault.session() as s:
        waiting = set(
            s.scalars(
                select(SupportPlan.case_id)
                .join(
                    newest,
                    (newest.c.case_id == SupportPlan.case_id) & (newest.c.version == SupportPlan.version),
                )
                .where(SupportPlan.status == PlanStatus.SUBMITTED)
            )
        )
    assert waiting
    view = CasesView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading)
    combo: QComboBox = view.plan_filter
    combo.setCurrentIndex(combo.findData(PlanStatus.SUBMITTED.value))
    shown = [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]
    assert {r.id for r in shown} == waiting
    assert {view.proxy.index(r, 4).data() for r in range(view.proxy.rowCount())} == {"Awaiting approval"}
    assert combo.currentText() == "Awaiting approval"
    assert view.proxy.headerData(4, Qt.Orientation.Horizontal) == "Plan"
