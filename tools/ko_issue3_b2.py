"""Korean for issue 3 strings, part b2 (see briefs/translate.md)."""

from __future__ import annotations

KO_B2: dict[tuple[str, str], str] = {
    (
        "errors",
        "Your account may see only the state of this case, because it is not assigned to you.",
    ): "이 사례는 이 계정에 배정되지 않았으므로 사례 상태만 볼 수 있습니다.",
    ("errors", "Your account may not add notes to cases."): "이 계정은 사례에 기록을 추가할 수 없습니다.",
    ("errors", "The risk level must be between 1 and 4."): "위험도는 1에서 4 사이여야 합니다.",
    (
        "errors",
        "The next review cannot be before the case was opened ({opened}).",
    ): "다음 점검일은 사례를 연 날({opened})보다 앞설 수 없습니다.",
    ("errors", "Write the text of the note."): "기록 내용을 입력하세요.",
    ("errors", "This intervention does not exist."): "존재하지 않는 지원 활동입니다.",
    (
        "errors",
        "Interventions can be assigned only while the case is open; this case is {state}.",
    ): "지원 활동은 사례가 진행 중일 때만 배정할 수 있습니다. 이 사례는 현재 {state} 상태입니다.",
    ("errors", "An intervention needs a title."): "지원 활동에는 제목이 필요합니다.",
    ("errors", "The title is too long (at most {max} characters)."): "제목이 너무 깁니다(최대 {max}자).",
    (
        "errors",
        "This support type does not exist or is no longer used.",
    ): "존재하지 않거나 더 이상 쓰지 않는 지원 유형입니다.",
    (
        "errors",
        "Choose exactly one provider: a staff member or an external organisation.",
    ): "제공자를 하나만 선택하세요: 교직원 또는 외부 기관.",
    (
        "errors",
        "This staff member does not exist or their account is inactive.",
    ): "존재하지 않거나 사용 중지된 교직원입니다.",
    (
        "errors",
        "This organisation does not exist or is no longer in the directory.",
    ): "존재하지 않거나 기관 목록에서 빠진 기관입니다.",
    ("errors", "Planned hours must be between 0 and {max}."): "계획 시간은 0에서 {max} 사이여야 합니다.",
    ("errors", "Weekly hours must be between 0 and {max}."): "주당 시간은 0에서 {max} 사이여야 합니다.",
    (
        "errors",
        "This plan action does not belong to the case's support plan.",
    ): "이 실행 과제는 이 사례의 지원계획에 속하지 않습니다.",
    ("errors", "The intervention is already in this status."): "지원 활동이 이미 이 상태입니다.",
    (
        "errors",
        "An intervention cannot move from its current status to this one.",
    ): "현재 상태에서는 지원 활동을 이 상태로 바꿀 수 없습니다.",
    ("errors", "The date cannot be in the future."): "날짜는 미래일 수 없습니다.",
    (
        "errors",
        "An intervention cannot end before the day it started ({started_on}).",
    ): "지원 활동의 종료일은 시작일({started_on})보다 앞설 수 없습니다.",
    (
        "errors",
        "The intervention cannot start: the student's and the guardian's consents to support must both be valid on that day.",
    ): "지원 활동을 시작할 수 없습니다. 그날 학생과 보호자의 지원 동의가 모두 유효해야 합니다.",
    (
        "errors",
        "Only the coordinator or the staff member who provides this intervention may log its sessions.",
    ): "담당자(코디네이터) 또는 이 지원 활동을 제공하는 교직원만 회기를 기록할 수 있습니다.",
    (
        "errors",
        "Start the intervention before logging its sessions.",
    ): "회기를 기록하기 전에 지원 활동을 시작하세요.",
    (
        "errors",
        "A session cannot be logged for a day in the future.",
    ): "미래 날짜의 회기는 기록할 수 없습니다.",
    (
        "errors",
        "The session is dated before the intervention started ({started_on}).",
    ): "회기 날짜가 지원 활동 시작일({started_on})보다 앞섭니다.",
    (
        "errors",
        "The session is dated after the intervention ended ({ended_on}).",
    ): "회기 날짜가 지원 활동 종료일({ended_on})보다 뒤입니다.",
    (
        "errors",
        "A session lasts between {min} and {max} minutes.",
    ): "회기 시간은 {min}분에서 {max}분 사이여야 합니다.",
    (
        "errors",
        "The progress rating is from 1 to 5, or none.",
    ): "진전도는 1에서 5 사이이거나 비워 두어야 합니다.",
    (
        "errors",
        "The organisation's name is too long (at most {limit} characters).",
    ): "기관 이름이 너무 깁니다(최대 {limit}자).",
    (
        "errors",
        "The contact person's name is too long (at most {limit} characters).",
    ): "담당자 이름이 너무 깁니다(최대 {limit}자).",
    (
        "errors",
        "The phone number is too long (at most {limit} characters).",
    ): "전화번호가 너무 깁니다(최대 {limit}자).",
    (
        "errors",
        "The e-mail address is too long (at most {limit} characters).",
    ): "이메일 주소가 너무 깁니다(최대 {limit}자).",
    (
        "errors",
        "The address is too long (at most {limit} characters).",
    ): "주소가 너무 깁니다(최대 {limit}자).",
    ("errors", "Enter the organisation's name."): "기관 이름을 입력하세요.",
    ("errors", "Choose the kind of organisation."): "기관 유형을 선택하세요.",
    ("errors", "The e-mail address is not valid."): "올바른 이메일 주소가 아닙니다.",
    (
        "errors",
        "An active organisation with this name is already in the directory.",
    ): "같은 이름의 사용 중인 기관이 이미 기관 목록에 있습니다.",
    ("errors", "This organisation is already active."): "이미 사용 중인 기관입니다.",
    ("errors", "This organisation is already inactive."): "이미 사용 중지된 기관입니다.",
    ("errors", "This support plan does not exist."): "존재하지 않는 지원계획입니다.",
    (
        "errors",
        "A support plan can be written only for an open case.",
    ): "지원계획은 진행 중인 사례에 대해서만 작성할 수 있습니다.",
    (
        "errors",
        "Version {version} of the plan is still a draft or awaiting approval; finish it before starting a new version.",
    ): "지원계획 {version}판이 아직 초안이거나 승인 대기 중입니다. 새 판을 시작하기 전에 먼저 마무리하세요.",
    (
        "errors",
        "Goal {number}: the chosen need domain does not exist.",
    ): "목표 {number}: 선택한 지원 영역이 존재하지 않습니다.",
    ("errors", "Goal {number}: describe the goal."): "목표 {number}: 목표 내용을 적어 주세요.",
    ("errors", "Action {number}: describe the action."): "실행 과제 {number}: 과제 내용을 적어 주세요.",
    (
        "errors",
        "Action {number}: choose one provider, a staff member or an external organisation.",
    ): "실행 과제 {number}: 제공자를 교직원 또는 외부 기관 중 하나만 선택하세요.",
    (
        "errors",
        "Action {number}: the provider is not an active staff account.",
    ): "실행 과제 {number}: 제공자가 사용 중인 교직원 계정이 아닙니다.",
    (
        "errors",
        "Action {number}: this organisation does not exist.",
    ): "실행 과제 {number}: 존재하지 않는 기관입니다.",
    (
        "errors",
        "Action {number}: the person in charge is not an active staff account.",
    ): "실행 과제 {number}: 담당자가 사용 중인 교직원 계정이 아닙니다.",
    (
        "errors",
        "Action {number}: it cannot end before it starts.",
    ): "실행 과제 {number}: 종료일이 시작일보다 앞설 수 없습니다.",
    (
        "errors",
        "Action {number}: the goal it serves is not in the plan.",
    ): "실행 과제 {number}: 이 과제의 목표가 계획에 없습니다.",
    (
        "errors",
        "Only a draft can be edited; version {version} is no longer a draft.",
    ): "초안만 수정할 수 있습니다. {version}판은 더 이상 초안이 아닙니다.",
    (
        "errors",
        "The review interval must be between 1 and {max} days.",
    ): "점검 주기는 1일에서 {max}일 사이여야 합니다.",
    (
        "errors",
        "Give both the start and the end of the plan's period, or neither.",
    ): "계획 기간은 시작일과 종료일을 모두 입력하거나 모두 비워 두세요.",
    (
        "errors",
        "The plan's period cannot end before it starts.",
    ): "계획 기간의 종료일은 시작일보다 앞설 수 없습니다.",
    (
        "errors",
        "Only a draft can be submitted; version {version} is not a draft.",
    ): "초안만 제출할 수 있습니다. {version}판은 초안이 아닙니다.",
    (
        "errors",
        "A support plan needs at least one goal before it is submitted.",
    ): "지원계획을 제출하려면 목표가 하나 이상 있어야 합니다.",
    (
        "errors",
        "Only a plan awaiting approval can be approved; version {version} is not submitted.",
    ): "승인 대기 중인 계획만 승인할 수 있습니다. {version}판은 제출되지 않았습니다.",
    (
        "errors",
        "Only a plan awaiting approval can be returned; version {version} is not submitted.",
    ): "승인 대기 중인 계획만 반려할 수 있습니다. {version}판은 제출되지 않았습니다.",
    ("errors", "Say what needs revising."): "보완할 내용을 적어 주세요.",
    ("errors", "This referral does not exist."): "존재하지 않는 연계입니다.",
    (
        "errors",
        "Sending this referral shares the student's information with {organisation}, which needs the consent of the student and of the guardian (or legal representative) to share with it; neither is valid on {day}. Record the consents, or give the reason for sharing without them.",
    ): "이 연계를 보내면 학생 정보가 {organisation}에 제공되므로, 학생과 보호자(또는 법정대리인)의 정보 제공 동의가 필요합니다. {day} 기준으로 둘 다 유효하지 않습니다. 동의를 기록하거나, 동의 없이 제공하는 사유를 적어 주세요.",
    (
        "errors",
        "The student's consent to share information with {organisation} is missing, withdrawn or expired on {day}. Record it, or give the reason for sharing without it.",
    ): "{day} 기준으로 {organisation}에 대한 학생의 정보 제공 동의가 없거나 철회되었거나 만료되었습니다. 동의를 기록하거나, 동의 없이 제공하는 사유를 적어 주세요.",
    (
        "errors",
        "The guardian's (or legal representative's) consent to share information with {organisation} is missing, withdrawn or expired on {day}. Record it, or give the reason for sharing without it.",
    ): "{day} 기준으로 {organisation}에 대한 보호자(또는 법정대리인)의 정보 제공 동의가 없거나 철회되었거나 만료되었습니다. 동의를 기록하거나, 동의 없이 제공하는 사유를 적어 주세요.",
    ("errors", "This date cannot be in the future."): "이 날짜는 미래일 수 없습니다.",
    ("errors", "This referral is closed."): "종결된 연계입니다.",
    (
        "errors",
        "The case is closed; reopen it to refer it.",
    ): "종결된 사례입니다. 연계하려면 사례를 재개하세요.",
    (
        "errors",
        "This organisation is no longer in the directory (inactive).",
    ): "이 기관은 더 이상 기관 목록에 없습니다(사용 중지).",
    ("errors", "Say why the student is referred."): "학생을 연계하는 사유를 적어 주세요.",
    ("errors", "This referral has already been sent."): "이미 보낸 연계입니다.",
    (
        "errors",
        "The answer cannot be expected before the referral is sent ({day}).",
    ): "회신 예정일은 연계를 보낸 날({day})보다 앞설 수 없습니다.",
    (
        "errors",
        "Only a sent referral that has not been answered yet can get an answer.",
    ): "보냈지만 아직 회신을 받지 않은 연계에만 회신을 기록할 수 있습니다.",
    (
        "errors",
        "The answer cannot come before the referral was sent ({day}).",
    ): "회신일은 연계를 보낸 날({day})보다 앞설 수 없습니다.",
    (
        "errors",
        "The delivery cannot be expected before the answer ({day}).",
    ): "서비스 제공 예정일은 회신일({day})보다 앞설 수 없습니다.",
    (
        "errors",
        "Only an accepted referral can be marked as delivered.",
    ): "수락된 연계만 서비스 제공 완료로 표시할 수 있습니다.",
    (
        "errors",
        "The service cannot be delivered before the organisation accepted it ({day}).",
    ): "서비스 제공일은 기관이 수락한 날({day})보다 앞설 수 없습니다.",
    (
        "errors",
        "The organisation has not answered yet: record its answer first, or close (withdraw) the referral.",
    ): "기관이 아직 회신하지 않았습니다. 먼저 회신을 기록하거나, 연계를 종결(철회)하세요.",
    ("errors", "Describe the outcome of the referral."): "연계 결과를 적어 주세요.",
    (
        "errors",
        "Only a request waiting in the intake queue can be withdrawn; this one is no longer.",
    ): "접수 대기 중인 신청만 철회할 수 있습니다. 이 신청은 이미 접수 대기 상태가 아닙니다.",
    (
        "errors",
        "{file} is not a readable roster file: it is neither CSV text in UTF-8 or CP949 (EUC-KR) nor an XLSX workbook.",
    ): "{file}은(는) 읽을 수 있는 명단 파일이 아닙니다. UTF-8 또는 CP949(EUC-KR) CSV 텍스트도, XLSX 통합 문서도 아닙니다.",
    (
        "errors",
        "{file} is not a readable roster file: it is saved as UTF-16 ('Unicode text'). Save it as CSV in UTF-8 or CP949, or as an XLSX workbook.",
    ): "{file}은(는) 읽을 수 있는 명단 파일이 아닙니다. UTF-16('유니코드 텍스트')으로 저장되어 있습니다. UTF-8 또는 CP949 CSV나 XLSX 통합 문서로 저장하세요.",
    (
        "errors",
        "{file} is not a readable roster file: its text is in an encoding other than UTF-8 or CP949 (EUC-KR), so the Korean letters cannot be read. Save it as CSV in UTF-8 or CP949, or as XLSX.",
    ): "{file}은(는) 읽을 수 있는 명단 파일이 아닙니다. UTF-8이나 CP949(EUC-KR)가 아닌 인코딩이라 한글을 읽을 수 없습니다. UTF-8 또는 CP949 CSV나 XLSX로 저장하세요.",
    (
        "errors",
        "{file} is an old Excel (.xls) workbook, which cannot be read. Open it in Excel and save it as XLSX or as CSV.",
    ): "{file}은(는) 읽을 수 없는 이전 Excel(.xls) 통합 문서입니다. Excel에서 열어 XLSX 또는 CSV로 저장하세요.",
    (
        "errors",
        "{file} is not a readable roster file: the XLSX workbook cannot be opened.",
    ): "{file}은(는) 읽을 수 있는 명단 파일이 아닙니다. XLSX 통합 문서를 열 수 없습니다.",
    ("errors", "The file {file} cannot be opened."): "{file} 파일을 열 수 없습니다.",
    ("errors", "The file {file} is empty."): "{file} 파일이 비어 있습니다.",
    (
        "errors",
        "The roster {file} has no name column: add a column headed 성명 or 이름.",
    ): "명단 {file}에 이름 열이 없습니다. 제목이 성명 또는 이름인 열을 추가하세요.",
    (
        "errors",
        "No roster header was found in {file}: a row must name the columns 성명 (or 이름) and 학년, 반, 번호.",
    ): "{file}에서 명단 제목 행을 찾을 수 없습니다. 성명(또는 이름), 학년, 반, 번호 열 제목이 있는 행이 필요합니다.",
    ("errors", "The roster {file} has no column for {columns}."): "명단 {file}에 {columns} 열이 없습니다.",
    (
        "errors",
        "The roster {file} has a header but no students.",
    ): "명단 {file}에 제목 행만 있고 학생이 없습니다.",
    (
        "errors",
        "The students were changed while the roster was being checked. Nothing was imported; check the file again.",
    ): "명단을 확인하는 동안 학생 정보가 바뀌었습니다. 아무것도 가져오지 않았습니다. 파일을 다시 확인하세요.",
    (
        "errors",
        "{count} rows of the roster cannot be imported. Nothing was imported; correct the file and try again.",
    ): "명단에서 {count}개 행을 가져올 수 없습니다. 아무것도 가져오지 않았습니다. 파일을 고친 뒤 다시 시도하세요.",
    (
        "errors",
        "This student does not exist or is not visible to your account.",
    ): "존재하지 않거나 이 계정으로 볼 수 없는 학생입니다.",
    ("errors", "Your account may not view the team's tasks."): "이 계정은 팀의 할 일을 볼 수 없습니다.",
    ("errors", "This task does not exist."): "존재하지 않는 할 일입니다.",
    (
        "errors",
        "Your account may not change a task assigned to someone else.",
    ): "이 계정은 다른 사람에게 배정된 할 일을 바꿀 수 없습니다.",
    ("errors", "The task is already in this state."): "할 일이 이미 이 상태입니다.",
    ("errors", "Only a staff account may add tasks."): "교직원 계정만 할 일을 추가할 수 있습니다.",
    ("errors", "Give the task a title."): "할 일의 제목을 입력하세요.",
    ("errors", "A task title may be at most 200 characters."): "할 일 제목은 200자를 넘을 수 없습니다.",
    (
        "errors",
        "Your account may not assign tasks to someone else.",
    ): "이 계정은 다른 사람에게 할 일을 배정할 수 없습니다.",
    (
        "errors",
        "A task can only be assigned to an active staff account.",
    ): "할 일은 사용 중인 교직원 계정에만 배정할 수 있습니다.",
    ("labels", "Draft (not sent)"): "작성 중(미발송)",
    ("labels", "Sent, awaiting answer"): "발송, 회신 대기",
    ("labels", "Accepted"): "수락",
    ("labels", "Taken into a case"): "사례로 접수",
    ("labels", "Declined"): "거절",
    ("labels", "Service delivered"): "서비스 제공 완료",
    ("labels", "In progress"): "진행 중",
    ("labels", "Completed"): "완료",
    ("labels", "Stopped"): "중단",
    ("labels", "Attended"): "출석",
    ("labels", "Absent"): "결석",
    ("labels", "Guardian"): "보호자",
    ("labels", "Legal representative"): "법정대리인",
    ("labels", "Support"): "지원",
    ("labels", "Sharing information"): "정보 제공",
    ("labels", "Processing personal data"): "개인정보 처리",
    ("labels", "Written"): "서면",
    ("labels", "Electronic"): "전자",
    ("labels", "In person"): "대면",
    ("labels", "Draft"): "초안",
    ("labels", "Awaiting approval"): "승인 대기",
    ("labels", "Approved"): "승인",
    ("labels", "Superseded"): "대체됨",
    ("labels", "General"): "일반",
    ("labels", "Abuse"): "학대",
    ("labels", "Psychiatric"): "정신건강",
    ("labels", "Police"): "경찰",
    ("labels", "Counselling"): "상담",
    ("labels", "Staff member"): "교직원",
    ("labels", "New"): "새 신청",
    ("labels", "In review"): "검토 중",
    ("labels", "Withdrawn"): "철회",
    ("labels", "Two parents"): "양친 가정",
    ("labels", "Grandparent(s)"): "조부모",
    ("labels", "Relatives"): "친인척",
    ("labels", "Child-headed"): "아동 가장",
    ("labels", "Care facility"): "보호시설",
    ("labels", "Enrolled"): "재학",
    ("labels", "Transferred"): "전학",
    ("labels", "Graduated"): "졸업",
    ("labels", "Left school"): "학업 중단",
    ("roster", "bad grade (학년) “{value}”"): "잘못된 학년 “{value}”",
    ("roster", "bad class (반) “{value}”"): "잘못된 반 “{value}”",
    ("roster", "bad number (번호) “{value}”"): "잘못된 번호 “{value}”",
    ("roster", "bad sex (성별) “{value}”: use 남 or 여"): "잘못된 성별 “{value}”: 남 또는 여로 쓰세요",
    (
        "roster",
        "bad birth date (생년월일) “{value}”: write it as 2016.03.05",
    ): "잘못된 생년월일 “{value}”: 2016.03.05처럼 쓰세요",
    ("roster", "missing name (성명)"): "성명 없음",
    ("roster", "the {column} is longer than {limit} characters"): "{column}이(가) {limit}자를 넘습니다",
    (
        "roster",
        "duplicate 학번 {student_no}: also on row {other}",
    ): "학번 {student_no} 중복: {other}행에도 있음",
    (
        "roster",
        "duplicate {grade}학년 {class_no}반 {number}번: also on row {other}",
    ): "{grade}학년 {class_no}반 {number}번 중복: {other}행에도 있음",
    ("roster", "matches more than one stored student"): "저장된 학생 여러 명과 일치함",
    ("roster", "matches the same student as row {other}"): "{other}행과 같은 학생과 일치함",
}

# The case timeline (context "timeline").
KO_B2.update(
    {
        (
            "timeline",
            "Support request received (requested by: {requester})",
        ): "지원 신청 접수 (신청자: {requester})",
        ("timeline", "Case opened: {to}"): "사례 개설: {to}",
        ("timeline", "State changed from {from} to {to}"): "상태 변경: {from} → {to}",
        ("timeline", "Consent given: {party}, {purpose}"): "동의: {party}, {purpose}",
        ("timeline", "Consent refused: {party}, {purpose}"): "동의 거부: {party}, {purpose}",
        ("timeline", "Consent withdrawn: {party}, {purpose}"): "동의 철회: {party}, {purpose}",
        ("timeline", "Support plan version {version} drafted"): "지원계획 {version}판 작성",
        (
            "timeline",
            "Support plan version {version} submitted for approval",
        ): "지원계획 {version}판 승인 요청",
        ("timeline", "Support plan version {version} approved"): "지원계획 {version}판 승인",
        ("timeline", "Intervention completed: {title}"): "지원 활동 완료: {title}",
        ("timeline", "Intervention stopped: {title}"): "지원 활동 중단: {title}",
        ("timeline", "Intervention assigned: {title} ({provider})"): "지원 활동 배정: {title} ({provider})",
        ("timeline", "Intervention started: {title}"): "지원 활동 시작: {title}",
        ("timeline", "Intervention ended: {title}"): "지원 활동 종료: {title}",
        (
            "timeline",
            "Session of {title}: {attendance}, {minutes} min",
        ): "{title} 회기: {attendance}, {minutes}분",
        ("timeline", "Referral to {organisation} prepared"): "{organisation} 연계 준비",
        ("timeline", "Referral sent to {organisation}"): "{organisation}에 연계 의뢰",
        ("timeline", "Referral declined by {organisation}"): "{organisation} 연계 거절",
        ("timeline", "Referral accepted by {organisation}"): "{organisation} 연계 수락",
        ("timeline", "Service delivered by {organisation}"): "{organisation} 서비스 제공 완료",
        ("timeline", "Referral outcome recorded ({organisation})"): "연계 결과 기록 ({organisation})",
        ("timeline", "Restricted note ({category})"): "열람 제한 메모 ({category})",
        ("timeline", "Note ({category})"): "메모 ({category})",
        ("timeline", "Task created: {task}, due {due}"): "할 일 등록: {task}, 기한 {due}",
        ("timeline", "Task created: {task}"): "할 일 등록: {task}",
        ("timeline", "Task done: {task}"): "할 일 완료: {task}",
    }
)
