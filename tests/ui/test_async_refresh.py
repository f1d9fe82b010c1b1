"""A view's data read on the operation runner: requests made while a read runs make one more read,
a failed read keeps the data on screen and says why, a closed view ignores its result."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Student
from desktop.services.actor import Actor
from desktop.services.errors import NotFound
from desktop.ui.context import AppContext
from desktop.ui.widgets.async_refresh import DataLoader


def test_reads_run_off_the_ui_thread_coalesce_and_keep_the_data_on_failure(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    view = QWidget()
    qtbot.addWidget(view)
    shown: list[tuple[str, int]] = []
    loader: DataLoader[tuple[str, int]] = DataLoader(ctx, view, shown.append)
    release = threading.Event()
    threads: list[int] = []

    def read(name: str, wait: bool = False) -> Callable[[Session, Actor], tuple[str, int]]:
        def query(session: Session, _actor: Actor) -> tuple[str, int]:
            threads.append(threading.get_ident())
            if wait:
                release.wait(5)
            return name, int(session.scalar(select(func.count(Student.id))) or 0)

        return query

    loader.load(read("first", wait=True))
    for name in ("second", "third", "fourth"):  # asked again while the first read runs
        loader.load(read(name))
    assert loader.loading and shown == []
    qtbot.waitUntil(lambda: not loader.busy_label.isHidden(), timeout=2000)
    assert loader.busy_label.text() == "Loading…"
    release.set()
    qtbot.waitUntil(lambda: not loader.loading, timeout=5000)
    # The first result was already old: only the newest request was read again, and shown once.
    assert [name for name, _n in shown] == ["fourth"] and shown[0][1] > 500
    assert len(threads) == 2 and threading.get_ident() not in threads
    assert loader.busy_label.isHidden()

    def refused(_session: Session, _actor: Actor) -> tuple[str, int]:
        raise NotFound("This case does not exist.")

    failures: list[BaseException] = []
    loader.failed.connect(failures.append)
    loader.load(refused)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert len(shown) == 1  # the data on screen stays
    assert not loader.busy_label.isHidden() and loader.busy_label.text() == "This case does not exist."


def test_a_view_closed_before_its_data_arrives_ignores_it(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    view = QWidget()
    shown: list[int] = []
    loader: DataLoader[int] = DataLoader(ctx, view, shown.append)
    release = threading.Event()

    def slow(session: Session, _actor: Actor) -> int:
        release.wait(5)
        return 1

    loader.load(slow)
    shiboken6.delete(view)  # closed and gone while the read runs
    release.set()
    assert ctx.runner.wait_for_idle(5000)
    qtbot.wait(50)  # the result arrives on the UI thread
    assert shown == [] and not ctx.runner.busy()
