"""One case from request to closure, driven through the GUI as the team would: the coordinator
files a request, opens a case from the intake queue, selects the student, records both consents,
writes a support plan that the principal approves, assigns an intervention and an external
referral, logs sessions, reviews and closes the case. Every dialog is filled and confirmed through
its own widgets and OK button; what is stored and what is shown are checked along the way."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import (
    CaseState,
    CaseStateChange,
    Consent,
    ConsentPurpose,
    Intervention,
    InterventionStatus,
    Organisation,
    OrganisationKind,
    PlanStatus,
    Referral,
    ReferralStatus,
    RequestStatus,
    SupportCase,
    SupportPlan,
    SupportRequest,
    SupportSession,
    Task,
    TaskKind,
    TaskStatus,
)
from desktop.services import listing
from desktop.ui.case_detail import case_window
from desktop.ui.case_detail.case_window import CaseWindow, open_case_window
from desktop.ui.case_detail.consents_panel import ConsentsPanel
from desktop.ui.case_detail.interventions_panel import InterventionsPanel
from desktop.ui.case_detail.overview_panel import OverviewPanel
from desktop.ui.case_detail.plan_panel import PlanPanel
from desktop.ui.case_detail.referrals_panel import ReferralsPanel
from desktop.ui.case_detail.timeline_panel import TimelinePanel
from desktop.ui.cases.cases_view import CasesView
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.requests.request_dialog import RequestDialog
from desktop.ui.tasks.tasks_view import TasksView
from tests.ui.helpers import refreshed, type_text, wait_loaded

Step = Callable[[Any], None]


class Dialogs:
    """Stands in for the user at each modal dialog: `exec()` runs the next scripted step (which
    fills the dialog's widgets and presses its OK button) and returns what the dialog decided."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.steps: deque[tuple[type[QDialog], Step]] = deque()
        self.seen: list[str] = []
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self._exec(dialog))

    def expect(self, kind: type[QDialog] | str, step: Step) -> None:
        self.steps.append((kind, step))  # type: ignore[arg-type]

    def _exec(self, dialog: QDialog) -> int:
        assert self.steps, f"unexpected dialog {type(dialog).__name__}"
        kind, step = self.steps.popleft()
        name = kind if isinstance(kind, str) else kind.__name__
        assert type(dialog).__name__ == name, f"expected {name}, got {type(dialog).__name__}"
        self.seen.append(name)
        step(dialog)
        return int(dialog.result())

    def done(self) -> None:
        assert not self.steps, f"dialogs never shown: {[k for k, _ in self.steps]}"


def pick(combo: QComboBox, data: Any = None) -> None:
    """Choose the item with this data, or the first real item (not a "— choose —" placeholder)."""
    if data is not None:
        index = combo.findData(data)
    else:
        index = next(i for i in range(combo.count()) if combo.itemData(i) is not None)
    assert index >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)


def ok(dialog: Any) -> None:
    button = getattr(dialog, "ok_button", None) or dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert button.isEnabled(), getattr(dialog, "problem", None)
    button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, "the dialog refused its input"


def stored(ctx: AppContext, query: Callable[[Any], Any]) -> Any:
    with ctx.vault.session() as session:
        return query(session)


@pytest.fixture(autouse=True)
def _close_windows() -> Any:
    yield
    for window in case_window.open_windows():
        window.close()


def test_a_case_from_request_to_closure(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = Dialogs(monkeypatch)
    ctx = demo_context("coordinator")
    student = next(r for r in ctx.read(listing.students) if r.case_code is None and r.grade == 4)
    organisation_id, organisation_name = stored(
        ctx,
        lambda s: s.execute(
            select(Organisation.id, Organisation.name)
            .where(Organisation.active.is_(True), Organisation.kind == OrganisationKind.MENTAL_HEALTH_CENTER)
            .limit(1)
        ).one(),
    )
    main = MainWindow(ctx, remember_geometry=False)
    qtbot.addWidget(main)
    main.show()

    # --- 1. The request, filed from anywhere with Ctrl+Shift+N.
    def fill_request(d: RequestDialog) -> None:
        pick(d.student_combo, student.id)
        pick(d.requester_kind, "staff")
        d.domain_boxes["emotional"].setChecked(True)
        d.domain_boxes["learning"].setChecked(True)
        type_text(qtbot, d.description, "수업 중 무기력, 잦은 결석")
        d.evidence_basic_skills.setPlainText("기초학력 진단: 읽기 미도달")
        d.evidence_teacher_opinion.setPlainText("담임 의견: 정서 지원 필요")
        d.evidence_guardian_counselling.setPlainText("보호자 상담: 가정 내 돌봄 공백")
        ok(d)

    dialogs.expect(RequestDialog, fill_request)
    handle = main.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(
        main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert dialogs.seen == ["RequestDialog"]
    request = stored(
        ctx, lambda s: s.scalars(select(SupportRequest).where(SupportRequest.student_id == student.id)).one()
    )
    assert request.status is RequestStatus.NEW and request.evidence_basic_skills.startswith("기초학력")

    # --- 2. The intake queue: open a case with the coordinator as case manager.
    main.show_area("cases")
    cases = main.areas["cases"]
    assert isinstance(cases, CasesView) and cases.intake is not None
    wait_loaded(qtbot, cases)
    cases.show_intake()
    # The queue's count: read with the tab, or on the worker once the list was painted.
    assert cases.tabs is not None
    qtbot.waitUntil(lambda: cases.tabs is not None and cases.tabs.tabText(1).startswith("Intake queue ("))
    queue = cases.intake
    queue._select(request.id)
    assert queue.current() is not None and queue.current().id == request.id  # type: ignore[union-attr]

    def open_case(d: Any) -> None:
        pick(d.manager, ctx.actor.staff_id)
        pick(d.priority, "high")
        ok(d)

    dialogs.expect("OpenCaseDialog", open_case)
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    windows = case_window.open_windows()
    assert len(windows) == 1
    window: CaseWindow = windows[0]
    case_id = window.case_id
    case = stored(ctx, lambda s: s.get(SupportCase, case_id))
    assert case.state is CaseState.UNDER_REVIEW and case.manager_id == ctx.actor.staff_id
    assert window.state_label.text() == "Under review"
    assert student.name in window.student_label.text()
    assert queue.model.rowCount() == 0 or request.id not in {r.id for r in queue.model.rows()}

    overview = window.panel(OverviewPanel)

    def move(to: CaseState, reason: str | None = None) -> None:
        action = overview.procedure.move_actions[to]
        assert action.isEnabled(), f"moving to {to} was refused"
        if reason is not None:

            def give_reason(d: Any) -> None:
                type_text(qtbot, d.reason, reason)
                d.buttons.button(d.buttons.StandardButton.Ok).click()

            dialogs.expect("ReasonDialog", give_reason)
        if to is overview.procedure.next_state:  # the one next step is a button of its own
            overview.procedure.next_button.click()
        else:  # the others are in the "Other state…" menu
            action.trigger()
        assert stored(ctx, lambda s: s.get(SupportCase, case_id).state) is to
        assert window.state_label.text() == overview_label(to)

    # --- 3. Selection, then consents. Planning is refused until both consents are recorded.
    move(CaseState.SELECTED)
    move(CaseState.CONSENT_PENDING)
    assert not overview.procedure.move_actions[CaseState.PLANNING].isEnabled()
    assert overview.procedure.needs_label.text() == "Consents of the student and the guardian: 2 missing"

    consents = window.panel(ConsentsPanel)
    window.tabs.setCurrentWidget(consents)  # type: ignore[union-attr]

    def consent(party: str, purpose: str, name: str) -> Step:
        def fill(d: Any) -> None:
            pick(d.party, party)
            d.party_name.setText(name)
            pick(d.purpose, purpose)
            if purpose == "sharing":
                pick(d.organisation, organisation_id)
            pick(d.method, "written")
            ok(d)

        return fill

    for party, purpose, name in [
        ("student", "support", student.name),
        ("guardian", "support", "보호자"),
        ("student", "sharing", student.name),
        ("guardian", "sharing", "보호자"),
    ]:
        dialogs.expect("RecordConsentDialog", consent(party, purpose, name))
        consents.record_button.click()
    assert consents.status.text() == "Consent to support — student: valid, guardian: valid"
    recorded = stored(ctx, lambda s: s.scalars(select(Consent).where(Consent.case_id == case_id)).all())
    assert sorted((c.party.value, c.purpose.value, c.given) for c in recorded) == [
        ("guardian", "sharing", True),
        ("guardian", "support", True),
        ("student", "sharing", True),
        ("student", "support", True),
    ]
    assert {c.recipient_organisation_id for c in recorded if c.purpose is ConsentPurpose.SHARING} == {
        organisation_id
    }
    move(CaseState.PLANNING)
    # Support cannot start before the principal approved a plan.
    assert not overview.procedure.move_actions[CaseState.ACTIVE].isEnabled()
    assert overview.procedure.needs_label.text() == "The support plan is not written yet"

    # --- 4. The support plan: a draft with a goal and an action, submitted for approval.
    plan = window.panel(PlanPanel)
    window.tabs.setCurrentWidget(plan)  # type: ignore[union-attr]
    plan.new_version_button.click()
    type_text(qtbot, plan.current_state, "등교 불규칙, 정서적 위축")
    plan.strengths.setPlainText("미술 활동에 흥미")
    plan.monitoring.setPlainText("월 1회 담임·상담교사 점검")

    def goal(d: Any) -> None:
        pick(d.domain)
        d.goal.setText("주 4일 이상 등교")
        d.measure.setText("출결 기록")
        ok(d)

    dialogs.expect("GoalDialog", goal)
    plan.add_goal_button.click()

    def action(d: Any) -> None:
        d.description.setText("주 1회 개인 상담")
        d.internal.setChecked(True)
        pick(d.provider_staff, ctx.actor.staff_id)
        pick(d.person_in_charge, ctx.actor.staff_id)
        d.frequency.setText("주 1회 40분")
        ok(d)

    dialogs.expect("ActionDialog", action)
    plan.add_action_button.click()
    plan.submit_button.click()
    plans = stored(ctx, lambda s: s.scalars(select(SupportPlan).where(SupportPlan.case_id == case_id)).all())
    assert [(p.version, p.status) for p in plans] == [(1, PlanStatus.SUBMITTED)]
    assert plans[0].current_state == "등교 불규칙, 정서적 위축"

    # --- 5. The principal approves (their own log-in); the coordinator carries on.
    window.close()
    main.close()
    principal = demo_context("principal")
    approving = open_case_window(principal, case_id)
    principal_plan = approving.panel(PlanPanel)
    approving.tabs.setCurrentWidget(principal_plan)  # type: ignore[union-attr]
    assert principal_plan.approve_button.isVisible() and principal_plan.approve_button.isEnabled()
    assert not approving.panel(OverviewPanel).procedure.next_button.isVisibleTo(approving)  # read-only
    principal_plan.approve_button.click()
    approving.close()
    assert (
        stored(principal, lambda s: s.scalars(select(SupportPlan.status)).all()).count(PlanStatus.APPROVED)
        >= 1
    )

    ctx = demo_context("coordinator")
    window = open_case_window(ctx, case_id)
    overview = window.panel(OverviewPanel)
    assert window.panel(PlanPanel).badge.text() == "Approved"
    review_tasks = stored(
        ctx,
        lambda s: s.scalars(select(Task).where(Task.case_id == case_id, Task.kind == TaskKind.REVIEW)).all(),
    )
    assert review_tasks and all(t.assignee_id == ctx.actor.staff_id for t in review_tasks)
    move(CaseState.ACTIVE)

    # --- 6. An internal intervention and an external one with its referral loop.
    interventions = window.panel(InterventionsPanel)
    window.tabs.setCurrentWidget(interventions)  # type: ignore[union-attr]

    def assign(provider: str) -> Step:
        def fill(d: Any) -> None:
            if provider == "staff":
                d.title_edit.setText("개인 상담")
                d.staff_radio.setChecked(True)
                pick(d.staff_combo, ctx.actor.staff_id)
                assert "h/week" in d.staff_combo.currentText()  # workload visible while assigning
            else:
                d.title_edit.setText("심리 검사 및 치료")
                d.org_radio.setChecked(True)
                pick(d.org_combo, organisation_id)
            pick(d.type_combo)
            d.planned_hours.setValue(10)
            d.weekly_hours.setValue(1)
            ok(d)

        return fill

    dialogs.expect("AssignInterventionDialog", assign("staff"))
    interventions.assign_button.click()
    dialogs.expect("AssignInterventionDialog", assign("organisation"))
    interventions.assign_button.click()
    assigned = stored(
        ctx, lambda s: s.scalars(select(Intervention).where(Intervention.case_id == case_id)).all()
    )
    internal = next(i for i in assigned if i.provider_staff_id is not None)
    external = next(i for i in assigned if i.provider_organisation_id is not None)
    assert external.provider_organisation_id == organisation_id

    referrals = window.panel(ReferralsPanel)
    window.tabs.setCurrentWidget(referrals)  # type: ignore[union-attr]

    def new_referral(d: Any) -> None:
        pick(d.organisation_combo, organisation_id)
        d.reason_edit.setPlainText("심리 평가 및 치료 연계")
        d.buttons.button(d.buttons.StandardButton.Ok).click()

    dialogs.expect("NewReferralDialog", new_referral)
    referrals.new_button.click()

    def send(d: Any) -> None:
        assert not d.override_check.isChecked()  # both sharing consents are there
        d.buttons.button(d.buttons.StandardButton.Ok).click()

    dialogs.expect("SendReferralDialog", send)
    referrals.send_button.click()

    def accepted(d: Any) -> None:
        d.accepted_radio.setChecked(True)
        d.buttons.button(d.buttons.StandardButton.Ok).click()

    dialogs.expect("ResponseDialog", accepted)
    referrals.response_button.click()
    referral = stored(ctx, lambda s: s.scalars(select(Referral).where(Referral.case_id == case_id)).one())
    assert referral.status is ReferralStatus.ACCEPTED and referral.organisation_id == organisation_id
    assert referral.consent_id is not None and referral.consent_override_reason == ""

    # --- 7. Sessions of the internal intervention.
    window.tabs.setCurrentWidget(interventions)  # type: ignore[union-attr]
    interventions.select_intervention(internal.id)
    dialogs.expect("StatusDialog", ok)
    interventions.start_button.click()
    for minutes, notes in ((40, "첫 상담: 관계 형성"), (50, "정서 상태 점검")):

        def log(d: Any, minutes: int = minutes, notes: str = notes) -> None:
            d.duration.setValue(minutes)
            type_text(qtbot, d.notes, notes)
            ok(d)

        dialogs.expect("LogSessionDialog", log)
        interventions.log_button.click()
    sessions = stored(
        ctx,
        lambda s: s.scalars(
            select(SupportSession).where(SupportSession.intervention_id == internal.id)
        ).all(),
    )
    assert sorted(s.duration_minutes for s in sessions) == [40, 50]
    row = interventions.selected()
    assert row is not None and row.id == internal.id
    hours = {r.id: r.hours_done for r in interventions.model.rows()}
    assert hours[internal.id] == pytest.approx(1.5)

    window.tabs.setCurrentWidget(referrals)  # type: ignore[union-attr]
    referrals.select(referral.id)
    dialogs.expect("DeliveredDialog", lambda d: d.buttons.button(d.buttons.StandardButton.Ok).click())
    referrals.delivered_button.click()

    # --- 8. The review: the review task is done in the Tasks area, the case moves to monitoring.
    tasks = TasksView(ctx)
    qtbot.addWidget(tasks)
    refreshed(qtbot, tasks)
    first_review = min(review_tasks, key=lambda t: t.due_on)
    row_index = next(i for i, r in enumerate(tasks.model.rows()) if r.id == first_review.id)
    tasks.table.selectRow(tasks.proxy.mapFromSource(tasks.model.index(row_index, 0)).row())
    tasks.mark_done()
    assert stored(ctx, lambda s: s.get(Task, first_review.id).status) is TaskStatus.DONE
    move(CaseState.MONITORING)

    # --- 9. Closure, with its reason.
    move(CaseState.CLOSED, reason="목표 달성: 주 5일 등교, 상담 종결")
    dialogs.done()

    final = stored(ctx, lambda s: s.get(SupportCase, case_id))
    assert final.state is CaseState.CLOSED and final.closure_reason.startswith("목표 달성")
    history = stored(
        ctx,
        lambda s: [
            c.to_state
            for c in s.scalars(
                select(CaseStateChange).where(CaseStateChange.case_id == case_id).order_by(CaseStateChange.id)
            )
        ],
    )
    assert history == [
        CaseState.UNDER_REVIEW,
        CaseState.SELECTED,
        CaseState.CONSENT_PENDING,
        CaseState.PLANNING,
        CaseState.ACTIVE,
        CaseState.MONITORING,
        CaseState.CLOSED,
    ]
    assert stored(ctx, lambda s: s.get(Intervention, internal.id).status) is InterventionStatus.ACTIVE
    assert stored(ctx, lambda s: s.get(Referral, referral.id).status) is ReferralStatus.DELIVERED
    # What the window shows: the closed state, and the whole story on the timeline.
    assert window.state_label.text() == "Closed"
    assert CaseState.REOPENED in overview.procedure.move_actions
    timeline = window.panel(TimelinePanel)
    shown = [
        " ".join(
            str(timeline.table.model().index(r, c).data())
            for c in range(timeline.table.model().columnCount())
        )
        for r in range(timeline.table.model().rowCount())
    ]
    story = "\n".join(shown)
    for expected in ("to Closed", "to Monitoring", "to Active support", "to Planning"):
        assert expected in story
    assert f"Referral sent to {organisation_name}" in story
    assert "목표 달성" in story  # the closing reason


def overview_label(state: CaseState) -> str:
    from desktop.ui.labels import label

    return label(state)
