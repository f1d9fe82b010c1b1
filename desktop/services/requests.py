"""The intake queue: support requests waiting for the coordinator (new or in review), and
withdrawing a request. Opening a case from a request or adding it to the student's open case
are in case_workflow (open_case, attach_request)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    NeedDomain,
    RequesterKind,
    RequestStatus,
    StaffAccount,
    Student,
    SupportCase,
    SupportRequest,
    request_domain,
)
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.case_workflow import OPEN_STATES
from desktop.services.errors import NotFound, ValidationError
from desktop.services.listing import DomainName
from desktop.services.permissions import Permission, require

PREVIEW_CHARS = 80
WAITING = (RequestStatus.NEW, RequestStatus.IN_REVIEW)


@dataclass(frozen=True)
class IntakeRow:
    """A request waiting in the intake queue, with the student's open case if they have one."""

    id: int
    received_on: date
    status: RequestStatus
    student_id: int
    grade: int
    class_no: int
    number: int
    student_name: str
    requester_kind: RequesterKind
    requester_name: str
    domains: tuple[DomainName, ...]
    description_preview: str
    open_case_id: int | None
    open_case_code: str | None


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"


def intake_queue(session: Session, actor: Actor) -> list[IntakeRow]:
    """New and in-review requests, oldest first (needs MANAGE_CASES). Three queries in all:
    the requests, their domains, and the open cases of their students."""
    require(actor, Permission.MANAGE_CASES)
    requester = aliased(StaffAccount)
    stmt = (
        select(
            SupportRequest.id,
            SupportRequest.received_on,
            SupportRequest.status,
            Student.id,
            Student.grade,
            Student.class_no,
            Student.number,
            Student.name,
            SupportRequest.requester_kind,
            SupportRequest.requester_name,
            requester.display_name,
            SupportRequest.description,
        )
        .join(Student, Student.id == SupportRequest.student_id)
        .outerjoin(requester, requester.id == SupportRequest.requester_staff_id)
        .where(SupportRequest.status.in_(WAITING), SupportRequest.case_id.is_(None))
        .order_by(SupportRequest.received_on, SupportRequest.id)
    )
    rows = list(session.execute(stmt))
    if not rows:
        return []
    ids = [r[0] for r in rows]
    domains: dict[int, list[DomainName]] = {}
    domain_stmt = (
        select(request_domain.c.request_id, NeedDomain.code, NeedDomain.name_ko, NeedDomain.name_en)
        .join(NeedDomain, NeedDomain.id == request_domain.c.domain_id)
        .where(request_domain.c.request_id.in_(ids))
        .order_by(NeedDomain.sort_order, NeedDomain.id)
    )
    for request_id, code, name_ko, name_en in session.execute(domain_stmt):
        domains.setdefault(request_id, []).append(DomainName(code, name_ko, name_en))
    student_ids = {r[3] for r in rows}
    open_cases: dict[int, tuple[int, str]] = {}
    case_stmt = (
        select(SupportCase.student_id, SupportCase.id, SupportCase.code)
        .where(SupportCase.student_id.in_(student_ids), SupportCase.state.in_(OPEN_STATES))
        .order_by(SupportCase.id)
    )
    for student_id, case_id, code in session.execute(case_stmt):
        open_cases[student_id] = (case_id, code)
    result: list[IntakeRow] = []
    for r in rows:
        case = open_cases.get(r[3])
        kind: RequesterKind = r[8]
        name = (r[10] or r[9]) if kind is RequesterKind.STAFF else r[9]
        result.append(
            IntakeRow(
                id=r[0],
                received_on=r[1],
                status=r[2],
                student_id=r[3],
                grade=r[4],
                class_no=r[5],
                number=r[6],
                student_name=r[7],
                requester_kind=kind,
                requester_name=name or "",
                domains=tuple(domains.get(r[0], ())),
                description_preview=_preview(r[11] or ""),
                open_case_id=case[0] if case else None,
                open_case_code=case[1] if case else None,
            )
        )
    return result


def withdraw_request(session: Session, actor: Actor, request_id: int) -> SupportRequest:
    """Mark a waiting request as withdrawn (needs MANAGE_CASES): the requester took it back or
    it was filed by mistake. It leaves the intake queue; it is kept, and audited, not deleted."""
    require(actor, Permission.MANAGE_CASES)
    request = session.get(SupportRequest, request_id)
    if request is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This request does not exist."), request_id=request_id)
    if request.status not in WAITING or request.case_id is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only a request waiting in the intake queue can be withdrawn; this one is no longer.",
            )
        )
    before = request.status
    request.status = RequestStatus.WITHDRAWN
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.STATE_CHANGE,
        entity_type=AuditRecord.SUPPORT_REQUEST,
        entity_id=request.id,
        student_id=request.student_id,
        detail={"from": before.value, "to": RequestStatus.WITHDRAWN.value},
    )
    session.commit()
    return request


def domain_ids(session: Session, codes: list[str]) -> list[int]:
    """The ids of the need domains with these codes, in the order given (unknown codes are left
    out; file_request then checks the ids)."""
    if not codes:
        return []
    stmt = select(NeedDomain.code, NeedDomain.id).where(NeedDomain.code.in_(codes))
    found = {code: domain_id for code, domain_id in session.execute(stmt).tuples()}
    return [found[c] for c in codes if c in found]


__all__ = ["IntakeRow", "domain_ids", "intake_queue", "withdraw_request"]
