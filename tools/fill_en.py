"""Fill the English translation file: the singular and plural forms of every "%n" message.

The interface's source strings are English already, so `dodam_en.ts` holds only the plural
messages (`pyside6-lupdate … -pluralonly`): "%n case(s)" shows as "1 case" / "3 cases".

Usage (what `make translations` runs):

    pyside6-lupdate $(find desktop -name '*.py') -pluralonly -no-obsolete \
        -source-language en -target-language en -ts resources/translations/dodam_en.ts
    python tools/fill_en.py [resources/translations/dodam_en.ts]
    pyside6-lrelease resources/translations/dodam_en.ts -qm resources/translations/dodam_en.qm

lupdate does not see the count of `QCoreApplication.translate(context, text, None, n)` calls, so
those messages (EXTRA_NUMERUS) are added here. A plural message without English forms is listed and
keeps `type="unfinished"`; the exit status is then 1.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT_TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "dodam_en.ts"

LOCKOUT = (
    "Too many failed log-ins for this user name. Wait %n minute(s), then try again (until {time}). "
    "Forgot the password? The recovery code still works."
)
LOCKOUT_FILE = (
    "The file that counts failed log-ins (school.lockout) was missing or damaged, so every "
    "account waits %n minute(s) before logging in (until {time}); this will be recorded in "
    "the audit log. The recovery code still works."
)
RECOVERY_LOCKOUT = "Too many wrong recovery codes. Wait %n minute(s), then try again (until {time})."
ROSTER_ERRORS = (
    "%n row(s) cannot be imported. Nothing will be imported until the file is corrected; "
    "fix the rows listed and choose the file again."
)

# English source -> (one, other).
EN_PLURALS: dict[str, tuple[str, str]] = {
    "%n case(s)": ("%n case", "%n cases"),
    "%n request(s) waiting": ("%n request waiting", "%n requests waiting"),
    "The PIN is not correct. %n try(s) left.": (
        "The PIN is not correct. %n try left.",
        "The PIN is not correct. %n tries left.",
    ),
    "%n meeting(s)": ("%n meeting", "%n meetings"),
    "%n note(s)": ("%n note", "%n notes"),
    "%n page(s)": ("%n page", "%n pages"),
    "%n referral(s)": ("%n referral", "%n referrals"),
    "%n open loop(s)": ("%n open loop", "%n open loops"),
    ROSTER_ERRORS: (
        ROSTER_ERRORS.replace("%n row(s) cannot", "%n row cannot"),
        ROSTER_ERRORS.replace("(s)", "s"),
    ),
    "%n student(s)": ("%n student", "%n students"),
    "%n task(s)": ("%n task", "%n tasks"),
    "%n entries": ("%n entry", "%n entries"),
    "%n interventions · %1 h/week": ("%n intervention · %1 h/week", "%n interventions · %1 h/week"),
    LOCKOUT: (LOCKOUT.replace("minute(s)", "minute"), LOCKOUT.replace("minute(s)", "minutes")),
    LOCKOUT_FILE: (LOCKOUT_FILE.replace("minute(s)", "minute"), LOCKOUT_FILE.replace("minute(s)", "minutes")),
    RECOVERY_LOCKOUT: (
        RECOVERY_LOCKOUT.replace("minute(s)", "minute"),
        RECOVERY_LOCKOUT.replace("minute(s)", "minutes"),
    ),
}

# (context, source) of plural messages lupdate lists without their count (see the module's doc).
EXTRA_NUMERUS: tuple[tuple[str, str], ...] = (
    ("InterventionDialogs", "%n interventions · %1 h/week"),
    ("VaultMessages", LOCKOUT),
)


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def fill(ts_path: Path) -> list[tuple[str, str]]:
    """Write the English forms into the .ts file; the (context, source) pairs still missing."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    for context_name, source in EXTRA_NUMERUS:
        context = _context(root, context_name)
        if not any(m.findtext("source") == source for m in context.iter("message")):
            message = ET.SubElement(context, "message", numerus="yes")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation")
    missing: list[tuple[str, str]] = []
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            message.set("numerus", "yes")
            forms = EN_PLURALS.get(source)
            if forms is None:
                missing.append((name, source))
                translation.set("type", "unfinished")
                continue
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main(argv: list[str]) -> int:
    ts_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_TS
    missing = fill(ts_path)
    for context, source in missing:
        print(f"missing: [{context}] {source!r}", file=sys.stderr)
    print(f"{ts_path.name}: {len(missing)} plural message(s) without English forms")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
