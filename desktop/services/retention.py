"""Retention and irreversible purge (decree §10⑤, DESIGN §1.5).

A student's selection information is kept until the student would finish high school, or until age
19 if they left school; then it is purged for good: the student's requests and cases with
everything under them, then the student row, followed by VACUUM so that no freed page keeps the
deleted text. The audit event of a purge holds counts only.

The rules, as applied here:

- A student still **enrolled** is never due (whatever their grade says, they are at school).
- **Left school** (학업중단, `EnrolmentStatus.LEFT`): due from their 19th birthday. Without a birth
  date the high-school rule below applies instead.
- **Graduated or transferred**: due from the 1st of March after the February in which they would
  finish high school, computed from the grade they had in the school year they left (`left_on`)
  and the school's level (an elementary pupil in grade g finishes high school (6 - g) + 6 school
  years later, a middle-school pupil (3 - g) + 3, a high-school student 3 - g). Without a leaving
  date nothing can be computed and the student is not listed.
- `Settings.RETENTION_EXTRA_MONTHS` months are added to every due date.

Meeting minutes are the committee's own record and stay: an agenda item about a purged case or
request keeps its title, discussion and decision (which name case codes, not students) but loses
its link. Finalised minutes whose content hash matched before get a dated addendum saying so and
a re-stamped hash, so that they do not look tampered with afterwards.
"""

from __future__ import annotations

import calendar
import enum
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, Table, delete, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import InstrumentedAttribute

from desktop.config import Settings
from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    ActionItem,
    AgendaItem,
    CaseNote,
    CaseStateChange,
    Consent,
    EnrolmentStatus,
    Intervention,
    Meeting,
    MinutesAddendum,
    PlanAction,
    PlanGoal,
    Referral,
    School,
    SchoolLevel,
    Student,
    SupportCase,
    SupportPlan,
    SupportRequest,
    SupportSession,
    Task,
    case_domain,
    case_need_category,
    case_support_type,
    request_domain,
)
from desktop.models.enums import CaseState
from desktop.services import audit, settings_store
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import ValidationError
from desktop.services.permissions import Permission, require
from desktop.storage.maintenance import vacuum

AGE_OF_RELEASE = 19
"""Age until which the records of a student who left school are kept (decree §10⑤)."""

# School years left after the given one until high school is finished, per level: grades of the
# level still ahead plus the whole levels after it.
_LEVEL_GRADES = {SchoolLevel.ELEMENTARY: 6, SchoolLevel.MIDDLE: 3, SchoolLevel.HIGH: 3}
_LEVELS_AFTER = {SchoolLevel.ELEMENTARY: 6, SchoolLevel.MIDDLE: 3, SchoolLevel.HIGH: 0}
_FINISHED_STATES = frozenset({CaseState.CLOSED, CaseState.NOT_SELECTED, CaseState.REFERRED_OUT})
# Ids per IN (...) list: well under SQLite's limit on bound parameters.
_CHUNK = 500

MSG_NONE_CHOSEN = QT_TRANSLATE_NOOP("errors", "Choose at least one student to purge.")
MSG_NOT_DUE = QT_TRANSLATE_NOOP(
    "errors", "{count} of the chosen students are not due for purge; nothing was deleted."
)


class PurgeReason(enum.StrEnum):
    """Why a student's records are due (stable strings; they appear in audit details as counts)."""

    HIGH_SCHOOL_FINISHED = "high_school_finished"  # graduated/transferred: would have finished high school
    AGE_19 = "age_19"  # left school and is now 19


@dataclass(frozen=True)
class DueStudent:
    """One row of the purge preview. The name is masked (김*수): the preview shows who, not what."""

    student_id: int
    grade: int
    class_no: int
    number: int
    masked_name: str
    status: EnrolmentStatus
    reason: PurgeReason
    due_on: date
    cases: int
    open_cases: int
    requests: int
    last_activity: date | None


@dataclass(frozen=True)
class PurgeResult:
    """What a purge removed (counts only)."""

    students: int
    cases: int
    requests: int
    agenda_items_unlinked: int
    meetings_amended: int
    vacuumed: bool


Reporter = Callable[[int, str], None]


# --- the rules ------------------------------------------------------------------------------------


def school_year(day: date) -> int:
    """The Korean school year a day belongs to (it starts on the 1st of March)."""
    return day.year if day.month >= 3 else day.year - 1


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, clamped to the end of a shorter month."""
    total = day.year * 12 + (day.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def high_school_finished(level: SchoolLevel, grade: int, in_school_year: int) -> date:
    """The first day after the student would finish high school: the 1st of March following the
    February graduation, for a student in `grade` of a school of `level` in `in_school_year`."""
    top = _LEVEL_GRADES[level]
    grade = max(1, min(grade, top))
    last_school_year = in_school_year + (top - grade) + _LEVELS_AFTER[level]
    return date(last_school_year + 1, 3, 1)


def birthday(born: date, age: int) -> date:
    """The day a person born on `born` turns `age` (29 February counts from 1 March)."""
    try:
        return born.replace(year=born.year + age)
    except ValueError:
        return date(born.year + age, 3, 1)


def due_date(student: Student, level: SchoolLevel, extra_months: int = 0) -> tuple[date, PurgeReason] | None:
    """From which day the student's records are due for purge, and why; None when the student is
    still enrolled or the date cannot be computed."""
    if student.status is EnrolmentStatus.ENROLLED:
        return None
    if student.status is EnrolmentStatus.LEFT and student.birth_date is not None:
        return add_months(birthday(student.birth_date, AGE_OF_RELEASE), extra_months), PurgeReason.AGE_19
    if student.left_on is None:
        return None
    finish = high_school_finished(level, student.grade, school_year(student.left_on))
    return add_months(finish, extra_months), PurgeReason.HIGH_SCHOOL_FINISHED


# --- the preview ---------------------------------------------------------------------------------


def mask_name(name: str) -> str:
    """A name with its middle hidden: 홍길동 → 홍*동, 남궁민수 → 남**수, 이산 → 이*."""
    name = name.strip()
    if len(name) <= 1:
        return "*" * len(name)
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def _level(session: Session) -> SchoolLevel:
    level = session.scalar(select(School.level).order_by(School.id).limit(1))
    return level if level is not None else SchoolLevel.ELEMENTARY


def _due(session: Session, today: date) -> list[tuple[Student, date, PurgeReason]]:
    level = _level(session)
    extra = settings_store.get(session, Settings.RETENTION_EXTRA_MONTHS)
    found: list[tuple[Student, date, PurgeReason]] = []
    for student in session.scalars(
        select(Student).where(Student.status != EnrolmentStatus.ENROLLED).order_by(Student.id)
    ):
        due = due_date(student, level, extra)
        if due is not None and due[0] <= today:
            found.append((student, due[0], due[1]))
    return found


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def due_for_purge(session: Session, actor: Actor, today: date) -> list[DueStudent]:
    """The students whose records are due for purge on `today`, for the preview (administrators:
    MANAGE_SETTINGS). Counts come from grouped queries, not one query per student."""
    require(actor, Permission.MANAGE_SETTINGS)
    due = _due(session, today)
    if not due:
        return []
    ids = [s.id for s, _, _ in due]
    cases: Counter[int] = Counter()
    open_cases: Counter[int] = Counter()
    requests: Counter[int] = Counter()
    last: dict[int, date] = {}

    def touch(student_id: int, value: Any) -> None:
        day = _as_date(value)
        if day is not None and (student_id not in last or day > last[student_id]):
            last[student_id] = day

    for chunk in _chunks(ids):
        for student_id, state, updated_at in session.execute(
            select(SupportCase.student_id, SupportCase.state, SupportCase.updated_at).where(
                SupportCase.student_id.in_(chunk)
            )
        ):
            cases[student_id] += 1
            if state not in _FINISHED_STATES:
                open_cases[student_id] += 1
            touch(student_id, updated_at)
        for student_id, n, updated_at in session.execute(
            select(SupportRequest.student_id, func.count(), func.max(SupportRequest.updated_at))
            .where(SupportRequest.student_id.in_(chunk))
            .group_by(SupportRequest.student_id)
        ):
            requests[student_id] = n
            touch(student_id, updated_at)
    return [
        DueStudent(
            student_id=s.id,
            grade=s.grade,
            class_no=s.class_no,
            number=s.number,
            masked_name=mask_name(s.name),
            status=s.status,
            reason=reason,
            due_on=due_on,
            cases=cases[s.id],
            open_cases=open_cases[s.id],
            requests=requests[s.id],
            last_activity=last.get(s.id),
        )
        for s, due_on, reason in due
    ]


# --- the purge -----------------------------------------------------------------------------------


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def _ids(session: Session, column: InstrumentedAttribute[Any], where: Any, keys: Sequence[int]) -> list[int]:
    found: list[int] = []
    for chunk in _chunks(keys):
        found.extend(session.scalars(select(column).where(where.in_(chunk))))
    return found


def _delete(session: Session, table: Any, column: Any, keys: Sequence[int]) -> None:
    for chunk in _chunks(keys):
        session.execute(delete(table).where(column.in_(chunk)))


def _unlink(session: Session, column: InstrumentedAttribute[Any], keys: Sequence[int]) -> None:
    """Set a nullable foreign key to NULL wherever it points at one of `keys`."""
    for chunk in _chunks(keys):
        session.execute(
            update(column.class_).where(column.in_(chunk)).values({column.key: None}),
            execution_options={"synchronize_session": False},
        )


def _amend_minutes(session: Session, actor: Actor, items: list[AgendaItem], today: date) -> int:
    """Unlink the agenda items; re-stamp finalised minutes that matched their hash, with a dated
    addendum. Returns how many finalised meetings were amended."""
    from desktop.services.meetings import content_hash  # meetings imports much; keep it local

    by_meeting: dict[int, list[AgendaItem]] = defaultdict(list)
    for item in items:
        by_meeting[item.meeting_id].append(item)
    amended = 0
    for meeting_id, meeting_items in sorted(by_meeting.items()):
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        matched = meeting.content_hash is not None and meeting.content_hash == content_hash(meeting)
        for item in meeting_items:
            item.case_id = None
            item.request_id = None
        if meeting.content_hash is None:
            continue
        if matched:
            meeting.content_hash = content_hash(meeting)
        # Minutes are Korean documents; the addendum names no student.
        session.add(
            MinutesAddendum(
                meeting_id=meeting.id,
                author_id=actor.staff_id,
                text=(
                    f"{today.isoformat()} 보존기간이 지난 학생맞춤통합지원 자료의 파기"
                    f"(시행령 제10조제5항)에 따라 안건 {len(meeting_items)}건의 사례·신청 연결을 해제하고 "
                    "회의록 내용 해시를 다시 계산함."
                ),
            )
        )
        amended += 1
    return amended


def purge(
    session: Session,
    actor: Actor,
    student_ids: Sequence[int],
    today: date,
    *,
    report: Reporter | None = None,
) -> PurgeResult:
    """Delete for good the students (all of them due on `today`) with their requests and cases and
    everything under them, unlink meeting agenda items, record a PURGE audit event with counts
    only, commit, then VACUUM. Refuses the whole list if one student is not due."""
    require(actor, Permission.MANAGE_SETTINGS)

    def progress(percent: int) -> None:
        if report is not None:
            report(percent, "")

    chosen = sorted(set(student_ids))
    if not chosen:
        raise ValidationError(MSG_NONE_CHOSEN)
    due = {s.id: reason for s, _, reason in _due(session, today)}
    not_due = [i for i in chosen if i not in due]
    if not_due:
        raise ValidationError(MSG_NOT_DUE, count=len(not_due))
    progress(5)

    case_ids = _ids(session, SupportCase.id, SupportCase.student_id, chosen)
    request_ids = _ids(session, SupportRequest.id, SupportRequest.student_id, chosen)
    intervention_ids = _ids(session, Intervention.id, Intervention.case_id, case_ids)
    plan_ids = _ids(session, SupportPlan.id, SupportPlan.case_id, case_ids)
    plan_action_ids = _ids(session, PlanAction.id, PlanAction.plan_id, plan_ids)
    consent_ids = _ids(session, Consent.id, Consent.case_id, case_ids)
    task_ids = _ids(session, Task.id, Task.case_id, case_ids)
    progress(15)

    # Links from what stays (minutes, other students' records) to what goes.
    items: list[AgendaItem] = []
    for chunk in _chunks(case_ids):
        items.extend(session.scalars(select(AgendaItem).where(AgendaItem.case_id.in_(chunk))))
    for chunk in _chunks(request_ids):
        items.extend(session.scalars(select(AgendaItem).where(AgendaItem.request_id.in_(chunk))))
    items = list({item.id: item for item in items}.values())
    meetings_amended = _amend_minutes(session, actor, items, today)
    session.flush()
    _unlink(session, ActionItem.task_id, task_ids)
    _unlink(session, SupportRequest.case_id, case_ids)  # another student's request joined to a case
    _unlink(session, Referral.intervention_id, intervention_ids)
    _unlink(session, Referral.consent_id, consent_ids)
    _unlink(session, Intervention.plan_action_id, plan_action_ids)
    progress(30)

    # Children first, so that nothing depends on ON DELETE CASCADE.
    _delete(session, SupportSession, SupportSession.intervention_id, intervention_ids)
    _delete(session, Referral, Referral.case_id, case_ids)
    _delete(session, Intervention, Intervention.case_id, case_ids)
    _delete(session, PlanAction, PlanAction.plan_id, plan_ids)
    _delete(session, PlanGoal, PlanGoal.plan_id, plan_ids)
    _delete(session, SupportPlan, SupportPlan.case_id, case_ids)
    for model, column in (
        (Consent, Consent.case_id),
        (CaseNote, CaseNote.case_id),
        (Task, Task.case_id),
        (CaseStateChange, CaseStateChange.case_id),
    ):
        _delete(session, model, column, case_ids)
    for table in (case_domain, case_need_category, case_support_type):
        assert isinstance(table, Table)
        _delete(session, table, table.c.case_id, case_ids)
    _delete(session, request_domain, request_domain.c.request_id, request_ids)
    progress(50)
    _delete(session, SupportRequest, SupportRequest.id, request_ids)
    _delete(session, SupportCase, SupportCase.id, case_ids)
    _delete(session, Student, Student.id, chosen)
    progress(60)

    reasons = Counter(str(due[i]) for i in chosen)
    audit.record(
        session,
        actor,
        AuditAction.PURGE,
        entity_type=AuditRecord.STUDENT,
        detail={
            "students": len(chosen),
            "cases": len(case_ids),
            "requests": len(request_ids),
            "agenda_items_unlinked": len(items),
            "meetings_amended": meetings_amended,
            "reasons": dict(sorted(reasons.items())),
            "extra_months": settings_store.get(session, Settings.RETENTION_EXTRA_MONTHS),
        },
    )
    session.commit()
    session.expunge_all()
    progress(70)
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    vacuumed = vacuum(engine)
    progress(100)
    return PurgeResult(
        students=len(chosen),
        cases=len(case_ids),
        requests=len(request_ids),
        agenda_items_unlinked=len(items),
        meetings_amended=meetings_amended,
        vacuumed=vacuumed,
    )


__all__ = [
    "AGE_OF_RELEASE",
    "DueStudent",
    "PurgeReason",
    "PurgeResult",
    "add_months",
    "birthday",
    "due_date",
    "due_for_purge",
    "high_school_finished",
    "mask_name",
    "purge",
    "school_year",
]
