"""The Plan tab: the versions of the case's support plan, editing a draft, submitting it, and
the principal's approval or return for revision."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import PlanStatus
from desktop.reports.case_documents import support_plan_pdf
from desktop.services import cases, plans
from desktop.services.case_workflow import CaseAction
from desktop.services.errors import ServiceError
from desktop.services.permissions import Permission
from desktop.services.plans import ActionInput, Choice, GoalInput, PlanChoices, PlanDetail, PlanVersionRow
from desktop.ui.case_detail.panel import CasePanel, keep_or_drop_edits
from desktop.ui.case_detail.plan_dialogs import ActionDialog, GoalDialog, ReturnPlanDialog
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.printing.print_flow import print_document
from desktop.ui.widgets.area import fit_columns, make_table_view
from desktop.ui.widgets.dates import date_of, make_date_edit, qdate
from desktop.ui.widgets.feedback import error_text, run_action
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import Column, RowTableModel
from desktop.ui.widgets.why_disabled import enable

_BADGE_COLOURS = {
    PlanStatus.DRAFT: "#6d4c00",
    PlanStatus.SUBMITTED: "#0b4f8a",
    PlanStatus.APPROVED: "#1b5e20",
    PlanStatus.SUPERSEDED: "#616161",
}


@dataclass(frozen=True)
class GoalLine:
    """A goal being shown or edited, with its domain's name for the table."""

    value: GoalInput
    domain_name: str


@dataclass(frozen=True)
class ActionLine:
    value: ActionInput
    provider_name: str
    person_in_charge_name: str


def _period(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{start.isoformat() if start else ''} – {end.isoformat() if end else ''}"


class GoalsTableModel(RowTableModel[GoalLine]):
    def columns(self) -> list[Column[GoalLine]]:
        return [
            Column(self.tr("Domain"), lambda r: r.domain_name),
            Column(self.tr("Goal"), lambda r: r.value.goal),
            Column(self.tr("Measure"), lambda r: r.value.measure),
        ]


class ActionsTableModel(RowTableModel[ActionLine]):
    def columns(self) -> list[Column[ActionLine]]:
        return [
            Column(self.tr("Description"), lambda r: r.value.description),
            Column(self.tr("Provider"), lambda r: r.provider_name),
            Column(self.tr("Person in charge"), lambda r: r.person_in_charge_name),
            Column(self.tr("Period"), lambda r: _period(r.value.start_on, r.value.end_on)),
            Column(self.tr("Frequency"), lambda r: r.value.frequency),
        ]


def _text_edit(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    edit.setFixedHeight(edit.fontMetrics().height() * lines + 12)
    return edit


class PlanPanel(CasePanel):
    """Shows one version of the plan (the newest by default); a DRAFT is editable by those who
    manage cases, a SUBMITTED one can be approved or returned by the principal."""

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self.may_manage = ctx.can(Permission.MANAGE_CASES)
        self.may_approve = ctx.can(Permission.APPROVE_PLAN)
        self.detail: PlanDetail | None = None
        self.versions: list[PlanVersionRow] = []
        self.dirty = False
        self._choices: PlanChoices | None = None
        self._loading = False

        self.version = QComboBox(self)
        self.version.setObjectName("plan_version")
        self.version.setMinimumWidth(320)
        self.badge = PlainLabel(self)
        self.badge.setObjectName("plan_badge")
        self.approval = PlainLabel(self)
        self.approval.setObjectName("plan_approval")
        version_label = PlainLabel(self.tr("Versi&on:"), self)
        version_label.setBuddy(self.version)
        top = QHBoxLayout()
        top.addWidget(version_label)
        top.addWidget(self.version)
        top.addWidget(self.badge)
        top.addWidget(self.approval, 1)

        self.message = PlainLabel(self)
        self.message.setObjectName("plan_message")
        self.message.setWordWrap(True)

        self.current_state = _text_edit(self)
        self.strengths = _text_edit(self)
        self.monitoring = _text_edit(self, 2)
        self.review_interval = QSpinBox(self)
        self.review_interval.setRange(1, plans.MAX_REVIEW_INTERVAL_DAYS)
        self.review_interval.setSuffix(self.tr(" days"))
        self.has_period = QCheckBox(self.tr("&Period"), self)
        self.period_start = make_date_edit(parent=self)
        self.period_end = make_date_edit(date.today() + timedelta(days=180), self)
        period = QHBoxLayout()
        period.addWidget(self.has_period)
        period.addWidget(self.period_start, 1)
        period.addWidget(self.period_end, 1)
        form = QFormLayout()
        form.addRow(self.tr("Cu&rrent state:"), self.current_state)
        form.addRow(self.tr("S&trengths:"), self.strengths)
        form.addRow(self.tr("&Monitoring schedule:"), self.monitoring)
        form.addRow(self.tr("Review &every:"), self.review_interval)
        form.addRow(self.tr("Plan period:"), period)

        self.goals_model = GoalsTableModel(self)
        self.goals_table = make_table_view(self)
        self.goals_table.setObjectName("plan_goals")
        self.goals_table.setSortingEnabled(False)
        self.goals_table.setModel(self.goals_model)
        self.add_goal_button = QPushButton(self.tr("Add &goal…"), self)
        self.edit_goal_button = QPushButton(self.tr("Edit goal…"), self)
        self.remove_goal_button = QPushButton(self.tr("Remove goal"), self)
        self.actions_model = ActionsTableModel(self)
        self.actions_table = make_table_view(self)
        self.actions_table.setObjectName("plan_actions")
        self.actions_table.setSortingEnabled(False)
        self.actions_table.setModel(self.actions_model)
        self.add_action_button = QPushButton(self.tr("Add &action…"), self)
        self.edit_action_button = QPushButton(self.tr("Edit action…"), self)
        self.remove_action_button = QPushButton(self.tr("Remove action"), self)

        self.new_version_button = QPushButton(self.tr("&New version"), self)
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.save_button.setToolTip(self.tr("Save the draft (Ctrl+S)"))
        self.submit_button = QPushButton(self.tr("S&ubmit for approval"), self)
        self.approve_button = QPushButton(self.tr("A&pprove"), self)
        self.approve_refusal: str | None = None  # why the case's state does not allow approval now
        self.return_button = QPushButton(self.tr("&Return for revision…"), self)
        self.print_button = QPushButton(self.tr("Print p&lan…"), self)
        self.print_button.setObjectName("print_plan")
        self.print_button.setVisible(ctx.can(Permission.PRINT_REPORTS))
        for button in (self.new_version_button, self.save_button, self.submit_button):
            button.setVisible(self.may_manage)
        for button in (self.approve_button, self.return_button):
            button.setVisible(self.may_approve)
        for button in self._edit_buttons():
            button.setVisible(self.may_manage)

        # The plan scrolls inside the tab on a small screen; its save / submit / approve row stays
        # below it, always on the screen.
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(top)
        body_layout.addWidget(self.message)
        body_layout.addLayout(form)
        body_layout.addWidget(PlainLabel(self.tr("Goals"), self))
        body_layout.addWidget(self.goals_table, 1)
        body_layout.addLayout(self._row(self.add_goal_button, self.edit_goal_button, self.remove_goal_button))
        body_layout.addWidget(PlainLabel(self.tr("Actions"), self))
        body_layout.addWidget(self.actions_table, 1)
        body_layout.addLayout(
            self._row(self.add_action_button, self.edit_action_button, self.remove_action_button)
        )
        scroll = QScrollArea(self)
        scroll.setObjectName("plan_body")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(
            self._row(
                self.new_version_button,
                self.save_button,
                self.submit_button,
                self.approve_button,
                self.return_button,
                self.print_button,
            )
        )

        self.version.currentIndexChanged.connect(self._version_chosen)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.remove_goal_button.clicked.connect(self.remove_goal)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.remove_action_button.clicked.connect(self.remove_action)
        self.goals_table.activated.connect(lambda _index: self.edit_goal())
        self.actions_table.activated.connect(lambda _index: self.edit_action())
        self.new_version_button.clicked.connect(self.start_new_version)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_for_revision)
        self.print_button.clicked.connect(self.print_plan)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.setWhatsThis(self.tr("Save the plan's draft (Plan tab)"))
        save_shortcut.activated.connect(self.save)
        for edit in (self.current_state, self.strengths, self.monitoring):
            edit.textChanged.connect(self._mark_dirty)
        self.review_interval.valueChanged.connect(self._mark_dirty)
        self.has_period.toggled.connect(self._period_toggled)
        self.period_start.dateChanged.connect(self._mark_dirty)
        self.period_end.dateChanged.connect(self._mark_dirty)
        self.goals_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.actions_table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _row(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _edit_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.add_goal_button,
            self.edit_goal_button,
            self.remove_goal_button,
            self.add_action_button,
            self.edit_action_button,
            self.remove_action_button,
        )

    def title(self) -> str:
        return self.tr("Support plan")

    # --- loading ------------------------------------------------------------------------------

    def version_text(self, row: PlanVersionRow) -> str:
        if row.approved_at is not None and row.status in (PlanStatus.APPROVED, PlanStatus.SUPERSEDED):
            return self.tr("v{version} {status} {date} by {name}").format(
                version=row.version,
                status=label(row.status).lower(),
                date=row.approved_at.date().isoformat(),
                name=row.approved_by_name,
            )
        return self.tr("v{version} {status} {date}").format(
            version=row.version, status=label(row.status).lower(), date=row.created_at.date().isoformat()
        )

    def refresh(self) -> None:
        """Reload the versions; the shown version is reloaded too unless it has unsaved edits."""
        case_id = self.case_id
        try:
            self.versions = self.ctx.read(lambda s, a: plans.plan_versions(s, a, case_id))
        except ServiceError as exc:
            self.versions = []
            self._show(None)
            self.message.setText(error_text(exc))
            self.new_version_button.setEnabled(False)
            return
        if self.may_approve:
            flow = self.ctx.read(lambda s, a: cases.case_workflow_status(s, a, case_id))
            self.approve_refusal = flow.refusal(CaseAction.APPROVE_PLAN)
        shown = self.detail.id if self.detail is not None else None
        self._loading = True
        self.version.clear()
        for row in self.versions:
            self.version.addItem(self.version_text(row), row.id)
        index = self.version.findData(shown) if shown is not None else -1
        self.version.setCurrentIndex(max(index, 0) if self.versions else -1)
        self._loading = False
        if self.dirty and self.detail is not None and index >= 0:
            self._update_buttons()
            return
        self._load(self.version.currentData())

    def _version_chosen(self) -> None:
        if self._loading:
            return
        if not keep_or_drop_edits(self):
            # Stay on the draft being edited.
            self._loading = True
            if self.detail is not None:
                self.version.setCurrentIndex(max(self.version.findData(self.detail.id), 0))
            self._loading = False
            return
        self._load(self.version.currentData())

    def has_unsaved_changes(self) -> bool:
        return self.dirty and self.editable() and self.detail is not None

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        if self.detail is not None:
            self._load(self.detail.id)

    def _load(self, plan_id: int | None) -> None:
        if plan_id is None:
            self._show(None)
            return
        try:
            detail = self.ctx.read(lambda s, a: plans.plan_detail(s, a, plan_id))
        except ServiceError as exc:
            self._show(None)
            self.message.setText(error_text(exc))
            return
        self._show(detail)

    def choices(self) -> PlanChoices:
        if self._choices is None:
            self._choices = self.ctx.read(plans.plan_choices)
        return self._choices

    def _domain_name(self, domain: Choice) -> str:
        return self.ctx.domain_name(domain.name, domain.name_en)

    def _show(self, detail: PlanDetail | None) -> None:
        self._loading = True
        self.detail = detail
        self.dirty = False
        if detail is None:
            self.message.setText(self.tr("This case has no support plan yet.") if not self.versions else "")
            for edit in (self.current_state, self.strengths, self.monitoring):
                edit.setPlainText("")
            self.goals_model.set_rows([])
            self.actions_model.set_rows([])
            self.badge.setText("")
            self.approval.setText("")
        else:
            self.message.setText("")
            self.current_state.setPlainText(detail.current_state)
            self.strengths.setPlainText(detail.strengths)
            self.monitoring.setPlainText(detail.monitoring_schedule)
            self.review_interval.setValue(detail.review_interval_days)
            self.has_period.setChecked(detail.period_start is not None)
            if detail.period_start is not None and detail.period_end is not None:
                self.period_start.setDate(qdate(detail.period_start))
                self.period_end.setDate(qdate(detail.period_end))
            self.goals_model.set_rows(
                [
                    GoalLine(
                        GoalInput(g.domain_id, g.goal, g.measure),
                        self.ctx.domain_name(g.domain_name_ko, g.domain_name_en),
                    )
                    for g in detail.goals
                ]
            )
            self.actions_model.set_rows(
                [
                    ActionLine(
                        ActionInput(
                            description=a.description,
                            goal_index=a.goal_index,
                            provider_staff_id=a.provider_staff_id,
                            provider_organisation_id=a.provider_organisation_id,
                            person_in_charge_id=a.person_in_charge_id,
                            start_on=a.start_on,
                            end_on=a.end_on,
                            frequency=a.frequency,
                        ),
                        a.provider_staff_name or a.provider_organisation_name,
                        a.person_in_charge_name,
                    )
                    for a in detail.actions
                ]
            )
            colour = _BADGE_COLOURS[detail.status]
            self.badge.setText(label(detail.status))
            self.badge.setStyleSheet(
                f"QLabel#plan_badge {{ color: white; background: {colour}; padding: 2px 8px;"
                " border-radius: 4px; }"
            )
            if detail.approved_at is not None:
                self.approval.setText(
                    self.tr("Approved by {name} on {date}").format(
                        name=detail.approved_by_name, date=detail.approved_at.date().isoformat()
                    )
                )
            else:
                self.approval.setText("")
        self._fit_columns()
        self._loading = False
        self._update_buttons()

    def _fit_columns(self) -> None:
        for table in (self.goals_table, self.actions_table):
            fit_columns(table)
            for column in range(table.model().columnCount() - 1):
                table.setColumnWidth(column, min(table.columnWidth(column), 320))

    # --- state of the widgets -----------------------------------------------------------------

    def editable(self) -> bool:
        return self.may_manage and self.detail is not None and self.detail.status is PlanStatus.DRAFT

    def _update_buttons(self) -> None:
        editable = self.editable()
        for edit in (self.current_state, self.strengths, self.monitoring):
            edit.setReadOnly(not editable)
        self.review_interval.setReadOnly(not editable)
        self.has_period.setEnabled(editable)
        for field in (self.period_start, self.period_end):
            field.setReadOnly(not editable)
            field.setEnabled(self.has_period.isChecked())
        goal_selected = bool(self.goals_table.selectionModel().selectedRows())
        action_selected = bool(self.actions_table.selectionModel().selectedRows())
        status = self.detail.status if self.detail is not None else None
        # Why the plan's contents cannot be changed now (None: they can).
        if not self.may_manage:
            locked: str | None = self.tr("Your account may not edit support plans; ask the coordinator.")
        elif self.detail is None:
            locked = self.tr("Start the plan first.")
        elif status is PlanStatus.SUBMITTED:
            locked = self.tr("This version waits for approval; it can no longer be changed.")
        elif status is not PlanStatus.DRAFT:
            locked = self.tr("An approved or replaced version is not changed; start a new version.")
        else:
            locked = None
        pick_goal = self.tr("Choose a goal in the list first.")
        pick_action = self.tr("Choose an action in the list first.")
        enable(self.add_goal_button, locked)
        enable(self.edit_goal_button, locked or (None if goal_selected else pick_goal))
        enable(self.remove_goal_button, locked or (None if goal_selected else pick_goal))
        enable(self.add_action_button, locked)
        enable(self.edit_action_button, locked or (None if action_selected else pick_action))
        enable(self.remove_action_button, locked or (None if action_selected else pick_action))
        pending = any(v.status in (PlanStatus.DRAFT, PlanStatus.SUBMITTED) for v in self.versions)
        enable(
            self.new_version_button,
            self.tr("Your account may not start support plans; ask the coordinator.")
            if not self.may_manage
            else self.tr("A version is being written or waits for approval; finish it first.")
            if pending
            else None,
        )
        self.new_version_button.setText(
            self.tr("&New version") if self.versions else self.tr("&Start the plan")
        )
        enable(self.save_button, locked)
        enable(self.submit_button, locked)
        submitted = status is PlanStatus.SUBMITTED
        if not self.may_approve:
            approval: str | None = self.tr("Approving or returning a plan is for the principal.")
        elif not submitted:
            approval = self.tr("Nothing to approve: this version has not been submitted for approval.")
        else:
            approval = None
        refusal = error_text(ServiceError(self.approve_refusal)) if self.approve_refusal is not None else None
        enable(self.approve_button, approval or refusal)
        enable(self.return_button, approval)
        enable(
            self.print_button, None if self.detail is not None else self.tr("There is no plan to print yet.")
        )

    def _mark_dirty(self) -> None:
        if not self._loading and self.editable():
            self.dirty = True

    def _period_toggled(self) -> None:
        self._mark_dirty()
        self._update_buttons()

    # --- goals and actions --------------------------------------------------------------------

    def _goal_texts(self) -> list[str]:
        return [f"{k + 1}. {g.value.goal}" for k, g in enumerate(self.goals_model.rows())]

    def _selected(self, table: QTableView) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _goal_line(self, goal: GoalInput) -> GoalLine:
        domain = next((d for d in self.choices().domains if d.id == goal.domain_id), None)
        return GoalLine(goal, self._domain_name(domain) if domain else "")

    def _action_line(self, action: ActionInput) -> ActionLine:
        choices = self.choices()
        staff = {c.id: c.name for c in choices.staff}
        orgs = {c.id: c.name for c in choices.organisations}
        provider = (
            staff.get(action.provider_staff_id, "")
            if action.provider_staff_id is not None
            else orgs.get(action.provider_organisation_id or -1, "")
        )
        return ActionLine(action, provider, staff.get(action.person_in_charge_id or -1, ""))

    def _set_goals(self, goals: list[GoalLine]) -> None:
        self.goals_model.set_rows(goals)
        self._fit_columns()
        self.dirty = True
        self._update_buttons()

    def _set_actions(self, actions: list[ActionLine]) -> None:
        self.actions_model.set_rows(actions)
        self._fit_columns()
        self.dirty = True
        self._update_buttons()

    def add_goal(self) -> None:
        if not self.editable():
            return
        dialog = GoalDialog(self.choices().domains, None, self, english=self.ctx.language != "ko")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._set_goals([*self.goals_model.rows(), self._goal_line(dialog.value())])

    def edit_goal(self) -> None:
        row = self._selected(self.goals_table)
        if row is None or not self.editable():
            return
        goals = self.goals_model.rows()
        dialog = GoalDialog(self.choices().domains, goals[row].value, self, english=self.ctx.language != "ko")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            goals[row] = self._goal_line(dialog.value())
            self._set_goals(goals)

    def remove_goal(self) -> None:
        row = self._selected(self.goals_table)
        if row is None or not self.editable():
            return
        goals = self.goals_model.rows()
        del goals[row]
        # Actions that served the removed goal keep going without one; later goals move up.
        actions = []
        for line in self.actions_model.rows():
            index = line.value.goal_index
            if index is not None and index >= row:
                index = None if index == row else index - 1
                line = replace(line, value=replace(line.value, goal_index=index))
            actions.append(line)
        self.actions_model.set_rows(actions)
        self._set_goals(goals)

    def _action_dialog(self, action: ActionInput | None) -> ActionDialog:
        choices = self.choices()
        return ActionDialog(choices.staff, choices.organisations, self._goal_texts(), action, self)

    def add_action(self) -> None:
        if not self.editable():
            return
        dialog = self._action_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._set_actions([*self.actions_model.rows(), self._action_line(dialog.value())])

    def edit_action(self) -> None:
        row = self._selected(self.actions_table)
        if row is None or not self.editable():
            return
        actions = self.actions_model.rows()
        dialog = self._action_dialog(actions[row].value)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            actions[row] = self._action_line(dialog.value())
            self._set_actions(actions)

    def remove_action(self) -> None:
        row = self._selected(self.actions_table)
        if row is None or not self.editable():
            return
        actions = self.actions_model.rows()
        del actions[row]
        self._set_actions(actions)

    # --- storing ------------------------------------------------------------------------------

    def _stored(self, action: Callable[..., object]) -> bool:
        """Run a plan service call; on success reload and tell the case window."""
        if run_action(self, self.ctx, action) is None:
            return False
        self.dirty = False
        self.refresh()
        self.changed.emit()
        return True

    def start_new_version(self) -> None:
        case_id = self.case_id
        if self.dirty and not self.save():
            return
        self.detail = None  # show the new version
        self._stored(lambda s, a: plans.new_version(s, a, case_id))

    def save(self) -> bool:
        """Store the draft as shown (Ctrl+S)."""
        if not self.editable() or self.detail is None:
            return False
        plan_id = self.detail.id
        period = self.has_period.isChecked()
        fields: dict[str, Any] = {
            "current_state": self.current_state.toPlainText(),
            "strengths": self.strengths.toPlainText(),
            "monitoring_schedule": self.monitoring.toPlainText(),
            "review_interval_days": self.review_interval.value(),
            "period_start": date_of(self.period_start) if period else None,
            "period_end": date_of(self.period_end) if period else None,
            "goals": [g.value for g in self.goals_model.rows()],
            "actions": [a.value for a in self.actions_model.rows()],
        }
        return self._stored(lambda s, a: plans.save_draft(s, a, plan_id, **fields))

    def submit(self) -> None:
        if not self.editable() or self.detail is None:
            return
        if self.dirty and not self.save():
            return
        assert self.detail is not None
        plan_id = self.detail.id
        self._stored(lambda s, a: plans.submit(s, a, plan_id))

    def approve(self) -> None:
        if self.detail is None or not self.may_approve:
            return
        plan_id = self.detail.id
        self._stored(lambda s, a: plans.approve(s, a, plan_id))

    def return_for_revision(self) -> None:
        if self.detail is None or not self.may_approve:
            return
        dialog = ReturnPlanDialog(self)
        plan_id = self.detail.id
        # Stored while the dialog is open: a refusal keeps the typed reason.
        dialog.store_with(
            lambda: self._stored(lambda s, a: plans.return_for_revision(s, a, plan_id, dialog.value()))
        )
        dialog.exec()

    def print_plan(self) -> None:
        """Print the shown version as stored (unsaved edits are saved or dropped first)."""
        if self.detail is None or not keep_or_drop_edits(self):
            return
        plan_id = self.detail.id
        if self.dirty:  # the edits were discarded: show what is printed
            self._load(plan_id)
        print_document(
            self,
            self.ctx,
            title=self.tr("Support plan"),
            build=lambda s, a, p, out: support_plan_pdf(s, a, plan_id, p, out),
        )
