"""Korean for where a case stands in the procedure (신청 → 선정 → 동의 → 계획 → 지원 → 점검 → 종결),
its next step, emergency support, what may be done in each state, and editing the case's summary
and need domains. Context = the class whose self.tr it is."""

from __future__ import annotations

KO_CASE_PROCEDURE: dict[tuple[str, str], str] = {
    # --- the procedure strip
    ("ProcedureBar", "Request"): "신청",
    ("ProcedureBar", "Selection"): "선정",
    ("ProcedureBar", "Consent"): "동의",
    ("ProcedureBar", "Plan"): "계획",
    ("ProcedureBar", "Support"): "지원",
    ("ProcedureBar", "Monitoring"): "점검",
    ("ProcedureBar", "Closure"): "종결",
    ("ProcedureBar", "Review the request"): "신청 검토 시작",
    ("ProcedureBar", "Select the student for support"): "지원 대상 학생 선정",
    ("ProcedureBar", "Ask for the consents"): "학생·보호자 동의 받기",
    ("ProcedureBar", "Write the support plan"): "지원 계획 수립",
    ("ProcedureBar", "Start the support"): "지원 시작",
    ("ProcedureBar", "Review the progress"): "진행 상황 점검",
    ("ProcedureBar", "Close the case"): "사례 종결",
    ("ProcedureBar", "Review the case again"): "사례 다시 검토",
    ("ProcedureBar", "Plan the support again"): "지원 계획 다시 수립",
    ("ProcedureBar", "Consents of the student and the guardian: 2 missing"): "학생·보호자 동의 2건 남음",
    ("ProcedureBar", "Student's consent: 1 missing"): "학생 동의 1건 남음",
    ("ProcedureBar", "Guardian's consent: 1 missing"): "보호자 동의 1건 남음",
    ("ProcedureBar", "Waiting for the plan's approval"): "계획 승인 대기",
    ("ProcedureBar", "Submit the plan for approval"): "계획 결재 요청 필요",
    ("ProcedureBar", "The support plan is not written yet"): "지원 계획 작성 필요",
    ("ProcedureBar", "Move to “{state}”…"): "“{state}” 상태로 변경…",
    ("ProcedureBar", "Move to “{state}”"): "“{state}” 상태로 변경",
    ("ProcedureBar", "Other state…"): "다른 상태로…",
    ("ProcedureBar", "Start emergency support…"): "긴급 지원 시작…",
    ("ProcedureBar", "current step"): "현재 단계",
    ("ProcedureBar", "done"): "완료",
    ("ProcedureBar", "Now: {state}"): "현재 상태: {state}",
    ("ProcedureBar", "Now: {state} (off the usual road)"): "현재 상태: {state} (일반 절차 밖)",
    ("ProcedureBar", "Emergency support since {day}: {reason}"): "긴급 지원 중({day}부터): {reason}",
    ("ProcedureBar", "The procedure has ended here."): "절차가 여기서 끝났습니다.",
    ("ProcedureBar", "Next step: {step}"): "다음 단계: {step}",
    ("ProcedureBar", "Asks for a reason."): "사유를 입력해야 합니다.",
    ("ProcedureBar", "Ready to go on."): "다음 단계로 진행할 수 있습니다.",
    ("ProcedureBar", "Not possible now: {why}"): "지금은 할 수 없습니다: {why}",
    # --- the Overview tab
    ("OverviewPanel", "&Edit summary and domains…"): "요약·지원 영역 수정(&E)…",
    ("OverviewPanel", "Start emergency support"): "긴급 지원 시작",
    (
        "OverviewPanel",
        "&Why must support start before selection, consents and plan approval? "
        "(e.g. suspected abuse, a risk to the student's safety)",
    ): "선정·동의·계획 승인 전에 지원을 시작해야 하는 사유(&W) (예: 아동학대 의심, 학생 안전 위험)",
    ("AboutDialog", "Summary and need domains"): "사례 요약 및 지원 영역",
    ("AboutDialog", "Summary"): "사례 요약",
    ("AboutDialog", "&Summary of the case:"): "사례 요약(&S):",
    ("AboutDialog", "Need domains"): "지원 영역",
    ("AboutDialog", "Tick at least one need domain."): "지원 영역을 하나 이상 선택하세요.",
    # --- what may be done in each state
    (
        "errors",
        "The case is no longer open (not selected, referred out or closed); nothing more can be done.",
    ): "이 사례는 더 이상 진행 중이 아닙니다(비선정, 센터 연계 또는 종결). 더 할 수 있는 작업이 없습니다.",
    (
        "errors",
        "Interventions can be assigned once the student is selected for support, or after emergency "
        "support is started.",
    ): "지원 활동은 학생이 지원 대상으로 선정된 뒤에, 또는 긴급 지원을 시작한 뒤에 배정할 수 있습니다.",
    (
        "errors",
        "Support can start only once the support plan is approved, or after emergency support is started.",
    ): "지원 계획이 승인되어야(또는 긴급 지원을 시작해야) 지원 활동을 시작할 수 있습니다.",
    (
        "errors",
        "Sessions can be logged only once the support plan is approved, or after emergency support is "
        "started.",
    ): "지원 계획이 승인되어야(또는 긴급 지원을 시작해야) 회기를 기록할 수 있습니다.",
    (
        "errors",
        "A referral can be sent once the student is selected and both consents are recorded (the case is "
        "in planning or support), or after emergency support is started.",
    ): "연계 의뢰는 학생이 선정되고 학생·보호자 동의가 모두 기록된 뒤(계획 수립 또는 지원 단계), "
    "또는 긴급 지원을 시작한 뒤에 보낼 수 있습니다.",
    (
        "errors",
        "A support plan can be approved once the student is selected and both consents are recorded (the "
        "case is in planning or support).",
    ): "지원 계획은 학생이 선정되고 학생·보호자 동의가 모두 기록된 뒤(계획 수립 또는 지원 단계)에 승인할 수 "
    "있습니다.",
    (
        "errors",
        "Emergency support has already been started for this case.",
    ): "이 사례는 이미 긴급 지원을 시작했습니다.",
    (
        "errors",
        "Emergency support is started only on an open case whose support has not started yet.",
    ): "긴급 지원은 아직 지원이 시작되지 않은 진행 중인 사례에서만 시작할 수 있습니다.",
    (
        "errors",
        "Starting emergency support needs a reason.",
    ): "긴급 지원을 시작하려면 사유를 입력해야 합니다.",
    (
        "errors",
        "Only the coordinator or the case manager may change the case's summary and need domains.",
    ): "사례 요약과 지원 영역은 담당자(코디네이터) 또는 사례 담당자만 수정할 수 있습니다.",
    ("errors", "A case needs at least one need domain."): "사례에는 지원 영역이 하나 이상 있어야 합니다.",
    ("errors", "The summary is too long (at most {max} characters)."): "요약이 너무 깁니다(최대 {max}자).",
}
