"""Fixtures of the interface tests: one demo school made once per session and copied for each
test, QSettings in a temporary folder, English unless a test asks for Korean."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.context import AppContext
from desktop.ui.i18n import install_translators
from desktop.ui.operations import OperationRunner
from tests.conftest import TEST_KDF

LOCK_FILES = ("school.lock", "*.lock")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo school, created once for the whole session with the cheap test KDF."""
    from desktop.services.demo import create_demo_school

    folder = tmp_path_factory.mktemp("demo-template") / "Dodam-demo"
    create_demo_school(folder, kdf=TEST_KDF)
    return folder


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo school for one test."""
    target = tmp_path / "Dodam-demo"
    shutil.copytree(demo_template, target, ignore=shutil.ignore_patterns("*.lock"))
    return target


@pytest.fixture(autouse=True)
def _qt_settings_in_tmp(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    QCoreApplication.setOrganizationName("Dodam-tests")
    QCoreApplication.setApplicationName("Dodam-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _unanswered_questions_discard(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question no test answered would wait forever on the offscreen screen. The one met without
    asking for it: pytest-qt closes a test's widgets after the test, and a dialog left with typed
    text asks Save / Discard / Cancel. Such a question is answered Discard; a test that means to
    answer one uses helpers.answer_questions."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[OperationRunner]:
    r = OperationRunner()
    yield r
    r.wait_for_idle()


@pytest.fixture
def demo_context(demo_dir: Path, runner: OperationRunner) -> Iterator[Callable[[str], AppContext]]:
    """Opens the test's demo school as a demo account ("coordinator", "principal", "headteacher",
    "counselor", "homeroom") without the log-in window: `ctx = demo_context("principal")`.
    Every vault opened is closed at the end of the test."""
    from desktop.services.demo import DEMO_PASSWORD
    from desktop.ui.application import make_context
    from desktop.ui.login.sign_in import sign_in

    opened: list[AppContext] = []

    def open_as(username: str) -> AppContext:
        for ctx in opened:  # one vault at a time (the instance lock)
            ctx.vault.close()
        opened.clear()
        ctx = make_context(sign_in(demo_dir, username, DEMO_PASSWORD), runner, "en")
        opened.append(ctx)
        return ctx

    yield open_as
    runner.wait_for_idle()
    for ctx in opened:
        ctx.vault.close()
