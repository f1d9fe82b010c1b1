"""The first-run set-up wizard: school, first account, then the encrypted database is created off
the UI thread and its recovery code is shown once, to be written down and confirmed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.config import default_data_dir, remember_data_dir
from desktop.services import setup
from desktop.services.setup import NewSchool
from desktop.storage.keyslots import DEFAULT_KDF, KdfParams, normalise_recovery_code
from desktop.ui.fonts import monospace_font
from desktop.ui.login import data_folder
from desktop.ui.login.fit import FitHeight, wizard_needed_height
from desktop.ui.login.messages import vault_error_message
from desktop.ui.login.sign_in import SignedIn, start_session
from desktop.ui.operations import OperationRunner
from desktop.ui.setup.pages import AccountPage, SchoolPage
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.unsaved import discard_or_cancel, field_values


def create_school(data_dir: Path, spec: NewSchool, kdf: KdfParams) -> tuple[SignedIn, str]:
    """Create the school (worker thread); the signed-in session and the recovery code."""
    vault, recovery_code = setup.create_school(data_dir, spec, kdf)
    return start_session(vault, spec.username), recovery_code


def last_group(code: str) -> str:
    return code.rsplit("-", 1)[-1]


class RecoveryCodePage(QWizardPage):
    """Creates the school when entered, then shows the recovery code until it is confirmed."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.recovery_code = ""
        self.setTitle(self.tr("Your recovery code"))

        self.status = PlainLabel(self.tr("Creating the encrypted school database…"), self)
        self.status.setObjectName("create_status")
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)

        self.code_label = PlainLabel(self)
        self.code_label.setObjectName("recovery_code_label")
        self.code_label.setFont(monospace_font(20))
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet(
            "QLabel#recovery_code_label { background: #f6f8fa; border: 1px solid #c8d1dc;"
            " border-radius: 4px; padding: 14px; }"
        )
        self.explanation = PlainLabel(
            self.tr(
                "Write this code down on paper now and keep it in a safe place, away from this PC. "
                "It is shown only this once. If every password is forgotten, this code is the only way "
                "back into the school's records — without it, nobody (not even IT staff) can open them."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copy_recovery_code")
        self.copy_button.clicked.connect(self._copy)
        self.confirm_label = PlainLabel(self)
        self.confirm_label.setWordWrap(True)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirm_last_group")
        self.confirm.setMaxLength(8)
        self.confirm.textChanged.connect(self.completeChanged)
        self.confirm_label.setBuddy(self.confirm)

        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.code_label)
        layout.addLayout(copy_row)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        self._show_code(False)

    def _show_code(self, shown: bool) -> None:
        for widget in (self.code_label, self.copy_button, self.explanation, self.confirm_label, self.confirm):
            widget.setVisible(shown)

    def initializePage(self) -> None:
        if self.recovery_code or self._wizard.signed_in is not None:
            return
        self.status.setText(self.tr("Creating the encrypted school database…"))
        self.busy.show()
        self._wizard.start_creation(self._created, self._failed)

    def _created(self, signed: SignedIn, code: str) -> None:
        self.recovery_code = code
        self.busy.hide()
        self.status.setText(self.tr("The school is ready. One last step:"))
        self.code_label.setText(code)
        self.confirm_label.setText(
            self.tr(
                "To confirm that you have written it down, type the last group of the code (the four characters after the last dash):"
            )
        )
        self._show_code(True)
        self.confirm.setFocus()
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.status.setText(message)
        self.status.setStyleSheet("color: #b00020;")

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_code)
        self.copy_button.setText(self.tr("Copied"))

    def isComplete(self) -> bool:
        if not self.recovery_code:
            return False
        typed = normalise_recovery_code(self.confirm.text())
        return bool(typed) and typed == normalise_recovery_code(last_group(self.recovery_code))


class SetupWizard(QWizard):
    """Emits `school_created(SignedIn)` on Finish: the new vault, open, with its first user."""

    school_created = Signal(object)
    existing_school_chosen = Signal(object)
    """Path: open this folder's school instead — the folder chosen on the first page already holds
    one, or Cancel was pressed in a wizard opened from the log-in window of this school."""

    def __init__(
        self,
        data_dir: Path,
        runner: OperationRunner,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        remember_folder: bool = False,
        return_to: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._runner = runner
        self._kdf = kdf
        self._folder_chosen = remember_folder  # remembered (desktop.config) only when chosen here
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("Dodam — set up your school"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # At least 640 × 520, wider with a larger font; wrapped texts set the height (FitHeight).
        self.setMinimumSize(max(640, self.fontMetrics().averageCharWidth() * 80), 520)
        self.school_page = SchoolPage(self)
        self.account_page = AccountPage(self)
        self.recovery_page = RecoveryCodePage(self)
        self.addPage(self.school_page)
        self.addPage(self.account_page)
        self.addPage(self.recovery_page)
        self.school_page.folder_button.clicked.connect(lambda: self.choose_data_dir())
        self.school_page.default_folder_button.clicked.connect(
            lambda: self.choose_data_dir(default_data_dir())
        )
        self._show_data_dir()
        self.currentIdChanged.connect(self._page_changed)
        self._fit = FitHeight(self, wizard_needed_height)
        # Set up from the log-in window's "Use another data folder…": Cancel goes back to the school
        # shown there (desktop.ui.login.data_folder.returning_to), and the remembered folder stays.
        self.return_to = return_to if return_to is not None else data_folder.returning_to()
        self._going_back = False
        self._fields_at_open = field_values(self)

    def _page_changed(self, _page_id: int) -> None:
        self._fit.schedule()

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    def _show_data_dir(self) -> None:
        page = self.school_page
        page.folder.setText(str(self._data_dir))
        page.default_folder_button.setVisible(self._data_dir != default_data_dir())

    def choose_data_dir(self, folder: Path | None = None) -> bool:
        """Keep the school in `folder` (asked for when None). A network folder is refused with the
        reason; a folder that already holds a school is opened instead. True when accepted."""
        from desktop.ui.login.data_folder import ask_for_folder, data_folder_problem, has_vault

        if folder is None:
            folder = ask_for_folder(self, self._data_dir)
            if folder is None:
                return False
        page = self.school_page
        problem = data_folder_problem(folder)
        page.folder_message.setText(problem or "")
        page.folder_message.setVisible(problem is not None)
        if problem is not None:
            return False
        if has_vault(folder):
            remember_data_dir(folder)
            self.existing_school_chosen.emit(folder)
            return True
        self._data_dir = folder
        self._folder_chosen = True
        self._show_data_dir()
        return True

    def new_school(self) -> NewSchool:
        page = self.account_page
        return NewSchool(
            school_name=self.school_page.school_name.text().strip(),
            team_name=self.school_page.team_name.text().strip(),
            level=self.school_page.school_level(),
            username=page.username.text().strip(),
            display_name=page.display_name.text().strip(),
            position=page.position.text().strip(),
            password=page.password.text(),
        )

    def start_creation(
        self, on_created: Callable[[SignedIn, str], None], on_failed: Callable[[str], None]
    ) -> None:
        spec, data_dir, kdf = self.new_school(), self._data_dir, self._kdf

        def succeeded(result: object) -> None:
            assert isinstance(result, tuple)
            signed, code = result
            self.signed_in = signed
            if self._folder_chosen:
                remember_data_dir(data_dir)
            on_created(signed, code)

        def failed(exc: BaseException) -> None:
            on_failed(vault_error_message(exc))

        self._runner.run(lambda: create_school(data_dir, spec, kdf), on_success=succeeded, on_failure=failed)

    def accept(self) -> None:
        super().accept()
        if self.signed_in is not None:
            self.school_created.emit(self.signed_in)

    def _may_drop_typing(self) -> bool:
        """Cancel or closing with the school's or the account's fields filled in: Discard them, or
        go back to the wizard (Cancel). A set-up cannot be stored half-way, so there is no Save."""
        now = field_values(self)
        if self._going_back or now == self._fields_at_open:
            return True
        answer = discard_or_cancel(
            self,
            self.tr("Stop setting up?"),
            self.tr("The school has not been created yet; what you entered will be lost. Stop setting up?"),
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        self._fields_at_open = now  # asked once: a second close goes through
        return True

    def reject(self) -> None:
        if self.signed_in is not None:
            answer = QMessageBox.warning(
                self,
                self.tr("Recovery code"),
                self.tr(
                    "The school has been created, but the recovery code will not be shown again. "
                    "Close without confirming that you have written it down?"
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                return
            super().reject()
            self.school_created.emit(self.signed_in)
            return
        if not self._may_drop_typing():
            return
        back = self.return_to
        if back is not None and not self._going_back and data_folder.has_vault(back):
            # Its log-in window replaces this wizard (which closes, coming back here once).
            self._going_back = True
            self.existing_school_chosen.emit(back)
            if not self.isVisible():
                return
        super().reject()
