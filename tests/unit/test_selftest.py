"""`dodam --self-test`: what IT staff see when they run it on a PC, from the source tree
(the frozen build runs the same code: CI runs `dist/dodam/dodam --self-test`)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop import selftest
from desktop.app import main
from desktop.reports.base import FONT, register_fonts
from desktop.selftest import SelfTestError, inspect_pdf, run_self_test
from tests.conftest import TEST_KDF


def _pdf(font: str, pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in range(pages):
        canvas.setFont(font, 12)
        canvas.drawString(72, 720, f"회의록 {number + 1}" if font == FONT else f"page {number + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_self_test_of_the_source_tree_passes_without_a_screen_and_leaves_nothing(tmp_path: Path) -> None:
    temp = tmp_path / "임시 폴더"  # the system's temporary folder, with Korean and a space
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}}
    env.update(TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Dodam ") and "self-test (source)" in lines[0]
    steps = [line for line in lines if line.startswith("[")]
    assert [line.split(":")[0] for line in steps] == [
        "[1/6] demo school",
        "[2/6] check",
        "[3/6] minutes PDF",
        "[4/6] Qt",
        "[5/6] Qt PDF",
        "[6/6] main window",
    ]
    assert all(": ok (" in line for line in steps)
    assert "database, key file and audit log are intact" in steps[1]
    pdf = re.search(r"(\d+) pages?, fonts embedded: .*NanumGothic", steps[2])
    assert pdf is not None, steps[2]
    assert f"{pdf.group(1)} page" in steps[4]  # Qt PDF saw as many pages as the file has
    assert "platform offscreen" in steps[3]
    assert lines[-1].startswith("self-test passed in")
    assert list(temp.iterdir()) == []  # the temporary demo school is gone


def test_a_failing_step_is_named_with_its_reason_exit_1_and_the_folder_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def full_disk(data_dir: Path) -> bool:
        data_dir.mkdir(parents=True)
        (data_dir / "school.db").write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.services.demo.ensure_demo_school", full_disk)
    out = io.StringIO()

    assert run_self_test(main, parent=tmp_path, out=out) == 1

    err = capsys.readouterr().err
    assert "self-test FAILED at step 1 (demo school)" in err
    assert "No space left on device" in err
    assert "[1/6]" not in out.getvalue() and "passed" not in out.getvalue()
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_database_fails_the_check_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services import demo

    real_ensure = demo.ensure_demo_school

    def damaged_demo(data_dir: Path, **_kw: object) -> bool:
        created = real_ensure(data_dir, kdf=TEST_KDF)
        if created:
            db = data_dir / "school.db"
            data = bytearray(db.read_bytes())
            middle = len(data) // 2
            data[middle : middle + 64] = bytes(64)
            db.write_bytes(bytes(data))
        return created

    monkeypatch.setattr(demo, "ensure_demo_school", damaged_demo)
    out = io.StringIO()

    assert run_self_test(main, parent=tmp_path, out=out) == 1

    assert out.getvalue().splitlines()[1].startswith("[1/6] demo school: ok")
    err = capsys.readouterr().err
    assert "self-test FAILED at step 2 (check)" in err
    assert "exited with 4" in err
    assert list(tmp_path.iterdir()) == []


def test_inspect_pdf_counts_pages_and_finds_the_embedded_korean_font() -> None:
    register_fonts()
    facts = inspect_pdf(_pdf(FONT, pages=2))
    assert facts.pages == 2
    assert any(name.endswith("+NanumGothic") for name in facts.embedded_fonts)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"PK\x03\x04 a zip file %%EOF", "not a PDF"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "cut short"),
    ],
)
def test_inspect_pdf_rejects_what_is_not_a_whole_pdf(data: bytes, reason: str) -> None:
    with pytest.raises(SelfTestError, match=reason):
        inspect_pdf(data)


def test_inspect_pdf_rejects_a_pdf_without_the_embedded_font() -> None:
    with pytest.raises(SelfTestError, match="no embedded font"):
        inspect_pdf(_pdf("Helvetica", pages=1))


def test_inspect_pdf_rejects_a_pdf_without_pages() -> None:
    data = _pdf(FONT, pages=1)
    with pytest.raises(SelfTestError, match="no pages"):
        inspect_pdf(re.sub(rb"/Type /Page\b(?!s)", b"/Type /Pagx", data))


def test_self_test_with_a_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test", "check"]) == 2
    assert "--self-test runs alone" in capsys.readouterr().err


def test_self_test_option_dispatches_to_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "run_self_test", lambda _main: 0)
    assert main(["--self-test"]) == 0
    monkeypatch.setattr(selftest, "run_self_test", lambda _main: 1)
    assert main(["--self-test"]) == 1
