"""Korean for issue 7, part W: the data folder choice, Preferences, the shortcuts window, the lock
curtain and the demo sign in window titles. Context = the class whose self.tr it is."""

from __future__ import annotations

KO_COMFORT: dict[tuple[str, str], str] = {
    # desktop/ui/login/data_folder.py (QCoreApplication.translate("DataFolder", ...))
    ("DataFolder", "This is a file, not a folder: {path}"): "폴더가 아니라 파일입니다: {path}",
    (
        "DataFolder",
        "Dodam cannot write in this folder: {path}. Choose a folder this PC account may change.",
    ): "도담이 이 폴더에 쓸 수 없습니다: {path}. 이 PC 계정이 변경할 수 있는 폴더를 선택하세요.",
    ("DataFolder", "Choose the school's data folder"): "학교 자료 폴더 선택",
    # LoginWindow
    ("LoginWindow", "Dodam — log in — DEMO SCHOOL"): "도담 — 로그인 — 체험용 학교",
    ("LoginWindow", "Use another data folder…"): "다른 자료 폴더 사용…",
    (
        "LoginWindow",
        "Open a school kept in another folder on this PC (e.g. one shared by several PC accounts), "
        "or set up a new school in an empty folder.",
    ): "이 PC의 다른 폴더에 있는 학교(예: 여러 PC 계정이 함께 쓰는 폴더)를 열거나, "
    "빈 폴더에 새 학교를 설정합니다.",
    ("LoginWindow", "No school in this folder"): "이 폴더에 학교가 없습니다",
    (
        "LoginWindow",
        "{path} holds no Dodam school. Set up a new school in this folder?",
    ): "{path}에 도담 학교 자료가 없습니다. 이 폴더에 새 학교를 설정할까요?",
    # SchoolPage (set-up wizard)
    ("SchoolPage", "Choose another folder…"): "다른 폴더 선택…",
    ("SchoolPage", "Use the default folder"): "기본 폴더 사용",
    (
        "SchoolPage",
        "Keep it on this PC's own disk. To let several PC accounts use the same school, choose a "
        "folder they all may change, such as C:\\Users\\Public\\Dodam.",
    ): "이 PC의 디스크에 두세요. 여러 PC 계정이 같은 학교를 쓰게 하려면 모두가 변경할 수 있는 폴더"
    "(예: C:\\Users\\Public\\Dodam)를 선택하세요.",
    ("SchoolPage", "Data folder:"): "자료 폴더:",
    # MainWindow
    (
        "MainWindow",
        "Dodam — {school} — DEMO SCHOOL, not real data",
    ): "도담 — {school} — 체험용 학교, 실제 자료 아님",
    ("MainWindow", "Show {area}"): "{area} 보기",
    ("MainWindow", "Search in the current list"): "현재 목록에서 검색",
    ("MainWindow", "New support request"): "새 지원 요청",
    ("MainWindow", "Lock Dodam now"): "도담 지금 잠그기",
    ("MainWindow", "Preferences…"): "환경설정…",
    ("MainWindow", "Font size (Ctrl+,)"): "글자 크기 (Ctrl+,)",
    ("MainWindow", "Preferences (font size)"): "환경설정 (글자 크기)",
    ("MainWindow", "Keyboard shortcuts"): "단축키",
    ("MainWindow", "F1"): "F1",
    ("MainWindow", "Show this list of keyboard shortcuts"): "이 단축키 목록 보기",
    # PreferencesDialog
    ("PreferencesDialog", "Preferences"): "환경설정",
    ("PreferencesDialog", " pt"): " pt",
    ("PreferencesDialog", "Font size"): "글자 크기",
    ("PreferencesDialog", "Use the school's size ({size} pt)"): "학교 기본 크기 사용 ({size} pt)",
    (
        "PreferencesDialog",
        "The font size applies to this PC account only; other accounts keep theirs.",
    ): "글자 크기는 이 PC 계정에만 적용됩니다. 다른 계정은 각자의 크기를 유지합니다.",
    ("PreferencesDialog", "&Font size:"): "글자 크기(&F):",
    # ShortcutsWindow
    ("ShortcutsWindow", "Keyboard shortcuts"): "단축키",
    ("ShortcutsWindow", "Keys"): "키",
    ("ShortcutsWindow", "Action"): "기능",
    (
        "ShortcutsWindow",
        "Lists and case windows have more shortcuts; hover over a button to see its keys.",
    ): "목록과 사례 창에는 단축키가 더 있습니다. 단추 위에 마우스를 올리면 해당 키가 보입니다.",
    # Curtain and LockScreen
    ("Curtain", "Locked"): "잠김",
    (
        "Curtain",
        "Dodam is locked and the records are hidden. Unlock in the lock window, or log out.",
    ): "도담이 잠겨 기록이 가려져 있습니다. 잠금 창에서 잠금을 해제하거나 로그아웃하세요.",
    ("LockScreen", "Locked"): "잠김",
}
