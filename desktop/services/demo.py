"""The demo school (DESIGN §4 `--demo`): a complete, entirely synthetic elementary school.

`create_demo_school` builds a vault with five demo accounts (all with DEMO_PASSWORD), about 600
students, the staff, an organisation directory and about 60 cases over the 2026 school year, with
their requests, history, consents, plans, interventions, sessions, referrals, notes, tasks and
committee meetings. Everything is drawn from `random.Random(seed)`, so a seed always gives the
same school. Names are generated from syllable lists; places and organisations are imaginary.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import (
    FamilyType,
    Organisation,
    Role,
    School,
    Sex,
    StaffAccount,
    StaffSpecialty,
    Student,
)
from desktop.services import demo_data as data
from desktop.services import key_access, restricted_text
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.demo_cases import build_cases
from desktop.services.demo_meetings import build_meetings_and_tasks
from desktop.services.demo_world import TODAY, AuditLog, World
from desktop.services.setup import initialise_school
from desktop.storage.keyslots import DEFAULT_KDF, KdfParams
from desktop.storage.vault import DB_NAME, KEYS_NAME, Vault, vault_exists

DEMO_PASSWORD = "demo-spring-2026"
"""The password of every demo account (shown on the log-in screen in demo mode)."""

DEMO_ACCOUNTS: list[tuple[str, str]] = [
    ("coordinator", "교육복지사 · 팀 코디네이터(관리자)"),
    ("principal", "교장"),
    ("headteacher", "교육복지부장(부장교사)"),
    ("counselor", "전문상담교사(Wee클래스)"),
    ("homeroom", "3학년 2반 담임교사"),
]
"""User names of the demo accounts with a short description, in log-in screen order."""

DEMO_TODAY = TODAY
"""The day the demo data is written for: overdue and due-this-week items are relative to it."""

GRADES = 6
CLASSES_PER_GRADE = 4
SCHOOL_YEAR = 2026

Progress = Callable[[int, str], None]

# (key, username, display name, role, admin, position, specialty, homeroom grade/class, capacity)
_NAMED_STAFF: tuple[tuple[str, str, str, Role, bool, str, StaffSpecialty | None, int, int], ...] = (
    ("principal", "principal", "김성호", Role.PRINCIPAL, False, "교장", None, 0, 0),
    ("headteacher", "headteacher", "이미경", Role.HEAD_TEACHER, False, "교육복지부장", None, 0, 4),
    (
        "counselor",
        "counselor",
        "최수진",
        Role.SPECIALIST,
        False,
        "전문상담교사",
        StaffSpecialty.COUNSELOR,
        0,
        20,
    ),
    ("homeroom", "homeroom", "윤재형", Role.HOMEROOM, False, "담임교사", StaffSpecialty.HOMEROOM, 0, 3),
    ("vice_principal", "vice-principal", "오정훈", Role.PRINCIPAL, False, "교감", None, 0, 0),
    ("nurse", "nurse", "서혜진", Role.SPECIALIST, False, "보건교사", StaffSpecialty.NURSE, 0, 6),
    (
        "special_education",
        "special-ed",
        "강민지",
        Role.SPECIALIST,
        False,
        "특수교사",
        StaffSpecialty.SPECIAL_EDUCATION,
        0,
        8,
    ),
    ("career", "career", "송현우", Role.SPECIALIST, False, "진로전담교사", StaffSpecialty.CAREER, 0, 6),
    (
        "basic_skills",
        "basic-skills",
        "조은영",
        Role.SPECIALIST,
        False,
        "기초학력전담교사(두드림)",
        StaffSpecialty.BASIC_SKILLS,
        0,
        16,
    ),
)
_COORDINATOR_NAME = "정은주"
_HOMEROOM_CLASS = (3, 2)


def _noop(_percent: int, _message: str) -> None:
    return None


def create_demo_school(
    data_dir: Path,
    *,
    kdf: KdfParams = DEFAULT_KDF,
    seed: int = 2026,
    progress: Progress | None = None,
) -> None:
    """Create the demo school's vault in `data_dir` (which must hold no vault yet).

    The five DEMO_ACCOUNTS get key slots with DEMO_PASSWORD; the data is generated from `seed`.
    `progress(percent, message)` is called between steps. On failure the files this call created
    are removed, so a later attempt starts clean.
    """
    report = progress or _noop
    data_dir = Path(data_dir)
    report(0, QT_TRANSLATE_NOOP("demo", "Creating the encrypted database"))
    vault, _recovery_code = Vault.create(data_dir, DEMO_ACCOUNTS[0][0], DEMO_PASSWORD, kdf=kdf)
    try:
        report(5, QT_TRANSLATE_NOOP("demo", "Creating the demo accounts"))
        for username, _description in DEMO_ACCOUNTS[1:]:
            vault.set_password(username, DEMO_PASSWORD, kdf=kdf)
        with vault.session() as session:
            initialise_school(
                session,
                school_name=data.SCHOOL_NAME,
                admin_username=DEMO_ACCOUNTS[0][0],
                admin_display_name=_COORDINATOR_NAME,
                team_name=data.TEAM_NAME,
                admin_position="교육복지사",
                is_demo=True,
            )
            populate(session, seed=seed, progress=report)
        with vault.session() as session:
            # The principal's slot gets the restricted key (and every grant the accounts' rights
            # give) now, not at the coordinator's first sign-in: the demo opens as any account.
            coordinator = session.scalars(
                select(StaffAccount).where(StaffAccount.username == DEMO_ACCOUNTS[0][0])
            ).one()
            key_access.reconcile(session, vault, Actor.of(coordinator))
    except BaseException:
        vault.close()
        for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYS_NAME, f"{KEYS_NAME}.bak"):
            with contextlib.suppress(FileNotFoundError):
                (data_dir / name).unlink()
        raise
    vault.close()
    report(100, QT_TRANSLATE_NOOP("demo", "The demo school is ready"))


def ensure_demo_school(
    data_dir: Path, *, kdf: KdfParams = DEFAULT_KDF, progress: Progress | None = None
) -> bool:
    """Create the demo school in `data_dir` unless a vault is already there; True if created."""
    if vault_exists(Path(data_dir)):
        return False
    create_demo_school(Path(data_dir), kdf=kdf, progress=progress)
    return True


def populate(session: Session, *, seed: int = 2026, progress: Progress | None = None) -> None:
    """Fill an initialised school database (one coordinator, default taxonomy) with the demo data.

    One transaction, committed at the end.
    """
    report = progress or _noop
    rng = random.Random(seed)
    school = session.scalars(select(School)).one()
    school.education_office = data.EDUCATION_OFFICE
    school.district_office = data.DISTRICT_OFFICE
    school.address = data.SCHOOL_ADDRESS
    school.phone = data.SCHOOL_PHONE
    log = AuditLog()
    names = _Names(rng)

    report(15, QT_TRANSLATE_NOOP("demo", "Enrolling students"))
    students = _students(rng, names)
    session.add_all(students)
    session.flush()

    report(30, QT_TRANSLATE_NOOP("demo", "Adding staff and organisations"))
    staff = _staff(session, rng, names)
    organisations = _organisations(rng, names)
    session.add_all(organisations)
    session.flush()

    world = World.load(session, rng, staff, students, organisations, names.adult, log)
    coordinator = staff["coordinator"]
    log.bulk(coordinator, AuditAction.IMPORT, "student", {"demo": True, "count": len(students)})
    log.bulk(coordinator, AuditAction.CREATE, "staff_account", {"demo": True, "count": len(staff)})
    log.bulk(coordinator, AuditAction.CREATE, "organisation", {"demo": True, "count": len(organisations)})
    for username, _description in DEMO_ACCOUNTS[1:]:
        account = next(a for a in staff.values() if a.username == username)
        log.bulk(
            coordinator,
            AuditAction.GRANT,
            "staff_account",
            {"username": username, "role": account.role.value, "is_admin": account.is_admin},
            entity_id=account.id,
        )

    report(45, QT_TRANSLATE_NOOP("demo", "Writing case histories"))
    cases = build_cases(world)

    report(75, QT_TRANSLATE_NOOP("demo", "Writing meetings and tasks"))
    build_meetings_and_tasks(world, cases)

    report(90, QT_TRANSLATE_NOOP("demo", "Writing the access log"))
    log.write(session)
    # Restricted notes are written in clear above and sealed here, through the same path as an
    # upgraded school's (the creating session holds the restricted key).
    restricted_text.publish_key(session)
    restricted_text.seal_stored(session)
    session.commit()


class _Names:
    """Draws Korean names from syllable lists, never a famous name, never twice per kind."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._surnames = [s for s, _ in data.SURNAMES]
        self._weights = [w for _, w in data.SURNAMES]
        self._used: set[str] = set()

    def surname(self) -> str:
        """A surname, weighted by its share of the population."""
        return self._rng.choices(self._surnames, self._weights)[0]

    def _given(self, first: str, second: str) -> str:
        while True:
            a, b = self._rng.choice(first), self._rng.choice(second)
            if a != b:
                return a + b

    def child(self, sex: Sex, surname: str | None = None) -> str:
        """A child's full name, new in this school and not a famous one."""
        first, second = (
            (data.BOY_FIRST, data.BOY_SECOND) if sex is Sex.MALE else (data.GIRL_FIRST, data.GIRL_SECOND)
        )
        family = surname or self.surname()
        for _ in range(50):
            given = self._given(first, second)
            name = family + given
            if name not in data.FAMOUS_NAMES and name not in self._used and given[0] != family:
                self._used.add(name)
                return name
        return name  # a sibling-like duplicate is acceptable after many draws

    def adult(self, male: bool, surname: str | None = None) -> str:
        """An adult's full name that is not a famous one."""
        first, second = (data.MAN_FIRST, data.MAN_SECOND) if male else (data.WOMAN_FIRST, data.WOMAN_SECOND)
        while True:
            name = (surname or self.surname()) + self._given(first, second)
            if name not in data.FAMOUS_NAMES:
                return name


def _phone(rng: random.Random, used: set[str]) -> str:
    while True:
        number = f"010-{rng.randint(2000, 9999)}-{rng.randint(0, 9999):04d}"
        if number not in used:
            used.add(number)
            return number


def _address(rng: random.Random) -> str:
    street = rng.choice(data.STREETS)
    if rng.random() < 0.75:
        apartment = rng.choice(data.APARTMENTS)
        return (
            f"{data.CITY} {data.DISTRICT} {street} {rng.randint(10, 240)}, "
            f"{apartment} {rng.randint(101, 112)}동 {rng.randint(1, 22)}{rng.randint(1, 4):02d}호"
        )
    return f"{data.CITY} {data.DISTRICT} {street} {rng.randint(10, 240)}-{rng.randint(1, 30)}"


_FAMILY_TYPES: tuple[tuple[FamilyType, float], ...] = (
    (FamilyType.TWO_PARENT, 0.84),
    (FamilyType.SINGLE_PARENT, 0.10),
    (FamilyType.GRANDPARENT, 0.03),
    (FamilyType.RELATIVE, 0.01),
    (FamilyType.FACILITY, 0.01),
    (FamilyType.OTHER, 0.01),
)


def _guardian(rng: random.Random, names: _Names, student: Student, surname: str) -> tuple[str, str]:
    family = student.family_type
    if family is FamilyType.FACILITY:
        return names.adult(rng.random() < 0.5), "시설장"
    if family is FamilyType.GRANDPARENT:
        if rng.random() < 0.75:
            return names.adult(False), "조모"
        return names.adult(True, surname), "조부"
    if family is FamilyType.RELATIVE:
        relation = rng.choice(("이모", "고모", "삼촌", "큰아버지"))
        male = relation in ("삼촌", "큰아버지")
        return names.adult(male, surname if relation in ("고모", "삼촌", "큰아버지") else None), relation
    mother = rng.random() < (0.7 if family is FamilyType.SINGLE_PARENT else 0.62)
    if mother:
        if student.multicultural and rng.random() < 0.7:
            return rng.choice(data.FOREIGN_MOTHERS), "모"
        return names.adult(False), "모"
    return names.adult(True, surname), "부"


def _students(rng: random.Random, names: _Names) -> list[Student]:
    phones: set[str] = set()
    students: list[Student] = []
    kinds = [k for k, _ in _FAMILY_TYPES]
    weights = [w for _, w in _FAMILY_TYPES]
    for grade in range(1, GRADES + 1):
        birth_year = SCHOOL_YEAR - 6 - grade  # 1학년 of 2026 was born in 2019
        for class_no in range(1, CLASSES_PER_GRADE + 1):
            members: list[tuple[Student, str]] = []
            for _ in range(rng.randint(23, 27)):
                sex = Sex.MALE if rng.random() < 0.51 else Sex.FEMALE
                surname = names.surname()
                family = rng.choices(kinds, weights)[0]
                vulnerable = family is not FamilyType.TWO_PARENT
                roll = rng.random()
                basic = roll < (0.12 if vulnerable else 0.025)
                near = not basic and roll < (0.22 if vulnerable else 0.055)
                student = Student(
                    grade=grade,
                    class_no=class_no,
                    number=0,
                    name=names.child(sex, surname),
                    sex=sex,
                    birth_date=date.fromordinal(date(birth_year, 1, 1).toordinal() + rng.randint(0, 364)),
                    family_type=family,
                    basic_livelihood=basic,
                    near_poverty=near,
                    single_parent_legal=family is FamilyType.SINGLE_PARENT and rng.random() < 0.3,
                    multicultural=rng.random() < 0.05,
                    special_education=rng.random() < 0.02,
                    north_korean_defector=rng.random() < 0.003,
                    borderline_intelligence_suspected=rng.random() < 0.01,
                    address=_address(rng),
                )
                if student.special_education:
                    student.notes = "특수학급(도움반) 시간제 통합, 개별화교육계획 수립 대상"
                elif rng.random() < 0.03:
                    student.notes = rng.choice(("우유 알레르기", "천식(흡입기 보건실 보관)", "땅콩 알레르기"))
                student.guardian_name, student.guardian_relation = _guardian(rng, names, student, surname)
                student.guardian_phone = _phone(rng, phones)
                if rng.random() < (0.55 if grade >= 4 else 0.15):
                    student.phone = _phone(rng, phones)
                if family is FamilyType.FACILITY:
                    student.address = f"{data.CITY} {data.DISTRICT} 누리길 21 (아동양육시설 도담보금자리)"
                members.append((student, surname))
            members.sort(key=lambda m: m[0].name)
            for number, (student, _surname) in enumerate(members, start=1):
                student.number = number
                student.student_no = f"{grade}{class_no:02d}{number:02d}"
                students.append(student)
    return students


def _staff(session: Session, rng: random.Random, names: _Names) -> dict[str, StaffAccount]:
    phones: set[str] = set()
    coordinator = session.scalars(select(StaffAccount).where(StaffAccount.username == "coordinator")).one()
    coordinator.specialty = StaffSpecialty.WELFARE_OFFICER
    coordinator.weekly_capacity_hours = 20
    coordinator.phone = _phone(rng, phones)
    staff: dict[str, StaffAccount] = {"coordinator": coordinator}
    for key, username, display, role, admin, position, specialty, _g, capacity in _NAMED_STAFF:
        staff[key] = StaffAccount(
            username=username,
            display_name=display,
            role=role,
            is_admin=admin,
            position=position,
            specialty=specialty,
            weekly_capacity_hours=capacity,
            phone=_phone(rng, phones),
        )
    homeroom = staff["homeroom"]
    homeroom.homeroom_grade, homeroom.homeroom_class = _HOMEROOM_CLASS
    homeroom.position = f"{_HOMEROOM_CLASS[0]}학년 {_HOMEROOM_CLASS[1]}반 담임교사"
    for grade in range(1, GRADES + 1):
        for class_no in range(1, CLASSES_PER_GRADE + 1):
            if (grade, class_no) == _HOMEROOM_CLASS:
                continue
            staff[f"homeroom_{grade}_{class_no}"] = StaffAccount(
                username=f"teacher{grade}{class_no:02d}",
                display_name=names.adult(rng.random() < 0.3),
                role=Role.HOMEROOM,
                position=f"{grade}학년 {class_no}반 담임교사",
                specialty=StaffSpecialty.HOMEROOM,
                homeroom_grade=grade,
                homeroom_class=class_no,
                weekly_capacity_hours=2,
                phone=_phone(rng, phones),
            )
    staff[f"homeroom_{_HOMEROOM_CLASS[0]}_{_HOMEROOM_CLASS[1]}"] = homeroom
    session.add_all(staff.values())
    session.flush()
    return staff


def _organisations(rng: random.Random, names: _Names) -> list[Organisation]:
    organisations: list[Organisation] = []
    for name, kind, services, position, recognised in data.ORGANISATIONS:
        organisations.append(
            Organisation(
                name=name,
                kind=kind,
                services=services,
                contact_person=f"{names.adult(rng.random() < 0.35)} {position}",
                phone=f"031-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                email=f"contact{len(organisations) + 1:02d}@example.org",
                address=f"{data.CITY} {data.DISTRICT} {rng.choice(data.STREETS)} {rng.randint(1, 200)}",
                recognised_as_class_hours=recognised,
                notes="연 1회 업무협약(MOU) 갱신" if rng.random() < 0.3 else "",
            )
        )
    return organisations


__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "DEMO_TODAY",
    "create_demo_school",
    "ensure_demo_school",
    "populate",
]
