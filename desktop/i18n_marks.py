"""Marks user-visible strings of the Qt-free core for translation.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; pyside6-lupdate collects the call so
the string lands in the .ts file, and the UI translates it with QCoreApplication.translate(context,
text) when it shows the message. The core never imports Qt.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
