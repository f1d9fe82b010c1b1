"""Costs of the key protection on the large school: what one password guess costs an attacker
who copied school.keys (Argon2id at the default costs), and how long revoking a password takes
(the data-key rotation re-encrypts school.db).

    python -m benchmarks.security_bench large
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

from benchmarks.data_bench import private_copy
from benchmarks.figures import Figure, emit, median, timed
from desktop.storage.keyslots import DEFAULT_KDF, derive_kek
from desktop.storage.vault import DB_NAME, Vault


def measure_guess_cost() -> Figure:
    salt = secrets.token_bytes(16)
    samples = timed(lambda: derive_kek(b"a guessed password", salt, DEFAULT_KDF))
    seconds = median(samples)
    return Figure(
        key="password_guesses_per_second",
        label=(
            f"Password guesses per second against one slot (Argon2id {DEFAULT_KDF.memory_kib // 1024} MiB, "
            f"t={DEFAULT_KDF.time_cost}, p={DEFAULT_KDF.parallelism}; {seconds:.2f} s a guess)"
        ),
        value=1.0 / seconds,
        unit="",
        target=1 / 0.3,
        samples=tuple(samples),
        method=(
            "One Argon2id derivation at the default slot costs, as an attacker with a copy of school.keys "
            "pays for each guess; median of 5 after a warm-up, shown as guesses per second (target: a "
            "guess costs at least 0.3 s)"
        ),
    )


def measure_rotation(data_dir: Path, username: str, password: str) -> Figure:
    with private_copy(data_dir) as copy:
        vault = Vault.open(copy, username, password)
        try:
            size = (copy / DB_NAME).stat().st_size
            samples = timed(vault.rotate_data_key, runs=3)
            with vault.session() as session:
                session.connection().exec_driver_sql("SELECT count(*) FROM student").fetchone()
        finally:
            vault.close()
    return Figure(
        key="key_rotation",
        label=f"Data-key rotation of the large school ({size / 1e6:.0f} MB), as after a revoked password",
        value=median(samples),
        unit="s",
        target=10.0,
        samples=tuple(samples),
        method=(
            "Vault.rotate_data_key: school.db re-encrypted under a new key into school.db.next "
            "(sqlcipher_export), cipher_integrity_check and quick_check of it, the key file re-sealed, both "
            "renamed into place; median of 3 after a warm-up"
        ),
    )


def main(argv: list[str]) -> int:
    from benchmarks.generate import ensure_dataset

    dataset = ensure_dataset(argv[0] if argv else "large")
    emit([measure_guess_cost(), measure_rotation(dataset.data_dir, dataset.username, dataset.password)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
