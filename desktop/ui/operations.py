"""One small operation runner (STYLE: Anki's aqt/operations).

Work that may take more than ~100 ms (key derivation, creating the demo school, large queries)
runs on one worker thread; its result or exception comes back on the main thread through a
queued signal. The work callable must never touch a widget. A modal progress dialog can be shown
while it runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]
Reporter = Callable[[int, str], None]
"""What work that reports progress is given: report(percent, message)."""


class _Relay(QObject):
    """Lives on the main thread; the worker emits, the main thread receives (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:  # worker thread: no widgets here
        try:
            result = self._work()
        except BaseException as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class Operation(QObject):
    """One running piece of work. `finished` is emitted on the main thread after the callbacks."""

    finished = Signal()

    def __init__(
        self,
        work: Callable[[], Any],
        on_success: SuccessCallback | None,
        on_failure: FailureCallback | None,
        progress: QProgressDialog | None,
        parent: QObject,
    ) -> None:
        # Here, not at the top: the `Qt` namespace costs ~20 ms to load, and the log-in window shows
        # before any operation runs.
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self._work = work
        self._on_success = on_success
        self._on_failure = on_failure
        self._progress = progress
        self.done = False
        self.relay = _Relay(self)
        self.relay.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self.relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.translate_progress: Callable[[str], str] = lambda message: message

    def job(self) -> _Job:
        return _Job(self._work, self.relay)

    def report(self, percent: int, message: str) -> None:
        """Called from the worker; the dialog is updated on the main thread."""
        self.relay.progressed.emit(percent, message)

    @Slot(int, str)
    def _progressed(self, percent: int, message: str) -> None:
        progress = self._progress
        if progress is None or self.done:
            return
        if message:
            progress.setLabelText(self.translate_progress(message))
        progress.setRange(0, 100)
        # Last: a modal dialog's setValue() processes events, so the operation may finish (and
        # drop its dialog) inside this call.
        progress.setValue(max(0, min(100, percent)))

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)
        self.finished.emit()
        self.deleteLater()

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self._finish()
        assert isinstance(exc, BaseException)
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            log.error("operation failed", exc_info=exc)
        self.finished.emit()
        self.deleteLater()

    def _finish(self) -> None:
        self.done = True
        if self._progress is not None:
            self._progress.reset()
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None


class OperationRunner(QObject):
    """Runs operations one at a time on a single worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Operation] = set()

    def run(
        self,
        work: Callable[[], Any],
        *,
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
        progress_text: str | None = None,
        parent_widget: QWidget | None = None,
        configure: Callable[[Operation], None] | None = None,
    ) -> Operation:
        """Start `work` on the worker; with `progress_text`, show a modal busy dialog until done.
        `configure` sees the operation before the work starts."""
        from PySide6.QtCore import Qt

        progress: QProgressDialog | None = None
        if progress_text is not None:
            progress = QProgressDialog(progress_text, "", 0, 0, parent_widget)
            progress.setCancelButton(None)
            progress.setWindowTitle(self.tr("Please wait"))
            progress.setWindowModality(Qt.WindowModality.ApplicationModal)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            # Shown only if the work takes longer than this: quick work would just flash a dialog.
            progress.setMinimumDuration(250)
        op = Operation(work, on_success, on_failure, progress, self)
        self._running.add(op)
        op.finished.connect(lambda: self._running.discard(op))
        if configure is not None:
            configure(op)
        self._pool.start(op.job())
        return op

    def run_reporting(
        self,
        work: Callable[[Reporter], Any],
        *,
        progress_text: str,
        translate_progress: Callable[[str], str] | None = None,
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
        parent_widget: QWidget | None = None,
    ) -> Operation:
        """Like `run`, for work that reports its progress: it is called with report(percent, message)
        and the dialog shows a percentage and the (translated) message."""
        reporter: list[Reporter] = []

        def configure(op: Operation) -> None:
            reporter.append(op.report)
            if translate_progress is not None:
                op.translate_progress = translate_progress

        return self.run(
            lambda: work(reporter[0]),
            on_success=on_success,
            on_failure=on_failure,
            progress_text=progress_text,
            parent_widget=parent_widget,
            configure=configure,
        )

    def run_modal(
        self,
        work: Callable[[], Any],
        *,
        progress_text: str,
        parent_widget: QWidget | None = None,
    ) -> Any:
        """Run `work` on the worker and wait for it without stalling the UI: events keep being
        processed (windows repaint) while a modal progress dialog, shown after 250 ms, keeps the
        user from acting meanwhile. For work the user started and waits for (a print). Returns
        the work's result or raises its exception, on the main thread."""
        from PySide6.QtCore import QEventLoop

        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def succeeded(result: object) -> None:
            outcome["result"] = result

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc

        op = self.run(
            work,
            on_success=succeeded,
            on_failure=failed,
            progress_text=progress_text,
            parent_widget=parent_widget,
        )
        op.finished.connect(loop.quit)
        if not op.done:
            loop.exec()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")

    def busy(self) -> bool:
        """True while an operation is queued or running."""
        return bool(self._running)

    def wait_for_idle(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (used when closing); results still arrive by signals."""
        return self._pool.waitForDone(msecs)
