"""A pre-imported parent process that forks real worker processes for the reliability suite.

Starting a fresh Python for each of hundreds of kill cycles would cost a second of imports each; the
zygote imports Dodam once (single-threaded, no database open) and then, for every JSON command read
from stdin, forks a child that runs one job against real files. Everything the child has to say goes
to stdout as one short line per ``os.write`` (atomic on a pipe), so the test can read
``pid N`` / ``ready`` / ``ack ...`` / ``error ...`` and kill the child with SIGKILL whenever it likes.
After each child the zygote prints ``done PID STATUS``.

    python tests/reliability/zygote.py        # then: {"job": "writer", "args": {...}} per line
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import traceback
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))

from sqlalchemy import select  # noqa: E402

import desktop.storage.migrate as migrate  # noqa: E402
from desktop.models import NeedDomain, RequesterKind, Student  # noqa: E402
from desktop.services.actor import Actor  # noqa: E402
from desktop.services.case_workflow import file_request  # noqa: E402
from desktop.services.setup import find_account  # noqa: E402
from desktop.storage.vault import Vault  # noqa: E402
from tests.conftest import TEST_KDF  # noqa: E402
from tests.need_domains import a_need_domain  # noqa: E402

# Like the suite itself: slots made with the cheap test costs are not re-hashed at each open.
Vault.minimum_kdf = TEST_KDF


def out(line: str) -> None:
    """One line to stdout in a single write, so lines of parent and child never interleave."""
    os.write(1, (line.replace("\n", " ") + "\n").encode("utf-8"))


def writer(data_dir: str, user: str, password: str, start: int) -> None:
    """Open the vault and file requests for ever, acknowledging each one once its commit returned.

    Each commit writes a support request, its two domain links and an audit event: a partial commit
    would show as a request without its links or its audit event.
    """
    vault = Vault.open(Path(data_dir), user, password)
    with vault.session() as session:
        staff = find_account(session, user)
        assert staff is not None
        actor = Actor.of(staff)
        student_id = session.scalars(select(Student.id).order_by(Student.id).limit(1)).one()
        domain_ids = list(session.scalars(select(NeedDomain.id).order_by(NeedDomain.id).limit(2)))
        out("ready")
        number = start
        while True:
            request = file_request(
                session,
                actor,
                student_id=student_id,
                requester_kind=RequesterKind.STAFF,
                description=f"writer-{number:06d}",
                domain_ids=domain_ids,
            )
            out(f"ack {number} {request.id}")
            number += 1


def fill(data_dir: str, user: str, password: str, limit: int, size: int) -> None:
    """Write with files limited to ``limit`` bytes (RLIMIT_FSIZE): the 'disk' is full for this process.

    Opens the vault first (unlimited), then lowers the limit and files one request of ``size`` bytes.
    Reports ``error <type> <message>`` for the failure, closes the vault and exits.
    """
    vault = Vault.open(Path(data_dir), user, password)
    # Without this the kernel kills the process with SIGXFSZ instead of failing the write (EFBIG).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        with vault.session() as session:
            staff = find_account(session, user)
            assert staff is not None
            actor = Actor.of(staff)
            student_id = session.scalars(select(Student.id).order_by(Student.id).limit(1)).one()
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
            out("limited")
            try:
                file_request(
                    session,
                    actor,
                    student_id=student_id,
                    requester_kind=RequesterKind.STAFF,
                    domain_ids=a_need_domain(session),
                    description="full-" + "가" * size,
                )
            except Exception as exc:
                session.rollback()
                out(f"error {type(exc).__name__} {str(exc).splitlines()[0][:300]}")
            else:
                out("stored")
    finally:
        vault.close()
    out("closed")


def fill_keys(data_dir: str, user: str, password: str, new_password: str, limit: int) -> None:
    """Change a password (rewrites school.keys) with files limited to ``limit`` bytes."""
    from tests.conftest import TEST_KDF

    vault = Vault.open(Path(data_dir), user, password)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
        out("limited")
        try:
            vault.change_password(user, password, new_password, kdf=TEST_KDF)
        except Exception as exc:
            out(f"error {type(exc).__name__} {str(exc).splitlines()[0][:300]}")
        else:
            out("stored")
    finally:
        vault.close()
    out("closed")


def migrator(data_dir: str, user: str, password: str, scripts: str) -> None:
    """Open the vault with ``scripts`` as the migrations folder, so opening runs their upgrade."""
    migrate.MIGRATIONS_DIR = Path(scripts)
    out("ready")
    vault = Vault.open(Path(data_dir), user, password)
    out("migrated")
    vault.close()
    out("closed")


def rotator(data_dir: str, user: str, password: str, start: int) -> None:
    """Add a temporary account's slot, then revoke it (which rotates the data key), for ever.

    ``removing N`` is printed once slot N is out of the key file, ``rotated N`` once the data key has
    been rotated; a kill can land anywhere, the re-encryption included.
    """
    from tests.conftest import TEST_KDF

    vault = Vault.open(Path(data_dir), user, password)
    out("ready")
    number = start
    try:
        while True:
            vault.set_password(f"temp{number}", f"temporary password {number}", kdf=TEST_KDF)
            vault.remove_slot(f"temp{number}")
            out(f"removing {number}")
            if not vault.complete_revocation():
                out(f"error rotation did not run: {vault.rotation_error}")
                return
            out(f"rotated {number}")
            number += 1
    finally:
        vault.close()


def holder(data_dir: str, user: str, password: str) -> None:
    """Open the vault and keep it open until killed."""
    vault = Vault.open(Path(data_dir), user, password)
    out("ready")
    signal.pause()
    vault.close()


JOBS: dict[str, Any] = {
    "writer": writer,
    "fill": fill,
    "fill_keys": fill_keys,
    "migrator": migrator,
    "holder": holder,
    "rotator": rotator,
}


def main() -> None:
    out("zygote")
    for line in sys.stdin:
        command = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                JOBS[command["job"]](**command["args"])
            except BaseException as exc:
                detail = traceback.format_exception_only(exc)[-1].strip()
                out(f"error {type(exc).__name__} {detail[:300]}")
                code = 1
            finally:
                os._exit(code)
        out(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        out(f"done {pid} {status}")


if __name__ == "__main__":
    main()
