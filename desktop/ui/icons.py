"""Dodam's own SVG icons (resources/icons, CC0: see its LICENSE.txt).

QIcon renders an SVG through Qt's SVG icon engine (QtSvg) at whatever size and device pixel ratio is
asked for, so the icons stay sharp on high-DPI screens; no bitmap is scaled up.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from desktop.ui.paths import resources_dir

ICON_NAMES = (
    "dashboard",
    "tasks",
    "students",
    "cases",
    "meetings",
    "resources",
    "reports",
    "admin",
    "new_request",
    "lock",
    "pin",
    "preferences",
    "shortcuts",
    "data_folder",
)


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """The named icon (an empty QIcon when the file is missing, so a broken build still runs)."""
    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()
