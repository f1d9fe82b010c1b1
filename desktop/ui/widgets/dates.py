"""Date fields as every form of Dodam shows them: a calendar pop-up and ISO display (2026-11-23)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


def make_date_edit(
    value: date | None = None, parent: QWidget | None = None, *, latest: date | None = None
) -> QDateEdit:
    """A date field showing `value` (today by default); `latest` caps it (e.g. today)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if latest is not None:
        edit.setMaximumDate(QDate(latest.year, latest.month, latest.day))
    day = value or date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    """The day a date field shows."""
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)
