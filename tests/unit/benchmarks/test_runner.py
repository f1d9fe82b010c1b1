"""The benchmark's table and records: what `make bench` prints and stores for each figure."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from benchmarks import run
from benchmarks.figures import Figure, emit, p95, parse


def _figures() -> list[Figure]:
    return [
        Figure("startup_ratio", "process start to log-in window", 0.42, "s", 1.5, "m1", baseline=0.30),
        Figure("case_list_filter_p95", "filtering p95", 31.5, "ms", 30.0, "m2", samples=(29.0, 31.5)),
        Figure("peak_memory", "peak memory", 212.0, "MB", 300.0, "m3"),
    ]


def test_a_figure_with_a_baseline_is_judged_by_its_ratio() -> None:
    startup, filtering, memory = _figures()
    assert startup.ratio == pytest.approx(1.4)
    assert startup.met  # 1.4 <= 1.5 although 0.42 s is not <= 1.5 "s" by accident of units
    assert not filtering.met
    assert memory.met and memory.ratio is None


def test_the_table_shows_ours_the_baseline_the_ratio_the_target_and_the_verdict() -> None:
    lines = run.table(_figures()).splitlines()
    assert lines[0] == "| Figure | Ours | Baseline | Ratio | Target | Met |"
    assert lines[2] == "| process start to log-in window | 420 ms | 300 ms | 1.40× | ≤ 1.5× | yes |"
    assert lines[3] == "| filtering p95 | 31.5 ms | — | — | ≤ 30.0 ms | **no** |"
    assert lines[4] == "| peak memory | 212 MB | — | — | ≤ 300 MB | yes |"


def test_figures_survive_the_trip_from_a_measuring_process() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        print("some progress line")
        emit(_figures())
    assert parse(out.getvalue()) == _figures()
    with pytest.raises(ValueError):
        parse("no figures here\n")


def test_p95_is_the_nearest_rank() -> None:
    assert p95([float(n) for n in range(1, 101)]) == 95.0
    assert p95([3.0, 1.0, 2.0]) == 3.0
    assert p95([7.0]) == 7.0


def test_the_readme_block_between_the_markers_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        f"# Title\n\n{run.README_START}\nold table\n{run.README_END}\n\nafter\n", encoding="utf-8"
    )
    monkeypatch.setattr(run, "README", readme)
    assert run.update_readme("new table")
    assert readme.read_text(encoding="utf-8") == (
        f"# Title\n\n{run.README_START}\nnew table\n{run.README_END}\n\nafter\n"
    )
    readme.write_text("no markers\n", encoding="utf-8")
    assert not run.update_readme("new table")
    assert readme.read_text(encoding="utf-8") == "no markers\n"
