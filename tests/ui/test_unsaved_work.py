"""Nothing typed is lost: every dialog with editable text asks Save / Discard / Cancel before it
closes with changes — on Esc, on its Cancel button and on the window's close button. Cancel goes
back to the text, Discard is the only way to lose it, Save stores it. Switching away from a case
window's tab with unsaved edits asks too.

(Password and PIN dialogs are left out: a password is never kept. The meeting window has its own
tests.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    AuditEvent,
    CaseNote,
    CaseState,
    CaseStateChange,
    Consent,
    ConsentPurpose,
    Intervention,
    InterventionStatus,
    Organisation,
    Referral,
    StaffAccount,
    SupportPlan,
    SupportRequest,
    SupportSession,
    Task,
)
from desktop.services import listing, plans
from desktop.services.actor import Actor
from desktop.services.interventions import assignment_choices, case_interventions
from desktop.services.students import pickable_students
from desktop.ui.admin.account_dialogs import NewAccountDialog
from desktop.ui.case_detail.consents_panel import ConsentsPanel
from desktop.ui.case_detail.intervention_dialogs import AssignInterventionDialog, LogSessionDialog
from desktop.ui.case_detail.notes_panel import NotesPanel
from desktop.ui.case_detail.overview_panel import OverviewPanel
from desktop.ui.case_detail.plan_dialogs import ActionDialog, GoalDialog, ReturnPlanDialog
from desktop.ui.case_detail.referral_dialogs import NewReferralDialog, OutcomeDialog
from desktop.ui.case_detail.referrals_panel import ReferralsPanel
from desktop.ui.context import AppContext
from desktop.ui.requests.request_dialog import RequestDialog
from desktop.ui.resources.organisation_dialog import OrganisationDialog
from desktop.ui.tasks.tasks_view import NewTaskDialog
from tests.ui.helpers import answer_questions, type_text

TYPED = "오늘 상담에서 들은 이야기"
Save, Discard, Cancel = (
    QMessageBox.StandardButton.Save,
    QMessageBox.StandardButton.Discard,
    QMessageBox.StandardButton.Cancel,
)


def count(model: Any, *where: Any) -> Callable[[AppContext], int]:
    """How many rows of `model` are stored (matching `where`)."""

    def read(ctx: AppContext) -> int:
        return int(ctx.read(lambda s, a: s.scalar(select(func.count()).select_from(model).where(*where))))

    return read


def first(ctx: AppContext, query: Callable[[Session], Any]) -> Any:
    return ctx.read(lambda s, a: query(s))


def case_in(ctx: AppContext, state: CaseState) -> int:
    return next(r.id for r in ctx.read(listing.cases) if r.state is state)


def pick_first(combo: QComboBox) -> None:
    """Choose the first real entry of a combo box that starts with a "none" entry."""
    if combo.currentData() is None:
        combo.setCurrentIndex(1)


def panel_dialog(ctx: AppContext, qtbot: QtBot, panel: QWidget, action: Callable[[], None]) -> QDialog:
    """The dialog a panel's action opens (its exec returns at once; the test shows and drives it)."""
    qtbot.addWidget(panel)
    opened: list[QDialog] = []
    original = QDialog.exec
    QDialog.exec = lambda dialog: (opened.append(dialog), 0)[1]  # type: ignore[method-assign, assignment]
    try:
        action()
    finally:
        QDialog.exec = original  # type: ignore[method-assign]
    assert opened, "the action opened no dialog"
    return opened[-1]


# --- how each dialog is opened -------------------------------------------------------------


def open_request(ctx: AppContext, qtbot: QtBot) -> QDialog:
    dialog = RequestDialog(ctx, ctx.read(pickable_students)[0].id)
    next(iter(dialog.domain_boxes.values())).setChecked(True)
    return dialog


def open_note(ctx: AppContext, qtbot: QtBot) -> QDialog:
    panel = NotesPanel(ctx, case_in(ctx, CaseState.ACTIVE))
    return panel_dialog(ctx, qtbot, panel, panel.add_note)


def open_consent(ctx: AppContext, qtbot: QtBot) -> QDialog:
    panel = ConsentsPanel(ctx, case_in(ctx, CaseState.SELECTED))
    return panel_dialog(ctx, qtbot, panel, panel.record_consent)


def open_withdrawal(ctx: AppContext, qtbot: QtBot) -> QDialog:
    panel = ConsentsPanel(ctx, case_in(ctx, CaseState.ACTIVE))
    panel.refresh()
    row = next(i for i, r in enumerate(panel.model.rows()) if r.valid and r.purpose is ConsentPurpose.SUPPORT)
    panel.table.selectRow(row)
    return panel_dialog(ctx, qtbot, panel, panel.withdraw_selected)


def open_assignment(ctx: AppContext, qtbot: QtBot) -> QDialog:
    dialog = AssignInterventionDialog(ctx, case_in(ctx, CaseState.ACTIVE), ctx.read(assignment_choices))
    pick_first(dialog.type_combo)
    pick_first(dialog.staff_combo)
    return dialog


def open_session(ctx: AppContext, qtbot: QtBot) -> QDialog:
    case_id = first(
        ctx,
        lambda s: s.scalar(
            select(Intervention.case_id)
            .where(Intervention.status == InterventionStatus.ACTIVE, Intervention.started_on.is_not(None))
            .order_by(Intervention.id)
        ),
    )
    rows = ctx.read(lambda s, a: case_interventions(s, a, case_id))
    row = next(r for r in rows if r.status is InterventionStatus.ACTIVE and r.started_on is not None)
    dialog = LogSessionDialog(ctx, row)
    dialog.date_edit.setDate(max(row.started_on, date.today()))
    return dialog


def open_goal(ctx: AppContext, qtbot: QtBot) -> QDialog:
    return GoalDialog(ctx.read(plans.plan_choices).domains)


def open_action(ctx: AppContext, qtbot: QtBot) -> QDialog:
    choices = ctx.read(plans.plan_choices)
    dialog = ActionDialog(choices.staff, choices.organisations, [], None)
    pick_first(dialog.provider_staff)
    return dialog


def open_new_referral(ctx: AppContext, qtbot: QtBot) -> QDialog:
    panel = ReferralsPanel(ctx, case_in(ctx, CaseState.ACTIVE))
    dialog = panel_dialog(ctx, qtbot, panel, panel.new_referral)
    assert isinstance(dialog, NewReferralDialog)
    pick_first(dialog.organisation_combo)
    return dialog


def open_state_reason(ctx: AppContext, qtbot: QtBot) -> QDialog:
    panel = OverviewPanel(ctx, case_in(ctx, CaseState.UNDER_REVIEW))
    return panel_dialog(ctx, qtbot, panel, lambda: panel.move_to(CaseState.ON_HOLD))


def open_case_about(ctx: AppContext, qtbot: QtBot) -> QDialog:
    panel = OverviewPanel(ctx, case_in(ctx, CaseState.UNDER_REVIEW))
    panel.refresh()
    return panel_dialog(ctx, qtbot, panel, panel.edit_about)


def open_organisation(ctx: AppContext, qtbot: QtBot) -> QDialog:
    return OrganisationDialog(ctx, None)


def open_account(ctx: AppContext, qtbot: QtBot) -> QDialog:
    dialog = NewAccountDialog(ctx)
    dialog.username_edit.setText("nurse1")
    dialog.passwords.password.setText("보건실 창문 2026")
    dialog.passwords.repeat.setText("보건실 창문 2026")
    return dialog


@dataclass(frozen=True)
class Form:
    name: str
    account: str
    open: Callable[[AppContext, QtBot], QDialog]
    field: str
    stored: Callable[[AppContext], int] | None = field(default=None)
    """How many of its records are stored; None for a dialog whose opener stores what it accepts."""


FORMS = [
    Form("support request", "homeroom", open_request, "description", count(SupportRequest)),
    Form("note", "coordinator", open_note, "text", count(CaseNote)),
    Form("consent", "coordinator", open_consent, "notes", count(Consent)),
    Form(
        "consent withdrawal",
        "coordinator",
        open_withdrawal,
        "reason",
        count(Consent, Consent.withdrawn_on.is_not(None)),
    ),
    Form("intervention", "coordinator", open_assignment, "title_edit", count(Intervention)),
    Form("session", "coordinator", open_session, "notes", count(SupportSession)),
    Form("plan goal", "coordinator", open_goal, "goal"),
    Form("plan action", "coordinator", open_action, "description"),
    Form("plan returned", "principal", lambda ctx, qtbot: ReturnPlanDialog(), "reason"),
    Form("referral", "coordinator", open_new_referral, "reason_edit", count(Referral)),
    Form("referral outcome", "coordinator", lambda ctx, qtbot: OutcomeDialog("", False), "outcome_edit"),
    Form("state change reason", "coordinator", open_state_reason, "reason", count(CaseStateChange)),
    Form("case summary", "coordinator", open_case_about, "summary", count(AuditEvent)),
    Form("organisation", "coordinator", open_organisation, "name_edit", count(Organisation)),
    Form("account", "coordinator", open_account, "name_edit", count(StaffAccount)),
    Form("task", "coordinator", lambda ctx, qtbot: NewTaskDialog(ctx), "title", count(Task)),
]


def text_of(widget: Any) -> str:
    return str(widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text())


def cancel_button(dialog: QDialog) -> Any:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Cancel)


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_typed_text_is_lost_only_after_discard(
    form: Form,
    qtbot: QtBot,
    demo_context: Callable[[str], AppContext],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = demo_context(form.account)
    before = form.stored(ctx) if form.stored is not None else None

    def opened() -> tuple[QDialog, QLineEdit | QPlainTextEdit]:
        dialog = form.open(ctx, qtbot)
        qtbot.addWidget(dialog)
        dialog.show()
        box = getattr(dialog, form.field)
        assert isinstance(box, QLineEdit | QPlainTextEdit)
        asked = answer_questions(monkeypatch, Cancel)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not asked and not dialog.isVisible(), "an untouched dialog closes without a question"
        dialog.show()
        type_text(qtbot, box, TYPED)
        return dialog, box

    # Esc, then Cancel in the question: back to the dialog, the text still there.
    dialog, box = opened()
    asked = answer_questions(monkeypatch, Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and TYPED in text_of(box)
    # The Cancel button asks too; the window's close button with Discard loses it, storing nothing.
    cancel_button(dialog).click()
    assert len(asked) == 2 and dialog.isVisible()
    asked = answer_questions(monkeypatch, Discard)
    dialog.close()
    assert asked and not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    if form.stored is not None:
        assert form.stored(ctx) == before

    # Typed again, Cancel button, then Save: stored (or handed to its opener) and closed.
    dialog, box = opened()
    asked = answer_questions(monkeypatch, Save)
    cancel_button(dialog).click()
    assert asked and not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    if form.stored is not None:
        assert form.stored(ctx) == (before or 0) + 1


def test_save_that_cannot_store_keeps_the_dialog_open(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A task without a title cannot be stored: Save leaves the dialog open with its other fields."""
    ctx = demo_context("coordinator")
    tasks_before = count(Task)(ctx)
    dialog = NewTaskDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.has_due.setChecked(False)
    asked = answer_questions(monkeypatch, Save)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and not dialog.has_due.isChecked()
    assert dialog.error.text() == "Give the task a title." and count(Task)(ctx) == tasks_before


def test_leaving_a_case_tab_with_unsaved_edits_asks(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.case_detail import case_window
    from desktop.ui.case_detail.plan_panel import PlanPanel

    ctx = demo_context("coordinator")

    def case_without_plan(s: Session, a: Actor) -> int:
        planned = set(s.scalars(select(SupportPlan.case_id)))
        return next(
            r.id for r in listing.cases(s, a) if r.state is CaseState.CONSENT_PENDING and r.id not in planned
        )

    case_id = ctx.read(case_without_plan)
    window = case_window.open_case_window(ctx, case_id)
    qtbot.addWidget(window)
    tabs = window.tabs
    assert tabs is not None
    plan = window.panel(PlanPanel)
    notes = window.panel(NotesPanel)
    tabs.setCurrentWidget(plan)
    plan.new_version_button.click()
    plan.current_state.setPlainText(TYPED)

    asked = answer_questions(monkeypatch, Cancel)
    tabs.setCurrentWidget(notes)
    assert asked and tabs.currentWidget() is plan and plan.current_state.toPlainText() == TYPED

    answer_questions(monkeypatch, Discard)
    tabs.setCurrentWidget(notes)
    assert tabs.currentWidget() is notes and not plan.has_unsaved_changes()
    assert TYPED not in plan.current_state.toPlainText()
    stored = ctx.read(
        lambda s, a: s.scalars(select(SupportPlan.current_state).where(SupportPlan.case_id == case_id)).all()
    )
    assert TYPED not in stored
    # Nothing unsaved: tabs change without a question.
    asked = answer_questions(monkeypatch, Cancel)
    tabs.setCurrentWidget(plan)
    assert not asked and tabs.currentWidget() is plan
    window.close()


def test_leaving_the_overview_with_changed_case_details_asks(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.case_detail import case_window

    ctx = demo_context("coordinator")
    window = case_window.open_case_window(ctx, case_in(ctx, CaseState.UNDER_REVIEW))
    qtbot.addWidget(window)
    tabs = window.tabs
    assert tabs is not None
    overview = window.panel(OverviewPanel)
    stored_risk = overview.risk.currentIndex()
    overview.risk.setCurrentIndex((stored_risk + 1) % overview.risk.count())

    asked = answer_questions(monkeypatch, Cancel)
    tabs.setCurrentWidget(window.panel(NotesPanel))
    assert asked and tabs.currentWidget() is overview and overview.risk.currentIndex() != stored_risk

    answer_questions(monkeypatch, Discard)
    tabs.setCurrentWidget(window.panel(NotesPanel))
    assert tabs.currentWidget() is not overview and overview.risk.currentIndex() == stored_risk
    assert not overview.has_unsaved_changes()
    window.close()


def test_the_setup_wizard_asks_before_dropping_a_typed_school(
    qtbot: QtBot, tmp_path: Any, runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.setup.wizard import SetupWizard

    wizard = SetupWizard(tmp_path / "new", runner)
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(qtbot, wizard.school_page.school_name, "한빛중학교")
    asked = answer_questions(monkeypatch, Cancel)
    wizard.close()
    assert asked and wizard.isVisible() and wizard.school_page.school_name.text() == "한빛중학교"
    answer_questions(monkeypatch, Discard)
    wizard.close()
    assert not wizard.isVisible()
