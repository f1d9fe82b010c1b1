"""Where Dodam keeps its data, and the one typed registry of settings (STYLE: Picard's options).

School-wide settings live in the encrypted database (AppSetting rows); QSettings holds only window
geometry. Every setting is declared once here with its type and default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import platformdirs

APP_NAME = "Dodam"
T = TypeVar("T")


def default_data_dir() -> Path:
    """The school's data folder: the user's local application data (e.g. %LOCALAPPDATA%\\Dodam)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def demo_data_dir() -> Path:
    """The demo school's own folder, apart from any real school's data."""
    return default_data_dir().parent / f"{APP_NAME}-demo"


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
    FONT_POINT_SIZE = Setting[int]("ui.font_point_size", int, 10, 8, 20)
    # Months kept beyond the decree's §10⑤ retention before a student's records are due for purge.
    RETENTION_EXTRA_MONTHS = Setting[int]("retention.extra_months", int, 0, 0, 120)

    @classmethod
    def all(cls) -> list[Setting[Any]]:
        """Every declared setting."""
        return [v for v in vars(cls).values() if isinstance(v, Setting)]
