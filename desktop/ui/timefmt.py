"""Dates and times as the interface shows them (stored in UTC, shown in local time)."""

from __future__ import annotations

from datetime import UTC, date, datetime


def local(at: datetime) -> datetime:
    """A stored time (UTC, naive when SQLite hands it back) in the computer's local time."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone()


def date_text(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def datetime_text(at: datetime | None) -> str:
    return local(at).strftime("%Y-%m-%d %H:%M") if at is not None else ""
