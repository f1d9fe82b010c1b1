"""Reading the counts of statistics.summary() for display, tolerant of a count being a plain
number or a small mapping (e.g. {"total": 12, "new": 3})."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.models import CaseState

# States in which a case is no longer worked on.
FINISHED_STATES = frozenset({CaseState.CLOSED, CaseState.NOT_SELECTED, CaseState.REFERRED_OUT})


def figure(data: Mapping[str, Any], *path: str) -> int | None:
    """The number at `path` (a mapping found there yields its "total"); None when absent."""
    value: Any = data
    for key in path:
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    if isinstance(value, Mapping):
        value = value.get("total")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value)


def counts(data: Mapping[str, Any], *path: str) -> dict[str, int]:
    """The mapping of counts at `path` (e.g. cases by state), {} when absent."""
    value: Any = data
    for key in path:
        if not isinstance(value, Mapping) or key not in value:
            return {}
        value = value[key]
    if not isinstance(value, Mapping):
        return {}
    return {str(k): int(v) for k, v in value.items() if isinstance(v, (int, float))}


def open_cases(data: Mapping[str, Any]) -> int | None:
    """Cases still being worked on: the summary's own figure, else counted from the states."""
    direct = figure(data, "cases", "open")
    if direct is not None:
        return direct
    by_state = counts(data, "cases", "by_state")
    if not by_state:
        return None
    return sum(n for state, n in by_state.items() if state not in {s.value for s in FINISHED_STATES})
