"""The table models on their own: raw-value sorting, search and filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models import CaseState, Priority, Sex
from desktop.services.listing import CaseRow, DomainName, StudentRow
from desktop.ui.cases.cases_table_model import CasesTableModel
from desktop.ui.cases.cases_table_model import search_text as case_search_text
from desktop.ui.students.students_table_model import StudentsTableModel, search_text
from desktop.ui.widgets.row_table_model import SORT_ROLE, RowFilterProxy, RowListProxy


def _student(number: int, name: str, grade: int = 1, state: CaseState | None = None) -> StudentRow:
    return StudentRow(
        id=number,
        student_no=f"2026{grade}{number:03d}",
        grade=grade,
        class_no=1,
        number=number,
        name=name,
        sex=Sex.FEMALE,
        flags=("multicultural",) if number % 2 else (),
        case_code="2026-001" if state else None,
        case_state=state,
    )


def test_students_sort_on_numbers_not_text(qapp: QApplication) -> None:
    model = StudentsTableModel()
    model.set_rows([_student(n, f"학생{n}") for n in (10, 2, 1, 21, 3)])
    proxy = RowFilterProxy(search_text)
    proxy.setSourceModel(model)
    proxy.sort(3, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 3).data() for r in range(5)] == ["1", "2", "3", "10", "21"]
    assert proxy.index(0, 3).data(SORT_ROLE) == 1
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Name"
    # Odd numbers carry the multicultural flag; the column shows it on those rows only.
    assert [proxy.index(r, 6).data() for r in range(5)] == [
        "Multicultural",
        "",
        "Multicultural",
        "",
        "Multicultural",
    ]


def test_student_search_and_predicate(qapp: QApplication) -> None:
    model = StudentsTableModel()
    model.set_rows([_student(1, "김하늘"), _student(2, "이바다", grade=2), _student(3, "김바람", grade=2)])
    proxy = RowFilterProxy(search_text)
    proxy.setSourceModel(model)
    proxy.set_search("바")
    assert proxy.rowCount() == 2
    proxy.set_predicate(lambda r: r.grade == 2)
    proxy.set_search("김")
    assert [proxy.index(r, 4).data() for r in range(proxy.rowCount())] == ["김바람"]
    proxy.set_search("")
    proxy.set_predicate(None)
    assert proxy.rowCount() == 3


def test_cases_sort_state_by_workflow_order_and_none_dates_last(qapp: QApplication) -> None:
    domain = DomainName("learning", "학습", "Learning")

    def case(code: str, state: CaseState, review: date | None) -> CaseRow:
        return CaseRow(
            id=int(code[-3:]),
            code=code,
            student_id=1,
            student_name="김하늘",
            grade=3,
            class_no=2,
            number=7,
            state=state,
            priority=Priority.HIGH,
            domains=(domain,),
            manager_name="박도담",
            opened_on=date(2026, 3, 2),
            next_review_on=review,
        )

    model = CasesTableModel(lambda d: d.name_ko)
    model.set_rows(
        [
            case("2026-003", CaseState.CLOSED, None),
            case("2026-001", CaseState.REQUESTED, date(2026, 5, 1)),
            case("2026-002", CaseState.ACTIVE, date(2026, 4, 1)),
        ]
    )
    proxy = RowFilterProxy(case_search_text)
    proxy.setSourceModel(model)
    proxy.sort(3, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 3).data() for r in range(3)] == ["Requested", "Active support", "Closed"]
    proxy.sort(8, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["2026-002", "2026-001", "2026-003"]
    assert model.index(0, 6).data() == "학습"
    assert model.index(0, 4).data() == "No plan"
    assert model.index(0, 2).data() == "3-2"


def test_sorting_keeps_the_selection_on_the_same_student(qapp: QApplication) -> None:
    from desktop.ui.widgets.area import make_table_view
    from desktop.ui.widgets.row_table_model import ROW_ROLE

    model = StudentsTableModel()
    model.set_rows([_student(n, name) for n, name in ((3, "다현"), (1, "가온"), (2, "나래"))])
    proxy = RowFilterProxy(search_text)
    proxy.setSourceModel(model)
    view = make_table_view()
    view.setModel(proxy)
    view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    view.selectRow(2)  # 다현, number 3
    assert view.selectionModel().selectedRows()[0].data(ROW_ROLE).name == "다현"
    view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 4).data() for r in range(3)] == ["다현", "나래", "가온"]
    selected = view.selectionModel().selectedRows()
    assert len(selected) == 1 and selected[0].row() == 0 and selected[0].data(ROW_ROLE).name == "다현"
    # A search keeps working on the sorted rows, and new rows arrive in the chosen order.
    proxy.set_search("나")
    assert [proxy.index(r, 4).data() for r in range(proxy.rowCount())] == ["나래"]
    proxy.set_search("")
    model.set_rows([_student(n, f"학생{n}") for n in (5, 9, 7)])
    assert [proxy.index(r, 3).data() for r in range(3)] == ["9", "7", "5"]


def test_both_proxies_filter_the_rows_that_complete_a_list(qapp: QApplication) -> None:
    """A list shown by its top first and completed later: searching, narrowing, widening and the
    predicate see the completed rows (RowFilterProxy and the Cases list's RowListProxy alike)."""
    everyone = [_student(n, f"학생{n:03d}", grade=n % 3 + 1) for n in range(1, 301)]

    def names(proxy: RowFilterProxy | RowListProxy) -> list[str]:
        return [proxy.index(r, 4).data() for r in range(proxy.rowCount())]

    def expected(needle: str, grade: int | None = None) -> list[str]:
        return [
            s.name
            for s in everyone
            if needle in search_text(s).casefold() and (grade is None or s.grade == grade)
        ]

    for proxy_type in (RowFilterProxy, RowListProxy):
        model = StudentsTableModel()
        model.sort(3, Qt.SortOrder.AscendingOrder)
        proxy = proxy_type(search_text)
        proxy.setSourceModel(model)
        model.set_rows(everyone[:20])
        proxy.set_search("15")
        assert names(proxy) == ["학생015"]
        model.complete_rows(list(reversed(everyone)))
        assert len(expected("15")) > 10 and names(proxy) == expected("15")
        proxy.set_search("150")  # narrows
        assert names(proxy) == expected("150")
        proxy.set_search("1")  # widens
        assert names(proxy) == expected("1")
        proxy.set_predicate(lambda r: r.grade == 1)
        assert names(proxy) == expected("1", grade=1)
        proxy.set_search("")
        proxy.set_predicate(None)
        assert proxy.rowCount() == 300


def test_a_hidden_table_fits_its_columns_when_it_is_shown(qtbot: QtBot) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from desktop.ui.widgets.area import fit_columns, make_table_view

    view = make_table_view()
    qtbot.addWidget(view)
    model = QStandardItemModel(0, 2, view)  # owned by the view: gone with it
    for n in range(3_000):
        model.appendRow([QStandardItem(f"{n}"), QStandardItem("짧음")])
    model.setItem(0, 0, QStandardItem("아주 긴 기관 이름이 들어가는 첫 번째 칸 " * 2))
    view.setModel(model)
    narrow = view.columnWidth(0)
    fit_columns(view)  # hidden (another tab): nothing measured yet
    assert view.columnWidth(0) == narrow
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    assert view.columnWidth(0) > narrow  # fitted to the long name on screen
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(model.item(0, 0).text())
    # The last column still stretches to the edge, now and after a refit of the shown table.
    header = view.horizontalHeader()
    assert header.length() >= view.viewport().width() - 1
    fit_columns(view)
    qtbot.wait(10)
    assert header.length() >= view.viewport().width() - 1


def test_fitted_columns_are_as_wide_as_qts_own_fitting(qtbot: QtBot) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from desktop.ui.widgets.area import fit_columns, make_table_view

    view = make_table_view()
    qtbot.addWidget(view)
    model = QStandardItemModel(0, 4, view)
    model.setHorizontalHeaderLabels(["번호", "학생 이름이 긴 제목", "상태", "메모"])
    for n in range(200):
        model.appendRow(
            [
                QStandardItem(f"{n}"),
                QStandardItem("김도담" if n % 7 else "남궁 아름다운 하늘빛 학생"),
                QStandardItem("지원 중" if n % 2 else ""),
                QStandardItem("마지막 칸은 늘어납니다"),
            ]
        )
    view.setModel(model)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    fit_columns(view)
    ours = [view.columnWidth(c) for c in range(3)]
    for column in range(3):
        view.resizeColumnToContents(column)
    assert ours == [view.columnWidth(c) for c in range(3)]
    assert ours[1] > view.fontMetrics().horizontalAdvance("남궁 아름다운 하늘빛 학생")


def test_a_list_sorted_on_the_worker_is_shown_in_the_tables_order() -> None:
    everyone = [_student(n, f"학생{n:03d}", grade=n % 3 + 1) for n in range(1, 101)]
    model = StudentsTableModel()
    model.sort(4, Qt.SortOrder.DescendingOrder)  # by name, newest first
    order = model.row_order()
    assert order is not None
    rows = list(everyone)
    order.apply(rows)  # as the worker does
    model.set_rows(rows[:10])
    model.complete_rows(rows, sorted_by=order)
    names = [model.index(r, 4).data() for r in range(model.rowCount())]
    assert names == sorted((s.name for s in everyone), reverse=True)
    # The user sorted by another column meanwhile: the list is sorted again for the new order.
    model.sort(4, Qt.SortOrder.AscendingOrder)
    model.complete_rows(rows, sorted_by=order)
    assert [model.index(r, 4).data() for r in range(model.rowCount())] == sorted(s.name for s in everyone)


def test_a_view_gets_every_role_of_a_cell_in_one_call(qtbot: QtBot) -> None:
    from desktop.ui.widgets.area import make_table_view

    calls: list[int] = []

    class CountingModel(StudentsTableModel):
        def multiData(self, index, roleDataSpan):  # type: ignore[no-untyped-def]
            calls.append(index.row())
            super().multiData(index, roleDataSpan)

    model = CountingModel()
    model.set_rows([_student(n, f"남궁아름다운학생{n:03d}") for n in range(1, 41)])
    proxy = RowFilterProxy(search_text)
    proxy.setSourceModel(model)
    view = make_table_view()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    assert len(calls) >= 5 * model.columnCount()  # the rows on screen, each cell in one call
    # What the view got through that one call is what it draws: the name, measured.
    name = proxy.index(0, 4)
    assert view.sizeHintForIndex(name).width() > view.fontMetrics().horizontalAdvance("남궁아름다운학생001")


def test_only_overdue_review_dates_are_drawn_in_red(qtbot: QtBot) -> None:
    """The delegate keeps its role data from one cell to the next: a role the model does not
    answer for a cell must not keep the previous cell's value (every row came out red)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from desktop.ui.cases.cases_table_model import OVERDUE_COLOUR, REVIEW_COLUMN
    from desktop.ui.widgets.area import make_table_view

    domain = DomainName("learning", "학습", "Learning")
    past, future = date(2020, 1, 1), date(2999, 1, 1)
    rows = [
        CaseRow(
            id=n,
            code=f"2026-{n:03d}",
            student_id=n,
            student_name="김하늘",
            grade=3,
            class_no=2,
            number=n,
            state=CaseState.ACTIVE,
            priority=Priority.HIGH,
            domains=(domain,),
            manager_name="박도담",
            opened_on=date(2026, 3, 2),
            next_review_on=past if n % 3 == 0 else future,
        )
        for n in range(1, 10)
    ]
    drawn: dict[tuple[int, int], bool] = {}

    class Recording(QStyledItemDelegate):
        def initStyleOption(self, option: QStyleOptionViewItem, index: object) -> None:  # type: ignore[override]
            super().initStyleOption(option, index)  # type: ignore[arg-type]
            colour = option.palette.color(QPalette.ColorRole.Text)  # type: ignore[attr-defined]
            drawn[(index.row(), index.column())] = colour == OVERDUE_COLOUR  # type: ignore[attr-defined]

    model = CasesTableModel(lambda d: d.name_ko)
    model.set_rows(rows)
    proxy = RowFilterProxy(case_search_text)
    proxy.setSourceModel(model)
    view = make_table_view()
    qtbot.addWidget(view)
    delegate = Recording(view)
    view.setItemDelegate(delegate)
    view.setModel(proxy)
    view.resize(1200, 400)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    red = {cell for cell, is_red in drawn.items() if is_red}
    overdue = {(r, REVIEW_COLUMN) for r in range(len(rows)) if rows[r].next_review_on == past}
    assert len(drawn) >= len(rows) * 8 and red == overdue
