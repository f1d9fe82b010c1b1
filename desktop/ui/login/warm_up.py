"""Importing the heavy modules while the user types the password.

The log-in window needs only Qt and a few small modules, so it shows about as fast as a bare Qt
window. Everything after it — the vault (SQLAlchemy, SQLCipher, Alembic), the services, the main
window and its areas, the PDF reports — is imported by `start`, once the log-in window has painted,
as one job on the operation runner's single worker thread:

- The UI thread stays free: imports are Python bytecode, and the worker hands the GIL back every
  few milliseconds, so typing stays smooth. Nothing here creates a widget.
- No import deadlock: Python's import locks are per module, and two threads importing modules that
  import each other can meet half-initialised modules. So the imports happen on one thread only:
  the sign-in job is queued behind this one on the same single-threaded runner, and anything the
  UI thread imports lazily while the log-in window is up calls `wait` first.
- A module that fails to import is only logged here; it raises again, normally, where it is used.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time

from desktop.ui.operations import OperationRunner

log = logging.getLogger(__name__)

MODULES: tuple[str, ...] = (
    "desktop.ui.login.sign_in",  # the vault, SQLAlchemy, the models, the services of a log-in
    "desktop.storage.migrate",
    "desktop.ui.context",
    "desktop.services.settings_store",
    "desktop.ui.main_window",  # every area
    "desktop.ui.lock.lock_controller",
    "desktop.ui.backup.backup_ui",
    "desktop.ui.login.recovery_dialog",
    "desktop.ui.backup.restore_dialog",
)

_started = False
_done = threading.Event()


def import_all(modules: tuple[str, ...] = MODULES) -> float:
    """Import `modules` (on the calling thread); the seconds it took. Never raises ImportError."""
    started = time.perf_counter()
    try:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:
                log.warning("warming up %s failed", name, exc_info=True)
    finally:
        _done.set()
    return time.perf_counter() - started


def start(runner: OperationRunner) -> None:
    """Queue the imports on `runner` (once per process; later calls do nothing)."""
    global _started
    if _started:
        return
    _started = True
    runner.run(import_all, on_success=lambda seconds: log.debug("warmed up in %.2f s", seconds))


def wait(timeout: float = 120.0) -> None:
    """Block until the warm-up has finished, if one was started (before importing on the UI thread)."""
    if _started:
        _done.wait(timeout)
