"""The intake queue and withdrawing a request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    NeedDomain,
    RequesterKind,
    RequestStatus,
    Role,
    StaffAccount,
    Student,
    SupportCase,
    SupportRequest,
)
from desktop.services.actor import Actor
from desktop.services.case_workflow import attach_request, file_request, open_case
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.requests import intake_queue, withdraw_request
from tests.need_domains import a_need_domain
from tests.unit.services.db_checks import LAST_WEEK, TODAY, audit_events


def _file(db: Session, actor: Actor, student: Student, **kw: object) -> SupportRequest:
    kw.setdefault("requester_kind", RequesterKind.STAFF)
    kw.setdefault("description", "결석이 잦고 수업 중 집중이 어려움")
    kw.setdefault("domain_ids", a_need_domain(db))
    return file_request(db, actor, student_id=student.id, **kw)  # type: ignore[arg-type]


def test_queue_lists_waiting_requests_oldest_first(
    db: Session,
    coordinator: Actor,
    make_student: Callable[..., Student],
    make_case: Callable[..., SupportCase],
) -> None:
    learning = db.scalars(select(NeedDomain).where(NeedDomain.code == "learning")).one()
    a = make_student(name="가나다")
    b = make_student(name="라마바")
    newer = _file(db, coordinator, a, received_on=TODAY)
    older = _file(
        db,
        coordinator,
        b,
        received_on=LAST_WEEK,
        requester_kind=RequesterKind.GUARDIAN,
        requester_name="라보호",
        domain_ids=[learning.id],
        description="기초학력 진단 결과 " + "읽기 부진 " * 30,
    )
    case = make_case(make_student(name="사아자"))  # its request is accepted: not in the queue
    later = _file(db, coordinator, case.student, received_on=TODAY - timedelta(days=1))

    rows = intake_queue(db, coordinator)

    assert [r.id for r in rows] == [older.id, later.id, newer.id]
    first = rows[0]
    assert (first.student_name, first.requester_kind, first.requester_name) == (
        "라마바",
        RequesterKind.GUARDIAN,
        "라보호",
    )
    assert [d.code for d in first.domains] == ["learning"]
    assert first.description_preview.startswith("기초학력 진단 결과")
    assert len(first.description_preview) == 80 and first.description_preview.endswith("…")
    assert first.open_case_code is None
    assert (rows[1].open_case_id, rows[1].open_case_code) == (case.id, case.code)
    assert rows[2].requester_name == coordinator.display_name  # filed by staff: the acting user


def test_queue_is_for_those_who_manage_cases(db: Session, make_staff: Callable[..., StaffAccount]) -> None:
    for role in (Role.PRINCIPAL, Role.HOMEROOM, Role.SPECIALIST, Role.HEAD_TEACHER):
        with pytest.raises(PermissionDenied):
            intake_queue(db, Actor.of(make_staff(role, homeroom_grade=1, homeroom_class=1)))


def test_open_and_attach_take_requests_out_of_the_queue(
    db: Session, coordinator: Actor, make_student: Callable[..., Student]
) -> None:
    student = make_student()
    first = _file(db, coordinator, student)
    second = _file(db, coordinator, student)
    case = open_case(db, coordinator, first.id)
    assert [r.id for r in intake_queue(db, coordinator)] == [second.id]
    attach_request(db, coordinator, second.id, case.id)
    assert intake_queue(db, coordinator) == []


def test_withdraw_is_audited_and_leaves_the_queue(
    db: Session, coordinator: Actor, make_student: Callable[..., Student]
) -> None:
    student = make_student(name="철회")
    request = _file(db, coordinator, student, requester_kind=RequesterKind.GUARDIAN, requester_name="보호자")
    withdraw_request(db, coordinator, request.id)

    db.expire_all()
    assert db.get(SupportRequest, request.id).status is RequestStatus.WITHDRAWN  # type: ignore[union-attr]
    assert intake_queue(db, coordinator) == []
    event = audit_events(db, "state_change")[-1]
    assert (event.entity_type, event.entity_id, event.student_id) == (
        "support_request",
        request.id,
        student.id,
    )
    assert event.detail == {"from": "new", "to": "withdrawn"}
    # Twice, or on a request that became a case, is refused.
    with pytest.raises(ValidationError, match="no longer"):
        withdraw_request(db, coordinator, request.id)
    with pytest.raises(ValidationError, match="withdrawn"):
        open_case(db, coordinator, request.id)


def test_withdraw_needs_manage_cases(
    db: Session,
    coordinator: Actor,
    make_student: Callable[..., Student],
    make_staff: Callable[..., StaffAccount],
) -> None:
    student = make_student(grade=2, class_no=1)
    teacher = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=2, homeroom_class=1))
    request = _file(db, teacher, student)
    before = len(audit_events(db))
    with pytest.raises(PermissionDenied):
        withdraw_request(db, teacher, request.id)
    db.expire_all()
    assert db.get(SupportRequest, request.id).status is RequestStatus.NEW  # type: ignore[union-attr]
    assert len(audit_events(db)) == before
