"""The bundled Korean font (Nanum Gothic, SIL OFL), registered so Korean renders on any PC."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.ui.paths import resources_dir

FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
FALLBACK_FAMILY = "NanumGothic"


def register_fonts() -> str:
    """Add the bundled fonts to the application's font database; the family name registered."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0 and not family:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else ""
    return family or FALLBACK_FAMILY


def apply_application_font(app: QApplication, point_size: int = 10) -> QFont:
    """Register the fonts and make Nanum Gothic the application font."""
    font = QFont(register_fonts(), point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return font


def monospace_font(point_size: int) -> QFont:
    """A fixed-width font for the recovery code."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setBold(True)
    return font
