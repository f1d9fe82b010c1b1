"""Korean for the reasons a disabled action gives in its tool tip (the plan tab, the intake queue,
the consents tab). Context = the class whose self.tr it is."""

from __future__ import annotations

KO_DISABLED_REASONS: dict[tuple[str, str], str] = {
    (
        "PlanPanel",
        "Your account may not edit support plans; ask the coordinator.",
    ): "이 계정은 지원계획을 수정할 수 없습니다. 코디네이터에게 요청하세요.",
    ("PlanPanel", "Start the plan first."): "먼저 지원계획을 시작하세요.",
    (
        "PlanPanel",
        "This version waits for approval; it can no longer be changed.",
    ): "이 판은 결재를 기다리는 중이라 더 이상 고칠 수 없습니다.",
    (
        "PlanPanel",
        "An approved or replaced version is not changed; start a new version.",
    ): "승인되었거나 새 판으로 대체된 계획은 고치지 않습니다. 새 판을 만드세요.",
    ("PlanPanel", "Choose a goal in the list first."): "먼저 목록에서 목표를 고르세요.",
    ("PlanPanel", "Choose an action in the list first."): "먼저 목록에서 실행 과제를 고르세요.",
    (
        "PlanPanel",
        "Your account may not start support plans; ask the coordinator.",
    ): "이 계정은 지원계획을 시작할 수 없습니다. 코디네이터에게 요청하세요.",
    (
        "PlanPanel",
        "A version is being written or waits for approval; finish it first.",
    ): "작성 중이거나 결재를 기다리는 판이 있습니다. 그 판을 먼저 마무리하세요.",
    (
        "PlanPanel",
        "Approving or returning a plan is for the principal.",
    ): "계획 승인과 보완 요청은 교장이 합니다.",
    (
        "PlanPanel",
        "Nothing to approve: this version has not been submitted for approval.",
    ): "이 판은 결재가 요청되지 않아 승인할 것이 없습니다.",
    ("PlanPanel", "There is no plan to print yet."): "아직 인쇄할 지원계획이 없습니다.",
    ("IntakeQueue", "Choose a request in the queue first."): "먼저 접수 대기 목록에서 신청을 고르세요.",
    (
        "IntakeQueue",
        "The student already has an open case: add the request to it instead.",
    ): "이 학생에게는 이미 진행 중인 사례가 있습니다. 새 사례 대신 그 사례에 신청을 추가하세요.",
    (
        "IntakeQueue",
        "The student has no open case: open a case instead.",
    ): "이 학생에게는 진행 중인 사례가 없습니다. 사례를 새로 여세요.",
    ("ConsentsPanel", "Choose a consent in the list first."): "먼저 목록에서 동의를 고르세요.",
    ("ConsentsPanel", "This consent was withdrawn already."): "이미 철회된 동의입니다.",
    (
        "ConsentsPanel",
        "Only a consent that was given can be withdrawn.",
    ): "동의한 기록만 철회할 수 있습니다.",
    (
        "NewTaskDialog",
        "Your account adds tasks for yourself only.",
    ): "이 계정은 자신의 할 일만 추가할 수 있습니다.",
}
