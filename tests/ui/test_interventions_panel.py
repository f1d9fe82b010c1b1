"""The Interventions tab and the workload table, driven on the demo school as different roles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.models import (
    Attendance,
    CaseState,
    Intervention,
    InterventionStatus,
    StaffAccount,
    SupportCase,
    SupportSession,
)
from desktop.services import cases, restricted_text
from desktop.services.interventions import assign_intervention, set_intervention_status
from desktop.services.workload import staff_workload
from desktop.ui.case_detail.intervention_dialogs import (
    AssignInterventionDialog,
    LogSessionDialog,
    StatusDialog,
    workload_text,
)
from desktop.ui.case_detail.interventions_panel import InterventionsPanel
from desktop.ui.context import AppContext
from desktop.ui.resources.workload_view import WorkloadView
from desktop.ui.widgets.row_table_model import ROW_ROLE
from tests.ui.helpers import type_text

ContextFactory = Callable[[str], AppContext]


def scalar(ctx: AppContext, stmt: Any) -> Any:
    with ctx.vault.session() as session:
        return session.scalar(stmt)


def staff_id(ctx: AppContext, username: str) -> int:
    return int(scalar(ctx, select(StaffAccount.id).where(StaffAccount.username == username)))


def active_case_with_sessions(ctx: AppContext) -> int:
    """An active case with an active staff intervention that has sessions."""
    return int(
        scalar(
            ctx,
            select(SupportCase.id)
            .join(Intervention, Intervention.case_id == SupportCase.id)
            .join(SupportSession, SupportSession.intervention_id == Intervention.id)
            .where(
                SupportCase.state == CaseState.ACTIVE,
                Intervention.status == InterventionStatus.ACTIVE,
                Intervention.provider_staff_id.is_not(None),
            )
            .order_by(SupportCase.id)
            .limit(1),
        )
    )


def table_texts(panel: InterventionsPanel) -> dict[str, list[str]]:
    """Each visible intervention's title → the texts of its row."""
    model = panel.table.model()
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def column(view_model: Any, title: str) -> int:
    for c in range(view_model.columnCount()):
        if view_model.headerData(c, Qt.Orientation.Horizontal) == title:
            return c
    raise AssertionError(title)


def shown(button: QWidget, panel: QWidget) -> bool:
    return button.isVisibleTo(panel)


def make_panel(qtbot: QtBot, ctx: AppContext, case_id: int) -> InterventionsPanel:
    panel = InterventionsPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_coordinator_sees_hours_done_against_planned(qtbot: QtBot, demo_context: ContextFactory) -> None:
    ctx = demo_context("coordinator")
    case_id = active_case_with_sessions(ctx)
    panel = make_panel(qtbot, ctx, case_id)
    with ctx.vault.session() as s:
        interventions = list(s.scalars(select(Intervention).where(Intervention.case_id == case_id)))
        expected = {}
        for i in interventions:
            minutes = s.scalar(
                select(func.coalesce(func.sum(SupportSession.duration_minutes), 0)).where(
                    SupportSession.intervention_id == i.id, SupportSession.attendance == Attendance.ATTENDED
                )
            )
            expected[i.title] = f"{minutes / 60:.1f} / {i.planned_hours:.1f} h"
    texts = table_texts(panel)
    hours = column(panel.table.model(), "Hours done / planned")
    assert {title: row[hours] for title, row in texts.items()} == expected
    # The first intervention is selected and its sessions are listed below, newest first.
    selected = panel.selected()
    assert selected is not None
    sessions = panel.sessions_table.model()
    dates = [sessions.index(r, 0).data(ROW_ROLE).held_on for r in range(sessions.rowCount())]
    assert dates and dates == sorted(dates, reverse=True)
    assert len(dates) == selected.session_count
    for button in (panel.assign_button, panel.start_button, panel.complete_button, panel.stop_button):
        assert shown(button, panel)


def test_assign_dialog_lists_staff_with_workload_and_stores(
    qtbot: QtBot, demo_context: ContextFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    case_id = active_case_with_sessions(ctx)
    panel = make_panel(qtbot, ctx, case_id)
    counselor = staff_id(ctx, "counselor")
    workload = {r.staff_id: r for r in ctx.read(staff_workload)}
    seen: dict[str, str] = {}

    def fill_and_ok(dialog: AssignInterventionDialog) -> int:
        combo = dialog.staff_combo
        index = combo.findData(counselor)
        seen["item"] = combo.itemText(index)
        # OK with no title is refused in the dialog, with the reason shown.
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.error.text()
        type_text(qtbot, dialog.title_edit, "정서 지원 소그룹 상담")
        dialog.select_staff(counselor)
        dialog.planned_hours.setValue(8)
        dialog.weekly_hours.setValue(1.5)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AssignInterventionDialog, "exec", fill_and_ok)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)

    row = workload[counselor]
    assert workload_text(row) in seen["item"]
    noun = "intervention" if row.current_interventions == 1 else "interventions"
    assert f"{row.current_interventions} {noun} · {row.weekly_hours:.1f} h/week" in seen["item"]
    assert seen["error"] == "Enter a title for the intervention."
    with ctx.vault.session() as s:
        stored = s.scalars(
            select(Intervention).where(
                Intervention.case_id == case_id, Intervention.title == "정서 지원 소그룹 상담"
            )
        ).one()
        assert (stored.provider_staff_id, stored.status, stored.planned_hours, stored.weekly_hours) == (
            counselor,
            InterventionStatus.PLANNED,
            8,
            1.5,
        )
    selected = panel.selected()
    assert selected is not None and selected.title == "정서 지원 소그룹 상담"
    assert table_texts(panel)["정서 지원 소그룹 상담"][
        column(panel.table.model(), "Hours done / planned")
    ] == ("0.0 / 8.0 h")
    # A planned intervention can be started or stopped, not completed, and has no sessions to log yet.
    assert panel.start_button.isEnabled() and panel.stop_button.isEnabled()
    assert not panel.complete_button.isEnabled() and not panel.log_button.isEnabled()

    def ok(dialog: StatusDialog) -> int:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(StatusDialog, "exec", ok)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    with ctx.vault.session() as s:
        started = s.get(Intervention, stored.id)
        assert started is not None and (started.status, started.started_on) == (
            InterventionStatus.ACTIVE,
            date.today(),
        )
    assert panel.complete_button.isEnabled() and panel.log_button.isEnabled()
    assert not panel.start_button.isEnabled()


def test_log_session_dialog_validates_then_stores(
    qtbot: QtBot, demo_context: ContextFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    case_id = active_case_with_sessions(ctx)
    panel = make_panel(qtbot, ctx, case_id)
    target = next(
        panel.model.row_at(r)
        for r in range(panel.model.rowCount())
        if panel.model.row_at(r).status is InterventionStatus.ACTIVE
    )
    panel.select_intervention(target.id)
    before = target.session_count
    errors: list[str] = []

    def fill_and_ok(dialog: LogSessionDialog) -> int:
        dialog.duration.setValue(0)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        errors.append(dialog.error.text())
        dialog.duration.setValue(50)
        dialog.rating.setCurrentIndex(dialog.rating.findData(4))
        type_text(qtbot, dialog.notes, "읽기 유창성 향상")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(LogSessionDialog, "exec", fill_and_ok)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # Enter on the selected row logs a session
    assert errors == ["Enter how many minutes the session lasted."]
    with ctx.vault.session() as s:
        stored = s.scalars(
            select(SupportSession)
            .where(SupportSession.intervention_id == target.id)
            .order_by(SupportSession.id.desc())
        ).first()
        assert stored is not None
        assert (stored.held_on, stored.duration_minutes, stored.progress_rating, stored.notes) == (
            date.today(),
            50,
            4,
            "읽기 유창성 향상",
        )
    assert panel.selected() is not None and panel.selected().session_count == before + 1  # type: ignore[union-attr]
    first = panel.sessions_table.model().index(0, 0).data(ROW_ROLE)
    assert first.id == stored.id
    notes = column(panel.sessions_table.model(), "Notes")
    assert panel.sessions_table.model().index(0, notes).data() == "읽기 유창성 향상"


def test_homeroom_provider_may_log_sessions_and_nothing_else(
    qtbot: QtBot, demo_context: ContextFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    case_id = active_case_with_sessions(ctx)
    teacher = staff_id(ctx, "homeroom")
    made = ctx.write(
        lambda s, a: (
            assign_intervention(
                s,
                a,
                case_id,
                title="방과후 학습 지도",
                support_type_id=None,
                provider_staff_id=teacher,
                planned_hours=10,
                weekly_hours=1,
            ).id
        )
    )
    ctx.write(lambda s, a: set_intervention_status(s, a, made, InterventionStatus.ACTIVE))

    ctx = demo_context("homeroom")
    panel = make_panel(qtbot, ctx, case_id)
    with ctx.vault.session() as s:
        provided = set(
            s.scalars(
                select(Intervention.title).where(
                    Intervention.case_id == case_id, Intervention.provider_staff_id == teacher
                )
            )
        )
    assert "방과후 학습 지도" in provided
    assert set(table_texts(panel)) == provided  # only what they provide
    panel.select_intervention(made)
    for button in (panel.assign_button, panel.start_button, panel.complete_button, panel.stop_button):
        assert not shown(button, panel)
    assert shown(panel.log_button, panel) and panel.log_button.isEnabled()

    def fill_and_ok(dialog: LogSessionDialog) -> int:
        dialog.restricted.setChecked(True)
        type_text(qtbot, dialog.notes, "가정 내 갈등 언급")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(LogSessionDialog, "exec", fill_and_ok)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.log_button, Qt.MouseButton.LeftButton)
    with ctx.vault.session() as s:
        stored = s.scalars(select(SupportSession).where(SupportSession.intervention_id == made)).one()
        assert (stored.author_id, stored.restricted) == (teacher, True)
        assert "갈등" not in stored.notes  # stored sealed; the author's keys open it
        assert restricted_text.reveal(s, stored.notes, restricted_text.SESSION_NOTE) == "가정 내 갈등 언급"
    # The author reads their own restricted notes.
    notes = column(panel.sessions_table.model(), "Notes")
    assert "가정 내 갈등 언급" in panel.sessions_table.model().index(0, notes).data()


def restricted_session(ctx: AppContext) -> tuple[int, int, str]:
    """A restricted session with notes: case, intervention and the notes (opened with the
    coordinator's keys, as the stored text is sealed)."""
    with ctx.vault.session() as s:
        row = s.execute(
            select(Intervention.case_id, Intervention.id, SupportSession.notes)
            .join(SupportSession, SupportSession.intervention_id == Intervention.id)
            .where(SupportSession.restricted.is_(True), SupportSession.notes != "")
            .order_by(SupportSession.id)
            .limit(1)
        ).one()
        text = restricted_text.reveal(s, row[2], restricted_text.SESSION_NOTE)
        assert text is not None and text != row[2]
        return row[0], row[1], text


def session_notes(panel: InterventionsPanel) -> list[str]:
    notes = column(panel.sessions_table.model(), "Notes")
    return [
        panel.sessions_table.model().index(r, notes).data()
        for r in range(panel.sessions_table.model().rowCount())
    ]


def test_restricted_notes_hidden_from_head_teacher_shown_to_principal(
    qtbot: QtBot, demo_context: ContextFactory
) -> None:
    case_id, intervention_id, text = restricted_session(demo_context("coordinator"))
    ctx = demo_context("headteacher")
    panel = make_panel(qtbot, ctx, case_id)
    panel.select_intervention(intervention_id)
    texts = session_notes(panel)
    assert "(restricted)" in texts and text not in texts
    for button in (panel.assign_button, panel.log_button, panel.start_button):
        assert not shown(button, panel)

    ctx = demo_context("principal")
    panel = make_panel(qtbot, ctx, case_id)
    panel.select_intervention(intervention_id)
    assert any(text in t for t in session_notes(panel))
    assert "(restricted)" not in session_notes(panel)
    for button in (panel.assign_button, panel.log_button, panel.complete_button):
        assert not shown(button, panel)


def test_workload_view_lists_active_staff_with_their_load(qtbot: QtBot, demo_context: ContextFactory) -> None:
    ctx = demo_context("coordinator")
    view = WorkloadView(ctx)
    qtbot.addWidget(view)
    expected = ctx.read(staff_workload)
    proxy = view.table.model()
    assert proxy.rowCount() == len(expected) > 5
    busiest = max(expected, key=lambda r: r.weekly_hours)
    hours = column(proxy, "Hours/week")
    current = column(proxy, "Current interventions")
    type_text(qtbot, view.search_field, busiest.display_name)
    assert proxy.rowCount() >= 1
    shown_row = next(
        r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ROW_ROLE).staff_id == busiest.staff_id
    )
    assert proxy.index(shown_row, hours).data() == f"{busiest.weekly_hours:.1f}"
    assert proxy.index(shown_row, current).data() == str(busiest.current_interventions)
    assert busiest.current_interventions > 0


def test_workload_view_is_empty_for_a_homeroom_teacher(qtbot: QtBot, demo_context: ContextFactory) -> None:
    view = WorkloadView(demo_context("homeroom"))
    qtbot.addWidget(view)
    assert view.table.model().rowCount() == 0


def test_start_waits_for_the_plan_says_why_and_emergency_support_opens_it(
    qtbot: QtBot, demo_context: ContextFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    case_id = int(
        scalar(
            ctx,
            select(SupportCase.id)
            .where(SupportCase.state == CaseState.CONSENT_PENDING)
            .order_by(SupportCase.id)
            .limit(1),
        )
    )
    made = ctx.write(
        lambda s, a: (
            assign_intervention(
                s,
                a,
                case_id,
                title="기초학력 보충",
                support_type_id=None,
                provider_staff_id=a.staff_id,
                planned_hours=6,
                weekly_hours=1,
            ).id
        )
    )
    panel = make_panel(qtbot, ctx, case_id)
    panel.select_intervention(made)
    assert not panel.start_button.isEnabled()
    assert panel.start_button.toolTip() == (
        "Support can start only once the support plan is approved, or after emergency support is started."
    )

    ctx.write(lambda s, a: cases.start_emergency_support(s, a, case_id, reason="보호자 연락 두절, 결식 우려"))
    panel.refresh()
    panel.select_intervention(made)
    assert panel.start_button.isEnabled() and panel.start_button.toolTip() == ""
    monkeypatch.setattr(
        StatusDialog, "exec", lambda d: qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton) or d.result()
    )
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    with ctx.vault.session() as s:
        stored = s.get(Intervention, made)
        assert stored is not None and stored.status is InterventionStatus.ACTIVE
