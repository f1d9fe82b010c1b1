"""services.cases: editing a case's priority, risk, manager and review date; state changes by id;
notes — each refused for the wrong role, validated, and audited without names or free text."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from desktop.models import (
    AuditEvent,
    CaseNote,
    CaseState,
    Intervention,
    NoteCategory,
    Priority,
    Role,
    StaffAccount,
    Student,
    SupportCase,
)
from desktop.services import cases, restricted_text
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, verify_chain
from desktop.services.case_workflow import REASON_REQUIRED
from desktop.services.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from tests.unit.services.db_checks import LAST_WEEK, TODAY, audit_events, snapshot

S = CaseState


def _update(db: Session, actor: Actor, case: SupportCase, **changes: object) -> SupportCase:
    values: dict[str, object] = {
        "priority": case.priority,
        "risk_level": case.risk_level,
        "manager_id": case.manager_id,
        "next_review_on": case.next_review_on,
    }
    values.update(changes)
    return cases.update_case(db, actor, case.id, **values)  # type: ignore[arg-type]


def test_update_case_stores_and_audits_before_and_after(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    make_staff: Callable[..., StaffAccount],
) -> None:
    counselor = make_staff(Role.SPECIALIST, username="최상담")
    case = make_case()
    before = len(audit_events(db))
    review = TODAY + timedelta(days=14)
    _update(
        db,
        coordinator,
        case,
        priority=Priority.URGENT,
        risk_level=4,
        manager_id=counselor.id,
        next_review_on=review,
    )
    db.expire_all()
    assert (case.priority, case.risk_level, case.manager_id, case.next_review_on) == (
        Priority.URGENT,
        4,
        counselor.id,
        review,
    )
    events = audit_events(db)
    assert len(events) == before + 1
    event = events[-1]
    assert (
        event.action == AuditAction.UPDATE
        and event.entity_id == case.id
        and event.student_id == case.student_id
    )
    assert event.detail["changes"] == {
        "priority": {"before": "medium", "after": "urgent"},
        "risk_level": {"before": 1, "after": 4},
        "manager_id": {"before": None, "after": counselor.id},
        "next_review_on": {"before": None, "after": review.isoformat()},
    }
    assert "최상담" not in json.dumps(event.detail, ensure_ascii=False)
    assert verify_chain(db) == []

    # Saving the same values again writes nothing.
    _update(db, coordinator, case)
    assert len(audit_events(db)) == before + 1


def test_update_case_refuses_bad_values_and_other_roles(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    make_staff: Callable[..., StaffAccount],
) -> None:
    case = make_case()
    gone = make_staff(Role.SPECIALIST, active=False)
    principal = Actor.of(make_staff(Role.PRINCIPAL))
    unchanged = snapshot(db, case)
    with pytest.raises(ValidationError, match="between 1 and 4"):
        _update(db, coordinator, case, risk_level=5)
    with pytest.raises(ValidationError, match="not an active staff account"):
        _update(db, coordinator, case, manager_id=gone.id)
    with pytest.raises(ValidationError, match="before the case was opened"):
        _update(db, coordinator, case, next_review_on=LAST_WEEK - timedelta(days=1))
    with pytest.raises(PermissionDenied):
        _update(db, principal, case, priority=Priority.LOW)
    with pytest.raises(PermissionDenied):
        cases.manager_choices(db, principal)
    db.rollback()
    assert snapshot(db, case) == unchanged and (case.priority, case.risk_level) == (Priority.MEDIUM, 1)
    choices = cases.manager_choices(db, coordinator)
    assert gone.id not in {c.id for c in choices} and coordinator.staff_id in {c.id for c in choices}


def test_change_state_by_id_follows_the_workflow(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    make_staff: Callable[..., StaffAccount],
) -> None:
    case = make_case()
    with pytest.raises(TransitionRefused) as refused:
        cases.change_state(db, coordinator, case.id, S.ON_HOLD)
    assert refused.value.message == REASON_REQUIRED[S.ON_HOLD]
    cases.change_state(db, coordinator, case.id, S.ON_HOLD, reason="보호자 연락 대기")
    db.expire_all()
    assert case.state is S.ON_HOLD and case.state_reason == "보호자 연락 대기"
    principal = Actor.of(make_staff(Role.PRINCIPAL))
    with pytest.raises(PermissionDenied):
        cases.change_state(db, principal, case.id, S.UNDER_REVIEW)
    with pytest.raises(NotFound):
        cases.change_state(db, coordinator, 424242, S.UNDER_REVIEW)


def test_add_note_for_those_who_work_on_the_case(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    make_staff: Callable[..., StaffAccount],
    make_student: Callable[..., Student],
) -> None:
    homeroom_staff = make_staff(Role.HOMEROOM, homeroom_grade=3, homeroom_class=2)
    homeroom = Actor.of(homeroom_staff)
    counselor_staff = make_staff(Role.SPECIALIST)
    counselor = Actor.of(counselor_staff)
    head = Actor.of(make_staff(Role.HEAD_TEACHER))
    case = make_case(make_student(grade=3, class_no=2))
    db.add(Intervention(case_id=case.id, title="상담", provider_staff_id=counselor_staff.id))
    db.commit()

    note = cases.add_note(
        db, counselor, case.id, category=NoteCategory.PSYCHIATRIC, restricted=True, text="  진료 의뢰 검토  "
    )
    assert (note.author_id, note.restricted) == (counselor_staff.id, True)
    # Stored sealed (desktop.services.restricted_text); this session holds the restricted key.
    assert "진료" not in note.text and note.text.startswith("dodam-sealed-1:")
    assert restricted_text.reveal(db, note.text, restricted_text.CASE_NOTE) == "진료 의뢰 검토"
    event = db.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
    assert event is not None and event.entity_type == "case_note" and event.entity_id == note.id
    assert event.detail == {"case": case.code, "category": "psychiatric", "restricted": True}
    cases.add_note(db, coordinator, case.id, category=NoteCategory.GENERAL, text="보호자 통화")

    count = db.query(CaseNote).count()
    with pytest.raises(PermissionDenied):  # the head teacher neither manages cases nor logs sessions
        cases.add_note(db, head, case.id, category=NoteCategory.GENERAL, text="메모")
    with pytest.raises(PermissionDenied):  # own class but not assigned: state only
        cases.add_note(db, homeroom, case.id, category=NoteCategory.GENERAL, text="메모")
    with pytest.raises(ValidationError):
        cases.add_note(db, coordinator, case.id, category=NoteCategory.GENERAL, text="   ")
    other = make_case()
    with pytest.raises(NotFound):
        cases.add_note(db, counselor, other.id, category=NoteCategory.GENERAL, text="메모")
    db.rollback()
    assert db.query(CaseNote).count() == count == 2


def test_opening_a_case_is_logged_with_what_was_seen(
    db: Session,
    coordinator: Actor,
    make_case: Callable[..., SupportCase],
    make_staff: Callable[..., StaffAccount],
    make_student: Callable[..., Student],
) -> None:
    homeroom = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=3, homeroom_class=2))
    case = make_case(make_student(grade=3, class_no=2, name="박보라"))
    cases.record_view(db, coordinator, case.id)
    cases.record_view(db, homeroom, case.id)
    views = audit_events(db, AuditAction.VIEW)
    assert [(e.actor_id, e.entity_id, e.student_id, e.detail["scope"]) for e in views] == [
        (coordinator.staff_id, case.id, case.student_id, "full"),
        (homeroom.staff_id, case.id, case.student_id, "state"),
    ]
    assert "박보라" not in json.dumps([e.detail for e in views], ensure_ascii=False)
    elsewhere = Actor.of(make_staff(Role.HOMEROOM, homeroom_grade=6, homeroom_class=1))
    with pytest.raises(NotFound):
        cases.record_view(db, elsewhere, case.id)
