"""Korean for restoring only as an administrator (the restore dialog, its messages and the
service refusals), the old-copies tab of the Admin area, and the warning about a data folder
other PC accounts can reach. Context = the class whose self.tr it is, or the translate() context."""

from __future__ import annotations

KO_RESTORE_RIGHTS: dict[tuple[str, str], str] = {
    # RestoreDialog
    (
        "RestoreDialog",
        "Only an active administrator of this school can restore a backup. Choose a backup folder "
        "(dodam-backup-…) and log in with your current password. The current school data is kept "
        "in a pre-restore folder next to it before the backup replaces it.",
    ): "이 학교의 활성 관리자만 백업을 복원할 수 있습니다. 백업 폴더(dodam-backup-…)를 선택하고 현재 "
    "비밀번호로 로그인하세요. 백업으로 바꾸기 전에 현재 학교 자료는 옆의 pre-restore 폴더에 보관됩니다.",
    (
        "RestoreDialog",
        "Disaster recovery: this data folder holds no school that can be opened (its key file or "
        "database is missing or damaged). Log in with the password of an administrator in the "
        "backup, or enter the backup's recovery code as the password.",
    ): "재해 복구: 이 자료 폴더에는 열 수 있는 학교가 없습니다(키 파일이나 데이터베이스가 없거나 "
    "손상됨). 백업 안의 관리자 비밀번호로 로그인하거나, 비밀번호 칸에 백업의 복구 코드를 입력하세요.",
    ("RestoreDialog", "Only if your password changed since the backup"): "백업 뒤에 비밀번호를 바꾼 경우에만",
    ("RestoreDialog", "&Password:"): "비밀번호(&P):",
    ("RestoreDialog", "Backup p&assword or recovery code:"): "백업 비밀번호 또는 복구 코드(&A):",
    ("RestoreDialog", "&School name to confirm:"): "확인할 학교 이름(&S):",
    ("RestoreDialog", "This is a disaster recovery."): "재해 복구입니다.",
    (
        "RestoreDialog",
        "Disaster recovery done: the school that could not be opened was replaced by the backup, "
        "restored by an administrator of the backup.",
    ): "재해 복구 완료: 열 수 없던 학교를 백업으로 바꾸었습니다(백업의 관리자가 복원함).",
    (
        "RestoreDialog",
        "This backup is of another school: {backup_name} (id {backup_id}). The school in this data "
        "folder is {current_name} (id {current_id}). To replace it anyway, type the name {expected} "
        "below and choose Restore again.",
    ): "이 백업은 다른 학교의 것입니다: {backup_name}(ID {backup_id}). 이 자료 폴더의 학교는 "
    "{current_name}(ID {current_id})입니다. 그래도 바꾸려면 아래에 학교 이름 {expected}을(를) 입력하고 "
    "다시 [복원]을 누르세요.",
    # BackupMessages
    (
        "BackupMessages",
        "The backup password does not open this backup. Use the password that was valid when the "
        "backup was made, or the backup's recovery code. Nothing has been changed.",
    ): "백업 비밀번호로 이 백업을 열 수 없습니다. 백업을 만들 때의 비밀번호나 백업의 복구 코드를 "
    "사용하세요. 아무것도 바뀌지 않았습니다.",
    (
        "BackupMessages",
        "The user name or password is not correct: log in with your current password of this "
        "school (in a disaster recovery: a password that was valid when the backup was made). "
        "Nothing has been changed.",
    ): "사용자 이름 또는 비밀번호가 올바르지 않습니다. 이 학교의 현재 비밀번호로 로그인하세요(재해 "
    "복구일 때는 백업을 만들 때의 비밀번호). 아무것도 바뀌지 않았습니다.",
    # errors (desktop.services.backups)
    (
        "errors",
        "Only an active administrator of this school can restore a backup. Nothing has been changed.",
    ): "이 학교의 활성 관리자만 백업을 복원할 수 있습니다. 아무것도 바뀌지 않았습니다.",
    (
        "errors",
        "Your current password does not open this backup: the password was changed after "
        "the backup was made. Enter the password you had then, or the backup's recovery "
        "code, as the backup password.",
    ): "현재 비밀번호로는 이 백업을 열 수 없습니다. 백업을 만든 뒤에 비밀번호가 바뀌었습니다. 그때의 "
    "비밀번호나 백업의 복구 코드를 백업 비밀번호로 입력하세요.",
    (
        "errors",
        "This backup is of another school: {backup_name} (id {backup_id}). The school in the data "
        "folder is {current_name} (id {current_id}). To replace it, type the name {expected} to "
        "confirm.",
    ): "이 백업은 다른 학교의 것입니다: {backup_name}(ID {backup_id}). 자료 폴더의 학교는 "
    "{current_name}(ID {current_id})입니다. 바꾸려면 학교 이름 {expected}을(를) 입력해 확인하세요.",
    ("errors", "{name} could not be deleted: {reason}"): "{name}을(를) 삭제할 수 없습니다: {reason}",
    # AdminView / OldCopiesPanel / OldCopiesTableModel
    ("AdminView", "Old &copies"): "이전 사본(&C)",
    (
        "OldCopiesPanel",
        "A backup stays readable with the passwords that were valid when it was taken. Delete old "
        "backups and copies you no longer need.",
    ): "백업은 만들 당시 유효했던 비밀번호로 계속 열 수 있습니다. 더 이상 필요 없는 오래된 백업과 "
    "사본은 삭제하세요.",
    ("OldCopiesPanel", "&Delete selected…"): "선택한 항목 삭제(&D)…",
    ("OldCopiesPanel", "Delete old copies"): "이전 사본 삭제",
    (
        "OldCopiesPanel",
        "Delete these copies for good? This cannot be undone.\n\n{copies}",
    ): "다음 사본을 영구히 삭제할까요? 되돌릴 수 없습니다.\n\n{copies}",
    ("OldCopiesTableModel", "Made"): "만든 때",
    ("OldCopiesTableModel", "Kind"): "종류",
    ("OldCopiesTableModel", "Name"): "이름",
    ("OldCopiesTableModel", "Size"): "크기",
    ("OldCopiesTableModel", "Backup"): "백업",
    ("OldCopiesTableModel", "Data before a restore"): "복원 전 자료",
    ("OldCopiesTableModel", "Database before an update"): "업데이트 전 데이터베이스",
    ("OldCopiesTableModel", "{n} KB"): "{n} KB",
    ("OldCopiesTableModel", "{n} MB"): "{n} MB",
    # DataFolder
    (
        "DataFolder",
        "This folder is outside your Windows user folder, so other accounts of this PC may be able "
        "to open it. Everyone with access can copy the key file (school.keys) and try to guess the "
        "passwords offline. Share it only with accounts of the school team.",
    ): "이 폴더는 Windows 사용자 폴더 밖에 있어 이 PC의 다른 계정도 열 수 있습니다. 접근할 수 있는 "
    "사람은 누구나 키 파일(school.keys)을 복사해 오프라인에서 비밀번호를 추측해 볼 수 있습니다. 학교 "
    "팀의 계정하고만 공유하세요.",
    (
        "DataFolder",
        "Other accounts of this PC can reach this folder. Everyone with access can copy the key file "
        "(school.keys) and try to guess the passwords offline. Dodam makes its own files readable only "
        "by your account; keep the folder private too.",
    ): "이 PC의 다른 계정이 이 폴더에 접근할 수 있습니다. 접근할 수 있는 사람은 누구나 키 파일"
    "(school.keys)을 복사해 오프라인에서 비밀번호를 추측해 볼 수 있습니다. 도담은 자기 파일을 이 "
    "계정만 읽을 수 있게 만듭니다. 폴더도 비공개로 유지하세요.",
    ("DataFolder", "A folder other accounts can reach"): "다른 계정이 접근할 수 있는 폴더",
}
