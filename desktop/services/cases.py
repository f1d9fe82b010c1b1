"""Working on one case: its summary and need domains, priority, risk level, case manager and next
review; where it stands in the procedure and what may be done on it now; state changes and
emergency support by case id; notes. Each action checks the permission, validates, audits (codes
and ids only, never free text) and commits."""

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
    NeedDomain,
    NoteCategory,
    Priority,
    Role,
    StaffAccount,
    SupportCase,
)
from desktop.services import audit, case_workflow, restricted_text, text_input
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.case_detail import seen_case, sees_whole_case, visible_case
from desktop.services.case_workflow import CaseAction, Procedure
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.permissions import Permission, can, require

RISK_LEVELS = range(1, 5)
"""Risk levels: 1 (low) .. 4 (crisis)."""

MAX_SUMMARY = 2000
"""Longest case summary, in characters."""

MSG_MAY_NOT_ADD_NOTE = QT_TRANSLATE_NOOP("errors", "Your account may not add notes to cases.")
MSG_MAY_NOT_EDIT_ABOUT = QT_TRANSLATE_NOOP(
    "errors", "Only the coordinator or the case manager may change the case's summary and need domains."
)
MSG_NO_DOMAIN = QT_TRANSLATE_NOOP("errors", "A case needs at least one need domain.")
MSG_UNKNOWN_DOMAIN = QT_TRANSLATE_NOOP("errors", "One of the chosen need domains does not exist.")
MSG_SUMMARY_LONG = QT_TRANSLATE_NOOP("errors", "The summary is too long (at most {max} characters).")


@dataclass(frozen=True)
class DomainChoice:
    """A need domain the case may be put in (the active ones, and those it already has)."""

    code: str
    name_ko: str
    name_en: str
    chosen: bool


@dataclass(frozen=True)
class CaseWorkflow:
    """Where the case stands in the procedure, what may be done on it now (each action with the
    rule's refusal, None when allowed), and the reason emergency support was started ("" when it
    was not)."""

    procedure: Procedure
    refusals: dict[CaseAction, str | None]
    emergency_reason: str

    def refusal(self, action: CaseAction) -> str | None:
        return self.refusals.get(action)


@dataclass(frozen=True)
class StaffChoice:
    """An active staff member who can be chosen as case manager."""

    id: int
    display_name: str
    position: str
    role: Role | None = None
    homeroom_grade: int | None = None
    homeroom_class: int | None = None


def manager_choices(session: Session, actor: Actor) -> list[StaffChoice]:
    """Active staff accounts, by name, for the case-manager field (needs MANAGE_CASES)."""
    require(actor, Permission.MANAGE_CASES)
    stmt = (
        select(
            StaffAccount.id,
            StaffAccount.display_name,
            StaffAccount.position,
            StaffAccount.role,
            StaffAccount.homeroom_grade,
            StaffAccount.homeroom_class,
        )
        .where(StaffAccount.active.is_(True))
        .order_by(StaffAccount.display_name, StaffAccount.id)
    )
    return [
        StaffChoice(
            id=r[0],
            display_name=r[1],
            position=r[2] or "",
            role=r[3],
            homeroom_grade=r[4],
            homeroom_class=r[5],
        )
        for r in session.execute(stmt)
    ]


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
        entity_type=AuditRecord.SUPPORT_CASE,
        entity_id=case.id,
        student_id=case.student_id,
        detail={"case": case.code, "changes": changed},
    )
    session.commit()
    return case


def case_workflow_status(session: Session, actor: Actor, case_id: int) -> CaseWorkflow:
    """Where a case the actor sees in full stands and what may be done on it now."""
    case = visible_case(session, actor, case_id)
    proc = case_workflow.procedure(session, case)
    return CaseWorkflow(
        procedure=proc,
        refusals=case_workflow.action_refusals(session, case),
        emergency_reason=case.emergency_reason if proc.emergency_since is not None else "",
    )


def start_emergency_support(session: Session, actor: Actor, case_id: int, *, reason: str) -> SupportCase:
    """Start emergency support on a case the actor may see (see
    case_workflow.start_emergency_support: CHANGE_CASE_STATE, a reason, audited, commits)."""
    require(actor, Permission.CHANGE_CASE_STATE)
    case = visible_case(session, actor, case_id)
    return case_workflow.start_emergency_support(session, actor, case, reason=reason)


def may_edit_about(actor: Actor, manager_id: int | None) -> bool:
    """The coordinator (MANAGE_CASES) and the case's own manager may edit its summary and domains."""
    return can(actor, Permission.MANAGE_CASES) or (
        actor.staff_id is not None and actor.staff_id == manager_id
    )


def domain_choices(session: Session, actor: Actor, case_id: int) -> list[DomainChoice]:
    """The need domains the case may be put in, in the school's order, with those it has ticked."""
    case = visible_case(session, actor, case_id)
    chosen = {d.id for d in case.domains}
    stmt = select(
        NeedDomain.id, NeedDomain.code, NeedDomain.name_ko, NeedDomain.name_en, NeedDomain.active
    ).order_by(NeedDomain.sort_order, NeedDomain.id)
    return [
        DomainChoice(code=r[1], name_ko=r[2], name_en=r[3], chosen=r[0] in chosen)
        for r in session.execute(stmt)
        if r[4] or r[0] in chosen
    ]


def update_about(
    session: Session, actor: Actor, case_id: int, *, summary: str, domain_codes: list[str]
) -> SupportCase:
    """Set the case's summary and need domains (at least one). Needs MANAGE_CASES or being the
    case's manager. Audited with the domains' codes before and after and, for the summary (free
    text, which the audit log never holds), its length before and after; nothing is written when
    nothing changed."""
    case = visible_case(session, actor, case_id)
    if not may_edit_about(actor, case.manager_id):
        raise PermissionDenied(MSG_MAY_NOT_EDIT_ABOUT, role=actor.role.value)
    summary = text_input.clean_text(summary).strip()
    if len(summary) > MAX_SUMMARY:
        raise ValidationError(MSG_SUMMARY_LONG, max=MAX_SUMMARY)
    codes = list(dict.fromkeys(domain_codes))
    if not codes:
        raise ValidationError(MSG_NO_DOMAIN)
    found = {d.code: d for d in session.scalars(select(NeedDomain).where(NeedDomain.code.in_(codes)))}
    if len(found) != len(codes):
        raise ValidationError(MSG_UNKNOWN_DOMAIN)
    current = {d.code for d in case.domains}
    if any(not found[c].active and c not in current for c in codes):
        raise ValidationError(MSG_UNKNOWN_DOMAIN)
    order = {
        d.id: i for i, d in enumerate(session.scalars(select(NeedDomain).order_by(NeedDomain.sort_order)))
    }
    domains = sorted(found.values(), key=lambda d: order.get(d.id, 0))
    before_codes = sorted(current)
    after_codes = sorted(codes)
    changed: dict[str, object] = {}
    if before_codes != after_codes:
        changed["domains"] = {"before": before_codes, "after": after_codes}
    if summary != case.summary:
        changed["summary"] = {"before": {"chars": len(case.summary)}, "after": {"chars": len(summary)}}
    if not changed:
        return case
    case.summary = summary
    case.domains = domains
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity_type=AuditRecord.SUPPORT_CASE,
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
        entity_type=AuditRecord.CASE_NOTE,
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
        entity_type=AuditRecord.SUPPORT_CASE,
        entity_id=case.id,
        student_id=case.student_id,
        detail={"case": case.code, "scope": "full" if sees_whole_case(session, actor, case) else "state"},
    )
    session.commit()


__all__ = [
    "MAX_SUMMARY",
    "RISK_LEVELS",
    "CaseWorkflow",
    "DomainChoice",
    "StaffChoice",
    "add_note",
    "case_workflow_status",
    "change_state",
    "domain_choices",
    "manager_choices",
    "may_edit_about",
    "record_view",
    "start_emergency_support",
    "update_about",
    "update_case",
]
