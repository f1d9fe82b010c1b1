"""Restore from backup… (from the log-in window): an administrator of this school checks the backup,
the current data is kept aside, the backup replaces it.

Who may: an active administrator of the current school, with their current password (and, when it
was changed after the backup was made, the password valid then or the backup's recovery code). When
the current school cannot be opened any more, the dialog says that this is a disaster recovery and
an administrator of the backup restores it. A backup of another school shows both schools and needs
the school's name typed. Wrong passwords count in the log-in lockout (desktop.services.backups).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from desktop.services.backups import (
    BackupPasswordNeeded,
    OtherSchoolBackup,
    RestoreResult,
    current_school_unopenable,
)
from desktop.services.backups import restore as restore_backup
from desktop.services.korean_text import with_josa
from desktop.storage.backup import MANIFEST_NAME
from desktop.ui.backup.messages import restore_error_message
from desktop.ui.operations import OperationRunner
from desktop.ui.widgets.area import keep_minimum_width
from desktop.ui.widgets.plain_text import PlainLabel, as_written


def other_school_message(exc: OtherSchoolBackup) -> str:
    """Both schools, by name and id, and the name to type."""
    text = QCoreApplication.translate(
        "RestoreDialog",
        "This backup is of another school: {backup_name} (id {backup_id}). The school in this data "
        "folder is {current_name} (id {current_id}). To replace it anyway, type the name {expected} "
        "below and choose Restore again.",
    ).format(
        backup_name=exc.backup.name or "?",
        backup_id=exc.backup.database_id or "?",
        current_name=exc.current.name or "?",
        current_id=exc.current.database_id or "?",
        expected=exc.expected,
    )
    return with_josa(text)


class RestoreDialog(QDialog):
    """Emits `restored(pre_restore_folder)` after the backup is in place."""

    restored = Signal(str)

    def __init__(self, data_dir: Path, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._runner = runner
        self.disaster = current_school_unopenable(data_dir)
        self.last_result_text = ""
        self.setWindowTitle(self.tr("Restore from backup"))
        keep_minimum_width(self, 560)

        intro = QLabel(
            self.tr(
                "Only an active administrator of this school can restore a backup. Choose a backup folder "
                "(dodam-backup-…) and log in with your current password. The current school data is kept "
                "in a pre-restore folder next to it before the backup replaces it."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.disaster_note = QLabel(
            self.tr(
                "Disaster recovery: this data folder holds no school that can be opened (its key file or "
                "database is missing or damaged). Log in with the password of an administrator in the "
                "backup, or enter the backup's recovery code as the password."
            ),
            self,
        )
        self.disaster_note.setObjectName("disaster_note")
        self.disaster_note.setWordWrap(True)
        self.disaster_note.setTextFormat(Qt.TextFormat.PlainText)
        self.disaster_note.setStyleSheet("QLabel#disaster_note { color: #9c4a00; font-weight: bold; }")
        self.disaster_note.setVisible(self.disaster)

        self.folder = QLineEdit(self)
        self.folder.setObjectName("backup_folder")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.username = QLineEdit(self)
        self.username.setObjectName("restore_username")
        self.password = QLineEdit(self)
        self.password.setObjectName("restore_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_password = QLineEdit(self)
        self.backup_password.setObjectName("backup_password")
        self.backup_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_password.setPlaceholderText(self.tr("Only if your password changed since the backup"))
        self.confirm_school = QLineEdit(self)
        self.confirm_school.setObjectName("confirm_school")
        form = QFormLayout()
        backup_label = QLabel(self.tr("&Backup:"), self)
        backup_label.setBuddy(self.folder)  # the mnemonic, not a literal "&"
        form.addRow(backup_label, row)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Backup p&assword or recovery code:"), self.backup_password)
        self.confirm_label = QLabel(self.tr("&School name to confirm:"), self)
        self.confirm_label.setBuddy(self.confirm_school)
        form.addRow(self.confirm_label, self.confirm_school)
        self.confirm_label.hide()
        self.confirm_school.hide()
        self.message = PlainLabel(self)
        self.message.setObjectName("restore_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # school names are data, not markup
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
        layout.addWidget(self.disaster_note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.folder, browse)
        self.setTabOrder(browse, self.username)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.backup_password)
        self.setTabOrder(self.backup_password, self.confirm_school)
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
        question = self.tr(
            "Replace the current school data with this backup? Everything entered after the backup "
            "was made is set aside in the pre-restore folder."
        )
        if self.disaster:
            question = self.tr("This is a disaster recovery.") + " " + question
        answer = QMessageBox.question(self, self.tr("Restore from backup"), as_written(question))
        if answer != QMessageBox.StandardButton.Yes:
            return
        data_dir, backup = self._data_dir, Path(self.folder.text().strip())
        username, password = self.username.text().strip(), self.password.text()
        backup_password = self.backup_password.text() or None
        confirm = self.confirm_school.text() if self.confirm_school.isVisible() else None
        self._set_busy(True)
        self._runner.run(
            lambda: restore_backup(
                data_dir,
                backup,
                username=username,
                password=password,
                backup_password=backup_password,
                confirm_school=confirm,
            ),
            on_success=self._succeeded,
            on_failure=self._failed,
            progress_text=self.tr("Checking and restoring the backup…"),
            parent_widget=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def _clear_secrets(self) -> None:
        self.password.clear()
        self.backup_password.clear()

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, RestoreResult)
        self._set_busy(False)
        self._clear_secrets()
        self.restored.emit(str(result.pre_restore))
        text = self.tr("The backup was restored. The previous data was kept in {folder}.").format(
            folder=str(result.pre_restore)
        )
        if result.disaster_recovery:
            text = (
                self.tr(
                    "Disaster recovery done: the school that could not be opened was replaced by the backup, "
                    "restored by an administrator of the backup."
                )
                + " "
                + text
            )
        self.last_result_text = text
        QMessageBox.information(self, self.tr("Restore from backup"), as_written(text))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._clear_secrets()
        if isinstance(exc, OtherSchoolBackup):
            self.message.setText(other_school_message(exc))
            self.confirm_label.show()
            self.confirm_school.show()
            self.confirm_school.setFocus()
            return
        self.message.setText(restore_error_message(exc))
        if isinstance(exc, BackupPasswordNeeded):
            self.backup_password.setFocus()
