"""The Cases list of a district (20,000 cases): first paint, and filtering per keystroke.

`measure(dataset)` opens the dataset's encrypted vault the way the app does (sign-in, AppContext)
and drives a `CasesView` the way a user does:

- first paint: from `CasesView.refresh()` (as the main window calls it: the service query on the
  encrypted database, on the operation runner, the model, the filter choices) until the table's
  viewport has painted its first screen of rows (the event loop is run until that paint is done);
- filtering: a key press delivered to the search field (Hangul arrives as an input method commits
  it), or a filter combo changed, until the proxy has filtered and the event loop has repainted
  the view. No debounce exists, so nothing is pending after the key.

Run `python -m benchmarks.case_list [district]`.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from benchmarks.figures import Figure, emit, median, p95

RUNS = 5


class DatasetLike(Protocol):
    @property
    def data_dir(self) -> Path: ...
    @property
    def username(self) -> str: ...
    @property
    def password(self) -> str: ...


def _application() -> Any:
    if "QT_QPA_PLATFORM" not in os.environ and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    return app


class _PaintWatch:
    """Counts the paints of a widget and notes when the last one finished (the filter paints the
    widget itself, so the time is taken right after the paint, before any later event runs)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent, QObject

        watch = self

        class Filter(QObject):
            inside = False

            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() != QEvent.Type.Paint or self.inside:
                    return False
                self.inside = True
                try:
                    QCoreApplication.sendEvent(obj, event)
                finally:
                    self.inside = False
                watch.painted_at = time.perf_counter()
                watch.paints += 1
                return True

        self.paints = 0
        self.painted_at = 0.0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def _open(dataset: DatasetLike) -> Any:
    from desktop.ui.application import make_context
    from desktop.ui.login.sign_in import sign_in
    from desktop.ui.operations import OperationRunner

    signed = sign_in(Path(dataset.data_dir), dataset.username, dataset.password)
    return make_context(signed, OperationRunner(), "ko")


def _new_view(ctx: Any, app: Any) -> Any:
    from desktop.ui.cases.cases_view import CasesView

    view = CasesView(ctx)
    view.resize(1280, 800)
    view.show()
    for _ in range(3):
        app.processEvents()
    return view


def _paint_until_done(app: Any, watch: _PaintWatch, before: int) -> None:
    deadline = time.perf_counter() + 5
    while watch.paints <= before and time.perf_counter() < deadline:
        app.processEvents()


def _wait_loaded(app: Any, view: Any) -> None:
    """Until the complete list has been read (a long list completes off the UI thread)."""
    deadline = time.perf_counter() + 60
    while getattr(view, "loading", False) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    assert not getattr(view, "loading", False), "the case list did not finish loading"


def measure_first_paint(ctx: Any, app: Any) -> tuple[list[float], list[float]]:
    """Seconds to the first paint and seconds until the complete list is in, per run."""
    views: list[Any] = []

    def once() -> None:
        view = _new_view(ctx, app)
        watch = _PaintWatch(view.table.viewport())
        # The list is read on the operation runner: the paints before its first rows are in
        # (an empty list) do not count.
        filled = {"paints": -1}
        view.model.modelReset.connect(lambda: filled.update(paints=watch.paints))
        start = time.perf_counter()
        view.refresh()
        deadline = time.perf_counter() + 60
        while filled["paints"] < 0 and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        _paint_until_done(app, watch, filled["paints"])
        samples.append(watch.painted_at - start)
        assert view.proxy.rowCount() > 0 and watch.paints > 0
        _wait_loaded(app, view)
        complete.append(time.perf_counter() - start)
        views.append(view)

    samples: list[float] = []
    complete: list[float] = []
    for _ in range(RUNS + 1):  # one warm-up
        once()
        views.pop().deleteLater()
        app.processEvents()
    return samples[1:], complete[1:]


def _keystrokes(view: Any) -> list[Callable[[], None]]:
    """A realistic session: part of a student's name in Hangul, clear, a case code, backspaces,
    a state filter and back."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    field = view.search_field
    rows = view.model.row_list()
    name = rows[len(rows) // 2].student_name
    code = rows[len(rows) // 3].code[:7]  # e.g. "2025-01"

    def key(text: str, qt_key: int = 0) -> Callable[[], None]:
        def press() -> None:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, qt_key, Qt.KeyboardModifier.NoModifier, text))

        return press

    backspace = key("", int(Qt.Key.Key_Backspace))
    steps = [key(ch) for ch in name[:3]]
    steps += [backspace] * len(name[:3])
    steps += [key(ch, ord(ch.upper())) for ch in code]
    steps += [backspace] * 4

    def combo(index: int) -> Callable[[], None]:
        return lambda: view.state_filter.setCurrentIndex(index)

    steps += [combo(1), combo(0)]
    steps += [backspace] * (len(code) - 4)
    return steps


def measure_filtering(ctx: Any, app: Any) -> list[float]:
    view = _new_view(ctx, app)
    view.refresh()
    _wait_loaded(app, view)
    for _ in range(3):
        app.processEvents()
    view.search_field.setFocus()
    samples: list[float] = []
    for run in range(RUNS + 1):
        taken: list[float] = []
        for step in _keystrokes(view):
            start = time.perf_counter()
            step()
            app.processEvents()
            taken.append(time.perf_counter() - start)
        assert view.search_field.text() == "" and view.proxy.rowCount() == view.model.rowCount()
        if run:  # the first pass is the warm-up
            samples += taken
    view.deleteLater()
    app.processEvents()
    return samples


def measure(dataset: DatasetLike) -> list[Figure]:
    app = _application()
    ctx = _open(dataset)
    try:
        paint, complete = measure_first_paint(ctx, app)
        keys = measure_filtering(ctx, app)
        cases = _count_cases(ctx, app)
    finally:
        ctx.vault.close()
    ms = [s * 1000 for s in paint]
    key_ms = [s * 1000 for s in keys]
    return [
        Figure(
            key="case_list_first_paint",
            label=f"Case list first paint ({cases:,} cases)",
            value=round(median(ms), 1),
            unit="ms",
            target=150,
            method=(
                f"Median of {len(ms)} runs after a warm-up: a new, shown CasesView's refresh() (the query on the "
                "encrypted database, model, filter choices) until its table has painted the first screen of rows "
                "(the newest 200 cases, read first; the rest is read off the UI thread and appended — the "
                f"complete list was in after a median of {median(complete) * 1000:.0f} ms)."
            ),
            samples=tuple(ms),
        ),
        Figure(
            key="case_list_filter_median",
            label="Case list filtering per keystroke (median)",
            value=round(median(key_ms), 1),
            unit="ms",
            target=30,
            method=(
                f"Median of {len(key_ms)} keystrokes ({RUNS} passes after a warm-up pass) into the search field — "
                "Hangul name, case code, backspaces, a state filter change — until the proxy filtered and repainted."
            ),
            samples=tuple(key_ms),
        ),
        Figure(
            key="case_list_filter_p95",
            label="Case list filtering per keystroke (p95)",
            value=round(p95(key_ms), 1),
            unit="ms",
            target=30,
            method=(
                f"95th percentile of the same {len(key_ms)} keystrokes, each from the key press to the repainted view."
            ),
            samples=tuple(key_ms),
        ),
    ]


def _count_cases(ctx: Any, app: Any) -> int:
    view = _new_view(ctx, app)
    view.refresh()
    _wait_loaded(app, view)
    count = int(view.model.rowCount())
    view.deleteLater()
    app.processEvents()
    return count


def main(argv: list[str]) -> None:
    import dataclasses

    from benchmarks.data_bench import private_copy
    from benchmarks.generate import ensure_dataset

    name = argv[1] if len(argv) > 1 else "district"
    dataset = ensure_dataset(name)
    # On a copy: the log-in writes its LOGIN event, and the cached data set stays as generated.
    with private_copy(dataset.data_dir) as data_dir:
        emit(measure(dataclasses.replace(dataset, data_dir=data_dir)))


if __name__ == "__main__":
    main(sys.argv)
