"""services.listing: scoped by role, one query per list (no Qt here)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event, select

from desktop.models import (
    CaseNote,
    CaseState,
    NeedDomain,
    Role,
    Sex,
    StaffAccount,
    Student,
    SupportCase,
    Task,
)
from desktop.services import listing
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied


def _fill(vault: Any) -> tuple[Actor, Actor, Actor]:
    with vault.session() as session:
        coordinator = session.scalar(select(StaffAccount).where(StaffAccount.username == "coordinator"))
        homeroom = StaffAccount(
            username="teacher", display_name="윤담임", role=Role.HOMEROOM, homeroom_grade=3, homeroom_class=2
        )
        counselor = StaffAccount(username="wee", display_name="최상담", role=Role.SPECIALIST)
        session.add_all([homeroom, counselor])
        students = []
        for i in range(12):
            grade, class_no = (3, 2) if i < 5 else (4, 1)
            s = Student(
                student_no=f"{grade}{class_no:02d}{i:02d}",
                grade=grade,
                class_no=class_no,
                number=i + 1,
                name=f"학생{i:02d}",
                sex=Sex.MALE if i % 2 else Sex.FEMALE,
                multicultural=i == 1,
            )
            students.append(s)
        session.add_all(students)
        session.flush()
        learning = session.scalar(select(NeedDomain).where(NeedDomain.code == "learning"))
        emotional = session.scalar(select(NeedDomain).where(NeedDomain.code == "emotional"))
        for i, student in enumerate(students[:8]):
            c = SupportCase(
                code=f"2026-{i:03d}",
                student_id=student.id,
                state=CaseState.ACTIVE if i % 2 else CaseState.UNDER_REVIEW,
                opened_on=date(2026, 3, 2 + i),
                manager_id=counselor.id if i == 6 else coordinator.id,
            )
            c.domains = [learning, emotional]
            session.add(c)
            session.flush()
            session.add(CaseNote(case_id=c.id, author_id=coordinator.id, restricted=True, text="비밀"))
        session.add(Task(title="검토", assignee_id=coordinator.id, due_on=date(2020, 1, 1)))
        session.commit()
        return Actor.of(coordinator), Actor.of(homeroom), Actor.of(counselor)


def _count_queries(vault: Any) -> list[str]:
    statements: list[str] = []
    event.listen(vault.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    return statements


def test_lists_are_scoped_by_role(school_vault: Any) -> None:
    coordinator, homeroom, counselor = _fill(school_vault)
    with school_vault.session() as session:
        everyone = listing.students(session, coordinator)
        assert len(everyone) == 12
        first = next(r for r in everyone if r.name == "학생01")
        assert first.flags == ("multicultural",) and first.case_state == CaseState.ACTIVE
        assert next(r for r in everyone if r.name == "학생10").case_state is None

        own = listing.students(session, homeroom)
        assert {(r.grade, r.class_no) for r in own} == {(3, 2)} and len(own) == 5
        assert listing.students(session, counselor) == []

        all_cases = listing.cases(session, coordinator)
        assert len(all_cases) == 8
        assert {d.code for d in all_cases[0].domains} == {"learning", "emotional"}
        own_cases = listing.cases(session, homeroom)
        assert len(own_cases) == 5 and all(c.domains == () for c in own_cases)
        assigned = listing.cases(session, counselor)
        assert [c.code for c in assigned] == ["2026-006"]

        assert listing.staff(session, homeroom) == []
        try:
            listing.recent_audit_events(session, homeroom)
            raise AssertionError("a homeroom teacher read the audit log")
        except PermissionDenied:
            pass
        tasks = listing.my_tasks(session, coordinator, today=date(2026, 1, 1))
        assert [t.title for t in tasks] == ["검토"] and tasks[0].overdue


def test_each_list_is_one_query(school_vault: Any) -> None:
    coordinator, _homeroom, _counselor = _fill(school_vault)
    statements = _count_queries(school_vault)
    with school_vault.session() as session:
        for query in (
            listing.students,
            listing.cases,
            listing.meetings,
            listing.organisations,
            listing.staff,
        ):
            statements.clear()
            query(session, coordinator)
            selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
            assert len(selects) == 1, (query.__name__, selects)


def test_the_top_of_the_case_list_by_code(school_vault: Any) -> None:
    """`first` reads the first cases in code order (what the Cases area shows first): the same rows
    as the complete list, for every role's scope, in one query."""
    coordinator, homeroom, counselor = _fill(school_vault)
    statements = _count_queries(school_vault)
    with school_vault.session() as session:
        for actor in (coordinator, homeroom, counselor):
            everything = listing.cases(session, actor)
            newest = sorted(everything, key=lambda r: listing.case_code_key(r.code), reverse=True)
            statements.clear()
            assert listing.cases(session, actor, first=3) == newest[:3]
            assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
            oldest = listing.cases(session, actor, first=2, code_descending=False)
            assert oldest == sorted(everything, key=lambda r: listing.case_code_key(r.code))[:2]
            assert listing.cases(session, actor, first=100) == newest
