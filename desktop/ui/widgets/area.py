"""The base of every area of the main window, and the table view they share."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QWidget


class AreaView(QWidget):
    """An area: a title for the navigation, an optional search box, and `refresh()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_field: QLineEdit | None = None

    def refresh(self) -> None:
        """Reload the area's data from the database."""

    def focus_search(self) -> None:
        """Put the cursor in the area's search box (Ctrl+F)."""
        # `Qt` is imported here: the log-in window uses heading() and shows before `Qt` is loaded.
        from PySide6.QtCore import Qt

        if self.search_field is not None:
            self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_field.selectAll()


def make_table_view(parent: QWidget | None = None) -> QTableView:
    """A read-only, sortable table with whole-row selection."""
    view = QTableView(parent)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    # Fitting columns to their contents measures only the rows on screen, never every row (Qt's
    # default looks at 1,000 rows: over a third of a second on a list of 2,000 students).
    view.horizontalHeader().setResizeContentsPrecision(0)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return view


def make_search_field(placeholder: str, parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    field.setMinimumWidth(260)
    return field


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A bold area heading."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label
