"""The user guide (docs/): every image a guide shows exists, every image in docs/images is shown by
a guide, the Korean and English guides have the same sections and show the same screenshots (each
in its own language), and the README links to both."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
GUIDES = {"ko": DOCS / "user-guide.ko.md", "en": DOCS / "user-guide.en.md"}
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
SECTION = re.compile(r"^(#{2,3}) ", re.MULTILINE)


def images_of(guide: Path) -> list[Path]:
    return [(guide.parent / link).resolve() for link in IMAGE.findall(guide.read_text(encoding="utf-8"))]


def test_every_image_a_guide_shows_exists() -> None:
    for guide in GUIDES.values():
        missing = [str(p.relative_to(ROOT)) for p in images_of(guide) if not p.is_file()]
        assert images_of(guide), f"{guide.name} shows no screenshot"
        assert missing == [], f"{guide.name} shows missing images: {missing}"


def test_every_image_in_docs_images_is_shown_by_a_guide() -> None:
    shown = {p for guide in GUIDES.values() for p in images_of(guide)}
    unused = [
        str(p.relative_to(ROOT)) for p in sorted((DOCS / "images").rglob("*.png")) if p.resolve() not in shown
    ]
    assert unused == []


def test_each_guide_shows_the_screenshots_of_its_own_language() -> None:
    for language, guide in GUIDES.items():
        wrong = [p.name for p in images_of(guide) if p.parent.name != language]
        assert wrong == [], f"{guide.name} shows images of another language: {wrong}"
    names = {language: [p.name for p in images_of(guide)] for language, guide in GUIDES.items()}
    assert names["ko"] == names["en"]


def test_both_guides_have_the_same_sections() -> None:
    levels = {
        language: SECTION.findall(guide.read_text(encoding="utf-8")) for language, guide in GUIDES.items()
    }
    assert len(levels["ko"]) >= 6
    assert levels["ko"] == levels["en"]
    # The sections are numbered alike ("## 3." / "### 3.2"), so a missing one is named.
    numbers = {
        language: re.findall(r"^#{2,3} (\d+(?:\.\d+)?)\.? ", guide.read_text(encoding="utf-8"), re.MULTILINE)
        for language, guide in GUIDES.items()
    }
    assert numbers["ko"] == numbers["en"]
    assert len(numbers["ko"]) == len(levels["ko"])


def test_the_readme_links_to_both_guides() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for guide in GUIDES.values():
        assert f"]({guide.relative_to(ROOT).as_posix()})" in readme


def test_the_images_are_light() -> None:
    for path in (DOCS / "images").rglob("*.png"):
        assert path.stat().st_size <= 250_000, path.name


def test_the_screenshot_tool_makes_exactly_the_images_the_guides_show() -> None:
    """tools/screenshots.py's SHOTS (read from its source: importing it would start Qt) is the list of
    images each guide shows, so regenerating them neither misses one nor leaves a stale one."""
    import ast

    tree = ast.parse((ROOT / "tools" / "screenshots.py").read_text(encoding="utf-8"))
    shots = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "SHOTS"
    )
    for guide in GUIDES.values():
        assert {p.stem for p in images_of(guide)} == set(shots), guide.name
