"""`make bench`: measure every performance target of Dodam and print one table.

Each group of figures runs in its own Python process (a fresh interpreter, so one measurement's
imports, caches and memory do not flatter another's): the module prints its figures on a marked
line (benchmarks.figures.emit). The table goes to the terminal, `benchmarks/results.json` and the
README's "Performance" section between its bench markers.

    python -m benchmarks.run            # everything (generates the data sets on first use)
    python -m benchmarks.run --only data_bench --no-readme
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.figures import RUNS, Figure, parse

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results.json"
README = ROOT / "README.md"
README_START = "<!-- bench:start -->"
README_END = "<!-- bench:end -->"


@dataclass(frozen=True)
class Group:
    module: str
    dataset: str | None
    what: str


GROUPS: tuple[Group, ...] = (
    Group("benchmarks.startup", "large", "start-up and log-in"),
    Group("benchmarks.case_list", "district", "the case list of 20,000 cases"),
    Group("benchmarks.data_bench", "large", "encryption, reports and backup"),
    Group("benchmarks.memory", "large", "peak memory"),
    Group("benchmarks.ui_stall", "large", "UI stalls while visiting every area"),
    Group("benchmarks.security_bench", "large", "password guesses and key rotation"),
)


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_group(group: Group) -> list[Figure]:
    """Run one measurement module in its own process and return its figures."""
    command = [sys.executable, "-m", group.module]
    if group.dataset is not None:
        command.append(group.dataset)
    print(f"· {group.what} ({group.module}) …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=_environment(), capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        raise SystemExit(f"{group.module} failed with exit code {done.returncode}")
    print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return parse(done.stdout)


def _number(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3g}"


def table(figures: list[Figure]) -> str:
    """The figures as a Markdown table: ours, the baseline, the ratio, the target and the verdict."""
    lines = [
        "| Figure | Ours | Baseline | Ratio | Target | Met |",
        "| --- | ---: | ---: | ---: | ---: | :---: |",
    ]
    for f in figures:
        ratio = f.ratio
        baseline = _number(f.baseline, f.unit) if f.baseline is not None else "—"
        target = f"≤ {f.target:g}×" if ratio is not None else f"≤ {_number(f.target, f.unit)}"
        lines.append(
            f"| {f.label} | {_number(f.value, f.unit)} | {baseline} | "
            f"{'—' if ratio is None else f'{ratio:.2f}×'} | {target} | {'yes' if f.met else '**no**'} |"
        )
    return "\n".join(lines)


def methods(figures: list[Figure]) -> str:
    return "\n".join(f"- *{f.label}*: {f.method}" for f in figures)


def machine() -> dict[str, str]:
    from PySide6 import __version__ as pyside_version

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.machine(),
        "cpus": str(os.cpu_count()),
        "pyside6": pyside_version,
        "qt_platform": _environment().get("QT_QPA_PLATFORM", "default"),
    }


def update_readme(text: str) -> bool:
    """Replace the README's block between the bench markers; False if the markers are missing."""
    content = README.read_text(encoding="utf-8")
    start, end = content.find(README_START), content.find(README_END)
    if start < 0 or end < start:
        return False
    README.write_text(
        content[: start + len(README_START)] + "\n" + text + "\n" + content[end:], encoding="utf-8"
    )
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="run only this module (repeatable), e.g. data_bench")
    parser.add_argument("--no-readme", action="store_true", help="leave README.md as it is")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    from benchmarks.generate import ensure_dataset

    groups = [g for g in GROUPS if not args.only or g.module.rsplit(".", 1)[-1] in args.only]
    for kind in sorted({g.dataset for g in groups if g.dataset is not None}):
        started = time.perf_counter()
        dataset = ensure_dataset(kind)
        print(
            f"· data set {kind}: {dataset.data_dir} ({time.perf_counter() - started:.0f} s)",
            file=sys.stderr,
        )

    figures: list[Figure] = []
    for group in groups:
        figures.extend(run_group(group))

    when = datetime.now(UTC).astimezone()
    about = machine()
    text = (
        f"Last run {when:%Y-%m-%d %H:%M %Z} on {about['cpus']} CPUs, Python {about['python']}, "
        f"PySide6 {about['pyside6']}, Qt platform {about['qt_platform']}. Each figure is the median "
        f"of {RUNS} runs after a warm-up.\n\n{table(figures)}\n\nHow each figure is measured:\n\n"
        f"{methods(figures)}"
    )
    print()
    print(text)
    missed = [f for f in figures if not f.met]
    print(f"\n{len(figures) - len(missed)} of {len(figures)} targets met.")

    if args.only:
        previous = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
        kept = [f for f in previous.get("figures", []) if f["key"] not in {g.key for g in figures}]
        records = kept + [f.as_json() for f in figures]
    else:
        records = [f.as_json() for f in figures]
    RESULTS.write_text(
        json.dumps(
            {"measured_at": when.isoformat(timespec="seconds"), "machine": about, "figures": records},
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    if not args.no_readme and not args.only and not update_readme(text):
        print("README.md has no bench markers; left as it is", file=sys.stderr)
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
