"""Start-up: the log-in window comes before the database layer is imported, the heavy
modules are warmed while the user types, and the main window builds each area when it is first
shown — with the user still seeing complete, current data everywhere."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import RequesterKind, Student
from desktop.services.actor import Actor
from desktop.services.case_workflow import file_request
from desktop.services.demo import DEMO_PASSWORD
from desktop.storage.vault import DB_NAME, KEYS_NAME, vault_exists
from desktop.ui.application import FIRST_PAINT_MARKER, VAULT_FILES, AppController, has_vault
from desktop.ui.cases.cases_view import CasesView
from desktop.ui.dashboard.dashboard_view import DashboardView
from desktop.ui.login import warm_up
from desktop.ui.login.login_window import LoginWindow
from tests.need_domains import a_need_domain
from tests.ui.helpers import close_main_window, log_in, wait_for_main_window, wait_loaded

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "desktop.storage.vault",
    "desktop.models",
    "desktop.ui.main_window",
)


def _python(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_log_in_path_imports_no_database_layer() -> None:
    probe = (
        "import sys, desktop.app, desktop.ui.application, desktop.ui.login.login_window; "
        f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))"
    )
    result = _python("-c", probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_exit_when_shown_prints_the_marker_at_the_log_in_window(demo_dir: Path) -> None:
    result = _python("-m", "desktop", "--data-dir", str(demo_dir), "--exit-when-shown")
    assert result.returncode == 0, result.stderr
    assert FIRST_PAINT_MARKER in result.stdout.splitlines()


def test_has_vault_is_vault_exists(tmp_path: Path) -> None:
    assert VAULT_FILES == (DB_NAME, KEYS_NAME)
    for files in ((), (DB_NAME,), (KEYS_NAME,), (DB_NAME, KEYS_NAME)):
        folder = tmp_path / ("-".join(files) or "empty")
        folder.mkdir()
        for name in files:
            (folder / name).write_bytes(b"x")
        assert has_vault(folder) == vault_exists(folder) == bool(files)


def test_warm_up_imports_and_never_raises(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger=warm_up.__name__):
        seconds = warm_up.import_all(("desktop.ui.login.sign_in", "desktop.no_such_module"))
    assert seconds >= 0
    assert "desktop.ui.login.sign_in" in sys.modules
    assert "desktop.no_such_module" in caplog.text
    warm_up.wait(1)  # returns at once once done


@pytest.fixture
def controller(demo_dir: Path, qtbot: QtBot) -> Iterator[AppController]:
    c = AppController(demo_dir, demo=True, language="en")
    c.start()
    assert isinstance(c.window, LoginWindow)
    qtbot.addWidget(c.window)
    yield c
    close_main_window(c)
    c.runner.wait_for_idle()


def test_log_in_after_the_window_painted_and_warmed_up(qtbot: QtBot, controller: AppController) -> None:
    window = controller.window
    assert isinstance(window, LoginWindow)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.recovery_button.cursor().shape().name == "PointingHandCursor")
    log_in(qtbot, controller, "coordinator", DEMO_PASSWORD)
    main = wait_for_main_window(qtbot, controller)
    assert isinstance(main.current_area(), DashboardView)


def test_areas_are_built_when_first_shown_with_current_data(qtbot: QtBot, controller: AppController) -> None:
    log_in(qtbot, controller, "coordinator", DEMO_PASSWORD)
    main = wait_for_main_window(qtbot, controller)
    # Only the first area is built at log-in; every area is still in the navigation.
    assert list(main.areas) == ["dashboard"]
    assert main.area_keys()[:4] == ["dashboard", "tasks", "students", "cases"]
    dashboard = main.areas["dashboard"]
    assert isinstance(dashboard, DashboardView)
    wait_loaded(qtbot, dashboard)  # its figures are read on the operation runner
    assert dashboard.figures is not None
    before = dashboard.figures.new_requests

    # A change made elsewhere (another window, the same person): a new support request.
    ctx = controller.ctx
    assert ctx is not None

    def file(session: Session, actor: Actor) -> int:
        student = session.scalars(select(Student).order_by(Student.id).limit(1)).one()
        return file_request(
            session,
            actor,
            student_id=student.id,
            requester_kind=RequesterKind.STAFF,
            domain_ids=a_need_domain(session),
            description="수업 중 집중이 어려움",
        ).id

    request_id = ctx.write(file)

    # The cases area, never shown before, is built now and shows the request in its intake queue.
    main.show_area("cases")
    cases = main.areas["cases"]
    assert isinstance(cases, CasesView) and main.current_area() is cases
    intake = cases.intake
    assert intake is not None
    # The intake queue is read right after the case list's first paint.
    qtbot.waitUntil(lambda: request_id in {row.id for row in intake.model.rows()}, timeout=5_000)
    assert cases.tabs is not None and cases.tabs.tabText(1).startswith("Intake queue (")

    # The dashboard, built at log-in, shows it after a refresh of the opened areas.
    main.refresh_area("dashboard")
    wait_loaded(qtbot, dashboard)
    assert dashboard.figures is not None and dashboard.figures.new_requests == before + 1
    main.show_area("dashboard")
    assert main.current_area() is dashboard
    assert dashboard.cards["new_requests"].value.text() == f"{before + 1:,}"
