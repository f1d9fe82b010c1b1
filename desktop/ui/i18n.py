"""Choosing the interface language and installing Qt's and Dodam's translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.ui.paths import resources_dir

SUPPORTED = ("ko", "en")
_installed: list[QTranslator] = []


def resolve_language(lang: str | None) -> str:
    """ "ko" or "en": the one asked for, else Korean where the system locale is Korean."""
    if lang in SUPPORTED:
        return lang
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own Korean strings (standard buttons, dialogs) and Dodam's for Korean.

    Translators installed by an earlier call are removed first; the new ones are kept in this module
    so they are not garbage-collected.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    installed = _installed
    if language == "ko":
        QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase_ko", qt_dir), ("dodam_ko", str(resources_dir() / "translations"))):
            translator = QTranslator(app)
            if translator.load(name, folder) and app.installTranslator(translator):
                installed.append(translator)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app.setProperty("dodam_language", language)
    return list(installed)


def current_language() -> str:
    """The language chosen at start-up ("en" before any was chosen)."""
    app = QCoreApplication.instance()
    value = app.property("dodam_language") if app is not None else None
    return value if value in SUPPORTED else "en"
