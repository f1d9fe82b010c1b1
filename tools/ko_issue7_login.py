"""Korean for issue 7, part login: the log-in window's and the set-up wizard's field captions now
carry mnemonics (Alt+letter puts the cursor in the field). Context = the class whose self.tr it is.
The old sources without "&" ("User name:", ...) are still used elsewhere (e.g. the demo box's
"Password:") and keep their entries in ko_strings."""

from __future__ import annotations

KO_LOGIN: dict[tuple[str, str], str] = {
    # LoginWindow
    ("LoginWindow", "&User name:"): "사용자 이름(&U):",
    ("LoginWindow", "&Password:"): "비밀번호(&P):",
    # SchoolPage (set-up wizard, first page)
    ("SchoolPage", "&School name:"): "학교 이름(&S):",
    ("SchoolPage", "&Team name:"): "팀 이름(&T):",
    ("SchoolPage", "School &level:"): "학교급(&L):",
    ("SchoolPage", "&Data folder:"): "자료 폴더(&D):",
    # AccountPage (set-up wizard, second page)
    ("AccountPage", "&User name:"): "사용자 이름(&U):",
    ("AccountPage", "&Display name:"): "표시 이름(&D):",
    ("AccountPage", "P&osition:"): "직위(&O):",
    ("AccountPage", "&Password:"): "비밀번호(&P):",
    ("AccountPage", "Password &again:"): "비밀번호 확인(&A):",
}
