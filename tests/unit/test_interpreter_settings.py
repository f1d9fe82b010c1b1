"""The interpreter settings the window runs with (desktop.ui.interpreter)."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator

import pytest

from desktop.ui import interpreter


@pytest.fixture
def restored() -> Iterator[None]:
    interval = sys.getswitchinterval()
    yield
    sys.setswitchinterval(interval)
    gc.unfreeze()


def test_the_window_gets_the_interpreter_lock_back_within_a_fraction_of_a_millisecond(restored: None) -> None:
    interpreter.favour_the_window()
    assert sys.getswitchinterval() == pytest.approx(0.0002)


def test_session_objects_are_kept_out_of_collections_until_log_out(restored: None) -> None:
    kept = [[n] for n in range(1000)]  # objects the collector tracks
    interpreter.keep_session_objects()
    assert interpreter.frozen_count() >= len(kept)
    interpreter.release_session_objects()
    assert interpreter.frozen_count() == 0
