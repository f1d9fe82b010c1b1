"""Korean interface and the screenshot mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models import CaseState
from desktop.ui.application import run_gui
from desktop.ui.i18n import install_translators, pseudo_text
from desktop.ui.labels import label
from desktop.ui.login.login_window import LoginWindow
from desktop.ui.operations import OperationRunner
from desktop.ui.paths import resources_dir


def test_korean_translation_loads(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, runner: OperationRunner
) -> None:
    assert (resources_dir() / "translations" / "dodam_ko.qm").is_file()
    assert len(install_translators(qapp, "ko")) == 2  # Qt's own and Dodam's
    assert label(CaseState.UNDER_REVIEW) == "검토 중"
    window = LoginWindow(tmp_path, runner)
    qtbot.addWidget(window)
    assert window.login_button.text() == "로그인"
    install_translators(qapp, "en")
    assert label(CaseState.UNDER_REVIEW) == "Under review"


def test_screenshot_of_the_demo_school(demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "shots" / "main.png"
    assert run_gui(data_dir=demo_dir, lang="en", demo=True, screenshot=target) == 0
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 600


def test_screenshot_with_a_wrong_password_exits_3(demo_dir: Path, tmp_path: Path, capsys: object) -> None:
    code = run_gui(
        data_dir=demo_dir,
        lang="en",
        demo=False,
        screenshot=tmp_path / "x.png",
        username="coordinator",
        password="wrong password",
    )
    assert code == 3
    assert not (tmp_path / "x.png").exists()


def test_pseudo_language_lengthens_every_string_and_keeps_placeholders(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, runner: OperationRunner
) -> None:
    assert pseudo_text("{n} events on %1 — <b>&Save</b>").startswith("［{n} évéñŧš öñ %1 — <b>&Šàvé</b>")
    for text in ("Log in", "{shown} of {total} cases", "Audit chain: intact ({n} events)."):
        assert len(pseudo_text(text)) >= 1.3 * len(text)
    install_translators(qapp, "pseudo")
    try:
        window = LoginWindow(tmp_path, runner)
        qtbot.addWidget(window)
        assert window.login_button.text() == pseudo_text("Log in")
        assert label(CaseState.UNDER_REVIEW) == pseudo_text("Under review")
        assert QApplication.translate("X", "%n case(s)", "", 3) == pseudo_text("%n case(s)").replace(
            "%n", "3"
        )
    finally:
        install_translators(qapp, "en")
    assert label(CaseState.UNDER_REVIEW) == "Under review"
