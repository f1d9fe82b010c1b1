"""Korean for messages the code has added since the last `make translations`.

`tools/fill_ko.py` copies these into resources/translations/dodam_ko.ts (where every Korean text
lives) for the messages lupdate marked unfinished. Keyed by (context, English source) — the
context is the class whose `self.tr` says it — or by the English source alone for any context.
Entries can be removed once `make translations` has run: the .ts keeps them.
"""

from __future__ import annotations

KO_NEW_IN_CONTEXT: dict[tuple[str, str], str] = {}

KO_NEW: dict[str, str] = {}
