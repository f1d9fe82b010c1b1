"""English → Korean for the interface (used by fill_ko.py). Terms follow what Korean schools use:
사례, 회의, 자원, 현황판, 교육복지사, 담임교사, 학생맞춤통합지원팀."""

from __future__ import annotations

from ko_accounts_cli import KO_ACCOUNTS_CLI
from ko_audit_anchor import KO_AUDIT_ANCHOR
from ko_background_work import KO_BACKGROUND_WORK
from ko_case_procedure import KO_CASE_PROCEDURE
from ko_dialog_questions import KO_DIALOG_QUESTIONS
from ko_disabled_reasons import KO_DISABLED_REASONS
from ko_everyday_use import KO_EVERYDAY_USE
from ko_issue3_a import KO_A
from ko_issue3_b1 import KO_B1
from ko_issue3_b2 import KO_B2
from ko_issue4 import KO_C
from ko_issue5 import KO_D
from ko_issue6 import KO_E
from ko_issue7 import KO_F
from ko_issue7_comfort import KO_COMFORT
from ko_issue7_keys import KO_KEYS
from ko_issue7_layout import KO_LAYOUT
from ko_issue7_login import KO_LOGIN
from ko_key_rotation import KO_KEY_ROTATION
from ko_lockout_passwords import KO_LOCKOUT_PASSWORDS
from ko_meeting_minutes import KO_MEETING_MINUTES
from ko_messages import KO_MESSAGES
from ko_plain_text import KO_PLAIN_TEXT
from ko_restore_rights import KO_RESTORE_RIGHTS
from ko_restricted_notes import KO_RESTRICTED_NOTES
from ko_unsaved_work import KO_UNSAVED_WORK
from ko_waiting_work import KO_WAITING_WORK

KO: dict[str, str] = {
    # --- navigation and areas
    "Dashboard": "현황판",
    "Students": "학생",
    "Cases": "사례",
    "Meetings": "회의",
    "Resources": "자원",
    "Reports": "보고서",
    "Admin": "관리",
    "Administration": "관리",
    "Areas": "메뉴",
    "Ctrl+{n}": "Ctrl+{n}",
    "Dodam": "도담",
    "Dodam — {school}": "도담 — {school}",
    "{role}, administrator": "{role}, 관리자",
    "Logged in as {name} ({username}) — {role}": "로그인: {name} ({username}) — {role}",
    "DEMO SCHOOL — not real data": "데모 학교 · DEMO — 실제 자료 아님",
    "Please wait": "잠시 기다려 주세요",
    "Preparing the demo school (first start only)…": "데모 학교를 준비하고 있습니다(처음 한 번만)…",
    # --- log-in
    "Dodam — log in": "도담 — 로그인",
    "Dodam (도담)": "도담 (Dodam)",
    "Student integrated support team records": "학생맞춤통합지원팀 업무 기록",
    "School data folder: {name}": "학교 자료 폴더: {name}",
    "User name": "사용자 이름",
    "Password": "비밀번호",
    "User name:": "사용자 이름:",
    "Password:": "비밀번호:",
    "Log in": "로그인",
    "Forgot password? Use the recovery code…": "비밀번호를 잊으셨나요? 복구 코드 사용…",
    "Demo school — accounts for trying Dodam": "데모 학교 — 체험용 계정",
    "The demo school holds invented data only.": "데모 학교에는 가상의 자료만 들어 있습니다.",
    "Enter your user name and password.": "사용자 이름과 비밀번호를 입력하세요.",
    "Opening the school database…": "학교 데이터베이스를 여는 중…",
    # --- recovery dialog
    "Set a new password with the recovery code": "복구 코드로 새 비밀번호 설정",
    "The recovery code was shown once when the school was set up (24 letters and digits, in groups of "
    "four). With it you can set a new password for any account.": "복구 코드는 학교를 처음 설정할 때 한 번 표시되었습니다(영문자와 숫자 24자, 4자씩 묶음). "
    "이 코드로 어느 계정이든 새 비밀번호를 설정할 수 있습니다.",
    "Recovery code:": "복구 코드:",
    "New password:": "새 비밀번호:",
    "New password again:": "새 비밀번호 확인:",
    "Set new password": "새 비밀번호 설정",
    "Type the recovery code.": "복구 코드를 입력하세요.",
    "Type the user name whose password is to be set.": "비밀번호를 새로 설정할 사용자 이름을 입력하세요.",
    "Setting the new password…": "새 비밀번호를 설정하는 중…",
    "There is no active account with the user name “{name}”.": "사용자 이름이 “{name}”인 사용 중인 계정이 없습니다.",
    # --- password rules
    "The password needs at least 8 characters ({n} so far).": "비밀번호는 8자 이상이어야 합니다(현재 {n}자).",
    "Mix at least two kinds of characters: letters, digits, spaces or symbols.": "문자, 숫자, 공백·기호 중 두 종류 이상을 섞어 주세요.",
    "Type the password again to confirm it.": "확인을 위해 비밀번호를 한 번 더 입력하세요.",
    "The two passwords are not the same.": "두 비밀번호가 서로 다릅니다.",
    "At least 8 characters, mixing at least two kinds: letters, digits, spaces or symbols.": "8자 이상, 문자·숫자·공백·기호 중 두 종류 이상을 섞어 주세요.",
    # --- set-up wizard
    "Dodam — set up your school": "도담 — 학교 설정",
    "Your school": "학교 정보",
    "These details appear on minutes and reports. You can change them later in Admin.": "회의록과 보고서에 표시되는 정보입니다. 나중에 관리 메뉴에서 바꿀 수 있습니다.",
    "e.g. 도담초등학교": "예: 도담초등학교",
    "School name:": "학교 이름:",
    "Team name:": "팀 이름:",
    "School level:": "학교급:",
    "Your account": "내 계정",
    "The first account is the team's coordinator and administrator: it adds the other staff accounts "
    "later.": "첫 계정은 팀의 담당자이자 관리자입니다. 다른 교직원 계정은 이 계정으로 나중에 추가합니다.",
    "Display name:": "표시 이름:",
    "Position:": "직위:",
    "Password again:": "비밀번호 확인:",
    "Create the school": "학교 만들기",
    "Choose a user name for logging in.": "로그인에 쓸 사용자 이름을 정하세요.",
    "Enter your name as colleagues know it.": "동료들이 아는 이름을 입력하세요.",
    "✓ The password can be used.": "✓ 사용할 수 있는 비밀번호입니다.",
    "Your recovery code": "복구 코드",
    "Creating the encrypted school database…": "암호화된 학교 데이터베이스를 만드는 중…",
    "Write this code down on paper now and keep it in a safe place, away from this PC. It is shown only "
    "this once. If every password is forgotten, this code is the only way back into the school's records "
    "— without it, nobody (not even IT staff) can open them.": "지금 이 코드를 종이에 적어 이 PC와 떨어진 안전한 곳에 보관하세요. 이 코드는 이번 한 번만 "
    "표시됩니다. 모든 비밀번호를 잊었을 때 학교 기록을 다시 열 수 있는 유일한 방법이며, 이 코드가 "
    "없으면 누구도(전산 담당자도) 기록을 열 수 없습니다.",
    "Copy": "복사",
    "Copied": "복사됨",
    "The school is ready. One last step:": "학교가 준비되었습니다. 마지막 단계입니다:",
    "To confirm that you have written it down, type the last group of the code (the four characters "
    "after the last dash):": "코드를 적어 두었는지 확인하기 위해 코드의 마지막 묶음(마지막 - 뒤의 네 글자)을 입력하세요:",
    "Recovery code": "복구 코드",
    "The school has been created, but the recovery code will not be shown again. Close without confirming "
    "that you have written it down?": "학교는 만들어졌지만 복구 코드는 다시 표시되지 않습니다. 코드를 적어 두었는지 확인하지 않고 "
    "닫으시겠습니까?",
    # --- students
    "Students of class {grade}-{cls}": "{grade}학년 {cls}반 학생",
    "Search by name or student number": "이름 또는 학번으로 검색",
    "Grade:": "학년:",
    "All grades": "전체 학년",
    "Grade {n}": "{n}학년",
    "%n student(s)": "학생 %n명",
    "{shown} of {total} students": "학생 {total}명 중 {shown}명",
    "Student no.": "학번",
    "Grade": "학년",
    "Class": "반",
    "No.": "번호",
    "Name": "이름",
    "Sex": "성별",
    "Background": "배경",
    "Case": "사례",
    # --- cases
    "Search by code, student or case manager": "사례 번호, 학생 또는 사례 담당자로 검색",
    "All states": "전체 상태",
    "Open cases": "진행 중인 사례",
    "State:": "상태:",
    "Cases of my class and assigned to me": "우리 반 사례와 나에게 배정된 사례",
    "%n case(s)": "사례 %n건",
    "{shown} of {total} cases": "사례 {total}건 중 {shown}건",
    "Code": "사례 번호",
    "Student": "학생",
    "Grade-class": "학년-반",
    "State": "상태",
    "Priority": "우선순위",
    "Domains": "지원 영역",
    "Case manager": "사례 담당자",
    "Next review": "다음 점검일",
    # --- meetings
    "Meeting": "회의",
    "Type": "종류",
    "Date": "일시",
    "Place": "장소",
    "Status": "상태",
    "Chair": "위원장",
    "{year} meeting no. {number}": "{year}년 제{number}차",
    "Search by type, place or chair": "종류, 장소 또는 위원장으로 검색",
    "%n meeting(s)": "회의 %n건",
    # --- resources
    "Search by name, kind or service": "이름, 유형 또는 서비스로 검색",
    "External organisations": "외부 기관",
    "Internal staff": "교내 인력",
    "External organisations ({n})": "외부 기관 ({n})",
    "Internal staff ({n})": "교내 인력 ({n})",
    "Kind": "유형",
    "Contact person": "담당자",
    "Phone": "전화",
    "Services": "제공 서비스",
    "Position": "직위",
    "Offers": "지원 분야",
    "Homeroom": "담임 학급",
    # --- reports
    "Reports — figures of the team": "보고서 — 팀 현황 통계",
    "Group": "구분",
    "Item": "항목",
    "Count": "건수",
    "Share": "비율",
    "Cases by state": "상태별 사례",
    "Cases by need domain": "지원 영역별 사례",
    "Sessions": "상담·지원 회기",
    "Organisations": "기관",
    "Referrals": "연계",
    "Interventions": "지원 활동",
    # --- dashboard
    "New support requests": "새 지원 신청",
    "Upcoming meetings": "예정된 회의",
    "Overdue referrals": "회신이 늦은 연계",
    "Open tasks": "남은 할 일",
    "Overdue tasks": "기한이 지난 할 일",
    "My open tasks": "나의 할 일",
    "My open tasks ({n})": "나의 할 일 ({n})",
    "{name}, here is where the team stands today.": "{name} 님, 오늘의 팀 현황입니다.",
    "Due": "기한",
    "Task": "할 일",
    # --- admin
    "Search accounts and events": "계정과 기록 검색",
    "Staff accounts": "교직원 계정",
    "Recent audit events": "최근 접근 기록",
    "Role": "역할",
    "Administrator": "관리자",
    "Active": "사용 중",
    "Disabled": "사용 중지",
    "When": "일시",
    "Who": "사용자",
    "Action": "작업",
    "Record": "대상",
    "Purpose": "목적",
    **KO_MESSAGES,
}

# The same English word needs a different Korean word in some places.
KO_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("DashboardView", "Students"): "재학생",
    ("DashboardView", "Open cases"): "진행 중인 사례",
    ("ReportsView", "Students"): "학생",
    ("labels", "Open"): "진행 중",
    ("AdminView", "Administration"): "관리",
    ("labels", "Administration"): "행정",
    ("StudentsTableModel", "Case"): "사례 상태",
}

# Issue 3 (case work): every string keyed by its context, in three files.
KO_IN_CONTEXT.update(KO_A)
KO_IN_CONTEXT.update(KO_B1)
KO_IN_CONTEXT.update(KO_B2)

# Issue 4 (meetings, printing, dashboard, reports).
KO_IN_CONTEXT.update(KO_C)

# Issue 5 (lockout, lock, PIN, backups, audit review, accounts, retention).
KO_IN_CONTEXT.update(KO_D)
KO_IN_CONTEXT.update(KO_E)
KO_IN_CONTEXT.update(KO_F)
KO_IN_CONTEXT.update(KO_COMFORT)
KO_IN_CONTEXT.update(KO_LAYOUT)
KO_IN_CONTEXT.update(KO_LOGIN)
KO_IN_CONTEXT.update(KO_KEYS)
KO_IN_CONTEXT.update(KO_ACCOUNTS_CLI)

# Text kept as text (roster files with control characters).
KO_IN_CONTEXT.update(KO_PLAIN_TEXT)
KO_IN_CONTEXT.update(KO_RESTORE_RIGHTS)
KO_IN_CONTEXT.update(KO_LOCKOUT_PASSWORDS)
KO_IN_CONTEXT.update(KO_RESTRICTED_NOTES)
KO_IN_CONTEXT.update(KO_KEY_ROTATION)
KO_IN_CONTEXT.update(KO_AUDIT_ANCHOR)
KO_IN_CONTEXT.update(KO_UNSAVED_WORK)
KO_IN_CONTEXT.update(KO_MEETING_MINUTES)
KO_IN_CONTEXT.update(KO_BACKGROUND_WORK)
KO_IN_CONTEXT.update(KO_WAITING_WORK)
KO_IN_CONTEXT.update(KO_CASE_PROCEDURE)
KO_IN_CONTEXT.update(KO_EVERYDAY_USE)
KO_IN_CONTEXT.update(KO_DIALOG_QUESTIONS)
KO_IN_CONTEXT.update(KO_DISABLED_REASONS)
