"""Fill the Korean translation file's new messages.

Usage (after `pyside6-lupdate … -ts resources/translations/dodam_ko.ts`; `make translations` runs
both, then compiles):

    python tools/fill_ko.py [resources/translations/dodam_ko.ts]

The .ts file is where the Korean texts live: lupdate keeps every translation whose source and
context are unchanged, and a translator may edit them there (Qt Linguist or a text editor). Only
the messages lupdate adds or changes arrive without a translation ("unfinished"): this fills them
from `ko_new_strings.py` (by context and English source, or by source alone), a plural message
(%n) with its single Korean form. Messages still without one are listed and keep
`type="unfinished"`; the exit status is then 1. Once filled, the entries in `ko_new_strings.py`
may be deleted: the .ts keeps them.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ko_new_strings import KO_NEW, KO_NEW_IN_CONTEXT

DEFAULT_TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "dodam_ko.ts"


def korean_for(context: str, source: str) -> str | None:
    return KO_NEW_IN_CONTEXT.get((context, source), KO_NEW.get(source))


def fill(ts_path: Path) -> list[tuple[str, str]]:
    """Write the new translations into the .ts file; the (context, source) pairs still missing."""
    tree = ET.parse(ts_path)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            if translation.get("type") != "unfinished" and _has_text(translation):
                continue  # translated already: the .ts keeps it
            korean = korean_for(name, source)
            if korean is None:
                missing.append((name, source))
                translation.set("type", "unfinished")
                continue
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                ET.SubElement(translation, "numerusform").text = korean
            else:
                translation.text = korean
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def _has_text(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    if forms:
        return all(form.text for form in forms)
    return bool(translation.text)


def main(argv: list[str]) -> int:
    ts_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_TS
    missing = fill(ts_path)
    for context, source in missing:
        print(f"missing: [{context}] {source!r}", file=sys.stderr)
    print(f"{ts_path.name}: {len(missing)} message(s) without a Korean translation")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
