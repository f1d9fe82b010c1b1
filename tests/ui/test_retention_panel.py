"""The retention panel: the purge preview, the typed confirmation and the purge on the runner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.models import AuditEvent, EnrolmentStatus, Student, SupportCase
from desktop.ui.admin.retention_panel import PurgeConfirmDialog, RetentionPanel
from desktop.ui.context import AppContext
from tests.ui.helpers import type_text


def _make_due(ctx: AppContext, count_with_cases: int = 1) -> list[tuple[int, str]]:
    """Mark demo students as having left school at 19+: one (or more) with cases, one without."""
    with ctx.vault.session() as session:
        with_cases = list(
            session.scalars(
                select(Student).where(Student.id.in_(select(SupportCase.student_id))).order_by(Student.id)
            )
        )[:count_with_cases]
        without = session.scalars(
            select(Student).where(Student.id.not_in(select(SupportCase.student_id))).order_by(Student.id)
        ).first()
        assert without is not None
        chosen = [*with_cases, without]
        for student in chosen:
            student.status = EnrolmentStatus.LEFT
            student.birth_date = date(2000, 1, 1)
        session.commit()
        return [(s.id, s.name) for s in chosen]


def _shown(panel: RetentionPanel, column: int) -> list[str]:
    return [panel.proxy.index(i, column).data() for i in range(panel.proxy.rowCount())]


def test_preview_lists_masked_names_and_purge_runs_after_typed_confirmation(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    due = _make_due(ctx)
    panel = RetentionPanel(ctx)
    qtbot.addWidget(panel)
    panel.refresh()

    assert panel.proxy.rowCount() == 2
    names = _shown(panel, 1)
    assert sorted(names) == sorted(n[0] + "*" * (len(n) - 2) + n[-1] for _i, n in due)
    assert not any(name in " ".join(names) for _i, name in due)
    assert "2 students due" in panel.count_label.text()
    assert not panel.purge_button.isEnabled()

    asked: list[tuple[int, int]] = []
    panel.confirm = lambda students, cases: asked.append((students, cases)) or True
    qtbot.mouseClick(panel.select_all_button, Qt.MouseButton.LeftButton)
    assert panel.purge_button.isEnabled()
    with qtbot.waitSignal(panel.purged, timeout=30_000):
        qtbot.mouseClick(panel.purge_button, Qt.MouseButton.LeftButton)

    assert asked and asked[0][0] == 2 and asked[0][1] >= 1
    assert panel.proxy.rowCount() == 0
    assert "2 students" in panel.status_label.text()
    with ctx.vault.session() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(Student).where(Student.id.in_([i for i, _ in due]))
            )
            == 0
        )
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "purge")).one()
        assert event.detail["students"] == 2
        assert not any(name in str(event.detail) for _i, name in due)


def test_declining_the_confirmation_deletes_nothing(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    due = _make_due(ctx)
    panel = RetentionPanel(ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    panel.confirm = lambda _students, _cases: False
    panel.table.selectAll()

    panel.purge_selected()

    assert not ctx.runner.busy()
    assert panel.proxy.rowCount() == 2
    with ctx.vault.session() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(Student).where(Student.id.in_([i for i, _ in due]))
            )
            == 2
        )


def test_confirmation_needs_the_exact_number(qtbot: QtBot) -> None:
    dialog = PurgeConfirmDialog(12, 30)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()

    type_text(qtbot, dialog.number_edit, "13")
    assert not dialog.ok_button.isEnabled()
    assert "12" in dialog.error_label.text()
    dialog.number_edit.clear()
    type_text(qtbot, dialog.number_edit, "12")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PurgeConfirmDialog.DialogCode.Accepted


@pytest.mark.parametrize("username", ["principal", "homeroom"])
def test_other_roles_see_nothing_and_cannot_purge(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], username: str
) -> None:
    ctx = demo_context(username)
    _make_due(ctx)  # there is something due, but not for them
    panel = RetentionPanel(ctx)
    qtbot.addWidget(panel)
    panel.refresh()

    assert panel.proxy.rowCount() == 0
    assert not panel.purge_button.isEnabled()
    assert not panel.table.isEnabled()
    assert "administrator" in panel.status_label.text()
