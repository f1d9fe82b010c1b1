"""Builders for the service tests: staff, students and cases in a fresh encrypted vault."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from itertools import count
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    ConsentMethod,
    ConsentParty,
    ConsentPurpose,
    PlanStatus,
    RequesterKind,
    Role,
    Sex,
    StaffAccount,
    Student,
    SupportCase,
    SupportPlan,
)
from desktop.services.actor import Actor
from desktop.services.case_workflow import file_request, open_case
from desktop.services.consents import record_consent
from tests.need_domains import a_need_domain
from tests.unit.services.db_checks import LAST_WEEK


@pytest.fixture
def db(school_vault: Any) -> Iterator[Session]:
    """A session on the fresh encrypted school database of `school_vault`."""
    with school_vault.session() as session:
        yield session


@pytest.fixture
def coordinator(db: Session) -> Actor:
    """The coordinator (an administrator) that set-up created."""
    staff = db.scalars(select(StaffAccount).where(StaffAccount.is_admin.is_(True))).one()
    return Actor.of(staff)


_numbers = count(1)


@pytest.fixture
def make_staff(db: Session) -> Callable[..., StaffAccount]:
    """Add a staff account straight to the database (no audit event, so counts stay simple)."""

    def make(role: Role, username: str | None = None, **fields: Any) -> StaffAccount:
        name = username or f"{role.value}{next(_numbers)}"
        staff = StaffAccount(username=name, display_name=name, role=role, **fields)
        db.add(staff)
        db.commit()
        return staff

    return make


@pytest.fixture
def make_student(db: Session) -> Callable[..., Student]:
    def make(grade: int = 3, class_no: int = 2, name: str = "홍길동") -> Student:
        student = Student(grade=grade, class_no=class_no, number=next(_numbers), name=name, sex=Sex.FEMALE)
        db.add(student)
        db.commit()
        return student

    return make


@pytest.fixture
def make_case(
    db: Session, coordinator: Actor, make_student: Callable[..., Student]
) -> Callable[..., SupportCase]:
    """A case opened from a request through the services (state under_review)."""

    def make(student: Student | None = None, **open_kw: Any) -> SupportCase:
        student = student or make_student()
        request = file_request(
            db,
            coordinator,
            student_id=student.id,
            requester_kind=RequesterKind.STAFF,
            domain_ids=a_need_domain(db),
            description="수업 중 집중이 어렵고 결석이 잦음",
            received_on=LAST_WEEK,
        )
        open_kw.setdefault("opened_on", LAST_WEEK)
        return open_case(db, coordinator, request.id, **open_kw)

    return make


@pytest.fixture
def give_consents(db: Session, coordinator: Actor) -> Callable[..., None]:
    """Record a consent to support for each party given."""

    def give(case: SupportCase, *parties: ConsentParty, given_on: date = LAST_WEEK, **kw: Any) -> None:
        for party in parties:
            record_consent(
                db,
                coordinator,
                case.id,
                party=party,
                purpose=ConsentPurpose.SUPPORT,
                given_on=given_on,
                method=ConsentMethod.WRITTEN,
                **kw,
            )

    return give


@pytest.fixture
def add_plan(db: Session) -> Callable[..., SupportPlan]:
    """A support plan in the given status (plans have no service of their own yet)."""

    def add(case: SupportCase, status: PlanStatus = PlanStatus.APPROVED, version: int = 1) -> SupportPlan:
        plan = SupportPlan(case_id=case.id, version=version, status=status, review_interval_days=30)
        db.add(plan)
        db.commit()
        return plan

    return add
