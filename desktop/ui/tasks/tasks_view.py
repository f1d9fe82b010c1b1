"""The Tasks area: what I must do — overdue, due this week, everything open — and, for those who
see all cases, the team's open tasks. Space marks the selected task done, Enter opens its case.
Those who log sessions have a second tab, their support activities: the interventions they
provide and this week's sessions (desktop/ui/tasks/support_activity.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.services import listing, tasks
from desktop.services.actor import Actor
from desktop.services.permissions import Permission
from desktop.services.support_activity import MyIntervention, WeekSession, my_interventions, week_sessions
from desktop.services.tasks import TaskItem, TaskScope
from desktop.ui.context import AppContext
from desktop.ui.tasks.support_activity import SupportActivityPanel
from desktop.ui.tasks.tasks_table_model import TaskItemsModel, search_text
from desktop.ui.widgets.area import AreaView, fit_columns, heading, make_search_field, make_table_view
from desktop.ui.widgets.async_refresh import DataLoader
from desktop.ui.widgets.feedback import run_action
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import ROW_ROLE, RowFilterProxy
from desktop.ui.widgets.staff_label import staff_label_of
from desktop.ui.widgets.unsaved import AsksBeforeDiscarding


@dataclass(frozen=True)
class TasksData:
    """What the Tasks area shows, read in one session off the UI thread."""

    today: date
    rows: list[TaskItem]
    counts: dict[TaskScope, int]
    interventions: list[MyIntervention]
    sessions: list[WeekSession]


class TasksView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.loader: DataLoader[TasksData] = DataLoader(ctx, self, self._show)
        self.model = TaskItemsModel(self)
        self.proxy = RowFilterProxy(search_text, self)
        self.proxy.setSourceModel(self.model)
        # The tab bar (my tasks / my support activities) sits above the filters, so it is made
        # first: Tab follows the order widgets are made in.
        self.tabs: QTabWidget | None = QTabWidget(self) if ctx.can(Permission.LOG_SESSION) else None

        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Show"))
        scopes = [TaskScope.MINE, TaskScope.OVERDUE, TaskScope.THIS_WEEK]
        if ctx.can(Permission.VIEW_ALL_CASES):
            scopes.append(TaskScope.TEAM)
        scopes.append(TaskScope.DONE)
        for scope in scopes:
            self.scope.addItem("", scope)
        self._label_scopes({})
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())

        self.search_field = make_search_field(self.tr("Search by task, case or person"), self)
        self.search_field.textChanged.connect(self.proxy.set_search)
        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _index: self.open_case())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.done_button = QPushButton(self.tr("&Mark done"), self)
        self.done_button.setToolTip(self.tr("Space"))
        self.done_button.clicked.connect(self.mark_done)
        self.reopen_button = QPushButton(self.tr("&Reopen"), self)
        self.reopen_button.clicked.connect(self.reopen)
        self.case_button = QPushButton(self.tr("Open &case"), self)
        self.case_button.setToolTip(self.tr("Enter"))
        self.case_button.clicked.connect(self.open_case)
        self.new_button = QPushButton(self.tr("&New task…"), self)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_task)
        # Item views take printable keys for type-ahead search before any shortcut sees them.
        self.table.installEventFilter(self)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.setWhatsThis(self.tr("New task (Tasks)"))
        new.activated.connect(self.new_task)
        self.count_label = PlainLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(self.scope)
        bar.addWidget(self.search_field, 2)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.reopen_button, self.case_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        tasks_page = QWidget(self)
        page_layout = QVBoxLayout(tasks_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(bar)
        page_layout.addWidget(self.table, 1)
        page_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Tasks"), self))
        layout.addWidget(self.loader.busy_label)
        self.activity: SupportActivityPanel | None = None
        if self.tabs is not None:
            self.activity = SupportActivityPanel(ctx, self)
            self.tabs.addTab(tasks_page, self.tr("My tasks"))
            self.tabs.addTab(self.activity, self.tr("My support activities"))
            layout.addWidget(self.tabs, 1)
        else:
            layout.addWidget(tasks_page, 1)
        self.setTabOrder(self.scope, self.search_field)
        self.setTabOrder(self.search_field, self.table)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.toggle_done()
            return True
        return super().eventFilter(watched, event)

    # --- data ----------------------------------------------------------------------------------

    def current_scope(self) -> TaskScope:
        # Qt hands a str-based enum back as a plain str.
        data = self.scope.currentData()
        return TaskScope(data) if data else TaskScope.MINE

    def _label_scopes(self, counts: dict[TaskScope, int]) -> None:
        names = {
            TaskScope.MINE: self.tr("My open tasks"),
            TaskScope.OVERDUE: self.tr("Overdue"),
            TaskScope.THIS_WEEK: self.tr("Due this week"),
            TaskScope.TEAM: self.tr("The team's open tasks"),
            TaskScope.DONE: self.tr("Done in the last 30 days"),
        }
        for i in range(self.scope.count()):
            scope = TaskScope(self.scope.itemData(i))
            text = names[scope]
            if scope in counts:
                text = self.tr("{name} ({n})").format(name=text, n=counts[scope])
            self.scope.setItemText(i, text)

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def refresh(self) -> None:
        """Read the tasks of the chosen scope (and my support activities) on the operation runner;
        they are shown when read."""
        scope = self.current_scope()
        today = date.today()
        activities = self.activity is not None

        def read(session: Session, actor: Actor) -> TasksData:  # worker thread
            return TasksData(
                today,
                tasks.task_list(session, actor, scope, today=today),
                tasks.task_counts(session, actor, today=today),
                my_interventions(session, actor, today=today) if activities else [],
                week_sessions(session, actor, today=today) if activities else [],
            )

        self.loader.load(read)

    def _show(self, data: TasksData) -> None:
        counts = data.counts
        self._label_scopes(counts)
        self.model.set_rows(data.rows)
        fit_columns(self.table)
        shown = self.proxy.rowCount()
        self.count_label.setText(self.tr("%n task(s)", "", shown))
        if shown:
            self.table.selectRow(0)
        self._update_buttons()
        if self.activity is not None and self.tabs is not None:
            self.activity.show_data(data.today, data.interventions, data.sessions)
            self.tabs.setTabText(0, self.tr("My tasks ({n})").format(n=counts.get(TaskScope.MINE, 0)))
            self.tabs.setTabText(1, self.tr("My support activities ({n})").format(n=self.activity.count()))

    def show_support_activities(self) -> None:
        """Bring my support activities to the front."""
        if self.tabs is not None and self.activity is not None:
            self.tabs.setCurrentWidget(self.activity)
            self.activity.interventions_table.setFocus()

    def selected(self) -> TaskItem | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, TaskItem) else None

    def _update_buttons(self) -> None:
        row = self.selected()
        is_open = row is not None and row.status.value == "open"
        self.done_button.setEnabled(is_open)
        self.reopen_button.setEnabled(row is not None and not is_open)
        self.case_button.setEnabled(row is not None and row.case_id is not None)

    # --- actions -------------------------------------------------------------------------------

    def toggle_done(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.status.value == "open":
            self.mark_done()
        else:
            self.reopen()

    def mark_done(self) -> None:
        row = self.selected()
        if row is None:
            return
        if run_action(self, self._ctx, lambda s, a: tasks.complete_task(s, a, row.id)) is not None:
            self.refresh()

    def reopen(self) -> None:
        row = self.selected()
        if row is None:
            return
        if run_action(self, self._ctx, lambda s, a: tasks.reopen_task(s, a, row.id)) is not None:
            self.refresh()

    def open_case(self) -> None:
        row = self.selected()
        if row is None or row.case_id is None:
            return
        # Imported here: the case window imports the areas' dialogs, not the other way round.
        from desktop.ui.case_detail import open_case

        open_case(self._ctx, row.case_id, self.window())

    def new_task(self) -> None:
        dialog = NewTaskDialog(self._ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()


class NewTaskDialog(AsksBeforeDiscarding, QDialog):
    """A task for oneself (or, for a coordinator, for a colleague), optionally about a case."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, case_id: int | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("New task"))
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.has_due = QCheckBox(self.tr("Due on"), self)
        self.has_due.setChecked(True)
        self.due = QDateEdit(QDate.currentDate().addDays(7), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.has_due.toggled.connect(self.due.setEnabled)
        self.case = QComboBox(self)
        self.case.addItem(self.tr("(no case)"), None)
        for c in ctx.read(listing.cases):
            self.case.addItem(f"{c.code} · {c.grade}-{c.class_no} {c.student_name}", c.id)
        if case_id is not None:
            self.case.setCurrentIndex(max(0, self.case.findData(case_id)))
        self.assignee = QComboBox(self)
        self.assignee.addItem(ctx.actor.display_name, ctx.actor.staff_id)
        if ctx.can(Permission.MANAGE_CASES):
            for staff in ctx.read(listing.staff):
                if staff.id != ctx.actor.staff_id:
                    self.assignee.addItem(staff_label_of(staff), staff.id)
        else:
            self.assignee.setEnabled(False)
            self.assignee.setToolTip(self.tr("Your account adds tasks for yourself only."))
        self.error = PlainLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Task:"), self.title)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form.addRow(self.tr("Due:"), due_row)
        form.addRow(self.tr("&Case:"), self.case)
        form.addRow(self.tr("&Assigned to:"), self.assignee)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def save_typed(self) -> None:
        self.save()

    def save(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("Give the task a title."))
            self.title.setFocus()
            return
        picked = self.due.date().toPython()
        due = picked if self.has_due.isChecked() and isinstance(picked, date) else None
        case_id = self.case.currentData()
        assignee_id = self.assignee.currentData()
        title = self.title.text()
        created = run_action(
            self,
            self._ctx,
            lambda s, a: tasks.create_task(
                s, a, title=title, due_on=due, case_id=case_id, assignee_id=assignee_id
            ),
        )
        if created is not None:
            self.accept()
