"""Korean for issue 7, part K (keyboard): shortcut descriptions shown in the F1 window, tool tips
naming keys, and mnemonics moved so that no two controls of a window share one.
Context = the class whose self.tr it is."""

from __future__ import annotations

KO_KEYS: dict[tuple[str, str], str] = {
    # desktop/ui/main_window.py
    ("MainWindow", "Reload the current list"): "현재 목록 새로 고침",
    # desktop/ui/case_detail/case_window.py
    ("CaseWindow", "Show the {tab} tab"): "{tab} 탭 보기",
    ("CaseWindow", "Add a note to this case"): "이 사례에 메모 추가",
    ("CaseWindow", "Close this case window"): "이 사례 창 닫기",
    ("CaseWindow", "Reload this case"): "이 사례 새로 고침",
    ("CaseWindow", "Show this list of keyboard shortcuts"): "이 단축키 목록 보기",
    # desktop/ui/case_detail/plan_panel.py (was "&Version:" / "Current &state:", Alt+V / Alt+S clashed)
    ("PlanPanel", "Save the plan's draft (Plan tab)"): "계획 초안 저장 (지원계획 탭)",
    ("PlanPanel", "Versi&on:"): "버전(&O):",
    ("PlanPanel", "Cu&rrent state:"): "현재 상태(&R):",
    # desktop/ui/meetings/meeting_dialog.py (was "Add &guest" / "&Discussion")
    ("MeetingDialog", "Print the minutes"): "회의록 인쇄",
    ("MeetingDialog", "Show this list of keyboard shortcuts"): "이 단축키 목록 보기",
    ("MeetingDialog", "Show the {tab} tab"): "{tab} 탭 보기",
    ("MeetingDialog", "Add g&uest"): "외부 위원 추가(&U)",
    ("MeetingDialog", "Dis&cussion"): "협의 내용(&C)",
    # desktop/ui/meetings/meetings_view.py
    ("MeetingsView", "Enter"): "Enter",
    ("MeetingsView", "Ctrl+N"): "Ctrl+N",
    ("MeetingsView", "New meeting (Meetings)"): "새 회의 (회의)",
    # desktop/ui/tasks/tasks_view.py
    ("TasksView", "New task (Tasks)"): "새 할 일 (할 일)",
    # desktop/ui/admin/admin_view.py (was "&Retention": Alt+R clashed with "Change &rights…")
    ("AdminView", "New account (Admin)"): "새 계정 (관리)",
    ("AdminView", "Ctrl+N"): "Ctrl+N",
    ("AdminView", "Re&tention"): "보존 기간(&T)",
    # desktop/ui/printing/print_flow.py (was "&Purpose:": Alt+P clashed with "&Preview…")
    ("PrintOptionsDialog", "P&urpose:"): "출력 목적(&U):",
}
