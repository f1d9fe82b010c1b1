"""The live data folder must be on this PC's disk: network shares and drives are refused with a
clear message (SQLite's locks are not safe there); Korean folder names work."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.storage import vault as vault_module
from desktop.storage.errors import NetworkLocationError
from desktop.storage.location import make_private, mount_type, shared_access, unc_share
from desktop.storage.vault import Vault
from tests.unit.storage.conftest import CHEAP_KDF, PASSWORD, USER, ClosedVault, sha256


@pytest.mark.parametrize(
    ("path", "share"),
    [
        (r"\\nas\교무실\도담", True),
        ("//nas/share/Dodam", True),
        (r"\\?\UNC\nas\share\Dodam", True),
        (r"\\?\C:\Users\교사\AppData\Local\Dodam", False),
        (r"C:\Users\교사\AppData\Local\Dodam", False),
        ("/home/교사/.local/share/Dodam", False),
    ],
)
def test_unc_paths_are_network_shares(path: str, share: bool) -> None:
    assert unc_share(path) is share


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//nas/share /mnt/nas cifs rw,relatime 0 0
nas:/export /mnt/nfs nfs4 rw 0 0
user@host:/srv /mnt/with\\040space fuse.sshfs rw 0 0
/dev/sdb1 /mnt/nasx ext4 rw 0 0
"""


def test_the_mount_that_holds_a_folder_gives_its_file_system() -> None:
    assert mount_type("/mnt/nas/도담", MOUNTS) == "cifs"
    assert mount_type("/mnt/nas", MOUNTS) == "cifs"
    assert mount_type("/mnt/nfs/a/b", MOUNTS) == "nfs4"
    assert mount_type("/mnt/with space/도담", MOUNTS) == "fuse.sshfs"
    assert mount_type("/mnt/nasx/도담", MOUNTS) == "ext4"  # not inside /mnt/nas
    assert mount_type("/home/교사", MOUNTS) == "ext4"


def test_creating_a_school_in_a_network_folder_is_refused_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vault_module, "network_kind", lambda folder: "drive")
    target = tmp_path / "Z드라이브" / "도담"
    with pytest.raises(NetworkLocationError) as caught:
        Vault.create(target, USER, PASSWORD, kdf=CHEAP_KDF)
    assert caught.value.exit_code == 10
    assert "network folder" in caught.value.user_message and "backups may go" in caught.value.user_message
    assert not target.exists()


def test_opening_a_school_that_sits_in_a_network_folder_is_refused(
    closed_vault: ClosedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {p.name: sha256(p) for p in closed_vault.data_dir.iterdir()}
    monkeypatch.setattr(vault_module, "network_kind", lambda folder: "share")
    with pytest.raises(NetworkLocationError):
        Vault.open(closed_vault.data_dir, USER, PASSWORD)
    assert {p.name: sha256(p) for p in closed_vault.data_dir.iterdir()} == before
    monkeypatch.undo()
    with Vault.open(closed_vault.data_dir, USER, PASSWORD) as vault:  # the same folder, local: opens
        assert vault.check().ok


def test_a_korean_folder_name_works(tmp_path: Path) -> None:
    folder = tmp_path / "도담초등학교 자료 #1" / "학생맞춤통합지원팀"
    vault, _code = Vault.create(folder, USER, PASSWORD, kdf=CHEAP_KDF)
    vault.close()
    with Vault.open(folder, USER, PASSWORD) as reopened:
        assert reopened.check().ok


def test_the_command_line_refuses_a_unc_data_folder_with_its_own_exit_code(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "check",
            "--data-dir",
            "//nas/share/도담",
            "--user",
            USER,
            "--password-stdin",
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 10, done.stderr
    assert "network folder" in done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_shared_access_on_posix(tmp_path: Path) -> None:
    private = tmp_path / "private"
    private.mkdir()
    os.chmod(private, 0o700)
    assert shared_access(private) is None
    os.chmod(private, 0o750)
    assert shared_access(private) == "open"
    # A folder still to be made, in a parent everyone may write without the sticky bit.
    everyone = tmp_path / "everyone"
    everyone.mkdir()
    os.chmod(everyone, 0o777)
    assert shared_access(everyone / "Dodam") == "parent"
    os.chmod(everyone, 0o1777)  # like /tmp: others cannot replace what is not theirs
    assert shared_access(everyone / "Dodam") is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_make_private_narrows_only_dodams_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "pre-restore-20250101-000000").mkdir(parents=True)
    names = ["school.db", "school.db-wal", "school.db.pre-0001", "school.keys.bak", "school.lockout"]
    for name in [*names, "pre-restore-20250101-000000/school.db", "photo.jpg"]:
        (data / name).write_bytes(b"x")
        os.chmod(data / name, 0o644)
    os.chmod(data, 0o755)
    os.chmod(data / "pre-restore-20250101-000000", 0o755)
    make_private(data)
    mode = lambda name: stat.S_IMODE((data / name).stat().st_mode)  # noqa: E731
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert all(mode(name) == 0o600 for name in names)
    assert mode("pre-restore-20250101-000000") == 0o700
    assert mode("pre-restore-20250101-000000/school.db") == 0o600
    assert mode("photo.jpg") == 0o644


def test_shared_access_on_windows_is_outside_the_profile(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    profile = tmp_path / "Users" / "teacher"
    assert shared_access(profile / "AppData" / "Dodam", home=profile) is None
    assert shared_access(tmp_path / "Public" / "Dodam", home=profile) == "outside_profile"
