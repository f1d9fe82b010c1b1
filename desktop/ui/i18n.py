"""Choosing the interface language and installing Qt's and Dodam's translators."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.ui.paths import resources_dir

SUPPORTED = ("ko", "en")
PSEUDO = "pseudo"
"""A test language: English made longer and accented, to find clipped layouts and untranslated
strings (a string that shows plain was never passed through tr())."""
_installed: list[QTranslator] = []

_ACCENTED = str.maketrans(
    "abcdeghiklnoprstuyzABCDEGHIKLNOPRSTUYZ",
    "àƀçđéĝĥíķĺñöþŕšŧüýžÀƁÇĐÉĜĤÍĶĹÑÖÞŔŠŦÜÝŽ",
)
# What must survive unchanged: {placeholders}, %n / %1, HTML tags, entities, mnemonics (&&, &x).
_KEEP = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^<>]*>|&[a-zA-Z#0-9]+;|&&?")


def pseudo_text(text: str) -> str:
    """`text` accented and about 40 % longer, in brackets; placeholders, tags and mnemonics kept."""
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTED))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    padding = "·" * max(1, (len(text) * 2 + 4) // 5)
    return f"［{''.join(parts)} {padding}］"


class PseudoTranslator(QTranslator):
    """Translates every string into its pseudo form (see pseudo_text)."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:
        return False


def resolve_language(lang: str | None) -> str:
    """ "ko" or "en" (or "pseudo"): the one asked for, else Korean where the system locale is Korean."""
    if lang in SUPPORTED or lang == PSEUDO:
        return lang
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own Korean strings (standard buttons, dialogs) and Dodam's for Korean; for
    English, Dodam's English plural forms ("1 case", "3 cases": the source strings say "case(s)").

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
        if language != PSEUDO:
            english = QTranslator(app)
            if english.load("dodam_en", str(resources_dir() / "translations")) and app.installTranslator(
                english
            ):
                installed.append(english)
        else:
            pseudo = PseudoTranslator(app)
            if app.installTranslator(pseudo):
                installed.append(pseudo)
    app.setProperty("dodam_language", language)
    return list(installed)


def current_language() -> str:
    """The language chosen at start-up ("en" before any was chosen)."""
    app = QCoreApplication.instance()
    value = app.property("dodam_language") if app is not None else None
    return value if value in SUPPORTED else "en"
