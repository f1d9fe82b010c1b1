"""The statistics workbook for the district: read back with openpyxl, every numeric cell checked
for small counts, no student name or case code anywhere, audited as an export, written whole or
not at all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, CaseState, StaffAccount, Student, SupportCase
from desktop.reports.stats_export import SUPPRESSED, ExportFailed, export_statistics, suppress
from desktop.services.actor import Actor
from desktop.services.demo import DEMO_PASSWORD, create_demo_school
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.storage.vault import Vault
from tests.conftest import TEST_KDF

SHEETS = ["안내", "상태별", "영역별", "학년별", "지원유형별", "제공기관별", "의뢰상태별", "월별"]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo") / "school"
    create_demo_school(data_dir, kdf=TEST_KDF)
    return data_dir


@pytest.fixture
def db(demo_dir: Path) -> Iterator[Session]:
    vault = Vault.open(demo_dir, "coordinator", DEMO_PASSWORD)
    try:
        with vault.session() as session:
            yield session
    finally:
        vault.close()


def _actor(db: Session, username: str) -> Actor:
    return Actor.of(db.scalars(select(StaffAccount).where(StaffAccount.username == username)).one())


def _cells(path: Path) -> list[Any]:
    workbook = load_workbook(path)
    return [cell.value for ws in workbook for row in ws.iter_rows() for cell in row if cell.value is not None]


def _exports(db: Session) -> list[AuditEvent]:
    return list(db.scalars(select(AuditEvent).where(AuditEvent.action == "export")))


def test_suppress() -> None:
    assert [suppress(n) for n in (0, 1, 2, 3, 4, 5, 17)] == [
        0,
        SUPPRESSED,
        SUPPRESSED,
        SUPPRESSED,
        SUPPRESSED,
        5,
        17,
    ]


def test_the_workbook_has_no_small_counts_and_no_names(db: Session, tmp_path: Path) -> None:
    target = tmp_path / "통계.xlsx"
    before = len(_exports(db))
    sheets = export_statistics(
        db, _actor(db, "coordinator"), target, start=date(2026, 3, 1), end=date(2027, 2, 28)
    )
    assert sheets == len(SHEETS)
    workbook = load_workbook(target)
    assert workbook.sheetnames == SHEETS
    assert "≤4" in workbook["안내"]["B6"].value  # the note explains the suppression

    cells = _cells(target)
    numbers = [v for v in cells if isinstance(v, (int, float)) and not isinstance(v, bool)]
    assert numbers, "the workbook holds counts"
    assert not [n for n in numbers if 1 <= n <= 4]
    assert any(n >= 5 for n in numbers) and 0 in numbers
    assert SUPPRESSED in cells  # the demo has small groups, so some were hidden

    texts = [v for v in cells if isinstance(v, str)]
    names = set(db.scalars(select(Student.name))) | set(db.scalars(select(Student.guardian_name))) - {""}
    codes = set(db.scalars(select(SupportCase.code)))
    assert not [t for t in texts for name in names if name in t]
    assert not [t for t in texts for code in codes if code in t]

    # The state sheet: every state once, with the (suppressed) count of the demo.
    ws = workbook["상태별"]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(rows) == len(CaseState)
    active = db.query(SupportCase).filter(SupportCase.state == CaseState.ACTIVE).count()
    assert ("지원 중", suppress(active)) in rows

    events = _exports(db)
    assert len(events) == before + 1
    event = events[-1]
    assert event.purpose and event.detail["document"] == "statistics_export"
    assert event.detail["pages"] == len(SHEETS)
    assert event.student_id is None


def test_the_head_teacher_may_export_the_principal_may_not(db: Session, tmp_path: Path) -> None:
    assert export_statistics(db, _actor(db, "headteacher"), tmp_path / "a.xlsx") == len(SHEETS)
    before = len(_exports(db))
    for username in ("principal", "homeroom", "counselor"):
        with pytest.raises(PermissionDenied):
            export_statistics(db, _actor(db, username), tmp_path / f"{username}.xlsx")
        assert not (tmp_path / f"{username}.xlsx").exists()
    assert len(_exports(db)) == before


def test_a_period_that_ends_before_it_starts_is_refused(db: Session, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        export_statistics(
            db, _actor(db, "coordinator"), tmp_path / "x.xlsx", start=date(2026, 9, 1), end=date(2026, 3, 1)
        )
    with pytest.raises(ValidationError):
        export_statistics(db, _actor(db, "coordinator"), tmp_path / "x.xlsx", purpose="  ")
    assert not (tmp_path / "x.xlsx").exists()


def test_a_failed_write_leaves_the_old_file_and_no_audit(
    db: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "stats.xlsx"
    target.write_bytes(b"the previous export")
    before = len(_exports(db))

    def disk_full(_src: Any, _dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExportFailed) as info:
        export_statistics(db, _actor(db, "coordinator"), target)
    monkeypatch.undo()
    assert "No space left on device" in str(info.value)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stats.xlsx"]  # no temporary file left
    db.rollback()
    assert len(_exports(db)) == before


def test_a_missing_folder_is_a_clear_error(db: Session, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed):
        export_statistics(db, _actor(db, "coordinator"), tmp_path / "no such folder" / "s.xlsx")


def test_names_that_look_like_formulas_are_written_as_text(db: Session, tmp_path: Path) -> None:
    """A school or a need domain named like a formula stays a name in the workbook: a string
    cell, never a live formula (or link) when the district opens it."""
    from desktop.models import NeedDomain, School
    from desktop.reports.stats_export import build_workbook

    school_name = '=HYPERLINK("http://x","y")'
    domains = ["+1+1", "-2+3", "@SUM(A1:A9)", "=1+1"]
    school = db.scalars(select(School)).one()
    school.name = school_name
    for domain, name in zip(db.scalars(select(NeedDomain).order_by(NeedDomain.id)), domains, strict=False):
        domain.name_ko = name
    db.flush()
    path = tmp_path / "stats.xlsx"
    build_workbook(db).save(path)
    db.rollback()

    workbook = load_workbook(path)
    cells = {cell.value: cell for ws in workbook for row in ws.iter_rows() for cell in row}
    for text in [school_name, *domains]:
        assert text in cells, text
        assert cells[text].data_type == "s", text
    assert not [c.coordinate for c in cells.values() if c.data_type == "f"]
