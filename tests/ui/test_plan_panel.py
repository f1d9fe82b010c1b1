"""The Plan tab on the demo school: drafting as the coordinator, approval by the principal, and
what the other roles may see."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import CaseState, PlanStatus, SupportCase, SupportPlan, Task, TaskKind, TaskStatus
from desktop.services import listing
from desktop.services.actor import Actor
from desktop.ui.case_detail.plan_dialogs import ActionDialog, GoalDialog, ReturnPlanDialog
from desktop.ui.case_detail.plan_panel import PlanPanel
from desktop.ui.context import AppContext
from tests.ui.helpers import type_text


def case_without_plan(ctx: AppContext) -> int:
    """A demo case waiting for consent (it has no plan yet)."""

    def query(s: Session, a: Actor) -> int:
        for row in listing.cases(s, a):
            if (
                row.state is CaseState.CONSENT_PENDING
                and not s.scalars(select(SupportPlan.id).where(SupportPlan.case_id == row.id)).first()
            ):
                return row.id
        raise AssertionError("no case without a plan in the demo")

    return ctx.read(query)


def stored_plans(ctx: AppContext, case_id: int) -> list[tuple[int, PlanStatus, int, int]]:
    """(version, status, goals, actions) of each stored version."""
    return ctx.read(
        lambda s, a: [
            (p.version, p.status, len(p.goals), len(p.actions))
            for p in s.scalars(
                select(SupportPlan).where(SupportPlan.case_id == case_id).order_by(SupportPlan.version)
            )
        ]
    )


def draft_a_plan(qtbot: QtBot, panel: PlanPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    """Start the plan, fill its fields, add a goal and an action through their dialogs."""
    panel.new_version_button.click()
    assert panel.editable()
    type_text(qtbot, panel.current_state, "읽기 어려움")
    type_text(qtbot, panel.strengths, "그림을 잘 그림")
    panel.review_interval.setValue(14)

    def goal_exec(dialog: GoalDialog) -> int:
        assert not dialog.ok_button.isEnabled()  # a goal needs its text
        type_text(qtbot, dialog.goal, "읽기 유창성 향상")
        type_text(qtbot, dialog.measure, "재검사")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    def action_exec(dialog: ActionDialog) -> int:
        type_text(qtbot, dialog.description, "방과후 읽기 지도")
        dialog.goal.setCurrentIndex(1)
        assert not dialog.ok_button.isEnabled()  # no provider chosen yet
        dialog.external.setChecked(True)
        dialog.provider_organisation.setCurrentIndex(1)
        dialog.person_in_charge.setCurrentIndex(1)
        type_text(qtbot, dialog.frequency, "weekly")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(GoalDialog, "exec", goal_exec)
    monkeypatch.setattr(ActionDialog, "exec", action_exec)
    panel.add_goal_button.click()
    panel.add_action_button.click()
    assert panel.dirty
    assert panel.goals_model.index(0, 1).data() == "읽기 유창성 향상"
    assert panel.actions_model.index(0, 4).data() == "weekly"


def test_coordinator_drafts_saves_with_ctrl_s_and_submits(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    case_id = case_without_plan(ctx)
    panel = PlanPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.message.text() == "This case has no support plan yet."
    assert not panel.approve_button.isVisibleTo(panel)
    draft_a_plan(qtbot, panel, monkeypatch)

    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.current_state.setFocus()
    QApplication.processEvents()
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.current_state, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored_plans(ctx, case_id) == [(1, PlanStatus.DRAFT, 1, 1)]
    assert not panel.dirty and panel.badge.text() == "Draft"
    assert panel.actions_model.index(0, 1).data() != ""  # the organisation's name

    with qtbot.waitSignal(panel.changed):
        panel.submit_button.click()
    assert stored_plans(ctx, case_id) == [(1, PlanStatus.SUBMITTED, 1, 1)]
    assert panel.badge.text() == "Awaiting approval"
    assert panel.current_state.isReadOnly() and not panel.add_goal_button.isEnabled()
    assert not panel.new_version_button.isEnabled()  # a version is awaiting approval
    assert panel.version.currentText().startswith("v1 awaiting approval")
    # Each disabled action says why.
    assert panel.add_goal_button.toolTip() == "This version waits for approval; it can no longer be changed."
    assert panel.new_version_button.toolTip() == (
        "A version is being written or waits for approval; finish it first."
    )
    assert panel.save_button.toolTip() == panel.add_goal_button.toolTip()


def test_principal_approves_and_review_tasks_follow(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    case_id = case_without_plan(ctx)
    panel = PlanPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    draft_a_plan(qtbot, panel, monkeypatch)
    panel.submit_button.click()  # saves the unsaved edits first
    assert stored_plans(ctx, case_id) == [(1, PlanStatus.SUBMITTED, 1, 1)]
    panel.close()

    ctx = demo_context("principal")
    panel = PlanPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.current_state.isReadOnly()
    assert not panel.save_button.isVisibleTo(panel) and not panel.add_goal_button.isVisibleTo(panel)
    # Still waiting for consents: the plan can be returned but not approved yet, and says why.
    assert not panel.approve_button.isEnabled() and panel.return_button.isEnabled()
    assert "in planning" in panel.approve_button.toolTip()
    with ctx.vault.session() as s:  # both consents given: the case moves on to planning
        case = s.get(SupportCase, case_id)
        assert case is not None
        case.state = CaseState.PLANNING
        s.commit()
    panel.refresh()
    assert panel.approve_button.isEnabled() and panel.approve_button.toolTip() == ""
    with qtbot.waitSignal(panel.changed):
        panel.approve_button.click()
    assert stored_plans(ctx, case_id) == [(1, PlanStatus.APPROVED, 1, 1)]
    assert panel.badge.text() == "Approved"
    assert panel.approval.text().startswith(f"Approved by {ctx.actor.display_name} on ")
    assert not panel.approve_button.isEnabled()
    tasks = ctx.read(
        lambda s, a: [
            (t.kind, t.status)
            for t in s.scalars(select(Task).where(Task.case_id == case_id, Task.title.endswith(" v1 점검")))
        ]
    )
    assert tasks == [(TaskKind.REVIEW, TaskStatus.OPEN)] * 3  # no period: the next three reviews


def test_principal_returns_a_plan_for_revision(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("principal")
    case_id, plan_version = ctx.read(
        lambda s, a: next(
            (p.case_id, p.version)
            for p in s.scalars(select(SupportPlan).where(SupportPlan.status == PlanStatus.SUBMITTED))
        )
    )
    panel = PlanPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.refresh()

    def return_exec(dialog: ReturnPlanDialog) -> int:
        assert not dialog.ok_button.isEnabled() and dialog.problem.text() == "Say what needs revising."
        type_text(qtbot, dialog.reason, "측정 방법 보완")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ReturnPlanDialog, "exec", return_exec)
    with qtbot.waitSignal(panel.changed):
        panel.return_button.click()
    statuses = {v: s for v, s, _g, _a in stored_plans(ctx, case_id)}
    assert statuses[plan_version] is PlanStatus.DRAFT
    assert panel.badge.text() == "Draft"
    assert panel.current_state.isReadOnly()  # the principal still cannot edit it
    notes = ctx.read(lambda s, a: [t.notes for t in s.scalars(select(Task).where(Task.case_id == case_id))])
    assert "측정 방법 보완" in notes


def test_homeroom_teacher_sees_no_plan_of_their_class(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("homeroom")
    case_id = ctx.read(
        lambda s, a: next(
            c.id
            for c in s.scalars(select(SupportCase))
            if c.student.grade == a.homeroom_grade
            and c.student.class_no == a.homeroom_class
            and c.manager_id != a.staff_id
        )
    )
    panel = PlanPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.message.text() == "This case does not exist."
    assert panel.goals_model.rowCount() == 0 and panel.version.count() == 0
    for button in (panel.new_version_button, panel.save_button, panel.approve_button, panel.add_goal_button):
        assert not button.isVisibleTo(panel)


def test_unsaved_plan_edits_are_not_lost_when_the_window_closes(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.case_detail import case_window

    ctx = demo_context("coordinator")
    case_id = case_without_plan(ctx)
    window = case_window.open_case_window(ctx, case_id)
    panel = window.panel(PlanPanel)
    window.tabs.setCurrentWidget(panel)  # type: ignore[union-attr]
    panel.new_version_button.click()
    panel.current_state.setPlainText("등교 불규칙")
    assert panel.has_unsaved_changes()

    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.Cancel]
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not window.close()  # Cancel: the window stays, with the text
    assert window.isVisible() and panel.current_state.toPlainText() == "등교 불규칙"
    assert asked and "not saved" in asked[0]

    answers.append(QMessageBox.StandardButton.Save)
    assert window.close()
    stored = ctx.read(
        lambda s, a: s.scalars(select(SupportPlan.current_state).where(SupportPlan.case_id == case_id)).all()
    )
    assert stored == ["등교 불규칙"]
