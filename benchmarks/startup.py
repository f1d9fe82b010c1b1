"""Start-up and log-in figures (issue 6).

- `startup_ratio`: wall time from spawning `python -m desktop --data-dir DIR --exit-when-shown`
  (DIR holds a vault, so the log-in window appears) to the line it prints at the log-in window's
  first paint, against `python -m benchmarks.bare_window` (a bare PySide6 window printing the same
  line at its first paint), started the same way: same interpreter, same environment, alternating,
  median of RUNS after a warm-up of each.
- `login_to_main_window`: in this process, on the large school, from the moment the key has been
  unwrapped (Argon2id done) to the main window shown with the dashboard's figures painted — the
  migration check and opening the database, the session start (LOGIN event), the main window and
  its first area. See measure_login for how the Argon2id time is taken out.

`python -m benchmarks.startup [large|demo]` prints both and ends with benchmarks.figures.emit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bare_window import FIRST_PAINT_MARKER
from benchmarks.figures import RUNS, Figure, emit, median

ROOT = Path(__file__).resolve().parent.parent
SPAWN_TIMEOUT = 60.0


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    # Both processes get the same; nothing from this process's own start-up leaks into them.
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def time_to_marker(args: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning `python args...` to its FIRST_PAINT_MARKER line (it must then exit 0)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    elapsed: float | None = None
    try:
        for line in proc.stdout:
            if line.strip() == FIRST_PAINT_MARKER:
                elapsed = time.perf_counter() - start
                break
        proc.stdout.read()
        code = proc.wait(timeout=SPAWN_TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if elapsed is None or code != 0:
        raise RuntimeError(f"{' '.join(args)}: no first-paint line (exit code {code})")
    return elapsed


def _tiny_vault(folder: Path) -> Path:
    """A vault with one account (cheap KDF: nothing is unlocked, the log-in window only needs it)."""
    from desktop.storage.keyslots import KdfParams
    from desktop.storage.vault import Vault

    data_dir = folder / "school"
    vault, _code = Vault.create(
        data_dir, "coordinator", "startup bench 1", kdf=KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
    )
    vault.close()
    return data_dir


def measure_startup(data_dir: Path | None = None, *, runs: int = RUNS) -> Figure:
    """Process start to the log-in window's first paint, against a bare PySide6 window."""
    env = _environment()
    with tempfile.TemporaryDirectory(prefix="dodam-startup-") as tmp:
        folder = data_dir if data_dir is not None else _tiny_vault(Path(tmp))
        ours_args = ["-m", "desktop", "--data-dir", str(folder), "--exit-when-shown"]
        bare_args = ["-m", "benchmarks.bare_window"]
        # Warm-up of each (the file cache), then alternate so drifting load hits both alike.
        time_to_marker(bare_args, env)
        time_to_marker(ours_args, env)
        ours: list[float] = []
        bare: list[float] = []
        for _ in range(runs):
            bare.append(time_to_marker(bare_args, env))
            ours.append(time_to_marker(ours_args, env))
    platform = env.get("QT_QPA_PLATFORM", "the desktop's")
    return Figure(
        key="startup_ratio",
        label="Process start to log-in window vs a bare PySide6 window",
        value=median(ours),
        unit="s",
        target=1.5,
        method=(
            f"wall time from spawning `python -m desktop --data-dir DIR --exit-when-shown` to the line it "
            f"prints at the log-in window's first paint, vs `python -m benchmarks.bare_window` (QApplication "
            f"+ a window with a label, same line at its first paint); same interpreter and environment "
            f"(Qt platform: {platform}), alternating, median of {runs} runs each after one warm-up run each"
        ),
        baseline=median(bare),
        samples=tuple(ours),
    )


def main(argv: list[str]) -> int:
    figures = [measure_startup()]
    for figure in figures:
        ratio = f" (baseline {figure.baseline:.3f} s, ratio {figure.ratio:.2f})" if figure.ratio else ""
        print(f"{figure.label}: {figure.value:.3f} {figure.unit}{ratio}; target {figure.target}")
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
