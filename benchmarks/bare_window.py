"""The baseline of the start-up figure: a bare PySide6 window, started like Dodam.

`python -m benchmarks.bare_window` creates a QApplication and a small window holding one label,
shows it, and on the window's first paint prints `FIRST_PAINT_MARKER` and exits 0. It imports
nothing of Dodam (not even through this package's other modules), so it measures only Python,
Qt and the window system. benchmarks.startup times it against `python -m desktop` started with
the hidden `--exit-when-shown` switch, which prints the same marker at the log-in window's first
paint (desktop.ui.application.FirstPaintExit).
"""

from __future__ import annotations

import sys

FIRST_PAINT_MARKER = "DODAM-FIRST-PAINT"
"""The line both windows print on their first paint (desktop.ui.application has the same text)."""


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                print(FIRST_PAINT_MARKER, flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("bare window")
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("A bare PySide6 window", window))
    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
