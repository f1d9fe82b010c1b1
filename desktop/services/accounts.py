"""Administration of staff accounts: create, change rights, disable (DESIGN §1.5).

Every grant or change of rights writes an audit GRANT event holding the rights before and after,
so the record the law asks for (kept three years or more) is the audit log itself. Passwords
and key slots are the vault's business: the UI calls `vault.set_password` separately.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import Role, StaffAccount, StaffSpecialty, utcnow
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.errors import NotFound, ValidationError
from desktop.services.permissions import Permission, require


def _rights(staff: StaffAccount) -> dict[str, Any]:
    """The fields that decide what an account may do — what a GRANT event records."""
    return {
        "role": staff.role.value,
        "is_admin": staff.is_admin,
        "active": staff.active,
        "homeroom_grade": staff.homeroom_grade,
        "homeroom_class": staff.homeroom_class,
    }


def _record_grant(
    session: Session, actor: Actor, staff: StaffAccount, before: dict[str, Any] | None, what: str
) -> None:
    audit.record(
        session,
        actor,
        AuditAction.GRANT,
        entity_type="staff_account",
        entity_id=staff.id,
        detail={"username": staff.username, "what": what, "before": before, "after": _rights(staff)},
    )


def _get(session: Session, staff_id: int) -> StaffAccount:
    staff = session.get(StaffAccount, staff_id)
    if staff is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This staff account does not exist."), staff_id=staff_id)
    return staff


def _check_homeroom(role: Role, grade: int | None, class_no: int | None) -> None:
    # A homeroom teacher without a class would see no student at all.
    if role is Role.HOMEROOM and (grade is None or class_no is None):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A homeroom teacher needs a grade and a class."))
    for value in (grade, class_no):
        if value is not None and not 1 <= value <= 20:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Grade and class must be between 1 and 20."))


def _other_active_admins(session: Session, staff: StaffAccount) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(StaffAccount)
            .where(
                StaffAccount.is_admin.is_(True), StaffAccount.active.is_(True), StaffAccount.id != staff.id
            )
        )
        or 0
    )


def create_staff(
    session: Session,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    role: Role,
    position: str = "",
    is_admin: bool = False,
    homeroom_grade: int | None = None,
    homeroom_class: int | None = None,
    specialty: StaffSpecialty | None = None,
) -> StaffAccount:
    """Create a staff account (needs MANAGE_ACCOUNTS). Records a GRANT event and commits."""
    require(actor, Permission.MANAGE_ACCOUNTS)
    username = username.strip()
    display_name = display_name.strip()
    if not username:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a user name."))
    if not display_name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the name to display for this account."))
    # Names are compared without case: key slots are looked up by user name at log-in.
    taken = session.scalar(
        select(StaffAccount.id).where(func.lower(StaffAccount.username) == username.lower()).limit(1)
    )
    if taken is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The user name “{username}” is already taken."), username=username
        )
    _check_homeroom(role, homeroom_grade, homeroom_class)
    staff = StaffAccount(
        username=username,
        display_name=display_name,
        role=role,
        is_admin=is_admin,
        position=position.strip(),
        homeroom_grade=homeroom_grade,
        homeroom_class=homeroom_class,
        specialty=specialty,
        active=True,
    )
    session.add(staff)
    session.flush()
    _record_grant(session, actor, staff, None, "create")
    session.commit()
    return staff


def change_role(
    session: Session,
    actor: Actor,
    staff_id: int,
    *,
    role: Role | None = None,
    is_admin: bool | None = None,
    homeroom_grade: int | None = None,
    homeroom_class: int | None = None,
) -> StaffAccount:
    """Change an account's role, administrator flag or homeroom class (needs MANAGE_ACCOUNTS).

    Arguments left as None keep their value. Refuses to take the administrator flag from the last
    active administrator. Records a GRANT event with before/after and commits; a call that changes
    nothing stores nothing.
    """
    require(actor, Permission.MANAGE_ACCOUNTS)
    staff = _get(session, staff_id)
    before = _rights(staff)
    new_role = role if role is not None else staff.role
    new_admin = is_admin if is_admin is not None else staff.is_admin
    new_grade = homeroom_grade if homeroom_grade is not None else staff.homeroom_grade
    new_class = homeroom_class if homeroom_class is not None else staff.homeroom_class
    _check_homeroom(new_role, new_grade, new_class)
    if staff.is_admin and not new_admin and staff.active and _other_active_admins(session, staff) == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The last administrator cannot lose the administrator right.")
        )
    staff.role = new_role
    staff.is_admin = new_admin
    staff.homeroom_grade = new_grade
    staff.homeroom_class = new_class
    if _rights(staff) == before:
        return staff
    _record_grant(session, actor, staff, before, "change")
    session.commit()
    return staff


def disable_account(session: Session, actor: Actor, staff_id: int) -> StaffAccount:
    """Disable an account so it can no longer log in (needs MANAGE_ACCOUNTS). The row stays, so
    the history it authored keeps its author. Records a GRANT event and commits."""
    require(actor, Permission.MANAGE_ACCOUNTS)
    staff = _get(session, staff_id)
    if not staff.active:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This account is already disabled."))
    if staff.is_admin and _other_active_admins(session, staff) == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The last administrator cannot be disabled."))
    before = _rights(staff)
    staff.active = False
    staff.disabled_at = utcnow()
    _record_grant(session, actor, staff, before, "disable")
    session.commit()
    return staff


def enable_account(session: Session, actor: Actor, staff_id: int) -> StaffAccount:
    """Enable a disabled account again (needs MANAGE_ACCOUNTS). Records a GRANT event, commits."""
    require(actor, Permission.MANAGE_ACCOUNTS)
    staff = _get(session, staff_id)
    if staff.active:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This account is already enabled."))
    before = _rights(staff)
    staff.active = True
    staff.disabled_at = None
    _record_grant(session, actor, staff, before, "enable")
    session.commit()
    return staff


__all__ = ["change_role", "create_staff", "disable_account", "enable_account"]
