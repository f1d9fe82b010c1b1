"""`dodam report …` as scripts use it: real processes on a copy of the demo school."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from tests.unit.reports.pdf_checks import (
    demo_folder,
    demo_school_template,
    pdf_text,
    squash,
    unembedded_fonts,
)

__all__ = ["demo_folder", "demo_school_template"]  # fixtures used here


def run(args: list[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.dodam_cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
        encoding="utf-8",
    )


def demo_args(folder: Path, user: str = "coordinator") -> list[str]:
    return ["--data-dir", str(folder), "--demo", "--user", user]


def test_report_minutes_latest_and_by_id(demo_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "회의록 최신.pdf"
    done = run(
        [
            "report",
            "minutes",
            "--latest",
            "--out",
            str(out),
            "--purpose",
            "교무회의 보고",
            *demo_args(demo_folder),
        ]
    )
    assert done.returncode == 0, done.stderr
    assert "written" in done.stdout
    data = out.read_bytes()
    text = squash("\n".join(pdf_text(data)))
    assert "회의록" in text and "2026-제12차" in text  # the last meeting held in the demo
    assert "목적:교무회의보고" in text
    assert unembedded_fonts(data) == []

    by_id = tmp_path / "3.pdf"
    done = run(
        [
            "report",
            "minutes",
            "--meeting",
            "3",
            "--out",
            str(by_id),
            "--purpose",
            "보고",
            *demo_args(demo_folder),
        ]
    )
    assert done.returncode == 0, done.stderr
    assert "2026-제3차" in squash("\n".join(pdf_text(by_id.read_bytes())))


def test_report_committee_with_and_without_full_names(demo_folder: Path, tmp_path: Path) -> None:
    from desktop.services.demo import DEMO_PASSWORD
    from desktop.storage.vault import Vault

    vault = Vault.open(demo_folder, "coordinator", DEMO_PASSWORD, migrate=False)
    with vault.session() as session:
        from sqlalchemy import select

        from desktop.models import Student, SupportCase

        names = list(
            session.scalars(select(Student.name).join(SupportCase, SupportCase.student_id == Student.id))
        )
    vault.close()

    masked = tmp_path / "committee.pdf"
    period = ["--from", "2026-03-01", "--to", "2027-02-28"]
    done = run(
        [
            "report",
            "committee",
            *period,
            "--out",
            str(masked),
            "--purpose",
            "위원회",
            *demo_args(demo_folder, "headteacher"),
        ]
    )
    assert done.returncode == 0, done.stderr
    text = squash("\n".join(pdf_text(masked.read_bytes())))
    assert "운영현황보고" in text
    assert not [n for n in names if n in text]

    full = tmp_path / "committee-full.pdf"
    done = run(
        [
            "report",
            "committee",
            *period,
            "--full-names",
            "--out",
            str(full),
            "--purpose",
            "위원회",
            *demo_args(demo_folder, "headteacher"),
        ]
    )
    assert done.returncode == 0, done.stderr
    text = squash("\n".join(pdf_text(full.read_bytes())))
    assert all(n in text for n in names)


def test_refusals_and_usage_errors(demo_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    denied = run(
        [
            "report",
            "minutes",
            "--latest",
            "--out",
            str(out),
            "--purpose",
            "보고",
            *demo_args(demo_folder, "homeroom"),
        ]
    )
    assert denied.returncode == 9
    assert "may not print" in denied.stderr
    assert not out.exists()

    missing = run(
        [
            "report",
            "minutes",
            "--meeting",
            "999",
            "--out",
            str(out),
            "--purpose",
            "보고",
            *demo_args(demo_folder),
        ]
    )
    assert missing.returncode == 2
    assert not out.exists()

    no_purpose = run(["report", "minutes", "--latest", "--out", str(out), *demo_args(demo_folder)])
    assert no_purpose.returncode == 2
    blank_purpose = run(
        ["report", "minutes", "--latest", "--out", str(out), "--purpose", " ", *demo_args(demo_folder)]
    )
    assert blank_purpose.returncode == 2
    both = run(
        [
            "report",
            "minutes",
            "--latest",
            "--meeting",
            "3",
            "--out",
            str(out),
            "--purpose",
            "보고",
            *demo_args(demo_folder),
        ]
    )
    assert both.returncode == 2
    bad_date = run(
        [
            "report",
            "committee",
            "--from",
            "2026-13-01",
            "--to",
            "2026-12-31",
            "--out",
            str(out),
            "--purpose",
            "보고",
            *demo_args(demo_folder),
        ]
    )
    assert bad_date.returncode == 2
    backwards = run(
        [
            "report",
            "committee",
            "--from",
            "2026-12-31",
            "--to",
            "2026-03-01",
            "--out",
            str(out),
            "--purpose",
            "보고",
            *demo_args(demo_folder),
        ]
    )
    assert backwards.returncode == 2
    not_xlsx = run(["export-stats", "--out", str(tmp_path / "stats.csv"), *demo_args(demo_folder)])
    assert not_xlsx.returncode == 2
    assert not out.exists()


if importlib.util.find_spec("desktop.reports.case_documents") is not None:

    def test_report_case_summary(demo_folder: Path, tmp_path: Path) -> None:
        out = tmp_path / "case.pdf"
        done = run(
            [
                "report",
                "case",
                "--case",
                "1",
                "--out",
                str(out),
                "--purpose",
                "사례 회의",
                *demo_args(demo_folder),
            ]
        )
        assert done.returncode == 0, done.stderr
        assert unembedded_fonts(out.read_bytes()) == []


if importlib.util.find_spec("desktop.reports.stats_export") is not None:

    def test_export_stats(demo_folder: Path, tmp_path: Path) -> None:
        out = tmp_path / "stats.xlsx"
        done = run(["export-stats", "--out", str(out), *demo_args(demo_folder, "headteacher")])
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 0
        denied = run(
            ["export-stats", "--out", str(tmp_path / "no.xlsx"), *demo_args(demo_folder, "homeroom")]
        )
        assert denied.returncode == 9
