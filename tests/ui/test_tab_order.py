"""Tab order: in every area of the main window, the main dialogs, every tab of a case window and
every tab of the meeting window, Tab reaches every control once, in reading order (top to bottom,
then left to right)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.widgets.focus import tab_in_order
from tests.ui.tab_order import Step, focusable, name, out_of_order, tab_chain
from tests.ui.test_languages import tour

AREA_KEYS = ("dashboard", "tasks", "students", "cases", "meetings", "resources", "reports", "admin")

# Tab presses against reading order that are right for the user: {place: {"before → after"}}
# ("*" for any control after), each with its reason.
SIDE_COLUMN = "quit_button → *"  # the main window's left column, then the area beside it
EXCEPTIONS: dict[str, set[str]] = {
    **{f"area_{key}": {SIDE_COLUMN} for key in AREA_KEYS},
}


def allowed(place: str, step: Step) -> bool:
    allowed_here = EXCEPTIONS.get(place, set())
    return str(step) in allowed_here or f"{name(step.before)} → *" in allowed_here


def windows_to_check(qtbot: QtBot, ctx: AppContext, *, areas: bool = False) -> Iterator[tuple[str, QWidget]]:
    """The tour of tests/ui/test_languages.py with every tab of the meeting window; without the
    main window's areas unless asked (their lists and filters have their own owners)."""
    for place, window in tour(qtbot, ctx):
        if place.startswith("area_") and not areas:
            continue
        if place == "meeting":
            tabs = window.findChild(QTabWidget)
            assert tabs is not None
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield f"meeting_tab{index}", window
            continue
        yield place, window


def test_tab_reaches_every_control_once_in_reading_order(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    missing: dict[str, list[str]] = {}
    twice: dict[str, list[str]] = {}
    against_reading: dict[str, list[str]] = {}
    places: list[str] = []
    for place, window in windows_to_check(qtbot, ctx, areas=True):
        places.append(place)
        chain = tab_chain(window)
        assert chain, place
        left_out = [name(w) for w in focusable(window) if w not in chain]
        if left_out:
            missing[place] = left_out
        repeated = [name(w) for w in chain if chain.count(w) > 1]
        if repeated:
            twice[place] = repeated
        steps = [str(s) for s in out_of_order(window, chain) if not allowed(place, s)]
        if steps:
            against_reading[place] = steps
    assert {"area_reports", "case_tab0", "case_tab6", "meeting_tab0", "meeting_tab3", "backup"} <= set(places)
    assert not missing, f"controls Tab never reaches: {missing}"
    assert not twice, f"controls Tab reaches twice: {twice}"
    assert not against_reading, f"Tab against reading order: {against_reading}"


def _form(qtbot: QtBot) -> tuple[QDialog, list[QWidget]]:
    """A dialog whose button above the fields was made after the first of them, as panels often
    are."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    first = QLineEdit(dialog)
    top = QPushButton("Top", dialog)  # made second, shown first
    second = QCheckBox("Second", dialog)
    layout = QVBoxLayout(dialog)
    for widget in (top, first, second):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, [top, first, second]


def test_the_check_finds_a_control_out_of_reading_order_and_tab_in_order_mends_it(qtbot: QtBot) -> None:
    dialog, (top, first, second) = _form(qtbot)
    first.setFocus()
    assert tab_chain(dialog) == [first, top, second]
    assert [str(s) for s in out_of_order(dialog, tab_chain(dialog))] == ["QLineEdit → QPushButton('Top')"]
    # Going round from the last control to the first is no fault: Tab wraps.
    tab_in_order(top, first, second)
    second.setFocus()
    assert tab_chain(dialog) == [second, top, first]
    assert out_of_order(dialog, tab_chain(dialog)) == []

    tab_in_order(top, first, second)
    top.setFocus()
    assert tab_chain(dialog) == [top, first, second]
    assert out_of_order(dialog, tab_chain(dialog)) == []
    second.hide()  # a hidden control is not a stop
    assert tab_chain(dialog) == [top, first]
    assert sorted(map(name, focusable(dialog))) == sorted(map(name, [top, first]))
