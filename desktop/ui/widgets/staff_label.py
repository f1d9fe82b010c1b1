"""How a staff member appears in every picker: the name with the position (or role) and the class
they are homeroom teacher of — "김지희 (담임교사, 3-2)" — so two teachers of the same name, or a
name alone, never leave the user guessing."""

from __future__ import annotations

from typing import Protocol

from desktop.models import Role
from desktop.ui.labels import label


def staff_label(
    name: str,
    position: str = "",
    *,
    role: Role | None = None,
    homeroom_grade: int | None = None,
    homeroom_class: int | None = None,
) -> str:
    """The name, then in brackets the position as the school wrote it (the role when there is
    none) and the homeroom class as grade-class."""
    parts: list[str] = []
    what = position.strip() or (label(role) if role is not None else "")
    if what:
        parts.append(what)
    if homeroom_grade is not None and homeroom_class is not None:
        short = f"{homeroom_grade}-{homeroom_class}"
        # A position such as "3학년 2반 담임교사" names the class already.
        if short not in what and f"{homeroom_grade}학년 {homeroom_class}반" not in what:
            parts.append(short)
    return f"{name} ({', '.join(parts)})" if parts else name


class StaffLike(Protocol):
    """A staff row as the services give it (listing.StaffRow, cases.StaffChoice, …)."""

    @property
    def display_name(self) -> str: ...
    @property
    def position(self) -> str: ...
    @property
    def role(self) -> Role | None: ...
    @property
    def homeroom_grade(self) -> int | None: ...
    @property
    def homeroom_class(self) -> int | None: ...


def staff_label_of(person: StaffLike) -> str:
    """`staff_label` of a staff row."""
    return staff_label(
        person.display_name,
        person.position,
        role=person.role,
        homeroom_grade=person.homeroom_grade,
        homeroom_class=person.homeroom_class,
    )


__all__ = ["StaffLike", "staff_label", "staff_label_of"]
