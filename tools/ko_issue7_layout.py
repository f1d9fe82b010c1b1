"""Korean for the strings added while fixing layouts for longer translations (issue 7)."""

KO_LAYOUT: dict[tuple[str, str], str] = {
    ("ResourcesView", "&Kind:"): "유형(&K):",
}

# What an audit event is about, in the audit review (desktop.ui.labels.audit_record_label).
KO_LAYOUT.update(
    {
        ("labels", "Audit review"): "접근 기록 검토",
        ("labels", "Backup"): "백업",
        ("labels", "Case"): "사례",
        ("labels", "Case document"): "사례 문서",
        ("labels", "Case note"): "사례 기록",
        ("labels", "Committee report"): "위원회 보고서",
        ("labels", "Consent"): "동의",
        ("labels", "Intervention"): "지원 활동",
        ("labels", "Meeting"): "회의",
        ("labels", "Organisation"): "기관",
        ("labels", "Password"): "비밀번호",
        ("labels", "Referral"): "연계",
        ("labels", "School"): "학교",
        ("labels", "Setting"): "설정",
        ("labels", "Staff account"): "교직원 계정",
        ("labels", "Statistics"): "통계",
        ("labels", "Student"): "학생",
        ("labels", "Support plan"): "지원계획",
        ("labels", "Support request"): "지원 신청",
        ("labels", "Session"): "상담·지원 회기",
        ("labels", "Task"): "할 일",
    }
)
