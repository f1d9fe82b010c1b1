"""Two settings of the Python interpreter that keep the window answering while the worker works.

**Handing over the interpreter lock.** Only one thread runs Python at a time. The window's thread
needs the lock for every call into Python — each cell a table paints asks the model, each event
filter, each slot — and gives it back in between. While the operation runner's worker runs Python
(reading a list, building its rows), every such call waits until the worker is made to hand the
lock over, which Python does every "switch interval": 5 ms by default. A table of 30 rows painted
while the worker reads took 239 ms instead of 12 ms here; with a 0.2 ms interval, 33 ms. The
worker's reads take longer only while the window is busy (the window then gets half the time).

**The cycle collector.** A full collection walks every object the collector tracks, and while it
runs no other Python code does. After log-in on a large school that is about 120,000 objects
(modules, the ORM's mappings, the main window's widgets), 190,000 after a visit of every area:
70 to 150 ms per full collection on a school PC, at a moment no one chooses (it runs on whichever
thread happens to allocate). Almost all of those objects live as long as the session. Once the
main window is built they are collected once and then frozen (`gc.freeze`): moved out of the
collector's sight, so later collections walk only what was made since — the rows and widgets of
the areas visited — and take a few milliseconds. At log-out they are given back (`gc.unfreeze`),
so the closed session's windows are collected as usual and nothing of it outlives the session.
"""

from __future__ import annotations

import gc
import sys

WINDOW_SWITCH_INTERVAL_S = 0.0002
"""How long a thread may keep the interpreter lock while another thread waits for it."""


def favour_the_window() -> None:
    """Let the window's thread get the interpreter lock back within 0.2 ms (at start)."""
    sys.setswitchinterval(WINDOW_SWITCH_INTERVAL_S)


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
