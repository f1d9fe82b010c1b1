"""Korean for the meeting window's draft of the minutes, its reasons for disabled actions, the
apply tab's explanation, the finalise warning, the staff picker and the addendum dialog.
Context = the class whose self.tr it is."""

from __future__ import annotations

KO_MEETING_MINUTES: dict[tuple[str, str], str] = {
    # the draft of the minutes
    ("MeetingDialog", "&Keep the draft"): "초안 유지(&K)",
    ("MeetingDialog", "Discard t&he draft"): "초안 버리기(&H)",
    (
        "MeetingDialog",
        "The draft could not be kept; save the item.",
    ): "초안을 보관하지 못했습니다. 안건을 저장하세요.",
    ("MeetingDialog", "Draft kept at {time}"): "초안 보관 {time}",
    (
        "MeetingDialog",
        "Restored the unsaved draft of the minutes kept at {time} (agenda item “{title}”).",
    ): "저장하지 않은 회의록 초안을 복원했습니다({time} 보관, 안건 “{title}”). "
    "안건을 저장하면 회의록에 반영됩니다.",
    # closing with unsaved work
    ("MeetingDialog", "Unsaved changes"): "저장하지 않은 변경",
    (
        "MeetingDialog",
        "The attendees have changes that are not saved yet. Save them?",
    ): "참석자 명단에 아직 저장하지 않은 변경이 있습니다. 저장할까요?",
    (
        "MeetingDialog",
        "The agenda item “{title}” was typed but not added yet. Add it?",
    ): "안건 “{title}”을(를) 입력했지만 아직 추가하지 않았습니다. 추가할까요?",
    (
        "MeetingDialog",
        "The attendees and a typed agenda item are not saved yet. Save them?",
    ): "참석자 명단과 입력한 안건을 아직 저장하지 않았습니다. 저장할까요?",
    ("NewMeetingDialog", "Unsaved meeting"): "등록하지 않은 회의",
    (
        "NewMeetingDialog",
        "This meeting has not been planned yet. Plan it now?",
    ): "이 회의는 아직 등록하지 않았습니다. 지금 등록할까요?",
    # why an action is disabled
    ("MeetingDialog", "These minutes are already finalised."): "이미 확정된 회의록입니다.",
    ("MeetingDialog", "Only finalised minutes can be signed."): "확정된 회의록만 서명할 수 있습니다.",
    ("MeetingDialog", "These minutes are already signed."): "이미 서명한 회의록입니다.",
    (
        "MeetingDialog",
        "Addenda are added to finalised minutes; until then change the minutes themselves.",
    ): "추가 기록은 확정된 회의록에 덧붙입니다. 확정 전에는 회의록을 직접 고치세요.",
    (
        "MeetingDialog",
        "Your account may look at meetings; changing them is for those who manage meetings.",
    ): "이 계정은 회의를 볼 수만 있습니다. 회의 내용은 회의 관리 권한이 있는 사람이 고칩니다.",
    (
        "MeetingDialog",
        "The minutes are finalised: write an addendum for any change.",
    ): "회의록이 확정되었습니다. 변경 사항은 추가 기록으로 남기세요.",
    ("MeetingDialog", "Choose an agenda item first."): "먼저 안건을 고르세요.",
    (
        "MeetingDialog",
        "The decisions of this item were applied: only the discussion can still change.",
    ): "이 안건의 결정은 이미 적용되었습니다. 협의 내용만 고칠 수 있습니다.",
    # agenda proposals
    ("MeetingDialog", "Select a&ll"): "모두 선택(&L)",
    ("MeetingDialog", "Select &none"): "선택 해제(&N)",
    (
        "MeetingDialog",
        "Suggestions: new requests, cases due for review, overdue tasks (tick those to add)",
    ): "제안: 신규 신청, 점검 시기가 된 사례, 기한이 지난 할 일 (추가할 항목을 선택하세요)",
    ("MeetingDialog", "Propose items from open work first."): "먼저 진행 중인 업무에서 안건을 제안받으세요.",
    ("MeetingDialog", "Tick the suggestions to put on the agenda."): "안건으로 올릴 제안을 선택하세요.",
    # applying decisions
    (
        "MeetingDialog",
        "Previewing and applying the decisions is for those who manage meetings; "
        "the minutes show what was decided.",
    ): "결정 미리보기와 적용은 회의 관리 권한이 있는 사람이 합니다. 결정 내용은 회의록에서 볼 수 있습니다.",
    (
        "MeetingDialog",
        "Your account may not change the state of a case, so it cannot apply the decisions: "
        "ask the coordinator. The preview shows what applying will do.",
    ): "이 계정은 사례 상태를 바꿀 권한이 없어 결정을 적용할 수 없습니다. 담당자(코디네이터)에게 "
    "적용을 요청하세요. 미리보기에서 적용할 내용을 확인할 수 있습니다.",
    (
        "MeetingDialog",
        "Preview first: applying does exactly what the preview lists.",
    ): "먼저 미리보기를 하세요. 적용은 미리보기에 나온 내용을 그대로 실행합니다.",
    (
        "MeetingDialog",
        "A state change in the list is refused: correct that decision first.",
    ): "목록에 거부된 상태 변경이 있습니다. 먼저 그 결정을 고치세요.",
    (
        "MeetingDialog",
        "Your account may not assign interventions, which applying would create.",
    ): "적용하면 지원 활동이 만들어지는데, 이 계정은 지원 활동을 배정할 권한이 없습니다.",
    # finalising
    (
        "MeetingDialog",
        "Finalised minutes are locked: later changes can only be added as dated addenda.",
    ): "확정된 회의록은 잠기며, 이후 변경 사항은 날짜가 적힌 추가 기록으로만 덧붙일 수 있습니다.",
    (
        "MeetingDialog",
        "{undecided} of {total} agenda items have no decision. Finalise anyway?",
    ): "{total}개 안건 중 {undecided}개에 결정이 없습니다. 그래도 확정할까요?",
    ("MeetingDialog", "Finalise now?"): "지금 확정할까요?",
    # staff picker
    (
        "StaffPicker",
        "Filter by name, position or class (e.g. 3-2)",
    ): "이름, 직위 또는 학급으로 찾기 (예: 3-2)",
    ("StaffPicker", "Select &all shown"): "보이는 항목 모두 선택(&A)",
    ("StaffPicker", "Select n&one shown"): "보이는 항목 선택 해제(&O)",
    ("StaffPicker", "Chosen: {count}"): "선택: {count}명",
    ("AddStaffDialog", "Add staff"): "교직원 추가",
    ("AddStaffDialog", "A&dd"): "추가(&D)",
    # addendum
    ("AddendumDialog", "Add addendum"): "추가 기록(부기)",
    ("AddendumDialog", "&Add addendum"): "추가 기록 저장(&A)",
    (
        "AddendumDialog",
        "Addendum to the minutes (dated today; the minutes stay as they are)",
    ): "회의록 추가 기록 (오늘 날짜로 남으며 회의록 본문은 바뀌지 않습니다)",
    ("AddendumDialog", "Write the text of the addendum."): "추가 기록의 내용을 적어 주세요.",
    ("AddendumDialog", "Unsaved addendum"): "저장하지 않은 추가 기록",
    (
        "AddendumDialog",
        "This addendum has not been added yet. Add it now?",
    ): "이 추가 기록은 아직 저장하지 않았습니다. 지금 저장할까요?",
}
