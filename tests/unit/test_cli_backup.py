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
    assert not list(school.glob("pre-restore-*"))

    done = restore(school, folder)
    assert done.returncode == 0, done.stderr
    [pre] = list(school.glob("pre-restore-*"))
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
    # ... and in the set-aside database, whose last event it is: nothing else was changed there.
    aside = Vault.open(pre, "coordinator", PASSWORD)
    try:
        with aside.session() as session:
            last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
            assert last.action == "restore" and last.detail["replaced_by_backup"] is True
            assert last.detail["backup"] == folder.name
    finally:
        aside.close()


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


def _add_homeroom(data: Path) -> None:
    from desktop.models import Role, StaffAccount
    from desktop.storage.vault import Vault
    from tests.conftest import TEST_KDF

    with Vault.open(data, "coordinator", PASSWORD) as vault:
        with vault.session() as session:
            session.add(
                StaffAccount(
                    username="homeroom",
                    display_name="담임",
                    role=Role.HOMEROOM,
                    homeroom_grade=1,
                    homeroom_class=1,
                )
            )
            session.commit()
        vault.set_password("homeroom", "homeroom password 1", kdf=TEST_KDF)


def test_restore_as_homeroom_is_refused_exit_9(school: Path, tmp_path: Path) -> None:  # noqa: F811
    _add_homeroom(school)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert backup(school, usb).returncode == 0
    [folder] = list(usb.iterdir())
    before = digest(school / "school.db"), digest(school / "school.keys")
    refused = run(
        ["restore", str(folder), "--data-dir", str(school), "--user", "homeroom", "--password-stdin"],
        "homeroom password 1\n",
    )
    assert refused.returncode == 9, refused.stderr
    assert "Only an active administrator" in refused.stderr
    assert digest(school / "school.keys") == before[1]
    assert not list(school.glob("pre-restore-*"))
    # The school was not replaced: its audit log goes on, with the refusal as its last event.
    from sqlalchemy import select

    from desktop.models import AuditEvent
    from desktop.storage.vault import Vault

    with Vault.open(school, "coordinator", PASSWORD) as vault, vault.session() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert (last.action, last.actor_name) == ("restore", "homeroom")
        assert last.detail["refused"] == "not an active administrator"


def test_restore_with_a_changed_password_reads_the_backup_password_from_a_second_line(
    school: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    from desktop.storage.vault import Vault
    from tests.conftest import TEST_KDF

    usb = tmp_path / "usb"
    usb.mkdir()
    assert backup(school, usb).returncode == 0
    [folder] = list(usb.iterdir())
    with Vault.open(school, "coordinator", PASSWORD) as vault:
        vault.set_password("coordinator", "새 비밀번호 2027", kdf=TEST_KDF)
    args = ["restore", str(folder), "--data-dir", str(school), "--user", "coordinator", "--password-stdin"]
    one_line = run(args, "새 비밀번호 2027\n")
    assert one_line.returncode == 3
    assert "second line" in one_line.stderr
    two_lines = run(args, "새 비밀번호 2027\n" + PASSWORD + "\n")
    assert two_lines.returncode == 0, two_lines.stderr
    assert "disaster" not in two_lines.stdout


def test_restore_of_another_school_needs_its_name_and_disaster_recovery_says_so(
    school: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    from desktop.services.setup import initialise_school
    from desktop.storage.vault import Vault
    from tests.conftest import TEST_KDF

    other = tmp_path / "other"
    vault, _code = Vault.create(other, "coordinator", PASSWORD, kdf=TEST_KDF)
    with vault.session() as session:
        initialise_school(
            session, school_name="옆학교", admin_username="coordinator", admin_display_name="담당"
        )
    other_id = vault.database_id
    vault.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    assert backup(other, usb).returncode == 0
    [folder] = list(usb.iterdir())
    before = digest(school / "school.db"), digest(school / "school.keys")
    args = ["restore", str(folder), "--data-dir", str(school), "--user", "coordinator", "--password-stdin"]
    unconfirmed = run(args, PASSWORD + "\n")
    assert unconfirmed.returncode == 2
    assert "시험초등학교" in unconfirmed.stderr and "옆학교" in unconfirmed.stderr
    assert other_id in unconfirmed.stderr and "--confirm-school" in unconfirmed.stderr
    assert (digest(school / "school.db"), digest(school / "school.keys")) == before
    confirmed = run([*args, "--confirm-school", "시험초등학교"], PASSWORD + "\n")
    assert confirmed.returncode == 0, confirmed.stderr
    assert "another school" in confirmed.stdout

    # The key file lost: only a disaster recovery by the backup's administrator.
    assert not (school / "school.keys.bak").exists()  # the old school's went aside with it
    (school / "school.keys").unlink()
    recovered = run([*args, "--confirm-school", "옆학교"], PASSWORD + "\n")
    assert recovered.returncode == 0, recovered.stderr
    assert "disaster recovery" in recovered.stdout


def test_restore_help_documents_the_rights(capsys) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from desktop.app import main

    with pytest.raises(SystemExit):
        main(["restore", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "active administrator" in out and "--confirm-school" in out and "disaster recovery" in out
