"""The Reports area: the period, the committee report through the print flow, and the statistics
export with its file dialog and messages. Dialogs are replaced by stand-ins; the print flow and
the committee document (built by other parts of the team) by fakes that record their calls."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditEvent
from desktop.ui.context import AppContext
from desktop.ui.reports.reports_view import ReportsView
from desktop.ui.widgets import feedback
from tests.ui.helpers import refreshed, wait_loaded


def _view(qtbot: QtBot, ctx: AppContext) -> ReportsView:
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    return view


@pytest.mark.parametrize(
    ("username", "committee", "export"),
    [("coordinator", True, True), ("headteacher", True, True), ("principal", True, False)],
)
def test_buttons_follow_permissions(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], username: str, committee: bool, export: bool
) -> None:
    view = _view(qtbot, demo_context(username))
    assert view.committee_button.isVisibleTo(view) is committee
    assert view.export_button.isVisibleTo(view) is export
    assert view.table.model().rowCount() >= 12


def test_the_period_is_the_school_year_by_default(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    view = _view(qtbot, demo_context("headteacher"))
    today = date.today()
    first_year = today.year if today.month >= 3 else today.year - 1
    assert view.start_edit.date() == QDate(first_year, 3, 1)
    assert view.end_edit.date() == QDate(first_year + 1, 2, QDate(first_year + 1, 2, 1).daysInMonth())
    assert view.start_edit.displayFormat() == "yyyy-MM-dd" and view.start_edit.calendarPopup()


def _answer_dialogs(
    monkeypatch: pytest.MonkeyPatch, path: Path, purpose: str = "교육지원청 제출"
) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (purpose, True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: messages.append(text))
    )
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: messages.append(text)))
    return messages


def test_export_writes_the_workbook_and_says_where(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    view = _view(qtbot, ctx)
    messages = _answer_dialogs(monkeypatch, tmp_path / "통계")  # no suffix typed
    view.start_edit.setDate(QDate(2026, 3, 1))
    view.end_edit.setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)

    written = tmp_path / "통계.xlsx"
    assert written.exists()
    assert "통계.xlsx" in messages[-1] and "8 sheets" in messages[-1]
    assert load_workbook(written)["안내"]["B3"].value == "2026-03-01 ~ 2026-11-30"
    purposes = ctx.read(
        lambda session, _a: list(
            session.scalars(select(AuditEvent.purpose).where(AuditEvent.action == "export"))
        )
    )
    assert purposes[-1] == "교육지원청 제출"


def test_a_failed_export_says_why_and_writes_nothing(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, demo_context("coordinator"))
    target = tmp_path / "missing folder" / "s.xlsx"
    messages = _answer_dialogs(monkeypatch, target)
    errors: list[str] = []
    monkeypatch.setattr(
        feedback, "show_error", lambda _p, exc, _t=None: errors.append(feedback.error_text(exc))
    )
    assert view.export_statistics() is None
    assert errors and "could not be written" in errors[0]
    assert not messages  # no success message
    assert not target.parent.exists()


def test_a_backwards_period_is_refused_before_any_dialog(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, demo_context("coordinator"))
    messages = _answer_dialogs(monkeypatch, tmp_path / "s.xlsx")
    asked: list[Any] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: asked.append(a) or ("x", True)))
    view.start_edit.setDate(QDate(2026, 9, 1))
    view.end_edit.setDate(QDate(2026, 3, 1))
    assert view.export_statistics() is None
    assert view.print_committee_report() is False
    assert len(messages) == 2 and "ends before it starts" in messages[0]
    assert not asked and not (tmp_path / "s.xlsx").exists()


def test_committee_report_goes_through_the_print_flow(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("headteacher")
    view = _view(qtbot, ctx)
    flows: list[dict[str, Any]] = []
    documents: list[tuple[Any, ...]] = []

    def print_document(parent: Any, flow_ctx: AppContext, **kw: Any) -> bool:
        flows.append({"parent": parent, "ctx": flow_ctx, **kw})
        return True

    def committee_report_pdf(*args: Any) -> int:
        documents.append(args)
        return 3

    flow_module = types.ModuleType("desktop.ui.printing.print_flow")
    flow_module.print_document = print_document  # type: ignore[attr-defined]
    report_module = types.ModuleType("desktop.reports.committee")
    report_module.committee_report_pdf = committee_report_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.ui.printing.print_flow", flow_module)
    monkeypatch.setitem(sys.modules, "desktop.reports.committee", report_module)

    view.start_edit.setDate(QDate(2026, 9, 1))
    view.end_edit.setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(view.committee_button, Qt.MouseButton.LeftButton)

    (flow,) = flows
    assert flow["parent"] is view and flow["ctx"] is ctx
    assert "2026-09-01" in flow["title"] and "2026-11-30" in flow["title"]
    assert flow["allow_restricted"] is False
    assert flow["build"]("session", "actor", "print-ctx", "target") == 3
    assert documents == [("session", "actor", date(2026, 9, 1), date(2026, 11, 30), "print-ctx", "target")]


def test_the_figures_are_those_of_the_chosen_period_as_in_the_committee_report(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    from desktop.reports.committee import collect

    ctx = demo_context("headteacher")
    view = _view(qtbot, ctx)

    def report_cases(start: date, end: date) -> int:
        return len(ctx.read(lambda s, a: collect(s, start, end)).cases)

    def screen_cases() -> int:
        rows = view.model.rows()
        return sum(r.count for r in rows if r.order[0] == 0)  # the "cases by state" group

    year_start, year_end = view.start_edit.date().toPython(), view.end_edit.date().toPython()
    assert screen_cases() == report_cases(year_start, year_end)  # type: ignore[arg-type]
    # One month only: fewer cases, the same number as the report of that month.
    view.start_edit.setDate(QDate(year_start.year, 3, 1))  # type: ignore[union-attr]
    view.end_edit.setDate(QDate(year_start.year, 3, 31))  # type: ignore[union-attr]
    wait_loaded(qtbot, view)
    month = report_cases(date(year_start.year, 3, 1), date(year_start.year, 3, 31))  # type: ignore[union-attr]
    assert screen_cases() == month
    assert month < report_cases(year_start, year_end)  # type: ignore[arg-type]
