"""Logging in to the demo school and walking through every area, as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.demo import DEMO_PASSWORD
from desktop.ui.application import AppController
from desktop.ui.login.login_window import LoginWindow
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import close_main_window, log_in, type_text, wait_for_main_window, wait_loaded

AREA_ORDER = ["dashboard", "tasks", "students", "cases", "meetings", "resources", "reports", "admin"]


@pytest.fixture
def controller(demo_dir: Path, qtbot: QtBot) -> AppController:
    c = AppController(demo_dir, demo=True, language="en")
    c.start()
    assert isinstance(c.window, LoginWindow)
    qtbot.addWidget(c.window)
    yield c
    close_main_window(c)
    c.runner.wait_for_idle()


def _switch(qtbot: QtBot, main: MainWindow, number: int) -> None:
    main.activateWindow()
    qtbot.keyClick(main, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)


def _visible_rows(view: object, table_name: str = "table") -> int:
    return getattr(view, table_name).model().rowCount()


def test_demo_login_shows_the_demo_accounts(controller: AppController) -> None:
    window = controller.window
    assert isinstance(window, LoginWindow)
    assert window.demo_box is not None and window.demo_box.isVisibleTo(window)
    texts = " ".join(label.text() for label in window.demo_box.findChildren(type(window.message)))
    assert "coordinator" in texts and "homeroom" in texts and DEMO_PASSWORD in texts
    assert "Dodam-demo" in window.findChild(type(window.message), "data_folder").text()


def test_coordinator_logs_in_and_opens_every_area(qtbot: QtBot, controller: AppController) -> None:
    log_in(qtbot, controller, "coordinator", DEMO_PASSWORD)
    main = wait_for_main_window(qtbot, controller)
    assert main.area_keys() == AREA_ORDER
    assert main.demo_badge is not None and main.demo_badge.isVisible()
    assert "도담초등학교" in main.school_label.text()
    assert "coordinator" in main.user_label.text()

    for number, key in enumerate(AREA_ORDER, start=1):
        _switch(qtbot, main, number)
        qtbot.waitUntil(lambda key=key: main.current_area() is main.areas[key])

    for key in AREA_ORDER:  # the areas that read on the operation runner have their data
        wait_loaded(qtbot, main.areas[key])
    dashboard = main.areas["dashboard"]
    assert dashboard.cards["students"].value.text().replace(",", "").isdigit()
    assert int(dashboard.cards["students"].value.text().replace(",", "")) >= 500

    students = main.areas["students"]
    assert 550 <= _visible_rows(students) <= 650
    first_name = students.model.row_at(17).name
    _switch(qtbot, main, 3)
    qtbot.keyClick(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert students.search_field.hasFocus()
    type_text(qtbot, students.search_field, first_name)
    shown = [students.proxy.index(r, 4).data() for r in range(students.proxy.rowCount())]
    assert shown and all(first_name in name for name in shown)
    assert students.count_label.text().startswith(f"{len(shown)} of ")

    cases = main.areas["cases"]
    assert _visible_rows(cases) >= 30
    assert {cases.proxy.index(r, 3).data() for r in range(cases.proxy.rowCount())} - {""}

    assert _visible_rows(main.areas["meetings"]) > 0
    resources = main.areas["resources"]
    assert _visible_rows(resources, "organisations_table") > 5
    assert _visible_rows(resources, "staff_table") > 5
    wait_loaded(qtbot, main.areas["reports"])
    assert _visible_rows(main.areas["reports"]) >= 12

    admin = main.areas["admin"]
    assert _visible_rows(admin, "accounts_table") >= 5
    admin.tabs.setCurrentWidget(admin.audit_view)  # a tab reads its data when shown
    audit = admin.audit_view.table.model()
    assert audit.rowCount() > 0
    # The newest event is this log-in.
    # By the person's name, with the log-in name in the tool tip.
    assert audit.index(0, 1).data() == main.ctx.actor.display_name != "coordinator"
    assert "coordinator" in audit.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert audit.index(0, 2).data() == "Log-in"


def test_wrong_password_stays_on_the_login_window(qtbot: QtBot, controller: AppController) -> None:
    window = log_in(qtbot, controller, "coordinator", "not the password")
    qtbot.waitUntil(lambda: window.message.isVisible() and window.login_button.isEnabled(), timeout=10000)
    assert "password is not correct" in window.message.text()
    assert controller.main_window is None
    assert controller.window is window and window.isVisible()
    assert window.password.hasFocus()


def test_homeroom_teacher_sees_only_their_own_class(qtbot: QtBot, controller: AppController) -> None:
    log_in(qtbot, controller, "homeroom", DEMO_PASSWORD)
    main = wait_for_main_window(qtbot, controller)
    assert "admin" not in main.area_keys()
    assert "dashboard" not in main.area_keys()
    # A teacher starts on their own tasks.
    assert main.area_keys()[:3] == ["tasks", "students", "cases"]
    assert main.current_area() is main.areas["tasks"]
    main.show_area("students")
    students = main.areas["students"]
    wait_loaded(qtbot, students)
    rows = students.model.rows()
    assert 10 <= len(rows) <= 40
    assert {(r.grade, r.class_no) for r in rows} == {(3, 2)}
    main.show_area("cases")
    cases = main.areas["cases"]
    wait_loaded(qtbot, cases)
    assert cases.table.isColumnHidden(6)  # no domains in the limited view
    for row in cases.model.rows():
        assert row.domains == ()
    # Ctrl+8 (Admin) does nothing for this account.
    before = main.current_area()
    _switch(qtbot, main, 8)
    assert main.current_area() is before
