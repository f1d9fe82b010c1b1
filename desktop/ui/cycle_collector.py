"""Python's cycle collector, kept from stopping the window for a tenth of a second.

A full collection walks every object the collector tracks, and while it runs no other Python code
does: not the window's event handlers, not the worker. After log-in on a large school that is about
120,000 objects (modules, the ORM's mappings, the main window's widgets), 190,000 after a visit of
every area — 70 to 150 ms per full collection on a school PC, at a moment no one chooses (it runs
on whichever thread happens to allocate), which the user sees as a click that does not answer.

Almost all of those objects live as long as the session. Once the main window is built they are
collected once and then frozen (`gc.freeze`): moved out of the collector's sight, so later
collections walk only what was made since — the rows and widgets of the areas visited — and take
a few milliseconds. At log-out they are given back (`gc.unfreeze`), so the closed session's windows
are collected as usual and nothing of it outlives the session.
"""

from __future__ import annotations

import gc


def keep_session_objects() -> None:
    """Collect once, then keep everything alive now out of later collections (after log-in,
    once the main window is built)."""
    gc.collect()
    gc.freeze()


def release_session_objects() -> None:
    """Give the frozen objects back to the collector (at log-out): a closed window's objects
    that form cycles are then freed by the next collection."""
    gc.unfreeze()


def frozen_count() -> int:
    """How many objects are kept out of collections."""
    return gc.get_freeze_count()
