"""One organisation of the directory: new, edit, or read-only for those who may not edit it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import OrganisationKind
from desktop.services import organisations
from desktop.services.organisations import OrganisationData, OrganisationDetail
from desktop.services.permissions import Permission
from desktop.ui.context import AppContext
from desktop.ui.labels import members
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding


class OrganisationDialog(AsksBeforeDiscarding, QDialog):
    """Shows `detail` (or an empty form for a new organisation). With MANAGE_ORGANISATIONS the
    form is editable and OK stores it through the service; otherwise only Close is offered.
    After a successful save `saved_id` is the organisation's id."""

    def __init__(
        self, ctx: AppContext, detail: OrganisationDetail | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail = detail
        self.saved_id: int | None = None
        self.editable = ctx.can(Permission.MANAGE_ORGANISATIONS)
        if detail is None:
            self.setWindowTitle(self.tr("New organisation"))
        elif self.editable:
            self.setWindowTitle(self.tr("Edit organisation"))
        else:
            self.setWindowTitle(self.tr("Organisation"))

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(100)
        self.kind_combo = QComboBox(self)
        for kind, text in members(OrganisationKind):
            self.kind_combo.addItem(text, kind)
        self.services_edit = QPlainTextEdit(self)
        self.services_edit.setTabChangesFocus(True)
        self.services_edit.setFixedHeight(self.fontMetrics().height() * 4)
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setMaxLength(60)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setMaxLength(40)
        self.email_edit = QLineEdit(self)
        self.email_edit.setMaxLength(100)
        self.address_edit = QLineEdit(self)
        self.address_edit.setMaxLength(200)
        self.class_hours_check = QCheckBox(self.tr("&Recognised as class hours or credits"), self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 4)
        self.error_label = PlainLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.status_label = PlainLabel(self)
        self.status_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Services:"), self.services_edit)
        form.addRow(self.tr("&Contact person:"), self.contact_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow("", self.class_hours_check)
        form.addRow(self.tr("No&tes:"), self.notes_edit)

        if self.editable:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
            )
            self.buttons.accepted.connect(self.accept)
            self.buttons.rejected.connect(self.reject)
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
            self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        if detail is not None:
            self._fill(detail)
        else:
            self.status_label.hide()
        if not self.editable:
            self._make_read_only()
        self.name_edit.setFocus()
        self.resize(520, self.sizeHint().height())

    def _fill(self, detail: OrganisationDetail) -> None:
        self.name_edit.setText(detail.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(detail.kind))
        self.services_edit.setPlainText(detail.services)
        self.contact_edit.setText(detail.contact_person)
        self.phone_edit.setText(detail.phone)
        self.email_edit.setText(detail.email)
        self.address_edit.setText(detail.address)
        self.class_hours_check.setChecked(detail.recognised_as_class_hours)
        self.notes_edit.setPlainText(detail.notes)
        status = self.tr("Active") if detail.active else self.tr("Inactive (kept for past referrals)")
        self.status_label.setText(
            self.tr("{status} · open referrals: {n}").format(status=status, n=detail.open_referrals)
        )

    def _make_read_only(self) -> None:
        for edit in (self.name_edit, self.contact_edit, self.phone_edit, self.email_edit, self.address_edit):
            edit.setReadOnly(True)
        for text in (self.services_edit, self.notes_edit):
            text.setReadOnly(True)
        self.kind_combo.setEnabled(False)
        self.class_hours_check.setEnabled(False)

    def data(self) -> OrganisationData:
        kind = self.kind_combo.currentData()
        return OrganisationData(
            name=self.name_edit.text(),
            # Qt hands a StrEnum item's data back as a plain str.
            kind=OrganisationKind(kind) if kind else OrganisationKind.OTHER,
            services=self.services_edit.toPlainText(),
            contact_person=self.contact_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            address=self.address_edit.text(),
            recognised_as_class_hours=self.class_hours_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def problem(self) -> str | None:
        """What must be fixed before the form can be stored (the service checks again)."""
        if not self.name_edit.text().strip():
            return self.tr("Enter the organisation's name.")
        email = self.email_edit.text().strip()
        if email and "@" not in email:
            return self.tr("The e-mail address is not valid.")
        return None

    def accept(self) -> None:
        if not self.editable:
            self.reject()
            return
        problem = self.problem()
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.show()
            (self.email_edit if self.name_edit.text().strip() else self.name_edit).setFocus()
            return
        data = self.data()
        detail = self._detail
        if detail is None:
            saved = run_action(self, self._ctx, lambda s, a: organisations.create_organisation(s, a, data).id)
        else:
            saved = run_action(
                self, self._ctx, lambda s, a: organisations.update_organisation(s, a, detail.id, data).id
            )
        if saved is None:
            return
        self.saved_id = saved
        super().accept()
