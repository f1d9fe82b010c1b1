"""This PC account's preferences: a small JSON file in the user's configuration folder, outside any
school's database (see desktop.config). Only what the log-in window needs before its first paint is
here, so this module imports little: json and platformdirs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "Dodam"
# The font size's default and range (desktop.config.Settings.FONT_POINT_SIZE is declared with them).
FONT_POINT_DEFAULT = 10
FONT_POINT_MIN = 8
FONT_POINT_MAX = 20

PREFERENCES_NAME = "preferences.json"
DATA_DIR_KEY = "data_dir"
FONT_SIZE_KEY = "font_point_size"
LANGUAGE_KEY = "language"
LANGUAGES = ("ko", "en")


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


def personal_font_size() -> int | None:
    """This PC account's font size, when one was chosen in Preferences (else the school's applies)."""
    raw = read_user_preferences().get(FONT_SIZE_KEY)
    if isinstance(raw, bool) or not isinstance(raw, int):
        return None
    return raw if FONT_POINT_MIN <= raw <= FONT_POINT_MAX else None


def personal_language() -> str | None:
    """The interface language chosen in Preferences on this PC account ("ko" or "en"); None when
    none was chosen (the system's language then decides)."""
    raw = read_user_preferences().get(LANGUAGE_KEY)
    return raw if raw in LANGUAGES else None


def remember_language(language: str | None) -> None:
    """Store this PC account's interface language (None: follow the system); it applies from the
    next start, when the windows are built in it."""
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language: {language}")
    write_user_preference(LANGUAGE_KEY, language)
