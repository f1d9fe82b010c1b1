"""Audit events for the review screen, fetched a page at a time as the view scrolls (the log may
hold 500,000 events): when, who, what, on which record, which student, for what purpose."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.services.audit_review import PAGE_SIZE, AuditEventRow
from desktop.ui.labels import audit_action_label, audit_record_label
from desktop.ui.timefmt import datetime_text
from desktop.ui.widgets.plain_text import as_written

AnyIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int | None], list[AuditEventRow]]
"""Returns the page of events older than the given id (None: the newest page)."""


class AuditTableModel(QAbstractTableModel):
    """Newest first; `fetchMore` asks for the next page when the view scrolls near the end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEventRow] = []
        self._fetch: Fetch | None = None
        self._exhausted = True
        self._titles = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Student"),
            self.tr("Purpose"),
        ]

    def start(self, fetch: Fetch) -> None:
        """Forget the rows and load the first page through `fetch`."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> AuditEventRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._titles)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        page = self._fetch(self._rows[-1].id if self._rows else None)
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if not page:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            # The log-in name, as the event stored it, beside the person's name.
            r = self._rows[index.row()]
            return as_written(
                self.tr("{name} (log-in name: {username})").format(name=actor_text(r), username=r.actor_name)
            )
        text = self._cell_text(index.row(), index.column())
        # A tool tip is read as rich text when it looks like HTML: stored names stay text.
        return as_written(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def _cell_text(self, row: int, column: int) -> str:
        r = self._rows[row]
        if column == 0:
            return datetime_text(r.at)
        if column == 1:
            return actor_text(r)
        if column == 2:
            return action_text(r)
        if column == 3:
            return record_text(r)
        if column == 4:
            return student_text(r)
        return str(r.purpose)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None


def student_text(row: AuditEventRow) -> str:
    """The student's name for those who may see it, otherwise only the student's number."""
    if row.student_id is None:
        return ""
    if row.student_name:
        return f"{row.student_name} (#{row.student_id})"
    return f"#{row.student_id}"


def actor_text(row: AuditEventRow) -> str:
    """The person's name; the stored log-in name for an event without a current account."""
    return row.actor_display_name or row.actor_name


_SPECIFIC_ACTIONS = {
    "approve": QT_TRANSLATE_NOOP("AuditTableModel", "Approval"),
    "submit": QT_TRANSLATE_NOOP("AuditTableModel", "Submission for approval"),
    "return": QT_TRANSLATE_NOOP("AuditTableModel", "Returned for changes"),
    "finalise": QT_TRANSLATE_NOOP("AuditTableModel", "Minutes finalised"),
    "sign": QT_TRANSLATE_NOOP("AuditTableModel", "Minutes signed"),
    "addendum": QT_TRANSLATE_NOOP("AuditTableModel", "Addendum"),
    "start": QT_TRANSLATE_NOOP("AuditTableModel", "Started"),
    "complete": QT_TRANSLATE_NOOP("AuditTableModel", "Completed"),
    "cancel": QT_TRANSLATE_NOOP("AuditTableModel", "Cancelled"),
    "apply": QT_TRANSLATE_NOOP("AuditTableModel", "Decisions applied"),
}


def action_text(row: AuditEventRow) -> str:
    """What was done: the precise action when the event's detail tells it ("Approval" rather
    than "Change"), else the audit action's name."""
    source = _SPECIFIC_ACTIONS.get(row.specific_action or "")
    if source is not None:
        return QCoreApplication.translate("AuditTableModel", source)
    return audit_action_label(row.action)


def record_text(row: AuditEventRow) -> str:
    """What the event is about, named as people know it: "Support plan 2026-0012", "Meeting 2026
    no. 3"; a record with neither a case nor a meeting keeps its number ("Setting #4")."""
    if row.meeting_year is not None and row.meeting_number is not None:
        return QCoreApplication.translate("AuditTableModel", "Meeting {year} no. {number}").format(
            year=row.meeting_year, number=row.meeting_number
        )
    record = audit_record_label(row.entity_type)
    if row.case_code:
        return f"{record} {row.case_code}"
    return f"{record} #{row.entity_id}" if row.entity_id is not None else record
