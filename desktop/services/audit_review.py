"""The monthly review of the audit log (DESIGN §1.5): filtered, paged reads of the events, the
state of the hash chain, marking a month as reviewed, and the retention rule of the log.

Events are read a page at a time, newest first, by id (keyset paging on the primary key), so a
log of 500,000 events never loads at once. A student's name is shown only to those who may see
the student; everyone else sees the student's number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import AuditEvent, AuditReview, Meeting, StaffAccount, Student
from desktop.services import audit, audit_anchor
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import ValidationError
from desktop.services.permissions import Permission, can, require

PAGE_SIZE = 500

AUDIT_RETENTION_YEARS = 2
"""Audit events younger than this are never purged (DESIGN §1.5: access log kept ≥ 2 years)."""

GRANT_RETENTION_YEARS = 3
"""Grants and changes of rights are kept longer (DESIGN §1.5: ≥ 3 years)."""

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


# --- rows ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    """What the review screen asks for. `start`/`end` are dates (inclusive), local to the school;
    None means no bound. The other fields are None for "any"."""

    start: date | None = None
    end: date | None = None
    actor_id: int | None = None
    action: str | None = None
    student_id: int | None = None
    entity_type: str | None = None


@dataclass(frozen=True)
class AuditEventRow:
    """An audit event as the review screen shows it (no detail: it may hold names)."""

    id: int
    at: datetime
    actor_id: int | None
    actor_name: str
    action: str
    entity_type: str
    entity_id: int | None
    student_id: int | None
    # None when the reader may not see this student (or the student was purged).
    student_name: str | None
    purpose: str
    # The person's name as their account has it now ("" for an event without an account, or an
    # account since deleted: actor_name, the log-in name stored in the event, then speaks).
    actor_display_name: str = ""
    # The case's code the event names ("2026-0012"), or for a meeting its year and number.
    case_code: str | None = None
    meeting_year: int | None = None
    meeting_number: int | None = None
    # What the change was, more precisely than the action: one of SPECIFIC_ACTIONS, or None.
    specific_action: str | None = None


@dataclass(frozen=True)
class PersonChoice:
    id: int
    username: str
    display_name: str


@dataclass(frozen=True)
class StudentChoice:
    id: int
    name: str
    grade: int
    class_no: int
    number: int


@dataclass(frozen=True)
class MonthReview:
    month: str
    reviewed_by_name: str
    reviewed_at: datetime
    note: str


@dataclass(frozen=True)
class SignedHeadRow:
    """The newest signed head of the chain, for the review screen and the principal's signature."""

    event_count: int
    head_hash: str
    at: datetime
    signer: str
    verified: bool


@dataclass(frozen=True)
class ChainState:
    """The audit chain as `dodam check` sees it: how many events, what is wrong, what is only
    unsigned yet, and the newest signed head (None when nothing is signed yet)."""

    events: int
    problems: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    head: SignedHeadRow | None = None

    @property
    def intact(self) -> bool:
        return not self.problems


# What an event did, beyond its action: read from its detail (what the review screen shows as
# "승인" instead of "수정" for a plan's approval).
SPECIFIC_ACTIONS = (
    "approve",
    "submit",
    "return",
    "finalise",
    "sign",
    "addendum",
    "start",
    "complete",
    "cancel",
    "apply",
)
_STATUS_ACTIONS = {
    ("support_plan", "approved"): "approve",
    ("support_plan", "submitted"): "submit",
    ("support_plan", "draft"): "return",
    ("intervention", "active"): "start",
    ("intervention", "completed"): "complete",
    ("intervention", "cancelled"): "cancel",
    ("task", "done"): "complete",
    ("task", "cancelled"): "cancel",
}
_MEETING_ACTIONS = {
    "finalise": "finalise",
    "sign": "sign",
    "addendum": "addendum",
    "apply_decisions": "apply",
}


def specific_action(entity_type: str, what: object, status_after: object) -> str | None:
    """The precise action an UPDATE event stands for (a plan approved, minutes signed, …), from
    the fields of its detail; None when the event is a plain edit."""
    if entity_type == "meeting":
        if isinstance(what, str):
            return _MEETING_ACTIONS.get(what)
        return "finalise" if status_after == "finalised" else None
    if isinstance(status_after, str):
        return _STATUS_ACTIONS.get((entity_type, status_after))
    return None


# --- months and periods --------------------------------------------------------------------------


def month_key(day: date) -> str:
    """The "YYYY-MM" key of the month a day falls in."""
    return f"{day.year:04d}-{day.month:02d}"


def month_bounds(month: str) -> tuple[date, date]:
    """The first and last day of a "YYYY-MM" month."""
    match = _MONTH.match(month)
    if match is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{month}” is not a month (YYYY-MM)."), month=month)
    first = date(int(match.group(1)), int(match.group(2)), 1)
    following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def month_filter(month: str) -> AuditFilter:
    """The default filter of the review screen: every event of one month."""
    first, last = month_bounds(month)
    return AuditFilter(start=first, end=last)


def _local_midnight_utc(day: date) -> datetime:
    # Events are stored in UTC; the period is the school's local calendar days.
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC)


def _conditions(flt: AuditFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if flt.start is not None:
        where.append(AuditEvent.at >= _local_midnight_utc(flt.start))
    if flt.end is not None:
        where.append(AuditEvent.at < _local_midnight_utc(flt.end + timedelta(days=1)))
    if flt.actor_id is not None:
        where.append(AuditEvent.actor_id == flt.actor_id)
    if flt.action:
        where.append(AuditEvent.action == flt.action)
    if flt.student_id is not None:
        where.append(AuditEvent.student_id == flt.student_id)
    if flt.entity_type:
        where.append(AuditEvent.entity_type == flt.entity_type)
    return where


def _student_name_visible(actor: Actor) -> ColumnElement[bool] | None:
    """SQL for "the reader may see this student's name", or None when no name may be shown.

    Only the roster view counts here (all students, or one's own class): a name is never shown
    on the strength of a case assignment, which would need a query per student.
    """
    if can(actor, Permission.VIEW_ALL_STUDENTS):
        return Student.id.is_not(None)
    if (
        can(actor, Permission.VIEW_OWN_CLASS_STUDENTS)
        and actor.homeroom_grade is not None
        and actor.homeroom_class is not None
    ):
        return and_(Student.grade == actor.homeroom_grade, Student.class_no == actor.homeroom_class)
    return None


# --- reads ---------------------------------------------------------------------------------------


def count_events(session: Session, actor: Actor, flt: AuditFilter) -> int:
    """How many events match the filter (VIEW_AUDIT)."""
    require(actor, Permission.VIEW_AUDIT)
    stmt = select(func.count()).select_from(AuditEvent).where(*_conditions(flt))
    return session.scalar(stmt) or 0


def events_page(
    session: Session,
    actor: Actor,
    flt: AuditFilter,
    *,
    before_id: int | None = None,
    limit: int = PAGE_SIZE,
) -> list[AuditEventRow]:
    """One page of matching events, newest first: those with an id below `before_id` (VIEW_AUDIT).
    Pass the last row's id of a page to get the next one."""
    require(actor, Permission.VIEW_AUDIT)
    visible = _student_name_visible(actor)
    detail = AuditEvent.detail
    columns = [
        AuditEvent.id,
        AuditEvent.at,
        AuditEvent.actor_id,
        AuditEvent.actor_name,
        AuditEvent.action,
        AuditEvent.entity_type,
        AuditEvent.entity_id,
        AuditEvent.student_id,
        AuditEvent.purpose,
        StaffAccount.display_name,
        func.json_extract(detail, "$.case"),
        Meeting.year,
        Meeting.number,
        func.json_extract(detail, "$.what"),
        # A status change's new status; some events (the demo's, older ones) hold it as "status".
        func.coalesce(
            func.json_extract(detail, "$.changes.status.after"), func.json_extract(detail, "$.status")
        ),
    ]
    where = _conditions(flt)
    if before_id is not None:
        where.append(AuditEvent.id < before_id)
    stmt = (
        select(*columns)
        .outerjoin(StaffAccount, StaffAccount.id == AuditEvent.actor_id)
        .outerjoin(Meeting, and_(AuditEvent.entity_type == "meeting", Meeting.id == AuditEvent.entity_id))
    )
    if visible is not None:
        stmt = stmt.add_columns(Student.name, visible).outerjoin(Student, Student.id == AuditEvent.student_id)
    stmt = stmt.where(*where).order_by(AuditEvent.id.desc()).limit(limit)
    rows: list[AuditEventRow] = []
    for r in session.execute(stmt):
        name = r[15] if visible is not None and r[16] else None
        rows.append(
            AuditEventRow(
                id=r[0],
                at=r[1],
                actor_id=r[2],
                actor_name=r[3],
                action=r[4],
                entity_type=r[5],
                entity_id=r[6],
                student_id=r[7],
                student_name=name,
                purpose=r[8],
                actor_display_name=r[9] or "",
                case_code=r[10] if isinstance(r[10], str) else None,
                meeting_year=r[11],
                meeting_number=r[12],
                specific_action=specific_action(r[5], r[13], r[14]),
            )
        )
    return rows


def people(session: Session, actor: Actor) -> list[PersonChoice]:
    """Every staff account, for the "person" filter (VIEW_AUDIT)."""
    require(actor, Permission.VIEW_AUDIT)
    stmt = select(StaffAccount.id, StaffAccount.username, StaffAccount.display_name).order_by(
        StaffAccount.display_name, StaffAccount.id
    )
    return [PersonChoice(id=r[0], username=r[1], display_name=r[2]) for r in session.execute(stmt)]


def entity_types(session: Session, actor: Actor) -> list[str]:
    """The kinds of record the log mentions, for the "record" filter (VIEW_AUDIT)."""
    require(actor, Permission.VIEW_AUDIT)
    # A loose index scan: one seek in ix_audit_event_entity_type per kind, instead of reading all
    # the events (SQLite's DISTINCT would). Comes out sorted; the empty kind is skipped.
    kinds: list[str] = []
    while True:
        after = kinds[-1] if kinds else ""
        kind = session.scalar(select(func.min(AuditEvent.entity_type)).where(AuditEvent.entity_type > after))
        if kind is None:
            return kinds
        kinds.append(kind)


def actions() -> list[str]:
    """Every audit action, for the "action" filter."""
    return [a.value for a in AuditAction]


def find_students(session: Session, actor: Actor, text: str, *, limit: int = 50) -> list[StudentChoice]:
    """Students whose name contains `text` (or whose id is `text`), among those the reader may
    see — the way to filter the log by student (VIEW_AUDIT)."""
    require(actor, Permission.VIEW_AUDIT)
    text = text.strip()
    visible = _student_name_visible(actor)
    if not text or visible is None:
        return []
    match: ColumnElement[bool] = Student.name.contains(text, autoescape=True)
    if text.isdigit():
        match = or_(match, Student.id == int(text))
    stmt = (
        select(Student.id, Student.name, Student.grade, Student.class_no, Student.number)
        .where(match, visible)
        .order_by(Student.grade, Student.class_no, Student.number, Student.id)
        .limit(limit)
    )
    return [
        StudentChoice(id=r[0], name=r[1], grade=r[2], class_no=r[3], number=r[4])
        for r in session.execute(stmt)
    ]


def chain_state(session: Session, actor: Actor) -> ChainState:
    """The hash chain's state, as `dodam check` reports it (VIEW_AUDIT). Reads every event: run
    it off the UI thread."""
    require(actor, Permission.VIEW_AUDIT)
    report = audit_anchor.verify(session)
    head = report.head
    return ChainState(
        events=report.events,
        problems=tuple(report.problems),
        warnings=tuple(report.warnings),
        head=SignedHeadRow(
            event_count=head.event_count,
            head_hash=head.head_hash,
            at=head.at,
            signer=head.signer,
            verified=report.head_verified and not report.problems,
        )
        if head is not None
        else None,
    )


# --- the monthly review --------------------------------------------------------------------------


def _review_event(session: Session, month: str) -> AuditEvent | None:
    """The first REVIEW event of a "YYYY-MM" month: the review mark is this chained event, not a
    row anyone with the database key could add or change."""
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.action == AuditAction.REVIEW.value, AuditEvent.detail["month"].as_string() == month)
        .order_by(AuditEvent.id)
        .limit(1)
    )
    return session.scalars(stmt).first()


def month_review(session: Session, actor: Actor, month: str) -> MonthReview | None:
    """Who reviewed this "YYYY-MM" month and when, or None if nobody has yet (VIEW_AUDIT). Read from
    the month's REVIEW event in the audit chain; the note from the review's row when it matches."""
    require(actor, Permission.VIEW_AUDIT)
    month_bounds(month)
    event = _review_event(session, month)
    if event is None:
        return None
    name = session.scalar(select(StaffAccount.display_name).where(StaffAccount.id == event.actor_id))
    row = session.scalars(select(AuditReview).where(AuditReview.month == month)).first()
    note = ""
    if row is not None and row.reviewed_by == event.actor_id:
        expected = (event.detail or {}).get("note_sha256")
        if expected is None or expected == audit_anchor.note_digest(row.note):
            note = row.note
    return MonthReview(
        month=month, reviewed_by_name=name or event.actor_name, reviewed_at=event.at, note=note
    )


def mark_month_reviewed(
    session: Session, actor: Actor, month: str, *, note: str = "", today: date | None = None
) -> MonthReview:
    """Record that `actor` reviewed the log of a "YYYY-MM" month (VIEW_AUDIT). A month that has
    not started cannot be reviewed, and a month is reviewed once. The mark is a REVIEW event in the
    chain (the month, the range of its events, a digest of the note — the note itself is free text
    and stays out of the log), and an administrator's review signs the chain's head. Commits."""
    require(actor, Permission.VIEW_AUDIT)
    first, _last = month_bounds(month)
    today = today or date.today()
    if first > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The month {month} has not started yet: it cannot be reviewed."),
            month=month,
        )
    existing = month_review(session, actor, month)
    if existing is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The month {month} was already reviewed by {name}."),
            month=month,
            name=existing.reviewed_by_name,
        )
    where = _conditions(month_filter(month))
    low, high, count = session.execute(
        select(func.min(AuditEvent.id), func.max(AuditEvent.id), func.count()).where(*where)
    ).one()
    note = note.strip()
    # A row left by an earlier version (or by hand) without its event is replaced by this review.
    for stale in session.scalars(select(AuditReview).where(AuditReview.month == month)):
        session.delete(stale)
    session.flush()
    review = AuditReview(month=month, reviewed_by=actor.staff_id, note=note)
    session.add(review)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.REVIEW,
        entity_type=AuditRecord.AUDIT_REVIEW,
        entity_id=review.id,
        detail={
            "month": month,
            "first_event_id": low,
            "last_event_id": high,
            "events": count,
            "note_sha256": audit_anchor.note_digest(note),
        },
    )
    audit_anchor.checkpoint(session, "review")
    session.commit()
    result = month_review(session, actor, month)
    assert result is not None
    return result


# --- retention -----------------------------------------------------------------------------------


def _years_before(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - years, day=28)


def audit_retention_cutoff(action: str, *, now: datetime | None = None) -> datetime:
    """Events of this action at or after the returned moment must be kept: 2 years for every
    event, 3 years for grants and changes of rights (DESIGN §1.5)."""
    now = now or datetime.now(UTC)
    years = GRANT_RETENTION_YEARS if action == AuditAction.GRANT else AUDIT_RETENTION_YEARS
    return _years_before(now, years)


def audit_event_may_be_purged(action: str, at: datetime, *, now: datetime | None = None) -> bool:
    """The retention rule of the audit log, for anyone who deletes events: True only for an event
    older than its retention period."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)  # SQLite hands stored UTC back naive
    return at < audit_retention_cutoff(action, now=now)


def purgeable_events_clause(*, now: datetime | None = None) -> ColumnElement[bool]:
    """The same rule as SQL, for a bulk DELETE/SELECT on audit_event."""
    return or_(
        and_(
            AuditEvent.action == AuditAction.GRANT.value,
            AuditEvent.at < audit_retention_cutoff("grant", now=now),
        ),
        and_(
            AuditEvent.action != AuditAction.GRANT.value, AuditEvent.at < audit_retention_cutoff("", now=now)
        ),
    )


def check_audit_purge(actions_and_times: list[tuple[str, datetime]], *, now: datetime | None = None) -> None:
    """Refuse (ValidationError) a purge that would delete an event still under retention."""
    for action, at in actions_and_times:
        if not audit_event_may_be_purged(action, at, now=now):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Audit events are kept for at least {years} years: this deletion would remove newer ones.",
                ),
                years=GRANT_RETENTION_YEARS if action == AuditAction.GRANT else AUDIT_RETENTION_YEARS,
            )


__all__ = [
    "AUDIT_RETENTION_YEARS",
    "GRANT_RETENTION_YEARS",
    "PAGE_SIZE",
    "AuditEventRow",
    "AuditFilter",
    "ChainState",
    "MonthReview",
    "PersonChoice",
    "SignedHeadRow",
    "StudentChoice",
    "actions",
    "audit_event_may_be_purged",
    "audit_retention_cutoff",
    "chain_state",
    "check_audit_purge",
    "count_events",
    "entity_types",
    "events_page",
    "find_students",
    "mark_month_reviewed",
    "month_bounds",
    "month_filter",
    "month_key",
    "month_review",
    "people",
    "purgeable_events_clause",
]
