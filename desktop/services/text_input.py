"""Text as the school types or imports it, made safe to store and to show.

A name or a note is stored in Unicode NFC (the same Hangul typed on two systems compares equal),
without the invisible characters that make text read as something else: direction overrides and
isolates (a right-to-left override turns "김철수‮수민" into what looks like another student's
name), zero-width characters (two "identical" names that do not match in search) and control
characters (a C0 or C1 code point has no business in a name; a multi-line note keeps its line
breaks and tabs).

The rules are attached to the columns of the school's records that hold typed text, so they hold on
every write path — a service, the roster import, the demo — at the moment a value is assigned: the
value the service validates, audits and stores is the cleaned one when the service cleans first
(`clean_line` / `clean_text`), and the assignment cleans whatever was not.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from typing import Any

from sqlalchemy import Enum, String, Text, event
from sqlalchemy.orm import InstrumentedAttribute

from desktop.models import (
    ActionItem,
    AgendaItem,
    CaseNote,
    CaseStateChange,
    Consent,
    Decision,
    Intervention,
    Meeting,
    MeetingAttendee,
    MinutesAddendum,
    NeedCategory,
    NeedDomain,
    Organisation,
    PlanAction,
    PlanGoal,
    Referral,
    School,
    StaffAccount,
    Student,
    SupportCase,
    SupportPlan,
    SupportRequest,
    SupportSession,
    SupportType,
    Task,
)

# Direction marks, embeddings, overrides and isolates (U+200E, U+200F, U+202A–U+202E,
# U+2066–U+2069, U+061C): they reorder what is shown without being seen.
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
# Zero-width space, non-joiner, joiner, word joiner and the byte-order mark.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{BIDI_CONTROLS}{ZERO_WIDTH}]")
# C0 controls, DEL and C1 controls.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_TAB_AND_NEWLINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\x85")


def clean_line(text: str) -> str:
    """A one-line text (a name, a title, a phone number) as it is stored: NFC, with no direction,
    zero-width or control characters; a tab or line break becomes a space. Not stripped (callers
    strip where they always did)."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _LINE_BREAKS.sub(" ", text).replace("\t", " ").replace("\n", " ")
    return _CONTROL.sub("", text)


def clean_text(text: str) -> str:
    """A multi-line free text (a note, a discussion) as it is stored: like `clean_line`, but line
    breaks (as "\\n") and tabs stay."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROL_BUT_TAB_AND_NEWLINE.sub("", text)


def unwanted_characters(text: str, *, multi_line: bool = False) -> list[str]:
    """The characters `clean_line` (or `clean_text`) would remove from `text`, each named as
    "U+XXXX", in order of first appearance — for a refusal that says what was found."""
    found: list[str] = []
    control = _CONTROL_BUT_TAB_AND_NEWLINE if multi_line else _CONTROL
    for char in text:
        if multi_line and char in "\r\u2028\u2029":
            continue
        if _INVISIBLE.match(char) or control.match(char):
            name = f"U+{ord(char):04X}"
            if name not in found:
                found.append(name)
    return found


# Columns that hold codes, keys or hashes keep what the application wrote.
_NOT_TYPED = frozenset({"code", "username", "content_hash", "student_no"})

_RECORDS: tuple[type[Any], ...] = (
    Student,
    StaffAccount,
    School,
    Organisation,
    SupportRequest,
    SupportCase,
    CaseStateChange,
    CaseNote,
    Consent,
    SupportPlan,
    PlanGoal,
    PlanAction,
    Intervention,
    SupportSession,
    Referral,
    Meeting,
    MeetingAttendee,
    AgendaItem,
    Decision,
    ActionItem,
    MinutesAddendum,
    Task,
    NeedDomain,
    NeedCategory,
    SupportType,
)


def typed_columns() -> list[tuple[InstrumentedAttribute[Any], bool]]:
    """Every column of the school's records that holds typed text, with whether it is multi-line
    (a Text column) or one line (a String column)."""
    columns: list[tuple[InstrumentedAttribute[Any], bool]] = []
    for record in _RECORDS:
        for column in record.__table__.columns:
            if (
                column.name in _NOT_TYPED
                or not isinstance(column.type, String)
                or isinstance(column.type, Enum)
            ):
                continue
            columns.append((getattr(record, column.key), isinstance(column.type, Text)))
    return columns


def _cleaner(multi_line: bool) -> Any:
    clean = clean_text if multi_line else clean_line

    def on_set(_target: object, value: object, _old: object, _initiator: object) -> object:
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            return clean(value)
        return value

    return on_set


def _install() -> None:
    for attribute, multi_line in typed_columns():
        if not event.contains(attribute, "set", _CLEANERS[multi_line]):
            event.listen(attribute, "set", _CLEANERS[multi_line], retval=True)


_CLEANERS = {True: _cleaner(True), False: _cleaner(False)}
_install()
