"""Administration of staff accounts: create, change rights, disable (DESIGN §1.5).

Every grant or change of rights writes an audit GRANT event holding the rights before and after,
so the record the law asks for (kept three years or more) is the audit log itself. Passwords
are never stored: an account's password is its key slot in school.keys, written through the
vault (`KeySlots`) by `create_account` and `reset_password`; disabling an account removes its slot.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import Role, School, StaffAccount, StaffSpecialty, utcnow
from desktop.services import audit, key_access
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import NotFound, ValidationError
from desktop.services.permissions import Permission, require
from desktop.storage.vault import Vault

MIN_PASSWORD_LENGTH = 10
# zxcvbn's score 3 means "under 10^10 guesses would not find it" — beyond what a dictionary of
# common passwords, names and keyboard patterns reaches. Anyone who can read the data folder can
# copy school.keys and guess offline, where no lockout applies; at Argon2id's ≥ 0.3 s per guess a
# score-3 password costs one PC many years, a score-2 one (10^6..10^8 guesses) days to months.
MIN_PASSWORD_SCORE = 3
# Only the estimator's first characters are scored: its cost grows fast with the length, and a
# password this long is not weak for want of more.
_SCORED_LENGTH = 64
SCHOOL_WORDS = ("dodam", "도담", "school", "학교", "teacher", "선생님", "교사", "student", "학생")
"""Words everyone at a school would try first, on top of the account's and the school's names."""

PasswordWeakness = str
"""Why a password is refused: "short", "common", "personal", "pattern" or "guessable"."""


class KeySlots(Protocol):
    """The part of the vault (desktop.storage.vault.Vault) that holds the accounts' key slots."""

    def set_password(self, username: str, new_password: str) -> None: ...

    def has_slot(self, username: str) -> bool: ...

    def remove_slot(self, username: str) -> bool: ...

    def complete_revocation(self) -> bool: ...


def character_kinds(password: str) -> int:
    """How many kinds of characters a password mixes: letters, digits, others (spaces, symbols)."""
    return len({"digit" if ch.isdigit() else "letter" if ch.isalpha() else "other" for ch in password})


def password_words(*names: str | None) -> list[str]:
    """The words a password must not be built on: the given names (user name, display name, the
    school's name…), each also split into its words, and SCHOOL_WORDS."""
    words: list[str] = []
    for name in names:
        if not name or not name.strip():
            continue
        text = name.strip().lower()
        words.append(text)
        words.extend(part for part in text.replace("-", " ").replace("_", " ").split() if len(part) >= 2)
    words.extend(SCHOOL_WORDS)
    return list(dict.fromkeys(words))


def password_weakness(password: str, context: Sequence[str] = ()) -> PasswordWeakness | None:
    """Why ``password`` may not be set, or None when it may: shorter than MIN_PASSWORD_LENGTH, or
    scored below MIN_PASSWORD_SCORE by zxcvbn with ``context`` (password_words of the account and
    the school) as words an attacker would try. The reason is our own, not zxcvbn's English text."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "short"
    from zxcvbn import zxcvbn  # imported on first use: it loads its word lists (~0.2 s)

    result = zxcvbn(password[:_SCORED_LENGTH], user_inputs=[w for w in context if w])
    if int(result["score"]) >= MIN_PASSWORD_SCORE:
        return None
    matches = result.get("sequence", [])
    dictionaries = {m.get("dictionary_name") for m in matches if m.get("pattern") == "dictionary"}
    if "user_inputs" in dictionaries:
        return "personal"
    if "passwords" in dictionaries:
        return "common"
    if any(m.get("pattern") in ("spatial", "repeat", "sequence", "date") for m in matches):
        return "pattern"
    return "guessable"


_WEAKNESS_MESSAGES: dict[PasswordWeakness, str] = {
    "short": QT_TRANSLATE_NOOP("errors", "The password needs at least 10 characters."),
    "common": QT_TRANSLATE_NOOP(
        "errors", "This is a commonly used password (or close to one), which is guessed first."
    ),
    "personal": QT_TRANSLATE_NOOP(
        "errors", "The password contains the user's name or the school's name, which others can guess."
    ),
    "pattern": QT_TRANSLATE_NOOP(
        "errors", "Keyboard rows, repeated characters, sequences and dates are easy to guess."
    ),
    "guessable": QT_TRANSLATE_NOOP(
        "errors", "The password is easy to guess: add another word or two. Unusual words are better."
    ),
}


def check_password(password: str, context: Sequence[str] = ()) -> None:
    """The password rule (desktop/ui/widgets/password_rules.py shows it live): at least 10
    characters and not a common or school-derived password (password_weakness). ``context``:
    password_words of the account and the school. Raises ValidationError. The rule applies when a
    password is set; a password set before it still opens the school."""
    weakness = password_weakness(password, context)
    if weakness is not None:
        raise ValidationError(_WEAKNESS_MESSAGES[weakness], length=len(password))


def school_name(session: Session) -> str:
    """The school's name, for password_words."""
    return session.scalar(select(School.name).order_by(School.id).limit(1)) or ""


def _keys_follow_rights(session: Session, actor: Actor, slots: KeySlots | None) -> None:
    """After a committed change of accounts: rotate the data key if a slot was revoked, and grant or
    withdraw the restricted and audit keys as the new rights say (desktop.services.key_access)."""
    if slots is None:
        return
    slots.complete_revocation()
    if isinstance(slots, Vault):
        key_access.reconcile(session, slots, actor)


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
        entity_type=AuditRecord.STAFF_ACCOUNT,
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
    """Create a staff account (needs MANAGE_ACCOUNTS) without a password. Records a GRANT event
    and commits."""
    staff = _new_staff(
        session,
        actor,
        username=username,
        display_name=display_name,
        role=role,
        position=position,
        is_admin=is_admin,
        homeroom_grade=homeroom_grade,
        homeroom_class=homeroom_class,
        specialty=specialty,
    )
    session.commit()
    return staff


def _new_staff(
    session: Session,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    role: Role,
    position: str,
    is_admin: bool,
    homeroom_grade: int | None,
    homeroom_class: int | None,
    specialty: StaffSpecialty | None,
) -> StaffAccount:
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
    return staff


def create_account(
    session: Session,
    actor: Actor,
    slots: KeySlots,
    *,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    position: str = "",
    is_admin: bool = False,
    homeroom_grade: int | None = None,
    homeroom_class: int | None = None,
    specialty: StaffSpecialty | None = None,
) -> StaffAccount:
    """Create a staff account that can log in with an initial password (needs MANAGE_ACCOUNTS).

    The password must follow the password rule; its key slot is written only after the account
    validated, and the GRANT event is committed only after the slot was written.
    """
    require(actor, Permission.MANAGE_ACCOUNTS)
    check_password(password, password_words(username, display_name, school_name(session)))
    staff = _new_staff(
        session,
        actor,
        username=username,
        display_name=display_name,
        role=role,
        position=position,
        is_admin=is_admin,
        homeroom_grade=homeroom_grade,
        homeroom_class=homeroom_class,
        specialty=specialty,
    )
    slots.set_password(staff.username, password)
    session.commit()
    _keys_follow_rights(session, actor, slots)
    return staff


def reset_password(session: Session, actor: Actor, slots: KeySlots, staff_id: int, new_password: str) -> None:
    """Give an active account a new password: a new key slot replaces its old one, if any (needs
    MANAGE_ACCOUNTS). Audited as a GRANT (it decides who can open the school's data); commits."""
    require(actor, Permission.MANAGE_ACCOUNTS)
    staff = _get(session, staff_id)
    if not staff.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This account is disabled: enable it before setting its password.")
        )
    check_password(new_password, password_words(staff.username, staff.display_name, school_name(session)))
    _record_grant(session, actor, staff, _rights(staff), "reset_password")
    slots.set_password(staff.username, new_password)
    session.commit()
    # The old password must open nothing any more, not even a copy of the old key file.
    _keys_follow_rights(session, actor, slots)


def change_role(
    session: Session,
    actor: Actor,
    staff_id: int,
    *,
    role: Role | None = None,
    is_admin: bool | None = None,
    homeroom_grade: int | None = None,
    homeroom_class: int | None = None,
    clear_homeroom: bool = False,
    slots: KeySlots | None = None,
) -> StaffAccount:
    """Change an account's role, administrator flag or homeroom class (needs MANAGE_ACCOUNTS).

    Arguments left as None keep their value; `clear_homeroom` removes the homeroom class (a
    specialist keeping a class would still see that class's cases). Refuses to take the administrator flag from the last
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
    if clear_homeroom:
        new_grade = new_class = None
    _check_homeroom(new_role, new_grade, new_class)
    if new_admin and not staff.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A disabled account cannot be made an administrator.")
        )
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
    _keys_follow_rights(session, actor, slots)
    return staff


def disable_account(
    session: Session, actor: Actor, staff_id: int, slots: KeySlots | None = None
) -> StaffAccount:
    """Disable an account so it can no longer log in (needs MANAGE_ACCOUNTS). The row stays, so
    the history it authored keeps its author. With `slots`, its key slot is removed too, so its
    password no longer opens the database at all (enabling it again then needs a new password).
    Records a GRANT event and commits."""
    require(actor, Permission.MANAGE_ACCOUNTS)
    staff = _get(session, staff_id)
    if not staff.active:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This account is already disabled."))
    if staff.is_admin and _other_active_admins(session, staff) == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The last administrator cannot be disabled."))
    before = _rights(staff)
    if actor.staff_id == staff.id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "You cannot disable your own account."))
    staff.active = False
    staff.disabled_at = utcnow()
    _record_grant(session, actor, staff, before, "disable")
    if slots is not None:
        slots.remove_slot(staff.username)
    session.commit()
    # Rotate the data key: the removed slot, in any copy of the key file, opens nothing.
    _keys_follow_rights(session, actor, slots)
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


__all__ = [
    "KeySlots",
    "change_role",
    "character_kinds",
    "check_password",
    "create_account",
    "create_staff",
    "disable_account",
    "enable_account",
    "password_weakness",
    "password_words",
    "reset_password",
]
