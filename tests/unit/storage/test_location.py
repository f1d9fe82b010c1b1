"""The live data folder must be on this PC's disk: network shares and drives are refused with a
clear message (SQLite's locks are not safe there); Korean folder names work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.storage import vault as vault_module
from desktop.storage.errors import NetworkLocationError
from desktop.storage.location import mount_type, unc_share
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
