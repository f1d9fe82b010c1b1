"""Korean words for stored values, as printed documents use them.

Printed documents are a Korean school's own papers, so they are in Korean whatever the interface
language; the words follow the interface's Korean translation (resources/translations) so a
screen and a print say the same thing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop.models import CaseState, DecisionOutcome, MeetingType, OrganisationKind, ReferralStatus

STATE_KO: dict[CaseState, str] = {
    CaseState.REQUESTED: "신청",
    CaseState.UNDER_REVIEW: "검토 중",
    CaseState.SELECTED: "선정",
    CaseState.NOT_SELECTED: "미선정",
    CaseState.ON_HOLD: "보류",
    CaseState.REFERRED_OUT: "지원센터 의뢰",
    CaseState.CONSENT_PENDING: "동의 대기",
    CaseState.PLANNING: "계획 수립",
    CaseState.ACTIVE: "지원 중",
    CaseState.MONITORING: "점검",
    CaseState.CLOSED: "종결",
    CaseState.REOPENED: "재개",
}

MEETING_TYPE_KO: dict[MeetingType, str] = {
    MeetingType.SELECTION: "지원 대상 선정 회의",
    MeetingType.PLANNING: "지원계획 심의 회의",
    MeetingType.REVIEW: "사례 점검 회의",
    MeetingType.CLOSURE: "사례 종결 회의",
    MeetingType.EMERGENCY: "긴급 사례 회의",
}

OUTCOME_KO: dict[DecisionOutcome, str] = {
    DecisionOutcome.SELECT: "선정",
    DecisionOutcome.NOT_SELECT: "미선정",
    DecisionOutcome.HOLD: "보류",
    DecisionOutcome.REFER_OUT: "학생맞춤통합지원센터 의뢰",
    DecisionOutcome.APPROVE_PLAN: "지원계획 승인",
    DecisionOutcome.CONTINUE: "지원 지속",
    DecisionOutcome.CLOSE: "종결",
    DecisionOutcome.OTHER: "기타",
}

ORGANISATION_KIND_KO: dict[OrganisationKind, str] = {
    OrganisationKind.COMMUNITY_CENTER: "행정복지센터",
    OrganisationKind.DREAM_START: "드림스타트",
    OrganisationKind.SOCIAL_WELFARE_CENTER: "사회복지관",
    OrganisationKind.MENTAL_HEALTH_CENTER: "정신건강복지센터",
    OrganisationKind.CHILD_PROTECTION: "아동보호전문기관",
    OrganisationKind.YOUTH_COUNSELLING: "청소년상담복지센터",
    OrganisationKind.WEE_CENTER: "Wee센터",
    OrganisationKind.COMMUNITY_CHILD_CENTER: "지역아동센터",
    OrganisationKind.MULTICULTURAL_FAMILY_CENTER: "가족센터(다문화)",
    OrganisationKind.POLICE: "경찰(학교전담경찰관)",
    OrganisationKind.HOSPITAL: "병원",
    OrganisationKind.NGO: "민간단체(NGO)",
    OrganisationKind.CAREER_CENTER: "진로체험지원센터",
    OrganisationKind.SHARED_SCHOOL: "공유학교",
    OrganisationKind.ONLINE_SCHOOL: "온라인학교",
    OrganisationKind.DISTRICT_SUPPORT_CENTER: "학생맞춤통합지원센터",
    OrganisationKind.OTHER: "기타 기관",
}

REFERRAL_STATUS_KO: dict[ReferralStatus, str] = {
    ReferralStatus.DRAFT: "작성 중(미발송)",
    ReferralStatus.SENT: "발송, 회신 대기",
    ReferralStatus.ACCEPTED: "수락",
    ReferralStatus.DECLINED: "거절",
    ReferralStatus.DELIVERED: "서비스 제공 완료",
    ReferralStatus.CLOSED: "종결",
}

WEEKDAYS_KO = "월화수목금토일"


def local_time(at: datetime) -> datetime:
    """A stored time (UTC; naive when SQLite hands it back) in the computer's local time."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone()


def date_ko(day: date | None) -> str:
    """ "2026-04-30(목)" — the ISO date with the Korean weekday."""
    if day is None:
        return ""
    return f"{day.isoformat()}({WEEKDAYS_KO[day.weekday()]})"


def datetime_ko(at: datetime | None) -> str:
    """ "2026-04-30(목) 15:30" in local time."""
    if at is None:
        return ""
    local = local_time(at)
    return f"{date_ko(local.date())} {local:%H:%M}"


def formal_date_ko(day: date) -> str:
    """ "2026. 4. 30." as Korean official documents write a date."""
    return f"{day.year}. {day.month}. {day.day}."


__all__ = [
    "MEETING_TYPE_KO",
    "ORGANISATION_KIND_KO",
    "OUTCOME_KO",
    "REFERRAL_STATUS_KO",
    "STATE_KO",
    "date_ko",
    "datetime_ko",
    "formal_date_ko",
    "local_time",
]
