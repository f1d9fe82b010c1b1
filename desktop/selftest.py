"""`dodam --self-test`: does this build (or checkout) work on this PC?

Creates a demo school in a temporary folder (with the real key-derivation settings, so the build's
Argon2 and SQLCipher are exercised), runs the same integrity check as `dodam check`, prints the
minutes of the demo's latest meeting to a PDF and checks it (a PDF, pages, the Korean font embedded),
then the Qt side (no window is shown: the offscreen platform is used unless another is set): the
translations and the font load, Qt PDF renders the minutes, SVG images can be read and the main window
renders. Each step is printed as it passes; the temporary folder is removed at the end. Exit 0 when
everything passed, 1 with the failed step and the reason on standard error otherwise.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

EXIT_PASSED = 0
EXIT_FAILED = 1
PURPOSE = "self-test of the Dodam build"


class SelfTestError(Exception):
    """A step found something wrong; the message says what."""


@dataclass(frozen=True)
class PdfFacts:
    """What the self-test checks in a printed PDF."""

    pages: int
    embedded_fonts: tuple[str, ...]


_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_FONT_FILE = re.compile(rb"/FontFile[23]?\b")
_BASE_FONT = re.compile(rb"/BaseFont\s*/([A-Z]{6}\+[^\s/<>\[\]()]+)")


def inspect_pdf(data: bytes) -> PdfFacts:
    """The page count and the embedded (subset) fonts of a PDF written by Dodam's reports, or
    SelfTestError saying what is wrong with it. Reads the uncompressed object dictionaries that
    reportlab writes; it is not a general PDF parser."""
    if not data:
        raise SelfTestError("the PDF file is empty")
    if not data.startswith(b"%PDF-"):
        raise SelfTestError("the file does not start with %PDF-: it is not a PDF")
    if not data.rstrip().endswith(b"%%EOF"):
        raise SelfTestError("the PDF is cut short (no %%EOF at its end)")
    pages = len(_PAGE.findall(data))
    if pages == 0:
        raise SelfTestError("the PDF has no pages")
    fonts = tuple(sorted({name.decode("latin-1") for name in _BASE_FONT.findall(data)}))
    if not _FONT_FILE.search(data) or not fonts:
        raise SelfTestError("the PDF has no embedded font: Korean text would not show on another PC")
    if not any("NanumGothic" in name for name in fonts):
        raise SelfTestError(f"the bundled Korean font is not embedded (fonts: {', '.join(fonts)})")
    return PdfFacts(pages=pages, embedded_fonts=fonts)


Command = Callable[[list[str]], int]
"""The command line's entry point (desktop.app.main), handed in by it: the self-test runs its
commands in this process, and the two modules do not import each other."""


def _run_command(main: Command, argv: Sequence[str]) -> str:
    """Run `dodam ARGV` in this process; its standard output, or SelfTestError with its messages."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    if code != 0:
        text = (err.getvalue() or out.getvalue()).strip() or "(no message)"
        raise SelfTestError(f"`dodam {' '.join(argv[2:])}` exited with {code}: {text}")
    return out.getvalue().strip()


class SelfTest:
    """The steps, sharing the temporary folder; `run()` runs them in order."""

    def __init__(self, folder: Path, say: Callable[[str], None], main: Command) -> None:
        self.main = main
        self.folder = folder
        self.school = folder / "demo-school"
        self.pdf = folder / "minutes.pdf"
        self.png = folder / "main-window.png"
        self.pdf_pages = 0
        self.say = say

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("demo school", self.create_demo_school),
            ("check", self.check),
            ("minutes PDF", self.print_minutes),
            ("Qt", self.start_qt),
            ("Qt PDF", self.render_pdf),
            ("main window", self.render_main_window),
        ]

    def create_demo_school(self) -> str:
        from desktop.services.demo import ensure_demo_school

        ensure_demo_school(self.school)
        return f"created in {self.school}"

    def _common(self) -> list[str]:
        return ["--data-dir", str(self.school), "--demo"]

    def check(self) -> str:
        return _run_command(self.main, [*self._common(), "check"])

    def print_minutes(self) -> str:
        command = [*self._common(), "report", "minutes", "--latest", "--out", str(self.pdf)]
        _run_command(self.main, [*command, "--purpose", PURPOSE])
        if not self.pdf.is_file():
            raise SelfTestError(f"no file was written at {self.pdf}")
        facts = inspect_pdf(self.pdf.read_bytes())
        self.pdf_pages = facts.pages
        return (
            f"{self.pdf.stat().st_size:,} bytes, {facts.pages} page{'s' if facts.pages != 1 else ''}, "
            f"fonts embedded: {', '.join(facts.embedded_fonts)}"
        )

    def start_qt(self) -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QLibraryInfo, QTranslator  # noqa: TID251 - the self-test checks Qt
        from PySide6.QtGui import QFontDatabase, QImageReader  # noqa: TID251

        from desktop.ui.application import make_application
        from desktop.ui.paths import resources_dir

        app = make_application("ko")
        problems = []
        dodam_ko = QTranslator()
        if not dodam_ko.load("dodam_ko", str(resources_dir() / "translations")) or dodam_ko.isEmpty():
            problems.append(f"the Korean translation is missing from {resources_dir() / 'translations'}")
        qt_ko = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not qt_ko.load("qtbase_ko", qt_dir):
            problems.append(f"Qt's own Korean strings (qtbase_ko) are missing from {qt_dir}")
        family = app.font().family()
        if family not in QFontDatabase.families() or "Nanum" not in family:
            problems.append(f"the bundled font did not load (the application font is {family!r})")
        if b"svg" not in QImageReader.supportedImageFormats():
            problems.append("Qt cannot read SVG images (the svg image plugin is missing)")
        if problems:
            raise SelfTestError("; ".join(problems))
        return f"platform {app.platformName()}, font {family}, Korean translations, SVG images"

    def render_pdf(self) -> str:
        from PySide6.QtCore import QSize  # noqa: TID251
        from PySide6.QtPdf import QPdfDocument  # noqa: TID251

        document = QPdfDocument()
        try:
            error = document.load(str(self.pdf))
            if error != QPdfDocument.Error.None_:
                raise SelfTestError(f"Qt PDF cannot open the minutes: {error.name}")
            pages = document.pageCount()
            if pages != self.pdf_pages:
                raise SelfTestError(f"Qt PDF sees {pages} pages, the file has {self.pdf_pages}")
            image = document.render(0, QSize(420, 594))
            if image.isNull():
                raise SelfTestError("Qt PDF could not render the first page")
        finally:
            document.close()
        return f"{pages} pages, first page rendered {image.width()}x{image.height()}"

    def render_main_window(self) -> str:
        from PySide6.QtGui import QImage  # noqa: TID251

        from desktop.ui.application import take_screenshot
        from desktop.ui.printing import print_flow  # the print preview (QtPrintSupport, QtPdfWidgets)

        del print_flow
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = take_screenshot(
                self.png, data_dir=self.school, demo=True, language="ko", username=None, password=None
            )
        if code != 0:
            raise SelfTestError(f"the main window did not render (exit {code}): {err.getvalue().strip()}")
        image = QImage(str(self.png))
        if image.isNull() or image.width() < 200 or image.height() < 200:
            raise SelfTestError(f"the main window's picture is empty or too small: {self.png}")
        return f"rendered {image.width()}x{image.height()}"

    def run(self) -> int:
        for number, (name, step) in enumerate(self.steps(), start=1):
            started = time.perf_counter()
            try:
                detail = step()
            except SelfTestError as exc:
                return self._failed(number, name, str(exc))
            except Exception as exc:
                details = "".join(traceback.format_exception(exc)).rstrip()
                return self._failed(number, name, f"{type(exc).__name__}: {exc}\n{details}")
            seconds = time.perf_counter() - started
            self.say(f"[{number}/{len(self.steps())}] {name}: ok ({seconds:.1f} s) — {detail}")
        return EXIT_PASSED

    def _failed(self, number: int, name: str, message: str) -> int:
        print(f"dodam: self-test FAILED at step {number} ({name}): {message}", file=sys.stderr)
        return EXIT_FAILED


def run_self_test(main: Command, *, parent: Path | None = None, out: TextIO | None = None) -> int:
    """Run the self-test in a new temporary folder (inside `parent`, default the system's temporary
    folder), report each step on `out` (default standard output) and remove the folder; an exit code.
    `main`: the command line's entry point, for the steps that run a command."""
    stream = out if out is not None else sys.stdout

    def say(line: str) -> None:
        if stream is not None:  # a windowed build on Windows has no standard output
            print(line, file=stream, flush=True)

    started = time.perf_counter()
    version = _version()
    say(f"Dodam {version} self-test ({'frozen build' if getattr(sys, 'frozen', False) else 'source'})")
    folder = Path(tempfile.mkdtemp(prefix="dodam-selftest-", dir=parent))
    try:
        code = SelfTest(folder, say, main).run()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        print(f"dodam: self-test could not remove its temporary folder {folder}", file=sys.stderr)
        code = code or EXIT_FAILED
    if code == EXIT_PASSED:
        say(f"self-test passed in {time.perf_counter() - started:.1f} s; temporary folder removed")
    return code


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dodam")
    except PackageNotFoundError:
        return "(version unknown)"
