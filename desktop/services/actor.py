"""The acting user every service call takes."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models import Role, StaffAccount


@dataclass(frozen=True)
class Actor:
    """Who is doing something: a snapshot of a logged-in staff account."""

    staff_id: int | None
    username: str
    display_name: str
    role: Role
    is_admin: bool = False
    homeroom_grade: int | None = None
    homeroom_class: int | None = None

    @classmethod
    def of(cls, staff: StaffAccount) -> Actor:
        """The actor for a staff account row."""
        return cls(
            staff_id=staff.id,
            username=staff.username,
            display_name=staff.display_name,
            role=staff.role,
            is_admin=staff.is_admin,
            homeroom_grade=staff.homeroom_grade,
            homeroom_class=staff.homeroom_class,
        )


SYSTEM = Actor(staff_id=None, username="system", display_name="system", role=Role.COORDINATOR, is_admin=True)
"""Used only for set-up and the demo generator, before any account exists."""
