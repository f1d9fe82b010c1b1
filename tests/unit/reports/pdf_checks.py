"""Fixtures and helpers of the report tests: the demo school (made once per session, copied per
test) and functions that read a PDF back. Imported by tests/unit/reports/conftest.py and by
tests/unit/test_cli_reports.py."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest


@pytest.fixture(scope="session")
def demo_school_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo school, created once for the session with the cheap test KDF."""
    from desktop.services.demo import create_demo_school
    from tests.conftest import TEST_KDF

    folder = tmp_path_factory.mktemp("reports-demo") / "Dodam-demo"
    create_demo_school(folder, kdf=TEST_KDF)
    return folder


@pytest.fixture
def demo_folder(demo_school_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo school for one test."""
    target = tmp_path / "Dodam-demo"
    shutil.copytree(demo_school_template, target, ignore=shutil.ignore_patterns("*.lock"))
    return target


@pytest.fixture
def demo_vault(demo_folder: Path) -> Iterator[Any]:
    """The copied demo school, open (as the coordinator's key slot)."""
    from desktop.services.demo import DEMO_PASSWORD
    from desktop.storage.vault import Vault

    vault = Vault.open(demo_folder, "coordinator", DEMO_PASSWORD, migrate=False)
    try:
        yield vault
    finally:
        vault.close()


def pdf_text(data: bytes) -> list[str]:
    """The text of each page."""
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def unembedded_fonts(data: bytes) -> list[str]:
    """Fonts of the PDF (pages and form XObjects) that are not embedded: every font must have
    a FontFile2/FontFile3 (or FontFile) in its descriptor, or be Type0 with such a descendant."""

    def embedded(font: Any) -> bool:
        font = font.get_object()
        if font.get("/Subtype") == "/Type0":
            return all(embedded(d) for d in font["/DescendantFonts"])
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            return False
        descriptor = descriptor.get_object()
        return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))

    missing: list[str] = []
    seen = 0

    def walk(resources: Any) -> None:
        nonlocal seen
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            seen += 1
            if not embedded(font):
                missing.append(str(font.get_object().get("/BaseFont")))
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if "/Resources" in xobject:
                walk(xobject["/Resources"])

    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        walk(page["/Resources"])
    assert seen > 0, "the PDF names no font at all"
    return missing


def squash(text: str) -> str:
    """Text without white space, so a word broken over lines by extraction still matches."""
    return "".join(text.split())
