"""A data-key rotation killed with SIGKILL at random moments leaves a school that opens with exactly
one of its two key files (DESIGN §3, desktop/storage/rekey.py).

Each cycle forks a process that adds a temporary account and revokes it again — every revocation
re-encrypts school.db under a new key — and kills it after a random delay. Then this process opens
the school with the administrator's password (which finishes or forgets the interrupted rotation),
checks the database and the audit chain, and tries every revoked password: none may open it.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

from sqlalchemy import func, select

from desktop.models import Student
from desktop.services.audit import verify_chain
from desktop.storage.errors import DatabaseDamagedError, WrongPasswordError
from desktop.storage.keyslots import load_key_file
from desktop.storage.rekey import next_path
from desktop.storage.vault import Vault
from tests.reliability.conftest import ADMIN_PASSWORD, ADMIN_USER, Zygote, make_school

CYCLES = int(os.environ.get("DODAM_ROTATION_KILL_CYCLES", "50"))
STUDENTS = 200
KILL_DELAY = 0.6


def _verify(data_dir: Path, revoked: set[int]) -> None:
    vault = Vault.open(data_dir, ADMIN_USER, ADMIN_PASSWORD)
    try:
        assert not next_path(vault.db_path).exists() and not next_path(vault.keys_path).exists()
        report = vault.check()
        assert report.ok, report.problems
        with vault.session() as session:
            assert verify_chain(session) == []
            assert session.scalar(select(func.count()).select_from(Student)) == STUDENTS
            session.rollback()
        assert not vault.rotation_pending
        key_file = load_key_file(vault.keys_path)
        assert load_key_file(vault.keys_path.with_name("school.keys.bak")) == key_file
        # A temporary slot added just before the kill (never revoked) may stay; no revoked one may.
        assert ADMIN_USER in key_file.usernames()
        assert not {f"temp{n}" for n in revoked} & set(key_file.usernames())
    finally:
        vault.close()
    for number in sorted(revoked)[-3:]:
        try:
            Vault.open(data_dir, f"temp{number}", f"temporary password {number}").close()
        except (WrongPasswordError, DatabaseDamagedError):
            continue
        raise AssertionError(f"the revoked password of temp{number} still opens the school")


def test_rotation_killed_at_random_moments_opens_with_the_remaining_passwords(
    tmp_path: Path, zygote: Zygote
) -> None:
    school = make_school(tmp_path / "school", students=STUDENTS)
    rng = random.Random(20261207)
    revoked: set[int] = set()
    rotated = 0
    killed_mid_rotation = 0
    started = time.monotonic()
    number = 0
    for _cycle in range(CYCLES):
        zygote.start("rotator", data_dir=str(school), user=ADMIN_USER, password=ADMIN_PASSWORD, start=number)
        assert zygote.wait_for("ready"), zygote.job
        zygote.pump(rng.uniform(0.0, KILL_DELAY))
        job = zygote.kill()
        assert not job.errors(), job.errors()
        removing = [int(line.split()[1]) for line in job.lines if line.startswith("removing ")]
        done = [int(line.split()[1]) for line in job.lines if line.startswith("rotated ")]
        revoked.update(removing)
        rotated += len(done)
        if len(removing) > len(done):
            killed_mid_rotation += 1
        number = max(removing, default=number - 1) + 1
        _verify(school, revoked)
    elapsed = time.monotonic() - started
    # The kills must really land inside rotations, and rotations must really complete.
    assert killed_mid_rotation >= CYCLES // 5, killed_mid_rotation
    assert rotated >= CYCLES // 4, rotated
    print(
        f"\nkill-rotation: {CYCLES} cycles, {rotated} rotations completed, "
        f"{killed_mid_rotation} kills during a rotation, {elapsed:.1f} s"
    )
