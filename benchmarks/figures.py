"""One measured figure of `make bench`, and the timing helpers every measurement uses.

Every figure is the median of at least five runs after a warm-up run (`timed`); a figure that is
compared with a baseline measured in the same run carries both values and their ratio, and its
target applies to the ratio.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

RUNS = 5
"""Runs of each measurement after its warm-up (the issue asks for at least five)."""


@dataclass(frozen=True)
class Figure:
    """A measured value with its target. `unit` is "ms", "s", "MB" or "" (a plain number).

    With a `baseline` the target applies to `ratio` = value / baseline, otherwise to `value`.
    """

    key: str
    label: str
    value: float
    unit: str
    target: float
    method: str
    baseline: float | None = None
    samples: tuple[float, ...] = field(default_factory=tuple)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def compared(self) -> float:
        """What the target is compared with: the ratio when there is a baseline."""
        ratio = self.ratio
        return ratio if ratio is not None else self.value

    @property
    def met(self) -> bool:
        return self.compared <= self.target

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["samples"] = [round(s, 4) for s in self.samples]
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        data["met"] = self.met
        return data


def timed(fn: Callable[[], object], *, runs: int = RUNS, warmup: int = 1) -> list[float]:
    """Wall-clock seconds of `runs` calls of `fn` after `warmup` calls (garbage collected between)."""
    for _ in range(warmup):
        fn()
    samples: list[float] = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def median(samples: list[float] | tuple[float, ...]) -> float:
    return statistics.median(samples)


def p95(samples: list[float] | tuple[float, ...]) -> float:
    """The 95th percentile (nearest rank) of the samples."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, -(-95 * len(ordered) // 100) - 1))
    return ordered[rank]


MARKER = "DODAM-FIGURES "
"""Prefix of the line on which a measurement run in its own process hands its figures back."""


def emit(figures: list[Figure]) -> None:
    """Print the figures on one marked line (a measurement module's `__main__` ends with this)."""
    print(MARKER + json.dumps([f.as_json() for f in figures], ensure_ascii=False), flush=True)


def parse(output: str) -> list[Figure]:
    """The figures `emit` printed in `output` (other lines are ignored)."""
    for line in reversed(output.splitlines()):
        if line.startswith(MARKER):
            return [
                Figure(
                    key=d["key"],
                    label=d["label"],
                    value=d["value"],
                    unit=d["unit"],
                    target=d["target"],
                    method=d["method"],
                    baseline=d["baseline"],
                    samples=tuple(d["samples"]),
                )
                for d in json.loads(line[len(MARKER) :])
            ]
    raise ValueError("no figures in the output")


def timed_pair(
    ours: Callable[[], object], baseline: Callable[[], object], *, runs: int = RUNS, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """Seconds of `runs` calls each of `ours` and `baseline`, alternating so that both meet the same
    machine load (this machine is shared), after `warmup` calls of each."""
    for _ in range(warmup):
        baseline()
        ours()
    ours_samples: list[float] = []
    baseline_samples: list[float] = []
    for _ in range(runs):
        for fn, samples in ((baseline, baseline_samples), (ours, ours_samples)):
            gc.collect()
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
    return ours_samples, baseline_samples
