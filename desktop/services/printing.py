"""Every print and export leaves an audit event with its purpose (DESIGN §1.5): what was
printed (document type and record id), whether full names or restricted notes were included, and
why. No names and no content go into the event."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.permissions import Permission, can, require


def check_print(actor: Actor, purpose: str, *, include_restricted: bool = False) -> str:
    """The purpose, stripped, when the actor may print with these options; raises otherwise.
    Call it before building a document, so nothing is built for a refused print."""
    require(actor, Permission.PRINT_REPORTS)
    purpose = purpose.strip()
    if not purpose:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say what the print is for (its purpose)."))
    if include_restricted and not can(actor, Permission.VIEW_RESTRICTED_NOTES):
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Your account may not print restricted notes."))
    return purpose


def record_print(
    session: Session,
    actor: Actor,
    *,
    document: str,
    purpose: str,
    entity_type: AuditRecord | None = None,
    entity_id: int | None = None,
    student_id: int | None = None,
    full_names: bool = False,
    include_restricted: bool = False,
    pages: int | None = None,
    export: bool = False,
) -> None:
    """Audit one print (or, with export=True, one export) and commit."""
    audit.record(
        session,
        actor,
        AuditAction.EXPORT if export else AuditAction.PRINT,
        entity_type=entity_type,
        entity_id=entity_id,
        student_id=student_id,
        purpose=purpose.strip(),
        detail={
            "document": document,
            "full_names": full_names,
            "include_restricted": include_restricted,
            "pages": pages,
        },
    )
    session.commit()


__all__ = ["check_print", "record_print"]
