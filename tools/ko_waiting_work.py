"""Korean for what waits for each person: the principal's approvals on the dashboard (결재 대기),
the provider's support activities in Tasks (나의 지원 활동) and the case list's plan status.
Context = the class whose self.tr it is."""

from __future__ import annotations

KO_WAITING_WORK: dict[tuple[str, str], str] = {
    # The dashboard's approvals.
    ("DashboardView", "Awaiting my approval"): "결재 대기",
    ("DashboardView", "Awaiting my approval ({n})"): "결재 대기 ({n}건)",
    ("ApprovalsTableModel", "Waiting since"): "상신일",
    ("ApprovalsTableModel", "To do"): "결재 사항",
    ("ApprovalsTableModel", "Document"): "문서",
    ("ApprovalsTableModel", "Approve the plan"): "지원계획 승인",
    ("ApprovalsTableModel", "Sign the minutes"): "회의록 서명",
    ("ApprovalsTableModel", "{code} support plan v{version}"): "{code} 지원계획 v{version}",
    (
        "ApprovalsTableModel",
        "Minutes of {year} meeting no. {number} ({type})",
    ): "{year}년 제{number}차 협의회 회의록 ({type})",
    # The case list's plan status.
    ("CaseList", "No plan"): "없음",
    ("CaseList", "Being written"): "작성 중",
    ("CaseList", "Awaiting approval"): "결재 대기",
    ("CaseList", "Approved"): "승인",
    ("CaseList", "Superseded"): "대체됨",
    ("CasesTableModel", "Plan"): "지원계획",
    ("CasesView", "Plan"): "지원계획",
    ("CasesView", "All plans"): "전체 지원계획",
    ("CasesView", "P&lan:"): "지원계획(&L):",
    # A new assignment as a task.
    ("labels", "New assignment"): "신규 배정",
    # My support activities in Tasks.
    ("TasksView", "My tasks"): "나의 할 일",
    ("TasksView", "My tasks ({n})"): "나의 할 일 ({n})",
    ("TasksView", "My support activities"): "나의 지원 활동",
    ("TasksView", "My support activities ({n})"): "나의 지원 활동 ({n})",
    ("MyInterventionsModel", "Intervention"): "지원 활동",
    ("MyInterventionsModel", "This week"): "이번 주",
    ("MyInterventionsModel", "Last session"): "최근 회기",
    ("MyInterventionsModel", "Hours done"): "실시 시간",
    ("MyInterventionsModel", "{done} of {planned} hours"): "{done}/{planned}시간",
    ("MyInterventionsModel", "Sessions: {n} · hours {done} of {planned}"): "{n}회 · {done}/{planned}시간",
    ("SupportActivityPanel", "&Log a session…"): "회기 기록(&L)…",
    ("SupportActivityPanel", "&Open case"): "사례 열기(&O)",
    ("SupportActivityPanel", "Enter"): "Enter",
    (
        "SupportActivityPanel",
        "My &interventions (planned and under way):",
    ): "내가 맡은 지원 활동 — 예정·진행 중(&I):",
    (
        "SupportActivityPanel",
        "Sessions this week ({first} – {last}): {n}",
    ): "이번 주 회기 ({first} ~ {last}): {n}회",
    (
        "SupportActivityPanel",
        "Sessions can be logged once the intervention has started.",
    ): "지원 활동을 시작한 뒤에 회기를 기록할 수 있습니다.",
    ("WeekSessionsModel", "Intervention"): "지원 활동",
    ("WeekSessionsModel", "Duration"): "시간",
    ("WeekSessionsModel", "{n} min"): "{n}분",
    ("WeekSessionsModel", "Attendance"): "출석",
    ("WeekSessionsModel", "Logged by"): "기록자",
}
