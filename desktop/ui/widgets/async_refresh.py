"""Reading a view's data on the operation runner (DESIGN §2: reads over ~100 ms leave the UI
thread).

A view gives `DataLoader.load` a read — `(session, actor) -> plain data` — and a `show` callback;
the read runs on the runner's worker in its own session and never touches a widget, and `show`
fills the widgets in on the UI thread. While a read runs:

- another `load` is not started beside it: the newest read waits and runs once after it (several
  requests in the meantime make one more read, never a queue of them);
- the view's `busy_label` says "Loading…" once the read has taken a moment (no flash for a quick
  one);
- a view closed before the result arrives ignores it;
- a failed read keeps the data on screen and says why in the same label.

`loaded` is emitted after `show` has filled the widgets in (tests wait on it, see
tests/ui/helpers.py `wait_loaded`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.ui.context import AppContext
from desktop.ui.widgets.feedback import error_text
from desktop.ui.widgets.plain_text import PlainLabel

log = logging.getLogger(__name__)
T = TypeVar("T")

BUSY_AFTER_MS = 200
"""The "Loading…" label appears only when a read takes longer than this."""


class DataLoader(QObject, Generic[T]):
    """Runs a view's reads on `ctx.runner`, one at a time, newest wins (see the module)."""

    loaded = Signal()
    failed = Signal(object)

    def __init__(self, ctx: AppContext, owner: QWidget, show: Callable[[T], None]) -> None:
        super().__init__(owner)
        self._ctx = ctx
        self._owner = owner
        self._show = show
        self._running = False
        self._next: Callable[[Session, Actor], T] | None = None
        self.busy_label = PlainLabel(owner)
        self.busy_label.setObjectName("loading_label")
        self.busy_label.setStyleSheet("QLabel#loading_label { color: #5a6775; }")
        self.busy_label.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self.loads = 0
        """How many results have been shown (tests and the benchmark count them)."""

    @property
    def loading(self) -> bool:
        """True from `load` until its result (or the result of the read that follows) is shown."""
        return self._running or self._next is not None

    def load(self, read: Callable[[Session, Actor], T]) -> None:
        """Read in the background and show the result; coalesced while a read is running."""
        if self._running:
            self._next = read
            return
        self._start(read)

    def load_now(self, read: Callable[[Session, Actor], T]) -> None:
        """Read on the UI thread and show at once (for a view that must be filled before it is
        shown, e.g. when a dialog prints it right away)."""
        self._show(self._ctx.read(read))
        self.loads += 1
        self.loaded.emit()

    def _start(self, read: Callable[[Session, Actor], T]) -> None:
        self._running = True
        vault, actor = self._ctx.vault, self._ctx.actor

        def work() -> T:  # on the worker thread: no widgets here
            with vault.session() as session:
                try:
                    return read(session, actor)
                finally:
                    session.rollback()

        if not self._busy_timer.isActive() and self.busy_label.isHidden():
            self._busy_timer.start()
        self._ctx.runner.run(work, on_success=self._succeeded, on_failure=self._failed)

    def _alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self._owner)

    def _succeeded(self, result: Any) -> None:
        if not self._alive():
            return  # the view was closed while its data was read
        self._running = False
        if self._next is not None:  # asked again meanwhile: this result is already old
            read, self._next = self._next, None
            self._start(read)
            return
        self._idle()
        self.busy_label.hide()
        self._show(result)
        self.loads += 1
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if not self._alive():
            return
        self._running = False
        if self._next is not None:
            read, self._next = self._next, None
            self._start(read)
            return
        self._idle()
        if isinstance(exc, ServiceError):
            reason = error_text(exc)
        else:
            log.error("a view's data could not be read", exc_info=exc)
            reason = self.tr("The data could not be read. Press F5 to try again.")
        # The data on screen stays; the label says it is not the latest.
        self.busy_label.setStyleSheet("QLabel#loading_label { color: #b00020; }")
        self.busy_label.setText(reason)
        self.busy_label.show()
        self.failed.emit(exc)

    def _idle(self) -> None:
        self._busy_timer.stop()
        self.busy_label.setStyleSheet("QLabel#loading_label { color: #5a6775; }")

    def _show_busy(self) -> None:
        if self._alive() and self.loading:
            self.busy_label.setText(self.tr("Loading…"))
            self.busy_label.show()
