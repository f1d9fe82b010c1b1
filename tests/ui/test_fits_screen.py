"""Every window and dialog fits a school PC's screen: at 1,366 x 768 and at 1,280 x 720, each with a
40-pixel taskbar, the layout's minimum fits the available area less a title bar, and once fitted
every button is inside the window (desktop/ui/widgets/screen_fit.py)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import SupportPlan
from desktop.reports.base import PrintContext
from desktop.reports.case_documents import support_plan_pdf
from desktop.ui.context import AppContext
from desktop.ui.printing.print_flow import PdfPreviewDialog
from desktop.ui.widgets.screen_fit import TITLE_BAR, fit_to_screen, fitted_size
from tests.ui.test_languages import tour

TASKBAR = 40
SCREENS = {
    "1366x768": QRect(0, 0, 1366, 768 - TASKBAR),
    "1280x720": QRect(0, 0, 1280, 720 - TASKBAR),
}


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """True if ``widget`` lies in the content of a scroll area (reached by scrolling)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _outside(window: QWidget) -> list[str]:
    """Visible buttons of ``window`` that are not wholly inside it (buttons in a scrolled area
    are reached by scrolling it)."""
    found = []
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _scrolled(button, window):
            continue
        top_left = button.mapTo(window, button.rect().topLeft())
        where = QRect(top_left, button.size())
        if not inside.contains(where):
            found.append(f"{button.objectName() or type(button).__name__} {button.text()!r} at {where}")
    return found


def _problems(window: QWidget, area: QRect) -> list[str]:
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    room = QSize(area.width(), area.height() - TITLE_BAR)
    problems = []
    if minimum.width() > room.width() or minimum.height() > room.height():
        problems.append(
            f"needs at least {minimum.width()} x {minimum.height()}, has {room.width()} x {room.height()}"
        )
    fit_to_screen(window, window.size().expandedTo(QSize(1600, 1000)), area)
    QApplication.processEvents()
    if window.width() > room.width() or window.height() > room.height():
        problems.append(f"fitted to {window.width()} x {window.height()}")
    problems += _outside(window)
    return problems


def test_fitted_size_never_exceeds_the_screen_nor_goes_below_the_minimum() -> None:
    area = SCREENS["1280x720"]
    assert fitted_size(QSize(760, 900), QSize(300, 200), area) == QSize(760, 680 - TITLE_BAR)
    assert fitted_size(QSize(1400, 500), QSize(300, 200), area) == QSize(1280, 500)
    assert fitted_size(QSize(620, 720), QSize(300, 700), area) == QSize(620, 700)


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_window_of_the_tour_fits_the_screen_with_its_buttons(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], screen: str
) -> None:
    ctx = demo_context("coordinator")
    ctx.language = "ko"
    found: dict[str, list[str]] = {}
    for place, window in tour(qtbot, ctx):
        if problems := _problems(window, SCREENS[screen]):
            found[place] = problems
    assert not found, f"Does not fit {screen}:\n" + "\n".join(
        f"  {place}: {problem}" for place, problems in found.items() for problem in problems
    )


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_the_print_preview_keeps_print_save_and_close_on_screen(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], screen: str
) -> None:
    ctx = demo_context("coordinator")
    with ctx.vault.session() as s:
        plan_id = s.scalars(select(SupportPlan.id)).first()
    assert plan_id is not None
    out = io.BytesIO()
    print_ctx = PrintContext("점검", ctx.actor.display_name, datetime.now(UTC), ctx.school_name)
    ctx.write(lambda s, a: support_plan_pdf(s, a, plan_id, print_ctx, out))
    preview = PdfPreviewDialog(out.getvalue(), "Support plan")
    qtbot.addWidget(preview)
    area = SCREENS[screen]
    # What the preview asks for (760 x 900) is taller than either screen: it is fitted.
    fit_to_screen(preview, QSize(760, 900), area)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.height() <= area.height() - TITLE_BAR
    assert not _outside(preview)
    assert {
        b.text().replace("&", "") for b in (preview.print_button, preview.save_button, preview.close_button)
    }
