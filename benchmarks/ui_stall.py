"""The longest stall of the UI thread while a user visits every area of the main window and opens a
case, on the large school.

A 5 ms heartbeat timer runs on the UI thread; the longest gap between two of its beats is the
longest time the event loop could not react (a click, a repaint, a key). The tour is driven from
the event loop, as clicks would be: each step (show an area, open the case with the most support
sessions, each tab of its window) is started by a timer, then the loop runs until the step's data
is on screen (views that read on the operation runner say `loading`) and a little longer. Each gap
is put down to the step during which it ended.

Each run builds a new main window (its areas are built on first visit, as after a log-in); the
first run is the warm-up (it also imports the modules an area loads lazily) and is reported apart.

Run `python -m benchmarks.ui_stall [large]`; `--detail` prints the longest gap of every step.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.figures import RUNS, Figure, emit, median

HEARTBEAT_MS = 5
SETTLE_MS = 250
"""How long the loop keeps running after a step's data is on screen (late repaints, charts)."""
STEP_TIMEOUT_S = 60.0
TARGET_MS = 50.0


@dataclass
class Tour:
    """The longest heartbeat gap of each step of one run, in milliseconds."""

    gaps: dict[str, float] = field(default_factory=dict)

    @property
    def longest(self) -> tuple[str, float]:
        step = max(self.gaps, key=lambda k: self.gaps[k])
        return step, self.gaps[step]


class _Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.step = "start"
        self.tour = Tour()
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        if gap > self.tour.gaps.get(self.step, 0.0):
            self.tour.gaps[self.step] = gap


Step = tuple[str, Callable[[], None], Callable[[], bool]]


def _run_steps(steps: list[Step], heartbeat: _Heartbeat) -> None:
    """Run each step from the event loop, then wait (running the loop) until it is done."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    state: dict[str, Any] = {"index": -1, "done_at": None, "started": 0.0}
    poll = QTimer()
    poll.setInterval(10)

    def next_step() -> None:
        state["index"] += 1
        state["done_at"] = None
        if state["index"] >= len(steps):
            poll.stop()
            loop.quit()
            return
        name, action, _done = steps[state["index"]]
        heartbeat.step = name
        state["started"] = time.perf_counter()
        action()

    def check() -> None:
        if state["index"] < 0:
            next_step()
            return
        name, _action, done = steps[state["index"]]
        now = time.perf_counter()
        if now - state["started"] > STEP_TIMEOUT_S:
            print(f"step {name} did not finish in {STEP_TIMEOUT_S:.0f} s", file=sys.stderr)
            next_step()
            return
        if state["done_at"] is None:
            if done():
                state["done_at"] = now
            return
        if now - state["done_at"] >= SETTLE_MS / 1000:
            next_step()

    poll.timeout.connect(check)
    heartbeat.start()
    poll.start()
    loop.exec()
    heartbeat.stop()


def _busiest_case(ctx: Any) -> int:
    """The case with the most support sessions (the heaviest case window)."""
    from sqlalchemy import func, select

    from desktop.models import Intervention, SupportSession

    query = (
        select(Intervention.case_id)
        .join(SupportSession, SupportSession.intervention_id == Intervention.id)
        .group_by(Intervention.case_id)
        .order_by(func.count(SupportSession.id).desc())
        .limit(1)
    )
    return int(ctx.read(lambda session, _actor: session.scalar(query)))


def one_tour(ctx: Any, case_id: int) -> Tour:
    from PySide6.QtWidgets import QApplication, QTabWidget

    from desktop.ui.case_detail import case_window
    from desktop.ui.interpreter import keep_session_objects, release_session_objects
    from desktop.ui.main_window import DEFAULT_SIZE, MainWindow

    app: Any = QApplication.instance()
    window = MainWindow(ctx, remember_geometry=False)
    window.resize(DEFAULT_SIZE)
    window.show()
    for _ in range(5):
        app.processEvents()
    keep_session_objects()  # as the application does once the main window is shown after log-in
    ctx.runner.wait_for_idle()
    heartbeat = _Heartbeat()

    def loaded(key: str) -> Callable[[], bool]:
        def done() -> bool:
            view = window.areas.get(key)
            return view is not None and not view.refresh_pending and not getattr(view, "loading", False)

        return done

    steps: list[Step] = []

    # The dashboard is on screen after log-in: the tour goes through the others and back to it.
    def show(key: str) -> Callable[[], None]:
        return lambda: window.show_area(key)

    for key in [*window.area_keys()[1:], window.area_keys()[0]]:
        steps.append((f"area {key}", show(key), loaded(key)))

    opened: dict[str, Any] = {}

    def open_case() -> None:
        opened["window"] = case_window.open_case_window(ctx, case_id, window)

    def case_ready() -> bool:
        shown = opened.get("window")
        return shown is not None and shown.isVisible() and not getattr(shown, "loading", False)

    steps.append(("open a case", open_case, case_ready))

    def tab_steps() -> list[Step]:
        tabs = opened["window"].findChildren(QTabWidget)
        if not tabs:
            return []

        def select(index: int) -> Callable[[], None]:
            return lambda: tabs[0].setCurrentIndex(index)

        return [(f"case tab {i}", select(i), lambda: True) for i in range(1, tabs[0].count())]

    _run_steps(steps, heartbeat)
    _run_steps(tab_steps(), heartbeat)
    ctx.runner.wait_for_idle()
    for shown in case_window.open_windows():
        shown.close()
    window.close()
    window.deleteLater()
    for _ in range(5):
        app.processEvents()
    release_session_objects()  # as the log-out does
    return heartbeat.tour


def measure(dataset: Any, detail: bool = False) -> Figure:
    from benchmarks.case_list import _application, _open
    from desktop.ui.interpreter import favour_the_window

    _application()
    favour_the_window()  # as the application does when it starts
    ctx = _open(dataset)
    try:
        case_id = _busiest_case(ctx)
        tours = [one_tour(ctx, case_id) for _ in range(RUNS + 1)]
    finally:
        ctx.runner.wait_for_idle()
        ctx.vault.close()
    warm_up, runs = tours[0], tours[1:]
    longest = [t.longest[1] for t in runs]
    if detail:
        for n, tour in enumerate(tours):
            print(f"run {n}{' (warm-up)' if n == 0 else ''}:", file=sys.stderr)
            for step, gap in sorted(tour.gaps.items(), key=lambda kv: -kv[1]):
                print(f"  {gap:7.1f} ms  {step}", file=sys.stderr)
    worst: dict[str, float] = {}
    for tour in runs:
        for step, gap in tour.gaps.items():
            worst[step] = max(worst.get(step, 0.0), gap)
    ranked = sorted(worst.items(), key=lambda kv: -kv[1])[:3]
    cold_step, cold_gap = warm_up.longest
    return Figure(
        key="ui_longest_stall",
        label="Longest UI stall while visiting every area and opening a case",
        value=round(median(longest), 1),
        unit="ms",
        target=TARGET_MS,
        method=(
            f"Median over {len(runs)} tours after a warm-up tour of the longest gap between beats of a "
            f"{HEARTBEAT_MS} ms timer on the UI thread, while a new main window (offscreen) shows every area "
            "in turn and opens the case with the most support sessions and each of its tabs, each step "
            "started from the event loop and followed until its data is on screen. Longest steps: "
            + ", ".join(f"{step} {gap:.0f} ms" for step, gap in ranked)
            + f"; the warm-up tour (first visits import lazily loaded modules): {cold_gap:.0f} ms ({cold_step})."
        ),
        samples=tuple(round(x, 1) for x in longest),
    )


def main(argv: list[str]) -> None:
    import dataclasses

    from benchmarks.data_bench import private_copy
    from benchmarks.generate import ensure_dataset

    detail = "--detail" in argv
    args = [a for a in argv[1:] if not a.startswith("--")]
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    dataset = ensure_dataset(args[0] if args else "large")
    # On a copy: the log-in writes its LOGIN event, and the cached data set stays as generated.
    with private_copy(Path(dataset.data_dir)) as data_dir:
        emit([measure(dataclasses.replace(dataset, data_dir=data_dir), detail)])


if __name__ == "__main__":
    main(sys.argv)
