"""The audit log: every change writes one event, and editing, deleting or inserting an event
afterwards (here with plain SQL, as someone with the database key could) is reported."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from desktop.models import (
    AuditEvent,
    CaseState,
    ConsentMethod,
    ConsentParty,
    ConsentPurpose,
    RequesterKind,
    Student,
)
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, event_hash, verify_chain
from desktop.services.case_workflow import file_request, open_case, transition
from desktop.services.consents import record_consent
from tests.need_domains import a_need_domain
from tests.unit.services.db_checks import LAST_WEEK, audit_events


@pytest.fixture
def logged(db: Session, coordinator: Actor, make_student: Callable[..., Student]) -> list[AuditEvent]:
    """A log with set-up's events followed by a small piece of case work."""
    student = make_student()
    request = file_request(db, coordinator, student_id=student.id, requester_kind=RequesterKind.STAFF, domain_ids=a_need_domain(db),
                           description="결석 잦음", received_on=LAST_WEEK)  # fmt: skip
    case = open_case(db, coordinator, request.id)
    transition(db, coordinator, case, CaseState.SELECTED, reason="선정")
    record_consent(db, coordinator, case.id, party=ConsentParty.STUDENT, purpose=ConsentPurpose.SUPPORT,
                   given_on=LAST_WEEK, method=ConsentMethod.IN_PERSON)  # fmt: skip
    return audit_events(db)


def test_each_change_writes_one_event(db: Session, logged: list[AuditEvent]) -> None:
    assert [(e.action, e.entity_type) for e in logged] == [
        (AuditAction.SETUP, "school"),
        (AuditAction.GRANT, "staff_account"),
        (AuditAction.CREATE, "support_request"),
        (AuditAction.CREATE, "support_case"),
        (AuditAction.STATE_CHANGE, "support_case"),
        (AuditAction.CREATE, "consent"),
    ]
    assert all(e.actor_name == "coordinator" for e in logged[2:])
    assert len({e.student_id for e in logged[2:]}) == 1 and logged[2].student_id is not None


def test_clean_log_verifies(db: Session, logged: list[AuditEvent]) -> None:
    assert verify_chain(db) == []


def test_edited_event_is_reported(db: Session, logged: list[AuditEvent]) -> None:
    target = logged[3].id
    db.execute(text("UPDATE audit_event SET actor_name = 'someone_else' WHERE id = :id"), {"id": target})
    db.commit()
    db.expire_all()
    assert verify_chain(db) == [f"audit event {target}: contents changed after it was written"]


def test_edited_detail_is_reported(db: Session, logged: list[AuditEvent]) -> None:
    target = logged[4].id
    db.execute(
        text("UPDATE audit_event SET detail = :detail WHERE id = :id"),
        {"id": target, "detail": '{"case": "x", "from": "under_review", "to": "not_selected"}'},
    )
    db.commit()
    db.expire_all()
    assert verify_chain(db) == [f"audit event {target}: contents changed after it was written"]


def test_deleted_event_is_reported(db: Session, logged: list[AuditEvent]) -> None:
    deleted, following = logged[3].id, logged[4].id
    db.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": deleted})
    db.commit()
    db.expire_all()
    assert verify_chain(db) == [
        f"audit event {following}: chain broken before it (inserted or deleted event)"
    ]


def test_inserted_event_is_reported(db: Session, logged: list[AuditEvent]) -> None:
    # A careful forger: makes room in the ids and gives the new event a hash that is correct
    # over its own fields and its predecessor. The event after it still points elsewhere.
    after = logged[3]
    db.execute(text("UPDATE audit_event SET id = id + 1000 WHERE id > :id"), {"id": after.id})
    forged = AuditEvent(
        id=after.id + 1,
        at=after.at,
        actor_id=None,
        actor_name="coordinator",
        action=AuditAction.VIEW.value,
        entity_type="support_case",
        entity_id=after.entity_id,
        student_id=after.student_id,
        purpose="",
        detail={},
        reviewed=False,
        prev_hash=after.hash,
    )
    forged_hash = event_hash(forged)
    row = {c.name: getattr(forged, c.key) for c in AuditEvent.__table__.columns if c.name != "hash"}
    db.execute(insert(AuditEvent).values(**row, hash=forged_hash))
    db.commit()
    db.expire_all()
    following = logged[4].id + 1000
    assert verify_chain(db) == [
        f"audit event {following}: chain broken before it (inserted or deleted event)"
    ]
    assert db.scalar(select(AuditEvent.hash).where(AuditEvent.id == after.id + 1)) == forged_hash


def test_inserted_event_with_a_made_up_hash_is_reported(db: Session, logged: list[AuditEvent]) -> None:
    last = logged[-1]
    db.execute(
        insert(AuditEvent).values(
            at=last.at, actor_name="coordinator", action="view", entity_type="", detail={},
            reviewed=False, prev_hash=last.hash, hash="0" * 64, purpose="",
        )
    )  # fmt: skip
    db.commit()
    db.expire_all()
    newest = db.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    assert verify_chain(db) == [f"audit event {newest}: contents changed after it was written"]
