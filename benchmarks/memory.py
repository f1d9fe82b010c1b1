"""Peak memory with the large school open, as a welfare officer's session uses it.

In a fresh process: log in, show the main window, visit every area (each loads its lists), open
the newest case in its window and go through its tabs, then read the process's peak resident
memory (the high-water mark the OS kept, not a sample). `python -m benchmarks.memory [large]`
prints the figure on the marked line of benchmarks.figures.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks.figures import RUNS, Figure, emit, median


def peak_rss_mb() -> float:
    """The process's peak resident set size in MB (10^6 bytes)."""
    if sys.platform == "win32":
        import psutil

        return float(psutil.Process().memory_info().peak_wset) / 1e6
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return float(peak) / 1e6 if sys.platform == "darwin" else float(peak) * 1024 / 1e6


def _settle(msecs: int = 150) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def session_peak(data_dir: Path, username: str, password: str) -> tuple[float, str]:
    """Peak MB after a whole session on the school in `data_dir`, and what the session did."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    from desktop.ui.application import make_application, make_context
    from desktop.ui.login.sign_in import sign_in
    from desktop.ui.main_window import DEFAULT_SIZE, MainWindow
    from desktop.ui.operations import OperationRunner

    app = make_application("ko")
    runner = OperationRunner()
    ctx = make_context(sign_in(data_dir, username, password), runner, "ko")
    window = MainWindow(ctx, remember_geometry=False)
    window.resize(DEFAULT_SIZE)
    window.show()
    _settle()
    areas = window.area_keys()
    for key in areas:
        window.show_area(key)
        _settle()
    runner.wait_for_idle()

    from sqlalchemy import select

    from desktop.models import SupportCase

    with ctx.vault.session() as session:
        case_id = session.scalar(select(SupportCase.id).order_by(SupportCase.opened_on.desc()).limit(1))
    tabs = 0
    if case_id is not None:
        window.open_case(case_id)
        _settle()
        for widget in QApplication.topLevelWidgets():
            for tab_widget in widget.findChildren(QTabWidget):
                for index in range(tab_widget.count()):
                    tab_widget.setCurrentIndex(index)
                    _settle(50)
                    tabs += 1
    runner.wait_for_idle()
    peak = peak_rss_mb()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    ctx.vault.close()
    app.processEvents()
    return peak, f"{len(areas)} areas and a case window with {tabs} tabs"


def _one_process(data_dir: Path, username: str, password: str) -> tuple[float, str]:
    """Run one session in a fresh interpreter; its peak MB and what it did."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", "--one", str(data_dir), username],
        input=password,
        capture_output=True,
        text=True,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith(_PEAK):
            peak, _, what = line[len(_PEAK) :].partition(" ")
            return float(peak), what
    raise RuntimeError(f"the memory run failed: {done.stderr[-2000:]}")


_PEAK = "PEAK-MB "


def measure(data_dir: Path, username: str, password: str) -> Figure:
    runs = [_one_process(data_dir, username, password) for _ in range(RUNS)]
    samples = [peak for peak, _ in runs]
    return Figure(
        key="peak_memory",
        label="Peak memory with the large school open",
        value=median(samples),
        unit="MB",
        target=300.0,
        samples=tuple(samples),
        method=(
            f"a fresh process per run: log in, main window, {runs[0][1]}; the OS's peak resident set "
            f"size (ru_maxrss; peak working set on Windows); median of {RUNS} processes"
        ),
    )


def main(argv: list[str]) -> int:
    if not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[:1] == ["--one"]:
        peak, what = session_peak(Path(argv[1]), argv[2], sys.stdin.read())
        print(f"{_PEAK}{peak:.1f} {what}", flush=True)
        return 0
    from benchmarks.data_bench import private_copy
    from benchmarks.generate import ensure_dataset

    dataset = ensure_dataset(argv[0] if argv else "large")
    # On a copy: each log-in writes its LOGIN event, and the cached data set stays as generated.
    with private_copy(dataset.data_dir) as data_dir:
        emit([measure(data_dir, dataset.username, dataset.password)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
