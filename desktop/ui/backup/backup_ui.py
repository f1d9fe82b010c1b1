"""Backups while Dodam runs: the status-bar warning, the backup settings dialog, and the automatic
backups (daily at log-in, on exit), all run on the operation runner's worker thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QRect, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from desktop.services.backups import (
    BackupStatus,
    BackupWarning,
    backup_status,
    run_backup,
    set_backup_folder,
    set_backup_on_exit,
)
from desktop.storage.backup import BackupInfo
from desktop.ui.backup.messages import backup_error_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.area import keep_minimum_width
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.plain_text import PlainLabel, as_written
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding


def warning_text(status: BackupStatus) -> str:
    """The status-bar text: a warning, or when the newest verified backup was made."""
    if status.warning is BackupWarning.NO_FOLDER:
        return QCoreApplication.translate("Backups", "⚠ No backup folder is set")
    if status.warning is BackupWarning.NEVER:
        return QCoreApplication.translate("Backups", "⚠ No verified backup yet")
    assert status.newest is not None
    when = status.newest.astimezone().strftime("%Y-%m-%d %H:%M")
    if status.warning is BackupWarning.STALE:
        return QCoreApplication.translate(
            "Backups", "⚠ Last verified backup {when} — older than 7 days"
        ).format(when=when)
    return QCoreApplication.translate("Backups", "Last backup {when}").format(when=when)


def start_backup(
    ctx: AppContext,
    *,
    manual: bool,
    parent: QWidget | None,
    on_done: Callable[[BackupInfo | None, BaseException | None], None] | None = None,
    progress: bool = True,
) -> None:
    """Run a backup on the worker (with a progress dialog); `on_done(info, error)` on the main thread."""
    vault, actor = ctx.vault, ctx.actor

    def done_ok(result: object) -> None:
        if on_done is not None:
            on_done(result if isinstance(result, BackupInfo) else None, None)

    def done_failed(exc: BaseException) -> None:
        if on_done is not None:
            on_done(None, exc)

    ctx.runner.run_reporting(
        lambda report: run_backup(vault, actor, manual=manual, progress=report),
        progress_text=QCoreApplication.translate("Backups", "Backing up the school data…"),
        translate_progress=lambda message: QCoreApplication.translate("backup", message),
        on_success=done_ok,
        on_failure=done_failed,
        parent_widget=parent,
    ) if progress else ctx.runner.run(
        lambda: run_backup(vault, actor, manual=manual), on_success=done_ok, on_failure=done_failed
    )


def backup_on_exit(ctx: AppContext) -> BaseException | None:
    """The automatic backup when Dodam closes (if set up); waits for it while showing its progress.
    Returns the error if it failed (the data is unchanged either way)."""
    status = ctx.read(lambda session, actor: backup_status(session, actor))
    if not status.on_exit or status.warning is BackupWarning.NO_FOLDER:
        return None
    ctx.runner.wait_for_idle()
    loop = QEventLoop()
    outcome: list[BaseException | None] = []

    def done(_info: BackupInfo | None, error: BaseException | None) -> None:
        outcome.append(error)
        loop.quit()

    start_backup(ctx, manual=False, parent=None, on_done=done)
    if not outcome:
        loop.exec()
    return outcome[0] if outcome else None


WARNING_STYLE = "#{name} {{ color: #a51d2d; font-weight: bold; }}"
"""Red, for a real warning only (no backup folder, no backup yet, the newest too old)."""


class BackupStatusButton(QPushButton):
    """A flat status-bar button: the backup warning (or last backup time); opens the backup dialog."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backup_status")
        self.setFlat(True)
        self.clicked.connect(self.open_dialog)
        self.status: BackupStatus | None = None
        self.refresh()

    def refresh(self) -> None:
        self.status = self.ctx.read(lambda session, actor: backup_status(session, actor))
        self.setText(warning_text(self.status))
        # With a selector: a bare "color: …" would be inherited by the backup dialog, a child of
        # this button, and draw all of it in red.
        self.setStyleSheet(WARNING_STYLE.format(name="backup_status") if self.status.warning else "")
        self.setToolTip(self.tr("Backups of the school data"))

    def start_daily_if_due(self) -> bool:
        """At log-in: start the daily backup in the background when the newest is over a day old."""
        if self.status is None or not self.status.daily_due or not self.status.folder:
            return False
        start_backup(
            self.ctx, manual=False, parent=None, on_done=lambda _i, _e: self.refresh(), progress=False
        )
        return True

    def open_dialog(self) -> None:
        BackupDialog(self.ctx, self).exec()
        self.refresh()


class PathEdit(QLineEdit):
    """A folder field that keeps both ends of a long path readable: while it does not have the
    focus, a path too long for it is shown elided in the middle ("E:\\Schools\\…\\도담 백업"), so
    the drive and the folder's own name stay visible. The tool tip is always the full path, and
    editing (with the focus) shows the whole text as typed."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.textChanged.connect(self._update_tool_tip)
        self._update_tool_tip(text)

    def _update_tool_tip(self, text: str) -> None:
        self.setToolTip(as_written(text))

    def _text_rect(self) -> QRect:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        return rect.adjusted(margins.left() + 2, margins.top(), -margins.right() - 2, -margins.bottom())

    def displayed_text(self) -> str:
        """What the field shows now: the text, or (without the focus) the text elided in the middle."""
        if self.hasFocus() or not self.text():
            return self.text()
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, max(0, self._text_rect().width())
        )

    def is_elided(self) -> bool:
        return self.displayed_text() != self.text()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setCursorPosition(0)  # the drive first when the whole path is shown again
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_elided():
            super().paintEvent(event)
            return
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, QPalette.ColorRole.Text))
        painter.drawText(
            self._text_rect(),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self.displayed_text(),
        )
        painter.end()


class BackupDialog(AsksBeforeDiscarding, QDialog):
    """Backup settings and "Back up now" (administrators change them; others only see the state)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Backups"))
        keep_minimum_width(self, 520)
        status = ctx.read(lambda session, actor: backup_status(session, actor))
        admin = ctx.actor.is_admin
        self.folder = PathEdit(status.folder, self)
        self.folder.setObjectName("backup_folder")
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.on_exit = QCheckBox(self.tr("Back up &automatically when Dodam closes"), self)
        self.on_exit.setChecked(status.on_exit)
        self.state = PlainLabel(warning_text(status), self)
        self.state.setObjectName("backup_state")
        self.state.setWordWrap(True)
        self._mark_state(warning=status.warning is not None)
        form = QFormLayout()
        folder_label = QLabel(self.tr("Backup &folder:"), self)
        folder_label.setBuddy(self.folder)  # the mnemonic, not a literal "&"
        form.addRow(folder_label, row)
        form.addRow("", self.on_exit)
        form.addRow(self.tr("State:"), self.state)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.backup_button = self.buttons.addButton(
            self.tr("Back up &now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(self.save)
        self.backup_button.clicked.connect(self.back_up_now)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.folder, self.browse, self.on_exit, self.save_button, self.backup_button):
            widget.setEnabled(admin)
        if not admin:
            self.state.setText(
                self.state.text() + "\n" + self.tr("Only an administrator can change backups.")
            )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # Focus on "Browse…", not in the path: the field then shows a long path elided in the middle.
        (self.browse if admin else self.buttons.button(QDialogButtonBox.StandardButton.Close)).setFocus()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> bool:
        folder, on_exit = self.folder.text().strip(), self.on_exit.isChecked()

        def store(session, actor):  # type: ignore[no-untyped-def]
            set_backup_folder(session, actor, folder)
            set_backup_on_exit(session, actor, on_exit)
            return True

        saved = run_action(self, self.ctx, store, title=self.tr("Backups")) is True
        if saved:
            self.remember_fields()  # stored: closing now loses nothing
            self._show_state()
        return saved

    def save_typed(self) -> None:
        if self.save():
            self.accept()

    def _show_state(self) -> None:
        status = self.ctx.read(lambda session, actor: backup_status(session, actor))
        self.state.setText(warning_text(status))
        self._mark_state(warning=status.warning is not None)

    def _mark_state(self, *, warning: bool) -> None:
        """The state line in red when it warns; the rest of the dialog in the usual colours."""
        self.state.setStyleSheet(WARNING_STYLE.format(name="backup_state") if warning else "")

    def back_up_now(self) -> None:
        if not self.save():
            return
        self.backup_button.setEnabled(False)

        def done(info: BackupInfo | None, error: BaseException | None) -> None:
            self.backup_button.setEnabled(True)
            if error is not None:
                self.state.setText(backup_error_message(error))
                self._mark_state(warning=True)
                return
            self._show_state()

        start_backup(self.ctx, manual=True, parent=self, on_done=done)


def backup_folder_path(status: BackupStatus) -> Path | None:
    return Path(status.folder) if status.folder else None
