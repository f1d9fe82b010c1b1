"""`dodam backup` and `dodam restore` as IT staff run them: real processes, real files."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.test_cli import PASSWORD, digest, run, school  # noqa: F401  (fixture)


def backup(data: Path, to: Path, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    return run(
        ["backup", "--data-dir", str(data), "--user", "coordinator", "--password-stdin", "--to", str(to)],
        password + "\n",
    )


def restore(data: Path, path: Path, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    return run(
        ["restore", str(path), "--data-dir", str(data), "--user", "coordinator", "--password-stdin"],
        password + "\n",
    )


def summary(data: Path) -> dict:  # type: ignore[type-arg]
    result = run(
        ["summary", "--json", "--data-dir", str(data), "--user", "coordinator", "--password-stdin"],
        PASSWORD + "\n",
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_backup_then_restore_round_trip(school: Path, tmp_path: Path) -> None:  # noqa: F811
    usb = tmp_path / "USB 백업"
    usb.mkdir()
    made = backup(school, usb)
    assert made.returncode == 0, made.stderr
    assert "verified" in made.stdout
    [folder] = [p for p in usb.iterdir()]
    assert folder.name.startswith("dodam-backup-")
    before_restore = summary(school)

    wrong = restore(school, folder, PASSWORD + "x")
    assert wrong.returncode == 3
    db_hash = digest(school / "school.db")
    assert not list(school.glob("pre-restore-*"))

    done = restore(school, folder)
    assert done.returncode == 0, done.stderr
    [pre] = list(school.glob("pre-restore-*"))
    assert digest(pre / "school.db") == db_hash
    assert str(pre) in done.stdout
    assert summary(school) == before_restore
    ok = run(["check", "--data-dir", str(school), "--user", "coordinator", "--password-stdin"], PASSWORD)
    assert ok.returncode == 0, ok.stderr
    # The restore itself is in the restored school's audit log, with who did it.
    from sqlalchemy import select

    from desktop.models import AuditEvent
    from desktop.storage.vault import Vault

    vault = Vault.open(school, "coordinator", PASSWORD)
    try:
        with vault.session() as session:
            event = session.scalars(select(AuditEvent).where(AuditEvent.action == "restore")).one()
            assert event.actor_name == "coordinator"
            assert event.detail["pre_restore"] == pre.name
    finally:
        vault.close()


def test_backup_errors(school: Path, tmp_path: Path) -> None:  # noqa: F811
    missing = backup(school, tmp_path / "unplugged")
    assert missing.returncode == 1
    assert "cannot be found" in missing.stderr
    wrong = backup(school, tmp_path, PASSWORD + "x")
    assert wrong.returncode == 3
    no_folder = run(
        ["backup", "--data-dir", str(school), "--user", "coordinator", "--password-stdin"], PASSWORD
    )
    assert no_folder.returncode == 2
    assert "No backup folder is set" in no_folder.stderr


def test_restore_damaged_and_missing_key_file(school: Path, tmp_path: Path) -> None:  # noqa: F811
    usb = tmp_path / "usb"
    usb.mkdir()
    assert backup(school, usb).returncode == 0
    [folder] = list(usb.iterdir())
    before = digest(school / "school.db"), digest(school / "school.keys")
    db = folder / "school.db"
    data = bytearray(db.read_bytes())
    data[-100] ^= 0x10
    db.write_bytes(bytes(data))
    damaged = restore(school, folder)
    assert damaged.returncode == 4
    assert "damaged" in damaged.stderr
    (folder / "school.keys").unlink()
    no_keys = restore(school, folder)
    assert no_keys.returncode == 5
    assert (digest(school / "school.db"), digest(school / "school.keys")) == before
    assert not list(school.glob("pre-restore-*"))
