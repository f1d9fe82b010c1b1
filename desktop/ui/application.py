"""Start-up of the graphical interface: the application object, fonts, translations, and the flow
demo school → set-up wizard or log-in → main window. Also the non-interactive screenshot mode."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

# Only what the log-in window needs is imported here, so that it shows about as fast as a bare Qt
# window; the database layer, the services and the main window are imported by `warm_up` on the
# worker thread once the log-in window has painted (or when first needed).
from desktop.storage import errors as storage_errors
from desktop.ui.fonts import apply_application_font
from desktop.ui.i18n import install_translators, resolve_language
from desktop.ui.interpreter import favour_the_window, keep_session_objects, release_session_objects
from desktop.ui.login import warm_up
from desktop.ui.login.data_folder import VAULT_FILES as VAULT_FILES
from desktop.ui.login.data_folder import has_vault
from desktop.ui.login.login_window import LoginWindow
from desktop.ui.login.messages import vault_error_message
from desktop.ui.operations import OperationRunner

if TYPE_CHECKING:
    from desktop.ui.context import AppContext
    from desktop.ui.lock.lock_controller import LockController
    from desktop.ui.login.sign_in import SignedIn
    from desktop.ui.main_window import MainWindow
    from desktop.ui.setup.wizard import SetupWizard

ORGANISATION = "Dodam"
APPLICATION = "Dodam"

# Exit codes of DESIGN §4 (as desktop.app uses them).
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def exit_code_for(exc: BaseException) -> int:
    """The command line's exit code for an error (DESIGN §4); the storage errors carry theirs."""
    return exc.exit_code if isinstance(exc, storage_errors.VaultError) else EXIT_FAILED


def startup_language(lang: str | None) -> str:
    """The interface language: --lang, else the one chosen in Preferences on this PC account, else
    the system's."""
    if lang is None:
        from desktop.preferences import personal_language

        lang = personal_language()
    return resolve_language(lang)


def make_application(language: str) -> QApplication:
    """The QApplication (reused if one exists), with names for QSettings, the bundled font and the
    translators for `language`."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Dodam")
    favour_the_window()
    # The font size chosen in Preferences on this PC account, from the log-in window on (the
    # school's own setting is stored encrypted, so it can apply only after log-in).
    from desktop.preferences import personal_font_size

    size = personal_font_size()
    if size is None:
        apply_application_font(app)
    else:
        apply_application_font(app, size)
    install_translators(app, language)
    return app


def make_context(signed: SignedIn, runner: OperationRunner, language: str) -> AppContext:
    from desktop.ui.context import AppContext

    # A revoked password's data-key rotation runs on the worker with a progress dialog
    # (desktop.ui.key_rotation), not inside the service call on the UI thread.
    signed.vault.defer_rotation = True
    return AppContext(
        vault=signed.vault,
        actor=signed.actor,
        school_name=signed.school_name,
        team_name=signed.team_name,
        is_demo=signed.is_demo,
        language=language,
        runner=runner,
    )


def apply_font_setting(ctx: AppContext) -> None:
    """This PC account's font size (Preferences), else the school's setting (stored encrypted, so
    known only after log-in)."""
    from desktop.config import Settings, personal_font_size
    from desktop.services import settings_store

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    size = personal_font_size()
    if size is None:
        size = ctx.read(lambda session, _actor: settings_store.get(session, Settings.FONT_POINT_SIZE))
    font = app.font()
    if font.pointSize() != size:
        font.setPointSize(size)
        app.setFont(font)


class AppController(QObject):
    """Drives the windows: demo preparation, wizard or log-in, then the main window."""

    def __init__(
        self,
        data_dir: Path,
        *,
        demo: bool,
        language: str,
        exit_when_shown: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.demo = demo
        self.language = language
        self.exit_when_shown = exit_when_shown
        self.runner = OperationRunner(self)
        self.window: QWidget | None = None
        self.main_window: MainWindow | None = None
        self.ctx: AppContext | None = None
        self.lock: LockController | None = None
        self._folder_chosen = False  # a data folder was chosen in the log-in window

    def start(self) -> None:
        if self.demo and not has_vault(self.data_dir):
            from desktop.services.demo import create_demo_school

            data_dir = self.data_dir
            # ensure_demo_school's work, with its progress shown (it takes a few seconds, once).
            self.runner.run_reporting(
                lambda report: create_demo_school(data_dir, progress=report),
                progress_text=self.tr("Preparing the demo school (first start only)…"),
                translate_progress=lambda message: QCoreApplication.translate("demo", message),
                on_success=lambda _result: self._show_entry(),
                on_failure=self._demo_failed,
            )
        else:
            self._show_entry()

    def _demo_failed(self, exc: BaseException) -> None:
        QMessageBox.critical(None, self.tr("Dodam"), vault_error_message(exc))
        QCoreApplication.exit(EXIT_FAILED)

    def _show_entry(self) -> None:
        window: QWidget = self.show_login() if has_vault(self.data_dir) else self.show_wizard()
        if self.exit_when_shown:
            FirstPaint(window, _print_marker_and_exit)

    def show_login(self) -> LoginWindow:
        demo_accounts: list[tuple[str, str]] | None = None
        demo_password: str | None = None
        if self.demo:
            from desktop.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

            demo_accounts, demo_password = list(DEMO_ACCOUNTS), DEMO_PASSWORD
        window = LoginWindow(
            self.data_dir, self.runner, demo_accounts=demo_accounts, demo_password=demo_password
        )
        window.signed_in.connect(self.open_main_window)
        window.data_dir_changed.connect(self.switch_data_dir)
        self._replace_window(window)
        if not self.exit_when_shown:
            # While the user types, the worker imports what the log-in and the main window need.
            FirstPaint(window, lambda: warm_up.start(self.runner))
        return window

    def show_wizard(self) -> SetupWizard:
        from desktop.ui.setup.wizard import SetupWizard

        wizard = SetupWizard(self.data_dir, self.runner, remember_folder=self._folder_chosen)
        wizard.school_created.connect(self.open_main_window)
        wizard.existing_school_chosen.connect(self.switch_data_dir)
        self._replace_window(wizard)
        return wizard

    def switch_data_dir(self, folder: object) -> None:
        """Another data folder was chosen before log-in: its log-in window, or the set-up wizard
        when it holds no school yet."""
        assert isinstance(folder, Path)
        self.data_dir = folder
        self._folder_chosen = True
        self._show_entry()

    def _replace_window(self, window: QWidget) -> None:
        old = self.window
        self.window = window
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None:
            old.close()
            old.deleteLater()

    def open_main_window(self, signed: object) -> None:
        warm_up.wait()  # normally long done: the sign-in was queued behind it
        from desktop.ui.lock.lock_controller import LockController
        from desktop.ui.login.sign_in import SignedIn
        from desktop.ui.main_window import MainWindow

        assert isinstance(signed, SignedIn)
        self.ctx = make_context(signed, self.runner, self.language)
        apply_font_setting(self.ctx)
        self.main_window = MainWindow(self.ctx)
        self.main_window.closed.connect(self._main_window_closed)
        self.lock = LockController(self.ctx, idle_minutes=signed.policy.idle_minutes, parent=self)
        self.main_window.lock_requested.connect(self.lock_now)
        self.main_window.quit_requested.connect(QCoreApplication.quit)
        self.lock.logout_requested.connect(self.log_out)
        self._replace_window(self.main_window)
        self._add_backup_status(self.main_window, self.ctx)
        self.lock.start()
        keep_session_objects()

    def _add_backup_status(self, window: MainWindow, ctx: AppContext) -> None:
        from desktop.ui.backup.backup_ui import BackupStatusButton

        self.backup_status = BackupStatusButton(ctx, window)
        window.statusBar().addPermanentWidget(self.backup_status)
        self.backup_status.start_daily_if_due()

    def lock_now(self) -> None:
        if self.lock is not None:
            self.lock.lock("manual")

    def log_out(self) -> None:
        """From the lock screen: discard the locked session's windows (unsaved edits included, as
        the user confirmed), close the vault and show the log-in window for the next person."""
        lock, self.lock = self.lock, None
        windows = lock.release_windows() if lock is not None else []
        if lock is not None:
            lock.stop()
            lock.deleteLater()
        self.runner.wait_for_idle()
        if self.ctx is not None:
            self.ctx.vault.close()
            self.ctx = None
        for window in windows:
            if isinstance(window, QDialog):
                window.reject()
            window.hide()
            window.deleteLater()
        if self.main_window is not None:
            self.main_window.hide()
            self.main_window.deleteLater()
            self.main_window = None
        self.window = None
        release_session_objects()
        self.show_login()

    def _record_logout(self) -> None:
        """LOGOUT in the audit log, signed for an administrator (desktop.services.audit_anchor).
        Closing never fails on it: a full disk or a damaged database is reported elsewhere."""
        import contextlib

        from sqlalchemy.exc import DBAPIError

        from desktop.services.audit_anchor import record_logout
        from desktop.storage.errors import VaultError

        ctx = self.ctx
        if ctx is None or ctx.vault.is_suspended:
            return
        with contextlib.suppress(DBAPIError, VaultError, OSError):
            record_logout(ctx.vault, ctx.actor)

    def _main_window_closed(self) -> None:
        if self.lock is not None:
            self.lock.stop()
            self.lock.deleteLater()
            self.lock = None
        self.runner.wait_for_idle()
        if self.ctx is not None:
            from desktop.ui.backup.backup_ui import backup_on_exit

            self._record_logout()
            error = backup_on_exit(self.ctx)
            if error is not None:
                from desktop.ui.backup.messages import backup_error_message

                QMessageBox.warning(None, self.tr("Dodam"), backup_error_message(error))
            self.ctx.vault.close()
            self.ctx = None
        window = self.main_window
        if window is not None and window.logging_out:
            # Log out: the log-in window shows before the main window is gone, so that closing it
            # is not the last window closing (which would end the application).
            self.main_window = None
            self.window = None
            window.deleteLater()
            release_session_objects()
            self.show_login()


FIRST_PAINT_MARKER = "DODAM-FIRST-PAINT"
"""Printed by `--exit-when-shown` at the first window's first paint (as benchmarks.bare_window)."""


class FirstPaint(QObject):
    """Calls `then()` once, when the watched window has painted for the first time."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._then()
        return False


def _print_marker_and_exit() -> None:
    print(FIRST_PAINT_MARKER, flush=True)
    QTimer.singleShot(0, lambda: QCoreApplication.exit(EXIT_OK))


def _let_paint(msecs: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def take_screenshot(
    path: Path, *, data_dir: Path, demo: bool, language: str, username: str | None, password: str | None
) -> int:
    """Log in without asking, render the main window to a PNG, close everything; an exit code."""
    if demo:
        from desktop.services.demo import DEMO_PASSWORD, ensure_demo_school

        try:
            ensure_demo_school(data_dir)
        except storage_errors.VaultError as exc:
            print(f"dodam: {vault_error_message(exc)}", file=sys.stderr)
            return exit_code_for(exc)
        username = username or "coordinator"
        password = password if password is not None else DEMO_PASSWORD
    from desktop.ui.login.sign_in import sign_in
    from desktop.ui.main_window import DEFAULT_SIZE, MainWindow

    if not username or password is None:
        print("dodam: --screenshot needs --user NAME and --password-stdin (or --demo)", file=sys.stderr)
        return EXIT_USAGE
    try:
        signed = sign_in(data_dir, username, password)
    except Exception as exc:
        print(f"dodam: {vault_error_message(exc)}", file=sys.stderr)
        return exit_code_for(exc)
    runner = OperationRunner()
    ctx = make_context(signed, runner, language)
    try:
        apply_font_setting(ctx)
        window = MainWindow(ctx, remember_geometry=False)
        window.resize(DEFAULT_SIZE)
        window.show()
        _let_paint()
        path.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(path), "PNG")
        window.close()
        window.deleteLater()
    finally:
        runner.wait_for_idle()
        ctx.vault.close()
    if not saved:
        print(f"dodam: could not write {path}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def run_gui(
    *,
    data_dir: Path,
    lang: str | None,
    demo: bool,
    screenshot: Path | None,
    username: str | None = None,
    password: str | None = None,
    exit_when_shown: bool = False,
) -> int:
    """Open Dodam's window on `data_dir` (or, with `screenshot`, render it to a PNG); an exit code.

    With `exit_when_shown` (the hidden `--exit-when-shown`, for benchmarks.startup) the first window
    prints FIRST_PAINT_MARKER on its first paint and the application exits 0."""
    language = startup_language(lang)
    app = make_application(language)
    if screenshot is not None:
        return take_screenshot(
            screenshot, data_dir=data_dir, demo=demo, language=language, username=username, password=password
        )
    controller = AppController(data_dir, demo=demo, language=language, exit_when_shown=exit_when_shown)
    controller.start()
    code = app.exec()
    controller.runner.wait_for_idle()
    if controller.ctx is not None:
        controller.ctx.vault.close()
    return code
