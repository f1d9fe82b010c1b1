"""Korean for issue 5 strings, part D: lockout, idle lock, PIN, backups, audit review, accounts, purge."""

from __future__ import annotations

KO_D: dict[tuple[str, str], str] = {
    ("AdminView", "&New account…"): "새 계정(&N)…",
    ("AdminView", "Change &rights…"): "권한 변경(&R)…",
    ("AdminView", "Reset &password…"): "비밀번호 재설정(&P)…",
    ("AdminView", "&Disable"): "사용 중지(&D)",
    ("AdminView", "Search accounts"): "계정 검색",
    ("AdminView", "Staff &accounts"): "교직원 계정(&A)",
    ("AdminView", "Audit &log review"): "접근 기록 검토(&L)",
    ("AdminView", "&Retention"): "보존 기간(&R)",
    ("AdminView", "&Enable"): "사용 재개(&E)",
    ("AdminView", "Disable account"): "계정 사용 중지",
    (
        "AdminView",
        "Disable {name} ({user})? They can no longer log in, and their password is removed: "
        "enabling the account later needs a new password.",
    ): "{name}({user}) 계정을 사용 중지할까요? 더 이상 로그인할 수 없고 비밀번호도 삭제됩니다. "
    "나중에 계정을 다시 사용하려면 새 비밀번호가 필요합니다.",
    ("AuditReviewView", "Student name or number, then Enter"): "학생 이름 또는 학번 입력 후 Enter",
    ("AuditReviewView", "&Month:"): "월(&M):",
    ("AuditReviewView", "&From:"): "시작(&F):",
    ("AuditReviewView", "&To:"): "종료(&T):",
    ("AuditReviewView", "&Person:"): "사용자(&P):",
    ("AuditReviewView", "A&ction:"): "작업(&C):",
    ("AuditReviewView", "&Record:"): "대상(&R):",
    ("AuditReviewView", "&Student:"): "학생(&S):",
    ("AuditReviewView", "Mark month as re&viewed…"): "월별 검토 완료 표시(&V)…",
    ("AuditReviewView", "Check the c&hain again"): "기록 체인 다시 확인(&H)",
    ("AuditReviewView", "Everyone"): "모든 사용자",
    ("AuditReviewView", "Every action"): "모든 작업",
    ("AuditReviewView", "Every record"): "모든 대상",
    ("AuditReviewView", "Every student"): "모든 학생",
    ("AuditReviewView", "No student matches “{text}”."): "“{text}”에 해당하는 학생이 없습니다.",
    ("AuditReviewView", "{n} events"): "기록 {n}건",
    ("AuditReviewView", "{month}: not reviewed yet."): "{month}: 아직 검토하지 않았습니다.",
    (
        "AuditReviewView",
        "{month}: reviewed by {name} on {when}.",
    ): "{month}: {when}에 {name}이(가) 검토했습니다.",
    ("AuditReviewView", "Mark month as reviewed"): "월별 검토 완료 표시",
    (
        "AuditReviewView",
        "Reviewed the audit log of {month}. Note (optional):",
    ): "{month} 접근 기록을 검토했습니다. 메모(선택):",
    ("AuditReviewView", "Audit chain: checking…"): "접근 기록 체인: 확인하는 중…",
    ("AuditReviewView", "Audit chain: intact ({n} events)."): "접근 기록 체인: 이상 없음(기록 {n}건).",
    (
        "AuditReviewView",
        "Audit chain: {n} problems — run “dodam check” and keep a copy of the data folder.",
    ): "접근 기록 체인: 문제 {n}건 — “dodam check”를 실행하고 데이터 폴더의 사본을 보관하세요.",
    (
        "AuditReviewView",
        "Audit chain: could not be checked ({error}).",
    ): "접근 기록 체인: 확인할 수 없습니다({error}).",
    ("BackupDialog", "Backups"): "백업",
    ("BackupDialog", "&Browse…"): "찾아보기(&B)…",
    ("BackupDialog", "Back up &automatically when Dodam closes"): "도담을 닫을 때 자동으로 백업(&A)",
    ("BackupDialog", "Backup &folder:"): "백업 폴더(&F):",
    ("BackupDialog", "&Save"): "저장(&S)",
    ("BackupDialog", "Back up &now"): "지금 백업(&N)",
    ("BackupDialog", "Only an administrator can change backups."): "백업 설정은 관리자만 바꿀 수 있습니다.",
    ("BackupDialog", "Choose the backup folder"): "백업 폴더 선택",
    ("BackupStatusButton", "Backups of the school data"): "학교 데이터 백업",
    ("Curtain", "Locked"): "잠김",
    ("LockController", "Dodam — locked"): "도담 — 잠김",
    (
        "LockController",
        "The password is not correct. Check Caps Lock and the Korean/English input mode.",
    ): "비밀번호가 맞지 않습니다. Caps Lock과 한/영 입력 상태를 확인하세요.",
    (
        "LockController",
        "The PIN is turned off after 3 wrong tries. Unlock with your password.",
    ): "PIN을 3번 잘못 입력하여 PIN이 꺼졌습니다. 비밀번호로 잠금을 해제하세요.",
    (
        "LockController",
        "Wrong PIN 3 times: the PIN is turned off until you log in with your password.",
    ): "PIN을 3번 잘못 입력했습니다. 비밀번호로 로그인할 때까지 PIN을 사용할 수 없습니다.",
    (
        "LockController",
        "The PIN is not correct. %n try(s) left.",
    ): "PIN이 맞지 않습니다. %n번 더 시도할 수 있습니다.",
    (
        "LockController",
        "Quick unlock is not available any more. Unlock with your password.",
    ): "빠른 잠금 해제를 더 이상 사용할 수 없습니다. 비밀번호로 잠금을 해제하세요.",
    ("LockController", "Log out"): "로그아웃",
    (
        "LockController",
        "Log out {name}? Changes not yet saved in open windows will be lost. The next person can then "
        "log in with their own account.",
    ): "{name} 사용자를 로그아웃할까요? 열린 창에서 아직 저장하지 않은 변경 내용은 사라집니다. "
    "그다음 사용자는 자신의 계정으로 로그인할 수 있습니다.",
    ("LockScreen", "Dodam — locked"): "도담 — 잠김",
    ("LockScreen", "Dodam is locked"): "도담이 잠겨 있습니다",
    (
        "LockScreen",
        "Locked for {name} ({username}). Enter your password to continue.",
    ): "{name}({username}) 사용자의 화면이 잠겨 있습니다. 계속하려면 비밀번호를 입력하세요.",
    ("LockScreen", "&Unlock"): "잠금 해제(&U)",
    ("LockScreen", "PIN"): "PIN",
    ("LockScreen", "Unlock with &PIN"): "PIN으로 잠금 해제(&P)",
    ("LockScreen", "Or quick unlock with your PIN:"): "또는 PIN으로 빠른 잠금 해제:",
    ("LockScreen", "Not you? &Log out…"): "본인이 아닌가요? 로그아웃(&L)…",
    ("LockScreen", "Enter your password."): "비밀번호를 입력하세요.",
    ("LockScreen", "Enter your PIN."): "PIN을 입력하세요.",
    ("LoginWindow", "Restore from backup…"): "백업에서 복원…",
    ("LoginWindow", "The backup was restored. Log in."): "백업을 복원했습니다. 로그인하세요.",
    ("MainWindow", "Lock now"): "지금 잠금",
    ("MainWindow", "Ctrl+Shift+L"): "Ctrl+Shift+L",
    ("MainWindow", "Quick unlock PIN…"): "빠른 잠금 해제 PIN…",
    ("NewAccountDialog", "New account"): "새 계정",
    (
        "NewAccountDialog",
        "A&dministrator (manages accounts and settings)",
    ): "관리자(계정과 설정 관리)(&D)",
    ("NewAccountDialog", "None"): "없음",
    ("NewAccountDialog", "&User name:"): "사용자 이름(&U):",
    ("NewAccountDialog", "&Name:"): "이름(&N):",
    ("NewAccountDialog", "P&osition:"): "직위(&O):",
    ("NewAccountDialog", "&Role:"): "역할(&R):",
    ("NewAccountDialog", "Homeroom &grade:"): "담임 학년(&G):",
    ("NewAccountDialog", "Homeroom &class:"): "담임 반(&C):",
    ("NewAccountDialog", "&Specialty:"): "전문 분야(&S):",
    ("NewAccountDialog", "Initial &password:"): "초기 비밀번호(&P):",
    ("NewAccountDialog", "Repea&t password:"): "비밀번호 확인(&T):",
    ("PinDialog", "Quick unlock with a PIN"): "PIN으로 빠른 잠금 해제",
    (
        "PinDialog",
        "Quick unlock needs this computer's credential store (keyring), which is not available for "
        "this PC account. Unlock with your password instead.",
    ): "빠른 잠금 해제에는 이 컴퓨터의 자격 증명 저장소(키링)가 필요한데, 이 PC 계정에서는 "
    "사용할 수 없습니다. 대신 비밀번호로 잠금을 해제하세요.",
    (
        "PinDialog",
        "With a PIN of at least 6 digits you can unlock Dodam on this PC account after an automatic "
        "lock, without typing your whole password. After 3 wrong PINs only the password works until "
        "you log in again.",
    ): "6자리 이상의 PIN을 설정하면 이 PC 계정에서 도담이 자동으로 잠긴 뒤 비밀번호 전체를 "
    "입력하지 않고 잠금을 해제할 수 있습니다. PIN을 3번 잘못 입력하면 다시 로그인할 때까지 "
    "비밀번호로만 해제할 수 있습니다.",
    ("PinDialog", "Your &password:"): "내 비밀번호(&P):",
    ("PinDialog", "New P&IN:"): "새 PIN(&I):",
    ("PinDialog", "&Repeat the PIN:"): "PIN 확인(&R):",
    ("PinDialog", "&Set PIN"): "PIN 설정(&S)",
    ("PinDialog", "&Turn off quick unlock"): "빠른 잠금 해제 끄기(&T)",
    ("PinDialog", "Enter your password."): "비밀번호를 입력하세요.",
    (
        "PinDialog",
        "The PIN must be at least 6 digits (digits only).",
    ): "PIN은 6자리 이상이어야 합니다(숫자만 사용).",
    ("PinDialog", "The two PINs differ."): "두 PIN이 서로 다릅니다.",
    ("PinDialog", "The password is not correct."): "비밀번호가 맞지 않습니다.",
    (
        "PinDialog",
        "The credential store refused to keep the PIN's secret.",
    ): "자격 증명 저장소가 PIN 보안 정보 저장을 거부했습니다.",
    ("PurgeConfirmDialog", "Purge records for good"): "자료 영구 삭제",
    (
        "PurgeConfirmDialog",
        "The records of {students} students, with their {cases} cases and everything under them "
        "(requests, consents, plans, interventions, sessions, referrals, notes and tasks), will be "
        "deleted for good. This cannot be undone. Meeting minutes keep their text; the audit log keeps "
        "its events.\n\nMake sure a recent backup exists if the school must keep one. Type the number "
        "of students ({students}) to confirm.",
    ): "학생 {students}명의 자료와 사례 {cases}건 및 그에 딸린 모든 자료(신청, 동의, 지원계획, "
    "지원 활동, 회기, 연계, 기록, 할 일)가 영구 삭제됩니다. 되돌릴 수 없습니다. 회의록의 내용과 "
    "접근 기록은 그대로 남습니다.\n\n학교에서 백업을 보관해야 한다면 최근 백업이 있는지 확인하세요. "
    "확인을 위해 학생 수({students})를 입력하세요.",
    ("PurgeConfirmDialog", "Number of students to purge"): "파기할 학생 수",
    ("PurgeConfirmDialog", "&Purge for good"): "영구 삭제(&P)",
    (
        "PurgeConfirmDialog",
        "Type exactly {students} to confirm.",
    ): "확인을 위해 {students}을(를) 정확히 입력하세요.",
    ("ResetPasswordDialog", "New password for {name}"): "{name}의 새 비밀번호",
    ("ResetPasswordDialog", "New &password:"): "새 비밀번호(&P):",
    ("ResetPasswordDialog", "Repea&t password:"): "비밀번호 확인(&T):",
    (
        "ResetPasswordDialog",
        "{user} logs in with this password from now on; tell it to them in person.",
    ): "이제부터 {user} 사용자는 이 비밀번호로 로그인합니다. 본인에게 직접 알려 주세요.",
    ("RestoreDialog", "Restore from backup"): "백업에서 복원",
    (
        "RestoreDialog",
        "Choose a backup folder (dodam-backup-…). The current school data is kept in a pre-restore "
        "folder next to it before the backup replaces it. Log in with a password that was valid when "
        "the backup was made.",
    ): "백업 폴더(dodam-backup-…)를 선택하세요. 백업으로 바꾸기 전에 현재 학교 데이터는 그 옆의 "
    "복원 전 자료 폴더에 보관됩니다. 백업을 만들 당시 유효했던 비밀번호로 로그인하세요.",
    ("RestoreDialog", "&Browse…"): "찾아보기(&B)…",
    ("RestoreDialog", "&Backup:"): "백업(&B):",
    ("RestoreDialog", "&User name:"): "사용자 이름(&U):",
    ("RestoreDialog", "&Password:"): "비밀번호(&P):",
    ("RestoreDialog", "&Restore"): "복원(&R)",
    ("RestoreDialog", "Choose a backup folder"): "백업 폴더 선택",
    ("RestoreDialog", "Choose the backup folder."): "백업 폴더를 선택하세요.",
    (
        "RestoreDialog",
        "That folder is not a Dodam backup (it has no backup.json).",
    ): "이 폴더는 도담 백업이 아닙니다(backup.json이 없습니다).",
    ("RestoreDialog", "Enter the user name and password."): "사용자 이름과 비밀번호를 입력하세요.",
    (
        "RestoreDialog",
        "Replace the current school data with this backup? Everything entered after the backup was "
        "made is set aside in the pre-restore folder.",
    ): "현재 학교 데이터를 이 백업으로 바꿀까요? 백업 이후에 입력한 내용은 모두 복원 전 자료 "
    "폴더에 따로 보관됩니다.",
    ("RestoreDialog", "Checking and restoring the backup…"): "백업을 확인하고 복원하는 중…",
    (
        "RestoreDialog",
        "The backup was restored. The previous data was kept in {folder}.",
    ): "백업을 복원했습니다. 이전 데이터는 {folder}에 보관했습니다.",
    ("RetentionPanel", "Records due for purge"): "보존 기간 경과 자료",
    ("RetentionPanel", "Search by class or masked name"): "반 또는 가린 이름으로 검색",
    (
        "RetentionPanel",
        "Decree §10⑤: support records are kept until the student would finish high school, or until "
        "age 19 if they left school. Enrolled students are never listed.",
    ): "시행령 제10조제5항: 지원 자료는 학생이 고등학교를 졸업할 시기까지, 학업을 중단한 경우 "
    "19세가 될 때까지 보존합니다. 재학 중인 학생은 표시되지 않습니다.",
    ("RetentionPanel", " months"): "개월",
    ("RetentionPanel", "&Keep longer by"): "추가 보존 기간(&K)",
    ("RetentionPanel", "&Save"): "저장(&S)",
    ("RetentionPanel", "Select &all"): "모두 선택(&A)",
    ("RetentionPanel", "&Purge selected…"): "선택 항목 파기(&P)…",
    ("RetentionPanel", "Retention and purge"): "보존 기간 및 파기",
    (
        "RetentionPanel",
        "Only an administrator can review and purge records.",
    ): "자료 검토와 파기는 관리자만 할 수 있습니다.",
    ("RetentionPanel", "{count} students due"): "파기 대상 학생 {count}명",
    (
        "RetentionPanel",
        "Saved: records are kept {months} months longer.",
    ): "저장했습니다. 자료를 {months}개월 더 보존합니다.",
    (
        "RetentionPanel",
        "Purging records and compacting the database…",
    ): "자료를 파기하고 데이터베이스를 정리하는 중…",
    (
        "RetentionPanel",
        "Purged for good: {students} students, {cases} cases, {requests} requests.",
    ): "영구 삭제 완료: 학생 {students}명, 사례 {cases}건, 신청 {requests}건.",
    ("RetentionPanel", "Purge failed"): "파기 실패",
    (
        "RetentionPanel",
        "The purge failed and nothing was deleted: {error}",
    ): "파기에 실패하여 아무것도 삭제되지 않았습니다: {error}",
    ("RetentionTableModel", "Would have finished high school"): "고등학교 졸업 시기 도래",
    ("RetentionTableModel", "Left school, now 19"): "학업 중단, 만 19세 도달",
    ("RetentionTableModel", "Reason"): "사유",
    ("RetentionTableModel", "Due since"): "파기 기한",
    ("RetentionTableModel", "Requests"): "신청",
    ("RetentionTableModel", "Last activity"): "최근 활동",
    ("RightsDialog", "Change rights of {name}"): "{name}의 권한 변경",
    (
        "RightsDialog",
        "A&dministrator (manages accounts and settings)",
    ): "관리자(계정과 설정 관리)(&D)",
    ("RightsDialog", "&Role:"): "역할(&R):",
    ("RightsDialog", "Homeroom &grade:"): "담임 학년(&G):",
    ("RightsDialog", "Homeroom &class:"): "담임 반(&C):",
    (
        "RightsDialog",
        "Every change of rights is recorded in the audit log.",
    ): "모든 권한 변경은 접근 기록에 남습니다.",
    (
        "RightsDialog",
        "Choose both a grade and a class, or neither.",
    ): "학년과 반을 모두 선택하거나 둘 다 비워 두세요.",
    (
        "VaultMessages",
        "Too many failed log-ins for this user name. Wait %n minute(s), then try again (until {time}). "
        "Forgot the password? The recovery code still works.",
    ): "이 사용자 이름으로 로그인에 너무 많이 실패하여 로그인이 제한되었습니다. %n분 뒤({time}까지) "
    "다시 시도하세요. 비밀번호를 잊으셨다면 복구 코드는 계속 사용할 수 있습니다.",
    ("errors", "The password needs at least 8 characters."): "비밀번호는 8자 이상이어야 합니다.",
    (
        "errors",
        "The password must mix at least two kinds of characters: letters, digits, symbols.",
    ): "비밀번호에는 영문자, 숫자, 기호 중 두 종류 이상을 섞어 써야 합니다.",
    (
        "errors",
        "This account is disabled: enable it before setting its password.",
    ): "사용 중지된 계정입니다. 비밀번호를 설정하기 전에 계정 사용을 재개하세요.",
    (
        "errors",
        "A disabled account cannot be made an administrator.",
    ): "사용 중지된 계정은 관리자로 지정할 수 없습니다.",
    ("errors", "You cannot disable your own account."): "자신의 계정은 사용 중지할 수 없습니다.",
    ("errors", "“{month}” is not a month (YYYY-MM)."): "“{month}”은(는) 올바른 월(YYYY-MM)이 아닙니다.",
    (
        "errors",
        "The month {month} has not started yet: it cannot be reviewed.",
    ): "{month}은(는) 아직 시작되지 않은 달이어서 검토할 수 없습니다.",
    (
        "errors",
        "The month {month} was already reviewed by {name}.",
    ): "{month}은(는) 이미 {name}이(가) 검토했습니다.",
    (
        "errors",
        "Audit events are kept for at least {years} years: this deletion would remove newer ones.",
    ): "접근 기록은 최소 {years}년 동안 보관합니다. 이 삭제로 그보다 최근 기록이 지워지게 됩니다.",
    (
        "errors",
        "Only an administrator can change backups or restore one.",
    ): "백업 설정 변경과 복원은 관리자만 할 수 있습니다.",
    (
        "errors",
        "The folder {folder} does not exist or is not connected.",
    ): "{folder} 폴더가 없거나 연결되어 있지 않습니다.",
    (
        "errors",
        "No backup folder is set. Choose one in the backup settings first.",
    ): "백업 폴더가 설정되지 않았습니다. 먼저 백업 설정에서 폴더를 선택하세요.",
    ("errors", "Choose at least one student to purge."): "파기할 학생을 한 명 이상 선택하세요.",
    (
        "errors",
        "{count} of the chosen students are not due for purge; nothing was deleted.",
    ): "선택한 학생 중 {count}명은 파기 대상이 아니어서 아무것도 삭제하지 않았습니다.",
    (
        "errors",
        "The change could not be saved: the disk that holds the school data is full or cannot be "
        "written. Nothing was changed. Free some space or check the drive, then try again.",
    ): "변경 내용을 저장할 수 없습니다. 학교 데이터가 있는 디스크가 가득 찼거나 쓸 수 없습니다. "
    "아무것도 바뀌지 않았습니다. 공간을 확보하거나 드라이브를 확인한 뒤 다시 시도하세요.",
    ("labels", "Audit log reviewed"): "접근 기록 월별 검토 완료",
}

# Backup messages (their wrapper had hidden them from lupdate).
KO_D.update(
    {
        (
            "BackupMessages",
            "The backup could not be written: the disk is full. The school data and the earlier "
            "backups are unchanged. Free some space or choose another backup folder, then try again.",
        ): "디스크가 가득 차 백업을 쓸 수 없습니다. 학교 자료와 이전 백업은 그대로입니다. "
        "공간을 확보하거나 다른 백업 폴더를 선택한 뒤 다시 시도하세요.",
        (
            "BackupMessages",
            "The backup folder cannot be found. Connect the USB stick or network folder, or choose "
            "another backup folder.",
        ): "백업 폴더를 찾을 수 없습니다. USB 메모리나 네트워크 폴더를 연결하거나 다른 백업 폴더를 선택하세요.",
        (
            "BackupMessages",
            "The backup could not be made. The school data and the earlier backups are unchanged. "
            "Check that the backup folder (USB stick or network folder) is connected and has free space.",
        ): "백업을 만들지 못했습니다. 학교 자료와 이전 백업은 그대로입니다. "
        "백업 폴더(USB 메모리 또는 네트워크 폴더)가 연결되어 있고 여유 공간이 있는지 확인하세요.",
        (
            "BackupMessages",
            "The backup did not pass its check after it was written, so it was not kept. The "
            "earlier backups are unchanged. Run 'dodam check' and ask IT staff for help.",
        ): "백업을 쓴 뒤 검증을 통과하지 못해 보관하지 않았습니다. 이전 백업은 그대로입니다. "
        "'dodam check'를 실행하고 정보 담당자에게 도움을 요청하세요.",
        (
            "BackupMessages",
            "The user name or password does not open this backup. Use a password that was valid "
            "when the backup was made. Nothing has been changed.",
        ): "이 사용자 이름이나 비밀번호로는 이 백업을 열 수 없습니다. 백업을 만들 때 유효했던 비밀번호를 "
        "사용하세요. 아무것도 바뀌지 않았습니다.",
        (
            "BackupMessages",
            "This backup's key file (school.keys) is missing or damaged, so it cannot be opened. "
            "Nothing has been changed. Choose another backup.",
        ): "이 백업의 키 파일(school.keys)이 없거나 손상되어 열 수 없습니다. 아무것도 바뀌지 않았습니다. "
        "다른 백업을 선택하세요.",
        (
            "BackupMessages",
            "This backup is damaged or incomplete, so it cannot be restored. Nothing has been "
            "changed. Choose another backup.",
        ): "이 백업은 손상되었거나 불완전하여 복원할 수 없습니다. 아무것도 바뀌지 않았습니다. 다른 백업을 선택하세요.",
        ("Backups", "⚠ No backup folder is set"): "⚠ 백업 폴더가 지정되지 않음",
        ("Backups", "⚠ No verified backup yet"): "⚠ 검증된 백업이 아직 없음",
        (
            "Backups",
            "⚠ Last verified backup {when} — older than 7 days",
        ): "⚠ 마지막 검증 백업 {when} — 7일 넘게 지남",
        ("Backups", "Last backup {when}"): "마지막 백업 {when}",
        ("Backups", "Backing up the school data…"): "학교 자료를 백업하는 중…",
    }
)
