"""The Students area: the roster the user may see, with instant search and a grade filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.services import listing
from desktop.services.listing import StudentRow
from desktop.services.permissions import Permission
from desktop.ui.context import AppContext
from desktop.ui.students.students_table_model import StudentsTableModel, search_text
from desktop.ui.widgets.area import AreaView, heading, make_search_field, make_table_view
from desktop.ui.widgets.row_table_model import RowFilterProxy


class StudentsView(AreaView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        own_class_only = not ctx.can(Permission.VIEW_ALL_STUDENTS)
        title = self.tr("Students")
        if own_class_only and ctx.actor.homeroom_grade is not None:
            title = self.tr("Students of class {grade}-{cls}").format(
                grade=ctx.actor.homeroom_grade, cls=ctx.actor.homeroom_class
            )
        self.model = StudentsTableModel(self)
        self.proxy = RowFilterProxy(search_text, self)
        self.proxy.setSourceModel(self.model)

        self.search_field = make_search_field(self.tr("Search by name or student number"), self)
        self.search_field.textChanged.connect(self.proxy.set_search)
        self.grade_filter = QComboBox(self)
        self.grade_filter.setAccessibleName(self.tr("Grade"))
        self.grade_filter.currentIndexChanged.connect(self._grade_changed)
        self.count_label = QLabel(self)

        self.table = make_table_view(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 2)
        bar.addWidget(QLabel(self.tr("Grade:"), self))
        bar.addWidget(self.grade_filter)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search_field, self.grade_filter)
        self.setTabOrder(self.grade_filter, self.table)

    def refresh(self) -> None:
        rows: list[StudentRow] = self._ctx.read(listing.students)
        self.model.set_rows(rows)
        grades = sorted({r.grade for r in rows})
        current = self.grade_filter.currentData()
        self.grade_filter.blockSignals(True)
        self.grade_filter.clear()
        self.grade_filter.addItem(self.tr("All grades"), None)
        for grade in grades:
            self.grade_filter.addItem(self.tr("Grade {n}").format(n=grade), grade)
        index = self.grade_filter.findData(current) if current is not None else 0
        self.grade_filter.setCurrentIndex(max(index, 0))
        self.grade_filter.blockSignals(False)
        self._grade_changed()
        self.table.resizeColumnsToContents()

    def _grade_changed(self) -> None:
        grade = self.grade_filter.currentData()
        if grade is None:
            self.proxy.set_predicate(None)
        else:
            self.proxy.set_predicate(lambda r: bool(r.grade == grade))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n student(s)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} students").format(shown=shown, total=total))
