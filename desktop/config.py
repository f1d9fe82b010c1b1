"""Where Dodam keeps its data, and the one typed registry of settings (STYLE: Picard's options).

School-wide settings live in the encrypted database (AppSetting rows); QSettings holds only window
geometry. Every setting is declared once here with its type and default.

Two things belong to the PC account rather than to a school, so they live outside the database, in a
small JSON file in the user's configuration folder (`user_preferences_path`): which data folder to
open when no `--data-dir` is given (several Windows accounts of one PC may share one school in e.g.
`C:\\Users\\Public\\Dodam`), and this account's font size (it overrides the school's default).
"""

from __future__ import annotations

import json
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


PREFERENCES_NAME = "preferences.json"
DATA_DIR_KEY = "data_dir"
FONT_SIZE_KEY = "font_point_size"


def user_preferences_path() -> Path:
    """This PC account's preferences file (e.g. %LOCALAPPDATA%\\Dodam\\preferences.json)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False)) / PREFERENCES_NAME


def read_user_preferences() -> dict[str, Any]:
    """The preferences file's content; empty when it is missing or unreadable (never an error: the
    defaults then apply)."""
    try:
        data = json.loads(user_preferences_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_user_preference(key: str, value: Any) -> None:
    """Store one preference (None removes it); the file is replaced atomically."""
    from desktop.storage.atomic import atomic_write_bytes

    data = read_user_preferences()
    if value is None:
        data.pop(key, None)
    else:
        data[key] = value
    path = user_preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))


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
    FONT_POINT_SIZE = Setting[int]("ui.font_point_size", int, 10, 8, 20)
    # Months kept beyond the decree's §10⑤ retention before a student's records are due for purge.
    RETENTION_EXTRA_MONTHS = Setting[int]("retention.extra_months", int, 0, 0, 120)

    @classmethod
    def all(cls) -> list[Setting[Any]]:
        """Every declared setting."""
        return [v for v in vars(cls).values() if isinstance(v, Setting)]


def personal_font_size() -> int | None:
    """This PC account's font size, when one was chosen in Preferences (else the school's applies)."""
    raw = read_user_preferences().get(FONT_SIZE_KEY)
    return raw if raw is not None and Settings.FONT_POINT_SIZE.coerce(raw) == raw else None


def remember_font_size(size: int | None) -> None:
    """Store this PC account's font size (None: follow the school's setting)."""
    if size is not None and Settings.FONT_POINT_SIZE.coerce(size) != size:
        raise ValueError(f"font size out of range: {size}")
    write_user_preference(FONT_SIZE_KEY, size)
