"""Korean for everyday conveniences: the interface language in Preferences, log out and quit, the
students' search by initials and class, file names of saved documents, the audit review's action
words and the timeline. Context = the class whose self.tr it is."""

from __future__ import annotations

KO_EVERYDAY_USE: dict[tuple[str, str], str] = {
    (
        "StudentsView",
        "Search by name, initials (ㄱㄷ), class (3-2) or student number",
    ): "이름, 초성(ㄱㄷ), 반(3-2), 학번으로 검색",
    ("InterventionsTableModel", "{done} / {planned} h"): "{done} / {planned}시간",
    # Log out and quit
    ("MainWindow", "Log out"): "로그아웃",
    ("MainWindow", "Quit"): "끝내기",
    ("MainWindow", "Ctrl+Q"): "Ctrl+Q",
    ("MainWindow", "Quit Dodam"): "도담 끝내기",
    ("MainWindow", "Font size and language (Ctrl+,)"): "글자 크기와 언어 (Ctrl+,)",
    ("MainWindow", "Preferences (font size, language)"): "환경설정 (글자 크기, 언어)",
    # Preferences: the interface language
    ("PreferencesDialog", "Language"): "언어",
    ("PreferencesDialog", "Automatic (the system's language)"): "자동(운영체제 언어)",
    ("PreferencesDialog", "&Language:"): "언어(&L):",
    (
        "PreferencesDialog",
        "The font size and the language apply to this PC account only; other accounts keep theirs.",
    ): "글자 크기와 언어는 이 PC 계정에만 적용되며, 다른 계정은 각자의 설정을 유지합니다.",
    (
        "PreferencesDialog",
        "A new language applies the next time Dodam starts.",
    ): "언어를 바꾸면 다음에 도담을 시작할 때부터 적용됩니다.",
    (
        "PreferencesDialog",
        "Restart Dodam to see it in this language: it applies from the next start.",
    ): "이 언어는 다음에 도담을 시작할 때부터 적용됩니다. 지금 보려면 도담을 다시 시작하세요.",
    # Audit review: people by name, precise actions, meetings by number
    ("AuditTableModel", "{name} (log-in name: {username})"): "{name}(로그인 이름: {username})",
    ("AuditTableModel", "Approval"): "승인",
    ("AuditTableModel", "Submission for approval"): "승인 요청(제출)",
    ("AuditTableModel", "Returned for changes"): "반려(보완 요청)",
    ("AuditTableModel", "Minutes finalised"): "회의록 확정",
    ("AuditTableModel", "Minutes signed"): "회의록 결재",
    ("AuditTableModel", "Addendum"): "추가 기록",
    ("AuditTableModel", "Started"): "시작",
    ("AuditTableModel", "Completed"): "완료",
    ("AuditTableModel", "Cancelled"): "취소",
    ("AuditTableModel", "Decisions applied"): "결정 사항 적용",
    ("AuditTableModel", "Meeting {year} no. {number}"): "{year}년 제{number}차 회의",
}
