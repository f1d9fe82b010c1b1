"""Ground of the benchmark data generator: the five-year calendar, the table writer, the audit log,
the staff, the students and the organisation directory.

Everything is drawn from one `random.Random(seed)` and every timestamp is set explicitly, so a seed
always gives the same rows. Rows are written with SQLAlchemy Core bulk inserts and explicit ids.
"""

from __future__ import annotations

import bisect
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import FromClause, Table, insert, select, update
from sqlalchemy.orm import Session

from desktop.models import (
    AuditEvent,
    Base,
    EnrolmentStatus,
    FamilyType,
    Organisation,
    OrganisationKind,
    Role,
    School,
    Sex,
    StaffAccount,
    StaffSpecialty,
    Student,
)
from desktop.services import demo_data as data
from desktop.services.audit import event_hash
from desktop.services.demo import _address, _guardian, _Names, _phone
from desktop.services.demo_world import KST, at_kst

Progress = Callable[[str], None]

YEARS = (2022, 2023, 2024, 2025, 2026)
CURRENT_YEAR = 2026
TODAY = date(2026, 11, 23)
END = date(2026, 11, 20)  # the last day the history reaches
SETUP_AT = at_kst(date(2022, 2, 21), 9, 0)
_FIXED_HOLIDAYS = ((3, 1), (5, 5), (6, 6), (8, 15), (10, 3), (10, 9), (12, 25), (1, 1))
BATCH = 5000


def days(n: int) -> timedelta:
    return timedelta(days=n)


def school_year_of(day: date) -> int:
    """The school year (학년도) a day belongs to: March to the end of the next February."""
    return day.year if day.month >= 3 else day.year - 1


def year_bounds(year: int) -> tuple[date, date]:
    """First and last day of a school year."""
    return date(year, 3, 1), date(year + 1, 3, 1) - days(1)


def is_school_day(day: date) -> bool:
    """A weekday outside the holidays and the summer and winter vacations."""
    if day.weekday() >= 5 or (day.month, day.day) in _FIXED_HOLIDAYS:
        return False
    if (day.month, day.day) >= (7, 22) and (day.month, day.day) <= (8, 16):
        return False
    return not (day.month == 1 or (day.month == 2 and not 3 <= day.day <= 13))


def workday(day: date) -> date:
    """`day` or the next weekday that is not a fixed public holiday."""
    while day.weekday() >= 5 or (day.month, day.day) in _FIXED_HOLIDAYS:
        day += days(1)
    return day


def school_day(day: date) -> date:
    """`day` or the next school day."""
    while not is_school_day(day):
        day += days(1)
    return day


def school_days(year: int, last: date | None = None) -> list[date]:
    """The school days of a school year, up to `last`."""
    end = year_bounds(year)[1]
    if last is not None:
        end = min(end, last)
    out: list[date] = []
    day = date(year, 3, 2)
    while day <= end:
        if is_school_day(day):
            out.append(day)
        day += days(1)
    return out


def stamp(day: date, hour: int, minute: int = 0) -> datetime:
    """A Korean wall-clock time on `day` as an aware UTC datetime."""
    return at_kst(day, hour, minute)


def scaled(base: int, scale: float, minimum: int = 1) -> int:
    return max(minimum, round(base * scale))


# --- writing ------------------------------------------------------------------------------------


def as_table(clause: FromClause) -> Table:
    """A model's `__table__` (typed as a FromClause) as the Table it is."""
    assert isinstance(clause, Table)
    return clause


class Writer:
    """Collects rows per table with explicit ids and writes them in Core bulk batches."""

    def __init__(self, session: Session, progress: Progress) -> None:
        self.session = session
        self.progress = progress
        self.started = time.monotonic()
        self._next: dict[str, int] = {}
        self.pending: dict[str, list[dict[str, Any]]] = {}
        self.counts: dict[str, int] = {}
        self._tables: dict[str, Table] = {}

    def start_ids(self, clause: FromClause) -> None:
        table = as_table(clause)
        top = self.session.execute(select(table.c.id).order_by(table.c.id.desc()).limit(1)).scalar()
        self._next[table.name] = (top or 0) + 1

    def add(self, clause: FromClause, row: dict[str, Any]) -> int:
        """Queue a row; give it the next id if the table has an integer id. Returns the id."""
        table = as_table(clause)
        name = table.name
        self._tables[name] = table
        if "id" in table.c and "id" not in row:
            if name not in self._next:
                self.start_ids(table)
            row["id"] = self._next[name]
            self._next[name] += 1
        self.pending.setdefault(name, []).append(row)
        return int(row.get("id", 0))

    def flush(self, *clauses: FromClause) -> None:
        """Write the queued rows of these tables (all of them when none is named), in order."""
        order = {t.name: k for k, t in enumerate(Base.metadata.sorted_tables)}
        tables = [as_table(c) for c in clauses]
        names = [t.name for t in tables] if tables else sorted(self.pending, key=lambda n: order.get(n, 0))
        for name in names:
            rows = self.pending.pop(name, [])
            table = self._tables.get(name)
            if not rows or table is None:
                continue
            for k in range(0, len(rows), BATCH):
                self.session.execute(insert(table), rows[k : k + BATCH])
            self.counts[name] = self.counts.get(name, 0) + len(rows)
            self.say(f"{name}: {self.counts[name]:,} rows")

    def say(self, message: str) -> None:
        self.progress(f"[{time.monotonic() - self.started:7.1f} s] {message}")


class Audit:
    """Audit events collected during generation, written at the end in time order, hash-chained
    exactly as desktop.services.audit.record does."""

    def __init__(self) -> None:
        self.events: list[
            tuple[datetime, int, int | None, str, str, str, int | None, int | None, dict[str, Any]]
        ] = []

    def add(
        self,
        at: datetime,
        actor: Person | None,
        action: str,
        entity_type: str,
        entity_id: int | None,
        student_id: int | None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        self.events.append(
            (
                at,
                len(self.events),
                actor.id if actor is not None else None,
                actor.username if actor is not None else "system",
                str(action),
                entity_type,
                entity_id,
                student_id,
                detail or {},
            )
        )

    def write(self, w: Writer, reviewed_before: date) -> None:
        """Fix the set-up events' times, then chain and write the collected events after them."""
        session = w.session
        previous = ""
        table = AuditEvent.__table__
        for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
            event.at = SETUP_AT
            event.prev_hash = previous
            event.hash = event_hash(event)
            previous = event.hash
        session.flush()
        self.events.sort(key=lambda e: (e[0], e[1]))
        rows: list[dict[str, Any]] = []
        for at, _n, actor_id, actor_name, action, entity_type, entity_id, student_id, detail in self.events:
            detail = json.loads(json.dumps(detail, ensure_ascii=False, default=str))
            body = SimpleNamespace(
                at=at,
                actor_id=actor_id,
                actor_name=actor_name,
                action=action,
                entity_type=entity_type,
                entity_id=entity_id,
                student_id=student_id,
                purpose="",
                detail=detail,
                prev_hash=previous,
            )
            digest = event_hash(body)  # type: ignore[arg-type]
            rows.append(
                {
                    "at": at,
                    "actor_id": actor_id,
                    "actor_name": actor_name,
                    "action": action,
                    "entity_type": entity_type,
                    "entity_id": entity_id,
                    "student_id": student_id,
                    "purpose": "",
                    "detail": detail,
                    "reviewed": at.astimezone(KST).date() < reviewed_before,
                    "prev_hash": previous,
                    "hash": digest,
                }
            )
            previous = digest
        for row in rows:
            w.add(table, row)
        w.flush(table)
        w.counts[as_table(table).name] += 2  # the set-up's own events


# --- people -------------------------------------------------------------------------------------


@dataclass
class Person:
    """A staff account as the generator knows it."""

    id: int
    username: str
    display_name: str
    role: Role
    position: str
    specialty: StaffSpecialty | None = None
    grade: int | None = None
    class_no: int | None = None


@dataclass
class Pupil:
    """A student as the generator knows it: when they were at school and in which class."""

    id: int
    name: str
    guardian_name: str
    entry_year: int  # the school year they were in grade 1 (may be before 2022)
    last_year: int  # the last school year they attended
    class_no: int
    left_on: date | None
    special_education: bool
    sex: Sex

    def grade_in(self, year: int) -> int:
        return year - self.entry_year + 1

    def present_in(self, year: int) -> bool:
        """Attended the whole school year (cases are opened only for them)."""
        return max(self.entry_year, YEARS[0]) <= year <= self.last_year and (
            self.left_on is None or self.left_on >= year_bounds(year)[1] - days(20)
        )


@dataclass
class School_:
    """What the case generators share."""

    rng: random.Random
    w: Writer
    audit: Audit
    scale: float
    staff: dict[str, Person]
    homerooms: dict[tuple[int, int], Person]
    past_teachers: list[Person]
    pupils: list[Pupil]
    organisations: list[tuple[int, OrganisationKind, str]]
    domains: dict[str, int] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)
    support_types: dict[str, int] = field(default_factory=dict)
    names: _Names | None = None

    def homeroom_of(self, pupil: Pupil, year: int) -> Person:
        if year == CURRENT_YEAR and pupil.last_year == CURRENT_YEAR:
            return self.homerooms[(pupil.grade_in(year), pupil.class_no)]
        if self.past_teachers and (pupil.id + year) % 3:
            return self.past_teachers[(pupil.id * 7 + year) % len(self.past_teachers)]
        keys = sorted(self.homerooms)
        return self.homerooms[keys[(pupil.id + year) % len(keys)]]

    def organisation(self, spec: str) -> tuple[int, OrganisationKind, str]:
        kind, _, fragment = spec.partition(":")
        matches = [o for o in self.organisations if o[1].value == kind and fragment in o[2]]
        if not matches:
            matches = [o for o in self.organisations if o[1].value == kind] or self.organisations
        return matches[0] if fragment else self.rng.choice(matches)


# (key, username, display name, role, admin, position, specialty, capacity)
NAMED_STAFF: tuple[tuple[str, str, str, Role, str, StaffSpecialty | None, int], ...] = (
    ("principal", "principal", "김성호", Role.PRINCIPAL, "교장", None, 0),
    ("vice_principal", "vice-principal", "오정훈", Role.PRINCIPAL, "교감", None, 0),
    ("headteacher", "headteacher", "이미경", Role.HEAD_TEACHER, "교육복지부장", None, 4),
    ("counselor", "counselor", "최수진", Role.SPECIALIST, "전문상담교사", StaffSpecialty.COUNSELOR, 20),
    ("counselor2", "counselor2", "한지원", Role.SPECIALIST, "전문상담사", StaffSpecialty.COUNSELOR, 20),
    ("welfare2", "welfare2", "백선영", Role.SPECIALIST, "교육복지사", StaffSpecialty.WELFARE_OFFICER, 20),
    ("nurse", "nurse", "서혜진", Role.SPECIALIST, "보건교사", StaffSpecialty.NURSE, 6),
    (
        "special_education",
        "special-ed",
        "강민지",
        Role.SPECIALIST,
        "특수교사",
        StaffSpecialty.SPECIAL_EDUCATION,
        8,
    ),
    (
        "special_education2",
        "special-ed2",
        "문하늘",
        Role.SPECIALIST,
        "특수교사",
        StaffSpecialty.SPECIAL_EDUCATION,
        8,
    ),
    ("career", "career", "송현우", Role.SPECIALIST, "진로전담교사", StaffSpecialty.CAREER, 6),
    (
        "basic_skills",
        "basic-skills",
        "조은영",
        Role.SPECIALIST,
        "기초학력전담교사(두드림)",
        StaffSpecialty.BASIC_SKILLS,
        16,
    ),
    (
        "basic_skills2",
        "basic-skills2",
        "장미란",
        Role.SPECIALIST,
        "학습지원튜터",
        StaffSpecialty.BASIC_SKILLS,
        16,
    ),
    (
        "admin_officer",
        "admin-office",
        "임동규",
        Role.SPECIALIST,
        "행정실장",
        StaffSpecialty.ADMINISTRATION,
        0,
    ),
)


def write_school_and_staff(
    session: Session, w: Writer, rng: random.Random, names: _Names, classes: int, past_teachers: int
) -> tuple[dict[str, Person], dict[tuple[int, int], Person], list[Person]]:
    """Fix the set-up rows' times, complete the coordinator and add the staff."""
    created = SETUP_AT
    session.execute(
        update(School).values(
            education_office=data.EDUCATION_OFFICE,
            district_office=data.DISTRICT_OFFICE,
            address=data.SCHOOL_ADDRESS,
            phone=data.SCHOOL_PHONE,
            created_at=created,
            updated_at=created,
        )
    )
    phones: set[str] = set()
    coordinator_row = session.scalars(select(StaffAccount)).one()
    session.execute(
        update(StaffAccount)
        .where(StaffAccount.id == coordinator_row.id)
        .values(
            specialty=StaffSpecialty.WELFARE_OFFICER,
            weekly_capacity_hours=20,
            phone=_phone(rng, phones),
            created_at=created,
            updated_at=created,
        )
    )
    staff: dict[str, Person] = {
        "coordinator": Person(
            coordinator_row.id,
            coordinator_row.username,
            coordinator_row.display_name,
            Role.COORDINATOR,
            coordinator_row.position,
            StaffSpecialty.WELFARE_OFFICER,
        )
    }
    table = StaffAccount.__table__
    w.start_ids(table)

    def account(
        username: str, display: str, role: Role, position: str, specialty: StaffSpecialty | None, **kw: Any
    ) -> Person:
        row = {
            "username": username,
            "display_name": display,
            "role": role,
            "is_admin": False,
            "position": position,
            "specialty": specialty,
            "homeroom_grade": kw.get("grade"),
            "homeroom_class": kw.get("class_no"),
            "phone": _phone(rng, phones),
            "weekly_capacity_hours": kw.get("capacity", 0),
            "active": kw.get("active", True),
            "disabled_at": kw.get("disabled_at"),
            "notes": kw.get("notes", ""),
            "created_at": kw.get("created_at", created),
            "updated_at": kw.get("disabled_at") or kw.get("created_at", created),
        }
        ident = w.add(table, row)
        return Person(
            ident, username, display, role, position, specialty, kw.get("grade"), kw.get("class_no")
        )

    for key, username, display, role, position, specialty, capacity in NAMED_STAFF:
        staff[key] = account(username, display, role, position, specialty, capacity=capacity)
    homerooms: dict[tuple[int, int], Person] = {}
    for grade in range(1, 7):
        for class_no in range(1, classes + 1):
            homerooms[(grade, class_no)] = account(
                f"teacher{grade}{class_no:02d}" if classes < 100 else f"teacher{grade}{class_no:03d}",
                names.adult(rng.random() < 0.3),
                Role.HOMEROOM,
                f"{grade}학년 {class_no}반 담임교사",
                StaffSpecialty.HOMEROOM,
                grade=grade,
                class_no=class_no,
                capacity=2,
                created_at=stamp(date(CURRENT_YEAR, 2, 24), 9, 0),
            )
    past: list[Person] = []
    for k in range(past_teachers):
        left = workday(date(YEARS[0] + 1 + k % 4, 2, 20))
        past.append(
            account(
                f"former{k + 1:03d}",
                names.adult(rng.random() < 0.3),
                Role.HOMEROOM,
                "담임교사(전출)",
                StaffSpecialty.HOMEROOM,
                capacity=2,
                active=False,
                disabled_at=stamp(left, 17, 0),
                notes=f"{left.year}년 2월 타교 전출",
            )
        )
    w.flush(table)
    return staff, homerooms, past


_FAMILY = (
    (FamilyType.TWO_PARENT, 0.84),
    (FamilyType.SINGLE_PARENT, 0.10),
    (FamilyType.GRANDPARENT, 0.03),
    (FamilyType.RELATIVE, 0.01),
    (FamilyType.FACILITY, 0.01),
    (FamilyType.OTHER, 0.01),
)


def write_students(
    w: Writer,
    rng: random.Random,
    names: _Names,
    total: int,
    cohorts: list[int],
    classes: int,
    transfers: float,
) -> list[Pupil]:
    """Students of the given entry cohorts (school year of grade 1), spread over the classes."""
    table = Student.__table__
    kinds = [k for k, _ in _FAMILY]
    weights = [wt for _, wt in _FAMILY]
    phones: set[str] = set()
    pupils: list[Pupil] = []
    rows: list[tuple[tuple[Any, ...], dict[str, Any], Pupil]] = []
    per_cohort = [total // len(cohorts) + (1 if k < total % len(cohorts) else 0) for k in range(len(cohorts))]
    for entry, size in zip(cohorts, per_cohort, strict=True):
        graduation = entry + 5  # last school year, in grade 6
        for k in range(size):
            sex = Sex.MALE if rng.random() < 0.51 else Sex.FEMALE
            surname = names.surname()
            family = rng.choices(kinds, weights)[0]
            vulnerable = family is not FamilyType.TWO_PARENT
            roll = rng.random()
            basic = roll < (0.12 if vulnerable else 0.025)
            near = not basic and roll < (0.22 if vulnerable else 0.055)
            multicultural = rng.random() < 0.05
            special = rng.random() < 0.02
            last_year = min(graduation, CURRENT_YEAR)
            left_on: date | None = None
            status = EnrolmentStatus.ENROLLED
            first_year = max(entry, YEARS[0])
            if rng.random() < transfers:
                last_year = rng.randint(first_year, last_year)
                left_on = school_day(date(last_year, 3, 2) + days(rng.randint(20, 300)))
                if left_on > END:
                    left_on = school_day(date(last_year, 3, 2) + days(rng.randint(20, 200)))
                status = EnrolmentStatus.TRANSFERRED
            elif graduation < CURRENT_YEAR:
                left_on = workday(date(graduation + 1, 2, 13))
                status = EnrolmentStatus.GRADUATED
            grade = last_year - entry + 1
            class_no = k % classes + 1
            shell = SimpleNamespace(family_type=family, multicultural=multicultural)
            guardian, relation = _guardian(rng, names, shell, surname)  # type: ignore[arg-type]
            birth_year = entry - 7
            enrolled_at = stamp(workday(date(max(entry, YEARS[0]), 3, 2)), 8, 0)
            row = {
                "grade": grade,
                "class_no": class_no,
                "name": names.child(sex, surname),
                "sex": sex,
                "birth_date": date.fromordinal(date(birth_year, 1, 1).toordinal() + rng.randint(0, 364)),
                "phone": _phone(rng, phones) if rng.random() < (0.55 if grade >= 4 else 0.15) else "",
                "guardian_name": guardian,
                "guardian_relation": relation,
                "guardian_phone": _phone(rng, phones),
                "address": _address(rng)
                if family is not FamilyType.FACILITY
                else f"{data.CITY} {data.DISTRICT} 누리길 21 (아동양육시설 도담보금자리)",
                "basic_livelihood": basic,
                "single_parent_legal": family is FamilyType.SINGLE_PARENT and rng.random() < 0.3,
                "near_poverty": near,
                "multicultural": multicultural,
                "special_education": special,
                "north_korean_defector": rng.random() < 0.003,
                "borderline_intelligence_suspected": rng.random() < 0.01,
                "family_type": family,
                "status": status,
                "left_on": left_on,
                "notes": "특수학급(도움반) 시간제 통합, 개별화교육계획 수립 대상" if special else "",
                "created_at": enrolled_at,
                "updated_at": stamp(left_on, 16, 0) if left_on else enrolled_at,
            }
            pupil = Pupil(0, str(row["name"]), guardian, entry, last_year, class_no, left_on, special, sex)
            key = (status is EnrolmentStatus.ENROLLED, last_year, grade, class_no)
            rows.append((key, row, pupil))
    # Numbers in each class follow the name order, as in a Korean class list.
    rows.sort(key=lambda r: (r[0], r[1]["name"]))
    numbers: dict[tuple[Any, ...], int] = {}
    wide = classes >= 100
    for key, row, pupil in rows:
        numbers[key] = numbers.get(key, 0) + 1
        number = numbers[key]
        row["number"] = number
        base = (
            f"{row['grade']}{row['class_no']:03d}{number:02d}"
            if wide
            else f"{row['grade']}{row['class_no']:02d}{number:02d}"
        )
        row["student_no"] = base if key[0] else f"{key[1]}-{base}"
        pupil.id = w.add(table, row)
        pupils.append(pupil)
    w.flush(table)
    pupils.sort(key=lambda p: p.id)
    return pupils


_ORG_PREFIXES = (
    "푸른",
    "해솔",
    "다온",
    "한울",
    "늘품",
    "새빛",
    "가온",
    "나래",
    "온누리",
    "든든",
    "미소",
    "햇살",
    "초록",
    "바른",
)
_ORG_SUFFIXES: dict[OrganisationKind, tuple[str, str]] = {
    OrganisationKind.COMMUNITY_CENTER: ("행정복지센터 맞춤형복지팀", "통합사례관리, 긴급복지 상담"),
    OrganisationKind.DREAM_START: ("드림스타트", "아동 통합사례관리, 양육 지원"),
    OrganisationKind.SOCIAL_WELFARE_CENTER: ("종합사회복지관", "가족 지원, 방과후 교실, 물품 지원"),
    OrganisationKind.MENTAL_HEALTH_CENTER: ("정신건강복지센터", "아동·청소년 정신건강 상담, 위기 개입"),
    OrganisationKind.YOUTH_COUNSELLING: ("청소년상담복지센터", "개인·집단 상담, 심리검사"),
    OrganisationKind.WEE_CENTER: ("Wee센터", "심리검사, 전문 상담, 위기 학생 지원"),
    OrganisationKind.COMMUNITY_CHILD_CENTER: ("지역아동센터", "방과후 돌봄, 급식, 학습 지도"),
    OrganisationKind.MULTICULTURAL_FAMILY_CENTER: ("가족센터", "다문화가족 자녀 언어 발달 지원, 통번역"),
    OrganisationKind.HOSPITAL: ("소아청소년과의원", "진료, 발달 검사"),
    OrganisationKind.NGO: ("나눔재단", "장학금, 생계비 지원"),
    OrganisationKind.CAREER_CENTER: ("진로체험지원센터", "진로 체험 프로그램"),
    OrganisationKind.SHARED_SCHOOL: ("공유학교", "방과후 공유 프로그램(수업 시수 인정)"),
    OrganisationKind.ONLINE_SCHOOL: ("온라인학교", "원격 기초학력 과정(수업 시수 인정)"),
    OrganisationKind.DISTRICT_SUPPORT_CENTER: ("학습종합클리닉센터", "학습 클리닉, 난독 진단"),
    OrganisationKind.CHILD_PROTECTION: ("아동보호전문기관", "아동학대 사례 판정, 보호 조치"),
    OrganisationKind.POLICE: ("경찰서 학교전담경찰관", "학교폭력·안전 상담"),
    OrganisationKind.OTHER: ("청소년문화의집", "동아리, 문화 활동"),
}


def write_organisations(
    w: Writer, rng: random.Random, names: _Names, count: int
) -> list[tuple[int, OrganisationKind, str]]:
    """The demo's directory first, then synthetic organisations of every kind up to `count`."""
    table = Organisation.__table__
    specs: list[tuple[str, OrganisationKind, str, str, bool]] = list(data.ORGANISATIONS)[:count]
    kinds = list(_ORG_SUFFIXES)
    seen = {s[0] for s in specs}
    k = 0
    while len(specs) < count:
        kind = kinds[k % len(kinds)]
        suffix, services = _ORG_SUFFIXES[kind]
        place = rng.choice((*data.DONGS, *_ORG_PREFIXES))
        name = f"{place} {suffix}"
        if name in seen:
            name = f"{place} 제{k // len(kinds) + 2}{suffix}"
        if name not in seen:
            seen.add(name)
            recognised = kind in (OrganisationKind.SHARED_SCHOOL, OrganisationKind.ONLINE_SCHOOL)
            specs.append((name, kind, services, "담당자", recognised))
        k += 1
    out: list[tuple[int, OrganisationKind, str]] = []
    for n, (name, kind, services, position, recognised) in enumerate(specs, start=1):
        created = stamp(workday(date(YEARS[0], 3, 2) + days(rng.randint(0, 4 * 365))), 10, 0)
        ident = w.add(
            table,
            {
                "name": name,
                "kind": kind,
                "services": services,
                "contact_person": f"{names.adult(rng.random() < 0.35)} {position}",
                "phone": f"031-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                "email": f"contact{n:03d}@example.org",
                "address": f"{data.CITY} {data.DISTRICT} {rng.choice(data.STREETS)} {rng.randint(1, 200)}",
                "recognised_as_class_hours": recognised,
                "notes": "연 1회 업무협약(MOU) 갱신" if rng.random() < 0.3 else "",
                "active": rng.random() > 0.03,
                "created_at": created,
                "updated_at": created,
            },
        )
        out.append((ident, kind, name))
    w.flush(table)
    return out


class Calendar:
    """The team's meeting days over the five years; `next_meeting` finds the first one on or after
    a day (only days that have happened)."""

    def __init__(self, rng: random.Random, per_year: list[int], last_planned: date) -> None:
        self.days: list[date] = []
        for year, count in zip(YEARS, per_year, strict=True):
            end = year_bounds(year)[1]
            last = min(end, last_planned) if year == CURRENT_YEAR else end
            candidates = [
                d for d in school_days(year) if d <= last and d >= date(year, 3, 9) and d.weekday() in (1, 3)
            ]
            if count > len(candidates):
                candidates = [d for d in school_days(year) if d <= last and d >= date(year, 3, 9)]
            if count <= 0:
                continue
            step = len(candidates) / count
            chosen = sorted(
                {
                    candidates[min(len(candidates) - 1, int(i * step + rng.random() * step * 0.5))]
                    for i in range(count)
                }
            )
            k = 0
            while len(chosen) < count:  # rounding collided: fill with unused candidates
                if candidates[k] not in chosen:
                    chosen.append(candidates[k])
                k += 1
            self.days += sorted(chosen)
        self.past = [d for d in self.days if d <= END]

    def next_meeting(self, day: date) -> date | None:
        k = bisect.bisect_left(self.past, day)
        return self.past[k] if k < len(self.past) else None


def at_after(day: date, hour: int, previous: datetime | None, minutes: int = 5) -> datetime:
    at = stamp(day, hour, 0)
    if previous is not None and at <= previous:
        at = previous + timedelta(minutes=minutes)
    return at


def utc(at: datetime) -> datetime:
    return at.astimezone(UTC)
