"""Working on one case: its priority, risk level, case manager and next review; state changes by
case id; notes. Each action checks the permission, validates, audits (codes and ids only, never
free text) and commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    CaseNote,
    CaseState,
    CaseStateChange,
    NoteCategory,
    Priority,
    StaffAccount,
    SupportCase,
)
from desktop.services import audit, case_workflow, restricted_text
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.case_detail import seen_case, sees_whole_case, visible_case
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.permissions import Permission, can, require

RISK_LEVELS = range(1, 5)
"""Risk levels: 1 (low) .. 4 (crisis)."""

MSG_MAY_NOT_ADD_NOTE = QT_TRANSLATE_NOOP("errors", "Your account may not add notes to cases.")


@dataclass(frozen=True)
class StaffChoice:
    """An active staff member who can be chosen as case manager."""

    id: int
    display_name: str
    position: str


def manager_choices(session: Session, actor: Actor) -> list[StaffChoice]:
    """Active staff accounts, by name, for the case-manager field (needs MANAGE_CASES)."""
    require(actor, Permission.MANAGE_CASES)
    stmt = (
        select(StaffAccount.id, StaffAccount.display_name, StaffAccount.position)
        .where(StaffAccount.active.is_(True))
        .order_by(StaffAccount.display_name, StaffAccount.id)
    )
    return [StaffChoice(id=r[0], display_name=r[1], position=r[2]) for r in session.execute(stmt)]


def update_case(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    priority: Priority,
    risk_level: int,
    manager_id: int | None,
    next_review_on: date | None,
) -> SupportCase:
    """Set the case's priority, risk level (1–4), case manager (an active staff account or none)
    and next review date (not before the case was opened). Needs MANAGE_CASES. Audited with the
    before/after values of what changed; nothing is written when nothing changed."""
    require(actor, Permission.MANAGE_CASES)
    case = visible_case(session, actor, case_id)
    if risk_level not in RISK_LEVELS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The risk level must be between 1 and 4."))
    if manager_id is not None and manager_id != case.manager_id:
        manager = session.get(StaffAccount, manager_id)
        if manager is None or not manager.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The chosen case manager is not an active staff account.")
            )
    if next_review_on is not None and next_review_on < case.opened_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The next review cannot be before the case was opened ({opened})."),
            opened=case.opened_on.isoformat(),
        )

    def values(c: SupportCase) -> dict[str, object]:
        return {
            "priority": c.priority.value,
            "risk_level": c.risk_level,
            "manager_id": c.manager_id,
            "next_review_on": c.next_review_on.isoformat() if c.next_review_on else None,
        }

    before = values(case)
    case.priority = Priority(priority)
    case.risk_level = risk_level
    case.manager_id = manager_id
    case.next_review_on = next_review_on
    changed = audit.changes(before, values(case))
    if not changed:
        session.rollback()
        return case
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity_type="support_case",
        entity_id=case.id,
        student_id=case.student_id,
        detail={"case": case.code, "changes": changed},
    )
    session.commit()
    return case


def change_state(
    session: Session, actor: Actor, case_id: int, to_state: CaseState, *, reason: str = ""
) -> CaseStateChange:
    """Move a case the actor may see to `to_state` (see case_workflow.transition, which checks
    CHANGE_CASE_STATE and the rules, audits and commits)."""
    require(actor, Permission.CHANGE_CASE_STATE)
    case = visible_case(session, actor, case_id)
    return case_workflow.transition(session, actor, case, to_state, reason=reason)


def add_note(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    category: NoteCategory,
    text: str,
    restricted: bool = False,
) -> CaseNote:
    """Add a note to a case the actor may see in full (needs MANAGE_CASES or LOG_SESSION).
    A restricted note is then read only by its author, the coordinator and the principal: its text
    is stored sealed (desktop.services.restricted_text). Audited without its text."""
    if not (can(actor, Permission.MANAGE_CASES) or can(actor, Permission.LOG_SESSION)):
        raise PermissionDenied(MSG_MAY_NOT_ADD_NOTE, role=actor.role.value)
    if actor.staff_id is None:
        raise PermissionDenied(MSG_MAY_NOT_ADD_NOTE, role=actor.role.value)
    case = visible_case(session, actor, case_id)
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write the text of the note."))
    text = text.strip()
    if restricted:
        text = restricted_text.seal(session, text, restricted_text.CASE_NOTE, actor.staff_id)
    note = CaseNote(
        case_id=case.id,
        author_id=actor.staff_id,
        category=NoteCategory(category),
        restricted=restricted,
        text=text,
    )
    session.add(note)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity_type="case_note",
        entity_id=note.id,
        student_id=case.student_id,
        detail={"case": case.code, "category": category.value, "restricted": restricted},
    )
    session.commit()
    return note


def record_view(session: Session, actor: Actor, case_id: int) -> None:
    """Log that the actor opened a case (the access log keeps views too, DESIGN §1.5): which
    case and student, and whether they saw all of it or its state only. Commits."""
    case = seen_case(session, actor, case_id)
    audit.record(
        session,
        actor,
        AuditAction.VIEW,
        entity_type="support_case",
        entity_id=case.id,
        student_id=case.student_id,
        detail={"case": case.code, "scope": "full" if sees_whole_case(session, actor, case) else "state"},
    )
    session.commit()


__all__ = [
    "RISK_LEVELS",
    "StaffChoice",
    "add_note",
    "change_state",
    "manager_choices",
    "record_view",
    "update_case",
]
