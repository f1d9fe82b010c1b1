"""The Students area: the roster the user may see, with instant search and filters for grade,
class, background flag and case; Enter or a double-click opens the student's record."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.models import BACKGROUND_FLAGS
from desktop.services import listing
from desktop.services.korean_text import roster_search
from desktop.services.listing import StudentRow
from desktop.services.permissions import Permission
from desktop.ui.context import AppContext
from desktop.ui.labels import flag_label
from desktop.ui.students.students_table_model import StudentsTableModel, search_text
from desktop.ui.widgets.area import AreaView, fit_columns, heading, make_search_field, make_table_view
from desktop.ui.widgets.async_refresh import DataLoader
from desktop.ui.widgets.flow import FlowLayout, captioned
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import ROW_ROLE, RowFilterProxy

# Choices of the "Case" filter.
ANY_CASE = "any"
OPEN_CASE = "open"
NO_CASE = "none"


class StudentsView(AreaView):
    # Emitted with a case id when the user asks to open a case from a student's record.
    case_requested = Signal(int)
    # Emitted after the roster was imported or a request filed, so other areas can refresh.

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.loader: DataLoader[list[StudentRow]] = DataLoader(ctx, self, self._show)
        own_class_only = not ctx.can(Permission.VIEW_ALL_STUDENTS)
        title = self.tr("Students")
        if own_class_only and ctx.actor.homeroom_grade is not None:
            title = self.tr("Students of class {grade}-{cls}").format(
                grade=ctx.actor.homeroom_grade, cls=ctx.actor.homeroom_class
            )
        self.model = StudentsTableModel(self)
        self.proxy = RowFilterProxy(search_text, self)
        self.proxy.setSourceModel(self.model)

        self.search_field = make_search_field(
            self.tr("Search by name, initials (ㄱㄷ), class (3-2) or student number"), self
        )
        # A class ("3-2", "3학년 2반") or initial consonants ("ㄱㄷ") are searched by a test on the
        # row; anything else by the proxy's substring search.
        self._search: Callable[[str, int, int], bool] | None = None
        self.search_field.textChanged.connect(self._search_changed)
        self.grade_filter = QComboBox(self)
        self.grade_filter.setAccessibleName(self.tr("Grade"))
        self.class_filter = QComboBox(self)
        self.class_filter.setAccessibleName(self.tr("Class"))
        self.flag_filter = QComboBox(self)
        self.flag_filter.setAccessibleName(self.tr("Background"))
        self.flag_filter.addItem(self.tr("Any background"), None)
        for flag in BACKGROUND_FLAGS:
            self.flag_filter.addItem(flag_label(flag), flag)
        self.case_filter = QComboBox(self)
        self.case_filter.setAccessibleName(self.tr("Case"))
        self.case_filter.addItem(self.tr("With or without a case"), None)
        self.case_filter.addItem(self.tr("With a case"), ANY_CASE)
        self.case_filter.addItem(self.tr("With an open case"), OPEN_CASE)
        self.case_filter.addItem(self.tr("Without a case"), NO_CASE)
        for combo in (self.grade_filter, self.class_filter, self.flag_filter, self.case_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.count_label = PlainLabel(self)

        self.import_button = QPushButton(self.tr("&Import roster…"), self)
        self.import_button.setVisible(ctx.can(Permission.IMPORT_ROSTER))
        self.import_button.clicked.connect(self.import_roster)
        self.open_button = QPushButton(self.tr("&Open record"), self)
        self.open_button.clicked.connect(self.open_current)

        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda index: self.open_student(self._row_id(index.row())))
        self.table.installEventFilter(self)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        # The search and the count on one row, the filters on the next (as in the Cases area): side
        # by side, longer words than English (or larger fonts) ran the captions over the search.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_field, 2)
        search_row.addStretch(1)
        search_row.addWidget(self.count_label)
        # The filters wrap onto a second line rather than squeeze their fields (longer words, a
        # larger font, a narrow window).
        bar = FlowLayout()
        for text, combo in (
            (self.tr("&Grade:"), self.grade_filter),
            (self.tr("C&lass:"), self.class_filter),
            (self.tr("&Background:"), self.flag_filter),
            (self.tr("Ca&se:"), self.case_filter),
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            bar.addWidget(captioned(text, combo, self))
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self))
        layout.addWidget(self.loader.busy_label)
        layout.addLayout(search_row)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        order = [self.search_field, self.grade_filter, self.class_filter, self.flag_filter, self.case_filter]
        order += [self.table, self.open_button, self.import_button]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    # --- data ------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def refresh(self) -> None:
        """Read the roster on the operation runner; it is shown when read."""
        self.loader.load(listing.students)

    def _show(self, rows: list[StudentRow]) -> None:
        self.model.set_rows(rows)
        self._fill(
            self.grade_filter, self.tr("All grades"), sorted({r.grade for r in rows}), self.tr("Grade {n}")
        )
        self._fill(
            self.class_filter,
            self.tr("All classes"),
            sorted({r.class_no for r in rows}),
            self.tr("Class {n}"),
        )
        self._filters_changed()
        fit_columns(self.table)

    def _fill(self, combo: QComboBox, all_text: str, values: list[int], template: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for value in values:
            combo.addItem(template.format(n=value), value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def predicate(self) -> Callable[[StudentRow], bool] | None:
        """The combined filter of the combo boxes (None when nothing is filtered)."""
        grade: Any = self.grade_filter.currentData()
        class_no: Any = self.class_filter.currentData()
        flag: Any = self.flag_filter.currentData()
        case: Any = self.case_filter.currentData()
        search = self._search
        if grade is None and class_no is None and flag is None and case is None and search is None:
            return None

        def accepts(r: StudentRow) -> bool:
            if search is not None and not search(r.name, r.grade, r.class_no):
                return False
            if grade is not None and r.grade != grade:
                return False
            if class_no is not None and r.class_no != class_no:
                return False
            if flag is not None and flag not in r.flags:
                return False
            if case == ANY_CASE and r.case_code is None:
                return False
            if case == OPEN_CASE and r.open_case_code is None:
                return False
            return not (case == NO_CASE and r.case_code is not None)

        return accepts

    def _search_changed(self, text: str) -> None:
        self._search = roster_search(text)
        self.proxy.set_search("" if self._search is not None else text)
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.proxy.set_predicate(self.predicate())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n student(s)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} students").format(shown=shown, total=total))

    # --- actions ---------------------------------------------------------------------------------

    def _row_id(self, proxy_row: int) -> int | None:
        row = self.proxy.index(proxy_row, 0).data(ROW_ROLE)
        return row.id if isinstance(row, StudentRow) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_student(self._row_id(index.row()))

    def student_dialog(self, student_id: int) -> QDialog | None:
        """The record's dialog (None after showing why it cannot be opened)."""
        from desktop.ui.students.student_detail import open_student_detail

        dialog = open_student_detail(self, self._ctx, student_id)
        if dialog is not None:
            dialog.case_requested.connect(self.case_requested)
        return dialog

    def open_student(self, student_id: int | None) -> None:
        if student_id is None:
            return
        dialog = self.student_dialog(student_id)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def import_dialog(self, path: Any = None) -> QDialog:
        from desktop.ui.students.roster_import_dialog import RosterImportDialog

        dialog = RosterImportDialog(self._ctx, path, self)
        dialog.imported.connect(self._after_import)
        return dialog

    def import_roster(self) -> None:
        dialog = self.import_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        choose = getattr(dialog, "choose_file", None)
        if choose is not None:
            choose()

    def _after_import(self) -> None:
        self.refresh()
