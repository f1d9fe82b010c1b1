"""A read-only table model over plain frozen rows, and the proxy that sorts and filters it.

Area models subclass RowTableModel and declare their columns; sorting uses the raw values each
column returns for SORT_ROLE (numbers, dates), never the display strings.

Lists must stay smooth with 20,000 rows, so neither sorting nor filtering asks Qt to call back into
Python per comparison: the source model sorts its own rows with Python's sort (one key per row), and
the proxy decides which rows pass in one pass over the rows, caching each row's search text; Qt
then only asks "is row n accepted?".
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.ui.widgets.plain_text import as_written

R = TypeVar("R")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex

DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_ANSWERED_ROLES = frozenset({DISPLAY_ROLE, int(SORT_ROLE), int(ROW_ROLE), _TOOLTIP_ROLE, _ALIGNMENT_ROLE})
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its translated title, how a row is shown, and the raw value it sorts by."""

    title: str
    display: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


@dataclass(frozen=True)
class RowOrder:
    """A table's sort (column and order) with the raw value it sorts by: `apply` sorts a list of
    rows as the table would, on any thread."""

    state: tuple[int, Qt.SortOrder]
    key: Callable[[Any], Any]
    descending: bool

    def apply(self, rows: list[Any]) -> None:
        key = self.key
        rows.sort(key=lambda row: _sortable(key(row)), reverse=self.descending)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one frozen dataclass type; the view feeds them with `set_rows`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._columns: list[Column[R]] = self.columns()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def columns(self) -> list[Column[R]]:
        """The columns, with translated titles (called once, after the translators are installed)."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def complete_rows(self, rows: Sequence[R], sorted_by: RowOrder | None = None) -> None:
        """Show `rows`, the complete list of which the model holds only the top so far (the first
        screen of a long list): when the sorted complete list starts with the rows shown, they
        stay where they are (selection, scrolling) and the others are appended; otherwise the
        model is reset with the complete list. `sorted_by`: the order (from `row_order`) the
        rows were sorted in on the worker; they are sorted here only if the order changed since."""
        complete = list(rows)
        if self._sort is not None and (sorted_by is None or sorted_by.state != self._sort):
            self._sort_list(complete, *self._sort)
        shown = len(self._rows)
        if complete[:shown] != self._rows:
            self.beginResetModel()
            self._rows = complete
            self.endResetModel()
        elif len(complete) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(complete) - 1)
            self._rows.extend(complete[shown:])
            self.endInsertRows()

    def row_order(self) -> RowOrder | None:
        """The current sort as a plain function of the rows, for sorting a long list on the
        operation runner's worker before it reaches the model (None when unsorted, or sorted by
        a column that has no raw sort value: its display text may need the UI thread)."""
        if self._sort is None:
            return None
        column, order = self._sort
        key = self._columns[column].sort_key
        if key is None:
            return None
        return RowOrder(self._sort, key, order == Qt.SortOrder.DescendingOrder)

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the rows are sorted by (None before any sort)."""
        return self._sort

    def row_list(self) -> list[R]:
        """The rows in their current order (the model's own list: do not change it)."""
        return self._rows

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._sort_list(self._rows, column, order)

    def _sort_list(self, rows: list[R], column: int, order: Qt.SortOrder) -> None:
        spec = self._columns[column]
        key = spec.sort_key if spec.sort_key is not None else spec.display
        rows.sort(key=lambda row: _sortable(key(row)), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column's SORT_ROLE value, keeping selections on the same rows."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = list(self._rows)
        self._sort = (column, order)
        self._sort_rows(column, order)
        new_position = {id(row): i for i, row in enumerate(self._rows)}
        after = [
            self.index(new_position[id(old_rows[index.row()])], index.column())
            if index.isValid() and index.row() < len(old_rows)
            else QModelIndex()
            for index in before
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    answered_roles: frozenset[int] = frozenset()  # set after the class (see _ANSWERED_ROLES)
    """The roles `value` may answer; a proxy turns the others away without asking."""

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        # Called for every role of every cell on screen (a repaint asks ~8 roles per cell): the
        # roles no column answers are turned away first, without looking at the row.
        if role not in self.answered_roles:
            return None
        return self.value(index.row(), index.column(), role)

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        # A view's delegate asks for all the roles of a cell it paints or measures in one call
        # (Qt 6): one call into Python per cell instead of one per role (about eight). While the
        # worker runs Python, each call waits for the interpreter lock: a table painted during a
        # read took 49 ms with data(), 26 ms with this.
        fill_roles(self.data, index, roleDataSpan)

    def value(self, number: int, column_number: int, role: int) -> Any:
        """data() of the cell at row `number` and column `column_number` (no index needed)."""
        if number < 0 or number >= len(self._rows):
            return None
        row = self._rows[number]
        column = self._columns[column_number]
        if role == DISPLAY_ROLE:
            return column.display(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key is not None else column.display(row)
        if role == ROW_ROLE:
            return row
        if role == _TOOLTIP_ROLE and column.tooltip is not None:
            return as_written(column.tooltip(row))  # tool tips hold names and notes
        if role == _ALIGNMENT_ROLE and column.align_right:
            return _ALIGN_RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None


RowTableModel.answered_roles = _ANSWERED_ROLES


def _sortable(value: Any) -> tuple[int, Any]:
    # None sorts last; dates and datetimes compare among themselves; mixed types fall back to text.
    if value is None:
        return (1, "")
    if isinstance(value, datetime):
        return (0, value.isoformat())
    if isinstance(value, date):
        return (0, value.isoformat())
    if isinstance(value, tuple):
        return (0, tuple(_sortable(v) for v in value))
    return (0, value)


def fill_roles(
    data: Callable[[AnyIndex, int], Any], index: AnyIndex, span: QModelRoleDataSpan | QModelRoleData
) -> None:
    """Fill a view's QModelRoleDataSpan (or one QModelRoleData) for one cell from a
    data(index, role) function."""
    if not index.isValid():
        return
    items: Any = span  # a sequence at run time (the stubs lack its __getitem__)
    wanted = [span] if isinstance(span, QModelRoleData) else [items[i] for i in range(span.size())]
    for role_data in wanted:
        value = data(index, role_data.role())
        # Every role is set: a delegate keeps its span from one cell to the next.
        if value is None:
            role_data.clearData()
        else:
            role_data.setData(value)


class RowFilterProxy(QSortFilterProxyModel):
    """Keeps the rows that match the search text and the row predicate; sorting is passed on to
    the RowTableModel underneath (see the module's note).

    Per keystroke over 20,000 rows: each row's search text is folded once (kept with the row),
    the predicate is tested once per filter change, a search that extends the previous one only
    looks at the rows that matched it, and the proxy rebuilds its mapping in one go (one
    layout change) instead of announcing every removed and inserted range of rows to the view.
    """

    def __init__(self, search_text: Callable[[Any], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search_text = search_text
        self._needle = ""
        self._predicate: Callable[[Any], bool] | None = None
        self._accepted: list[bool] | None = None
        self._texts: dict[int, str] = {}  # id(row) -> folded search text, while the rows live
        self._text_list: list[str] | None = None  # in source row order
        self._candidates: list[int] | None = None  # source rows that pass the predicate
        self._found: tuple[str, list[int]] | None = None  # last search and the rows it matched
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        # QSortFilterProxyModel would ask the source one role at a time: one call per cell instead
        # (see RowTableModel.multiData).
        source = self.sourceModel()
        if source is not None and index.isValid():
            source.multiData(self.mapToSource(index), roleDataSpan)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        previous = self.sourceModel()
        if previous is not None:
            for signal in (previous.modelAboutToBeReset, previous.layoutAboutToBeChanged):
                signal.disconnect(self._forget)
            previous.rowsAboutToBeInserted.disconnect(self._forget_positions)
            previous.rowsInserted.disconnect(self._rows_came)
            previous.rowsAboutToBeRemoved.disconnect(self._forget)
        # Connected before the proxy's own handlers run on reset and layout changes. After rows
        # came, what was decided on the way (the proxy maps the old rows first) is dropped too.
        model.modelAboutToBeReset.connect(self._forget)
        model.layoutAboutToBeChanged.connect(self._forget_positions)
        model.rowsAboutToBeInserted.connect(self._forget_positions)
        model.rowsInserted.connect(self._rows_came)
        model.rowsAboutToBeRemoved.connect(self._forget)
        super().setSourceModel(model)

    def _forget(self) -> None:
        self._forget_positions()
        self._texts.clear()

    def _rows_came(self) -> None:
        # Decided anew over all the rows (the proxy mapped the old ones on the way).
        self._forget_positions()
        self.invalidate()

    def _forget_positions(self) -> None:
        # Row numbers move; the rows themselves (and their search texts) stay.
        self._accepted = None
        self._text_list = None
        self._candidates = None
        self._found = None

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self._needle = needle
        self._refilter()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._predicate = predicate
        self._candidates = None
        self._found = None
        self._refilter()

    def _refilter(self) -> None:
        self._accepted = None
        if isinstance(self.sourceModel(), RowTableModel):
            # One layout change: the mapping is rebuilt from the decided rows when next asked.
            self.invalidate()
        else:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _text(self, row: Any) -> str:
        key = id(row)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._search_text(row).casefold()
        return text

    def _accepts(self, row: Any) -> bool:
        if self._predicate is not None and not self._predicate(row):
            return False
        return not self._needle or self._needle in self._text(row)

    def _decide(self) -> list[bool] | None:
        """Which source rows pass, in one pass (None for a model that is not a RowTableModel)."""
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return None
        rows = model.row_list()
        candidates = self._candidates
        if candidates is None:
            predicate = self._predicate
            if predicate is None:
                candidates = list(range(len(rows)))
            else:
                candidates = [i for i, row in enumerate(rows) if predicate(row)]
            self._candidates = candidates
        needle = self._needle
        if needle:
            texts = self._text_list
            if texts is None:
                text = self._text
                texts = self._text_list = [text(row) for row in rows]
            found = self._found
            # A longer search matches a subset of what the shorter one matched.
            base = found[1] if found is not None and needle.startswith(found[0]) else candidates
            matched = [i for i in base if needle in texts[i]]
            self._found = (needle, matched)
        else:
            matched = candidates
        if len(matched) == len(rows):
            accepted = [True] * len(rows)
        else:
            accepted = [False] * len(rows)
            for i in matched:
                accepted[i] = True
        self._accepted = accepted
        return accepted

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        # Called once per row on every keystroke: keep it to a list lookup.
        accepted = self._accepted if self._accepted is not None else self._decide()
        if accepted is not None:
            return source_row < len(accepted) and accepted[source_row]
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        return row is not None and self._accepts(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)


class RowListProxy(QAbstractProxyModel):
    """RowFilterProxy's filtering without a call into Python per row: for a RowTableModel of
    tens of thousands of rows (the Cases list of a district), where QSortFilterProxyModel's
    filterAcceptsRow, called once per source row from C++, alone costs ~15 ms a keystroke.

    The proxy keeps the list of source rows shown; a filter change decides the rows in a few
    list comprehensions (RowFilterProxy's decisions, kept per row) and announces one layout
    change, keeping selections on the rows still shown. Sorting is the source model's. Cells are
    read through the source's `value` (a model adding roles overrides it and `answered_roles`).
    """

    def __init__(self, search_text: Callable[[Any], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._decider = RowFilterProxy(search_text)  # decides; never attached to a view
        self._shown: list[int] = []  # proxy row -> source row
        self._position: dict[int, int] | None = None  # source row -> proxy row, when asked
        self._source: RowTableModel[Any] | None = None
        self._saved: list[tuple[QModelIndex, int, int, int]] = []

    # --- the source ---------------------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, RowTableModel):
            raise TypeError("RowListProxy works on a RowTableModel")
        previous = self._source
        if previous is not None:
            previous.modelAboutToBeReset.disconnect(self._source_resetting)
            previous.modelReset.disconnect(self._source_reset)
            previous.layoutAboutToBeChanged.disconnect(self._about_to_change)
            previous.layoutChanged.disconnect(self._changed)
            previous.rowsAboutToBeInserted.disconnect(self._about_to_change)
            previous.rowsInserted.disconnect(self._changed)
            previous.rowsAboutToBeRemoved.disconnect(self._about_to_change)
            previous.rowsRemoved.disconnect(self._changed)
            previous.dataChanged.disconnect(self._source_data_changed)
        self.beginResetModel()
        self._decider.setSourceModel(model)  # its caches follow the source's changes first
        super().setSourceModel(model)
        self._source = model
        model.modelAboutToBeReset.connect(self._source_resetting)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._about_to_change)
        model.layoutChanged.connect(self._changed)
        model.rowsAboutToBeInserted.connect(self._about_to_change)
        model.rowsInserted.connect(self._changed)
        model.rowsAboutToBeRemoved.connect(self._about_to_change)
        model.rowsRemoved.connect(self._changed)
        model.dataChanged.connect(self._source_data_changed)
        self._decide()
        self.endResetModel()

    def _decide(self) -> None:
        accepted = self._decider._decide() or []
        if self._decider._needle or self._decider._predicate is not None:
            self._shown = [i for i, ok in enumerate(accepted) if ok]
        else:
            self._shown = list(range(len(accepted)))
        self._position = None

    def _source_resetting(self) -> None:
        self.beginResetModel()

    def _source_reset(self) -> None:
        self._decider._forget()
        self._decide()
        self.endResetModel()

    def _about_to_change(self) -> None:
        """Before the shown rows change: remember which row each persistent index is on."""
        self.layoutAboutToBeChanged.emit()
        source = self._source
        rows = source.row_list() if source is not None else []
        self._saved = []
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < len(self._shown):
                number = self._shown[index.row()]
                self._saved.append((index, number, id(rows[number]), index.column()))

    def _changed(self) -> None:
        """After the source's rows changed (moved, came or went)."""
        self._decider._forget_positions()
        self._decide()
        source = self._source
        rows = source.row_list() if source is not None else []
        where = {id(rows[s]): p for p, s in enumerate(self._shown)} if self._saved else {}
        self._restore([where.get(key) for _index, _number, key, _column in self._saved])

    def _filtered(self) -> None:
        """After a filter change: the source rows stay where they are, the shown ones are in
        source order, so each saved row is found by bisection."""
        self._decide()
        shown = self._shown
        positions: list[int | None] = []
        for _index, number, _key, _column in self._saved:
            p = bisect_left(shown, number)
            positions.append(p if p < len(shown) and shown[p] == number else None)
        self._restore(positions)

    def _restore(self, positions: list[int | None]) -> None:
        before = [index for index, _number, _key, _column in self._saved]
        after = [
            QModelIndex() if p is None else self.index(p, column)
            for p, (_index, _number, _key, column) in zip(positions, self._saved, strict=True)
        ]
        self._saved = []
        if before:
            self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _source_data_changed(self, *_args: Any) -> None:
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, self.columnCount() - 1))

    # --- filtering ----------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        if text.strip().casefold() == self._decider._needle:
            return
        self._about_to_change()
        self._decider._needle = text.strip().casefold()
        self._decider._accepted = None
        self._filtered()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._about_to_change()
        self._decider._predicate = predicate
        self._decider._candidates = None
        self._decider._found = None
        self._decider._accepted = None
        self._filtered()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)

    # --- the item model -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < len(self._shown) or not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: AnyIndex | None = None) -> Any:
        if child is None:
            return super().parent()  # QObject.parent()
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        if self._source is None or not proxy_index.isValid() or proxy_index.row() >= len(self._shown):
            return QModelIndex()
        return self._source.index(self._shown[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        if self._position is None:
            self._position = {s: p for p, s in enumerate(self._shown)}
        row = self._position.get(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        fill_roles(self.data, index, roleDataSpan)  # see RowTableModel.multiData

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        # The hot path of every repaint: unanswered roles first, then the source's cell directly.
        source = self._source
        if source is None or role not in source.answered_roles:
            return None
        number = index.row()
        if number < 0 or number >= len(self._shown):
            return None
        return source.value(self._shown[number], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        return None if self._source is None else self._source.headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
