"""Korean for restricted notes sealed at rest: the mark of a note this account's keys cannot open,
and the refusal to save a restricted note before its key is set up. Context = the class whose
self.tr it is, or the QT_TRANSLATE_NOOP context."""

from __future__ import annotations

KO_RESTRICTED_NOTES: dict[tuple[str, str], str] = {
    # NotesTableModel (case window, notes tab)
    ("NotesTableModel", "(restricted)"): "(열람 제한)",
    # desktop/services/restricted_text.py
    (
        "errors",
        "A restricted note cannot be saved yet: the coordinator or the principal must sign in once "
        "first, so that the key of restricted notes is set up.",
    ): "제한 기록을 아직 저장할 수 없습니다. 제한 기록의 열쇠가 준비되도록 팀 코디네이터나 교장이 먼저 한 번 로그인해야 합니다.",
}
