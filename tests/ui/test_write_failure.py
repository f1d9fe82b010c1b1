"""A write the database refuses (full disk, I/O error) is a clear message, not a crash, and
stores nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.models import Task
from desktop.services.actor import Actor
from desktop.services.tasks import create_task
from desktop.ui.context import AppContext
from desktop.ui.widgets import feedback


def test_a_full_disk_is_reported_and_nothing_is_stored(
    demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def write_then_fail(session: Session, actor: Actor) -> None:
        create_task(session, actor, title="디스크 가득 참 확인")  # commits one task
        session.add(Task(title="두 번째", assignee_id=actor.staff_id))
        # What SQLite raises when the disk fills during the next commit.
        raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    assert feedback.run_action(None, ctx, write_then_fail) is None
    assert shown and "disk that holds the school data is full" in shown[0]
    titles = ctx.read(lambda s, a: set(s.scalars(select(Task.title))))
    assert "두 번째" not in titles  # the failed transaction left nothing behind
