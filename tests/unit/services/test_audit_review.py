"""The monthly review of the audit log: filters, paging, student names by visibility, the reviewed
mark, the chain's state and the retention rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, AuditReview, Role, StaffAccount, Student
from desktop.services import audit
from desktop.services import audit_review as ar
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.errors import PermissionDenied, ValidationError
from tests.unit.services.db_checks import audit_events

THIS_MONTH = ar.month_key(date.today())


def _view(
    db: Session, actor: Actor, student: Student | None = None, entity: str = "support_case"
) -> AuditEvent:
    event = audit.record(
        db,
        actor,
        AuditAction.VIEW,
        entity_type=entity,
        entity_id=1,
        student_id=student.id if student else None,
    )
    db.commit()
    return event


def _all(db: Session, actor: Actor, flt: ar.AuditFilter) -> list[ar.AuditEventRow]:
    rows: list[ar.AuditEventRow] = []
    before: int | None = None
    while page := ar.events_page(db, actor, flt, before_id=before, limit=3):
        rows += page
        before = page[-1].id
    return rows


def test_this_month_lists_every_event_newest_first_in_pages(db: Session, coordinator: Actor) -> None:
    for _ in range(7):
        _view(db, coordinator)
    flt = ar.month_filter(THIS_MONTH)
    rows = _all(db, coordinator, flt)
    stored = [e.id for e in audit_events(db)]
    assert [r.id for r in rows] == sorted(stored, reverse=True)
    assert ar.count_events(db, coordinator, flt) == len(stored)
    # Last month holds nothing of this test's events.
    first, _ = ar.month_bounds(THIS_MONTH)
    last_month = ar.month_key(first - timedelta(days=1))
    assert ar.count_events(db, coordinator, ar.month_filter(last_month)) == 0


def test_filters_by_person_action_student_and_record(
    db: Session,
    coordinator: Actor,
    make_staff: Callable[..., StaffAccount],
    make_student: Callable[..., Student],
) -> None:
    other = Actor.of(make_staff(Role.HEAD_TEACHER, "head"))
    kim = make_student(name="김철수")
    lee = make_student(name="이영희")
    a = _view(db, coordinator, kim)
    b = _view(db, other, kim)
    c = _view(db, other, lee, entity="student")
    audit.record(db, other, AuditAction.PRINT, entity_type="meeting", entity_id=3, purpose="회의록")
    db.commit()

    def ids(**kw: object) -> list[int]:
        return [r.id for r in _all(db, coordinator, ar.AuditFilter(**kw))]  # type: ignore[arg-type]

    assert ids(actor_id=other.staff_id, action="view") == [c.id, b.id]
    assert ids(student_id=kim.id) == [b.id, a.id]
    assert ids(entity_type="student") == [c.id]
    assert ids(action="print", actor_id=coordinator.staff_id) == []
    kinds = ar.entity_types(db, coordinator)
    stored = set(db.scalars(select(AuditEvent.entity_type).where(AuditEvent.entity_type != "")))
    assert "meeting" in kinds and kinds == sorted(stored)  # each kind once, in order, no empty one
    assert {p.username for p in ar.people(db, coordinator)} >= {"coordinator", "head"}
    assert [s.id for s in ar.find_students(db, coordinator, "철수")] == [kim.id]
    assert [s.id for s in ar.find_students(db, coordinator, str(lee.id))] == [lee.id]


def test_student_names_only_for_those_who_may_see_the_student(
    db: Session, make_staff: Callable[..., StaffAccount], make_student: Callable[..., Student]
) -> None:
    kim = make_student(grade=3, class_no=2, name="김철수")
    park = make_student(grade=5, class_no=1, name="박민수")
    # An administrator flag on a homeroom teacher gives VIEW_AUDIT, not the whole roster.
    teacher = Actor.of(make_staff(Role.HOMEROOM, "t32", is_admin=True, homeroom_grade=3, homeroom_class=2))
    counselor = Actor.of(make_staff(Role.SPECIALIST, "wee", is_admin=True))
    principal = Actor.of(make_staff(Role.PRINCIPAL, "boss"))
    _view(db, principal, kim)
    _view(db, principal, park)
    flt = ar.month_filter(THIS_MONTH)

    def names(actor: Actor) -> dict[int | None, str | None]:
        return {r.student_id: r.student_name for r in ar.events_page(db, actor, flt) if r.student_id}

    assert names(principal) == {kim.id: "김철수", park.id: "박민수"}
    assert names(teacher) == {kim.id: "김철수", park.id: None}
    assert names(counselor) == {kim.id: None, park.id: None}
    assert ar.find_students(db, counselor, "김") == []
    assert [s.name for s in ar.find_students(db, teacher, "수")] == ["김철수"]


def test_only_audit_viewers_read_the_log(db: Session, make_staff: Callable[..., StaffAccount]) -> None:
    head = Actor.of(make_staff(Role.HEAD_TEACHER, "head2"))
    for call in (
        lambda: ar.events_page(db, head, ar.AuditFilter()),
        lambda: ar.count_events(db, head, ar.AuditFilter()),
        lambda: ar.chain_state(db, head),
        lambda: ar.mark_month_reviewed(db, head, THIS_MONTH),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert db.scalars(select(AuditReview)).all() == []


def test_mark_a_month_reviewed_once_and_audited(db: Session, make_staff: Callable[..., StaffAccount]) -> None:
    staff = make_staff(Role.PRINCIPAL, "boss")
    staff.display_name = "최교장"
    db.commit()
    principal = Actor.of(staff)
    assert ar.month_review(db, principal, "2026-03") is None
    review = ar.mark_month_reviewed(db, principal, "2026-03", note="이상 없음", today=date(2026, 4, 2))
    assert (review.month, review.reviewed_by_name, review.note) == ("2026-03", "최교장", "이상 없음")
    db.expire_all()
    assert ar.month_review(db, principal, "2026-03") == review
    event = audit_events(db, AuditAction.REVIEW)[-1]
    assert (event.actor_id, event.entity_type, event.entity_id) == (principal.staff_id, "audit_review", 1)
    assert event.detail["month"] == "2026-03"
    # The month's events (none in this school's March) and a digest of the note, never the note.
    assert (event.detail["events"], event.detail["first_event_id"]) == (0, None)
    assert len(event.detail["note_sha256"]) == 64
    assert "이상 없음" not in str(event.detail)
    with pytest.raises(ValidationError, match="already reviewed by 최교장"):
        ar.mark_month_reviewed(db, principal, "2026-03", today=date(2026, 4, 2))
    with pytest.raises(ValidationError, match="not started"):
        ar.mark_month_reviewed(db, principal, "2026-05", today=date(2026, 4, 2))
    with pytest.raises(ValidationError, match="not a month"):
        ar.mark_month_reviewed(db, principal, "2026-13")
    assert len(db.scalars(select(AuditReview)).all()) == 1


def test_chain_state_reports_an_edited_event(db: Session, coordinator: Actor) -> None:
    _view(db, coordinator)
    _view(db, coordinator)
    state = ar.chain_state(db, coordinator)
    assert state.intact and state.events == len(audit_events(db))
    edited = audit_events(db)[-2]
    edited.actor_name = "someone else"
    db.commit()
    state = ar.chain_state(db, coordinator)
    assert not state.intact
    assert len(state.problems) == 1 and f"audit event {edited.id}" in state.problems[0]


def test_retention_never_purges_events_younger_than_two_years(db: Session, coordinator: Actor) -> None:
    now = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
    assert ar.audit_retention_cutoff("view", now=now) == datetime(2024, 6, 15, 12, 0, tzinfo=UTC)
    assert ar.audit_retention_cutoff("grant", now=now) == datetime(2023, 6, 15, 12, 0, tzinfo=UTC)
    young = datetime(2024, 6, 16, tzinfo=UTC)
    old = datetime(2024, 6, 14, tzinfo=UTC)
    assert not ar.audit_event_may_be_purged("view", young, now=now)
    assert ar.audit_event_may_be_purged("view", old, now=now)
    # Grants and changes of rights are kept three years.
    assert not ar.audit_event_may_be_purged("grant", old, now=now)
    assert ar.audit_event_may_be_purged("view", old.replace(tzinfo=None), now=now)
    with pytest.raises(ValidationError, match="at least 2 years"):
        ar.check_audit_purge([("view", old), ("login", young)], now=now)
    ar.check_audit_purge([("view", old)], now=now)
    # The SQL form selects the same events.
    _view(db, coordinator)
    purgeable = db.scalars(select(AuditEvent.id).where(ar.purgeable_events_clause())).all()
    assert purgeable == []
    far_future = datetime.now(UTC) + timedelta(days=3 * 366 + 2)
    everything = db.scalars(select(AuditEvent.id).where(ar.purgeable_events_clause(now=far_future))).all()
    assert len(everything) == len(audit_events(db))


def test_rows_name_the_person_the_case_and_what_precisely_was_done(db: Session, coordinator: Actor) -> None:
    audit.record(
        db,
        coordinator,
        AuditAction.UPDATE,
        entity_type="support_plan",
        entity_id=47,
        detail={
            "case": "2026-0012",
            "version": 1,
            "changes": audit.changes({"status": "submitted"}, {"status": "approved"}),
        },
    )
    audit.record(
        db,
        coordinator,
        AuditAction.UPDATE,
        entity_type="support_plan",
        entity_id=47,
        detail={"case": "2026-0012", "changes": audit.changes({"goals": 1}, {"goals": 2})},
    )
    db.commit()
    edit, approval = ar.events_page(db, coordinator, ar.month_filter(THIS_MONTH), limit=2)
    account = db.get(StaffAccount, coordinator.staff_id)
    assert account is not None
    assert approval.actor_display_name == account.display_name != approval.actor_name
    assert approval.case_code == edit.case_code == "2026-0012"
    assert approval.specific_action == "approve"
    assert edit.specific_action is None  # a plain edit stays "Change"
    assert ar.specific_action("meeting", "sign", None) == "sign"
    # An event that holds the new status as "status" (the demo school's) reads the same.
    audit.record(
        db,
        coordinator,
        AuditAction.UPDATE,
        entity_type="support_plan",
        entity_id=48,
        detail={"case": "2026-0013", "status": "approved"},
    )
    db.commit()
    [older_form] = ar.events_page(db, coordinator, ar.month_filter(THIS_MONTH), limit=1)
    assert older_form.specific_action == "approve" and older_form.case_code == "2026-0013"
    assert ar.specific_action("intervention", None, "active") == "start"
