"""Passwords of every kind round-trip through key slots; one Dodam at a time per school.

* 1,000 generated passwords (quotes, backslashes, NUL, emoji, Hangul in NFC and NFD, spaces at
  either end, very long ones) wrap the data key and unwrap it again from the saved key file, also
  when typed in the other normal form; a password differing in one character does not unwrap.
  A sample of them also opens a real vault, set with Vault.set_password.
* a second instance is refused while the first runs (a real second process), and a lock left by a
  process killed with SIGKILL is recovered.
"""

from __future__ import annotations

import random
import time
import unicodedata
from pathlib import Path

import pytest

from desktop.storage.errors import WrongPasswordError
from desktop.storage.keyslots import (
    COMPARTMENT_DATA,
    KeyFile,
    load_key_file,
    make_slot,
    new_data_key,
    new_key_pair,
    save_key_file,
    unwrap_slot,
)
from desktop.storage.vault import LOCK_NAME, Vault
from tests.reliability.conftest import ADMIN_PASSWORD, ADMIN_USER, TEST_KDF, Zygote, run_check_process

PASSWORDS = 1000
HANGUL_WORDS = ["도담", "학생맞춤", "각", "힣", "똠방", "갉", "밟다", "읽기"]
PIECES = [
    "'",
    '"',
    "\\",
    "\x00",
    "`",
    "$",
    "%s",
    "{}",
    " ",
    "\t",
    "😀",
    "👩\u200d👩\u200d👧",
    "🇰🇷",
    "ß",
    "İ",
    "é",
    "e\u0301",
    "Å",
    "ﬃ",
    "\u00a0",
    "\u200b",
    "\r\n",
]


def _password(rng: random.Random, index: int) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 12)):
        kind = rng.random()
        if kind < 0.35:
            parts.append(rng.choice(HANGUL_WORDS))
        elif kind < 0.7:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(rng.choice("abcXYZ019!@#") for _ in range(rng.randint(1, 6))))
    text = "".join(parts)
    if index % 50 == 0:
        text = text * 40  # long ones, a few kilobytes
    return text


def _other_form(password: str) -> str:
    nfc = unicodedata.normalize("NFC", password)
    return unicodedata.normalize("NFD", nfc) if nfc == password else nfc


def test_1000_generated_passwords_round_trip_through_saved_key_slots(tmp_path: Path) -> None:
    rng = random.Random(1000)
    kdf = type(TEST_KDF)(memory_kib=64, time_cost=1, parallelism=1)
    database_id = "6f1c8a52-3b0e-4c8e-9a51-0d2f1f6b7a10"
    data_key = new_data_key()
    passwords = [_password(rng, i) for i in range(PASSWORDS)]
    assert sum("\x00" in p for p in passwords) > 50
    assert sum(unicodedata.normalize("NFD", p) != p for p in passwords) > 300
    started = time.monotonic()
    slots = tuple(
        make_slot(
            database_id=database_id,
            kind="password",
            user=f"user{i}",
            secret=p,
            private_key=new_key_pair()[0],
            keys={COMPARTMENT_DATA: data_key},
            kdf=kdf,
        )
        for i, p in enumerate(passwords)
    )
    path = tmp_path / "school.keys"
    save_key_file(path, KeyFile(database_id=database_id, slots=slots, legacy_allowed=False))
    loaded = load_key_file(path)
    for i, password in enumerate(passwords):
        slot = loaded.password_slot(f"user{i}")
        assert slot is not None
        for typed in (password, _other_form(password), unicodedata.normalize("NFD", password)):
            assert unwrap_slot(slot, [database_id], typed) == (data_key, database_id), repr(password)
        wrong = password[:-1] + ("x" if password[-1] != "x" else "y")
        with pytest.raises(WrongPasswordError):
            unwrap_slot(slot, [database_id], wrong)
    print(
        f"\npasswords: {PASSWORDS} round-trips (x3 forms, +1 wrong each), {time.monotonic() - started:.1f} s"
    )


def test_nfd_typed_passwords_open_a_real_vault_set_in_nfc(school: Path) -> None:
    rng = random.Random(77)
    samples = [unicodedata.normalize("NFC", _password(rng, i + 1)) + "도담" for i in range(12)]
    with Vault.open(school, ADMIN_USER, ADMIN_PASSWORD) as vault:
        for i, password in enumerate(samples):
            vault.set_password(f"staff{i}", password, kdf=TEST_KDF)
    for i, password in enumerate(samples):
        Vault.open(school, f"staff{i}", unicodedata.normalize("NFD", password)).close()
        with pytest.raises(WrongPasswordError):
            Vault.open(school, f"staff{i}", password + " ")


def test_second_instance_is_refused_and_a_stale_lock_is_recovered(school: Path, zygote: Zygote) -> None:
    zygote.start("holder", data_dir=str(school), user=ADMIN_USER, password=ADMIN_PASSWORD)
    assert zygote.wait_for("ready"), zygote.job
    pid = zygote.job.pid if zygote.job else 0
    refused = run_check_process(school)
    assert refused.returncode == 6, refused.stderr
    assert f"process {pid}" in refused.stderr
    zygote.kill()
    # The dead holder's lock file is still there, with its pid in it: stale, and taken over.
    assert str(pid) in (school / LOCK_NAME).read_text("utf-8")
    recovered = run_check_process(school)
    assert recovered.returncode == 0, recovered.stderr
    assert recovered.stdout.startswith("ok:")
