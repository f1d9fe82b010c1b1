"""The monthly review of the audit log (DESIGN §1.5): filter by period (a month by default),
person, action, record and student; mark the month as reviewed; the state of the hash chain."""

from __future__ import annotations

import itertools
import logging
from datetime import date

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import audit_review as ar
from desktop.services.audit_review import AuditFilter, ChainState, MonthReview
from desktop.services.korean_text import with_josa
from desktop.ui.admin.audit_table_model import AuditTableModel
from desktop.ui.context import AppContext
from desktop.ui.labels import audit_action_label, audit_record_label
from desktop.ui.timefmt import datetime_text
from desktop.ui.widgets.area import fit_columns, make_table_view
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.flow import FlowLayout, captioned
from desktop.ui.widgets.plain_text import PlainLabel, as_written

log = logging.getLogger(__name__)


def _date_edit(fmt: str, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(fmt)
    return edit


class AuditReviewView(QWidget):
    """The review screen; only for those with VIEW_AUDIT (the services refuse everyone else)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today or date.today()
        self._loading = False
        self._chain_checked = False

        self.month_edit = _date_edit("yyyy-MM", self)
        self.from_edit = _date_edit("yyyy-MM-dd", self)
        self.to_edit = _date_edit("yyyy-MM-dd", self)
        self.person_combo = QComboBox(self)
        self.action_combo = QComboBox(self)
        self.entity_combo = QComboBox(self)
        self.student_edit = QLineEdit(self)
        self.student_edit.setPlaceholderText(self.tr("Student name or number, then Enter"))
        self.student_edit.setClearButtonEnabled(True)
        self.student_combo = QComboBox(self)
        self.student_combo.setMinimumContentsLength(16)

        # The filters wrap onto further lines rather than squeeze their fields.
        grid = FlowLayout()
        filters: list[tuple[str, QWidget]] = [
            (self.tr("&Month:"), self.month_edit),
            (self.tr("&From:"), self.from_edit),
            (self.tr("&To:"), self.to_edit),
            (self.tr("&Person:"), self.person_combo),
            (self.tr("A&ction:"), self.action_combo),
            (self.tr("&Record:"), self.entity_combo),
        ]
        for text, widget in filters:
            if isinstance(widget, QComboBox):
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            grid.addWidget(captioned(text, widget, self))
        self.student_edit.setMinimumWidth(
            self.student_edit.fontMetrics().horizontalAdvance(self.student_edit.placeholderText()) + 40
        )
        student = captioned(self.tr("&Student:"), self.student_edit, self)
        student_row = student.layout()
        assert student_row is not None
        student_row.addWidget(self.student_combo)
        grid.addWidget(student)
        self.count_label = QLabel(self)
        self.review_label = PlainLabel(self)
        self.review_label.setObjectName("review_label")
        self.review_button = QPushButton(self.tr("Mark month as re&viewed…"), self)
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("chain_label")
        self.chain_button = QPushButton(self.tr("Check the c&hain again"), self)
        # The signed head of the chain, for the principal to sign on the monthly review.
        self.head_label = QLabel(self)
        self.head_label.setObjectName("head_label")
        self.head_label.setTextFormat(Qt.TextFormat.PlainText)
        self.head_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = AuditTableModel(self)
        self.table = make_table_view(self)
        # Fetched page by page, newest first: sorting would need every event.
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)

        review_bar = QHBoxLayout()
        review_bar.addWidget(self.review_label, 1)
        review_bar.addWidget(self.review_button)
        chain_bar = QHBoxLayout()
        chain_bar.addWidget(self.chain_label, 1)
        chain_bar.addWidget(self.chain_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(review_bar)
        layout.addLayout(chain_bar)
        layout.addWidget(self.head_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

        order: list[QWidget] = [
            self.month_edit,
            self.from_edit,
            self.to_edit,
            self.person_combo,
            self.action_combo,
            self.entity_combo,
            self.student_edit,
            self.student_combo,
            self.review_button,
            self.chain_button,
            self.table,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        # Nothing is read until the area is shown: refresh() fills the choices and loads the month
        # (reading it here too would do the work twice on a log of 500,000 events).
        self._ready = False
        self._set_month(QDate(self._today.year, self._today.month, 1))
        self.month_edit.dateChanged.connect(self._set_month)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.reload)
        for combo in (self.person_combo, self.action_combo, self.entity_combo, self.student_combo):
            combo.currentIndexChanged.connect(self.reload)
        self.student_edit.returnPressed.connect(self.find_student)
        self.review_button.clicked.connect(self.mark_reviewed)
        self.chain_button.clicked.connect(self.check_chain)

    # --- filters ---------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        self._loading = True
        people = self._ctx.read(ar.people)
        kinds = self._ctx.read(ar.entity_types)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Everyone"), None)
        for p in people:
            self.person_combo.addItem(f"{p.display_name} ({p.username})", p.id)
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("Every action"), None)
        for action in ar.actions():
            self.action_combo.addItem(audit_action_label(action), action)
        self.entity_combo.clear()
        self.entity_combo.addItem(self.tr("Every record"), None)
        for kind in kinds:
            self.entity_combo.addItem(audit_record_label(kind), kind)
        self.student_combo.clear()
        self.student_combo.addItem(self.tr("Every student"), None)
        self._loading = False

    def _set_month(self, first: QDate) -> None:
        month = date(first.year(), first.month(), 1)
        start, end = ar.month_bounds(ar.month_key(month))
        self._loading = True
        if self.month_edit.date() != QDate(start.year, start.month, 1):
            self.month_edit.setDate(QDate(start.year, start.month, 1))
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))
        self._loading = False
        self.reload()

    def month(self) -> str:
        d = self.month_edit.date()
        return f"{d.year():04d}-{d.month():02d}"

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            start=self.from_edit.date().toPython(),  # type: ignore[arg-type]
            end=self.to_edit.date().toPython(),  # type: ignore[arg-type]
            actor_id=self.person_combo.currentData(),
            action=self.action_combo.currentData(),
            student_id=self.student_combo.currentData(),
            entity_type=self.entity_combo.currentData(),
        )

    def find_student(self) -> None:
        """Turn the typed name (or number) into the student filter."""
        text = self.student_edit.text().strip()
        found = self._ctx.read(lambda s, a: ar.find_students(s, a, text)) if text else []
        self._loading = True
        self.student_combo.clear()
        self.student_combo.addItem(self.tr("Every student"), None)
        for st in found:
            self.student_combo.addItem(f"{st.grade}-{st.class_no} {st.number}. {st.name}", st.id)
        if not found and text.isdigit():
            # Those who may not see the student's name can still follow a student number.
            self.student_combo.addItem(f"#{text}", int(text))
        self._loading = False
        self.student_combo.setCurrentIndex(1 if self.student_combo.count() > 1 else 0)
        if self.student_combo.count() == 1 and text:
            self.count_label.setText(self.tr("No student matches “{text}”.").format(text=text))
        self.reload()

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        if self._loading or not self._ready:
            return
        flt = self.current_filter()
        total = self._ctx.read(lambda s, a: ar.count_events(s, a, flt))
        self.count_label.setText(self.tr("{n} events").format(n=total))
        self.model.start(
            lambda before: self._ctx.read(lambda s, a: ar.events_page(s, a, flt, before_id=before))
        )
        fit_columns(self.table)
        self._show_review(self._ctx.read(lambda s, a: ar.month_review(s, a, self.month())))

    def refresh(self) -> None:
        self._ready = True
        self._fill_choices()
        self.reload()
        if not self._chain_checked:
            self.check_chain()

    def _show_review(self, review: MonthReview | None) -> None:
        if review is None:
            self.review_label.setText(self.tr("{month}: not reviewed yet.").format(month=self.month()))
            self.review_button.setEnabled(True)
            return
        self.review_label.setText(
            with_josa(
                self.tr("{month}: reviewed by {name} on {when}.").format(
                    month=review.month, name=review.reviewed_by_name, when=datetime_text(review.reviewed_at)
                )
            )
        )
        if review.note:
            self.review_label.setToolTip(as_written(review.note))
        self.review_button.setEnabled(False)

    def mark_reviewed(self) -> None:
        month = self.month()
        note, ok = QInputDialog.getText(
            self,
            self.tr("Mark month as reviewed"),
            self.tr("Reviewed the audit log of {month}. Note (optional):").format(month=month),
        )
        if not ok:
            return
        today = self._today
        review = run_action(
            self, self._ctx, lambda s, a: ar.mark_month_reviewed(s, a, month, note=note, today=today)
        )
        if review is not None:
            self._show_review(review)

    # --- the chain -------------------------------------------------------------------------------

    def check_chain(self) -> None:
        """Verify the hash chain off the UI thread (it reads every event)."""
        self._chain_checked = True
        self.chain_label.setText(self.tr("Audit chain: checking…"))
        self.chain_button.setEnabled(False)
        vault = self._ctx.vault
        actor = self._ctx.actor

        def work() -> ChainState:
            with vault.session() as session:
                try:
                    return ar.chain_state(session, actor)
                finally:
                    session.rollback()

        self._ctx.runner.run(work, on_success=self._show_chain, on_failure=self._chain_failed)

    def _show_chain(self, state: object) -> None:
        if not shiboken6.isValid(self.chain_label):  # the view was closed meanwhile
            return
        self.chain_button.setEnabled(True)
        assert isinstance(state, ChainState)
        if state.intact:
            self.chain_label.setText(self.tr("Audit chain: intact ({n} events).").format(n=state.events))
            self.chain_label.setToolTip("")
        else:
            self.chain_label.setText(
                self.tr(
                    "Audit chain: {n} problems — run “dodam check” and keep a copy of the data folder."
                ).format(n=len(state.problems))
            )
            self.chain_label.setToolTip("\n".join(state.problems[:20]))
        self._show_head(state)

    def _show_head(self, state: ChainState) -> None:
        head = state.head
        if head is None:
            self.head_label.setText(
                self.tr("Signed head: none yet (an administrator's log-in signs the audit log).")
            )
        else:
            verified = self.tr("yes") if head.verified else self.tr("no")
            self.head_label.setText(
                self.tr(
                    "Signed head: {n} events, hash {hash}…, signed {when} by {signer}; verified: {verified}."
                ).format(
                    n=head.event_count,
                    hash=head.head_hash[:16],
                    when=datetime_text(head.at),
                    signer=head.signer,
                    verified=verified,
                )
            )
        if state.warnings:
            self.head_label.setToolTip("\n".join(state.warnings))
        else:
            self.head_label.setToolTip("")

    def _chain_failed(self, exc: object) -> None:
        if not shiboken6.isValid(self.chain_label):
            return
        self.chain_button.setEnabled(True)
        self.chain_label.setText(self.tr("Audit chain: could not be checked ({error}).").format(error=exc))
        log.warning("audit chain check failed: %r", exc)
