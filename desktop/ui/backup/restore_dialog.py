"""Restore from backup… (from the log-in window): check the backup, keep the current data aside, replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.backups import restore as restore_backup
from desktop.storage.backup import MANIFEST_NAME
from desktop.ui.backup.messages import restore_error_message
from desktop.ui.operations import OperationRunner
from desktop.ui.widgets.area import keep_minimum_width


class RestoreDialog(QDialog):
    """Emits `restored(pre_restore_folder)` after the backup is in place."""

    restored = Signal(str)

    def __init__(self, data_dir: Path, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._runner = runner
        self.setWindowTitle(self.tr("Restore from backup"))
        keep_minimum_width(self, 520)

        intro = QLabel(
            self.tr(
                "Choose a backup folder (dodam-backup-…). The current school data is kept in a "
                "pre-restore folder next to it before the backup replaces it. Log in with a password "
                "that was valid when the backup was made."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("backup_folder")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        backup_label = QLabel(self.tr("&Backup:"), self)
        backup_label.setBuddy(self.folder)  # the mnemonic, not a literal "&"
        form.addRow(backup_label, row)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.message = QLabel(self)
        self.message.setObjectName("restore_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a51d2d;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self.start_restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.folder, browse)
        self.setTabOrder(browse, self.username)
        self.setTabOrder(self.username, self.password)
        self.folder.setFocus(Qt.FocusReason.OtherFocusReason)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def problem(self) -> str:
        """What is missing or wrong in the form, or "" when it can be tried."""
        folder = self.folder.text().strip()
        if not folder:
            return self.tr("Choose the backup folder.")
        if not (Path(folder) / MANIFEST_NAME).is_file():
            return self.tr("That folder is not a Dodam backup (it has no backup.json).")
        if not self.username.text().strip() or not self.password.text():
            return self.tr("Enter the user name and password.")
        return ""

    def start_restore(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the current school data with this backup? Everything entered after the backup "
                "was made is set aside in the pre-restore folder."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        data_dir, backup = self._data_dir, Path(self.folder.text().strip())
        username, password = self.username.text().strip(), self.password.text()
        self._set_busy(True)
        self._runner.run(
            lambda: restore_backup(data_dir, backup, username=username, password=password),
            on_success=self._succeeded,
            on_failure=self._failed,
            progress_text=self.tr("Checking and restoring the backup…"),
            parent_widget=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def _succeeded(self, result: object) -> None:
        self._set_busy(False)
        self.password.clear()
        self.restored.emit(str(result))
        QMessageBox.information(
            self,
            self.tr("Restore from backup"),
            self.tr("The backup was restored. The previous data was kept in {folder}.").format(
                folder=str(result)
            ),
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.message.setText(restore_error_message(exc))
