"""The log-in window. The school's name is encrypted, so before log-in only the data folder's name
is shown. Each failure cause has its own message; nothing here ever offers to reset data."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.login import warm_up
from desktop.ui.login.data_folder import shared_folder_warning
from desktop.ui.login.fit import FitHeight
from desktop.ui.login.messages import vault_error_message
from desktop.ui.operations import OperationRunner
from desktop.ui.widgets.area import heading


def _left_aligned(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class LoginWindow(QWidget):
    """Emits `signed_in(SignedIn)` after a successful log-in (the LOGIN event is recorded).

    It shows before the database layer is imported (desktop.ui.login.warm_up): the sign-in runs on
    the worker, and the dialogs it opens are imported when first opened, after `warm_up.wait()`.
    """

    signed_in = Signal(object)
    data_dir_changed = Signal(object)
    """Path: the user chose another data folder (one with a school, or an empty one to set up)."""

    def __init__(
        self,
        data_dir: Path,
        runner: OperationRunner,
        *,
        demo_accounts: list[tuple[str, str]] | None = None,
        demo_password: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._runner = runner
        self._demo = bool(demo_accounts)
        self.setWindowTitle(
            self.tr("Dodam — log in — DEMO SCHOOL") if self._demo else self.tr("Dodam — log in")
        )
        # Wide enough for the fields at any font size; wrapped texts set the height (FitHeight).
        self.setMinimumWidth(max(460, self.fontMetrics().averageCharWidth() * 52))

        title = heading(self.tr("Dodam (도담)"), self)
        subtitle = QLabel(self.tr("Student integrated support team records"), self)
        subtitle.setWordWrap(True)
        folder = QLabel(
            self.tr("School data folder: {name}").format(name=data_dir.name or str(data_dir)), self
        )
        folder.setToolTip(str(data_dir))
        folder.setObjectName("data_folder")
        folder.setWordWrap(True)
        self.shared_warning = QLabel(shared_folder_warning(data_dir) or "", self)
        self.shared_warning.setObjectName("shared_folder_warning")
        self.shared_warning.setWordWrap(True)
        self.shared_warning.setStyleSheet("QLabel#shared_folder_warning { color: #9c4a00; }")
        self.shared_warning.setVisible(bool(self.shared_warning.text()))

        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.username.returnPressed.connect(self._username_entered)
        self.password.returnPressed.connect(self.log_in)
        self.login_button = QPushButton(self.tr("Log in"), self)
        self.login_button.setObjectName("login_button")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.log_in)

        self.message = QLabel(self)
        self.message.setObjectName("login_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#login_message { color: #b00020; }")
        self.message.hide()

        self.recovery_button = QPushButton(self.tr("Forgot password? Use the recovery code…"), self)
        self.recovery_button.setObjectName("recovery_button")
        self.recovery_button.setFlat(True)
        self.recovery_button.setStyleSheet("QPushButton { color: #1a5fb4; text-decoration: underline; }")
        self.recovery_button.clicked.connect(self._open_recovery)

        # Alt+U / Alt+P (Korean: 사용자 이름(&U) / 비밀번호(&P)) put the cursor in the field.
        self.username_label = QLabel(self.tr("&User name:"), self)
        self.username_label.setBuddy(self.username)
        self.password_label = QLabel(self.tr("&Password:"), self)
        self.password_label.setBuddy(self.password)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(folder)
        layout.addWidget(self.shared_warning)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.login_button)
        layout.addLayout(_left_aligned(self.recovery_button))
        self.restore_button = QPushButton(self.tr("Restore from backup…"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setFlat(True)
        self.restore_button.setStyleSheet("QPushButton { color: #1a5fb4; text-decoration: underline; }")
        self.restore_button.clicked.connect(self.open_restore)
        layout.addLayout(_left_aligned(self.restore_button))
        self.folder_button = QPushButton(self.tr("Use another data folder…"), self)
        self.folder_button.setObjectName("data_folder_button")
        self.folder_button.setFlat(True)
        self.folder_button.setStyleSheet("QPushButton { color: #1a5fb4; text-decoration: underline; }")
        self.folder_button.setToolTip(
            self.tr(
                "Open a school kept in another folder on this PC (e.g. one shared by several PC accounts), "
                "or set up a new school in an empty folder."
            )
        )
        self.folder_button.clicked.connect(lambda: self.use_other_folder())
        self.folder_button.setVisible(not self._demo)  # the demo school has its own folder
        layout.addLayout(_left_aligned(self.folder_button))

        self.demo_box: QGroupBox | None = None
        if demo_accounts:
            self.demo_box = self._demo_box(demo_accounts, demo_password or "")
            layout.addSpacing(8)
            layout.addWidget(self.demo_box)
        layout.addStretch(1)
        # Tab follows the reading order: the fields, Log in, then the links from top to bottom.
        chain = [
            self.username,
            self.password,
            self.login_button,
            self.recovery_button,
            self.restore_button,
            self.folder_button,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self.username.setFocus()
        FitHeight(self)
        self._finished = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._finished:
            self._finished = True
            QTimer.singleShot(0, self, self._finish_setup)  # after the paint is on screen

    def _finish_setup(self) -> None:
        """What does not show in the first paint, set just after it: these need Qt's `Qt` namespace,
        which takes ~20 ms to load — a seventh of a bare window's start."""
        from PySide6.QtCore import Qt

        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_button.setCursor(Qt.CursorShape.PointingHandCursor)

    def _demo_box(self, accounts: list[tuple[str, str]], password: str) -> QGroupBox:
        box = QGroupBox(self.tr("Demo school — accounts for trying Dodam"), self)
        box.setObjectName("demo_accounts")
        box.setStyleSheet(
            "QGroupBox#demo_accounts { background: #fff6e0; border: 1px solid #e0b050;"
            " border-radius: 4px; margin-top: 14px; padding: 10px 8px 6px 8px; }"
            "QGroupBox#demo_accounts::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }"
        )
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for username, description in accounts:
            label = QLabel(description, box)
            label.setWordWrap(True)
            form.addRow(QLabel(f"<b>{username}</b>", box), label)
        form.addRow(QLabel(self.tr("Password:"), box), QLabel(f"<b>{password}</b>", box))
        hint = QLabel(self.tr("The demo school holds invented data only."), box)
        hint.setWordWrap(True)
        form.addRow(hint)
        return box

    def _username_entered(self) -> None:
        if self.password.text():
            self.log_in()
        else:
            self.password.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.login_button.isEnabled():
            self.log_in()
            return
        super().keyPressEvent(event)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def log_in(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not self.login_button.isEnabled():
            return
        if not username or not password:
            self.show_message(self.tr("Enter your user name and password."))
            (self.username if not username else self.password).setFocus()
            return
        self._set_busy(True)
        self.show_message("")
        data_dir = self._data_dir

        def work() -> object:  # on the worker, queued behind the warm-up's imports
            from desktop.ui.login.sign_in import sign_in

            return sign_in(data_dir, username, password)

        self._runner.run(
            work,
            on_success=self._succeeded,
            on_failure=self._failed,
            progress_text=self.tr("Opening the school database…"),
            parent_widget=self,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.login_button, self.recovery_button):
            widget.setEnabled(not busy)

    def _succeeded(self, result: object) -> None:
        from desktop.ui.login.sign_in import SignedIn

        assert isinstance(result, SignedIn)
        self._set_busy(False)
        self.password.clear()
        self.signed_in.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.show_message(vault_error_message(exc))
        self.password.selectAll()
        self.password.setFocus()

    def use_other_folder(self, folder: Path | None = None) -> bool:
        """Switch to another data folder (asked for when `folder` is None). A folder with a school is
        remembered and opened; for one without, the user confirms setting up a new school there (it
        is remembered once the school exists). A network folder is refused with the reason. True
        when the folder was accepted."""
        from desktop.config import remember_data_dir
        from desktop.ui.login.data_folder import (
            HandingOver,
            ask_for_folder,
            data_folder_problem,
            has_vault,
        )

        if folder is None:
            folder = ask_for_folder(self, self._data_dir)
            if folder is None:
                return False
        problem = data_folder_problem(folder)
        if problem is not None:
            self.show_message(problem)
            return False
        if has_vault(folder):
            remember_data_dir(folder)
        else:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.tr("No school in this folder"),
                self.tr("{path} holds no Dodam school. Set up a new school in this folder?").format(
                    path=str(folder)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.show_message("")
        if has_vault(folder):
            self.data_dir_changed.emit(folder)
        else:
            with HandingOver(self._data_dir):  # Cancel in the set-up wizard comes back here
                self.data_dir_changed.emit(folder)
        return True

    def open_restore(self) -> object:
        warm_up.wait()
        from desktop.ui.backup.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._data_dir, self._runner, self)
        dialog.restored.connect(
            lambda _folder: self.show_message(self.tr("The backup was restored. Log in."))
        )
        dialog.open()
        return dialog

    def _open_recovery(self) -> None:
        warm_up.wait()
        from PySide6.QtCore import Qt

        from desktop.ui.login.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self._data_dir, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.password_set.connect(self._password_recovered)
        dialog.open()

    def _password_recovered(self, username: str) -> None:
        self.username.setText(username)
        self.password.clear()
        self.password.setFocus()
        self.show_message("")
