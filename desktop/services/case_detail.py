"""What the case window shows: the header, the state actions, the notes and the timeline of one
case, scoped by what the acting user may see (DESIGN §1.5).

Those with VIEW_ALL_CASES and those the case is assigned to (case manager, provider of an
intervention) see the whole case. A homeroom teacher sees of the other cases of their own class
only the code and the state (`CaseHeader.limited`); every other read refuses for them. A case
the user may not see at all is NotFound, exactly like one that does not exist.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    AuditEvent,
    CaseNote,
    CaseState,
    CaseStateChange,
    Consent,
    Intervention,
    InterventionStatus,
    NeedDomain,
    NoteCategory,
    Organisation,
    PlanStatus,
    Priority,
    Referral,
    ReferralStatus,
    StaffAccount,
    SupportCase,
    SupportPlan,
    SupportRequest,
    SupportSession,
    Task,
    TaskStatus,
    case_domain,
)
from desktop.services import restricted_text
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.case_workflow import REASON_REQUIRED, available_transitions
from desktop.services.errors import PermissionDenied
from desktop.services.listing import DomainName
from desktop.services.lookups import get_case
from desktop.services.permissions import Permission, can, can_see_case, is_assigned

MSG_STATE_ONLY = QT_TRANSLATE_NOOP(
    "errors", "Your account may see only the state of this case, because it is not assigned to you."
)


@dataclass(frozen=True)
class CaseHeader:
    """The top of the case window. With `limited` only `id`, `code` and `state` are filled in:
    a homeroom teacher's view of a case of their class that is not assigned to them."""

    id: int
    code: str
    state: CaseState
    limited: bool
    student_id: int | None = None
    student_name: str = ""
    grade: int | None = None
    class_no: int | None = None
    number: int | None = None
    priority: Priority | None = None
    risk_level: int | None = None
    manager_id: int | None = None
    manager_name: str = ""
    opened_on: date | None = None
    next_review_on: date | None = None
    state_reason: str = ""
    summary: str = ""
    domains: tuple[DomainName, ...] = ()


@dataclass(frozen=True)
class StateAction:
    """A state the case could move to: `refusal` is None when the move is possible now, otherwise
    why not (an English source string, context "errors"); `needs_reason` asks for a reason first."""

    to_state: CaseState
    refusal: str | None
    needs_reason: bool


@dataclass(frozen=True)
class NoteRow:
    id: int
    written_at: datetime
    category: NoteCategory
    restricted: bool
    author_id: int
    author_name: str
    text: str
    sealed: bool = False
    """True when the text is restricted and this session's keys cannot open it (text is then "")."""


class TimelineKind(enum.StrEnum):
    """What a timeline entry is about (the kind filter of the timeline)."""

    REQUEST = "request"
    STATE = "state"
    CONSENT = "consent"
    PLAN = "plan"
    INTERVENTION = "intervention"
    SESSION = "session"
    REFERRAL = "referral"
    NOTE = "note"
    TASK = "task"


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened to a case.

    `title` is an English source string (context "timeline") with `{placeholders}` filled from
    `params` (enum values are shown by their labels); `detail` is stored free text (a reason, a
    description, a note). `when` is naive UTC; with `has_time` False only its day is known."""

    when: datetime
    has_time: bool
    kind: TimelineKind
    title: str
    params: tuple[tuple[str, Any], ...]
    detail: str
    by: str


def seen_case(session: Session, actor: Actor, case_id: int) -> SupportCase:
    """The case, when the actor may see at least its state; NotFound otherwise."""
    return get_case(session, case_id, lambda case: can_see_case(session, actor, case))


def sees_whole_case(session: Session, actor: Actor, case: SupportCase) -> bool:
    """Whether the actor sees all of a case they may see (not only its state)."""
    return can(actor, Permission.VIEW_ALL_CASES) or is_assigned(session, actor, case)


def visible_case(session: Session, actor: Actor, case_id: int) -> SupportCase:
    """The case, for a user who may see all of it; NotFound when they may not see it at all,
    PermissionDenied when they may see only its state."""
    case = seen_case(session, actor, case_id)
    if not sees_whole_case(session, actor, case):
        raise PermissionDenied(MSG_STATE_ONLY, case_id=case_id)
    return case


def case_header(session: Session, actor: Actor, case_id: int) -> CaseHeader:
    """The header of the case window, limited to code and state for a homeroom teacher's
    own-class case that is not assigned to them; NotFound for a case the user may not see."""
    case = seen_case(session, actor, case_id)
    if not sees_whole_case(session, actor, case):
        return CaseHeader(id=case.id, code=case.code, state=case.state, limited=True)
    student = case.student
    manager = case.manager
    domains = session.execute(
        select(NeedDomain.code, NeedDomain.name_ko, NeedDomain.name_en)
        .join(case_domain, case_domain.c.domain_id == NeedDomain.id)
        .where(case_domain.c.case_id == case.id)
        .order_by(NeedDomain.sort_order, NeedDomain.id)
    )
    return CaseHeader(
        id=case.id,
        code=case.code,
        state=case.state,
        limited=False,
        student_id=student.id,
        student_name=student.name,
        grade=student.grade,
        class_no=student.class_no,
        number=student.number,
        priority=case.priority,
        risk_level=case.risk_level,
        manager_id=case.manager_id,
        manager_name=manager.display_name if manager is not None else "",
        opened_on=case.opened_on,
        next_review_on=case.next_review_on,
        state_reason=case.state_reason,
        summary=case.summary,
        domains=tuple(DomainName(code=r[0], name_ko=r[1], name_en=r[2]) for r in domains),
    )


def state_actions(
    session: Session, actor: Actor, case_id: int, *, on: date | None = None
) -> list[StateAction]:
    """Every state the case could move to from its current one, each with why it is not possible
    now (None when it is), for those who may see the whole case."""
    case = visible_case(session, actor, case_id)
    return [
        StateAction(to_state=state, refusal=refusal, needs_reason=state in REASON_REQUIRED)
        for state, refusal in available_transitions(session, case, on=on)
    ]


def _restricted_allowed(actor: Actor, author: Any) -> ColumnElement[bool]:
    """SQL for "the actor may read this restricted record" (cf. permissions.can_see_note)."""
    if can(actor, Permission.VIEW_RESTRICTED_NOTES):
        return true()
    if actor.staff_id is None:
        return false()
    return author == actor.staff_id


def notes(session: Session, actor: Actor, case_id: int) -> list[NoteRow]:
    """The case's notes the actor may read, newest first. Restricted notes of others are never
    fetched for those who may not read them."""
    case = visible_case(session, actor, case_id)
    author = aliased(StaffAccount)
    stmt = (
        select(
            CaseNote.id,
            CaseNote.written_at,
            CaseNote.category,
            CaseNote.restricted,
            CaseNote.author_id,
            author.display_name,
            CaseNote.text,
        )
        .join(author, author.id == CaseNote.author_id)
        .where(
            CaseNote.case_id == case.id,
            or_(CaseNote.restricted.is_(False), _restricted_allowed(actor, CaseNote.author_id)),
        )
        .order_by(CaseNote.written_at.desc(), CaseNote.id.desc())
    )
    rows = []
    for r in session.execute(stmt):
        text, sealed = r[6], False
        if r[3]:
            opened = restricted_text.reveal(session, text, restricted_text.CASE_NOTE)
            text, sealed = (opened, False) if opened is not None else ("", True)
        rows.append(
            NoteRow(
                id=r[0],
                written_at=_utc(r[1]),
                category=r[2],
                restricted=r[3],
                author_id=r[4],
                author_name=r[5],
                text=text,
                sealed=sealed,
            )
        )
    return rows


def _utc(at: datetime) -> datetime:
    # SQLite hands stored datetimes back naive (they are UTC); compare everything naive UTC.
    if at.tzinfo is not None:
        return at.astimezone(UTC).replace(tzinfo=None)
    return at


def _day(day: date) -> datetime:
    return datetime.combine(day, time.min)


def timeline_order(entry: TimelineEntry) -> datetime:
    """Where an entry stands in time (naive UTC), for sorting the timeline.

    An entry known only by its day stands at the start of that day in the school's local time:
    whatever happened at a known time that day came after it (a session held on the 8th is
    listed before the state change made at 10:00 on the 8th). Midnight taken as UTC, as `when`
    holds it, would have put it at 09:00 in Korea, between that day's morning and afternoon."""
    if entry.has_time:
        return entry.when
    local_midnight = datetime.combine(entry.when.date(), time.min).astimezone()
    return local_midnight.astimezone(UTC).replace(tzinfo=None)


def _local_day(at: datetime) -> date:
    """The school's local day of a stored (naive UTC) time."""
    return at.replace(tzinfo=UTC).astimezone().date()


def _no_later_than(created_at: datetime, *later: date | datetime | None) -> tuple[datetime, bool]:
    """When a record was created, but never after what followed it: a record entered afterwards
    (e.g. an intervention typed in once it had started) carries its entry time as created_at.
    Returns the time and whether it has a time of day."""
    when, has_time = _utc(created_at), True
    for value in later:
        if value is None:
            continue
        candidate, timed = (_utc(value), True) if isinstance(value, datetime) else (_day(value), False)
        if candidate < when:
            when, has_time = candidate, timed
    return when, has_time


def _requests(session: Session, case_id: int) -> list[TimelineEntry]:
    filer = aliased(StaffAccount)
    stmt = (
        select(
            SupportRequest.received_on,
            SupportRequest.requester_kind,
            SupportRequest.description,
            filer.display_name,
        )
        .outerjoin(filer, filer.id == SupportRequest.filed_by_id)
        .where(SupportRequest.case_id == case_id)
    )
    return [
        TimelineEntry(
            when=_day(r[0]),
            has_time=False,
            kind=TimelineKind.REQUEST,
            title=QT_TRANSLATE_NOOP("timeline", "Support request received (requested by: {requester})"),
            params=(("requester", r[1]),),
            detail=r[2],
            by=r[3] or "",
        )
        for r in session.execute(stmt)
    ]


def _state_changes(session: Session, case_id: int) -> list[TimelineEntry]:
    by = aliased(StaffAccount)
    stmt = (
        select(
            CaseStateChange.at,
            CaseStateChange.from_state,
            CaseStateChange.to_state,
            CaseStateChange.reason,
            by.display_name,
        )
        .outerjoin(by, by.id == CaseStateChange.by_id)
        .where(CaseStateChange.case_id == case_id)
    )
    entries = []
    for at, from_state, to_state, reason, name in session.execute(stmt):
        params: tuple[tuple[str, Any], ...]
        if from_state is None:
            title, params = QT_TRANSLATE_NOOP("timeline", "Case opened: {to}"), (("to", to_state),)
        else:
            title = QT_TRANSLATE_NOOP("timeline", "State changed from {from} to {to}")
            params = (("from", from_state), ("to", to_state))
        entries.append(
            TimelineEntry(
                when=_utc(at),
                has_time=True,
                kind=TimelineKind.STATE,
                title=title,
                params=params,
                detail=reason,
                by=name or "",
            )
        )
    return entries


def _consents(session: Session, case_id: int) -> list[TimelineEntry]:
    by = aliased(StaffAccount)
    stmt = (
        select(
            Consent.party,
            Consent.purpose,
            Consent.given,
            Consent.given_on,
            Consent.withdrawn_on,
            Consent.withdrawal_reason,
            Consent.recipient,
            Organisation.name,
            by.display_name,
        )
        .outerjoin(Organisation, Organisation.id == Consent.recipient_organisation_id)
        .outerjoin(by, by.id == Consent.recorded_by_id)
        .where(Consent.case_id == case_id)
    )
    entries = []
    for (
        party,
        purpose,
        given,
        given_on,
        withdrawn_on,
        withdrawal_reason,
        recipient,
        org,
        name,
    ) in session.execute(stmt):
        params = (("party", party), ("purpose", purpose))
        to_whom = org or recipient or ""
        entries.append(
            TimelineEntry(
                when=_day(given_on),
                has_time=False,
                kind=TimelineKind.CONSENT,
                title=QT_TRANSLATE_NOOP("timeline", "Consent given: {party}, {purpose}")
                if given
                else QT_TRANSLATE_NOOP("timeline", "Consent refused: {party}, {purpose}"),
                params=params,
                detail=to_whom,
                by=name or "",
            )
        )
        if withdrawn_on is not None:
            entries.append(
                TimelineEntry(
                    when=_day(withdrawn_on),
                    has_time=False,
                    kind=TimelineKind.CONSENT,
                    title=QT_TRANSLATE_NOOP("timeline", "Consent withdrawn: {party}, {purpose}"),
                    params=params,
                    detail=withdrawal_reason,
                    by=name or "",
                )
            )
    return entries


def _plans(session: Session, case_id: int) -> list[TimelineEntry]:
    author = aliased(StaffAccount)
    approver = aliased(StaffAccount)
    stmt = (
        select(
            SupportPlan.version,
            SupportPlan.status,
            SupportPlan.created_at,
            SupportPlan.updated_at,
            SupportPlan.approved_at,
            author.display_name,
            approver.display_name,
        )
        .outerjoin(author, author.id == SupportPlan.author_id)
        .outerjoin(approver, approver.id == SupportPlan.approved_by_id)
        .where(SupportPlan.case_id == case_id)
    )
    entries = []
    for version, status, created_at, updated_at, approved_at, author_name, approver_name in session.execute(
        stmt
    ):
        params = (("version", version),)
        submitted_at = updated_at if status is PlanStatus.SUBMITTED else None
        drafted, timed = _no_later_than(created_at, submitted_at, approved_at)
        entries.append(
            TimelineEntry(
                drafted,
                timed,
                TimelineKind.PLAN,
                QT_TRANSLATE_NOOP("timeline", "Support plan version {version} drafted"),
                params,
                "",
                author_name or "",
            )
        )
        # Only a plan still waiting for approval knows when it was submitted (its last change).
        if status is PlanStatus.SUBMITTED:
            entries.append(
                TimelineEntry(
                    _utc(updated_at),
                    True,
                    TimelineKind.PLAN,
                    QT_TRANSLATE_NOOP("timeline", "Support plan version {version} submitted for approval"),
                    params,
                    "",
                    author_name or "",
                )
            )
        if approved_at is not None:
            entries.append(
                TimelineEntry(
                    _utc(approved_at),
                    True,
                    TimelineKind.PLAN,
                    QT_TRANSLATE_NOOP("timeline", "Support plan version {version} approved"),
                    params,
                    "",
                    approver_name or "",
                )
            )
    return entries


_ENDED = {
    InterventionStatus.COMPLETED: QT_TRANSLATE_NOOP("timeline", "Intervention completed: {title}"),
    InterventionStatus.STOPPED: QT_TRANSLATE_NOOP("timeline", "Intervention stopped: {title}"),
}


def _intervention_steps(
    session: Session, intervention_ids: Collection[int]
) -> dict[tuple[int, str], tuple[datetime, str]]:
    """Who created, started or ended each intervention and when, from the audit log (the
    intervention itself keeps only the day of its start and end): (intervention id, "created" or
    the status it was moved to) -> (time, the person's name). The latest event of each wins."""
    if not intervention_ids:
        return {}
    status_after = func.json_extract(AuditEvent.detail, "$.changes.status.after")
    stmt = (
        select(
            AuditEvent.entity_id,
            AuditEvent.action,
            status_after,
            AuditEvent.at,
            func.coalesce(StaffAccount.display_name, AuditEvent.actor_name),
        )
        .outerjoin(StaffAccount, StaffAccount.id == AuditEvent.actor_id)
        .where(
            AuditEvent.entity_type == "intervention",
            AuditEvent.entity_id.in_(intervention_ids),
            AuditEvent.action.in_([AuditAction.CREATE.value, AuditAction.STATE_CHANGE.value]),
        )
        .order_by(AuditEvent.id)
    )
    steps: dict[tuple[int, str], tuple[datetime, str]] = {}
    for entity_id, action, after, at, name in session.execute(stmt):
        step = "created" if action == AuditAction.CREATE.value else str(after)
        steps[(entity_id, step)] = (_utc(at), name or "")
    return steps


def _on_day(day: date, step: tuple[datetime, str] | None) -> tuple[datetime, bool, str]:
    """An intervention's start or end day, at the time it was recorded when that was the same
    day (then it has a time of day), with who recorded it."""
    if step is None:
        return _day(day), False, ""
    at, name = step
    if _local_day(at) == day:
        return at, True, name
    return _day(day), False, name  # recorded on another day (back-dated): the day alone


def _interventions(session: Session, case_id: int) -> list[TimelineEntry]:
    provider = aliased(StaffAccount)
    stmt = (
        select(
            Intervention.id,
            Intervention.title,
            Intervention.status,
            Intervention.created_at,
            Intervention.started_on,
            Intervention.ended_on,
            provider.display_name,
            Organisation.name,
        )
        .outerjoin(provider, provider.id == Intervention.provider_staff_id)
        .outerjoin(Organisation, Organisation.id == Intervention.provider_organisation_id)
        .where(Intervention.case_id == case_id)
    )
    rows = list(session.execute(stmt))
    steps = _intervention_steps(session, [r[0] for r in rows])
    entries = []
    for iid, title, status, created_at, started_on, ended_on, staff_name, org_name in rows:
        who = staff_name or org_name or ""
        params = (("title", title), ("provider", who))
        assigned, timed = _no_later_than(created_at, started_on, ended_on)
        # "By" is the person who acted (the provider is named in the title).
        entries.append(
            TimelineEntry(
                assigned,
                timed,
                TimelineKind.INTERVENTION,
                QT_TRANSLATE_NOOP("timeline", "Intervention assigned: {title} ({provider})"),
                params,
                "",
                steps.get((iid, "created"), (None, ""))[1],
            )
        )
        if started_on is not None:
            when, timed, by = _on_day(started_on, steps.get((iid, InterventionStatus.ACTIVE.value)))
            entries.append(
                TimelineEntry(
                    when,
                    timed,
                    TimelineKind.INTERVENTION,
                    QT_TRANSLATE_NOOP("timeline", "Intervention started: {title}"),
                    params,
                    "",
                    by,
                )
            )
        if ended_on is not None:
            when, timed, by = _on_day(ended_on, steps.get((iid, status.value)))
            entries.append(
                TimelineEntry(
                    when,
                    timed,
                    TimelineKind.INTERVENTION,
                    _ENDED.get(status, QT_TRANSLATE_NOOP("timeline", "Intervention ended: {title}")),
                    params,
                    "",
                    by,
                )
            )
    return entries


def _sessions(session: Session, actor: Actor, case_id: int) -> list[TimelineEntry]:
    author = aliased(StaffAccount)
    may_read = _restricted_allowed(actor, SupportSession.author_id)
    stmt = (
        select(
            SupportSession.held_on,
            SupportSession.duration_minutes,
            SupportSession.attendance,
            SupportSession.restricted,
            may_read,
            SupportSession.notes,
            Intervention.title,
            author.display_name,
        )
        .join(Intervention, Intervention.id == SupportSession.intervention_id)
        .outerjoin(author, author.id == SupportSession.author_id)
        .where(Intervention.case_id == case_id)
    )
    entries = []
    for held_on, minutes, attendance, restricted, readable, text, title, name in session.execute(stmt):
        # A restricted session's notes are left out for those who may not read them; nothing
        # marks that something was left out.
        detail = text if (not restricted or readable) else ""
        if restricted and detail:
            detail = restricted_text.reveal(session, detail, restricted_text.SESSION_NOTE) or ""
        entries.append(
            TimelineEntry(
                _day(held_on),
                False,
                TimelineKind.SESSION,
                QT_TRANSLATE_NOOP("timeline", "Session of {title}: {attendance}, {minutes} min"),
                (("title", title), ("attendance", attendance), ("minutes", minutes)),
                detail,
                name or "",
            )
        )
    return entries


def _referrals(session: Session, case_id: int) -> list[TimelineEntry]:
    by = aliased(StaffAccount)
    stmt = (
        select(
            Referral.status,
            Referral.created_at,
            Referral.updated_at,
            Referral.sent_on,
            Referral.responded_on,
            Referral.delivered_on,
            Referral.reason,
            Referral.outcome,
            Referral.consent_override_reason,
            Organisation.name,
            by.display_name,
        )
        .join(Organisation, Organisation.id == Referral.organisation_id)
        .outerjoin(by, by.id == Referral.created_by_id)
        .where(Referral.case_id == case_id)
    )
    entries = []
    for (
        status,
        created_at,
        updated_at,
        sent_on,
        responded_on,
        delivered_on,
        reason,
        outcome,
        override,
        org,
        name,
    ) in session.execute(stmt):
        params = (("organisation", org),)
        who = name or ""

        def add(
            when: datetime,
            has_time: bool,
            title: str,
            detail: str = "",
            who: str = who,
            params: tuple[tuple[str, Any], ...] = params,
        ) -> None:
            entries.append(TimelineEntry(when, has_time, TimelineKind.REFERRAL, title, params, detail, who))

        if sent_on is None:
            add(
                _utc(created_at),
                True,
                QT_TRANSLATE_NOOP("timeline", "Referral to {organisation} prepared"),
                reason,
            )
        else:
            detail = reason if not override else f"{reason}\n{override}".strip()
            add(
                _day(sent_on), False, QT_TRANSLATE_NOOP("timeline", "Referral sent to {organisation}"), detail
            )
        if responded_on is not None:
            if status is ReferralStatus.DECLINED:
                add(
                    _day(responded_on),
                    False,
                    QT_TRANSLATE_NOOP("timeline", "Referral declined by {organisation}"),
                )
            else:
                add(
                    _day(responded_on),
                    False,
                    QT_TRANSLATE_NOOP("timeline", "Referral accepted by {organisation}"),
                )
        if delivered_on is not None:
            add(
                _day(delivered_on),
                False,
                QT_TRANSLATE_NOOP("timeline", "Service delivered by {organisation}"),
            )
        if outcome.strip():
            add(
                _utc(updated_at),
                True,
                QT_TRANSLATE_NOOP("timeline", "Referral outcome recorded ({organisation})"),
                outcome,
            )
    return entries


def _notes(session: Session, actor: Actor, case_id: int) -> list[TimelineEntry]:
    author = aliased(StaffAccount)
    stmt = (
        select(
            CaseNote.written_at, CaseNote.category, CaseNote.restricted, CaseNote.text, author.display_name
        )
        .join(author, author.id == CaseNote.author_id)
        .where(
            CaseNote.case_id == case_id,
            or_(CaseNote.restricted.is_(False), _restricted_allowed(actor, CaseNote.author_id)),
        )
    )
    return [
        TimelineEntry(
            _utc(at),
            True,
            TimelineKind.NOTE,
            QT_TRANSLATE_NOOP("timeline", "Restricted note ({category})")
            if restricted
            else QT_TRANSLATE_NOOP("timeline", "Note ({category})"),
            (("category", category),),
            (restricted_text.reveal(session, text, restricted_text.CASE_NOTE) or "") if restricted else text,
            name,
        )
        for at, category, restricted, text, name in session.execute(stmt)
    ]


def _tasks(session: Session, case_id: int) -> list[TimelineEntry]:
    assignee = aliased(StaffAccount)
    stmt = (
        select(
            Task.title, Task.status, Task.due_on, Task.created_at, Task.completed_at, assignee.display_name
        )
        .outerjoin(assignee, assignee.id == Task.assignee_id)
        .where(Task.case_id == case_id)
    )
    entries = []
    for title, status, due_on, created_at, completed_at, name in session.execute(stmt):
        if due_on is not None:
            created = QT_TRANSLATE_NOOP("timeline", "Task created: {task}, due {due}")
        else:
            created = QT_TRANSLATE_NOOP("timeline", "Task created: {task}")
        params = (("task", title), ("due", due_on))
        entries.append(
            TimelineEntry(_utc(created_at), True, TimelineKind.TASK, created, params, "", name or "")
        )
        if status is TaskStatus.DONE and completed_at is not None:
            entries.append(
                TimelineEntry(
                    _utc(completed_at),
                    True,
                    TimelineKind.TASK,
                    QT_TRANSLATE_NOOP("timeline", "Task done: {task}"),
                    params,
                    "",
                    name or "",
                )
            )
    return entries


def timeline(
    session: Session, actor: Actor, case_id: int, *, kinds: Collection[TimelineKind] | None = None
) -> list[TimelineEntry]:
    """Everything that happened to the case, newest first: one query per kind of record (not
    per row). `kinds` keeps only those kinds. Restricted notes, and the notes of restricted
    sessions, appear only for their author, the coordinator and the principal."""
    case = visible_case(session, actor, case_id)
    wanted = set(TimelineKind) if kinds is None else set(kinds)
    entries: list[TimelineEntry] = []
    if TimelineKind.REQUEST in wanted:
        entries += _requests(session, case.id)
    if TimelineKind.STATE in wanted:
        entries += _state_changes(session, case.id)
    if TimelineKind.CONSENT in wanted:
        entries += _consents(session, case.id)
    if TimelineKind.PLAN in wanted:
        entries += _plans(session, case.id)
    if TimelineKind.INTERVENTION in wanted:
        entries += _interventions(session, case.id)
    if TimelineKind.SESSION in wanted:
        entries += _sessions(session, actor, case.id)
    if TimelineKind.REFERRAL in wanted:
        entries += _referrals(session, case.id)
    if TimelineKind.NOTE in wanted:
        entries += _notes(session, actor, case.id)
    if TimelineKind.TASK in wanted:
        entries += _tasks(session, case.id)
    entries.sort(key=timeline_order, reverse=True)
    return entries


__all__ = [
    "CaseHeader",
    "NoteRow",
    "StateAction",
    "TimelineEntry",
    "TimelineKind",
    "case_header",
    "is_assigned",
    "notes",
    "seen_case",
    "sees_whole_case",
    "state_actions",
    "timeline",
    "visible_case",
]
