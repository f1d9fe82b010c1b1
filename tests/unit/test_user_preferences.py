"""The per-PC-account preferences file: the remembered data folder and the personal font size."""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs

from desktop import config
from desktop.app import build_parser
from desktop.cli_common import data_dir_of


def test_a_chosen_data_folder_is_remembered_and_opened_without_data_dir(tmp_path: Path) -> None:
    assert config.data_dir_to_open() == config.default_data_dir()
    shared = tmp_path / "Users" / "Public" / "도담 학교"
    config.remember_data_dir(shared)

    path = config.user_preferences_path()
    assert path.parent == Path(platformdirs.user_config_dir("Dodam", appauthor=False, roaming=False))
    assert json.loads(path.read_text(encoding="utf-8"))["data_dir"] == str(shared)
    assert not list(path.parent.glob("*.tmp"))  # written through a temporary file, then renamed
    assert config.data_dir_to_open() == shared
    assert data_dir_of(build_parser().parse_args([])) == shared
    # --data-dir still wins, and the demo keeps its own folder.
    assert data_dir_of(build_parser().parse_args(["--data-dir", str(tmp_path / "x")])) == tmp_path / "x"
    assert data_dir_of(build_parser().parse_args(["--demo"])) == config.demo_data_dir()

    config.remember_data_dir(config.default_data_dir())  # back to the default: the entry goes
    assert "data_dir" not in json.loads(path.read_text(encoding="utf-8"))
    assert data_dir_of(build_parser().parse_args([])) == config.default_data_dir()


def test_a_damaged_preferences_file_means_the_defaults() -> None:
    path = config.user_preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert config.data_dir_to_open() == config.default_data_dir()
    assert config.personal_font_size() is None
    config.remember_font_size(13)  # rewrites the file whole
    assert config.personal_font_size() == 13


def test_the_personal_font_size_keeps_to_the_settings_range() -> None:
    assert config.personal_font_size() is None
    config.remember_font_size(16)
    config.remember_data_dir(Path("/somewhere/else"))
    assert config.personal_font_size() == 16  # one preference does not overwrite the other
    assert config.chosen_data_dir() == Path("/somewhere/else")
    config.write_user_preference(config.FONT_SIZE_KEY, 99)  # e.g. edited by hand
    assert config.personal_font_size() is None
    config.remember_font_size(None)
    assert config.personal_font_size() is None
    try:
        config.remember_font_size(3)
    except ValueError:
        pass
    else:
        raise AssertionError("a font size out of range was stored")
