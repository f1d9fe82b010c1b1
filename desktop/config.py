"""Where Dodam keeps its data, and the one typed registry of settings (STYLE: Picard's options).

School-wide settings live in the encrypted database (AppSetting rows); QSettings holds only window
geometry. Every setting is declared once here with its type and default.

Two things belong to the PC account rather than to a school, so they live outside the database, in a
small JSON file in the user's configuration folder (`user_preferences_path`): which data folder to
open when no `--data-dir` is given (several Windows accounts of one PC may share one school in e.g.
`C:\\Users\\Public\\Dodam`), and this account's font size (it overrides the school's default).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import platformdirs

# The preferences file is read before the log-in window's first paint (the font size): its module
# imports little. Its names are part of this module's interface too.
from desktop.preferences import (
    APP_NAME,
    DATA_DIR_KEY,
    FONT_POINT_DEFAULT,
    FONT_POINT_MAX,
    FONT_POINT_MIN,
    FONT_SIZE_KEY,
    PREFERENCES_NAME,
    personal_font_size,
    read_user_preferences,
    user_preferences_path,
    write_user_preference,
)

__all__ = [
    "APP_NAME",
    "DATA_DIR_KEY",
    "FONT_SIZE_KEY",
    "PREFERENCES_NAME",
    "personal_font_size",
    "read_user_preferences",
    "user_preferences_path",
    "write_user_preference",
]

T = TypeVar("T")


def default_data_dir() -> Path:
    """The school's data folder: the user's local application data (e.g. %LOCALAPPDATA%\\Dodam)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def demo_data_dir() -> Path:
    """The demo school's own folder, apart from any real school's data."""
    return default_data_dir().parent / f"{APP_NAME}-demo"


def chosen_data_dir() -> Path | None:
    """The data folder chosen in the log-in window or the set-up wizard, if any."""
    value = read_user_preferences().get(DATA_DIR_KEY)
    return Path(value) if isinstance(value, str) and value.strip() else None


def remember_data_dir(folder: Path | None) -> None:
    """Open `folder` from now on when no `--data-dir` is given (None: back to the default)."""
    value = None if folder is None or Path(folder) == default_data_dir() else str(Path(folder))
    write_user_preference(DATA_DIR_KEY, value)


def data_dir_to_open() -> Path:
    """The folder opened without `--data-dir`: the remembered choice, else the default."""
    return chosen_data_dir() or default_data_dir()


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A setting: its key, type, default and, for numbers, the allowed range."""

    key: str
    type: type[T]
    default: T
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, value: Any) -> T:
        """The stored value as this setting's type, or the default when it does not fit."""
        if self.type is bool:
            return value if isinstance(value, bool) else self.default  # type: ignore[return-value]
        if self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return self.default
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                return self.default
            return value  # type: ignore[return-value]
        return value if isinstance(value, self.type) else self.default


class Settings:
    """The registry: every setting Dodam knows, declared once."""

    LANGUAGE = Setting[str]("ui.language", str, "")  # "" follows the system locale
    LOCKOUT_ATTEMPTS = Setting[int]("security.lockout_attempts", int, 5, 3, 20)
    LOCKOUT_MINUTES = Setting[int]("security.lockout_minutes", int, 5, 1, 120)
    IDLE_LOCK_MINUTES = Setting[int]("security.idle_lock_minutes", int, 5, 1, 120)
    BACKUP_FOLDER = Setting[str]("backup.folder", str, "")
    BACKUP_ON_EXIT = Setting[bool]("backup.on_exit", bool, True)
    REVIEW_INTERVAL_DAYS = Setting[int]("cases.review_interval_days", int, 30, 7, 180)
    REFERRAL_RESPONSE_DAYS = Setting[int]("referrals.expected_response_days", int, 14, 1, 90)
    FONT_POINT_SIZE = Setting[int](
        "ui.font_point_size", int, FONT_POINT_DEFAULT, FONT_POINT_MIN, FONT_POINT_MAX
    )
    # Months kept beyond the decree's §10⑤ retention before a student's records are due for purge.
    RETENTION_EXTRA_MONTHS = Setting[int]("retention.extra_months", int, 0, 0, 120)

    @classmethod
    def all(cls) -> list[Setting[Any]]:
        """Every declared setting."""
        return [v for v in vars(cls).values() if isinstance(v, Setting)]


def remember_font_size(size: int | None) -> None:
    """Store this PC account's font size (None: follow the school's setting)."""
    if size is not None and Settings.FONT_POINT_SIZE.coerce(size) != size:
        raise ValueError(f"font size out of range: {size}")
    write_user_preference(FONT_SIZE_KEY, size)
