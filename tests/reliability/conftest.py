"""Helpers for the reliability suite: real vaults on disk, a zygote that forks real worker
processes, hashes, and an in-process `dodam check`."""

from __future__ import annotations

import hashlib
import io
import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from desktop.models import Sex, Student
from desktop.services.setup import initialise_school
from desktop.storage.vault import DB_NAME, KEYS_NAME, Vault
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TEST_KDF

REPO_ROOT = Path(__file__).resolve().parents[2]
ZYGOTE = Path(__file__).resolve().parent / "zygote.py"


def sha256(path: Path) -> str:
    """Hash of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_school(data_dir: Path, *, students: int = 1) -> Path:
    """A closed vault for ADMIN_USER/ADMIN_PASSWORD (cheap KDF), initialised, with ``students``."""
    vault, _code = Vault.create(data_dir, ADMIN_USER, ADMIN_PASSWORD, kdf=TEST_KDF)
    try:
        with vault.session() as session:
            initialise_school(
                session, school_name="신뢰성초등학교", admin_username=ADMIN_USER, admin_display_name="김담당"
            )
            for number in range(1, students + 1):
                session.add(Student(grade=3, class_no=2, number=number, name=f"학생{number}", sex=Sex.FEMALE))
            session.commit()
    finally:
        vault.close()
    return data_dir


@dataclass
class CheckResult:
    code: int
    stdout: str
    stderr: str


def run_check(data_dir: Path, password: str = ADMIN_PASSWORD, user: str = ADMIN_USER) -> CheckResult:
    """`dodam check` run in this process (the same code as the command line, without its start-up)."""
    from desktop.app import main

    class _Stdin:
        buffer = io.BytesIO((password + "\n").encode("utf-8"))

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = _Stdin()  # type: ignore[assignment]
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["check", "--data-dir", str(data_dir), "--user", user, "--password-stdin"])
    finally:
        sys.stdin = saved
    return CheckResult(code, out.getvalue(), err.getvalue())


def run_check_process(
    data_dir: Path, password: str = ADMIN_PASSWORD, user: str = ADMIN_USER
) -> subprocess.CompletedProcess[str]:
    """`python -m desktop check` as a real process."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "check",
            "--data-dir",
            str(data_dir),
            "--user",
            user,
            "--password-stdin",
        ],
        input=password + "\n",
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
    )


@dataclass
class Job:
    """One forked worker: its pid and every line it (and the zygote about it) printed."""

    pid: int = 0
    lines: list[str] = field(default_factory=list)
    status: int | None = None

    def acks(self) -> list[tuple[int, int]]:
        return [(int(p[1]), int(p[2])) for p in (line.split() for line in self.lines) if p[0] == "ack"]

    def errors(self) -> list[str]:
        return [line for line in self.lines if line.startswith("error ")]


class Zygote:
    """Client of tests/reliability/zygote.py: start jobs, read their lines, kill them."""

    def __init__(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(REPO_ROOT)
        self.proc = subprocess.Popen(
            [sys.executable, str(ZYGOTE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=REPO_ROOT,
            env=env,
        )
        assert self.proc.stdout is not None and self.proc.stdin is not None
        self._fd = self.proc.stdout.fileno()
        self._buffer = b""
        self.job: Job | None = None
        assert self._readline(60.0) == "zygote"

    def _readline(self, timeout: float) -> str | None:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self._fd], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(self._fd, 65536)
            if not chunk:
                raise RuntimeError("the zygote died")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode("utf-8")

    def _take(self, line: str) -> None:
        assert self.job is not None
        if line.startswith("pid "):
            self.job.pid = int(line.split()[1])
        elif line.startswith("done "):
            self.job.status = int(line.split()[2])
        else:
            self.job.lines.append(line)

    def start(self, job: str, **args: Any) -> Job:
        """Fork a worker for ``job``; returns once its pid is known."""
        assert self.proc.stdin is not None
        if self.job is not None and self.job.status is None:
            self.finish()  # the previous worker's "done" line must not be taken for this one's
        self.job = Job()
        self.proc.stdin.write((json.dumps({"job": job, "args": args}) + "\n").encode("utf-8"))
        self.proc.stdin.flush()
        while not self.job.pid:
            line = self._readline(60.0)
            assert line is not None, "no pid from the zygote"
            self._take(line)
        return self.job

    def wait_for(self, word: str, timeout: float = 60.0) -> bool:
        """Read lines until one starts with ``word`` (True), the job ends or ``timeout`` (False)."""
        assert self.job is not None
        deadline = time.monotonic() + timeout
        while True:
            if any(line.split()[0] == word for line in self.job.lines):
                return True
            if self.job.status is not None:
                return False
            line = self._readline(max(0.0, deadline - time.monotonic()))
            if line is None:
                return False
            self._take(line)

    def pump(self, seconds: float) -> None:
        """Collect lines for ``seconds`` (or until the job ends)."""
        assert self.job is not None
        deadline = time.monotonic() + seconds
        while self.job.status is None:
            line = self._readline(max(0.0, deadline - time.monotonic()))
            if line is None:
                return
            self._take(line)

    def kill(self) -> Job:
        """SIGKILL the worker (if still running) and collect its last lines and status."""
        job = self.job
        assert job is not None
        if job.status is None:
            with suppress(ProcessLookupError):
                os.kill(job.pid, signal.SIGKILL)
        return self.finish()

    def finish(self, timeout: float = 60.0) -> Job:
        """Wait for the worker to end on its own and collect everything it printed."""
        job = self.job
        assert job is not None
        deadline = time.monotonic() + timeout
        while job.status is None:
            line = self._readline(max(0.0, deadline - time.monotonic()))
            assert line is not None, f"worker {job.pid} did not end: {job.lines[-5:]}"
            self._take(line)
        return job

    def close(self) -> None:
        if self.job is not None and self.job.status is None:
            self.kill()
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@pytest.fixture
def zygote() -> Iterator[Zygote]:
    z = Zygote()
    try:
        yield z
    finally:
        z.close()


@pytest.fixture
def school(tmp_path: Path) -> Path:
    """A closed, initialised vault with one student."""
    return make_school(tmp_path / "school")


__all__ = ["ADMIN_PASSWORD", "ADMIN_USER", "DB_NAME", "KEYS_NAME", "TEST_KDF"]
