"""First-run set-up: the school row, the default need domains and support types (DESIGN §1.2),
and the first coordinator account."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import NeedCategory, NeedDomain, Role, School, SchoolLevel, StaffAccount, SupportType
from desktop.services import audit
from desktop.services.accounts import check_password, password_words
from desktop.services.actor import SYSTEM, Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import ValidationError
from desktop.services.text_input import clean_line
from desktop.storage.keyslots import DEFAULT_KDF, KdfParams
from desktop.storage.vault import Vault

# (code, Korean, English, [(category code, Korean, English), ...])
DEFAULT_DOMAINS: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    (
        "learning",
        "학습",
        "Learning",
        [
            ("basic_skills", "기초학력 부족", "Basic skills"),
            ("subject_gap", "교과 학습 결손", "Subject gaps"),
            ("dropout_risk", "학업 중단 위기", "Drop-out risk"),
        ],
    ),
    (
        "emotional",
        "심리·정서",
        "Psychological and emotional",
        [
            ("depression", "우울", "Depression"),
            ("anxiety", "불안", "Anxiety"),
            ("adhd", "ADHD", "ADHD"),
            ("apathy", "무기력", "Apathy"),
            ("anger", "분노 조절", "Anger"),
        ],
    ),
    (
        "care_safety_health",
        "돌봄·안전·건강",
        "Care, safety and health",
        [
            ("abuse_neglect", "학대·방임", "Abuse or neglect"),
            ("meals", "결식", "Meals"),
            ("guardian_loss", "보호자 부재", "Loss of guardian"),
            ("self_harm", "자해·자살 위기", "Self-harm"),
            ("school_violence", "학교폭력", "School violence"),
            ("sexual_violence", "성폭력", "Sexual violence"),
            ("illness", "질병", "Illness"),
        ],
    ),
    (
        "economic_living",
        "경제·생활",
        "Economic and living",
        [("economic_hardship", "경제적 어려움", "Economic hardship"), ("housing", "주거", "Housing")],
    ),
    ("career", "진로", "Career", [("career_guidance", "진로 탐색", "Career exploration")]),
    ("other", "기타", "Other", []),
]

# Support types of Act §11①.
DEFAULT_SUPPORT_TYPES: list[tuple[str, str, str]] = [
    ("welfare_costs", "교육복지비 지원", "Education welfare costs"),
    ("counselling", "심리상담 지원", "Psychological counselling"),
    ("learning_difficulties", "학습지원대상학생 지원", "Students with learning difficulties"),
    ("multicultural", "다문화학생 지원", "Multicultural students"),
    ("special_education", "특수교육 지원", "Special education"),
    ("basic_skills", "기초학력 지원", "Basic-skills support"),
    ("emergency_welfare", "긴급 복지 지원", "Emergency welfare"),
    ("career", "진로상담 지원", "Career counselling"),
    ("health_safety", "건강·안전 지원", "Health and safety"),
    ("service_linkage", "복지·의료 서비스 연계", "Welfare and medical service linkage"),
    ("violence_victim", "학교폭력 피해학생 보호", "School-violence victim protection"),
    ("committee_approved", "기타 위원회 승인 지원", "Other, approved by a committee"),
]


def seed_taxonomy(session: Session) -> None:
    """Add the default need domains, categories and support types that are not there yet."""
    existing_domains = {d.code: d for d in session.scalars(select(NeedDomain))}
    for order, (code, ko, en, categories) in enumerate(DEFAULT_DOMAINS):
        domain = existing_domains.get(code)
        if domain is None:
            domain = NeedDomain(code=code, name_ko=ko, name_en=en, sort_order=order)
            session.add(domain)
            session.flush()
        have = {c.code for c in domain.categories}
        for c_order, (c_code, c_ko, c_en) in enumerate(categories):
            if c_code not in have:
                session.add(
                    NeedCategory(
                        domain_id=domain.id, code=c_code, name_ko=c_ko, name_en=c_en, sort_order=c_order
                    )
                )
    existing_types = set(session.scalars(select(SupportType.code)))
    for order, (code, ko, en) in enumerate(DEFAULT_SUPPORT_TYPES):
        if code not in existing_types:
            session.add(SupportType(code=code, name_ko=ko, name_en=en, sort_order=order))
    session.flush()


def _check_names(school_name: str, admin_username: str, admin_display_name: str) -> None:
    school_name, admin_display_name = clean_line(school_name), clean_line(admin_display_name)
    if not school_name.strip():
        raise ValidationError("Enter the school's name.")
    if not admin_username.strip() or not admin_display_name.strip():
        raise ValidationError("Enter a user name and a display name for the first account.")


def initialise_school(
    session: Session,
    *,
    school_name: str,
    admin_username: str,
    admin_display_name: str,
    team_name: str = "학생맞춤통합지원팀",
    level: SchoolLevel = SchoolLevel.ELEMENTARY,
    admin_position: str = "교육복지사",
    is_demo: bool = False,
) -> StaffAccount:
    """Fill a new, empty database: the school, the default taxonomy and the first coordinator
    (an administrator). Commits. The caller has already created that user's key slot."""
    if session.scalar(select(School.id).limit(1)) is not None:
        raise ValidationError("This database already holds a school.")
    school_name = clean_line(school_name).strip()
    admin_username = admin_username.strip()
    admin_display_name = clean_line(admin_display_name)
    team_name = clean_line(team_name)
    _check_names(school_name, admin_username, admin_display_name)
    session.add(
        School(
            name=school_name,
            team_name=team_name.strip() or "학생맞춤통합지원팀",
            level=level,
            is_demo=is_demo,
        )
    )
    seed_taxonomy(session)
    admin = StaffAccount(
        username=admin_username,
        display_name=admin_display_name.strip(),
        role=Role.COORDINATOR,
        is_admin=True,
        position=admin_position,
    )
    session.add(admin)
    session.flush()
    audit.record(
        session,
        SYSTEM,
        AuditAction.SETUP,
        entity_type=AuditRecord.SCHOOL,
        detail={"school": school_name, "first_account": admin_username},
    )
    audit.record(
        session,
        SYSTEM,
        AuditAction.GRANT,
        entity_type=AuditRecord.STAFF_ACCOUNT,
        entity_id=admin.id,
        detail={"username": admin_username, "role": Role.COORDINATOR.value, "is_admin": True},
    )
    session.commit()
    return admin


@dataclass(frozen=True)
class NewSchool:
    """What the set-up wizard and `dodam init` ask for: the school and its first administrator."""

    school_name: str
    username: str
    display_name: str
    password: str
    team_name: str = "학생맞춤통합지원팀"
    level: SchoolLevel = SchoolLevel.ELEMENTARY
    position: str = "교육복지사"


def create_school(data_dir: Path, spec: NewSchool, kdf: KdfParams = DEFAULT_KDF) -> tuple[Vault, str]:
    """Create a new school in `data_dir`: the encrypted vault with the first administrator's key
    slot and a recovery slot, then the school, taxonomy and account rows (audited as SETUP and
    GRANT). Returns the open vault and the recovery code, which is shown once and never stored.

    The names and the password rule are checked before any file is written (ValidationError). Raises
    VaultExistsError when the folder already holds a school; nothing of it is touched then.
    """
    _check_names(spec.school_name, spec.username, spec.display_name)
    check_password(spec.password, password_words(spec.username, spec.display_name, spec.school_name))
    vault, recovery_code = Vault.create(data_dir, spec.username, spec.password, kdf=kdf)
    try:
        with vault.session() as session:
            initialise_school(
                session,
                school_name=spec.school_name,
                admin_username=spec.username,
                admin_display_name=spec.display_name,
                team_name=spec.team_name,
                level=spec.level,
                admin_position=spec.position,
            )
    except BaseException:
        vault.close()
        raise
    return vault, recovery_code


def find_account(session: Session, username: str) -> StaffAccount | None:
    """The active staff account with this user name, if any."""
    return session.scalar(
        select(StaffAccount).where(StaffAccount.username == username, StaffAccount.active.is_(True))
    )


__all__ = [
    "DEFAULT_DOMAINS",
    "DEFAULT_SUPPORT_TYPES",
    "Actor",
    "NewSchool",
    "create_school",
    "find_account",
    "initialise_school",
    "seed_taxonomy",
]
