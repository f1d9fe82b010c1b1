"""The roster import dialog: mapping, counts, every rejected row with its reason, and the
all-or-nothing Import; the Students list refreshes afterwards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services import listing
from desktop.ui.context import AppContext
from desktop.ui.students.roster_import_dialog import RosterImportDialog
from desktop.ui.students.students_view import StudentsView
from tests.ui.helpers import refreshed, wait_loaded

HEADER = "학년,반,번호,성명,성별,생년월일,보호자명,관계"


def write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_good_file_is_previewed_then_imported_and_the_list_refreshes(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], tmp_path: Path
) -> None:
    ctx = demo_context("coordinator")
    view = StudentsView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    before = view.model.rowCount()
    existing = view.model.row_at(0)
    roster = write(
        tmp_path / "전입생.csv",
        [
            "2026학년도 전입생 명렬표",
            HEADER,
            "6,9,1,전입일,남,2014.03.01,전보호,부",
            "6,9,2,전입이,여,2014.05.02,,",
        ],
        encoding="cp949",
    )
    dialog = view.import_dialog(roster)
    assert isinstance(dialog, RosterImportDialog)
    qtbot.addWidget(dialog)

    assert "성명 → name" in dialog.mapping_label.text()
    assert "관계 → guardian's relation" in dialog.mapping_label.text()
    assert dialog.counts_label.text() == "2 new, 0 updated, 0 unchanged, 0 rejected"
    assert dialog.rejected_table.isHidden()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.status_label.text() == "Imported: 2 new students, 0 updated, 0 unchanged."
    assert not dialog.import_button.isEnabled()
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == before + 2
    names = {r.name for r in view.model.rows()}
    assert {"전입일", "전입이", existing.name} <= names


def test_rejected_rows_are_listed_and_nothing_is_imported(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], tmp_path: Path
) -> None:
    ctx = demo_context("coordinator")
    before = len(ctx.read(listing.students))
    roster = write(
        tmp_path / "bad.csv",
        [
            HEADER,
            "6,9,1,전입일,남,2014.03.01,,",
            "6,9,1,전입이,여,2014.05.02,,",
            "6,9,3,,여,,,",
            "6,9,4,전입사,X,,,",
        ],
    )
    dialog = RosterImportDialog(ctx, roster)
    qtbot.addWidget(dialog)
    assert dialog.counts_label.text() == "1 new, 0 updated, 0 unchanged, 3 rejected"
    assert not dialog.rejected_table.isHidden()
    model = dialog.rejected_model
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert rows == [
        ("3", "duplicate 6학년 9반 1번: also on row 2"),
        ("4", "missing name (성명)"),
        ("5", "bad sex (성별) “X”: use 남 or 여"),
    ]
    assert not dialog.import_button.isEnabled()
    assert "3 rows cannot be imported" in dialog.status_label.text()
    dialog.do_import()  # even if called, nothing is stored
    assert len(ctx.read(listing.students)) == before


def test_a_file_that_is_not_a_roster_says_why(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], tmp_path: Path
) -> None:
    ctx = demo_context("coordinator")
    before = len(ctx.read(listing.students))
    png = tmp_path / "사진.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    dialog = RosterImportDialog(ctx, png)
    qtbot.addWidget(dialog)
    assert "사진.csv is not a readable roster file" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.counts_label.text() == ""

    # Choosing another file in the same dialog checks it afresh.
    good = write(tmp_path / "good.csv", [HEADER, "6,9,1,전입일,남,2014.03.01,,"])
    dialog.load(good)
    assert dialog.import_button.isEnabled()
    assert dialog.counts_label.text().startswith("1 new")
    assert len(ctx.read(listing.students)) == before
