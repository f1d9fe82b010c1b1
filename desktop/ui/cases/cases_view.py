"""The Cases area: the cases the user may see, filtered by state, plan status, need domain,
priority, grade, case manager and overdue review, combined with an instant search. One query loads the list;
every filter runs in the proxy on the rows already loaded. Enter or a double-click opens the
case window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import CaseState, PlanStatus, Priority
from desktop.services import listing
from desktop.services.errors import ServiceError
from desktop.services.listing import CaseRow, DomainName
from desktop.services.permissions import Permission
from desktop.services.requests import IntakeRow, intake_queue
from desktop.ui.case_detail.case_window import CaseWindow, open_case_window
from desktop.ui.cases.cases_table_model import (
    DOMAINS_COLUMN,
    FINISHED,
    CasesTableModel,
    is_overdue,
    plan_status_text,
    search_text,
)
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.requests.intake_view import IntakeQueue
from desktop.ui.widgets.area import AreaView, fit_columns, heading, make_search_field, make_table_view
from desktop.ui.widgets.feedback import show_error
from desktop.ui.widgets.flow import FlowLayout, captioned
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import ROW_ROLE, RowListProxy, RowOrder

# Cases no longer worked on; "Open cases" hides them.

OPEN_CASES = "open"
NO_MANAGER = -1
NO_PLAN = "none"
PLAN_FILTERS: tuple[PlanStatus | None, ...] = (
    None,
    PlanStatus.DRAFT,
    PlanStatus.SUBMITTED,
    PlanStatus.APPROVED,
)
FIRST_SCREEN = 200
PAINT_FIRST_MS = 60
"""How long the first screen of cases has to be painted before the rest of the list is read."""
"""Rows read at once when the list opens; the rest of a longer list is read off the UI thread."""

log = logging.getLogger(__name__)


class _AfterPaint(QObject):
    """Installed on a widget: calls `then` once, right after the widget's next paint."""

    def __init__(self, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


@dataclass(frozen=True)
class _FirstRead:
    """The first read of the case list: the need domains (first time only) and the first rows."""

    domains: list[DomainName] | None
    rows: list[CaseRow]
    complete: bool


_FilterChoices = tuple[list[int], list[tuple[str, int]]]
"""The grades and the (name, id) of the case managers the loaded cases have, sorted."""


def _choices_of(rows: list[CaseRow]) -> _FilterChoices:
    grades = sorted({r.grade for r in rows})
    managers = sorted({(r.manager_name, r.manager_id) for r in rows if r.manager_id is not None})
    return grades, managers


@dataclass(frozen=True)
class _CompleteRead:
    """The complete case list, sorted on the worker in `order` (None: not sorted there), with
    its filter choices."""

    rows: list[CaseRow]
    order: RowOrder | None
    choices: _FilterChoices


class CasesView(AreaView):
    loaded = Signal()
    """The complete list has been read after a refresh that showed its first screen first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.limited = not ctx.can(Permission.VIEW_ALL_CASES)
        self.model = CasesTableModel(lambda d: ctx.domain_name(d.name_ko, d.name_en), self)
        self.proxy = RowListProxy(search_text, self)
        self.proxy.setSourceModel(self.model)

        # The tab bar (case list / intake queue) sits above the search field, so it is made first:
        # Tab follows the order widgets are made in once the view moves into the main window.
        self.tabs: QTabWidget | None = QTabWidget(self) if ctx.can(Permission.MANAGE_CASES) else None
        self.search_field = make_search_field(self.tr("Search by code, student or case manager"), self)
        self.search_field.textChanged.connect(self.proxy.set_search)
        self.state_filter = QComboBox(self)
        self.state_filter.setAccessibleName(self.tr("State"))
        self.state_filter.addItem(self.tr("All states"), None)
        self.state_filter.addItem(self.tr("Open cases"), OPEN_CASES)
        for state in CaseState:
            self.state_filter.addItem(label(state), state)
        self.plan_filter = QComboBox(self)
        self.plan_filter.setObjectName("plan_filter")
        self.plan_filter.setAccessibleName(self.tr("Plan"))
        self.plan_filter.addItem(self.tr("All plans"), None)
        for status in PLAN_FILTERS:
            self.plan_filter.addItem(plan_status_text(status), NO_PLAN if status is None else status.value)
        self.domain_filter = QComboBox(self)
        self.domain_filter.setAccessibleName(self.tr("Need domain"))
        self.domain_filter.addItem(self.tr("All domains"), None)
        self.priority_filter = QComboBox(self)
        self.priority_filter.setAccessibleName(self.tr("Priority"))
        self.priority_filter.addItem(self.tr("All priorities"), None)
        for priority in Priority:
            self.priority_filter.addItem(label(priority), priority)
        self.grade_filter = QComboBox(self)
        self.grade_filter.setAccessibleName(self.tr("Grade"))
        self.grade_filter.addItem(self.tr("All grades"), None)
        self.manager_filter = QComboBox(self)
        self.manager_filter.setAccessibleName(self.tr("Case manager"))
        self.manager_filter.addItem(self.tr("All case managers"), None)
        self.overdue_filter = QCheckBox(self.tr("O&verdue review"), self)
        self.overdue_filter.setToolTip(self.tr("Cases still worked on whose next review date has passed"))
        for combo in (
            self.state_filter,
            self.plan_filter,
            self.domain_filter,
            self.priority_filter,
            self.grade_filter,
        ):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.manager_filter.currentIndexChanged.connect(self._filters_changed)
        self.overdue_filter.toggled.connect(self._filters_changed)
        self.count_label = PlainLabel(self)
        self.count_label.setObjectName("cases_count")

        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._open_index)
        if self.limited:
            self.table.hideColumn(DOMAINS_COLUMN)  # domains are not listed for the limited view
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted):
            signal.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)

        # The filters wrap onto a second line rather than squeeze their fields.
        filters = FlowLayout()
        captions = [
            (self.tr("&State:"), self.state_filter),
            (self.tr("P&lan:"), self.plan_filter),
            (self.tr("&Domain:"), self.domain_filter),
            (self.tr("&Priority:"), self.priority_filter),
            (self.tr("&Grade:"), self.grade_filter),
            (self.tr("Case &manager:"), self.manager_filter),
        ]
        for text, combo in captions:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            pair = captioned(text, combo, self)
            filters.addWidget(pair)
            if combo is self.domain_filter and self.limited:
                pair.hide()
        filters.addWidget(self.overdue_filter)
        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 2)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        title = self.tr("Cases") if not self.limited else self.tr("Cases of my class and assigned to me")
        top = QHBoxLayout()
        top.addWidget(heading(title, self))
        top.addStretch(1)
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # The coordinator's intake queue: new requests waiting to become (or join) a case.
        self.intake: IntakeQueue | None = None
        self._intake_stale = False
        self._intake_generation = 0
        self._after_paint = _AfterPaint(self._read_intake_in_background, self)
        if self.tabs is not None:
            self.intake = IntakeQueue(ctx, self, titled=False)
            self.intake.case_opened.connect(self._case_opened)
            self.intake.changed.connect(self.refresh)
            self.tabs.addTab(list_page, self.tr("Case list"))
            self.tabs.addTab(self.intake, self.tr("Intake queue"))
            self.tabs.currentChanged.connect(self._refresh_intake)
            layout.addWidget(self.tabs, 1)
        else:
            layout.addWidget(list_page, 1)
        chain = [
            self.search_field,
            self.state_filter,
            self.plan_filter,
            *([] if self.limited else [self.domain_filter]),
            self.priority_filter,
            self.grade_filter,
            self.manager_filter,
            self.overdue_filter,
            self.table,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self._domains_loaded = False
        self.loading = False
        self._generation = 0
        self._incomplete = False

    def refresh(self) -> None:
        self.refresh_list()
        if self.intake is not None and self.tabs is not None:
            # The queue's tab is read when shown, or (on the runner) right after the list has
            # been painted.
            self._intake_stale = True
            self._intake_generation += 1
            viewport = self.table.viewport()
            if self.tabs.currentWidget() is self.intake or not viewport.isVisible():
                self._refresh_intake()
            else:
                viewport.installEventFilter(self._after_paint)

    def _refresh_intake(self) -> None:
        """Read the intake queue now (its tab is shown)."""
        if not shiboken6.isValid(self) or not self._intake_stale:
            return
        if self.intake is not None and self.tabs is not None:
            self._intake_stale = False
            self.intake.refresh()
            self._show_intake_count()

    def _read_intake_in_background(self) -> None:
        """Read the intake queue on the runner (its tab shows how many requests wait)."""
        if not shiboken6.isValid(self) or not self._intake_stale or self.intake is None:
            return
        self._intake_stale = False
        generation = self._intake_generation
        vault, actor = self._ctx.vault, self._ctx.actor

        def read() -> list[IntakeRow]:  # on the worker thread
            with vault.session() as session:
                try:
                    return intake_queue(session, actor)
                finally:
                    session.rollback()

        def show(rows: object) -> None:
            if not shiboken6.isValid(self) or generation != self._intake_generation or self.intake is None:
                return  # closed, or read again since
            assert isinstance(rows, list)
            self.intake.show_rows(rows)
            self._show_intake_count()

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._intake_generation:
                self._intake_stale = True  # read when its tab is shown
                log.error("the intake queue could not be read", exc_info=exc)

        self._ctx.runner.run(read, on_success=show, on_failure=failed)

    def _show_intake_count(self) -> None:
        if self.intake is not None and self.tabs is not None:
            waiting = self.intake.model.rowCount()
            self.tabs.setTabText(1, self.tr("Intake queue ({n})").format(n=waiting))

    def refresh_list(self) -> None:
        """Read the case list on the operation runner (`loading` until it is shown, `loaded`
        emitted after).

        A long list (a district's 20,000 cases) would take a second to read: when the list is
        sorted by code (as it opens), its first screen is read and shown first, then the complete
        list is read and completes it. A short list is complete after the first read."""
        self._generation += 1
        generation = self._generation
        self._incomplete = False
        self.loading = True
        self._update_count()
        needs_domains = not self._domains_loaded and not self.limited
        sort = self.model.sort_state()
        by_code = sort is not None and sort[0] == 0
        descending = sort is not None and sort[1] == Qt.SortOrder.DescendingOrder
        vault, actor = self._ctx.vault, self._ctx.actor

        def read_first() -> _FirstRead:  # on the worker thread
            with vault.session() as session:
                try:
                    domains = listing.need_domains(session, actor) if needs_domains else None
                    if not by_code:
                        return _FirstRead(domains, listing.cases(session, actor), complete=True)
                    top = listing.cases(session, actor, first=FIRST_SCREEN + 1, code_descending=descending)
                    if len(top) <= FIRST_SCREEN:
                        return _FirstRead(domains, top, complete=True)
                    return _FirstRead(domains, top[:FIRST_SCREEN], complete=False)
                finally:
                    session.rollback()

        self._ctx.runner.run(
            read_first,
            on_success=lambda first: self._first_read(generation, first),
            on_failure=lambda exc: self._load_failed(generation, exc),
        )

    def _first_read(self, generation: int, first: object) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # closed, or a newer refresh is on its way
        assert isinstance(first, _FirstRead)
        if first.domains is not None and not self._domains_loaded:
            for d in first.domains:
                self.domain_filter.addItem(self._ctx.domain_name(d.name_ko, d.name_en), d.code)
            self._domains_loaded = True
        if first.complete:
            self.loading = False
            self._show_rows(first.rows)
            self.loaded.emit()
            return
        self._show_rows(first.rows)
        # The rest is read once the first screen is painted: Python on the worker would slow that
        # paint down (the window waits for the interpreter lock at each cell it asks about).
        QTimer.singleShot(PAINT_FIRST_MS, self, lambda: self._read_complete(generation))

    def _read_complete(self, generation: int) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        vault, actor = self._ctx.vault, self._ctx.actor
        order = self.model.row_order()

        def read_all() -> _CompleteRead:  # on the worker thread
            with vault.session() as session:
                try:
                    rows = listing.cases(session, actor)
                finally:
                    session.rollback()
            # Sorted and summed up here, not on the UI thread: 3,000 rows on a large school.
            if order is not None:
                order.apply(rows)
            return _CompleteRead(rows, order, _choices_of(rows))

        self._ctx.runner.run(
            read_all,
            on_success=lambda read: self._complete(generation, read),
            on_failure=lambda exc: self._load_failed(generation, exc),
        )

    def _show_rows(self, rows: list[CaseRow]) -> None:
        self._fill_choices(rows)
        self.model.set_rows(rows)
        self._filters_changed()
        # Only the rows on screen decide the widths (never resize to the contents of all rows).
        fit_columns(self.table)

    def _complete(self, generation: int, read: object) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # closed, or a newer refresh is on its way
        assert isinstance(read, _CompleteRead)
        self._show_choices(read.choices)
        self.model.complete_rows(read.rows, sorted_by=read.order)
        self.loading = False
        self._update_count()
        self.loaded.emit()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.loading = False
        self._incomplete = True
        self._update_count()
        if isinstance(exc, ServiceError):
            show_error(self, exc)
        else:
            log.error("the case list could not be read", exc_info=exc)

    def show_intake(self) -> None:
        """Bring the intake queue to the front (the dashboard's new-requests figure leads here)."""
        if self.tabs is not None and self.intake is not None:
            self._refresh_intake()
            self.tabs.setCurrentWidget(self.intake)
            self.intake.table.setFocus()

    def _case_opened(self, case_id: int) -> None:
        self.refresh()
        self.open_case(case_id)

    def _fill_choices(self, rows: list[CaseRow]) -> None:
        """Grades and case managers of the loaded cases, keeping the current choice."""
        self._show_choices(_choices_of(rows))

    def _show_choices(self, choices: _FilterChoices) -> None:
        grades, managers = choices
        self._refill(self.grade_filter, [(self.tr("Grade {n}").format(n=g), g) for g in grades])
        items: list[tuple[str, Any]] = [(self.tr("No case manager"), NO_MANAGER)]
        items += [(name, manager_id) for name, manager_id in managers]
        self._refill(self.manager_filter, items)

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def _predicate(self) -> Callable[[CaseRow], bool] | None:
        """One function testing every active filter, built once per filter change."""
        tests: list[Callable[[CaseRow], bool]] = []
        state = self.state_filter.currentData()
        if state == OPEN_CASES:
            tests.append(lambda r: r.state not in FINISHED)
        elif state is not None:
            tests.append(lambda r: bool(r.state == state))
        plan = self.plan_filter.currentData()
        if plan == NO_PLAN:
            tests.append(lambda r: r.plan_status is None and not r.state_only)
        elif plan is not None:
            wanted = PlanStatus(plan)
            tests.append(lambda r: r.plan_status is wanted)
        domain = self.domain_filter.currentData()
        if domain is not None:
            tests.append(lambda r: any(d.code == domain for d in r.domains))
        priority = self.priority_filter.currentData()
        if priority is not None:
            tests.append(lambda r: bool(r.priority == priority))
        grade = self.grade_filter.currentData()
        if grade is not None:
            tests.append(lambda r: r.grade == grade)
        manager = self.manager_filter.currentData()
        if manager == NO_MANAGER:
            tests.append(lambda r: r.manager_id is None)
        elif manager is not None:
            tests.append(lambda r: r.manager_id == manager)
        if self.overdue_filter.isChecked():
            today = date.today()
            tests.append(lambda r: is_overdue(r, today))
        if not tests:
            return None
        return lambda r: all(test(r) for test in tests)

    def _filters_changed(self) -> None:
        self.proxy.set_predicate(self._predicate())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.loading:
            self.count_label.setText(self.tr("Loading cases…"))
        elif self._incomplete:
            # Never let a partial list pass for the whole one.
            self.count_label.setText(
                self.tr("Only the first {n} cases could be read. Open the Cases area again to retry.").format(
                    n=total
                )
            )
        elif shown == total:
            self.count_label.setText(self.tr("%n case(s)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} cases").format(shown=shown, total=total))

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, CaseRow):
            self.open_case(row.id)

    def open_case(self, case_id: int) -> CaseWindow | None:
        """Open (or raise) the window of a case; None when the user may not see it."""
        try:
            window = open_case_window(self._ctx, case_id, self.window())
        except ServiceError as exc:
            show_error(self, exc)
            return None
        if not window.property("lists_case_changes"):
            # What a tab stores (a state, a manager, a review date) shows in the list at once.
            window.case_changed.connect(self.refresh)
            window.setProperty("lists_case_changes", True)
        return window
