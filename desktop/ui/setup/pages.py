"""The pages of the first-run wizard: the school, and the first coordinator account."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.models import SchoolLevel
from desktop.ui.labels import members
from desktop.ui.widgets.password_rules import password_problem, password_words, rule_text
from desktop.ui.widgets.plain_text import PlainLabel

DEFAULT_TEAM_NAME = "학생맞춤통합지원팀"  # the name the Act gives the team; schools may rename it
DEFAULT_POSITION = "교육복지사"  # printed on minutes, so a Korean default in either language


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A form's caption whose mnemonic (&X, Korean "(&X)") puts the focus in `field`."""
    label = PlainLabel(text, field.parentWidget())
    label.setBuddy(field)
    return label


class FlowRow(QWidget):
    """Buttons side by side that go one under the other when the row is too narrow for them (a long
    translation or a large font), instead of being cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: list[QWidget] = []
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._columns = 0

    def add(self, button: QWidget) -> None:
        self._buttons.append(button)
        self._arrange(len(self._buttons))

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._buttons:
            self._layout.removeWidget(button)
        for index, button in enumerate(self._buttons):
            self._layout.addWidget(button, index // columns, index % columns)
        for column in range(len(self._buttons) + 1):
            self._layout.setColumnStretch(column, 0)
        self._layout.setColumnStretch(columns, 1)

    def _fits_in_one_row(self, width: int) -> bool:
        spacing = self._layout.horizontalSpacing()
        needed = sum(b.sizeHint().width() for b in self._buttons if not b.isHidden())
        shown = sum(1 for b in self._buttons if not b.isHidden())
        return needed + max(0, shown - 1) * max(spacing, 0) <= width

    def minimumSizeHint(self) -> QSize:
        widest = max((b.sizeHint().width() for b in self._buttons), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(len(self._buttons) if self._fits_in_one_row(event.size().width()) else 1)
        super().resizeEvent(event)


class SchoolPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your school"))
        self.setSubTitle(
            self.tr("These details appear on minutes and reports. You can change them later in Admin.")
        )
        self.school_name = QLineEdit(self)
        self.school_name.setObjectName("school_name")
        self.school_name.setPlaceholderText(self.tr("e.g. 도담초등학교"))
        self.team_name = QLineEdit(DEFAULT_TEAM_NAME, self)
        self.team_name.setObjectName("team_name")
        self.level = QComboBox(self)
        self.level.setObjectName("school_level")
        for value, text in members(SchoolLevel):
            self.level.addItem(text, value)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(buddy_label(self.tr("&School name:"), self.school_name), self.school_name)
        form.addRow(buddy_label(self.tr("&Team name:"), self.team_name), self.team_name)
        form.addRow(buddy_label(self.tr("School &level:"), self.level), self.level)
        # Where the school's data lives: the default, or a folder chosen here (SetupWizard wires it).
        self.folder = PlainLabel(self)
        self.folder.setObjectName("setup_data_folder")
        self.folder.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Choose another folder…"), self)
        self.folder_button.setObjectName("setup_folder_button")
        self.default_folder_button = QPushButton(self.tr("Use the default folder"), self)
        self.default_folder_button.setObjectName("setup_default_folder_button")
        buttons = FlowRow()
        buttons.add(self.folder_button)
        buttons.add(self.default_folder_button)
        self.folder_message = PlainLabel(self)
        self.folder_message.setObjectName("setup_folder_message")
        self.folder_message.setWordWrap(True)
        self.folder_message.setStyleSheet("QLabel#setup_folder_message { color: #b00020; }")
        self.folder_message.hide()
        hint = PlainLabel(
            self.tr(
                "Keep it on this PC's own disk. To let several PC accounts use the same school, choose a "
                "folder they all may change, such as C:\\Users\\Public\\Dodam."
            ),
            self,
        )
        hint.setWordWrap(True)
        folder_box = QVBoxLayout()
        folder_box.setContentsMargins(0, 0, 0, 0)
        for part in (self.folder, buttons, hint, self.folder_message):
            folder_box.addWidget(part)
        form.addRow(buddy_label(self.tr("&Data folder:"), self.folder_button), folder_box)
        self.registerField("school_name*", self.school_name)
        self.registerField("team_name", self.team_name)

    def school_level(self) -> SchoolLevel:
        return SchoolLevel(self.level.currentData())


class AccountPage(QWizardPage):
    """The first coordinator, who is also the first administrator. Committing creates the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your account"))
        self.setSubTitle(
            self.tr(
                "The first account is the team's coordinator and administrator: it adds the other staff "
                "accounts later."
            )
        )
        self.username = QLineEdit(self)
        self.username.setObjectName("admin_username")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("admin_display_name")
        self.position = QLineEdit(DEFAULT_POSITION, self)
        self.position.setObjectName("admin_position")
        self.password = QLineEdit(self)
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("admin_password_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        rules = PlainLabel(rule_text(), self)
        rules.setWordWrap(True)
        self.message = PlainLabel(self)
        self.message.setObjectName("password_message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(buddy_label(self.tr("&User name:"), self.username), self.username)
        form.addRow(buddy_label(self.tr("&Display name:"), self.display_name), self.display_name)
        form.addRow(buddy_label(self.tr("P&osition:"), self.position), self.position)
        form.addRow(buddy_label(self.tr("&Password:"), self.password), self.password)
        form.addRow(buddy_label(self.tr("Password &again:"), self.repeat), self.repeat)
        form.addRow("", rules)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.registerField("admin_username*", self.username)
        self.registerField("admin_display_name*", self.display_name)
        for field in (self.username, self.display_name, self.password, self.repeat):
            field.textChanged.connect(self._changed)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the school"))

    def problem(self) -> str | None:
        if not self.username.text().strip():
            return self.tr("Choose a user name for logging in.")
        if not self.display_name.text().strip():
            return self.tr("Enter your name as colleagues know it.")
        names = (self.username.text(), self.display_name.text(), str(self.field("school_name") or ""))
        return password_problem(self.password.text(), self.repeat.text(), password_words(*names))

    def _changed(self) -> None:
        problem = self.problem()
        if problem is None:
            self.message.setText(self.tr("✓ The password can be used."))
            self.message.setStyleSheet("color: #1e7b34;")
        else:
            self.message.setText(problem if self.password.text() else "")
            self.message.setStyleSheet("color: #b00020;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return super().isComplete() and self.problem() is None
