"""Start-up and log-in figures.

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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.bare_window import FIRST_PAINT_MARKER
from benchmarks.figures import RUNS, Figure, emit, median

ROOT = Path(__file__).resolve().parent.parent
SPAWN_TIMEOUT = 60.0


def _environment(pycache: Path | None = None) -> dict[str, str]:
    """The environment of both spawned processes (the same for both)."""
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    if pycache is not None:
        # Compiled bytecode, as an installed Dodam has it (the PyInstaller bundle holds .pyc files):
        # the development environment sets PYTHONDONTWRITEBYTECODE, which would make every start
        # compile every source module again. The cache lives in a temporary folder (nothing is
        # written next to the sources) and is filled by the warm-up runs.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
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
    with tempfile.TemporaryDirectory(prefix="dodam-startup-") as tmp:
        env = _environment(Path(tmp) / "pycache")
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
            f"(Qt platform: {platform}; bytecode cached in a temporary PYTHONPYCACHEPREFIX, as an installed "
            f"app has it), alternating, median of {runs} runs each after one warm-up run each"
        ),
        baseline=median(bare),
        samples=tuple(ours),
    )


class _ArgonTimer:
    """Wraps the vault's Argon2id unwrap (desktop.storage.vault.open_slot) to time each call."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __enter__(self) -> _ArgonTimer:
        import desktop.storage.vault as vault_module

        self._module = vault_module
        self._original = vault_module.open_slot  # type: ignore[attr-defined]
        original = self._original

        def timed_unwrap(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started

        vault_module.open_slot = timed_unwrap  # type: ignore[attr-defined]
        return self

    def __exit__(self, *exc: object) -> None:
        self._module.unwrap_slot = self._original  # type: ignore[attr-defined]


def _process_events_until(done: Callable[[], bool], timeout: float = 60.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise RuntimeError("the main window did not show its dashboard in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def login_once(data_dir: Path, username: str, password: str) -> tuple[float, float]:
    """One log-in as the GUI does it, up to the dashboard painted with its data: (total seconds,
    of which Argon2id seconds). Everything is closed again afterwards."""
    from PySide6.QtCore import QEvent, QObject

    from desktop.ui.application import AppController
    from desktop.ui.login.sign_in import sign_in

    controller = AppController(data_dir, demo=False, language="en")
    painted: list[bool] = []

    class DataPainted(QObject):
        """Notes the first paint of the dashboard once its figures are in."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and getattr(watched, "figures", None) is not None:
                painted.append(True)
            return False

    with _ArgonTimer() as argon:
        started = time.perf_counter()
        # The log-in window's job (on the worker there; the same code).
        signed = sign_in(data_dir, username, password)
        controller.open_main_window(signed)
        main = controller.main_window
        assert main is not None
        dashboard = main.areas["dashboard"]
        watcher = DataPainted(dashboard)
        dashboard.installEventFilter(watcher)
        _process_events_until(lambda: bool(painted))
        total = time.perf_counter() - started
    dashboard.removeEventFilter(watcher)
    # Close without the exit backup: stop the lock timer, wait for background work, close the vault.
    if controller.lock is not None:
        controller.lock.stop()
    main.hide()
    controller.runner.wait_for_idle()
    assert controller.ctx is not None
    controller.ctx.vault.close()
    main.deleteLater()
    controller.deleteLater()
    _process_events_until(lambda: True)
    return total, argon.seconds


def measure_login(dataset: Any, *, runs: int = RUNS) -> Figure:
    """Log-in to a usable main window on `dataset` (anything with data_dir, username and password),
    without the deliberate Argon2id time."""
    from desktop.ui.application import make_application
    from desktop.ui.login import warm_up

    make_application("en")
    # What the app imports while the user types the password (desktop.ui.login.warm_up).
    warm_up.import_all()
    from benchmarks.data_bench import private_copy

    source, username, password = Path(dataset.data_dir), dataset.username, dataset.password
    totals: list[float] = []
    argons: list[float] = []
    # On a copy: each log-in writes its LOGIN event, and the cached data set stays as generated.
    with private_copy(source) as data_dir:
        login_once(data_dir, username, password)  # warm-up run
        for _ in range(runs):
            total, argon = login_once(data_dir, username, password)
            totals.append(total)
            argons.append(argon)
    samples = tuple(t - a for t, a in zip(totals, argons, strict=True))
    return Figure(
        key="login_to_main_window",
        label=f"Log-in to a usable main window ({getattr(dataset, 'kind', source.name)} school)",
        value=median(samples),
        unit="s",
        target=1.0,
        method=(
            "in process, offscreen: sign_in (lockout check, Vault.open with its migration check, LOGIN "
            "event) + AppController.open_main_window until the dashboard has painted with its figures, "
            "after the warm-up imports the app does while the password is typed; the Argon2id unwrap "
            "(desktop.storage.vault.open_slot, timed by wrapping it) is subtracted from each run "
            f"(its median: {median(argons):.2f} s); median of {runs} runs after one warm-up run"
        ),
        samples=samples,
    )


@dataclass(frozen=True)
class _Login:
    kind: str
    data_dir: Path
    username: str
    password: str


def _dataset(kind: str) -> Any:
    if kind == "demo":
        from desktop.services.demo import DEMO_PASSWORD, ensure_demo_school

        folder = ROOT / "benchmarks" / "data" / "demo"
        ensure_demo_school(folder)
        return _Login("demo", folder, "coordinator", DEMO_PASSWORD)
    from benchmarks.generate import ensure_dataset

    return ensure_dataset(kind)


def main(argv: list[str]) -> int:
    kind = argv[0] if argv else "large"
    if kind not in ("large", "district", "demo"):
        print("usage: python -m benchmarks.startup [large|district|demo]", file=sys.stderr)
        return 2
    # The in-process log-in figure uses the same Qt platform as the spawned processes.
    if "QT_QPA_PLATFORM" in _environment():
        os.environ["QT_QPA_PLATFORM"] = _environment()["QT_QPA_PLATFORM"]
    figures = [measure_startup(), measure_login(_dataset(kind))]
    for figure in figures:
        ratio = f" (baseline {figure.baseline:.3f} s, ratio {figure.ratio:.2f})" if figure.ratio else ""
        print(f"{figure.label}: {figure.value:.3f} {figure.unit}{ratio}; target {figure.target}")
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
