"""What a commit reports it changed: the records the services stored, by kind, id and case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.models import NoteCategory, Priority, SupportCase
from desktop.services import cases
from desktop.services.actor import Actor
from desktop.storage.changes import Changes


def _listen(school_vault: Any) -> list[Changes]:
    seen: list[Changes] = []
    school_vault.on_changes(seen.append)
    return seen


def test_a_note_reports_its_kind_id_and_case(
    school_vault: Any, db: Session, coordinator: Actor, make_case: Callable[..., SupportCase]
) -> None:
    case = make_case()
    seen = _listen(school_vault)
    note = cases.add_note(db, coordinator, case.id, category=NoteCategory.GENERAL, text="교실 관찰")
    assert len(seen) == 1
    changes = seen[0]
    assert "case_note" in changes.kinds
    assert note.id in changes.ids["case_note"]
    assert changes.touches_case(case.id)
    assert not changes.touches_case(case.id + 1000)
    assert not changes.is_bookkeeping_only  # the audit record rides along, but a note changed


def test_an_update_reports_the_case(
    school_vault: Any, db: Session, coordinator: Actor, make_case: Callable[..., SupportCase]
) -> None:
    case = make_case()
    seen = _listen(school_vault)
    cases.update_case(
        db, coordinator, case.id, priority=Priority.HIGH, risk_level=3, manager_id=None, next_review_on=None
    )
    assert [c.case_ids for c in seen] == [frozenset({case.id})]
    assert seen[0].ids["support_case"] == frozenset({case.id})


def test_a_rolled_back_change_is_never_reported(
    school_vault: Any, db: Session, make_case: Callable[..., SupportCase]
) -> None:
    case = make_case()
    seen = _listen(school_vault)
    case.summary = "저장되지 않을 요약"
    db.flush()
    db.rollback()
    db.commit()
    assert seen == []


def test_a_bulk_statement_reports_its_table_for_every_case(
    school_vault: Any, db: Session, make_case: Callable[..., SupportCase]
) -> None:
    make_case()
    seen = _listen(school_vault)
    db.execute(update(SupportCase).values(summary="일괄"))
    db.commit()
    assert len(seen) == 1
    assert "support_case" in seen[0].kinds
    assert seen[0].touches_case(123456)  # which rows is not known: every case counts as changed


def test_viewing_a_case_is_bookkeeping_only(
    school_vault: Any, db: Session, coordinator: Actor, make_case: Callable[..., SupportCase]
) -> None:
    case = make_case()
    seen = _listen(school_vault)
    cases.record_view(db, coordinator, case.id)
    assert len(seen) == 1 and seen[0].is_bookkeeping_only


def test_changes_merge() -> None:
    a = Changes(
        kinds=frozenset({"task"}), ids={"task": frozenset({1})}, case_ids=frozenset({7}), committed_at=1.0
    )
    b = Changes(kinds=frozenset({"task", "consent"}), ids={"task": frozenset({2})}, committed_at=2.0)
    merged = a.merged(b)
    assert merged.kinds == {"task", "consent"}
    assert merged.ids["task"] == {1, 2}
    assert merged.case_ids == {7}
    assert merged.committed_at == 2.0
