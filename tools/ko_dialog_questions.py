"""Korean for the question every dialog asks before what was typed in it would be lost, and for
the set-up wizard's question before a half-filled school is dropped. Context = the class whose
self.tr it is (UnsavedWork for the shared question)."""

from __future__ import annotations

KO_DIALOG_QUESTIONS: dict[tuple[str, str], str] = {
    ("UnsavedWork", "Unsaved changes"): "저장하지 않은 내용",
    (
        "UnsavedWork",
        "What you entered in “{title}” has not been saved yet. Save it?",
    ): "“{title}”에 입력한 내용을 아직 저장하지 않았습니다. 저장할까요?",
    ("SetupWizard", "Stop setting up?"): "학교 설정을 중단할까요?",
    (
        "SetupWizard",
        "The school has not been created yet; what you entered will be lost. Stop setting up?",
    ): "아직 학교를 만들지 않았습니다. 중단하면 입력한 내용이 사라집니다. 학교 설정을 중단할까요?",
}
