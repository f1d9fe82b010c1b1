"""Regenerate the user guide's screenshots (docs/images/<lang>/*.png) from the real application.

    python -m tools.screenshots                 # both languages, every image
    python -m tools.screenshots --lang ko       # Korean only
    python -m tools.screenshots --only dashboard case-plan
    python -m tools.screenshots --backup-parent E:\\      # the backup folder on a USB stick (E:\\도담 백업)

For each language a fresh demo school is created in a temporary folder (the same synthetic school
`--demo` opens), the demo accounts log in (coordinator, principal; password `demo-spring-2026`) and the
real windows are driven in process on Qt's offscreen platform: `MainWindow.show_area(...)`, a case
window on each tab, the meeting window, the print preview and the dialogs, each rendered with
`QWidget.grab()` ("lock": the locked main window with the lock screen drawn in front of it, as on
the screen). The main and case windows are 1280×800. The backup image's folder ("도담 백업" /
"Dodam backups") is in a second temporary folder, and quick unlock's device secret goes to an
in-memory keyring, never the user's. Images are palette-reduced with Pillow
when it is installed (and `optipng` when it is on the PATH) to keep the guide light.

Run it from the repository root; nothing outside the temporary folders and `--out` is written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Times as a school PC in Korea shows them (the database stores UTC; the windows show local time).
os.environ["TZ"] = "Asia/Seoul"
if hasattr(time, "tzset"):
    time.tzset()

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QSize, QTimer  # noqa: TID251 (a tool that drives the windows)
from PySide6.QtGui import QPixmap  # noqa: TID251
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget  # noqa: TID251
from sqlalchemy import func, select

from tests.memory_keyring import memory_keyring  # the suite's in-memory keyring

if TYPE_CHECKING:
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "images"
LANGUAGES = ("ko", "en")
WINDOW_SIZE = QSize(1280, 800)
MAX_BYTES = 250_000
BACKUP_FOLDER_NAMES = {"ko": "도담 백업", "en": "Dodam backups"}
"""The backup folder of the "backup" image, as a school would name it."""
LOCK_PIN = "246810"
"""The coordinator's quick-unlock PIN in the "lock" image (kept in this run's in-memory keyring)."""


@dataclass
class Session:
    """One language's run: the demo school's folder, the runner, the open context and window."""

    language: str
    data_dir: Path
    out: Path
    only: set[str] | None
    written: list[Path]
    backup_root: Path

    def wants(self, name: str) -> bool:
        return self.only is None or name in self.only


def let_paint(msecs: int = 250) -> None:
    """Run the event loop for a moment: layouts settle, lists load, the window paints."""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def save(run: Session, widget: QWidget, name: str) -> None:
    """Render `widget` to <out>/<lang>/<name>.png and make the file small."""
    let_paint()
    save_pixmap(run, widget.grab(), name)


def save_pixmap(run: Session, pixmap: QPixmap, name: str) -> None:
    """Write `pixmap` as <out>/<lang>/<name>.png and make the file small."""
    path = run.out / run.language / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(path), "PNG"):
        raise RuntimeError(f"could not write {path}")
    shrink(path)
    run.written.append(path)
    print(
        f"  {path.relative_to(run.out.parent) if run.out.parent in path.parents else path}"
        f" ({path.stat().st_size // 1024} KB)"
    )


def shrink(path: Path) -> None:
    """Palette-reduce the PNG (Pillow, when installed) and recompress it (optipng, when present)."""
    try:
        from PIL import Image
    except ImportError:
        pass
    else:
        with Image.open(path) as image:
            reduced = image.convert("RGB").quantize(
                colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
            )
            reduced.save(path, optimize=True)
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", str(path)], check=False)


@contextmanager
def signed_in(run: Session, username: str) -> Iterator[AppContext]:
    """An AppContext for a demo account (no log-in window), closed afterwards."""
    from desktop.services.demo import DEMO_PASSWORD
    from desktop.ui.application import apply_font_setting, make_context
    from desktop.ui.login.sign_in import sign_in
    from desktop.ui.operations import OperationRunner

    runner = OperationRunner()
    ctx = make_context(sign_in(run.data_dir, username, DEMO_PASSWORD), runner, run.language)
    apply_font_setting(ctx)
    try:
        yield ctx
    finally:
        runner.wait_for_idle()
        ctx.vault.close()


def main_window(ctx: AppContext) -> MainWindow:
    from desktop.ui.main_window import MainWindow

    assert not isinstance(ctx, type)
    from desktop.ui.backup.backup_ui import BackupStatusButton

    window = MainWindow(ctx, remember_geometry=False)
    # The status bar's backup button, as AppController adds it after log-in.
    window.statusBar().addPermanentWidget(BackupStatusButton(ctx, window))
    window.resize(WINDOW_SIZE)
    window.show()
    let_paint(400)
    return window


def close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()
    widget.deleteLater()
    let_paint(50)


def query(ctx: AppContext, statement: Any) -> list[Any]:
    """Rows of a read-only query on the demo school (to pick the case or meeting to show)."""
    rows: list[Any] = ctx.read(lambda session, _actor: list(session.execute(statement).all()))
    return rows


# --- the shots ---------------------------------------------------------------------------------


def shots_login(run: Session) -> None:
    from desktop.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
    from desktop.ui.login.login_window import LoginWindow
    from desktop.ui.login.recovery_dialog import RecoveryDialog
    from desktop.ui.operations import OperationRunner

    runner = OperationRunner()
    window = LoginWindow(run.data_dir, runner, demo_accounts=list(DEMO_ACCOUNTS), demo_password=DEMO_PASSWORD)
    window.show()
    if run.wants("login"):
        save(run, window, "login")
    if run.wants("recovery"):
        recovery = RecoveryDialog(run.data_dir, runner, window)
        recovery.show()
        save(run, recovery, "recovery")
        close(recovery)
    if run.wants("restore"):
        from desktop.ui.backup.restore_dialog import RestoreDialog

        dialog = RestoreDialog(run.data_dir, runner, window)
        dialog.show()
        save(run, dialog, "restore")
        close(dialog)
    close(window)
    runner.wait_for_idle()


def shots_coordinator(run: Session) -> None:
    from desktop.models import CaseState, Consent, Intervention, Referral, SupportCase
    from desktop.ui.case_detail.case_window import CaseWindow
    from desktop.ui.case_detail.consents_panel import ConsentsPanel
    from desktop.ui.case_detail.interventions_panel import InterventionsPanel
    from desktop.ui.case_detail.notes_panel import NotesPanel
    from desktop.ui.case_detail.overview_panel import OverviewPanel
    from desktop.ui.case_detail.plan_panel import PlanPanel
    from desktop.ui.case_detail.referrals_panel import ReferralsPanel
    from desktop.ui.case_detail.timeline_panel import TimelinePanel
    from desktop.ui.cases.cases_view import CasesView
    from desktop.ui.requests.request_dialog import RequestDialog

    with signed_in(run, "coordinator") as ctx:
        window = main_window(ctx)
        if run.wants("dashboard"):
            save(run, window, "dashboard")
        if run.wants("tasks"):
            window.show_area("tasks")
            save(run, window, "tasks")
        if run.wants("request"):
            request = RequestDialog(ctx, parent=window)
            request.show()
            save(run, request, "request")
            close(request)
        if run.wants("cases") or run.wants("intake"):
            window.show_area("cases")
            let_paint(600)
            if run.wants("cases"):
                save(run, window, "cases")
            view = window.area("cases")
            assert isinstance(view, CasesView) and view.tabs is not None and view.intake is not None
            view.tabs.setCurrentWidget(view.intake)
            let_paint(600)
            if run.wants("intake"):
                save(run, window, "intake")
        # The case with the most consents, interventions and referrals: every tab has something.
        active = {
            row[0] for row in query(ctx, select(SupportCase.id).where(SupportCase.state == CaseState.ACTIVE))
        }
        counts: dict[int, int] = {}
        for model in (Consent, Intervention, Referral):
            for case_id, n in query(ctx, select(model.case_id, func.count()).group_by(model.case_id)):
                if case_id in active:
                    counts[case_id] = counts.get(case_id, 0) + n
        case_id = max(counts, key=lambda c: (counts[c], -c))
        tabs = [
            ("case-overview", OverviewPanel),
            ("case-consents", ConsentsPanel),
            ("case-plan", PlanPanel),
            ("case-interventions", InterventionsPanel),
            ("case-referrals", ReferralsPanel),
            ("case-notes", NotesPanel),
            ("case-timeline", TimelinePanel),
        ]
        if any(run.wants(name) for name, _ in tabs):
            case = CaseWindow(ctx, case_id, window)
            case.resize(WINDOW_SIZE)
            case.show()
            for name, kind in tabs:
                if run.wants(name):
                    assert case.tabs is not None
                    panel = case.panel(kind)
                    case.tabs.setCurrentWidget(panel)
                    if isinstance(panel, NotesPanel) and panel.proxy.rowCount():
                        panel.table.selectRow(0)  # the reader below shows the note
                    save(run, case, name)
            close(case)
        shots_meeting(run, ctx, window)
        if run.wants("backup"):
            from desktop.ui.backup.backup_ui import BackupDialog

            dialog = BackupDialog(ctx, window)
            dialog.show()
            # A backup folder named as a school would name it, in a temporary folder of this run (a
            # USB stick's or the NAS's, in real life). The dialog shows the real path, elided in the
            # middle when it is long.
            folder = run.backup_root / BACKUP_FOLDER_NAMES[run.language]
            if run.backup_root.exists() and folder.exists():
                raise SystemExit(f"{folder} exists already: choose another --backup-parent")
            folder.mkdir(parents=True)
            dialog.folder.setText(str(folder))
            dialog.folder.setCursorPosition(0)
            dialog.browse.setFocus()
            dialog.back_up_now()
            for _ in range(100):
                if dialog.backup_button.isEnabled():
                    break
                let_paint(100)
            dialog.resize(max(dialog.width(), 640), dialog.height())
            save(run, dialog, "backup")
            close(dialog)
        if run.wants("lock"):
            shot_lock(run, ctx, window)
        close(window)


def shot_lock(run: Session, ctx: AppContext, window: MainWindow) -> None:
    """The locked app: the dark curtain over the main window and the lock screen in front of it,
    composed as they appear on the screen (each is its own window; offscreen has no desktop).
    The coordinator has a quick-unlock PIN (set up as "Quick unlock PIN…" does), so the lock
    screen offers it; unlocking with it afterwards leaves the session as it was."""
    from PySide6.QtCore import QPoint, QRect, Qt  # noqa: TID251
    from PySide6.QtGui import QColor, QPainter, QPen  # noqa: TID251

    from desktop.storage.device_unlock import enable_pin
    from desktop.storage.keyslots import KdfParams
    from desktop.ui.lock.lock_controller import LockController

    enable_pin(
        ctx.vault, ctx.actor.username, LOCK_PIN, kdf=KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
    )
    window.show_area("dashboard")
    lock = LockController(ctx, idle_minutes=5)
    lock.lock("manual")
    screen = lock.screen
    assert screen is not None
    screen.adjustSize()
    let_paint(400)
    behind = window.grab()
    front = screen.grab()
    # The lock window with a thin border and a shadow standing in for its frame.
    ratio = behind.devicePixelRatio()
    width, height = int(behind.width() / ratio), int(behind.height() / ratio)
    w, h = int(front.width() / front.devicePixelRatio()), int(front.height() / front.devicePixelRatio())
    # Below the curtain's own sign ("Locked", and why), so the picture shows both.
    at = QPoint((width - w) // 2, max(0, height - h - 40))
    painter = QPainter(behind)
    painter.fillRect(QRect(at + QPoint(6, 6), front.size() / front.devicePixelRatio()), QColor(0, 0, 0, 90))
    painter.drawPixmap(at, front)
    painter.setPen(QPen(QColor("#8a96a3"), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRect(at, front.size() / front.devicePixelRatio()).adjusted(-1, -1, 0, 0))
    painter.end()
    save_pixmap(run, behind, "lock")
    if not lock.unlock_with_pin(LOCK_PIN):
        raise RuntimeError("the demo session did not unlock with its PIN")
    lock.stop()
    lock.deleteLater()


def shots_meeting(run: Session, ctx: AppContext, window: MainWindow) -> None:
    from desktop.models import AgendaItem, Meeting, MeetingStatus
    from desktop.reports.base import PrintContext
    from desktop.reports.minutes import minutes_pdf
    from desktop.ui.meetings.meeting_dialog import MeetingDialog
    from desktop.ui.meetings.new_meeting_dialog import NewMeetingDialog
    from desktop.ui.printing.print_flow import PdfPreviewDialog, PrintOptionsDialog, build_document

    if run.wants("meetings"):
        window.show_area("meetings")
        save(run, window, "meetings")
    if run.wants("meeting-new"):
        new = NewMeetingDialog(ctx, window)
        new.show()
        save(run, new, "meeting-new")
        close(new)
    planned = query(
        ctx, select(Meeting.id).where(Meeting.status == MeetingStatus.PLANNED).order_by(Meeting.held_at)
    )
    finalised = query(
        ctx,
        select(Meeting.id, func.count(AgendaItem.id))
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .where(Meeting.status == MeetingStatus.FINALISED)
        .group_by(Meeting.id)
        .order_by(Meeting.held_at.desc()),
    )
    if planned and any(
        run.wants(n) for n in ("meeting-overview", "meeting-agenda", "meeting-minutes", "meeting-apply")
    ):
        dialog = MeetingDialog(ctx, planned[0][0], window)
        dialog.resize(1100, 720)
        dialog.show()
        for index, name in enumerate(("meeting-overview", "meeting-agenda")):
            if run.wants(name):
                dialog.tabs.setCurrentIndex(index)
                save(run, dialog, name)
        # Record a decision on the first item about a case, as the coordinator would during the
        # meeting, then look at what applying the decisions would change.
        from desktop.models import AgendaKind, CaseState, DecisionOutcome, SupportCase
        from desktop.services.demo import DEMO_TODAY
        from desktop.services.meetings import ActionInput

        reviewing = {
            row[0]
            for row in query(ctx, select(SupportCase.id).where(SupportCase.state == CaseState.UNDER_REVIEW))
        }
        item = next(
            (i for i in dialog.detail.items if i.case_id in reviewing and i.kind is AgendaKind.NEW_REQUEST),
            next((i for i in dialog.detail.items if i.case_id is not None), None),
        )
        if item is not None:
            korean = run.language == "ko"
            dialog.tabs.setCurrentIndex(2)
            dialog.select_item(item.id)
            let_paint(100)
            dialog.discussion.setPlainText(
                "담임교사: 2학기 들어 결석과 지각이 잦고 수업 중 집중이 어려움. 보호자와 통화함: "
                "맞벌이로 방과후 돌봄이 비어 있음. 학습 지원과 지역아동센터 연계를 함께 검토하기로 함."
                if korean
                else "Homeroom teacher: frequent absences and lateness since the second term, hard to "
                "concentrate in class. Spoke with the guardian: both parents work late and there is "
                "no after-school care. Study support and a community children's centre to be looked at."
            )
            dialog.outcome.setCurrentIndex(dialog.outcome.findData(DecisionOutcome.SELECT))
            dialog.reason.setText(
                "학습·돌봄 지원 필요, 보호자 동의 의사 있음"
                if korean
                else "Needs study support and care; guardian agrees"
            )
            dialog._append_action(  # the row the "Add action item" button adds, filled in
                ActionInput(
                    "학생·보호자 동의서 받기" if korean else "Get the student's and guardian's consent",
                    ctx.actor.staff_id,
                    DEMO_TODAY + timedelta(days=14),
                )
            )
            dialog.save_item()
            let_paint(100)
            dialog.select_item(item.id)
        if run.wants("meeting-minutes"):
            dialog.tabs.setCurrentIndex(2)
            save(run, dialog, "meeting-minutes")
        if run.wants("meeting-apply"):
            dialog.tabs.setCurrentIndex(3)
            dialog.show_preview()
            save(run, dialog, "meeting-apply")
        close(dialog)
    if finalised and (run.wants("print-options") or run.wants("print-preview")):
        meeting_id = finalised[0][0]
        title = QCoreApplication.translate("MeetingDialog", "Minutes")
        options = PrintOptionsDialog(title, parent=window)
        options.purpose.setCurrentIndex(0)
        options.show()
        if run.wants("print-options"):
            save(run, options, "print-options")
        purpose = options.purpose_text()
        close(options)
        if run.wants("print-preview"):
            print_ctx = PrintContext(
                purpose=purpose,
                printed_by=ctx.actor.display_name,
                printed_at=datetime.now(UTC),
                school_name=ctx.school_name,
            )
            data = build_document(
                ctx,
                lambda s, a, p, out: minutes_pdf(s, a, meeting_id, p, out),
                print_ctx,
            )
            preview = PdfPreviewDialog(data, title, window)
            preview.resize(1000, 760)
            preview.show()
            let_paint(600)
            save(run, preview, "print-preview")
            close(preview)


def shots_principal(run: Session) -> None:
    from desktop.models import PlanStatus, SupportPlan
    from desktop.ui.admin.admin_view import AdminView
    from desktop.ui.case_detail.case_window import CaseWindow
    from desktop.ui.case_detail.plan_panel import PlanPanel

    with signed_in(run, "principal") as ctx:
        window = main_window(ctx)
        if run.wants("principal-dashboard"):
            save(run, window, "principal-dashboard")
        if run.wants("principal-plan"):
            submitted = query(
                ctx,
                select(SupportPlan.case_id)
                .where(SupportPlan.status == PlanStatus.SUBMITTED)
                .order_by(SupportPlan.case_id),
            )
            if submitted:
                case = CaseWindow(ctx, submitted[0][0], window)
                case.resize(WINDOW_SIZE)
                case.show()
                assert case.tabs is not None
                case.tabs.setCurrentWidget(case.panel(PlanPanel))
                save(run, case, "principal-plan")
                close(case)
        if run.wants("reports"):
            window.show_area("reports")
            let_paint(500)
            save(run, window, "reports")
        if run.wants("audit"):
            window.show_area("admin")
            view = window.area("admin")
            assert isinstance(view, AdminView)
            assert view.audit_view is not None
            view.tabs.setCurrentWidget(view.audit_view)
            let_paint(800)
            save(run, window, "audit")
        close(window)


SHOTS: tuple[str, ...] = (
    "login",
    "recovery",
    "restore",
    "dashboard",
    "tasks",
    "request",
    "cases",
    "intake",
    "case-overview",
    "case-consents",
    "case-plan",
    "case-interventions",
    "case-referrals",
    "case-notes",
    "case-timeline",
    "meetings",
    "meeting-new",
    "meeting-overview",
    "meeting-agenda",
    "meeting-minutes",
    "meeting-apply",
    "print-options",
    "print-preview",
    "backup",
    "lock",
    "principal-dashboard",
    "principal-plan",
    "reports",
    "audit",
)
"""Every image, by name (docs/images/<lang>/<name>.png)."""

RUNS: tuple[Callable[[Session], None], ...] = (shots_login, shots_coordinator, shots_principal)


def make_demo_school(folder: Path) -> Path:
    """A fresh demo school (the cheap key derivation: it is thrown away after the run)."""
    from desktop.services.demo import create_demo_school
    from desktop.storage.keyslots import KdfParams

    data_dir = folder / "Dodam-demo"
    create_demo_school(data_dir, kdf=KdfParams(memory_kib=8192, time_cost=1, parallelism=1))
    return data_dir


def close_unexpected_message() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print(f"warning: closed a message: {box.text()}", file=sys.stderr)
        box.reject()


def run_language(
    language: str, out: Path, only: set[str] | None, backup_parent: Path | None = None
) -> list[Path]:
    from desktop.ui.application import make_application

    app = make_application(language)
    with (
        tempfile.TemporaryDirectory(prefix="dodam-shots-") as tmp,
        tempfile.TemporaryDirectory(prefix="USB-") as backup_root,
    ):
        # QSettings of this run in the temporary folder, not the user's.
        QCoreApplication.setOrganizationName("Dodam-screenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        run = Session(
            language, make_demo_school(Path(tmp)), out, only, [], backup_parent or Path(backup_root)
        )
        # A message box would wait for a click that never comes: say so and close it.
        guard = QTimer()
        guard.timeout.connect(close_unexpected_message)
        guard.start(500)
        print(f"{language}:", flush=True)
        # Quick unlock keeps a device secret in the OS keyring: this run's goes to memory instead.
        try:
            with memory_keyring():
                for shots in RUNS:
                    shots(run)
        finally:
            if backup_parent is not None:  # the folder this run made there (checked new above)
                shutil.rmtree(backup_parent / BACKUP_FOLDER_NAMES[language], ignore_errors=True)
        app.processEvents()
    return run.written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="folder of the images (default docs/images)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="only this language (repeatable)")
    parser.add_argument("--only", nargs="+", choices=SHOTS, metavar="NAME", help="only these images")
    parser.add_argument(
        "--backup-parent",
        type=Path,
        help="make the backup image's folder (도담 백업 / Dodam backups; it must not exist yet, and is "
        "removed afterwards) in this folder, e.g. a USB stick's, instead of a temporary folder",
    )
    args = parser.parse_args(argv)
    QApplication.setDesktopSettingsAware(False)
    written: list[Path] = []
    for language in args.lang or LANGUAGES:
        written += run_language(language, args.out, set(args.only) if args.only else None, args.backup_parent)
    large = [p for p in written if p.stat().st_size > MAX_BYTES]
    for path in large:
        print(f"warning: {path} is {path.stat().st_size // 1024} KB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
