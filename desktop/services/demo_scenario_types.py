"""Types of the demo school's case scenarios."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models import FamilyType, NoteCategory, Priority


@dataclass(frozen=True)
class Action:
    """One action of a plan: what, by whom, how often."""

    description: str
    provider: str
    frequency: str
    interval_days: int  # how often sessions are logged while it runs
    support_type: str
    goal: int = 0  # index of the goal it serves


@dataclass(frozen=True)
class Scenario:
    """A typical case: need, evidence, plan, session notes and closure."""

    key: str
    domains: tuple[str, ...]
    categories: tuple[str, ...]
    support_types: tuple[str, ...]
    description: str
    basic_skills: str
    teacher_opinion: str
    guardian_counselling: str
    strengths: str
    goals: tuple[tuple[str, str, str], ...]  # (domain code, goal, measure)
    actions: tuple[Action, ...]
    notes: tuple[str, ...]  # session notes, in rough order of progress
    closure_reason: str
    aftercare: str
    requester: str = "staff"  # staff | guardian | student
    priority: Priority = Priority.MEDIUM
    risk: int = 2
    serious: bool = False  # never left unselected or waiting
    min_grade: int = 1
    flag: str | None = None  # background flag the student has
    family: FamilyType | None = None  # family type the student has
    restricted: NoteCategory | None = None
    restricted_notes: tuple[str, ...] = ()
    case_note: str = ""
