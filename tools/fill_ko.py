"""Fill the Korean translation file from one English → Korean dictionary.

Usage (after `pyside6-lupdate … -ts resources/translations/dodam_ko.ts`):

    python tools/fill_ko.py [resources/translations/dodam_ko.ts]

Every message whose English source is in KO (or in KO_IN_CONTEXT for its context) gets its Korean
text and loses `type="unfinished"`; plural messages (%n) get their single Korean form. Messages
without a translation are listed and keep `type="unfinished"`; the exit status is then 1.
Then compile with `pyside6-lrelease resources/translations/dodam_ko.ts`.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ko_strings import KO, KO_IN_CONTEXT

DEFAULT_TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "dodam_ko.ts"


def korean_for(context: str, source: str) -> str | None:
    return KO_IN_CONTEXT.get((context, source), KO.get(source))


def fill(ts_path: Path) -> list[tuple[str, str]]:
    """Write the translations into the .ts file; the (context, source) pairs still missing."""
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


def main(argv: list[str]) -> int:
    ts_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_TS
    missing = fill(ts_path)
    for context, source in missing:
        print(f"missing: [{context}] {source!r}", file=sys.stderr)
    print(f"{ts_path.name}: {len(missing)} message(s) without a Korean translation")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
