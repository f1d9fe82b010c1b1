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
}
