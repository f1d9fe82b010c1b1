"""What a committed transaction changed: the kinds of record (table names) and their ids.

Every session the vault hands out records, at each flush, the rows it inserted, updated or deleted
(and the tables a bulk UPDATE / DELETE / INSERT statement touched); at commit the whole set is
handed to the vault's listeners as one :class:`Changes`, and at rollback it is forgotten. The
interface broadcasts it so that every open screen refreshes what is affected (the way Anki's
operations return ``OpChanges``). Services need not report anything themselves: whatever they
stored is what is reported. Changes made elsewhere (another PC on a server) can be published the
same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

_PENDING = "dodam_changes"

BOOKKEEPING_KINDS = frozenset({"audit_event", "audit_checkpoint", "audit_review", "app_setting"})
"""Records written beside what a screen shows: the audit trail every action writes, and settings
(a meeting's minutes draft is kept there every few seconds while someone types; the screens that
show a setting read it again themselves). A change that holds only these refreshes nothing but
the audit review."""

CASE_KINDS = frozenset(
    {
        "support_case",
        "support_request",
        "case_state_change",
        "case_note",
        "consent",
        "intervention",
        "support_session",
        "referral",
        "support_plan",
        "plan_goal",
        "plan_action",
        "task",
        "agenda_item",
        "decision",
        "action_item",
    }
)
"""Kinds of record that belong to a case (a case window shows them)."""

MEETING_KINDS = frozenset(
    {"meeting", "meeting_attendee", "agenda_item", "decision", "action_item", "minutes_addendum"}
)
"""Kinds of record that belong to a meeting (a meeting window shows them)."""


@dataclass(frozen=True)
class Changes:
    """The records one or more commits changed.

    ``ids`` maps a kind to the ids known to have changed; a kind present in ``kinds`` but with no
    ids (a bulk statement) may have changed any of its rows. ``case_ids`` are the cases the changed
    records belong to, where a record says so itself (``case_id`` or a case); ``unknown_cases``
    is true when some case record was changed without saying which case (then every case counts
    as changed). ``committed_at`` is time.monotonic() at the (last) commit.
    """

    kinds: frozenset[str] = frozenset()
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)
    case_ids: frozenset[int] = frozenset()
    unknown_cases: bool = False
    meeting_ids: frozenset[int] = frozenset()
    unknown_meetings: bool = False
    committed_at: float = 0.0

    def __bool__(self) -> bool:
        return bool(self.kinds)

    @property
    def is_bookkeeping_only(self) -> bool:
        """True when only the audit trail changed (e.g. "case viewed")."""
        return self.kinds <= BOOKKEEPING_KINDS

    def touches(self, kinds: Iterable[str]) -> bool:
        """True when a record of one of these kinds changed."""
        return not self.kinds.isdisjoint(kinds)

    def touches_case(self, case_id: int) -> bool:
        """True when something shown in this case's window may have changed."""
        if case_id in self.case_ids:
            return True
        return self.unknown_cases

    def touches_meeting(self, meeting_id: int) -> bool:
        """True when something shown in this meeting's window may have changed."""
        if meeting_id in self.meeting_ids:
            return True
        return self.unknown_meetings

    def merged(self, other: Changes) -> Changes:
        """Both sets of changes as one (several commits arriving together)."""
        ids: dict[str, frozenset[int]] = dict(self.ids)
        for kind, more in other.ids.items():
            ids[kind] = ids.get(kind, frozenset()) | more
        return Changes(
            kinds=self.kinds | other.kinds,
            ids=ids,
            case_ids=self.case_ids | other.case_ids,
            unknown_cases=self.unknown_cases or other.unknown_cases,
            meeting_ids=self.meeting_ids | other.meeting_ids,
            unknown_meetings=self.unknown_meetings or other.unknown_meetings,
            committed_at=max(self.committed_at, other.committed_at),
        )


class _Collector:
    """The changes of one session's transaction, gathered flush by flush."""

    def __init__(self) -> None:
        self.kinds: set[str] = set()
        self.ids: dict[str, set[int]] = {}
        self.case_ids: set[int] = set()
        self.unknown_cases = False
        self.meeting_ids: set[int] = set()
        self.unknown_meetings = False

    def add_kind(self, kind: str) -> None:
        """A table changed by a statement: any of its rows may have changed."""
        self.kinds.add(kind)
        if kind in CASE_KINDS:
            self.unknown_cases = True
        if kind in MEETING_KINDS:
            self.unknown_meetings = True

    def add_record(self, record: Any) -> None:
        table = getattr(record, "__tablename__", None)
        if not isinstance(table, str):
            return
        self.kinds.add(table)
        state = record.__dict__  # loaded attributes only: never a lazy load inside a flush
        ident = state.get("id")
        if isinstance(ident, int):
            self.ids.setdefault(table, set()).add(ident)
        if table == "support_case" and isinstance(ident, int):
            self.case_ids.add(ident)
        elif table in CASE_KINDS:
            case_id = state.get("case_id")
            if isinstance(case_id, int):
                self.case_ids.add(case_id)
                old = _previous_value(record, "case_id")
                if isinstance(old, int):
                    self.case_ids.add(old)
            else:
                self.unknown_cases = True
        if table == "meeting" and isinstance(ident, int):
            self.meeting_ids.add(ident)
        elif table in MEETING_KINDS:
            meeting_id = state.get("meeting_id")
            if isinstance(meeting_id, int):
                self.meeting_ids.add(meeting_id)
            else:
                self.unknown_meetings = True

    def changes(self) -> Changes:
        return Changes(
            kinds=frozenset(self.kinds),
            ids={kind: frozenset(ids) for kind, ids in self.ids.items()},
            case_ids=frozenset(self.case_ids),
            unknown_cases=self.unknown_cases,
            meeting_ids=frozenset(self.meeting_ids),
            unknown_meetings=self.unknown_meetings,
            committed_at=time.monotonic(),
        )


def _previous_value(record: Any, name: str) -> object:
    """The value an attribute had before this flush (a record moved to another case)."""
    history = inspect(record).attrs[name].history
    return history.deleted[0] if history.deleted else None


def _collector(session: Session) -> _Collector:
    collector = session.info.get(_PENDING)
    if not isinstance(collector, _Collector):
        collector = _Collector()
        session.info[_PENDING] = collector
    return collector


def track_changes(factory: sessionmaker[Session], publish: Callable[[Changes], None]) -> None:
    """Make every session of ``factory`` report what each of its commits changed to ``publish``
    (called right after the commit, on the thread that committed)."""

    @event.listens_for(factory, "after_flush")
    def _after_flush(session: Session, _context: object) -> None:
        # The session still shows what this flush wrote (new rows now have their ids), and a
        # dirty record's history still holds its old case id.
        collector = _collector(session)
        for record in session.new:
            collector.add_record(record)
        for record in session.dirty:
            if session.is_modified(record):
                collector.add_record(record)
        for record in session.deleted:
            collector.add_record(record)

    @event.listens_for(factory, "do_orm_execute")
    def _statement(state: ORMExecuteState) -> None:
        if not (state.is_update or state.is_delete or state.is_insert):
            return
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if isinstance(name, str):
            _collector(state.session).add_kind(name)

    @event.listens_for(factory, "after_commit")
    def _after_commit(session: Session) -> None:
        collector = session.info.pop(_PENDING, None)
        if isinstance(collector, _Collector) and collector.kinds:
            publish(collector.changes())

    @event.listens_for(factory, "after_soft_rollback")
    def _after_rollback(session: Session, _previous: object) -> None:
        if not session.in_transaction():
            session.info.pop(_PENDING, None)
