"""The print flow driven as a user would, without blocking dialogs: the options ask a purpose, the
preview shows every page of the built PDF, Save writes the file (a failed save says why and keeps
the PDF), Print renders each page onto a printer, and the case window's print buttons run it."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, CaseState, NoteCategory, Referral, SupportPlan
from desktop.reports.base import PrintContext
from desktop.reports.case_documents import case_summary_pdf, support_plan_pdf
from desktop.services import cases, listing
from desktop.services.actor import Actor
from desktop.ui.case_detail import case_window
from desktop.ui.case_detail.case_window import open_case_window
from desktop.ui.case_detail.consents_panel import ConsentsPanel
from desktop.ui.case_detail.overview_panel import OverviewPanel
from desktop.ui.case_detail.plan_panel import PlanPanel
from desktop.ui.case_detail.referrals_panel import ReferralsPanel
from desktop.ui.context import AppContext
from desktop.ui.printing import print_flow
from desktop.ui.printing.print_flow import PdfPreviewDialog, PrintOptionsDialog, print_document

SECRET = "경찰 수사 협조 요청 (비공개 기록)"


@pytest.fixture(autouse=True)
def _close_case_windows() -> Iterator[None]:
    yield
    for window in case_window.open_windows():
        window.close()


class Flow:
    """Replaces the two modal dialogs' exec(): fills the options and presses OK; records what
    the preview showed and, when asked, saves through the (patched) file dialog."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        self.purpose = "사례 회의 자료"
        self.full_names = False
        self.restricted = False
        self.save_to: Path | None = tmp_path / "out.pdf"
        self.options: PrintOptionsDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self.suggested: Path | None = None  # what the save dialog proposed
        flow = self

        def options_exec(dialog: PrintOptionsDialog) -> int:
            flow.options = dialog
            dialog.purpose.setEditText(flow.purpose)
            dialog.full_names.setChecked(flow.full_names)
            dialog.restricted.setChecked(flow.restricted)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
            return int(dialog.result())

        def preview_exec(dialog: PdfPreviewDialog) -> int:
            flow.preview = dialog
            if flow.save_to is not None:
                dialog.save_button.click()
            return 0

        monkeypatch.setattr(PrintOptionsDialog, "exec", options_exec)
        monkeypatch.setattr(PdfPreviewDialog, "exec", preview_exec)
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            staticmethod(lambda *a, **k: flow.save_dialog(*a)),
        )

    def save_dialog(self, _parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        self.suggested = Path(suggested)
        return (str(self.save_to) if self.save_to else "", "")


@pytest.fixture
def flow(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Flow:
    return Flow(monkeypatch, tmp_path)


def _active_case(ctx: AppContext) -> int:
    return next(r.id for r in ctx.read(listing.cases) if r.state is CaseState.ACTIVE)


def _last_print(ctx: AppContext) -> AuditEvent:
    with ctx.vault.session() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "print").order_by(AuditEvent.id.desc())
        ).first()
        assert event is not None
        s.expunge(event)
        return event


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def test_options_ask_a_purpose_and_offer_only_what_is_allowed(qtbot: QtBot) -> None:
    dialog = PrintOptionsDialog("사례 요약", allow_full_names=True, allow_restricted=False)
    qtbot.addWidget(dialog)
    assert not dialog.full_names.isHidden() and not dialog.full_names.isChecked()
    assert dialog.restricted.isHidden()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "for" in dialog.error.text()
    dialog.purpose.setEditText("   ")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.purpose.setCurrentIndex(0)  # a suggestion
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.purpose_text() == "Support team meeting"
    assert not dialog.wants_full_names() and not dialog.wants_restricted()

    other = PrintOptionsDialog("동의서", allow_full_names=False, allow_restricted=True)
    qtbot.addWidget(other)
    assert other.full_names.isHidden() and not other.restricted.isHidden()
    other.full_names.setChecked(True)  # hidden: never applies
    other.restricted.setChecked(True)
    assert not other.wants_full_names() and other.wants_restricted()


def test_print_document_previews_every_page_and_saves(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], flow: Flow
) -> None:
    ctx = demo_context("coordinator")
    case_id = _active_case(ctx)
    row = next(r for r in ctx.read(listing.cases) if r.id == case_id)
    done = print_document(
        None,
        ctx,
        title="Case summary",
        build=lambda s, a, p, out: case_summary_pdf(s, a, case_id, p, out),
        allow_restricted=True,
    )
    assert done
    assert flow.options is not None and not flow.options.restricted.isHidden()
    preview = flow.preview
    assert preview is not None and preview.done_something
    assert flow.save_to is not None and flow.save_to.exists()
    pages = len(pypdf.PdfReader(flow.save_to).pages)
    assert preview.page_count() == pages >= 1
    assert str(pages) in preview.pages_label.text()
    text = _pdf_text(flow.save_to)
    assert "사례 요약" in text and row.code in text
    assert row.student_name not in text  # names masked by default
    # The file is named for the document, the case and the day; the folder is the home folder
    # the first time, then the one last saved to.
    assert flow.suggested is not None
    assert flow.suggested.name == f"사례요약_{row.code}_{date.today().isoformat()}.pdf"
    assert flow.suggested.parent == Path.home()
    preview.save_with_dialog()
    assert flow.suggested.parent == flow.save_to.parent != Path.home()
    event = _last_print(ctx)
    assert event.purpose == "사례 회의 자료" and event.detail["document"] == "case_summary"
    assert event.detail["pages"] == pages and event.entity_id == case_id


def test_a_failed_save_says_why_and_keeps_the_pdf(
    qtbot: QtBot,
    demo_context: Callable[[str], AppContext],
    flow: Flow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warnings.append(text))
    )
    ctx = demo_context("coordinator")
    case_id = _active_case(ctx)
    flow.save_to = tmp_path / "missing-folder" / "summary.pdf"
    done = print_document(
        None, ctx, title="Case summary", build=lambda s, a, p, out: case_summary_pdf(s, a, case_id, p, out)
    )
    assert not done
    assert len(warnings) == 1 and "could not be saved" in warnings[0]
    preview = flow.preview
    assert preview is not None and not preview.done_something
    # The PDF is still there: saving to a good place works.
    good = tmp_path / "summary"  # the .pdf suffix is added
    assert preview.save_to(good)
    assert len(pypdf.PdfReader(tmp_path / "summary.pdf").pages) == preview.page_count()


def test_print_renders_every_page_onto_the_printer(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], tmp_path: Path
) -> None:
    ctx = demo_context("coordinator")
    case_id = _active_case(ctx)
    with ctx.vault.session() as s:
        plan_id = s.scalars(select(SupportPlan.id).where(SupportPlan.case_id == case_id)).first()
    assert plan_id is not None
    out = io.BytesIO()
    print_ctx = PrintContext("점검", ctx.actor.display_name, datetime.now(UTC), ctx.school_name)
    ctx.write(lambda s, a: support_plan_pdf(s, a, plan_id, print_ctx, out))
    preview = PdfPreviewDialog(out.getvalue(), "Support plan")
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setFullPage(True)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert preview.print_to(printer)
    assert len(pypdf.PdfReader(target).pages) == preview.page_count() >= 1


def test_refused_print_shows_why_and_builds_nothing(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], flow: Flow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(print_flow, "show_error", lambda _parent, exc, *a: shown.append(exc.message))
    ctx = demo_context("coordinator")
    done = print_document(
        None, ctx, title="Case summary", build=lambda s, a, p, out: case_summary_pdf(s, a, 999999, p, out)
    )
    assert not done and shown == ["This case does not exist."]
    assert flow.preview is None


def test_the_document_is_built_off_the_ui_thread_while_the_windows_repaint(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], flow: Flow
) -> None:
    ctx = demo_context("coordinator")
    case_id = _active_case(ctx)
    flow.save_to = None
    builders: list[int] = []
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(5)

    def build(s: Session, a: Actor, p: PrintContext, out: IO[bytes]) -> int:
        builders.append(threading.get_ident())
        time.sleep(0.3)  # a slow document: the UI thread keeps running its timers meanwhile
        return int(case_summary_pdf(s, a, case_id, p, out))

    print_document(None, ctx, title="Case summary", build=build)
    heartbeat.stop()
    assert builders and builders[0] != threading.get_ident()
    assert len(ticks) >= 10
    assert flow.preview is not None and flow.preview.page_count() >= 1


def test_case_window_print_buttons(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], flow: Flow, tmp_path: Path
) -> None:
    coordinator = demo_context("coordinator")
    with coordinator.vault.session() as s:
        case_id = s.scalars(
            select(Referral.case_id).join(SupportPlan, SupportPlan.case_id == Referral.case_id)
        ).first()
    assert case_id is not None
    coordinator.write(
        lambda s, a: cases.add_note(s, a, case_id, category=NoteCategory.POLICE, restricted=True, text=SECRET)
    )
    window = open_case_window(coordinator, case_id)
    qtbot.addWidget(window)

    overview = window.panel(OverviewPanel)
    assert overview.print_button.isVisibleTo(window)
    flow.restricted = False
    overview.print_button.click()
    assert SECRET not in _pdf_text(tmp_path / "out.pdf")
    flow.restricted = True
    overview.print_button.click()
    assert SECRET in _pdf_text(tmp_path / "out.pdf")
    assert _last_print(coordinator).detail["include_restricted"] is True

    documents = {
        PlanPanel: ("support_plan", "지원계획서"),
        ConsentsPanel: ("consent_form", "동의서"),
        ReferralsPanel: ("referral_letter", "연계 의뢰서"),
    }
    for panel_type, (document, title) in documents.items():
        panel: Any = window.panel(panel_type)
        panel.refresh()
        assert panel.print_button.isEnabled(), document
        panel.print_button.click()
        assert title in _pdf_text(tmp_path / "out.pdf")
        assert _last_print(coordinator).detail["document"] == document


@pytest.mark.parametrize(("username", "visible"), [("principal", True), ("homeroom", False)])
def test_print_buttons_follow_the_print_right(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], username: str, visible: bool
) -> None:
    ctx = demo_context(username)
    for row in ctx.read(listing.cases):
        window = open_case_window(ctx, row.id)
        qtbot.addWidget(window)
        if window.tabs is not None:
            break
        window.close()
    assert window.tabs is not None
    for panel_type in (OverviewPanel, PlanPanel, ConsentsPanel, ReferralsPanel):
        panel: Any = window.panel(panel_type)
        assert (not panel.print_button.isHidden()) is visible  # other tabs are not shown yet


def test_meeting_window_prints_the_minutes(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], flow: Flow, tmp_path: Path
) -> None:
    from desktop.models import Meeting, MeetingAttendee, MeetingStatus
    from desktop.ui.meetings.meeting_dialog import MeetingDialog

    ctx = demo_context("coordinator")
    with ctx.vault.session() as s:
        meeting_id = s.scalars(
            select(Meeting.id).where(Meeting.status == MeetingStatus.FINALISED).order_by(Meeting.id.desc())
        ).first()
        guest = s.scalars(
            select(MeetingAttendee.name).where(
                MeetingAttendee.meeting_id == meeting_id, MeetingAttendee.external.is_(True)
            )
        ).first()
    assert meeting_id is not None
    dialog = MeetingDialog(ctx, meeting_id)
    qtbot.addWidget(dialog)
    assert dialog.print_button.isVisibleTo(dialog)
    dialog.print_button.click()
    text = _pdf_text(tmp_path / "out.pdf")
    assert "회 의 록" in text
    with ctx.vault.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        held = meeting.held_at.replace(tzinfo=UTC).astimezone().date()
        expected = f"회의록_제{meeting.number}차_{held.isoformat()}.pdf"
    assert flow.suggested is not None and flow.suggested.name == expected
    if guest:
        assert guest in text  # the attendee table, with the external guest
    event = _last_print(ctx)
    assert (event.entity_type, event.entity_id, event.purpose) == ("meeting", meeting_id, flow.purpose)
    # The head teacher may print minutes too; a specialist (no meetings, no print right) may not.
    head = demo_context("headteacher")
    other = MeetingDialog(head, meeting_id)
    qtbot.addWidget(other)
    assert other.print_button.isVisibleTo(other)


def test_reports_area_prints_the_committee_report_for_the_period(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], flow: Flow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate

    from desktop.ui.reports.reports_view import ReportsView

    ctx = demo_context("headteacher")
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    view.start_edit.setDate(QDate(2026, 3, 1))
    view.end_edit.setDate(QDate(2026, 11, 20))
    view.committee_button.click()
    text = _pdf_text(tmp_path / "out.pdf")
    assert "2026-03-01" in text and "2026-11-20" in text
    assert "운영 현황 보고" in text
    event = _last_print(ctx)
    assert event.detail["document"] == "committee_report" and event.purpose == flow.purpose
