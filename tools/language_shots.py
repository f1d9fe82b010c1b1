"""Screenshots of every area, the case window's tabs, the meeting window and the main dialogs in
one language, to look for clipped layouts (the pseudo language lengthens every string by ~40 %).

    QT_QPA_PLATFORM=offscreen python tools/language_shots.py pseudo /tmp/shots [--role coordinator]

Makes a demo school in a temporary folder and walks the same tour as tests/ui/test_languages.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: TID251 (a tool that drives the interface)


class _Bot:
    """What the tour needs of pytest-qt's qtbot."""

    def addWidget(self, widget: QWidget) -> None:
        pass

    def waitExposed(self, widget: QWidget) -> None:
        for _ in range(5):
            QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("lang", choices=["ko", "en", "pseudo"])
    parser.add_argument("out", type=Path)
    parser.add_argument("--role", default="coordinator")
    args = parser.parse_args()
    from PySide6.QtCore import QCoreApplication  # noqa: TID251

    from desktop.services.demo import DEMO_PASSWORD, create_demo_school
    from desktop.ui.application import make_application, make_context
    from desktop.ui.login.sign_in import sign_in
    from desktop.ui.operations import OperationRunner
    from tests.conftest import TEST_KDF
    from tests.ui.test_languages import tour

    app = make_application(args.lang)
    QCoreApplication.setApplicationName("Dodam-language-shots")  # not the real app's settings
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        create_demo_school(folder, kdf=TEST_KDF)
        runner = OperationRunner()
        ctx = make_context(sign_in(folder, args.role, DEMO_PASSWORD), runner, args.lang)
        try:
            for name, window in tour(_Bot(), ctx):  # type: ignore[arg-type]
                for _ in range(10):
                    app.processEvents()
                window.grab().save(str(args.out / f"{name}.png"))
                print(args.out / f"{name}.png")
        finally:
            runner.wait_for_idle()
            ctx.vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
