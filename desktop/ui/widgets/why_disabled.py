"""Every disabled action says why: a button, field or action is enabled, or disabled with the
reason as its tool tip; enabled again, it gets back the tool tip it had (its shortcut, what it
does)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

_USUAL_TIP = "dodam_usual_tool_tip"


def enable(widget: QWidget | QAction, reason: str | None) -> None:
    """Enable ``widget`` when ``reason`` is None or empty; else disable it and show the reason."""
    usual = widget.property(_USUAL_TIP)
    if usual is None:
        usual = widget.toolTip()
        widget.setProperty(_USUAL_TIP, usual)
    if reason:
        widget.setEnabled(False)
        widget.setToolTip(reason)
    else:
        widget.setEnabled(True)
        widget.setToolTip(str(usual))


__all__ = ["enable"]
