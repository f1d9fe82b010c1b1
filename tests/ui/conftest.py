"""Fixtures of the interface tests: one demo school made once per session and copied for each
test, QSettings in a temporary folder, English unless a test asks for Korean."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

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


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[OperationRunner]:
    r = OperationRunner()
    yield r
    r.wait_for_idle()
