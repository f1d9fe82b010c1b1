"""Committee meetings (DESIGN §1.4): plan, agenda, minutes, applying decisions, finalising.

A meeting is planned with its attendees; its agenda is proposed from the open work (new
requests, cases due for review, overdue tasks) and edited by hand; each item records the
discussion, a decision and action items. **Applying** the decisions moves cases through the
case-workflow rules, turns action items into tasks and an approved plan's actions into planned
interventions, all in one transaction. **Finalising** locks the minutes: the SHA-256 of
`minutes_text` is stored, every later change is a dated addendum, and the principal signs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    AppSetting,
    CaseState,
    Decision,
    DecisionOutcome,
    Intervention,
    Meeting,
    MeetingAttendee,
    MeetingStatus,
    MeetingType,
    MinutesAddendum,
    PlanAction,
    PlanStatus,
    RequestStatus,
    Role,
    StaffAccount,
    Student,
    SupportCase,
    SupportPlan,
    SupportRequest,
    Task,
    TaskKind,
    TaskStatus,
    utcnow,
)
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.case_workflow import OPEN_STATES, apply_transition, check_transition
from desktop.services.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from desktop.services.lookups import get_case
from desktop.services.permissions import Permission, can, require

MSG_NO_MEETING = QT_TRANSLATE_NOOP("errors", "This meeting does not exist.")
MSG_NO_ITEM = QT_TRANSLATE_NOOP("errors", "This agenda item does not exist.")
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "errors", "These minutes are finalised and locked; write an addendum for any change."
)
MSG_NUMBER_TAKEN = QT_TRANSLATE_NOOP("errors", "Meeting number {number} of {year} already exists.")
MSG_NUMBER = QT_TRANSLATE_NOOP("errors", "The meeting number must be 1 or more.")
MSG_NO_CHAIR = QT_TRANSLATE_NOOP("errors", "The chair must be an active staff account.")
MSG_NO_STAFF = QT_TRANSLATE_NOOP("errors", "An attendee is not an active staff account.")
MSG_ATTENDEE_NAME = QT_TRANSLATE_NOOP("errors", "Every attendee needs a name.")
MSG_GUEST_ORG = QT_TRANSLATE_NOOP("errors", "An external guest needs their organisation.")
MSG_ITEM_TITLE = QT_TRANSLATE_NOOP("errors", "Give the agenda item a title.")
MSG_TARGET_NEEDS_CASE = QT_TRANSLATE_NOOP(
    "errors", "A decision that changes a case's state needs an agenda item about a case."
)
MSG_ACTION_TEXT = QT_TRANSLATE_NOOP("errors", "Every action item needs a description.")
MSG_ACTION_DONE = QT_TRANSLATE_NOOP(
    "errors", "The decisions of this item were applied; its decision and action items stay as they are."
)
MSG_ITEM_APPLIED = QT_TRANSLATE_NOOP("errors", "An agenda item whose decision was applied cannot be removed.")
MSG_NOTHING_TO_APPLY = QT_TRANSLATE_NOOP("errors", "There is no decision or action item left to apply.")
MSG_APPLY_REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "Nothing was applied: the state change of case {case} is refused. Correct the decision first.",
)
MSG_SAME_CASE_TWICE = QT_TRANSLATE_NOOP(
    "errors", "Another decision of this meeting already changes the state of this case."
)
MSG_ALREADY_FINAL = QT_TRANSLATE_NOOP("errors", "These minutes are already finalised.")
MSG_NOT_FINAL = QT_TRANSLATE_NOOP("errors", "Only finalised minutes can be signed or amended.")
MSG_ALREADY_SIGNED = QT_TRANSLATE_NOOP("errors", "These minutes are already signed.")
MSG_ADDENDUM_TEXT = QT_TRANSLATE_NOOP("errors", "Write the text of the addendum.")
MSG_ADDENDUM_RIGHT = QT_TRANSLATE_NOOP("errors", "Your account may not add addenda to minutes.")

MAX_TITLE = 200

# Decisions whose outcome means a case-state change, with the state they usually lead to.
DEFAULT_TARGET: dict[DecisionOutcome, CaseState] = {
    DecisionOutcome.SELECT: CaseState.SELECTED,
    DecisionOutcome.NOT_SELECT: CaseState.NOT_SELECTED,
    DecisionOutcome.HOLD: CaseState.ON_HOLD,
    DecisionOutcome.REFER_OUT: CaseState.REFERRED_OUT,
    DecisionOutcome.CLOSE: CaseState.CLOSED,
}


# --- the canonical minutes text -------------------------------------------------------------


def _utc(at: datetime) -> datetime:
    # SQLite hands datetimes back naive (UTC); hash the same wall time either way.
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo is not None else at


def minutes_text(meeting: Meeting) -> str:
    """A canonical plain text of a meeting's minutes; its SHA-256 is the meeting's content hash."""
    lines = [
        f"meeting {meeting.year}-{meeting.number} {meeting.meeting_type.value}",
        f"title {meeting.title}",
        f"held_at {_utc(meeting.held_at).isoformat(timespec='minutes')}",
        f"place {meeting.place}",
        f"chair {meeting.chair_id}",
    ]
    for a in meeting.attendees:
        lines.append(
            f"attendee {a.sort_order} {a.name}|{a.position}|{a.organisation}|{a.external}|{a.present}"
        )
    for item in meeting.agenda_items:
        lines.append(
            f"item {item.sort_order} {item.kind.value} case={item.case_id} request={item.request_id}"
        )
        lines.append(f"  title {item.title}")
        lines.append(f"  discussion {item.discussion}")
        if item.decision is not None:
            target = item.decision.target_state.value if item.decision.target_state else ""
            lines.append(f"  decision {item.decision.outcome.value} {target} {item.decision.reason}")
        for action in item.action_items:
            lines.append(f"  action {action.assignee_id} {action.due_on} {action.description}")
    return "\n".join(lines) + "\n"


def content_hash(meeting: Meeting) -> str:
    """The SHA-256 (hex) of the meeting's minutes text."""
    return hashlib.sha256(minutes_text(meeting).encode("utf-8")).hexdigest()


# --- rows for the interface -------------------------------------------------------------------


@dataclass(frozen=True)
class AttendeeInput:
    """An attendee as the user enters them: a staff member (staff_id) or an external guest."""

    name: str
    position: str = ""
    organisation: str = ""
    staff_id: int | None = None
    external: bool = False
    present: bool = True


@dataclass(frozen=True)
class ActionInput:
    description: str
    assignee_id: int | None = None
    due_on: date | None = None


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    assignee_id: int | None
    assignee_name: str
    due_on: date | None
    task_id: int | None


@dataclass(frozen=True)
class DecisionRow:
    id: int
    outcome: DecisionOutcome
    target_state: CaseState | None
    reason: str
    applied_at: datetime | None


@dataclass(frozen=True)
class AgendaItemRow:
    id: int
    sort_order: int
    kind: AgendaKind
    title: str
    case_id: int | None
    case_code: str
    request_id: int | None
    discussion: str
    decision: DecisionRow | None
    actions: tuple[ActionRow, ...]


@dataclass(frozen=True)
class AddendumRow:
    id: int
    written_at: datetime
    author_name: str
    text: str


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    meeting_type: MeetingType
    year: int
    number: int
    title: str
    held_at: datetime
    place: str
    chair_id: int | None
    chair_name: str
    status: MeetingStatus
    content_hash: str | None
    finalised_at: datetime | None
    signed_by_name: str
    signed_at: datetime | None
    decisions_applied_at: datetime | None
    attendees: tuple[AttendeeInput, ...]
    items: tuple[AgendaItemRow, ...]
    addenda: tuple[AddendumRow, ...]

    @property
    def locked(self) -> bool:
        return self.status is MeetingStatus.FINALISED


@dataclass(frozen=True)
class ProposedItem:
    """An agenda item the service suggests; the user accepts or drops it."""

    kind: AgendaKind
    title: str
    case_id: int | None = None
    request_id: int | None = None


@dataclass(frozen=True)
class StateChangePreview:
    decision_id: int
    case_id: int
    case_code: str
    from_state: CaseState
    to_state: CaseState
    refusal: str | None  # None when the change is possible; else the (untranslated) reason


@dataclass(frozen=True)
class TaskPreview:
    action_item_id: int
    title: str
    case_code: str
    assignee_id: int | None
    assignee_name: str
    due_on: date | None


@dataclass(frozen=True)
class InterventionPreview:
    plan_action_id: int
    case_id: int
    case_code: str
    title: str
    provider_staff_id: int | None
    provider_organisation_id: int | None


@dataclass(frozen=True)
class ApplyPreview:
    state_changes: tuple[StateChangePreview, ...]
    tasks: tuple[TaskPreview, ...]
    interventions: tuple[InterventionPreview, ...]

    @property
    def refused(self) -> tuple[StateChangePreview, ...]:
        return tuple(c for c in self.state_changes if c.refusal is not None)

    @property
    def empty(self) -> bool:
        return not (self.state_changes or self.tasks or self.interventions)


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str
    position: str
    role: Role | None = None
    homeroom_grade: int | None = None
    homeroom_class: int | None = None


# --- helpers --------------------------------------------------------------------------------------


def meeting_day(meeting: Meeting) -> date:
    """The (local) day the meeting is held."""
    at = meeting.held_at if meeting.held_at.tzinfo is not None else meeting.held_at.replace(tzinfo=UTC)
    return at.astimezone().date()


def _get(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(MSG_NO_MEETING, meeting_id=meeting_id)
    return meeting


def _editable(session: Session, actor: Actor, meeting_id: int) -> Meeting:
    require(actor, Permission.MANAGE_MEETINGS)
    meeting = _get(session, meeting_id)
    if meeting.status is MeetingStatus.FINALISED:
        raise ValidationError(MSG_LOCKED)
    return meeting


def _item(session: Session, actor: Actor, item_id: int) -> AgendaItem:
    require(actor, Permission.MANAGE_MEETINGS)
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFound(MSG_NO_ITEM, item_id=item_id)
    if item.meeting.status is MeetingStatus.FINALISED:
        raise ValidationError(MSG_LOCKED)
    return item


def _active_staff(session: Session, staff_id: int) -> StaffAccount | None:
    staff = session.get(StaffAccount, staff_id)
    return staff if staff is not None and staff.active else None


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(StaffAccount.id, StaffAccount.display_name).where(StaffAccount.id.in_(ids)))
    return {r[0]: r[1] for r in rows}


def _codes(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(SupportCase.id, SupportCase.code).where(SupportCase.id.in_(ids)))
    return {r[0]: r[1] for r in rows}


def _audit_meeting(session: Session, actor: Actor, meeting: Meeting, what: str, **detail: object) -> None:
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity_type=AuditRecord.MEETING,
        entity_id=meeting.id,
        detail={"what": what, **detail},
    )


def staff_choices(session: Session, actor: Actor) -> list[StaffChoice]:
    """Active staff accounts, for chair, attendees and action items."""
    require(actor, Permission.VIEW_MEETINGS)
    rows = session.execute(
        select(
            StaffAccount.id,
            StaffAccount.display_name,
            StaffAccount.position,
            StaffAccount.role,
            StaffAccount.homeroom_grade,
            StaffAccount.homeroom_class,
        )
        .where(StaffAccount.active.is_(True))
        .order_by(StaffAccount.display_name, StaffAccount.id)
    )
    return [StaffChoice(r[0], r[1], r[2] or "", r[3], r[4], r[5]) for r in rows]


def next_number(session: Session, year: int) -> int:
    """The next free meeting number of a year (제N차)."""
    top = session.scalar(select(func.max(Meeting.number)).where(Meeting.year == year))
    return (top or 0) + 1


# --- reading --------------------------------------------------------------------------------------


def meeting_detail(session: Session, actor: Actor, meeting_id: int) -> MeetingDetail:
    """Everything of one meeting for its window. Needs VIEW_MEETINGS."""
    require(actor, Permission.VIEW_MEETINGS)
    m = _get(session, meeting_id)
    staff_ids = {a.assignee_id for i in m.agenda_items for a in i.action_items if a.assignee_id is not None}
    staff_ids |= {x for x in (m.chair_id, m.signed_by_id) if x is not None}
    staff_ids |= {d.author_id for d in m.addenda if d.author_id is not None}
    names = _names(session, staff_ids)
    codes = _codes(session, {i.case_id for i in m.agenda_items if i.case_id is not None})
    items = tuple(
        AgendaItemRow(
            id=i.id,
            sort_order=i.sort_order,
            kind=i.kind,
            title=i.title,
            case_id=i.case_id,
            case_code=codes.get(i.case_id, "") if i.case_id is not None else "",
            request_id=i.request_id,
            discussion=i.discussion,
            decision=(
                DecisionRow(
                    i.decision.id,
                    i.decision.outcome,
                    i.decision.target_state,
                    i.decision.reason,
                    i.decision.applied_at,
                )
                if i.decision is not None
                else None
            ),
            actions=tuple(
                ActionRow(
                    a.id,
                    a.description,
                    a.assignee_id,
                    names.get(a.assignee_id, "") if a.assignee_id is not None else "",
                    a.due_on,
                    a.task_id,
                )
                for a in sorted(i.action_items, key=lambda a: a.id)
            ),
        )
        for i in m.agenda_items
    )
    return MeetingDetail(
        id=m.id,
        meeting_type=m.meeting_type,
        year=m.year,
        number=m.number,
        title=m.title,
        held_at=m.held_at,
        place=m.place,
        chair_id=m.chair_id,
        chair_name=names.get(m.chair_id, "") if m.chair_id is not None else "",
        status=m.status,
        content_hash=m.content_hash,
        finalised_at=m.finalised_at,
        signed_by_name=names.get(m.signed_by_id, "") if m.signed_by_id is not None else "",
        signed_at=m.signed_at,
        decisions_applied_at=m.decisions_applied_at,
        attendees=tuple(
            AttendeeInput(a.name, a.position, a.organisation, a.staff_id, a.external, a.present)
            for a in m.attendees
        ),
        items=items,
        addenda=tuple(
            AddendumRow(d.id, d.written_at, names.get(d.author_id, "") if d.author_id else "", d.text)
            for d in m.addenda
        ),
    )


# --- planning -------------------------------------------------------------------------------------


def _check_attendees(session: Session, attendees: Sequence[AttendeeInput]) -> list[MeetingAttendee]:
    rows: list[MeetingAttendee] = []
    for k, a in enumerate(attendees, start=1):
        name = a.name.strip()
        if a.staff_id is not None:
            staff = _active_staff(session, a.staff_id)
            if staff is None:
                raise ValidationError(MSG_NO_STAFF, staff_id=a.staff_id)
            name = name or staff.display_name
        if not name:
            raise ValidationError(MSG_ATTENDEE_NAME)
        if a.external and not a.organisation.strip():
            raise ValidationError(MSG_GUEST_ORG)
        rows.append(
            MeetingAttendee(
                staff_id=a.staff_id,
                name=name[:60],
                position=a.position.strip()[:60],
                organisation=a.organisation.strip()[:100],
                external=a.external,
                present=a.present,
                sort_order=k,
            )
        )
    return rows


def plan_meeting(
    session: Session,
    actor: Actor,
    *,
    meeting_type: MeetingType,
    held_at: datetime,
    place: str = "",
    chair_id: int | None = None,
    attendees: Sequence[AttendeeInput] = (),
    number: int | None = None,
    title: str = "",
) -> Meeting:
    """Plan a meeting (needs MANAGE_MEETINGS). The number in the year defaults to the next free
    one. Audited, commits."""
    require(actor, Permission.MANAGE_MEETINGS)
    year = held_at.year
    if number is None:
        number = next_number(session, year)
    if number < 1:
        raise ValidationError(MSG_NUMBER)
    taken = session.scalar(select(Meeting.id).where(Meeting.year == year, Meeting.number == number))
    if taken is not None:
        raise ValidationError(MSG_NUMBER_TAKEN, number=number, year=year)
    if chair_id is not None and _active_staff(session, chair_id) is None:
        raise ValidationError(MSG_NO_CHAIR)
    meeting = Meeting(
        meeting_type=meeting_type,
        year=year,
        number=number,
        title=title.strip()[:120],
        held_at=held_at,
        place=place.strip()[:100],
        chair_id=chair_id,
        status=MeetingStatus.PLANNED,
    )
    meeting.attendees = _check_attendees(session, attendees)
    session.add(meeting)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity_type=AuditRecord.MEETING,
        entity_id=meeting.id,
        detail={"type": meeting_type.value, "year": year, "number": number, "attendees": len(attendees)},
    )
    session.commit()
    return meeting


def update_meeting(
    session: Session,
    actor: Actor,
    meeting_id: int,
    *,
    meeting_type: MeetingType,
    held_at: datetime,
    place: str,
    chair_id: int | None,
    title: str = "",
) -> Meeting:
    """Change a meeting's data (not its number). Refused once finalised. Audited, commits."""
    meeting = _editable(session, actor, meeting_id)
    if chair_id is not None and _active_staff(session, chair_id) is None:
        raise ValidationError(MSG_NO_CHAIR)
    meeting.meeting_type = meeting_type
    meeting.held_at = held_at
    meeting.place = place.strip()[:100]
    meeting.chair_id = chair_id
    meeting.title = title.strip()[:120]
    _audit_meeting(session, actor, meeting, "details", type=meeting_type.value)
    session.commit()
    return meeting


def set_attendees(
    session: Session, actor: Actor, meeting_id: int, attendees: Sequence[AttendeeInput]
) -> None:
    """Replace the attendee list (who is invited, who is present). Refused once finalised."""
    meeting = _editable(session, actor, meeting_id)
    rows = _check_attendees(session, attendees)
    meeting.attendees.clear()
    session.flush()
    meeting.attendees.extend(rows)
    _audit_meeting(
        session,
        actor,
        meeting,
        "attendees",
        attendees=len(rows),
        present=sum(1 for r in rows if r.present),
        external=sum(1 for r in rows if r.external),
    )
    session.commit()


# --- agenda ---------------------------------------------------------------------------------------


def initials(name: str) -> str:
    """A student as an agenda item names them: the family name and a circle per other syllable
    ("김하늘" → "김○○"), as Korean school documents do."""
    name = name.strip()
    return name[0] + "○" * max(1, len(name) - 1) if name else ""


def _named_case(code: str, student_name: str) -> str:
    who = initials(student_name)
    return f"{code} ({who})" if who else code


def propose_agenda(session: Session, actor: Actor, meeting_id: int) -> list[ProposedItem]:
    """Suggested agenda items not yet on the agenda: new requests (NEW or IN_REVIEW, and cases
    under review), open cases whose review is due by the meeting day, and overdue open tasks.
    Items name the case (or the request, by year and number) and the student's initials only."""
    require(actor, Permission.MANAGE_MEETINGS)
    meeting = _get(session, meeting_id)
    day = meeting_day(meeting)
    on_agenda_cases = {i.case_id for i in meeting.agenda_items if i.case_id is not None}
    on_agenda_requests = {i.request_id for i in meeting.agenda_items if i.request_id is not None}
    proposed: list[ProposedItem] = []
    requests = session.execute(
        select(
            SupportRequest.id,
            SupportRequest.case_id,
            SupportRequest.received_on,
            SupportCase.code,
            Student.name,
        )
        .join(Student, Student.id == SupportRequest.student_id)
        .outerjoin(SupportCase, SupportCase.id == SupportRequest.case_id)
        .where(SupportRequest.status.in_((RequestStatus.NEW, RequestStatus.IN_REVIEW)))
        .order_by(SupportRequest.received_on, SupportRequest.id)
    )
    for request_id, case_id, received_on, code, student_name in requests:
        if request_id in on_agenda_requests or (case_id is not None and case_id in on_agenda_cases):
            continue
        if code:
            title = f"{_named_case(code, student_name)} 지원 대상 선정 심의"
        else:
            number = f"{received_on.year}-{request_id:04d}"
            title = f"신규 신청 {_named_case(number, student_name)} 접수 심의 (접수일 {received_on})"
        proposed.append(ProposedItem(AgendaKind.NEW_REQUEST, title, case_id, request_id))
        if case_id is not None:
            on_agenda_cases.add(case_id)
    reviewing = session.execute(
        select(SupportCase.id, SupportCase.code, Student.name)
        .join(Student, Student.id == SupportCase.student_id)
        .where(SupportCase.state == CaseState.UNDER_REVIEW)
        .order_by(SupportCase.code)
    )
    for case_id, code, student_name in reviewing:
        if case_id in on_agenda_cases:
            continue
        request_id = session.scalar(
            select(SupportRequest.id)
            .where(SupportRequest.case_id == case_id)
            .order_by(SupportRequest.id)
            .limit(1)
        )
        proposed.append(
            ProposedItem(
                AgendaKind.NEW_REQUEST,
                f"{_named_case(code, student_name)} 지원 대상 선정 심의",
                case_id,
                request_id,
            )
        )
        on_agenda_cases.add(case_id)
    due = session.execute(
        select(SupportCase.id, SupportCase.code, SupportCase.next_review_on, Student.name)
        .join(Student, Student.id == SupportCase.student_id)
        .where(
            SupportCase.state.in_(OPEN_STATES),
            SupportCase.next_review_on.is_not(None),
            SupportCase.next_review_on <= day,
        )
        .order_by(SupportCase.next_review_on, SupportCase.code)
    )
    for case_id, code, review_on, student_name in due:
        if case_id in on_agenda_cases:
            continue
        proposed.append(
            ProposedItem(
                AgendaKind.REVIEW_DUE,
                f"{_named_case(code, student_name)} 지원 경과 점검 (점검 예정일 {review_on})",
                case_id,
            )
        )
        on_agenda_cases.add(case_id)
    overdue = session.execute(
        select(Task.id, Task.title, Task.due_on, Task.case_id, SupportCase.code, Student.name)
        .outerjoin(SupportCase, SupportCase.id == Task.case_id)
        .outerjoin(Student, Student.id == SupportCase.student_id)
        .where(Task.status == TaskStatus.OPEN, Task.due_on.is_not(None), Task.due_on < day)
        .order_by(Task.due_on, Task.id)
    )
    for _task_id, title, due_on, case_id, code, student_name in overdue:
        if case_id is not None and case_id in on_agenda_cases:
            continue
        # "(김○○, 기한 …)" when the task's title names the case already, else "(2026-045 김○○, 기한 …)".
        who = initials(student_name or "")
        about = "" if not code else f"{who}, " if code in title else f"{code} {who}, ".replace(" , ", ", ")
        proposed.append(
            ProposedItem(
                AgendaKind.OVERDUE_ACTION, f"기한 경과: {title} ({about}기한 {due_on})"[:MAX_TITLE], case_id
            )
        )
        if case_id is not None:
            on_agenda_cases.add(case_id)
    return proposed


def _renumber(meeting: Meeting) -> None:
    for k, item in enumerate(sorted(meeting.agenda_items, key=lambda i: (i.sort_order, i.id or 0)), start=1):
        item.sort_order = k


def add_agenda_items(
    session: Session, actor: Actor, meeting_id: int, items: Sequence[ProposedItem]
) -> list[int]:
    """Add items (accepted suggestions or written by hand) at the end of the agenda. Audited,
    commits; returns the new items' ids."""
    meeting = _editable(session, actor, meeting_id)
    added: list[AgendaItem] = []
    for proposed in items:
        title = proposed.title.strip()
        if not title:
            raise ValidationError(MSG_ITEM_TITLE)
        if proposed.case_id is not None:
            get_case(session, proposed.case_id)
        item = AgendaItem(
            sort_order=len(meeting.agenda_items) + 1,
            kind=proposed.kind,
            title=title[:MAX_TITLE],
            case_id=proposed.case_id,
            request_id=proposed.request_id,
        )
        meeting.agenda_items.append(item)
        added.append(item)
    session.flush()
    _audit_meeting(
        session,
        actor,
        meeting,
        "agenda_add",
        items=[i.id for i in added],
        kinds=[i.kind.value for i in added],
    )
    session.commit()
    return [i.id for i in added]


def remove_agenda_item(session: Session, actor: Actor, item_id: int) -> None:
    """Drop an item (and its decision and action items) from the agenda, unless applied."""
    item = _item(session, actor, item_id)
    if (item.decision is not None and item.decision.applied_at is not None) or any(
        a.task_id is not None for a in item.action_items
    ):
        raise ValidationError(MSG_ITEM_APPLIED)
    meeting = item.meeting
    meeting.agenda_items.remove(item)
    session.flush()
    _renumber(meeting)
    _audit_meeting(session, actor, meeting, "agenda_remove", item=item_id)
    session.commit()


def move_agenda_item(session: Session, actor: Actor, item_id: int, offset: int) -> None:
    """Move an item up (offset < 0) or down the agenda."""
    item = _item(session, actor, item_id)
    meeting = item.meeting
    order = sorted(meeting.agenda_items, key=lambda i: i.sort_order)
    k = order.index(item)
    j = max(0, min(len(order) - 1, k + offset))
    if j == k:
        return
    order.insert(j, order.pop(k))
    for n, it in enumerate(order, start=1):
        it.sort_order = n
    _audit_meeting(session, actor, meeting, "agenda_order", item=item_id, position=j + 1)
    session.commit()
    session.expire(meeting, ["agenda_items"])


# --- minutes --------------------------------------------------------------------------------------


def record_item(
    session: Session,
    actor: Actor,
    item_id: int,
    *,
    discussion: str,
    outcome: DecisionOutcome | None,
    target_state: CaseState | None = None,
    reason: str = "",
    actions: Sequence[ActionInput] = (),
) -> None:
    """Write what the meeting said and decided on one item: the discussion, the decision (none
    when `outcome` is None) and the action items (replacing the earlier ones). Once its decision
    was applied only the discussion may change. Refused once finalised. Audited, commits."""
    item = _item(session, actor, item_id)
    applied = (item.decision is not None and item.decision.applied_at is not None) or any(
        a.task_id is not None for a in item.action_items
    )
    item.discussion = discussion.strip()
    if not applied:
        if target_state is not None and item.case_id is None:
            raise ValidationError(MSG_TARGET_NEEDS_CASE)
        rows: list[ActionItem] = []
        for a in actions:
            if not a.description.strip():
                raise ValidationError(MSG_ACTION_TEXT)
            if a.assignee_id is not None and _active_staff(session, a.assignee_id) is None:
                raise ValidationError(MSG_NO_STAFF, staff_id=a.assignee_id)
            rows.append(
                ActionItem(assignee_id=a.assignee_id, description=a.description.strip(), due_on=a.due_on)
            )
        if outcome is None:
            item.decision = None
        elif item.decision is None:
            item.decision = Decision(outcome=outcome, target_state=target_state, reason=reason.strip())
        else:
            item.decision.outcome = outcome
            item.decision.target_state = target_state
            item.decision.reason = reason.strip()
        item.action_items.clear()
        session.flush()
        item.action_items.extend(rows)
    elif (
        outcome != (item.decision.outcome if item.decision else None)
        or target_state != (item.decision.target_state if item.decision else None)
        or reason.strip() != (item.decision.reason if item.decision else "")
        or len(actions) != len(item.action_items)
    ):
        raise ValidationError(MSG_ACTION_DONE)
    if item.meeting.status is MeetingStatus.PLANNED:
        item.meeting.status = MeetingStatus.HELD
    session.flush()
    _audit_meeting(
        session,
        actor,
        item.meeting,
        "minutes_item",
        item=item.id,
        case_id=item.case_id,
        outcome=outcome.value if outcome else None,
        target=target_state.value if target_state else None,
        actions=len(item.action_items),
    )
    _drop_draft(session, item.meeting_id, actor.staff_id)
    session.commit()


# --- drafts of the minutes -------------------------------------------------------------------------
# While an agenda item is being typed, the window keeps a draft of its form every few seconds, so a
# crash or a power cut loses at most those seconds. A draft is the typist's own working copy: one
# per meeting and account, in the encrypted database (app_setting), not audited, and removed when
# the item is saved or its edits are discarded, and when the minutes are finalised.

DRAFT_PREFIX = "minutes_draft/"


@dataclass(frozen=True)
class MinutesDraft:
    item_id: int
    saved_at: datetime
    discussion: str
    outcome: DecisionOutcome | None
    target_state: CaseState | None
    reason: str
    actions: tuple[ActionInput, ...]


def _draft_key(meeting_id: int, staff_id: int) -> str:
    return f"{DRAFT_PREFIX}{meeting_id}/{staff_id}"


def save_minutes_draft(
    session: Session,
    actor: Actor,
    item_id: int,
    *,
    discussion: str,
    outcome: DecisionOutcome | None,
    target_state: CaseState | None = None,
    reason: str = "",
    actions: Sequence[ActionInput] = (),
) -> datetime | None:
    """Keep the unsaved form of one agenda item as the actor's draft of this meeting's minutes
    (replacing their earlier draft). Needs MANAGE_MEETINGS; refused once finalised. A small
    write, not audited; commits. Returns when it was kept (None for an account without staff)."""
    item = _item(session, actor, item_id)
    if actor.staff_id is None:
        return None
    now = utcnow()
    value = {
        "item_id": item.id,
        "saved_at": now.isoformat(),
        "discussion": discussion,
        "outcome": outcome.value if outcome is not None else None,
        "target_state": target_state.value if target_state is not None else None,
        "reason": reason,
        "actions": [
            {
                "description": a.description,
                "assignee_id": a.assignee_id,
                "due_on": a.due_on.isoformat() if a.due_on is not None else None,
            }
            for a in actions
        ],
    }
    key = _draft_key(item.meeting_id, actor.staff_id)
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
    session.commit()
    return now


def minutes_draft(session: Session, actor: Actor, meeting_id: int) -> MinutesDraft | None:
    """The actor's unsaved draft of this meeting's minutes, if one was kept and its agenda item
    can still be edited."""
    if actor.staff_id is None or not can(actor, Permission.MANAGE_MEETINGS):
        return None
    row = session.get(AppSetting, _draft_key(meeting_id, actor.staff_id))
    if row is None or not isinstance(row.value, dict):
        return None
    v = row.value
    item = session.get(AgendaItem, v.get("item_id"))
    if item is None or item.meeting_id != meeting_id or item.meeting.status is MeetingStatus.FINALISED:
        return None
    try:
        saved_at = datetime.fromisoformat(v["saved_at"])
        return MinutesDraft(
            item_id=item.id,
            saved_at=saved_at,
            discussion=str(v.get("discussion", "")),
            outcome=DecisionOutcome(v["outcome"]) if v.get("outcome") else None,
            target_state=CaseState(v["target_state"]) if v.get("target_state") else None,
            reason=str(v.get("reason", "")),
            actions=tuple(
                ActionInput(
                    str(a.get("description", "")),
                    a.get("assignee_id"),
                    date.fromisoformat(a["due_on"]) if a.get("due_on") else None,
                )
                for a in v.get("actions", [])
            ),
        )
    except (KeyError, ValueError, TypeError, AttributeError):
        return None


def _drop_draft(session: Session, meeting_id: int, staff_id: int | None) -> bool:
    if staff_id is None:
        return False
    row = session.get(AppSetting, _draft_key(meeting_id, staff_id))
    if row is None:
        return False
    session.delete(row)
    return True


def clear_minutes_draft(session: Session, actor: Actor, meeting_id: int) -> None:
    """Forget the actor's draft of this meeting's minutes (its edits were saved or discarded)."""
    if _drop_draft(session, meeting_id, actor.staff_id):
        session.commit()


# --- applying decisions ---------------------------------------------------------------------------


def _approved_plan(session: Session, case_id: int) -> SupportPlan | None:
    return session.scalar(
        select(SupportPlan)
        .where(SupportPlan.case_id == case_id, SupportPlan.status == PlanStatus.APPROVED)
        .order_by(SupportPlan.version.desc())
        .limit(1)
    )


def _plan(session: Session, meeting: Meeting, day: date) -> tuple[ApplyPreview, list[tuple[str, object]]]:
    """The preview and, in the same order, the objects each entry acts on."""
    changes: list[StateChangePreview] = []
    tasks: list[TaskPreview] = []
    interventions: list[InterventionPreview] = []
    work: list[tuple[str, object]] = []
    changed: set[int] = set()
    staff_ids = {a.assignee_id for i in meeting.agenda_items for a in i.action_items if a.assignee_id}
    names = _names(session, {x for x in staff_ids if x is not None})
    for item in meeting.agenda_items:
        case = session.get(SupportCase, item.case_id) if item.case_id is not None else None
        decision = item.decision
        if decision is not None and decision.applied_at is None and case is not None:
            if decision.target_state is not None:
                refusal = check_transition(
                    session, case, decision.target_state, reason=decision.reason, on=day
                )
                if refusal is None and case.id in changed:
                    refusal = MSG_SAME_CASE_TWICE
                changed.add(case.id)
                changes.append(
                    StateChangePreview(
                        decision.id, case.id, case.code, case.state, decision.target_state, refusal
                    )
                )
                work.append(("state", decision))
            if decision.outcome is DecisionOutcome.APPROVE_PLAN:
                plan = _approved_plan(session, case.id)
                if plan is not None:
                    existing = set(
                        session.scalars(
                            select(Intervention.plan_action_id).where(
                                Intervention.case_id == case.id, Intervention.plan_action_id.is_not(None)
                            )
                        )
                    )
                    for action in sorted(plan.actions, key=lambda a: a.sort_order):
                        has_provider = (action.provider_staff_id is None) != (
                            action.provider_organisation_id is None
                        )
                        if action.id in existing or not has_provider:
                            continue
                        interventions.append(
                            InterventionPreview(
                                action.id,
                                case.id,
                                case.code,
                                action.description[:120],
                                action.provider_staff_id,
                                action.provider_organisation_id,
                            )
                        )
                        work.append(("intervention", action))
        for a in sorted(item.action_items, key=lambda a: a.id):
            if a.task_id is not None:
                continue
            tasks.append(
                TaskPreview(
                    a.id,
                    a.description[:MAX_TITLE],
                    case.code if case is not None else "",
                    a.assignee_id,
                    names.get(a.assignee_id, "") if a.assignee_id is not None else "",
                    a.due_on,
                )
            )
            work.append(("task", a))
    return ApplyPreview(tuple(changes), tuple(tasks), tuple(interventions)), work


def preview_apply(session: Session, actor: Actor, meeting_id: int, *, on: date | None = None) -> ApplyPreview:
    """Every case-state change (with the rules' refusals), task and intervention that applying
    this meeting's decisions would make now. Nothing is written."""
    require(actor, Permission.MANAGE_MEETINGS)
    preview, _work = _plan(session, _get(session, meeting_id), on or date.today())
    return preview


def apply_decisions(
    session: Session, actor: Actor, meeting_id: int, *, on: date | None = None
) -> ApplyPreview:
    """Do exactly what `preview_apply` lists, in one transaction: all or nothing. Needs
    MANAGE_MEETINGS and CHANGE_CASE_STATE; refused as a whole when any state change is refused.
    Returns what was done."""
    require(actor, Permission.MANAGE_MEETINGS)
    require(actor, Permission.CHANGE_CASE_STATE)
    day = on or date.today()
    meeting = _get(session, meeting_id)
    preview, work = _plan(session, meeting, day)
    if preview.empty:
        raise ValidationError(MSG_NOTHING_TO_APPLY)
    if preview.refused:
        first = preview.refused[0]
        raise TransitionRefused(MSG_APPLY_REFUSED, case=first.case_code)
    if preview.interventions:
        require(actor, Permission.ASSIGN_INTERVENTION)
    now = utcnow()
    try:
        for what, obj in work:
            if isinstance(obj, Decision) and what == "state":
                item = obj.agenda_item
                case = session.get(SupportCase, item.case_id)
                assert case is not None and obj.target_state is not None
                apply_transition(
                    session, actor, case, obj.target_state, reason=obj.reason, on=day, decision_id=obj.id
                )
            elif isinstance(obj, ActionItem):
                case_id = obj.agenda_item.case_id
                task = Task(
                    title=obj.description[:MAX_TITLE],
                    kind=TaskKind.ACTION,
                    case_id=case_id,
                    assignee_id=obj.assignee_id,
                    due_on=obj.due_on,
                    notes=f"{meeting.year}-{meeting.number}",
                )
                session.add(task)
                session.flush()
                obj.task_id = task.id
                task_case = session.get(SupportCase, case_id) if case_id is not None else None
                audit.record(
                    session,
                    actor,
                    AuditAction.CREATE,
                    entity_type=AuditRecord.TASK,
                    entity_id=task.id,
                    student_id=task_case.student_id if task_case is not None else None,
                    detail={
                        "kind": task.kind.value,
                        "assignee_id": obj.assignee_id,
                        "meeting_id": meeting.id,
                    },
                )
            elif isinstance(obj, PlanAction):
                plan_case = session.get(SupportCase, obj.plan.case_id)
                assert plan_case is not None
                intervention = Intervention(
                    case_id=plan_case.id,
                    plan_action_id=obj.id,
                    title=obj.description[:120],
                    provider_staff_id=obj.provider_staff_id,
                    provider_organisation_id=obj.provider_organisation_id
                    if obj.provider_staff_id is None
                    else None,
                    started_on=obj.start_on,
                )
                session.add(intervention)
                session.flush()
                audit.record(
                    session,
                    actor,
                    AuditAction.CREATE,
                    entity_type=AuditRecord.INTERVENTION,
                    entity_id=intervention.id,
                    student_id=plan_case.student_id,
                    detail={"case": plan_case.code, "plan_action_id": obj.id, "meeting_id": meeting.id},
                )
        for item in meeting.agenda_items:
            if item.decision is not None and item.decision.applied_at is None:
                item.decision.applied_at = now
        meeting.decisions_applied_at = now
        if meeting.status is MeetingStatus.PLANNED:
            meeting.status = MeetingStatus.HELD
        _audit_meeting(
            session,
            actor,
            meeting,
            "apply_decisions",
            state_changes=len(preview.state_changes),
            tasks=len(preview.tasks),
            interventions=len(preview.interventions),
        )
        session.commit()
    except Exception:
        session.rollback()
        raise
    return preview


# --- finalising, signing, addenda -----------------------------------------------------------------


def finalise(session: Session, actor: Actor, meeting_id: int) -> str:
    """Lock the minutes: store the SHA-256 of their text. Needs MANAGE_MEETINGS. Returns the hash."""
    require(actor, Permission.MANAGE_MEETINGS)
    meeting = _get(session, meeting_id)
    if meeting.status is MeetingStatus.FINALISED:
        raise ValidationError(MSG_ALREADY_FINAL)
    meeting.status = MeetingStatus.FINALISED
    meeting.content_hash = content_hash(meeting)
    meeting.finalised_at = utcnow()
    _audit_meeting(session, actor, meeting, "finalise", status="finalised", content_hash=meeting.content_hash)
    session.execute(
        delete(AppSetting).where(AppSetting.key.startswith(f"{DRAFT_PREFIX}{meeting.id}/", autoescape=True))
    )
    session.commit()
    return meeting.content_hash


def sign(session: Session, actor: Actor, meeting_id: int) -> None:
    """The principal's sign-off of finalised minutes: who and when. Needs SIGN_MINUTES."""
    require(actor, Permission.SIGN_MINUTES)
    meeting = _get(session, meeting_id)
    if meeting.status is not MeetingStatus.FINALISED:
        raise ValidationError(MSG_NOT_FINAL)
    if meeting.signed_at is not None:
        raise ValidationError(MSG_ALREADY_SIGNED)
    meeting.signed_by_id = actor.staff_id
    meeting.signed_at = utcnow()
    _audit_meeting(session, actor, meeting, "sign", content_hash=meeting.content_hash)
    session.commit()


def add_addendum(session: Session, actor: Actor, meeting_id: int, text: str) -> MinutesAddendum:
    """A dated addendum to finalised minutes (which stay unchanged). Needs MANAGE_MEETINGS or
    SIGN_MINUTES. Audited (without its text), commits."""
    if not (can(actor, Permission.MANAGE_MEETINGS) or can(actor, Permission.SIGN_MINUTES)):
        raise PermissionDenied(MSG_ADDENDUM_RIGHT)
    meeting = _get(session, meeting_id)
    if meeting.status is not MeetingStatus.FINALISED:
        raise ValidationError(MSG_NOT_FINAL)
    if not text.strip():
        raise ValidationError(MSG_ADDENDUM_TEXT)
    addendum = MinutesAddendum(written_at=utcnow(), author_id=actor.staff_id, text=text.strip())
    meeting.addenda.append(addendum)
    session.flush()
    _audit_meeting(session, actor, meeting, "addendum", addendum=addendum.id)
    session.commit()
    return addendum


def hash_matches(session: Session, actor: Actor, meeting_id: int) -> bool | None:
    """Whether finalised minutes still have the text their stored hash was made from (None when
    the meeting is not finalised)."""
    require(actor, Permission.VIEW_MEETINGS)
    meeting = _get(session, meeting_id)
    if meeting.content_hash is None:
        return None
    return meeting.content_hash == content_hash(meeting)


__all__ = [
    "ActionInput",
    "AgendaItemRow",
    "ApplyPreview",
    "AttendeeInput",
    "MeetingDetail",
    "MinutesDraft",
    "ProposedItem",
    "StaffChoice",
    "add_addendum",
    "add_agenda_items",
    "apply_decisions",
    "clear_minutes_draft",
    "content_hash",
    "finalise",
    "hash_matches",
    "initials",
    "meeting_detail",
    "minutes_draft",
    "minutes_text",
    "move_agenda_item",
    "next_number",
    "plan_meeting",
    "preview_apply",
    "propose_agenda",
    "record_item",
    "remove_agenda_item",
    "save_minutes_draft",
    "set_attendees",
    "sign",
    "staff_choices",
    "update_meeting",
]
