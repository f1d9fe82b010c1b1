"""One change notification for the whole interface.

The vault reports what each commit changed (desktop.storage.changes); the bus brings it to the
main thread — commits on the worker arrive too —, gathers commits that land together into one
:class:`Changes`, and emits ``changed`` once. Every open area, list, dashboard and case or meeting
window listens and refreshes just what is affected, so F5 is never needed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.storage.changes import Changes

RETRY_MS = 500


class ChangeBus(QObject):
    """Emits ``changed(Changes)`` on the main thread after data was committed."""

    changed = Signal(object)
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self._pending: Changes | None = None
        self.can_deliver: Callable[[], bool] = lambda: True
        """False while the data cannot be read (the vault locked): what arrives waits until it can."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._emit)
        # Queued even from the main thread: the listeners run after the action that committed has
        # finished (its own dialog closed, its own view refreshed), never in the middle of it.
        self._arrived.connect(self._gather, Qt.ConnectionType.QueuedConnection)

    def publish(self, changes: Changes) -> None:
        """Report committed changes (any thread)."""
        if changes:
            self._arrived.emit(changes)

    @Slot(object)
    def _gather(self, changes: Changes) -> None:
        self._pending = changes if self._pending is None else self._pending.merged(changes)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Emit what has arrived now (tests, and before a window closes)."""
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents(self)
        if self._pending is not None:
            self._timer.stop()
            self._emit()

    @Slot()
    def _emit(self) -> None:
        if self._pending is not None and not self.can_deliver():
            self._timer.start(RETRY_MS)
            return
        self._timer.setInterval(0)
        changes, self._pending = self._pending, None
        if changes is not None:
            self.changed.emit(changes)


class RefreshStamp:
    """When a view last read its data, to skip a refresh that a view which wrote the change has
    already done itself."""

    def __init__(self) -> None:
        self.at = 0.0

    def mark(self) -> None:
        self.at = time.monotonic()

    def covers(self, changes: Changes) -> bool:
        """True when the data was read after these changes were committed."""
        return self.at >= changes.committed_at


def refresh_when_changed(
    bus: ChangeBus,
    owner: QObject,
    affected: Callable[[Changes], bool],
    refresh: Callable[[], None],
) -> None:
    """Call ``refresh`` after each change for which ``affected`` is true, for as long as ``owner``
    lives."""

    def on_changed(changes: object) -> None:
        if isinstance(changes, Changes) and affected(changes):
            refresh()

    # A slot on `owner`: Qt drops the connection when the owner is deleted.
    relay = _Relay(owner, on_changed)
    bus.changed.connect(relay.receive)


class _Relay(QObject):
    def __init__(self, owner: QObject, call: Callable[[object], None]) -> None:
        super().__init__(owner)
        self._call = call

    @Slot(object)
    def receive(self, changes: object) -> None:
        self._call(changes)
