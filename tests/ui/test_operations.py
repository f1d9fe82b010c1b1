"""The operation runner: work runs off the UI thread, results and progress come back on it."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from desktop.ui.operations import OperationRunner


def test_work_runs_on_the_worker_and_results_come_back(qtbot: QtBot, runner: OperationRunner) -> None:
    main = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    results: list[object] = []
    runner.run(work, on_success=lambda r: results.append((r, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [(42, main)]
    assert seen["worker"] != main


def test_failure_is_delivered_not_raised(qtbot: QtBot, runner: OperationRunner) -> None:
    failures: list[BaseException] = []

    def work() -> None:
        raise OSError("disk full")

    runner.run(work, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert str(failures[0]) == "disk full"


def test_progress_that_arrives_as_the_work_finishes(qtbot: QtBot, runner: OperationRunner) -> None:
    """A modal progress dialog processes events inside setValue(); the operation may finish there.
    The report must not touch the dialog afterwards (this crashed the demo's first start)."""
    release = threading.Event()
    done: list[object] = []

    def work(report) -> str:  # type: ignore[no-untyped-def]
        release.wait(5)
        return "made"

    op = runner.run_reporting(work, progress_text="Creating", on_success=done.append)
    op._progressed(10, "Starting")
    qtbot.wait(400)  # past the dialog's minimum duration
    op._progressed(20, "Working")  # now the dialog is on screen
    release.set()
    runner.wait_for_idle()  # the work is done; its result waits in the event queue
    op._progressed(50, "Halfway")  # processes events (modal dialog) and so finishes the operation
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done[0] == "made"
