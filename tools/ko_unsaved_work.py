"""Korean for the questions that keep typed work from being thrown away (the support-request form,
the meeting window) and for what a support request still needs. Context = the class whose self.tr it is."""

from __future__ import annotations

KO_UNSAVED_WORK: dict[tuple[str, str], str] = {
    ("RequestDialog", "Unsaved request"): "제출하지 않은 지원 신청",
    (
        "RequestDialog",
        "This support request has not been filed yet. File it now?",
    ): "이 지원 신청은 아직 제출하지 않았습니다. 지금 제출할까요?",
    ("MeetingDialog", "Unsaved agenda item"): "저장하지 않은 안건",
    (
        "MeetingDialog",
        "The agenda item “{title}” has changes that are not saved yet. Save them?",
    ): "안건 “{title}”에 아직 저장하지 않은 내용이 있습니다. 저장할까요?",
    ("RequestDialog", "Tick at least one need domain."): "지원 영역을 하나 이상 선택하세요.",
    ("errors", "Tick at least one need domain."): "지원 영역을 하나 이상 선택하세요.",
}
