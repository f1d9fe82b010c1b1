"""Typed and imported text is stored in NFC, without direction overrides, zero-width or control
characters — by the cleaning functions and on every write of a school's record."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    CaseNote,
    NoteCategory,
    Organisation,
    OrganisationKind,
    Role,
    Sex,
    StaffAccount,
    Student,
    SupportCase,
)
from desktop.services import cases
from desktop.services.actor import Actor
from desktop.services.errors import ValidationError
from desktop.services.organisations import OrganisationData, create_organisation
from desktop.services.text_input import clean_line, clean_text, unwanted_characters

RLO = "\u202e"  # right-to-left override
DECOMPOSED = unicodedata.normalize("NFD", "김민준")  # as a Mac may type it: jamo, not syllables


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (DECOMPOSED, "김민준"),
        (f"김철수{RLO}수민", "김철수수민"),  # shown as "김철수민수" with the override
        ("\u2066이서연\u2069\u200f\u200e\u061c", "이서연"),
        ("\u202a박\u202b지\u202c호\u202d", "박지호"),
        ("이\u200b서\u200c연\u200d\u2060\ufeff", "이서연"),
        ("최\x00유\x07나\x1b\x7f\x85\x9f", "최유나 "),  # NEL (U+0085) is a line break: a space
        ("한\t줄\r\n두\n줄", "한 줄 두 줄"),
        ("<b>굵게</b>", "<b>굵게</b>"),  # markup is text: it is shown, not removed
        ("Zoë Ångström", "Zoë Ångström"),
    ],
)
def test_a_one_line_text_is_stored_as_it_reads(typed: str, stored: str) -> None:
    assert clean_line(typed) == stored


def test_a_free_text_keeps_its_lines_and_tabs() -> None:
    typed = f"첫 줄\r\n둘째\t줄\r셋째{RLO} 줄\u2028넷째\x00\x1b 줄\n"
    assert clean_text(typed) == "첫 줄\n둘째\t줄\n셋째 줄\n넷째 줄\n"
    assert clean_text(DECOMPOSED) == "김민준"


def test_the_characters_removed_are_named() -> None:
    assert unwanted_characters(f"김{RLO}민\u200b준\x07{RLO}") == ["U+202E", "U+200B", "U+0007"]
    assert unwanted_characters("두\n줄\t", multi_line=True) == []
    assert unwanted_characters("두\n줄") == ["U+000A"]
    assert unwanted_characters("김민준") == []


def test_a_student_written_with_an_override_is_stored_without_it(db: Session) -> None:
    db.add(
        Student(
            grade=3, class_no=2, number=7, name=f"김철수{RLO}수민", guardian_name=DECOMPOSED, sex=Sex.MALE
        )
    )
    db.commit()
    db.expire_all()
    student = db.scalars(select(Student).where(Student.number == 7)).one()
    assert (student.name, student.guardian_name, student.sex) == ("김철수수민", "김민준", Sex.MALE)


def test_an_organisation_made_of_invisible_characters_has_no_name(db: Session, coordinator: Actor) -> None:
    with pytest.raises(ValidationError):
        create_organisation(db, coordinator, OrganisationData(name="\u200b\u202e", kind=OrganisationKind.NGO))
    made = create_organisation(
        db,
        coordinator,
        OrganisationData(name=f"드림{RLO}스타트", kind=OrganisationKind.NGO, notes="담당\u200b자\n연락처"),
    )
    db.expire_all()
    stored = db.get(Organisation, made.id)
    assert stored is not None
    assert (stored.name, stored.notes) == ("드림스타트", "담당자\n연락처")


def test_a_case_note_keeps_its_lines_but_not_its_controls(
    db: Session, coordinator: Actor, make_case: Callable[..., SupportCase]
) -> None:
    case = make_case()
    note = cases.add_note(
        db,
        coordinator,
        case.id,
        category=NoteCategory.GENERAL,
        text=f"보호자 통화\r\n{RLO}다음 주\x1b 재통화",
    )
    db.expire_all()
    assert db.get(CaseNote, note.id).text == "보호자 통화\n다음 주 재통화"  # type: ignore[union-attr]


def test_a_role_is_not_taken_for_text(db: Session) -> None:
    """Enum columns are strings too: they keep their members."""
    staff = StaffAccount(username="specialist7", display_name=f"상담{RLO}교사", role=Role.SPECIALIST)
    assert staff.role is Role.SPECIALIST  # as assigned, before it is stored and read back
    db.add(staff)
    db.commit()
    db.expire_all()
    assert (staff.role, staff.display_name, staff.username) == (Role.SPECIALIST, "상담교사", "specialist7")
    assert isinstance(staff.role, Role)
