<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="117" />
            <source>Summary and need domains</source>
            <translation>사례 요약 및 지원 영역</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="121" />
            <source>Summary</source>
            <translation>사례 요약</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="122" />
            <source>&amp;Summary of the case:</source>
            <translation>사례 요약(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="125" />
            <source>Need domains</source>
            <translation>지원 영역</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="155" />
            <source>Tick at least one need domain.</source>
            <translation>지원 영역을 하나 이상 선택하세요.</translation>
        </message>
    </context>
    <context>
        <name>AccountPage</name>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="140" />
            <source>Your account</source>
            <translation>내 계정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="143" />
            <source>The first account is the team's coordinator and administrator: it adds the other staff accounts later.</source>
            <translation>첫 계정은 팀의 담당자이자 관리자입니다. 다른 교직원 계정은 이 계정으로 나중에 추가합니다.</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation type="vanished">사용자 이름:</translation>
        </message>
        <message>
            <source>Display name:</source>
            <translation type="vanished">표시 이름:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation type="vanished">직위:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation type="vanished">비밀번호:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation type="vanished">비밀번호 확인:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="167" />
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="168" />
            <source>&amp;Display name:</source>
            <translation>표시 이름(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="169" />
            <source>P&amp;osition:</source>
            <translation>직위(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="170" />
            <source>&amp;Password:</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="171" />
            <source>Password &amp;again:</source>
            <translation>비밀번호 확인(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="182" />
            <source>Create the school</source>
            <translation>학교 만들기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="186" />
            <source>Choose a user name for logging in.</source>
            <translation>로그인에 쓸 사용자 이름을 정하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="188" />
            <source>Enter your name as colleagues know it.</source>
            <translation>동료들이 아는 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="195" />
            <source>✓ The password can be used.</source>
            <translation>✓ 사용할 수 있는 비밀번호입니다.</translation>
        </message>
    </context>
    <context>
        <name>AccountsTableModel</name>
        <message>
            <location filename="../../desktop/ui/admin/accounts_table_model.py" line="16" />
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/accounts_table_model.py" line="17" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/accounts_table_model.py" line="18" />
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/accounts_table_model.py" line="19" />
            <source>Administrator</source>
            <translation>관리자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/accounts_table_model.py" line="20" />
            <source>Position</source>
            <translation>직위</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/accounts_table_model.py" line="22" />
            <source>Homeroom</source>
            <translation>담임 학급</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/accounts_table_model.py" line="27" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/accounts_table_model.py" line="28" />
            <source>Active</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/accounts_table_model.py" line="28" />
            <source>Disabled</source>
            <translation>사용 중지</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="134" />
            <source>Action</source>
            <translation>실행 과제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="134" />
            <source>Edit action</source>
            <translation>실행 과제 수정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="138" />
            <source>— no particular goal —</source>
            <translation>— 특정 목표 없음 —</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="141" />
            <source>&amp;Internal staff</source>
            <translation>교내 인력(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="142" />
            <source>E&amp;xternal organisation</source>
            <translation>외부 기관(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="147" />
            <source>— choose a staff member —</source>
            <translation>— 교직원 선택 —</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="148" />
            <source>— choose an organisation —</source>
            <translation>— 기관 선택 —</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="153" />
            <source>— nobody yet —</source>
            <translation>— 아직 없음 —</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="154" />
            <source>&amp;Period</source>
            <translation>기간(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="163" />
            <source>e.g. weekly, 40 minutes</source>
            <translation>예: 매주, 40분</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="178" />
            <source>&amp;Description:</source>
            <translation>내용(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="179" />
            <source>&amp;Goal:</source>
            <translation>목표(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="180" />
            <source>Provider:</source>
            <translation>제공자:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="181" />
            <source>&amp;Staff member:</source>
            <translation>교직원(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="182" />
            <source>&amp;Organisation:</source>
            <translation>기관(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="183" />
            <source>Person in &amp;charge:</source>
            <translation>책임자(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="184" />
            <source>When:</source>
            <translation>시기:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="185" />
            <source>&amp;Frequency:</source>
            <translation>빈도(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="186" />
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="202" />
            <source>Describe the action.</source>
            <translation>실행 과제의 내용을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="204" />
            <source>Choose the staff member who provides it.</source>
            <translation>지원을 제공할 교직원을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="206" />
            <source>Choose the organisation that provides it.</source>
            <translation>지원을 제공할 기관을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="208" />
            <source>The action cannot end before it starts.</source>
            <translation>실행 과제의 종료일은 시작일보다 앞설 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ActionsTableModel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="89" />
            <source>Description</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="90" />
            <source>Provider</source>
            <translation>제공자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="91" />
            <source>Person in charge</source>
            <translation>책임자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="92" />
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="93" />
            <source>Frequency</source>
            <translation>빈도</translation>
        </message>
    </context>
    <context>
        <name>AddNoteDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="63" />
            <source>Add note</source>
            <translation>기록 추가</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="68" />
            <source>&amp;Restricted: only me, the coordinator and the principal may read it</source>
            <translation>열람 제한: 나, 담당자(코디네이터), 교장·교감만 읽을 수 있음(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="82" />
            <source>&amp;Category:</source>
            <translation>분류(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="84" />
            <source>&amp;Text:</source>
            <translation>내용(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="108" />
            <source>Write the text of the note.</source>
            <translation>기록 내용을 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>AddStaffDialog</name>
        <message>
            <location filename="../../desktop/ui/meetings/staff_picker.py" line="131" />
            <source>Add staff</source>
            <translation>교직원 추가</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/staff_picker.py" line="137" />
            <source>A&amp;dd</source>
            <translation>추가(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <location filename="../../desktop/ui/meetings/addendum_dialog.py" line="28" />
            <source>Add addendum</source>
            <translation>추가 기록(부기)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/addendum_dialog.py" line="38" />
            <source>&amp;Add addendum</source>
            <translation>추가 기록 저장(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/addendum_dialog.py" line="43" />
            <source>Addendum to the minutes (dated today; the minutes stay as they are)</source>
            <translation>회의록 추가 기록 (오늘 날짜로 남으며 회의록 본문은 바뀌지 않습니다)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/addendum_dialog.py" line="56" />
            <source>Write the text of the addendum.</source>
            <translation>추가 기록의 내용을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/addendum_dialog.py" line="68" />
            <source>Unsaved addendum</source>
            <translation>저장하지 않은 추가 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/addendum_dialog.py" line="69" />
            <source>This addendum has not been added yet. Add it now?</source>
            <translation>이 추가 기록은 아직 저장하지 않았습니다. 지금 저장할까요?</translation>
        </message>
    </context>
    <context>
        <name>AdminView</name>
        <message>
            <source>Search accounts and events</source>
            <translation type="vanished">계정과 기록 검색</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation type="vanished">교직원 계정</translation>
        </message>
        <message>
            <source>Recent audit events</source>
            <translation type="vanished">최근 접근 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="41" />
            <source>Administration</source>
            <translation>관리</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="50" />
            <source>&amp;New account…</source>
            <translation>새 계정(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="51" />
            <source>Change &amp;rights…</source>
            <translation>권한 변경(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="52" />
            <source>Reset &amp;password…</source>
            <translation>비밀번호 재설정(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="53" />
            <location filename="../../desktop/ui/admin/admin_view.py" line="185" />
            <source>&amp;Disable</source>
            <translation>사용 중지(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="55" />
            <source>Search accounts</source>
            <translation>계정 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="79" />
            <source>Staff &amp;accounts</source>
            <translation>교직원 계정(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="87" />
            <source>New account (Admin)</source>
            <translation>새 계정 (관리)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="88" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="98" />
            <source>Audit &amp;log review</source>
            <translation>접근 기록 검토(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="101" />
            <source>Re&amp;tention</source>
            <translation>보존 기간(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="104" />
            <source>Old &amp;copies</source>
            <translation>이전 사본(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Retention</source>
            <translation type="vanished">보존 기간(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="188" />
            <source>&amp;Enable</source>
            <translation>사용 재개(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="226" />
            <source>Disable account</source>
            <translation>계정 사용 중지</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="228" />
            <source>Disable {name} ({user})? They can no longer log in, and their password is removed: enabling the account later needs a new password.</source>
            <translation>{name}({user}) 계정을 사용 중지할까요? 더 이상 로그인할 수 없고 비밀번호도 삭제됩니다. 나중에 계정을 다시 사용하려면 새 비밀번호가 필요합니다.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../desktop/ui/application.py" line="148" />
            <source>Preparing the demo school (first start only)…</source>
            <translation>데모 학교를 준비하고 있습니다(처음 한 번만)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/application.py" line="157" />
            <location filename="../../desktop/ui/application.py" line="296" />
            <source>Dodam</source>
            <translation>도담</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsTableModel</name>
        <message>
            <location filename="../../desktop/ui/dashboard/approvals_table_model.py" line="14" />
            <source>Waiting since</source>
            <translation>상신일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/approvals_table_model.py" line="15" />
            <source>To do</source>
            <translation>결재 사항</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/approvals_table_model.py" line="16" />
            <source>Document</source>
            <translation>문서</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/approvals_table_model.py" line="24" />
            <source>Approve the plan</source>
            <translation>지원계획 승인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/approvals_table_model.py" line="25" />
            <source>Sign the minutes</source>
            <translation>회의록 서명</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/approvals_table_model.py" line="30" />
            <source>{code} support plan v{version}</source>
            <translation>{code} 지원계획 v{version}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/approvals_table_model.py" line="34" />
            <source>Minutes of {year} meeting no. {number} ({type})</source>
            <translation>{year}년 제{number}차 협의회 회의록 ({type})</translation>
        </message>
    </context>
    <context>
        <name>AssignInterventionDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="124" />
            <source>Assign an intervention</source>
            <translation>지원 활동 배정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="128" />
            <source>e.g. weekly individual counselling</source>
            <translation>예: 주 1회 개인 상담</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="133" />
            <source>Internal &amp;staff</source>
            <translation>교내 인력(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="134" />
            <source>E&amp;xternal organisation</source>
            <translation>외부 기관(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="157" />
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="162" />
            <source> h</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="164" />
            <source>&amp;Recognised as class hours</source>
            <translation>수업 시수로 인정(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="167" />
            <source>&amp;Title:</source>
            <translation>활동명(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="168" />
            <source>Support &amp;type:</source>
            <translation>지원 유형(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="169" />
            <source>Provider:</source>
            <translation>제공자:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="173" />
            <source>&amp;Planned hours:</source>
            <translation>계획 시간(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="174" />
            <source>&amp;Weekly hours:</source>
            <translation>주당 시간(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="175" />
            <source>Planned &amp;start:</source>
            <translation>시작 예정일(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="224" />
            <source>Enter a title for the intervention.</source>
            <translation>지원 활동명을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="226" />
            <source>Choose a support type.</source>
            <translation>지원 유형을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="230" />
            <source>Choose who provides the intervention.</source>
            <translation>지원 활동을 제공할 사람이나 기관을 선택하세요.</translation>
        </message>
    </context>
    <context>
        <name>AuditReviewView</name>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="63" />
            <source>Student name or number, then Enter</source>
            <translation>학생 이름 또는 학번 입력 후 Enter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="71" />
            <source>&amp;Month:</source>
            <translation>월(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="72" />
            <source>&amp;From:</source>
            <translation>시작(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="73" />
            <source>&amp;To:</source>
            <translation>종료(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="74" />
            <source>&amp;Person:</source>
            <translation>사용자(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="75" />
            <source>A&amp;ction:</source>
            <translation>작업(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="76" />
            <source>&amp;Record:</source>
            <translation>대상(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="85" />
            <source>&amp;Student:</source>
            <translation>학생(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="93" />
            <source>Mark month as re&amp;viewed…</source>
            <translation>월별 검토 완료 표시(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="96" />
            <source>Check the c&amp;hain again</source>
            <translation>기록 체인 다시 확인(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="159" />
            <source>Everyone</source>
            <translation>모든 사용자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="163" />
            <source>Every action</source>
            <translation>모든 작업</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="167" />
            <source>Every record</source>
            <translation>모든 대상</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="171" />
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="205" />
            <source>Every student</source>
            <translation>모든 학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="214" />
            <source>No student matches “{text}”.</source>
            <translation>“{text}”에 해당하는 학생이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="224" />
            <source>{n} events</source>
            <translation>기록 {n}건</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="240" />
            <source>{month}: not reviewed yet.</source>
            <translation>{month}: 아직 검토하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="245" />
            <source>{month}: reviewed by {name} on {when}.</source>
            <translation>{month}: {when}에 {name}이(가) 검토했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="258" />
            <source>Mark month as reviewed</source>
            <translation>월별 검토 완료 표시</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="259" />
            <source>Reviewed the audit log of {month}. Note (optional):</source>
            <translation>{month} 접근 기록을 검토했습니다. 메모(선택):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="275" />
            <source>Audit chain: checking…</source>
            <translation>접근 기록 체인: 확인하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="295" />
            <source>Audit chain: intact ({n} events).</source>
            <translation>접근 기록 체인: 이상 없음(기록 {n}건).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="300" />
            <source>Audit chain: {n} problems — run “dodam check” and keep a copy of the data folder.</source>
            <translation>접근 기록 체인: 문제 {n}건 — “dodam check”를 실행하고 데이터 폴더의 사본을 보관하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="310" />
            <source>Signed head: none yet (an administrator's log-in signs the audit log).</source>
            <translation>서명된 기록 끝: 아직 없음(관리자가 로그인하면 접근 기록에 서명합니다).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="313" />
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="313" />
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="316" />
            <source>Signed head: {n} events, hash {hash}…, signed {when} by {signer}; verified: {verified}.</source>
            <translation>서명된 기록 끝: 기록 {n}건, 해시 {hash}…, {when} {signer} 서명; 검증: {verified}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_review_view.py" line="334" />
            <source>Audit chain: could not be checked ({error}).</source>
            <translation>접근 기록 체인: 확인할 수 없습니다({error}).</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="38" />
            <source>When</source>
            <translation>일시</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="39" />
            <source>Who</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="40" />
            <source>Action</source>
            <translation>작업</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="41" />
            <source>Record</source>
            <translation>대상</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="42" />
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="43" />
            <source>Purpose</source>
            <translation>목적</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="88" />
            <source>{name} (log-in name: {username})</source>
            <translation>{name}(로그인 이름: {username})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="131" />
            <source>Approval</source>
            <translation>승인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="132" />
            <source>Submission for approval</source>
            <translation>승인 요청(제출)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="133" />
            <source>Returned for changes</source>
            <translation>반려(보완 요청)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="134" />
            <source>Minutes finalised</source>
            <translation>회의록 확정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="135" />
            <source>Minutes signed</source>
            <translation>회의록 결재</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="136" />
            <source>Addendum</source>
            <translation>추가 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="137" />
            <source>Started</source>
            <translation>시작</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="138" />
            <source>Completed</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="139" />
            <source>Cancelled</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="140" />
            <source>Decisions applied</source>
            <translation>결정 사항 적용</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="157" />
            <source>Meeting {year} no. {number}</source>
            <translation>{year}년 제{number}차 회의</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="218" />
            <location filename="../../desktop/ui/backup/backup_ui.py" line="276" />
            <source>Backups</source>
            <translation>백업</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="224" />
            <source>&amp;Browse…</source>
            <translation>찾아보기(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="229" />
            <source>Back up &amp;automatically when Dodam closes</source>
            <translation>도담을 닫을 때 자동으로 백업(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="236" />
            <source>Backup &amp;folder:</source>
            <translation>백업 폴더(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="240" />
            <source>State:</source>
            <translation>상태:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="242" />
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="244" />
            <source>Back up &amp;now</source>
            <translation>지금 백업(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="253" />
            <source>Only an administrator can change backups.</source>
            <translation>백업 설정은 관리자만 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="263" />
            <source>Choose the backup folder</source>
            <translation>백업 폴더 선택</translation>
        </message>
    </context>
    <context>
        <name>BackupMessages</name>
        <message>
            <location filename="../../desktop/ui/backup/messages.py" line="20" />
            <source>The backup could not be written: the disk is full. The school data and the earlier backups are unchanged. Free some space or choose another backup folder, then try again.</source>
            <translation>디스크가 가득 차 백업을 쓸 수 없습니다. 학교 자료와 이전 백업은 그대로입니다. 공간을 확보하거나 다른 백업 폴더를 선택한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/messages.py" line="26" />
            <source>The backup folder cannot be found. Connect the USB stick or network folder, or choose another backup folder.</source>
            <translation>백업 폴더를 찾을 수 없습니다. USB 메모리나 네트워크 폴더를 연결하거나 다른 백업 폴더를 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/messages.py" line="31" />
            <source>The backup could not be made. The school data and the earlier backups are unchanged. Check that the backup folder (USB stick or network folder) is connected and has free space.</source>
            <translation>백업을 만들지 못했습니다. 학교 자료와 이전 백업은 그대로입니다. 백업 폴더(USB 메모리 또는 네트워크 폴더)가 연결되어 있고 여유 공간이 있는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/messages.py" line="37" />
            <source>The backup did not pass its check after it was written, so it was not kept. The earlier backups are unchanged. Run 'dodam check' and ask IT staff for help.</source>
            <translation>백업을 쓴 뒤 검증을 통과하지 못해 보관하지 않았습니다. 이전 백업은 그대로입니다. 'dodam check'를 실행하고 정보 담당자에게 도움을 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/messages.py" line="51" />
            <source>The backup password does not open this backup. Use the password that was valid when the backup was made, or the backup's recovery code. Nothing has been changed.</source>
            <translation>백업 비밀번호로 이 백업을 열 수 없습니다. 백업을 만들 때의 비밀번호나 백업의 복구 코드를 사용하세요. 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/messages.py" line="59" />
            <source>The user name or password is not correct: log in with your current password of this school (in a disaster recovery: a password that was valid when the backup was made). Nothing has been changed.</source>
            <translation>사용자 이름 또는 비밀번호가 올바르지 않습니다. 이 학교의 현재 비밀번호로 로그인하세요(재해 복구일 때는 백업을 만들 때의 비밀번호). 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>The user name or password does not open this backup. Use a password that was valid when the backup was made. Nothing has been changed.</source>
            <translation type="vanished">이 사용자 이름이나 비밀번호로는 이 백업을 열 수 없습니다. 백업을 만들 때 유효했던 비밀번호를 사용하세요. 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/messages.py" line="66" />
            <source>This backup's key file (school.keys) is missing or damaged, so it cannot be opened. Nothing has been changed. Choose another backup.</source>
            <translation>이 백업의 키 파일(school.keys)이 없거나 손상되어 열 수 없습니다. 아무것도 바뀌지 않았습니다. 다른 백업을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/messages.py" line="72" />
            <source>This backup is damaged or incomplete, so it cannot be restored. Nothing has been changed. Choose another backup.</source>
            <translation>이 백업은 손상되었거나 불완전하여 복원할 수 없습니다. 아무것도 바뀌지 않았습니다. 다른 백업을 선택하세요.</translation>
        </message>
    </context>
    <context>
        <name>BackupStatusButton</name>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="132" />
            <source>Backups of the school data</source>
            <translation>학교 데이터 백업</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="47" />
            <source>⚠ No backup folder is set</source>
            <translation>⚠ 백업 폴더가 지정되지 않음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="49" />
            <source>⚠ No verified backup yet</source>
            <translation>⚠ 검증된 백업이 아직 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="53" />
            <source>⚠ Last verified backup {when} — older than 7 days</source>
            <translation>⚠ 마지막 검증 백업 {when} — 7일 넘게 지남</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="56" />
            <source>Last backup {when}</source>
            <translation>마지막 백업 {when}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/backup_ui.py" line="80" />
            <source>Backing up the school data…</source>
            <translation>학교 자료를 백업하는 중…</translation>
        </message>
    </context>
    <context>
        <name>CaseHistoryModel</name>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="33" />
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="34" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="35" />
            <source>Opened</source>
            <translation>개시</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="37" />
            <source>Closed</source>
            <translation>종결</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="41" />
            <source>Case manager</source>
            <translation>사례 담당자</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="109" />
            <source>No plan</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="110" />
            <source>Being written</source>
            <translation>작성 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="111" />
            <source>Awaiting approval</source>
            <translation>결재 대기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="112" />
            <source>Approved</source>
            <translation>승인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="113" />
            <source>Superseded</source>
            <translation>대체됨</translation>
        </message>
    </context>
    <context>
        <name>CasePanel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/panel.py" line="63" />
            <source>Unsaved changes</source>
            <translation>저장하지 않은 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/panel.py" line="64" />
            <source>The {tab} tab has changes that are not saved yet. Save them?</source>
            <translation>‘{tab}’ 탭에 아직 저장하지 않은 변경이 있습니다. 저장할까요?</translation>
        </message>
    </context>
    <context>
        <name>CaseReferralsTableModel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="46" />
            <source>Organisation</source>
            <translation>기관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="47" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="48" />
            <source>Sent</source>
            <translation>의뢰일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="50" />
            <source>Expected answer</source>
            <translation>회신 기한</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="54" />
            <source>Answered</source>
            <translation>회신일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="55" />
            <source>Delivered</source>
            <translation>제공일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="57" />
            <source>Consent</source>
            <translation>동의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="58" />
            <source>Override</source>
            <translation>예외 처리</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="62" />
            <source>Reason</source>
            <translation>의뢰 사유</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="68" />
            <source>Outcome</source>
            <translation>결과</translation>
        </message>
    </context>
    <context>
        <name>CaseWindow</name>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="81" />
            <location filename="../../desktop/ui/case_detail/case_window.py" line="99" />
            <source>State:</source>
            <translation>상태:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="85" />
            <source>This case is not assigned to you: you see its state only. Ask the coordinator if you need to know more.</source>
            <translation>나에게 배정된 사례가 아니므로 상태만 볼 수 있습니다. 더 알아야 할 내용이 있으면 담당자(코디네이터)에게 문의하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="98" />
            <source>Student:</source>
            <translation>학생:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="100" />
            <source>Priority:</source>
            <translation>우선순위:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="101" />
            <source>Risk level:</source>
            <translation>위기 수준:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="102" />
            <source>Case manager:</source>
            <translation>사례 담당자:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="103" />
            <source>Next review:</source>
            <translation>다음 점검일:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="121" />
            <source>Alt+{n}</source>
            <translation>Alt+{n}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="123" />
            <source>Show the {tab} tab</source>
            <translation>{tab} 탭 보기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="133" />
            <source>Add a note to this case</source>
            <translation>이 사례에 메모 추가</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="136" />
            <source>Close this case window</source>
            <translation>이 사례 창 닫기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="142" />
            <source>Reload this case</source>
            <translation>이 사례 새로 고침</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="145" />
            <source>Show this list of keyboard shortcuts</source>
            <translation>이 단축키 목록 보기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="277" />
            <location filename="../../desktop/ui/case_detail/case_window.py" line="278" />
            <source>Case {code}</source>
            <translation>사례 {code}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="285" />
            <location filename="../../desktop/ui/case_detail/case_window.py" line="287" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/case_window.py" line="288" />
            <source>{date} (overdue)</source>
            <translation>{date} (기한 지남)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="49" />
            <source>1 — low</source>
            <translation>1 — 낮음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="50" />
            <source>2 — moderate</source>
            <translation>2 — 보통</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="51" />
            <source>3 — high</source>
            <translation>3 — 높음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="52" />
            <source>4 — crisis</source>
            <translation>4 — 위기</translation>
        </message>
    </context>
    <context>
        <name>CasesTableModel</name>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="51" />
            <source>Code</source>
            <translation>사례 번호</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="52" />
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="54" />
            <source>Grade-class</source>
            <translation>학년-반</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="58" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="59" />
            <source>Plan</source>
            <translation>지원계획</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="61" />
            <source>Priority</source>
            <translation>우선순위</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="66" />
            <source>Domains</source>
            <translation>지원 영역</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="70" />
            <source>Case manager</source>
            <translation>사례 담당자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="71" />
            <source>Next review</source>
            <translation>다음 점검일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="84" />
            <source>{date} (overdue)</source>
            <translation>{date} (기한 지남)</translation>
        </message>
    </context>
    <context>
        <name>CasesView</name>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="127" />
            <source>Search by code, student or case manager</source>
            <translation>사례 번호, 학생 또는 사례 담당자로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="130" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="131" />
            <source>All states</source>
            <translation>전체 상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="132" />
            <source>Open cases</source>
            <translation>진행 중인 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="137" />
            <source>Plan</source>
            <translation>지원계획</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="138" />
            <source>All plans</source>
            <translation>전체 지원계획</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="142" />
            <source>Need domain</source>
            <translation>지원 영역</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="143" />
            <source>All domains</source>
            <translation>전체 영역</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="145" />
            <source>Priority</source>
            <translation>우선순위</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="146" />
            <source>All priorities</source>
            <translation>전체 우선순위</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="150" />
            <source>Grade</source>
            <translation>학년</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="151" />
            <source>All grades</source>
            <translation>전체 학년</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="153" />
            <source>Case manager</source>
            <translation>사례 담당자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="154" />
            <source>All case managers</source>
            <translation>전체 사례 담당자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="155" />
            <source>O&amp;verdue review</source>
            <translation>점검 기한 지남(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="156" />
            <source>Cases still worked on whose next review date has passed</source>
            <translation>진행 중이면서 다음 점검일이 지난 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="183" />
            <source>&amp;State:</source>
            <translation>상태(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="184" />
            <source>P&amp;lan:</source>
            <translation>지원계획(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="185" />
            <source>&amp;Domain:</source>
            <translation>영역(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="186" />
            <source>&amp;Priority:</source>
            <translation>우선순위(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="187" />
            <source>&amp;Grade:</source>
            <translation>학년(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="188" />
            <source>Case &amp;manager:</source>
            <translation>사례 담당자(&amp;M):</translation>
        </message>
        <message>
            <source>State:</source>
            <translation type="vanished">상태:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="201" />
            <source>Cases</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="201" />
            <source>Cases of my class and assigned to me</source>
            <translation>우리 반 사례와 나에게 배정된 사례</translation>
        </message>
        <message>
            <source>New support &amp;request…</source>
            <translation type="vanished">새 지원 신청(&amp;R)…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N</source>
            <translation type="vanished">Ctrl+Shift+N</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="222" />
            <source>Case list</source>
            <translation>사례 목록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="223" />
            <source>Intake queue</source>
            <translation>접수 대기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="300" />
            <source>Intake queue ({n})</source>
            <translation>접수 대기 ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="425" />
            <source>Grade {n}</source>
            <translation>{n}학년</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="426" />
            <source>No case manager</source>
            <translation>사례 담당자 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="483" />
            <source>Loading cases…</source>
            <translation>사례를 불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="487" />
            <source>Only the first {n} cases could be read. Open the Cases area again to retry.</source>
            <translation>처음 {n}건의 사례만 읽었습니다. 사례 영역을 다시 열어 다시 시도하세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/cases/cases_view.py" line="492" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>사례 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="494" />
            <source>{shown} of {total} cases</source>
            <translation>사례 {total}건 중 {shown}건</translation>
        </message>
    </context>
    <context>
        <name>ConsentsPanel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="100" />
            <source>&amp;Record consent…</source>
            <translation>동의 기록(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="101" />
            <source>&amp;Withdraw…</source>
            <translation>철회(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="105" />
            <source>&amp;Print consent form…</source>
            <translation>동의서 인쇄(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="124" />
            <location filename="../../desktop/ui/case_detail/tabs.py" line="24" />
            <source>Consents</source>
            <translation>동의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="144" />
            <source>valid</source>
            <translation>유효</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="144" />
            <source>missing</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="145" />
            <source>Consent to support — student: {student}, guardian: {guardian}</source>
            <translation>지원 동의 — 학생: {student}, 보호자: {guardian}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="157" />
            <source>Choose a consent in the list first.</source>
            <translation>먼저 목록에서 동의를 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="159" />
            <source>This consent was withdrawn already.</source>
            <translation>이미 철회된 동의입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="161" />
            <source>Only a consent that was given can be withdrawn.</source>
            <translation>동의한 기록만 철회할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="205" />
            <source>Consent form</source>
            <translation>동의서</translation>
        </message>
    </context>
    <context>
        <name>ConsentsTableModel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="43" />
            <source>Party</source>
            <translation>동의자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="44" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="45" />
            <source>Purpose</source>
            <translation>목적</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="46" />
            <source>Recipient</source>
            <translation>제공받는 곳</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="47" />
            <source>Decision</source>
            <translation>동의 여부</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="47" />
            <source>Given</source>
            <translation>동의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="47" />
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="67" />
            <source>Refused</source>
            <translation>거부</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="48" />
            <source>Date</source>
            <translation>일시</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="49" />
            <source>Method</source>
            <translation>방법</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="50" />
            <source>Expires</source>
            <translation>만료일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="51" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="53" />
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="65" />
            <source>Withdrawn</source>
            <translation>철회</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="69" />
            <source>Expired</source>
            <translation>만료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="70" />
            <source>Valid</source>
            <translation>유효</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consents_panel.py" line="70" />
            <source>Not yet valid</source>
            <translation>효력 발생 전</translation>
        </message>
    </context>
    <context>
        <name>Curtain</name>
        <message>
            <location filename="../../desktop/ui/lock/lock_controller.py" line="69" />
            <source>Locked</source>
            <translation>잠김</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_controller.py" line="74" />
            <source>Dodam is locked and the records are hidden. Unlock in the lock window, or log out.</source>
            <translation>도담이 잠겨 기록이 가려져 있습니다. 잠금 창에서 잠금을 해제하거나 로그아웃하세요.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="113" />
            <source>Students</source>
            <translation>재학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="114" />
            <source>Open cases</source>
            <translation>진행 중인 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="115" />
            <source>New support requests</source>
            <translation>새 지원 신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="116" />
            <source>Upcoming meetings</source>
            <translation>예정된 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="117" />
            <source>Active interventions</source>
            <translation>진행 중인 지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="118" />
            <source>Open referral loops</source>
            <translation>진행 중인 연계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="119" />
            <source>Overdue referrals</source>
            <translation>회신이 늦은 연계</translation>
        </message>
        <message>
            <source>Open tasks</source>
            <translation type="vanished">남은 할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="120" />
            <source>Overdue tasks</source>
            <translation>기한이 지난 할 일</translation>
        </message>
        <message>
            <source>Interventions</source>
            <translation type="vanished">지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="129" />
            <source>Cases by state</source>
            <translation>상태별 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="131" />
            <source>Open cases by need domain</source>
            <translation>지원 영역별 진행 중인 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="133" />
            <source>Cases per month of the school year</source>
            <translation>학년도 월별 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="150" />
            <source>Awaiting my approval</source>
            <translation>결재 대기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="162" />
            <source>My open tasks</source>
            <translation>나의 할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="173" />
            <source>Dashboard</source>
            <translation>현황판</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="259" />
            <source>{name}, here is where the team stands today.</source>
            <translation>{name} 님, 오늘의 팀 현황입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="262" />
            <source>next: {day}</source>
            <translation>다음: {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="274" />
            <source>of {n} open</source>
            <translation>전체 {n}건 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="299" />
            <source>{month}</source>
            <comment>month number under the trend chart</comment>
            <translation>{month}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="279" />
            <source>Awaiting my approval ({n})</source>
            <translation>결재 대기 ({n}건)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="282" />
            <source>My open tasks ({n})</source>
            <translation>나의 할 일 ({n})</translation>
        </message>
    </context>
    <context>
        <name>DataFolder</name>
        <message>
            <location filename="../../desktop/ui/login/data_folder.py" line="60" />
            <source>This is a file, not a folder: {path}</source>
            <translation>폴더가 아니라 파일입니다: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/data_folder.py" line="64" />
            <source>Dodam cannot write in this folder: {path}. Choose a folder this PC account may change.</source>
            <translation>도담이 이 폴더에 쓸 수 없습니다: {path}. 이 PC 계정이 변경할 수 있는 폴더를 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/data_folder.py" line="81" />
            <source>This folder is outside your Windows user folder, so other accounts of this PC may be able to open it. Everyone with access can copy the key file (school.keys) and try to guess the passwords offline. Share it only with accounts of the school team.</source>
            <translation>이 폴더는 Windows 사용자 폴더 밖에 있어 이 PC의 다른 계정도 열 수 있습니다. 접근할 수 있는 사람은 누구나 키 파일(school.keys)을 복사해 오프라인에서 비밀번호를 추측해 볼 수 있습니다. 학교 팀의 계정하고만 공유하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/data_folder.py" line="87" />
            <source>Other accounts of this PC can reach this folder. Everyone with access can copy the key file (school.keys) and try to guess the passwords offline. Dodam makes its own files readable only by your account; keep the folder private too.</source>
            <translation>이 PC의 다른 계정이 이 폴더에 접근할 수 있습니다. 접근할 수 있는 사람은 누구나 키 파일(school.keys)을 복사해 오프라인에서 비밀번호를 추측해 볼 수 있습니다. 도담은 자기 파일을 이 계정만 읽을 수 있게 만듭니다. 폴더도 비공개로 유지하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/data_folder.py" line="100" />
            <source>Choose the school's data folder</source>
            <translation>학교 자료 폴더 선택</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/data_folder.py" line="109" />
            <source>A folder other accounts can reach</source>
            <translation>다른 계정이 접근할 수 있는 폴더</translation>
        </message>
    </context>
    <context>
        <name>DataLoader</name>
        <message>
            <location filename="../../desktop/ui/widgets/async_refresh.py" line="131" />
            <source>The data could not be read. Press F5 to try again.</source>
            <translation>자료를 읽지 못했습니다. F5 키를 눌러 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/async_refresh.py" line="144" />
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
    </context>
    <context>
        <name>DeliveredDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="248" />
            <source>Service delivered</source>
            <translation>서비스 제공 완료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="251" />
            <source>&amp;Delivered on:</source>
            <translation>제공일(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="260" />
            <source>The service cannot be delivered before the organisation accepted it ({day}).</source>
            <translation>기관이 의뢰를 수락한 날({day})보다 앞선 날짜에 서비스를 제공할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <location filename="../../desktop/ui/widgets/feedback.py" line="38" />
            <source>Not possible</source>
            <translation>할 수 없음</translation>
        </message>
    </context>
    <context>
        <name>FiguresTableModel</name>
        <message>
            <location filename="../../desktop/ui/reports/figures_table_model.py" line="22" />
            <source>Group</source>
            <translation>구분</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/figures_table_model.py" line="23" />
            <source>Item</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/figures_table_model.py" line="24" />
            <source>Count</source>
            <translation>건수</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/figures_table_model.py" line="26" />
            <source>Share</source>
            <translation>비율</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="90" />
            <source>Goal</source>
            <translation>목표</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="90" />
            <source>Edit goal</source>
            <translation>목표 수정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="95" />
            <source>How progress is measured</source>
            <translation>진전을 확인하는 방법</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="101" />
            <source>&amp;Domain:</source>
            <translation>영역(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="102" />
            <source>&amp;Goal:</source>
            <translation>목표(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="103" />
            <source>&amp;Measure:</source>
            <translation>평가 방법(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="104" />
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="110" />
            <source>Choose a need domain.</source>
            <translation>지원 영역을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="112" />
            <source>Describe the goal.</source>
            <translation>목표를 적어 주세요.</translation>
        </message>
    </context>
    <context>
        <name>GoalsTableModel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="80" />
            <source>Domain</source>
            <translation>영역</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="81" />
            <source>Goal</source>
            <translation>목표</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="82" />
            <source>Measure</source>
            <translation>평가 방법</translation>
        </message>
    </context>
    <context>
        <name>IntakeQueue</name>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="36" />
            <source>Search by student, requester or description</source>
            <translation>학생, 신청자 또는 내용으로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="50" />
            <source>&amp;Open a case…</source>
            <translation>사례 열기(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="52" />
            <location filename="../../desktop/ui/requests/intake_view.py" line="142" />
            <source>&amp;Add to the open case</source>
            <translation>진행 중인 사례에 추가(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="54" />
            <source>Mark as &amp;withdrawn…</source>
            <translation>철회로 표시(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="67" />
            <source>Intake queue</source>
            <translation>접수 대기</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/requests/intake_view.py" line="113" />
            <source>%n request(s) waiting</source>
            <translation>
                <numerusform>대기 중인 신청 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="115" />
            <source>{shown} of {total} requests</source>
            <translation>신청 {total}건 중 {shown}건</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="119" />
            <source>Choose a request in the queue first.</source>
            <translation>먼저 접수 대기 목록에서 신청을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="124" />
            <source>The student already has an open case: add the request to it instead.</source>
            <translation>이 학생에게는 이미 진행 중인 사례가 있습니다. 새 사례 대신 그 사례에 신청을 추가하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="132" />
            <source>The student has no open case: open a case instead.</source>
            <translation>이 학생에게는 진행 중인 사례가 없습니다. 사례를 새로 여세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="139" />
            <source>&amp;Add to the open case ({code})</source>
            <translation>진행 중인 사례({code})에 추가(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="167" />
            <source>Open a case</source>
            <translation>사례 열기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="170" />
            <source>{student} already has an open case ({code}). Use “Add to the open case” instead.</source>
            <translation>{student} 학생에게는 이미 진행 중인 사례({code})가 있습니다. 대신 “진행 중인 사례에 추가”를 사용하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="204" />
            <source>Withdraw the request</source>
            <translation>신청 철회</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_view.py" line="207" />
            <source>Mark the request of {date} for {student} as withdrawn? It leaves the intake queue; it is kept, not deleted.</source>
            <translation>{date}에 접수된 {student} 학생의 신청을 철회로 표시하시겠습니까? 신청은 접수 대기 목록에서 빠지지만 삭제되지 않고 보관됩니다.</translation>
        </message>
    </context>
    <context>
        <name>IntakeTableModel</name>
        <message>
            <location filename="../../desktop/ui/requests/intake_table_model.py" line="29" />
            <source>Received</source>
            <translation>접수일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_table_model.py" line="31" />
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_table_model.py" line="35" />
            <source>Requested by</source>
            <translation>신청자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_table_model.py" line="37" />
            <source>Domains</source>
            <translation>지원 영역</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_table_model.py" line="41" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_table_model.py" line="42" />
            <source>Open case</source>
            <translation>진행 중인 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/intake_table_model.py" line="43" />
            <source>Description</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>InterventionDialogs</name>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="108" />
            <source>1 intervention · %1 h/week</source>
            <translation>지원 활동 1건 · 주 %1시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="110" />
            <source>%n interventions · %1 h/week</source>
            <translation>지원 활동 %n건 · 주 %1시간</translation>
        </message>
    </context>
    <context>
        <name>InterventionsPanel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="179" />
            <source>&amp;Assign…</source>
            <translation>배정(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="180" />
            <source>&amp;Start</source>
            <translation>시작(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="181" />
            <source>Co&amp;mplete</source>
            <translation>완료(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="182" />
            <source>S&amp;top</source>
            <translation>중단(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="183" />
            <source>&amp;Log session…</source>
            <translation>회기 기록(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="185" />
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="323" />
            <source>Log a session of the selected intervention (Ctrl+L)</source>
            <translation>선택한 지원 활동의 회기를 기록합니다(Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="244" />
            <location filename="../../desktop/ui/case_detail/tabs.py" line="26" />
            <source>Interventions</source>
            <translation>지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="256" />
            <source>No interventions you may see for this case yet.</source>
            <translation>이 사례에는 아직 볼 수 있는 지원 활동이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="292" />
            <source>Sessions: select an intervention.</source>
            <translation>회기: 지원 활동을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="299" />
            <source>Sessions of “%1”: %2 logged, %3 attended</source>
            <translation>“%1” 회기: %2회 기록, %3회 참석</translation>
        </message>
    </context>
    <context>
        <name>InterventionsTableModel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="52" />
            <source>{done} / {planned} h</source>
            <translation>{done} / {planned}시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="65" />
            <source>%1 (external)</source>
            <translation>%1 (외부)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="70" />
            <source>Yes, %1 h</source>
            <translation>예, %1시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="74" />
            <source>Intervention</source>
            <translation>지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="76" />
            <source>Support type</source>
            <translation>지원 유형</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="80" />
            <source>Provider</source>
            <translation>제공자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="81" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="83" />
            <source>Started</source>
            <translation>시작일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="88" />
            <source>Ended</source>
            <translation>종료일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="91" />
            <source>Hours done / planned</source>
            <translation>실시 / 계획 시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="97" />
            <source>h/week</source>
            <translation>주당 시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="103" />
            <source>Class hours</source>
            <translation>수업 시수</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="106" />
            <source>Recognised as class hours</source>
            <translation>수업 시수로 인정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="109" />
            <source>Sessions</source>
            <translation>회기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="115" />
            <source>Last session</source>
            <translation>최근 회기</translation>
        </message>
    </context>
    <context>
        <name>KeyRotation</name>
        <message>
            <location filename="../../desktop/ui/key_rotation.py" line="30" />
            <source>Re-encrypting the school data</source>
            <translation>학교 자료 다시 암호화</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/key_rotation.py" line="31" />
            <source>The school data could not be re-encrypted now, so the old password may still open copies of it. Dodam tries again when it closes and at the next log-in.</source>
            <translation>지금은 학교 자료를 다시 암호화하지 못했습니다. 그동안 이전 비밀번호로 자료 사본을 열 수 있을 수 있습니다. 도담을 닫을 때와 다음 로그인 때 다시 시도합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/key_rotation.py" line="51" />
            <source>Re-encrypting the school data so that the old password opens nothing…</source>
            <translation>이전 비밀번호로는 아무것도 열 수 없도록 학교 자료를 다시 암호화하고 있습니다…</translation>
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <location filename="../../desktop/ui/lock/lock_controller.py" line="178" />
            <source>Dodam — locked</source>
            <translation>도담 — 잠김</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_controller.py" line="228" />
            <source>The password is not correct. Check Caps Lock and the Korean/English input mode.</source>
            <translation>비밀번호가 맞지 않습니다. Caps Lock과 한/영 입력 상태를 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_controller.py" line="253" />
            <source>The file that counts failed log-ins was missing or damaged: the PIN is off until you unlock with your password.</source>
            <translation>로그인 실패 횟수를 세는 파일이 없어졌거나 손상되어, 비밀번호로 잠금을 풀 때까지 PIN을 쓸 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_controller.py" line="259" />
            <source>The PIN is turned off after 3 wrong tries. Unlock with your password.</source>
            <translation>PIN을 3번 잘못 입력하여 PIN이 꺼졌습니다. 비밀번호로 잠금을 해제하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_controller.py" line="271" />
            <source>Wrong PIN 3 times: the PIN is turned off until you log in with your password.</source>
            <translation>PIN을 3번 잘못 입력했습니다. 비밀번호로 로그인할 때까지 PIN을 사용할 수 없습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/lock/lock_controller.py" line="274" />
            <source>The PIN is not correct. %n try(s) left.</source>
            <translation>
                <numerusform>PIN이 맞지 않습니다. %n번 더 시도할 수 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_controller.py" line="278" />
            <source>Quick unlock is not available any more. Unlock with your password.</source>
            <translation>빠른 잠금 해제를 더 이상 사용할 수 없습니다. 비밀번호로 잠금을 해제하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_controller.py" line="297" />
            <source>Checking…</source>
            <translation>확인하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_controller.py" line="325" />
            <source>Log out</source>
            <translation>로그아웃</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_controller.py" line="328" />
            <source>Log out {name}? Changes not yet saved in open windows will be lost. The next person can then log in with their own account.</source>
            <translation>{name} 사용자를 로그아웃할까요? 열린 창에서 아직 저장하지 않은 변경 내용은 사라집니다. 그다음 사용자는 자신의 계정으로 로그인할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="32" />
            <source>Dodam — locked</source>
            <translation>도담 — 잠김</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="37" />
            <source>Dodam is locked</source>
            <translation>도담이 잠겨 있습니다</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="42" />
            <source>Locked</source>
            <translation>잠김</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="47" />
            <source>Locked for {name} ({username}). Enter your password to continue.</source>
            <translation>{name}({username}) 사용자의 화면이 잠겨 있습니다. 계속하려면 비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="58" />
            <source>Password</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="60" />
            <source>&amp;Unlock</source>
            <translation>잠금 해제(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="68" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="71" />
            <source>Unlock with &amp;PIN</source>
            <translation>PIN으로 잠금 해제(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="74" />
            <source>Or quick unlock with your PIN:</source>
            <translation>또는 PIN으로 빠른 잠금 해제:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="81" />
            <source>Not you? &amp;Log out…</source>
            <translation>본인이 아닌가요? 로그아웃(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="87" />
            <source>Password:</source>
            <translation>비밀번호:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="136" />
            <source>Enter your password.</source>
            <translation>비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/lock_screen.py" line="145" />
            <source>Enter your PIN.</source>
            <translation>PIN을 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>LogSessionDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="317" />
            <source>Log a session</source>
            <translation>회기 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="323" />
            <source> min</source>
            <translation>분</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="328" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="333" />
            <source>What was done, how the student responded</source>
            <translation>실시한 내용과 학생의 반응</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="334" />
            <source>R&amp;estricted (abuse, psychiatric, police)</source>
            <translation>열람 제한(학대, 정신건강, 경찰)(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="336" />
            <source>Only you, the coordinator and the principal will be able to read these notes.</source>
            <translation>이 기록은 본인, 담당자(코디네이터), 교장·교감만 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="340" />
            <source>Intervention:</source>
            <translation>지원 활동:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="341" />
            <source>&amp;Date:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="342" />
            <source>D&amp;uration:</source>
            <translation>소요 시간(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="343" />
            <source>&amp;Attendance:</source>
            <translation>참석(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="344" />
            <source>&amp;Progress (1–5):</source>
            <translation>진전도(1–5)(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="345" />
            <source>&amp;Notes:</source>
            <translation>기록(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="359" />
            <source>A session cannot be logged for a day in the future.</source>
            <translation>미래 날짜의 회기는 기록할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="362" />
            <source>The intervention started on %1; the session cannot be earlier.</source>
            <translation>지원 활동이 %1에 시작되었으므로 그보다 앞선 날짜로 회기를 기록할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="367" />
            <source>Enter how many minutes the session lasted.</source>
            <translation>회기 소요 시간(분)을 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>LoginWindow</name>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="62" />
            <source>Dodam — log in</source>
            <translation>도담 — 로그인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="62" />
            <source>Dodam — log in — DEMO SCHOOL</source>
            <translation>도담 — 로그인 — 체험용 학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="67" />
            <source>Dodam (도담)</source>
            <translation>도담 (Dodam)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="68" />
            <source>Student integrated support team records</source>
            <translation>학생맞춤통합지원팀 업무 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="71" />
            <source>School data folder: {name}</source>
            <translation>학교 자료 폴더: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="84" />
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="88" />
            <source>Password</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="91" />
            <source>Log in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="102" />
            <source>Forgot password? Use the recovery code…</source>
            <translation>비밀번호를 잊으셨나요? 복구 코드 사용…</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation type="vanished">사용자 이름:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="198" />
            <source>Password:</source>
            <translation>비밀번호:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="129" />
            <source>Restore from backup…</source>
            <translation>백업에서 복원…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="109" />
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="111" />
            <source>&amp;Password:</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="135" />
            <source>Use another data folder…</source>
            <translation>다른 자료 폴더 사용…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="141" />
            <source>Open a school kept in another folder on this PC (e.g. one shared by several PC accounts), or set up a new school in an empty folder.</source>
            <translation>이 PC의 다른 폴더에 있는 학교(예: 여러 PC 계정이 함께 쓰는 폴더)를 열거나, 빈 폴더에 새 학교를 설정합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="185" />
            <source>Demo school — accounts for trying Dodam</source>
            <translation>데모 학교 — 체험용 계정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="199" />
            <source>The demo school holds invented data only.</source>
            <translation>데모 학교에는 가상의 자료만 들어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="228" />
            <source>Enter your user name and password.</source>
            <translation>사용자 이름과 비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="244" />
            <source>Opening the school database…</source>
            <translation>학교 데이터베이스를 여는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="294" />
            <source>No school in this folder</source>
            <translation>이 폴더에 학교가 없습니다</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="295" />
            <source>{path} holds no Dodam school. Set up a new school in this folder?</source>
            <translation>{path}에 도담 학교 자료가 없습니다. 이 폴더에 새 학교를 설정할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="317" />
            <source>The backup was restored. Log in.</source>
            <translation>백업을 복원했습니다. 로그인하세요.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="96" />
            <source>Dodam — {school} — DEMO SCHOOL, not real data</source>
            <translation>도담 — {school} — 체험용 학교, 실제 자료 아님</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="99" />
            <source>Dodam — {school}</source>
            <translation>도담 — {school}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="105" />
            <source>Areas</source>
            <translation>메뉴</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="121" />
            <source>Ctrl+{n}</source>
            <translation>Ctrl+{n}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="123" />
            <source>Show {area}</source>
            <translation>{area} 보기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="129" />
            <source>Search in the current list</source>
            <translation>현재 목록에서 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="132" />
            <source>Reload the current list</source>
            <translation>현재 목록 새로 고침</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="136" />
            <source>New support request…</source>
            <translation>새 지원 신청…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="139" />
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="144" />
            <source>New support request</source>
            <translation>새 지원 요청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="147" />
            <source>Lock now</source>
            <translation>지금 잠금</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="150" />
            <source>Ctrl+Shift+L</source>
            <translation>Ctrl+Shift+L</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="154" />
            <source>Lock Dodam now</source>
            <translation>도담 지금 잠그기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="156" />
            <source>Quick unlock PIN…</source>
            <translation>빠른 잠금 해제 PIN…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="160" />
            <source>Preferences…</source>
            <translation>환경설정…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="163" />
            <source>Font size and language (Ctrl+,)</source>
            <translation>글자 크기와 언어 (Ctrl+,)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="166" />
            <source>Preferences (font size, language)</source>
            <translation>환경설정 (글자 크기, 언어)</translation>
        </message>
        <message>
            <source>Font size (Ctrl+,)</source>
            <translation type="vanished">글자 크기 (Ctrl+,)</translation>
        </message>
        <message>
            <source>Preferences (font size)</source>
            <translation type="vanished">환경설정 (글자 크기)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="168" />
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="171" />
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="174" />
            <source>Show this list of keyboard shortcuts</source>
            <translation>이 단축키 목록 보기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="178" />
            <source>Log out</source>
            <translation>로그아웃</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="181" />
            <source>Quit</source>
            <translation>끝내기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="183" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="187" />
            <source>Quit Dodam</source>
            <translation>도담 끝내기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="259" />
            <source>Dashboard</source>
            <translation>현황판</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="260" />
            <source>Tasks</source>
            <translation>할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="261" />
            <source>Students</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="262" />
            <source>Cases</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="263" />
            <source>Meetings</source>
            <translation>회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="264" />
            <source>Resources</source>
            <translation>자원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="265" />
            <source>Reports</source>
            <translation>보고서</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="266" />
            <source>Admin</source>
            <translation>관리</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="291" />
            <source>{role}, administrator</source>
            <translation>{role}, 관리자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="293" />
            <source>Logged in as {name} ({username}) — {role}</source>
            <translation>로그인: {name} ({username}) — {role}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="306" />
            <source>DEMO SCHOOL — not real data</source>
            <translation>데모 학교 · DEMO — 실제 자료 아님</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="86" />
            <source>Meeting</source>
            <translation>회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="104" />
            <source>&amp;Overview &amp;&amp; attendees</source>
            <translation>개요·참석자(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="105" />
            <source>A&amp;genda</source>
            <translation>안건(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="106" />
            <source>&amp;Minutes</source>
            <translation>회의록(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="107" />
            <source>Appl&amp;y</source>
            <translation>적용(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="110" />
            <source>&amp;Finalise minutes…</source>
            <translation>회의록 확정(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="112" />
            <source>&amp;Sign minutes</source>
            <translation>회의록 서명(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="114" />
            <source>Add a&amp;ddendum…</source>
            <translation>추가 기록(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Print minutes…</source>
            <translation type="vanished">회의록 인쇄(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="116" />
            <source>Print minutes…</source>
            <translation>회의록 인쇄…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="117" />
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="121" />
            <source>Print the minutes</source>
            <translation>회의록 인쇄</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="124" />
            <source>Show this list of keyboard shortcuts</source>
            <translation>이 단축키 목록 보기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="144" />
            <source>Show the {tab} tab</source>
            <translation>{tab} 탭 보기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="175" />
            <source>Minutes</source>
            <translation>회의록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="228" />
            <source>{year} meeting no. {number}</source>
            <translation>{year}년 제{number}차</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="237" />
            <source>These minutes are already finalised.</source>
            <translation>이미 확정된 회의록입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="241" />
            <source>Only finalised minutes can be signed.</source>
            <translation>확정된 회의록만 서명할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="243" />
            <source>These minutes are already signed.</source>
            <translation>이미 서명한 회의록입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="252" />
            <source>Addenda are added to finalised minutes; until then change the minutes themselves.</source>
            <translation>추가 기록은 확정된 회의록에 덧붙입니다. 확정 전에는 회의록을 직접 고치세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="263" />
            <source>Your account may look at meetings; changing them is for those who manage meetings.</source>
            <translation>이 계정은 회의를 볼 수만 있습니다. 회의 내용은 회의 관리 권한이 있는 사람이 고칩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="266" />
            <source>The minutes are finalised: write an addendum for any change.</source>
            <translation>회의록이 확정되었습니다. 변경 사항은 추가 기록으로 남기세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="279" />
            <source>Name</source>
            <translation>성명</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="280" />
            <source>Position</source>
            <translation>직위</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="281" />
            <source>Organisation</source>
            <translation>소속</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="282" />
            <source>External</source>
            <translation>외부 위원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="283" />
            <source>Present</source>
            <translation>참석</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="288" />
            <source>Add &amp;staff…</source>
            <translation>교직원 추가(&amp;S)…</translation>
        </message>
        <message>
            <source>Add &amp;guest</source>
            <translation type="vanished">외부 위원 추가(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="290" />
            <source>Add g&amp;uest</source>
            <translation>외부 위원 추가(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="292" />
            <source>&amp;Remove</source>
            <translation>삭제(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="296" />
            <source>Save a&amp;ttendees</source>
            <translation>참석자 저장(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="309" />
            <source>Attendees (external guests with position and organisation)</source>
            <translation>참석자(외부 위원은 직위와 소속 포함)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="314" />
            <source>Addenda</source>
            <translation>추가 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="327" />
            <source>Type: {type}</source>
            <translation>종류: {type}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="328" />
            <source>Number: {year} no. {number}</source>
            <translation>회차: {year}년 제{number}차</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="329" />
            <source>Date: {date}</source>
            <translation>일시: {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="330" />
            <source>Place: {place}</source>
            <translation>장소: {place}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="331" />
            <source>Chair: {chair}</source>
            <translation>위원장: {chair}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="332" />
            <source>Status: {status}</source>
            <translation>상태: {status}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="335" />
            <source>Decisions applied: {at}</source>
            <translation>결정 적용: {at}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="337" />
            <source>Finalised: {at}</source>
            <translation>회의록 확정: {at}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="340" />
            <source>Signed by {name} on {at}</source>
            <translation>서명: {name} ({at})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="351" />
            <source>matches the minutes</source>
            <translation>회의록과 일치</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="351" />
            <source>DOES NOT MATCH the minutes</source>
            <translation>회의록과 일치하지 않음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="353" />
            <source>Content hash (SHA-256) {hash}: {state}</source>
            <translation>내용 해시(SHA-256) {hash}: {state}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="358" />
            <source>The minutes are not finalised yet.</source>
            <translation>회의록이 아직 확정되지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="362" />
            <source>{at} — {author}: {text}</source>
            <translation>{at} — {author}: {text}</translation>
        </message>
        <message>
            <source>Add staff</source>
            <translation type="vanished">교직원 추가</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation type="vanished">교직원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="428" />
            <source>Guest</source>
            <translation>외부 위원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="445" />
            <source>Move &amp;up</source>
            <translation>위로 이동(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="447" />
            <source>Move do&amp;wn</source>
            <translation>아래로 이동(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="449" />
            <source>Remo&amp;ve item</source>
            <translation>안건 삭제(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="452" />
            <source>A new item, written by hand</source>
            <translation>직접 작성한 새 안건</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="454" />
            <source>&amp;Add item</source>
            <translation>안건 추가(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="459" />
            <source>&amp;Propose from open work</source>
            <translation>진행 중인 업무에서 제안(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="461" />
            <source>Select a&amp;ll</source>
            <translation>모두 선택(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="463" />
            <source>Select &amp;none</source>
            <translation>선택 해제(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="465" />
            <source>Accept &amp;checked suggestions</source>
            <translation>선택한 제안 받아들이기(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="481" />
            <source>Agenda</source>
            <translation>안건</translation>
        </message>
        <message>
            <source>Suggestions: new requests, cases due for review, overdue tasks (uncheck to drop)</source>
            <translation type="vanished">제안: 새 신청, 점검 예정 사례, 기한이 지난 할 일(빼려면 선택 해제)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="580" />
            <source>Nothing to propose: no new requests, reviews due or overdue tasks.</source>
            <translation>제안할 안건이 없습니다. 새 신청, 점검 예정 사례, 기한이 지난 할 일이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="601" />
            <source>(no decision)</source>
            <translation>(결정 없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="606" />
            <source>(no change of the case's state)</source>
            <translation>(사례 상태 변경 없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="611" />
            <source>What</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="611" />
            <source>Who</source>
            <translation>담당자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="611" />
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="614" />
            <source>Add action &amp;item</source>
            <translation>조치 사항 추가(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="616" />
            <source>Remove action item</source>
            <translation>조치 사항 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="620" />
            <source>Sa&amp;ve item</source>
            <translation>안건 저장(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="632" />
            <source>Dis&amp;cussion</source>
            <translation>협의 내용(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Discussion</source>
            <translation type="vanished">협의 내용(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="487" />
            <source>Suggestions: new requests, cases due for review, overdue tasks (tick those to add)</source>
            <translation>제안: 신규 신청, 점검 시기가 된 사례, 기한이 지난 할 일 (추가할 항목을 선택하세요)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="521" />
            <source>Propose items from open work first.</source>
            <translation>먼저 진행 중인 업무에서 안건을 제안받으세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="527" />
            <source>Tick the suggestions to put on the agenda.</source>
            <translation>안건으로 올릴 제안을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="633" />
            <source>D&amp;ecision</source>
            <translation>결정(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="634" />
            <source>&amp;New case state</source>
            <translation>새 사례 상태(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="635" />
            <source>&amp;Reason</source>
            <translation>사유(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="636" />
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="862" />
            <source>Action items</source>
            <translation>조치 사항</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="710" />
            <source>Unsaved agenda item</source>
            <translation>저장하지 않은 안건</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="711" />
            <source>The agenda item “{title}” has changes that are not saved yet. Save them?</source>
            <translation>안건 “{title}”에 아직 저장하지 않은 내용이 있습니다. 저장할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="746" />
            <source>Unsaved changes</source>
            <translation>저장하지 않은 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="747" />
            <source>The attendees have changes that are not saved yet. Save them?</source>
            <translation>참석자 명단에 아직 저장하지 않은 변경이 있습니다. 저장할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="749" />
            <source>The agenda item “{title}” was typed but not added yet. Add it?</source>
            <translation>안건 “{title}”을(를) 입력했지만 아직 추가하지 않았습니다. 추가할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="753" />
            <source>The attendees and a typed agenda item are not saved yet. Save them?</source>
            <translation>참석자 명단과 입력한 안건을 아직 저장하지 않았습니다. 저장할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="775" />
            <source>Choose an agenda item first.</source>
            <translation>먼저 안건을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="782" />
            <source>The decisions of this item were applied: only the discussion can still change.</source>
            <translation>이 안건의 결정은 이미 적용되었습니다. 협의 내용만 고칠 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="804" />
            <source>The minutes are finalised: changes are written as addenda.</source>
            <translation>회의록이 확정되었습니다. 변경 사항은 추가 기록으로 작성됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="807" />
            <source>Applied on {at}: only the discussion can still change.</source>
            <translation>{at}에 적용됨: 이제 협의 내용만 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="826" />
            <source>(nobody yet)</source>
            <translation>(아직 없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="862" />
            <source>Every action item needs a description.</source>
            <translation>모든 조치 사항에 내용을 적어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="890" />
            <source>&amp;Keep the draft</source>
            <translation>초안 유지(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="893" />
            <source>Discard t&amp;he draft</source>
            <translation>초안 버리기(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="936" />
            <source>The draft could not be kept; save the item.</source>
            <translation>초안을 보관하지 못했습니다. 안건을 저장하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="941" />
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="999" />
            <source>Draft kept at {time}</source>
            <translation>초안 보관 {time}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="996" />
            <source>Restored the unsaved draft of the minutes kept at {time} (agenda item “{title}”).</source>
            <translation>저장하지 않은 회의록 초안을 복원했습니다({time} 보관, 안건 “{title}”). 안건을 저장하면 회의록에 반영됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1027" />
            <source>&amp;Preview</source>
            <translation>미리보기(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1029" />
            <source>&amp;Apply decisions</source>
            <translation>결정 적용(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1043" />
            <source>Applying changes every case state, and creates every task and intervention listed here, all at once — or nothing when one change is refused.</source>
            <translation>적용하면 여기에 나열된 사례 상태를 모두 바꾸고 할 일과 지원 활동을 모두 한꺼번에 만듭니다. 변경이 하나라도 거부되면 아무것도 적용되지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1062" />
            <source>Case {case}: {old} → {new}</source>
            <translation>사례 {case}: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1066" />
            <source>REFUSED: {why}</source>
            <translation>거부됨: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1072" />
            <source>New task: {title} — {who}, due {due}</source>
            <translation>새 할 일: {title} — {who}, 기한 {due}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1073" />
            <source>nobody yet</source>
            <translation>아직 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1079" />
            <source>New intervention for case {case}: {title}</source>
            <translation>사례 {case}의 새 지원 활동: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1083" />
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1102" />
            <source>Nothing left to apply.</source>
            <translation>더 적용할 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1091" />
            <source>Previewing and applying the decisions is for those who manage meetings; the minutes show what was decided.</source>
            <translation>결정 미리보기와 적용은 회의 관리 권한이 있는 사람이 합니다. 결정 내용은 회의록에서 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1096" />
            <source>Your account may not change the state of a case, so it cannot apply the decisions: ask the coordinator. The preview shows what applying will do.</source>
            <translation>이 계정은 사례 상태를 바꿀 권한이 없어 결정을 적용할 수 없습니다. 담당자(코디네이터)에게 적용을 요청하세요. 미리보기에서 적용할 내용을 확인할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1100" />
            <source>Preview first: applying does exactly what the preview lists.</source>
            <translation>먼저 미리보기를 하세요. 적용은 미리보기에 나온 내용을 그대로 실행합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1104" />
            <source>A state change in the list is refused: correct that decision first.</source>
            <translation>목록에 거부된 상태 변경이 있습니다. 먼저 그 결정을 고치세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1106" />
            <source>Your account may not assign interventions, which applying would create.</source>
            <translation>적용하면 지원 활동이 만들어지는데, 이 계정은 지원 활동을 배정할 권한이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1132" />
            <source>Finalised minutes are locked: later changes can only be added as dated addenda.</source>
            <translation>확정된 회의록은 잠기며, 이후 변경 사항은 날짜가 적힌 추가 기록으로만 덧붙일 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1136" />
            <source>{undecided} of {total} agenda items have no decision. Finalise anyway?</source>
            <translation>{total}개 안건 중 {undecided}개에 결정이 없습니다. 그래도 확정할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1140" />
            <source>Finalise now?</source>
            <translation>지금 확정할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meeting_dialog.py" line="1144" />
            <source>Finalise minutes</source>
            <translation>회의록 확정</translation>
        </message>
        <message>
            <source>Finalised minutes are locked: later changes can only be added as dated addenda. Finalise now?</source>
            <translation type="vanished">확정된 회의록은 잠기며, 이후 변경 사항은 날짜가 적힌 추가 기록으로만 덧붙일 수 있습니다. 지금 확정하시겠습니까?</translation>
        </message>
        <message>
            <source>Add addendum</source>
            <translation type="vanished">추가 기록(부기)</translation>
        </message>
        <message>
            <source>Addendum to the minutes</source>
            <translation type="vanished">회의록 추가 기록</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTableModel</name>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_table_model.py" line="14" />
            <source>Meeting</source>
            <translation>회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_table_model.py" line="15" />
            <source>Type</source>
            <translation>종류</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_table_model.py" line="16" />
            <source>Date</source>
            <translation>일시</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_table_model.py" line="17" />
            <source>Place</source>
            <translation>장소</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_table_model.py" line="18" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_table_model.py" line="19" />
            <source>Chair</source>
            <translation>위원장</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_table_model.py" line="24" />
            <source>{year} meeting no. {number}</source>
            <translation>{year}년 제{number}차</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="30" />
            <source>Search by type, place or chair</source>
            <translation>종류, 장소 또는 위원장으로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="37" />
            <source>&amp;New meeting…</source>
            <translation>새 회의(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="40" />
            <source>&amp;Open</source>
            <translation>열기(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="42" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="44" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="47" />
            <source>New meeting (Meetings)</source>
            <translation>새 회의 (회의)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="57" />
            <source>Meetings</source>
            <translation>회의</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="76" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>회의 %n건</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MyInterventionsModel</name>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="38" />
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="40" />
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="44" />
            <source>Intervention</source>
            <translation>지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="46" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="50" />
            <source>This week</source>
            <translation>이번 주</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="52" />
            <source>Last session</source>
            <translation>최근 회기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="57" />
            <source>Hours done</source>
            <translation>실시 시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="58" />
            <source>{done} of {planned} hours</source>
            <translation>{done}/{planned}시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="67" />
            <source>Sessions: {n} · hours {done} of {planned}</source>
            <translation>{n}회 · {done}/{planned}시간</translation>
        </message>
    </context>
    <context>
        <name>NewAccountDialog</name>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="87" />
            <source>New account</source>
            <translation>새 계정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="97" />
            <source>A&amp;dministrator (manages accounts and settings)</source>
            <translation>관리자(계정과 설정 관리)(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="101" />
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="112" />
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="113" />
            <source>&amp;Name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="114" />
            <source>P&amp;osition:</source>
            <translation>직위(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="115" />
            <source>&amp;Role:</source>
            <translation>역할(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="117" />
            <source>Homeroom &amp;grade:</source>
            <translation>담임 학년(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="118" />
            <source>Homeroom &amp;class:</source>
            <translation>담임 반(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="119" />
            <source>&amp;Specialty:</source>
            <translation>전문 분야(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="120" />
            <source>Initial &amp;password:</source>
            <translation>초기 비밀번호(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="121" />
            <source>Repea&amp;t password:</source>
            <translation>비밀번호 확인(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="132" />
            <source>Enter a user name.</source>
            <translation>사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="134" />
            <source>Enter the name to display for this account.</source>
            <translation>이 계정에 표시할 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="138" />
            <source>A homeroom teacher needs a grade and a class.</source>
            <translation>담임교사는 학년과 반이 필요합니다.</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="39" />
            <source>New meeting</source>
            <translation>새 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="52" />
            <source>Meeting room</source>
            <translation>회의실</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="54" />
            <source>e.g. 2026 3rd selection meeting</source>
            <translation>예: 2026년 제3차 선정 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="56" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="67" />
            <source>&amp;Type</source>
            <translation>종류(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="68" />
            <source>&amp;Date</source>
            <translation>날짜(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="69" />
            <source>Ti&amp;me</source>
            <translation>시각(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="71" />
            <source>P&amp;lace</source>
            <translation>장소(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="74" />
            <source>&amp;Staff invited</source>
            <translation>참석 요청 교직원(&amp;S)</translation>
        </message>
        <message>
            <source>T&amp;ime</source>
            <translation type="vanished">시각(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="70" />
            <source>&amp;Number in the year</source>
            <translation>연간 회차(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation type="vanished">장소(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="72" />
            <source>T&amp;itle</source>
            <translation>회의명(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="73" />
            <source>&amp;Chair</source>
            <translation>위원장(&amp;C)</translation>
        </message>
        <message>
            <source>Staff &amp;invited</source>
            <translation type="vanished">참석 요청 교직원(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="79" />
            <source>&amp;Plan meeting</source>
            <translation>회의 예정 등록(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="111" />
            <source>Unsaved meeting</source>
            <translation>등록하지 않은 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="112" />
            <source>This meeting has not been planned yet. Plan it now?</source>
            <translation>이 회의는 아직 등록하지 않았습니다. 지금 등록할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="145" />
            <source>Say where the meeting is held.</source>
            <translation>회의 장소를 적어 주세요.</translation>
        </message>
    </context>
    <context>
        <name>NewReferralDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="71" />
            <source>New referral</source>
            <translation>새 연계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="73" />
            <source>— choose an organisation —</source>
            <translation>— 기관 선택 —</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="81" />
            <source>&amp;Organisation:</source>
            <translation>기관(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="82" />
            <source>&amp;Reason:</source>
            <translation>의뢰 사유(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="83" />
            <source>&amp;Expected answer by:</source>
            <translation>회신 기한(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="98" />
            <source>Choose the organisation to refer the student to.</source>
            <translation>학생을 연계할 기관을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="100" />
            <source>Say why the student is referred.</source>
            <translation>연계 사유를 적어 주세요.</translation>
        </message>
    </context>
    <context>
        <name>NewTaskDialog</name>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="275" />
            <source>New task</source>
            <translation>새 할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="278" />
            <source>Due on</source>
            <translation>기한 있음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="285" />
            <source>(no case)</source>
            <translation>(사례 없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="305" />
            <source>Your account adds tasks for yourself only.</source>
            <translation>이 계정은 자신의 할 일만 추가할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="311" />
            <source>&amp;Task:</source>
            <translation>할 일(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="315" />
            <source>Due:</source>
            <translation>기한:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="316" />
            <source>&amp;Case:</source>
            <translation>사례(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="317" />
            <source>&amp;Assigned to:</source>
            <translation>담당자(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="334" />
            <source>Give the task a title.</source>
            <translation>할 일의 제목을 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="124" />
            <source>Selected note</source>
            <translation>선택한 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="126" />
            <source>&amp;Add note…</source>
            <translation>기록 추가(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="150" />
            <location filename="../../desktop/ui/case_detail/tabs.py" line="28" />
            <source>Notes</source>
            <translation>기록</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="156" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>기록 %n건</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesTableModel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="45" />
            <source>Written</source>
            <translation>작성일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="46" />
            <source>Category</source>
            <translation>분류</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="47" />
            <source>Restricted</source>
            <translation>열람 제한</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="48" />
            <source>Author</source>
            <translation>작성자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="49" />
            <source>Text</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="55" />
            <source>(restricted)</source>
            <translation>(열람 제한)</translation>
        </message>
    </context>
    <context>
        <name>OldCopiesPanel</name>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="67" />
            <source>A backup stays readable with the passwords that were valid when it was taken. Delete old backups and copies you no longer need.</source>
            <translation>백업은 만들 당시 유효했던 비밀번호로 계속 열 수 있습니다. 더 이상 필요 없는 오래된 백업과 사본은 삭제하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="80" />
            <source>&amp;Delete selected…</source>
            <translation>선택한 항목 삭제(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="117" />
            <source>Delete old copies</source>
            <translation>이전 사본 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="118" />
            <source>Delete these copies for good? This cannot be undone.

{copies}</source>
            <translation>다음 사본을 영구히 삭제할까요? 되돌릴 수 없습니다.

{copies}</translation>
        </message>
    </context>
    <context>
        <name>OldCopiesTableModel</name>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="29" />
            <source>Backup</source>
            <translation>백업</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="30" />
            <source>Data before a restore</source>
            <translation>복원 전 자료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="31" />
            <source>Database before an update</source>
            <translation>업데이트 전 데이터베이스</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="43" />
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="46" />
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="52" />
            <source>Made</source>
            <translation>만든 때</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="53" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="54" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/old_copies_panel.py" line="55" />
            <source>Size</source>
            <translation>크기</translation>
        </message>
    </context>
    <context>
        <name>OpenCaseDialog</name>
        <message>
            <location filename="../../desktop/ui/requests/open_case_dialog.py" line="19" />
            <source>Open a case</source>
            <translation>사례 열기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/open_case_dialog.py" line="22" />
            <source>(not chosen yet)</source>
            <translation>(아직 선택하지 않음)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/open_case_dialog.py" line="45" />
            <source>&amp;Open case</source>
            <translation>사례 열기(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/open_case_dialog.py" line="51" />
            <source>Student:</source>
            <translation>학생:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/open_case_dialog.py" line="52" />
            <source>Case &amp;manager:</source>
            <translation>사례 담당자(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/open_case_dialog.py" line="55" />
            <source>&amp;Priority:</source>
            <translation>우선순위(&amp;P):</translation>
        </message>
    </context>
    <context>
        <name>OperationRunner</name>
        <message>
            <location filename="../../desktop/ui/operations.py" line="153" />
            <source>Please wait</source>
            <translation>잠시 기다려 주세요</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="42" />
            <source>New organisation</source>
            <translation>새 기관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="44" />
            <source>Edit organisation</source>
            <translation>기관 정보 수정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="46" />
            <source>Organisation</source>
            <translation>기관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="64" />
            <source>&amp;Recognised as class hours or credits</source>
            <translation>수업 시수 또는 학점으로 인정(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="77" />
            <source>&amp;Name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="78" />
            <source>&amp;Kind:</source>
            <translation>유형(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="79" />
            <source>&amp;Services:</source>
            <translation>제공 서비스(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="80" />
            <source>&amp;Contact person:</source>
            <translation>담당자(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="81" />
            <source>&amp;Phone:</source>
            <translation>전화(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="82" />
            <source>&amp;E-mail:</source>
            <translation>이메일(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="83" />
            <source>&amp;Address:</source>
            <translation>주소(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="85" />
            <source>No&amp;tes:</source>
            <translation>메모(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="121" />
            <source>Active</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="121" />
            <source>Inactive (kept for past referrals)</source>
            <translation>비활성(지난 연계 기록용으로 보관)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="123" />
            <source>{status} · open referrals: {n}</source>
            <translation>{status} · 진행 중인 연계: {n}건</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="152" />
            <source>Enter the organisation's name.</source>
            <translation>기관 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisation_dialog.py" line="155" />
            <source>The e-mail address is not valid.</source>
            <translation>이메일 주소가 올바르지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsTableModel</name>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="18" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="19" />
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="20" />
            <source>Contact person</source>
            <translation>담당자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="21" />
            <source>Phone</source>
            <translation>전화</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="23" />
            <source>Class hours</source>
            <translation>수업 시수</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="28" />
            <source>Services</source>
            <translation>제공 서비스</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="36" />
            <source>{name} (inactive)</source>
            <translation>{name} (비활성)</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="270" />
            <source>Referral outcome</source>
            <translation>연계 결과</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="275" />
            <source>&amp;Close the referral loop</source>
            <translation>연계 종료(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="278" />
            <source>&amp;Outcome:</source>
            <translation>결과(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="282" />
            <source>The organisation has not answered: this withdraws the referral.</source>
            <translation>기관이 아직 회신하지 않았습니다. 이 작업은 연계를 철회합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="296" />
            <source>Describe the outcome of the referral.</source>
            <translation>연계 결과를 적어 주세요.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPanel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="183" />
            <source>Summary:</source>
            <translation>요약:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="184" />
            <source>Need domains:</source>
            <translation>지원 영역:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="185" />
            <source>Reason of the current state:</source>
            <translation>현재 상태의 사유:</translation>
        </message>
        <message>
            <source>Change the state</source>
            <translation type="vanished">상태 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="178" />
            <source>&amp;Edit summary and domains…</source>
            <translation>요약·지원 영역 수정(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="195" />
            <source>Case details</source>
            <translation>사례 정보</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="203" />
            <source>&amp;Next review on</source>
            <translation>다음 점검일(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="209" />
            <source>&amp;Save details</source>
            <translation>정보 저장(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="214" />
            <source>&amp;Priority:</source>
            <translation>우선순위(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="215" />
            <source>&amp;Risk level:</source>
            <translation>위기 수준(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="216" />
            <source>Case &amp;manager:</source>
            <translation>사례 담당자(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="231" />
            <source>Prin&amp;t case summary…</source>
            <translation>사례 요약 인쇄(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="261" />
            <source>You may look at this case; changing its state or details is for the coordinator.</source>
            <translation>이 사례를 볼 수 있지만, 상태나 정보 변경은 담당자(코디네이터)만 할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="274" />
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="311" />
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="328" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="286" />
            <location filename="../../desktop/ui/case_detail/tabs.py" line="23" />
            <source>Overview</source>
            <translation>개요</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="309" />
            <source>(no summary yet)</source>
            <translation>(아직 요약 없음)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="366" />
            <source>Start emergency support</source>
            <translation>긴급 지원 시작</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="368" />
            <source>&amp;Why must support start before selection, consents and plan approval? (e.g. suspected abuse, a risk to the student's safety)</source>
            <translation>선정·동의·계획 승인 전에 지원을 시작해야 하는 사유(&amp;W) (예: 아동학대 의심, 학생 안전 위험)</translation>
        </message>
        <message>
            <source>No further state: the case's path ends here.</source>
            <translation type="vanished">다음 상태가 없습니다. 사례 진행이 여기서 끝납니다.</translation>
        </message>
        <message>
            <source>Move to “{state}”…</source>
            <translation type="vanished">“{state}”(으)로 변경…</translation>
        </message>
        <message>
            <source>Move to “{state}”</source>
            <translation type="vanished">“{state}”(으)로 변경</translation>
        </message>
        <message>
            <source>Not possible now: {why}</source>
            <translation type="vanished">지금은 할 수 없습니다: {why}</translation>
        </message>
        <message>
            <source>Asks for a reason.</source>
            <translation type="vanished">사유를 입력해야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="438" />
            <source>Case summary</source>
            <translation>사례 요약</translation>
        </message>
    </context>
    <context>
        <name>PasswordRules</name>
        <message>
            <source>The password needs at least 8 characters ({n} so far).</source>
            <translation type="vanished">비밀번호는 8자 이상이어야 합니다(현재 {n}자).</translation>
        </message>
        <message>
            <source>Mix at least two kinds of characters: letters, digits, spaces or symbols.</source>
            <translation type="vanished">문자, 숫자, 공백·기호 중 두 종류 이상을 섞어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="19" />
            <source>The password needs at least 10 characters ({n} so far).</source>
            <translation>비밀번호는 10자 이상이어야 합니다(지금 {n}자).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="23" />
            <source>This is a commonly used password (or close to one), which is guessed first.</source>
            <translation>흔히 쓰는 비밀번호(또는 그와 비슷한 것)라서 가장 먼저 추측됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="27" />
            <source>The password contains the user's name or the school's name, which others can guess.</source>
            <translation>비밀번호에 사용자 이름이나 학교 이름이 들어 있어 다른 사람이 추측할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="32" />
            <source>Keyboard rows, repeated characters, sequences and dates are easy to guess.</source>
            <translation>자판 배열, 반복되는 글자, 연속된 문자와 날짜는 추측하기 쉽습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="35" />
            <source>The password is easy to guess: add another word or two. Unusual words are better.</source>
            <translation>추측하기 쉬운 비밀번호입니다. 낱말을 한두 개 더 넣으세요. 흔하지 않은 낱말일수록 좋습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="47" />
            <source>Type the password again to confirm it.</source>
            <translation>확인을 위해 비밀번호를 한 번 더 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="49" />
            <source>The two passwords are not the same.</source>
            <translation>두 비밀번호가 서로 다릅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="54" />
            <source>At least 10 characters, not a common password and not built on your name or the school's. A few words with spaces are easy to remember and hard to guess.</source>
            <translation>10자 이상, 흔한 비밀번호가 아니고 이름이나 학교 이름을 바탕으로 하지 않은 것. 낱말 몇 개를 띄어 쓰면 기억하기 쉽고 추측하기는 어렵습니다.</translation>
        </message>
        <message>
            <source>At least 8 characters, mixing at least two kinds: letters, digits, spaces or symbols.</source>
            <translation type="vanished">8자 이상, 문자·숫자·공백·기호 중 두 종류 이상을 섞어 주세요.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="157" />
            <source>Preview — {document}</source>
            <translation>미리보기 — {document}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/printing/print_flow.py" line="176" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n쪽</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="179" />
            <source>&amp;Print…</source>
            <translation>인쇄(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="180" />
            <source>&amp;Save as PDF…</source>
            <translation>PDF로 저장(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="181" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="211" />
            <source>Print {document}</source>
            <translation>{document} 인쇄</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="229" />
            <location filename="../../desktop/ui/printing/print_flow.py" line="248" />
            <source>Not printed</source>
            <translation>인쇄하지 못함</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="230" />
            <source>The printer could not be started. Check that it is connected and try again.</source>
            <translation>프린터를 시작할 수 없습니다. 프린터가 연결되어 있는지 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="249" />
            <source>Printing stopped: the printer did not take the next page.</source>
            <translation>인쇄가 중단되었습니다. 프린터가 다음 쪽을 받지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="267" />
            <source>Save as PDF</source>
            <translation>PDF로 저장</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="269" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 문서 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="285" />
            <source>Not saved</source>
            <translation>저장하지 못함</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="287" />
            <source>The PDF could not be saved to {path}: {reason}. Choose another place.</source>
            <translation>PDF를 {path}에 저장할 수 없습니다: {reason}. 다른 위치를 선택하세요.</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="41" />
            <source>Quick unlock with a PIN</source>
            <translation>PIN으로 빠른 잠금 해제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="72" />
            <source>Quick unlock needs this computer's credential store (keyring), which is not available for this PC account. Unlock with your password instead.</source>
            <translation>빠른 잠금 해제에는 이 컴퓨터의 자격 증명 저장소(키링)가 필요한데, 이 PC 계정에서는 사용할 수 없습니다. 대신 비밀번호로 잠금을 해제하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="83" />
            <source>With a PIN of at least 6 digits you can unlock Dodam on this PC account after an automatic lock, without typing your whole password. After 3 wrong PINs only the password works until you log in again.</source>
            <translation>6자리 이상의 PIN을 설정하면 이 PC 계정에서 도담이 자동으로 잠긴 뒤 비밀번호 전체를 입력하지 않고 잠금을 해제할 수 있습니다. PIN을 3번 잘못 입력하면 다시 로그인할 때까지 비밀번호로만 해제할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="89" />
            <source>Your &amp;password:</source>
            <translation>내 비밀번호(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="90" />
            <source>New P&amp;IN:</source>
            <translation>새 PIN(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="91" />
            <source>&amp;Repeat the PIN:</source>
            <translation>PIN 확인(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="94" />
            <source>&amp;Set PIN</source>
            <translation>PIN 설정(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="102" />
            <source>&amp;Turn off quick unlock</source>
            <translation>빠른 잠금 해제 끄기(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="114" />
            <source>Enter your password.</source>
            <translation>비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="116" />
            <source>The PIN must be at least 6 digits (digits only).</source>
            <translation>PIN은 6자리 이상이어야 합니다(숫자만 사용).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="118" />
            <source>The two PINs differ.</source>
            <translation>두 PIN이 서로 다릅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="136" />
            <source>The password is not correct.</source>
            <translation>비밀번호가 맞지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="141" />
            <source>The credential store refused to keep the PIN's secret.</source>
            <translation>자격 증명 저장소가 PIN 보안 정보 저장을 거부했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock/pin_dialog.py" line="152" />
            <source>Checking the password…</source>
            <translation>비밀번호를 확인하는 중…</translation>
        </message>
    </context>
    <context>
        <name>PlanPanel</name>
        <message>
            <source>&amp;Version:</source>
            <translation type="vanished">버전(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="143" />
            <source> days</source>
            <translation>일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="144" />
            <source>&amp;Period</source>
            <translation>기간(&amp;P)</translation>
        </message>
        <message>
            <source>Current &amp;state:</source>
            <translation type="vanished">현재 상태(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="126" />
            <source>Versi&amp;on:</source>
            <translation>버전(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="152" />
            <source>Cu&amp;rrent state:</source>
            <translation>현재 상태(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="153" />
            <source>S&amp;trengths:</source>
            <translation>강점(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="154" />
            <source>&amp;Monitoring schedule:</source>
            <translation>점검 일정(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="155" />
            <source>Review &amp;every:</source>
            <translation>점검 주기(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="156" />
            <source>Plan period:</source>
            <translation>계획 기간:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="163" />
            <source>Add &amp;goal…</source>
            <translation>목표 추가(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="164" />
            <source>Edit goal…</source>
            <translation>목표 수정…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="165" />
            <source>Remove goal</source>
            <translation>목표 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="171" />
            <source>Add &amp;action…</source>
            <translation>실행 과제 추가(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="172" />
            <source>Edit action…</source>
            <translation>실행 과제 수정…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="173" />
            <source>Remove action</source>
            <translation>실행 과제 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="175" />
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="478" />
            <source>&amp;New version</source>
            <translation>새 버전(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="176" />
            <source>Sa&amp;ve</source>
            <translation>저장(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="177" />
            <source>Save the draft (Ctrl+S)</source>
            <translation>초안 저장 (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="178" />
            <source>S&amp;ubmit for approval</source>
            <translation>승인 요청(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="179" />
            <source>A&amp;pprove</source>
            <translation>승인(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="181" />
            <source>&amp;Return for revision…</source>
            <translation>보완 요청(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="182" />
            <source>Print p&amp;lan…</source>
            <translation>지원계획 인쇄(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="200" />
            <source>Goals</source>
            <translation>목표</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="203" />
            <source>Actions</source>
            <translation>실행 과제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="244" />
            <source>Save the plan's draft (Plan tab)</source>
            <translation>계획 초안 저장 (지원계획 탭)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="273" />
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="675" />
            <location filename="../../desktop/ui/case_detail/tabs.py" line="25" />
            <source>Support plan</source>
            <translation>지원계획</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="279" />
            <source>v{version} {status} {date} by {name}</source>
            <translation>v{version} {status} {date} ({name})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="285" />
            <source>v{version} {status} {date}</source>
            <translation>v{version} {status} {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="363" />
            <source>This case has no support plan yet.</source>
            <translation>이 사례에는 아직 지원계획이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="416" />
            <source>Approved by {name} on {date}</source>
            <translation>{date} {name} 승인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="451" />
            <source>Your account may not edit support plans; ask the coordinator.</source>
            <translation>이 계정은 지원계획을 수정할 수 없습니다. 코디네이터에게 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="453" />
            <source>Start the plan first.</source>
            <translation>먼저 지원계획을 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="455" />
            <source>This version waits for approval; it can no longer be changed.</source>
            <translation>이 판은 결재를 기다리는 중이라 더 이상 고칠 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="457" />
            <source>An approved or replaced version is not changed; start a new version.</source>
            <translation>승인되었거나 새 판으로 대체된 계획은 고치지 않습니다. 새 판을 만드세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="460" />
            <source>Choose a goal in the list first.</source>
            <translation>먼저 목록에서 목표를 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="461" />
            <source>Choose an action in the list first.</source>
            <translation>먼저 목록에서 실행 과제를 고르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="471" />
            <source>Your account may not start support plans; ask the coordinator.</source>
            <translation>이 계정은 지원계획을 시작할 수 없습니다. 코디네이터에게 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="473" />
            <source>A version is being written or waits for approval; finish it first.</source>
            <translation>작성 중이거나 결재를 기다리는 판이 있습니다. 그 판을 먼저 마무리하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="478" />
            <source>&amp;Start the plan</source>
            <translation>지원계획 작성 시작(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="484" />
            <source>Approving or returning a plan is for the principal.</source>
            <translation>계획 승인과 보완 요청은 교장이 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="486" />
            <source>Nothing to approve: this version has not been submitted for approval.</source>
            <translation>이 판은 결재가 요청되지 않아 승인할 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_panel.py" line="493" />
            <source>There is no plan to print yet.</source>
            <translation>아직 인쇄할 지원계획이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../desktop/ui/settings/preferences_dialog.py" line="61" />
            <source>Preferences</source>
            <translation>환경설정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/preferences_dialog.py" line="74" />
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/preferences_dialog.py" line="76" />
            <source>Font size</source>
            <translation>글자 크기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/preferences_dialog.py" line="79" />
            <source>Use the school's size ({size} pt)</source>
            <translation>학교 기본 크기 사용 ({size} pt)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/preferences_dialog.py" line="85" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/preferences_dialog.py" line="86" />
            <source>Automatic (the system's language)</source>
            <translation>자동(운영체제 언어)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/preferences_dialog.py" line="98" />
            <source>The font size and the language apply to this PC account only; other accounts keep theirs.</source>
            <translation>글자 크기와 언어는 이 PC 계정에만 적용되며, 다른 계정은 각자의 설정을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/preferences_dialog.py" line="107" />
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/preferences_dialog.py" line="129" />
            <source>A new language applies the next time Dodam starts.</source>
            <translation>언어를 바꾸면 다음에 도담을 시작할 때부터 적용됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/preferences_dialog.py" line="131" />
            <source>Restart Dodam to see it in this language: it applies from the next start.</source>
            <translation>이 언어는 다음에 도담을 시작할 때부터 적용됩니다. 지금 보려면 도담을 다시 시작하세요.</translation>
        </message>
        <message>
            <source>The font size applies to this PC account only; other accounts keep theirs.</source>
            <translation type="vanished">글자 크기는 이 PC 계정에만 적용됩니다. 다른 계정은 각자의 크기를 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/preferences_dialog.py" line="105" />
            <source>&amp;Font size:</source>
            <translation>글자 크기(&amp;F):</translation>
        </message>
    </context>
    <context>
        <name>PrintFlow</name>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="312" />
            <source>Preparing the document…</source>
            <translation>문서를 만드는 중…</translation>
        </message>
    </context>
    <context>
        <name>PrintOptionsDialog</name>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="70" />
            <source>Print {document}</source>
            <translation>{document} 인쇄</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="76" />
            <source>Support team meeting</source>
            <translation>학생맞춤통합지원팀 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="77" />
            <source>Consultation with the guardian</source>
            <translation>보호자 상담</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="78" />
            <source>Referral to an organisation</source>
            <translation>외부 기관 연계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="79" />
            <source>Signature of the student and the guardian</source>
            <translation>학생·보호자 서명</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="80" />
            <source>Case file</source>
            <translation>사례 기록철 보관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="87" />
            <source>What is the print for?</source>
            <translation>무엇을 위해 출력합니까?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="88" />
            <source>Purpose</source>
            <translation>목적</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="89" />
            <source>P&amp;urpose:</source>
            <translation>출력 목적(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation type="vanished">출력 목적(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="92" />
            <source>Print &amp;full names</source>
            <translation>실명 출력(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="95" />
            <source>Unchecked, the print shows the case code and the family name only (김○○).</source>
            <translation>선택하지 않으면 사례 번호와 성만 출력됩니다(김○○).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="98" />
            <source>Include &amp;restricted notes</source>
            <translation>열람 제한 메모 포함(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="107" />
            <source>The print is recorded in the access log with its purpose. Print only what is needed.</source>
            <translation>출력 내역은 목적과 함께 접근 기록에 남습니다. 필요한 것만 출력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="116" />
            <source>&amp;Preview…</source>
            <translation>미리보기(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/printing/print_flow.py" line="144" />
            <source>Say what the print is for: it is kept in the access log.</source>
            <translation>출력 목적을 적어 주세요. 접근 기록에 남습니다.</translation>
        </message>
    </context>
    <context>
        <name>ProcedureBar</name>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="30" />
            <source>Request</source>
            <translation>신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="31" />
            <source>Selection</source>
            <translation>선정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="32" />
            <source>Consent</source>
            <translation>동의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="33" />
            <source>Plan</source>
            <translation>계획</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="34" />
            <source>Support</source>
            <translation>지원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="35" />
            <source>Monitoring</source>
            <translation>점검</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="36" />
            <source>Closure</source>
            <translation>종결</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="40" />
            <source>Review the request</source>
            <translation>신청 검토 시작</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="41" />
            <source>Select the student for support</source>
            <translation>지원 대상 학생 선정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="42" />
            <source>Ask for the consents</source>
            <translation>학생·보호자 동의 받기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="43" />
            <source>Write the support plan</source>
            <translation>지원 계획 수립</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="44" />
            <source>Start the support</source>
            <translation>지원 시작</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="45" />
            <source>Review the progress</source>
            <translation>진행 상황 점검</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="46" />
            <source>Close the case</source>
            <translation>사례 종결</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="60" />
            <source>Consents of the student and the guardian: 2 missing</source>
            <translation>학생·보호자 동의 2건 남음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="63" />
            <source>Student's consent: 1 missing</source>
            <translation>학생 동의 1건 남음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="65" />
            <source>Guardian's consent: 1 missing</source>
            <translation>보호자 동의 1건 남음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="68" />
            <source>Waiting for the plan's approval</source>
            <translation>계획 승인 대기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="70" />
            <source>Submit the plan for approval</source>
            <translation>계획 결재 요청 필요</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="72" />
            <source>The support plan is not written yet</source>
            <translation>지원 계획 작성 필요</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="81" />
            <source>Move to “{state}”…</source>
            <translation>“{state}” 상태로 변경…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="83" />
            <source>Move to “{state}”</source>
            <translation>“{state}” 상태로 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="135" />
            <source>Other state…</source>
            <translation>다른 상태로…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="139" />
            <source>Start emergency support…</source>
            <translation>긴급 지원 시작…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="173" />
            <source>current step</source>
            <translation>현재 단계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="177" />
            <source>done</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="181" />
            <source>Now: {state}</source>
            <translation>현재 상태: {state}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="183" />
            <source>Now: {state} (off the usual road)</source>
            <translation>현재 상태: {state} (일반 절차 밖)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="189" />
            <source>Emergency support since {day}: {reason}</source>
            <translation>긴급 지원 중({day}부터): {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="199" />
            <source>The procedure has ended here.</source>
            <translation>절차가 여기서 끝났습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="205" />
            <source>Review the case again</source>
            <translation>사례 다시 검토</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="207" />
            <source>Plan the support again</source>
            <translation>지원 계획 다시 수립</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="209" />
            <source>Next step: {step}</source>
            <translation>다음 단계: {step}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="214" />
            <source>Asks for a reason.</source>
            <translation>사유를 입력해야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="216" />
            <source>Ready to go on.</source>
            <translation>다음 단계로 진행할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/procedure_bar.py" line="252" />
            <source>Not possible now: {why}</source>
            <translation>지금은 할 수 없습니다: {why}</translation>
        </message>
    </context>
    <context>
        <name>PurgeConfirmDialog</name>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="51" />
            <source>Purge records for good</source>
            <translation>자료 영구 삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="54" />
            <source>The records of {students} students, with their {cases} cases and everything under them (requests, consents, plans, interventions, sessions, referrals, notes and tasks), will be deleted for good. This cannot be undone. Meeting minutes keep their text; the audit log keeps its events.

Make sure a recent backup exists if the school must keep one. Type the number of students ({students}) to confirm.</source>
            <translation>학생 {students}명의 자료와 사례 {cases}건 및 그에 딸린 모든 자료(신청, 동의, 지원계획, 지원 활동, 회기, 연계, 기록, 할 일)가 영구 삭제됩니다. 되돌릴 수 없습니다. 회의록의 내용과 접근 기록은 그대로 남습니다.

학교에서 백업을 보관해야 한다면 최근 백업이 있는지 확인하세요. 확인을 위해 학생 수({students})를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="65" />
            <source>Number of students to purge</source>
            <translation>파기할 학생 수</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="74" />
            <source>&amp;Purge for good</source>
            <translation>영구 삭제(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="96" />
            <location filename="../../desktop/ui/admin/retention_panel.py" line="102" />
            <source>Type exactly {students} to confirm.</source>
            <translation>확인을 위해 {students}을(를) 정확히 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="75" />
            <source>Reason for “{state}”</source>
            <translation>“{state}” 사유</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="78" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="88" />
            <source>&amp;Why does the case move to “{state}”?</source>
            <translation>사례를 “{state}” 상태로 바꾸는 사유(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/overview_panel.py" line="104" />
            <source>Write the reason; it is kept with the case's history.</source>
            <translation>사유를 적으세요. 사유는 사례 이력에 함께 보관됩니다.</translation>
        </message>
    </context>
    <context>
        <name>RecordConsentDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="77" />
            <source>Record consent</source>
            <translation>동의 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="81" />
            <source>Name of the person who consents</source>
            <translation>동의하는 사람의 이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="87" />
            <source>— choose an organisation —</source>
            <translation>— 기관 선택 —</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="90" />
            <source>&amp;Given</source>
            <translation>동의(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="91" />
            <source>&amp;Refused</source>
            <translation>거부(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="99" />
            <source>E&amp;xpires on</source>
            <translation>만료일(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="111" />
            <source>&amp;Party:</source>
            <translation>동의 주체(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="112" />
            <source>&amp;Name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="113" />
            <source>P&amp;urpose:</source>
            <translation>목적(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="114" />
            <source>&amp;Organisation:</source>
            <translation>기관(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="115" />
            <source>Decision:</source>
            <translation>결정:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="116" />
            <source>&amp;Date:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="117" />
            <source>&amp;Method:</source>
            <translation>방법(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="118" />
            <source>Expiry:</source>
            <translation>만료:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="119" />
            <source>No&amp;tes:</source>
            <translation>비고(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="125" />
            <source>Record</source>
            <translation>기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="155" />
            <source>A consent to share information needs the organisation that receives it.</source>
            <translation>정보 제공 동의에는 정보를 받는 기관이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="157" />
            <source>A consent cannot be dated in the future.</source>
            <translation>동의일은 미래일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="159" />
            <source>A consent cannot expire before the day it was given.</source>
            <translation>동의 만료일은 동의일보다 앞설 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodePage</name>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="55" />
            <source>Your recovery code</source>
            <translation>복구 코드</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="57" />
            <location filename="../../desktop/ui/setup/wizard.py" line="114" />
            <source>Creating the encrypted school database…</source>
            <translation>암호화된 학교 데이터베이스를 만드는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="74" />
            <source>Write this code down on paper now and keep it in a safe place, away from this PC. It is shown only this once. If every password is forgotten, this code is the only way back into the school's records — without it, nobody (not even IT staff) can open them.</source>
            <translation>지금 이 코드를 종이에 적어 이 PC와 떨어진 안전한 곳에 보관하세요. 이 코드는 이번 한 번만 표시됩니다. 모든 비밀번호를 잊었을 때 학교 기록을 다시 열 수 있는 유일한 방법이며, 이 코드가 없으면 누구도(전산 담당자도) 기록을 열 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="81" />
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="121" />
            <source>The school is ready. One last step:</source>
            <translation>학교가 준비되었습니다. 마지막 단계입니다:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="125" />
            <source>To confirm that you have written it down, type the last group of the code (the four characters after the last dash):</source>
            <translation>코드를 적어 두었는지 확인하기 위해 코드의 마지막 묶음(마지막 - 뒤의 네 글자)을 입력하세요:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="139" />
            <source>Copied</source>
            <translation>복사됨</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="96" />
            <source>Set a new password with the recovery code</source>
            <translation>복구 코드로 새 비밀번호 설정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="101" />
            <source>The recovery code was shown once when the school was set up (24 letters and digits, in groups of four). With it you can set a new password for any account.</source>
            <translation>복구 코드는 학교를 처음 설정할 때 한 번 표시되었습니다(영문자와 숫자 24자, 4자씩 묶음). 이 코드로 어느 계정이든 새 비밀번호를 설정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="124" />
            <source>Recovery code:</source>
            <translation>복구 코드:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="125" />
            <source>User name:</source>
            <translation>사용자 이름:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="126" />
            <source>New password:</source>
            <translation>새 비밀번호:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="127" />
            <source>New password again:</source>
            <translation>새 비밀번호 확인:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="132" />
            <source>Set new password</source>
            <translation>새 비밀번호 설정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="149" />
            <source>Type the recovery code.</source>
            <translation>복구 코드를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="153" />
            <source>Type the user name whose password is to be set.</source>
            <translation>비밀번호를 새로 설정할 사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="174" />
            <source>Setting the new password…</source>
            <translation>새 비밀번호를 설정하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="191" />
            <source>There is no active account with the user name “{name}”.</source>
            <translation>사용자 이름이 “{name}”인 사용 중인 계정이 없습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="198" />
            <source>Too many wrong recovery codes. Wait %n minute(s), then try again (until {time}).</source>
            <translation>
                <numerusform>잘못된 복구 코드를 너무 많이 입력했습니다. %n분 뒤에 다시 시도하세요({time}까지).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReferralLoopsTableModel</name>
        <message>
            <location filename="../../desktop/ui/resources/referral_loops_table_model.py" line="51" />
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/referral_loops_table_model.py" line="52" />
            <source>Organisation</source>
            <translation>기관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/referral_loops_table_model.py" line="53" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/referral_loops_table_model.py" line="54" />
            <source>Sent</source>
            <translation>의뢰일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/referral_loops_table_model.py" line="56" />
            <source>Expected answer</source>
            <translation>회신 예정일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/referral_loops_table_model.py" line="60" />
            <source>While sent: the organisation's answer. Once accepted: delivery of the service.</source>
            <translation>의뢰 중: 기관의 회신 예정일. 수락 후: 서비스 제공 예정일.</translation>
        </message>
    </context>
    <context>
        <name>ReferralStatus</name>
        <message>
            <location filename="../../desktop/ui/resources/referral_loops_table_model.py" line="24" />
            <source>{status} — overdue</source>
            <translation>{status} — 기한 지남</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPanel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="94" />
            <source>&amp;New referral…</source>
            <translation>새 연계(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="95" />
            <source>&amp;Send…</source>
            <translation>의뢰 보내기(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="96" />
            <source>Record &amp;answer…</source>
            <translation>회신 기록(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="97" />
            <source>De&amp;livered…</source>
            <translation>제공 완료(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="98" />
            <source>Out&amp;come…</source>
            <translation>결과(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="99" />
            <source>&amp;Print referral letter…</source>
            <translation>연계 의뢰서 인쇄(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="134" />
            <location filename="../../desktop/ui/case_detail/tabs.py" line="27" />
            <source>Referrals</source>
            <translation>연계</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="144" />
            <source>%n referral(s)</source>
            <translation>
                <numerusform>연계 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="146" />
            <source>{referrals}, {overdue} overdue</source>
            <translation>{referrals}, 기한 지남 {overdue}건</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="349" />
            <source>Referral letter</source>
            <translation>연계 의뢰서</translation>
        </message>
    </context>
    <context>
        <name>RejectedRowsModel</name>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="43" />
            <source>Row</source>
            <translation>행</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="44" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="82" />
            <source>&amp;Period:</source>
            <translation>기간(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="84" />
            <source>&amp;Committee report…</source>
            <translation>위원회 보고서(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="87" />
            <source>Print the committee report of the period (PDF preview first)</source>
            <translation>기간의 위원회 보고서 인쇄(먼저 PDF 미리보기)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="91" />
            <source>E&amp;xport statistics…</source>
            <translation>통계 내보내기(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="94" />
            <source>Counts of the period for the district support center (XLSX; counts 1 to 4 hidden)</source>
            <translation>학생맞춤통합지원센터 제출용 기간별 건수(XLSX, 1~4건은 숨김)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="114" />
            <source>Reports — figures of the team</source>
            <translation>보고서 — 팀 현황 통계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="129" />
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="130" />
            <source>The period ends before it starts. Choose a start date on or before the end date.</source>
            <translation>기간의 종료일이 시작일보다 앞섭니다. 종료일과 같거나 그 이전의 시작일을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="152" />
            <source>Committee report {start} – {end}</source>
            <translation>위원회 보고서 {start} – {end}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="168" />
            <location filename="../../desktop/ui/reports/reports_view.py" line="177" />
            <location filename="../../desktop/ui/reports/reports_view.py" line="184" />
            <location filename="../../desktop/ui/reports/reports_view.py" line="199" />
            <location filename="../../desktop/ui/reports/reports_view.py" line="206" />
            <source>Export statistics</source>
            <translation>통계 내보내기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="169" />
            <source>Purpose of the export (recorded in the access log):</source>
            <translation>내보내는 목적(접근 기록에 남습니다):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="177" />
            <source>Say what the export is for (its purpose).</source>
            <translation>내보내는 목적을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="184" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 통합 문서 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="208" />
            <source>The statistics ({sheets} sheets) were saved to {path}.</source>
            <translation>통계({sheets}개 시트)를 {path}에 저장했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="236" />
            <source>Students</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="237" />
            <source>Cases</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="238" />
            <source>Interventions</source>
            <translation>지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="239" />
            <source>Sessions</source>
            <translation>상담·지원 회기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="240" />
            <source>Meetings</source>
            <translation>회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="241" />
            <source>Organisations</source>
            <translation>기관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="242" />
            <source>Referrals</source>
            <translation>연계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="253" />
            <source>Cases by state</source>
            <translation>상태별 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="259" />
            <source>Cases by need domain</source>
            <translation>지원 영역별 사례</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="59" />
            <source>File a support request</source>
            <translation>지원 신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="67" />
            <source>Type a name or a number</source>
            <translation>이름 또는 번호 입력</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="89" />
            <source>Need domains</source>
            <translation>지원 영역</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="96" />
            <source>What does the student need, and why now?</source>
            <translation>학생에게 무엇이 필요하며, 왜 지금 필요한가요?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="97" />
            <source>Result of the basic-skills diagnosis</source>
            <translation>기초학력 진단 결과</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="98" />
            <source>What the teachers observed</source>
            <translation>교사가 관찰한 내용</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="99" />
            <source>What the guardian said in counselling</source>
            <translation>보호자 상담 내용</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="118" />
            <source>&amp;File request</source>
            <translation>신청(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="124" />
            <source>&amp;Student:</source>
            <translation>학생(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="125" />
            <source>Re&amp;quested by:</source>
            <translation>신청인(&amp;Q):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="126" />
            <source>Requester's &amp;name:</source>
            <translation>신청인 이름(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="128" />
            <source>&amp;Description:</source>
            <translation>신청 내용(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="130" />
            <source>&amp;Basic-skills diagnosis:</source>
            <translation>기초학력 진단(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="134" />
            <source>&amp;Teacher's opinion:</source>
            <translation>교사 의견(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="138" />
            <source>&amp;Guardian counselling:</source>
            <translation>보호자 상담(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="141" />
            <source>&amp;Received on:</source>
            <translation>접수일(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="162" />
            <source>You ({name})</source>
            <translation>본인 ({name})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="165" />
            <source>Name of the student or guardian</source>
            <translation>학생 또는 보호자 이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="187" />
            <source>Choose the student from the list (type a name or a number).</source>
            <translation>목록에서 학생을 선택하세요(이름이나 번호를 입력하세요).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="190" />
            <source>Write the name of the student or guardian who asked for support.</source>
            <translation>지원을 요청한 학생 또는 보호자의 이름을 적으세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="192" />
            <source>Describe what the student needs.</source>
            <translation>학생에게 필요한 지원을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="194" />
            <source>Tick at least one need domain.</source>
            <translation>지원 영역을 하나 이상 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="196" />
            <source>The received date cannot be in the future.</source>
            <translation>접수일은 미래일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="203" />
            <source>Unsaved request</source>
            <translation>제출하지 않은 지원 신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/requests/request_dialog.py" line="204" />
            <source>This support request has not been filed yet. File it now?</source>
            <translation>이 지원 신청은 아직 제출하지 않았습니다. 지금 제출할까요?</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="260" />
            <source>New password for {name}</source>
            <translation>{name}의 새 비밀번호</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="264" />
            <source>New &amp;password:</source>
            <translation>새 비밀번호(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="265" />
            <source>Repea&amp;t password:</source>
            <translation>비밀번호 확인(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="270" />
            <source>{user} logs in with this password from now on; tell it to them in person.</source>
            <translation>이제부터 {user} 사용자는 이 비밀번호로 로그인합니다. 본인에게 직접 알려 주세요.</translation>
        </message>
    </context>
    <context>
        <name>ResourcesView</name>
        <message>
            <source>Search by name, kind or service</source>
            <translation type="vanished">이름, 유형 또는 서비스로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="167" />
            <source>External organisations</source>
            <translation>외부 기관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="90" />
            <source>Internal staff</source>
            <translation>교내 인력</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="77" />
            <source>Search by name, service or contact</source>
            <translation>이름, 서비스 또는 담당자로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="95" />
            <source>Staff workload</source>
            <translation>교직원 업무량</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="104" />
            <source>Resources</source>
            <translation>자원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="118" />
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="119" />
            <source>All kinds</source>
            <translation>전체 유형</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="123" />
            <source>Show &amp;inactive</source>
            <translation>비활성 기관 표시(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="125" />
            <source>&amp;New organisation…</source>
            <translation>새 기관(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="128" />
            <source>&amp;Open…</source>
            <translation>열기(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="130" />
            <source>&amp;Deactivate</source>
            <translation>비활성화(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="132" />
            <source>&amp;Reactivate</source>
            <translation>다시 활성화(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="147" />
            <source>&amp;Kind:</source>
            <translation>유형(&amp;K):</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation type="vanished">유형:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="175" />
            <source>&amp;Overdue only</source>
            <translation>기한 지난 것만(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="193" />
            <source>Referral loops</source>
            <translation>연계 진행 현황</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="230" />
            <source>External organisations ({n})</source>
            <translation>외부 기관 ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="233" />
            <source>Internal staff ({n})</source>
            <translation>교내 인력 ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="244" />
            <source>Referral loops ({n}, {overdue} overdue)</source>
            <translation>연계 진행 현황 ({n}건, 기한 지남 {overdue}건)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/resources/resources_view.py" line="246" />
            <source>%n open loop(s)</source>
            <translation>
                <numerusform>진행 중인 연계 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="312" />
            <source>Deactivate organisation</source>
            <translation>기관 비활성화</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="316" />
            <source>Take {name} out of the directory? It is kept for past referrals, and open referrals with it can still be completed, but no new referral can be made to it.</source>
            <translation>{name}을(를) 기관 목록에서 빼시겠습니까? 지난 연계 기록을 위해 보관되며 이 기관과 진행 중인 연계는 끝까지 처리할 수 있지만, 이 기관으로 새로 연계할 수는 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ResponseDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="207" />
            <source>Record the organisation's answer</source>
            <translation>기관 회신 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="209" />
            <source>&amp;Accepted</source>
            <translation>수락(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="210" />
            <source>&amp;Declined</source>
            <translation>거절(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="217" />
            <source>Answer:</source>
            <translation>회신:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="218" />
            <source>Answered &amp;on:</source>
            <translation>회신일(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="219" />
            <source>Service &amp;delivered by:</source>
            <translation>서비스 제공 예정일(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="238" />
            <source>The answer cannot come before the referral was sent ({day}).</source>
            <translation>회신일은 의뢰일({day})보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="242" />
            <source>The delivery cannot be expected before the answer.</source>
            <translation>서비스 제공 예정일은 회신일보다 앞설 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="73" />
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="182" />
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="230" />
            <source>Restore from backup</source>
            <translation>백업에서 복원</translation>
        </message>
        <message>
            <source>Choose a backup folder (dodam-backup-…). The current school data is kept in a pre-restore folder next to it before the backup replaces it. Log in with a password that was valid when the backup was made.</source>
            <translation type="vanished">백업 폴더(dodam-backup-…)를 선택하세요. 백업으로 바꾸기 전에 현재 학교 데이터는 그 옆의 복원 전 자료 폴더에 보관됩니다. 백업을 만들 당시 유효했던 비밀번호로 로그인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="47" />
            <source>This backup is of another school: {backup_name} (id {backup_id}). The school in this data folder is {current_name} (id {current_id}). To replace it anyway, type the name {expected} below and choose Restore again.</source>
            <translation>이 백업은 다른 학교의 것입니다: {backup_name}(ID {backup_id}). 이 자료 폴더의 학교는 {current_name}(ID {current_id})입니다. 그래도 바꾸려면 아래에 학교 이름 {expected}을(를) 입력하고 다시 [복원]을 누르세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="78" />
            <source>Only an active administrator of this school can restore a backup. Choose a backup folder (dodam-backup-…) and log in with your current password. The current school data is kept in a pre-restore folder next to it before the backup replaces it.</source>
            <translation>이 학교의 활성 관리자만 백업을 복원할 수 있습니다. 백업 폴더(dodam-backup-…)를 선택하고 현재 비밀번호로 로그인하세요. 백업으로 바꾸기 전에 현재 학교 자료는 옆의 pre-restore 폴더에 보관됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="88" />
            <source>Disaster recovery: this data folder holds no school that can be opened (its key file or database is missing or damaged). Log in with the password of an administrator in the backup, or enter the backup's recovery code as the password.</source>
            <translation>재해 복구: 이 자료 폴더에는 열 수 있는 학교가 없습니다(키 파일이나 데이터베이스가 없거나 손상됨). 백업 안의 관리자 비밀번호로 로그인하거나, 비밀번호 칸에 백업의 복구 코드를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="102" />
            <source>&amp;Browse…</source>
            <translation>찾아보기(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="115" />
            <source>Only if your password changed since the backup</source>
            <translation>백업 뒤에 비밀번호를 바꾼 경우에만</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="119" />
            <source>&amp;Backup:</source>
            <translation>백업(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="122" />
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="123" />
            <source>&amp;Password:</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="124" />
            <source>Backup p&amp;assword or recovery code:</source>
            <translation>백업 비밀번호 또는 복구 코드(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="125" />
            <source>&amp;School name to confirm:</source>
            <translation>확인할 학교 이름(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="137" />
            <source>&amp;Restore</source>
            <translation>복원(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="156" />
            <source>Choose a backup folder</source>
            <translation>백업 폴더 선택</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="164" />
            <source>Choose the backup folder.</source>
            <translation>백업 폴더를 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="166" />
            <source>That folder is not a Dodam backup (it has no backup.json).</source>
            <translation>이 폴더는 도담 백업이 아닙니다(backup.json이 없습니다).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="168" />
            <source>Enter the user name and password.</source>
            <translation>사용자 이름과 비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="177" />
            <source>Replace the current school data with this backup? Everything entered after the backup was made is set aside in the pre-restore folder.</source>
            <translation>현재 학교 데이터를 이 백업으로 바꿀까요? 백업 이후에 입력한 내용은 모두 복원 전 자료 폴더에 따로 보관됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="181" />
            <source>This is a disaster recovery.</source>
            <translation>재해 복구입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="201" />
            <source>Checking and restoring the backup…</source>
            <translation>백업을 확인하고 복원하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="217" />
            <source>The backup was restored. The previous data was kept in {folder}.</source>
            <translation>백업을 복원했습니다. 이전 데이터는 {folder}에 보관했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup/restore_dialog.py" line="223" />
            <source>Disaster recovery done: the school that could not be opened was replaced by the backup, restored by an administrator of the backup.</source>
            <translation>재해 복구 완료: 열 수 없던 학교를 백업으로 바꾸었습니다(백업의 관리자가 복원함).</translation>
        </message>
    </context>
    <context>
        <name>RetentionPanel</name>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="127" />
            <source>Records due for purge</source>
            <translation>보존 기간 경과 자료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="128" />
            <source>Search by class or masked name</source>
            <translation>반 또는 가린 이름으로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="133" />
            <source>Decree §10⑤: support records are kept until the student would finish high school, or until age 19 if they left school. Enrolled students are never listed.</source>
            <translation>시행령 제10조제5항: 지원 자료는 학생이 고등학교를 졸업할 시기까지, 학업을 중단한 경우 19세가 될 때까지 보존합니다. 재학 중인 학생은 표시되지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="143" />
            <source> months</source>
            <translation>개월</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="144" />
            <source>&amp;Keep longer by</source>
            <translation>추가 보존 기간(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="146" />
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="152" />
            <source>Select &amp;all</source>
            <translation>모두 선택(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="154" />
            <source>&amp;Purge selected…</source>
            <translation>선택 항목 파기(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="170" />
            <source>Retention and purge</source>
            <translation>보존 기간 및 파기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="186" />
            <source>Only an administrator can review and purge records.</source>
            <translation>자료 검토와 파기는 관리자만 할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="201" />
            <source>{count} students due</source>
            <translation>파기 대상 학생 {count}명</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="230" />
            <source>Saved: records are kept {months} months longer.</source>
            <translation>저장했습니다. 자료를 {months}개월 더 보존합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="261" />
            <source>Purging records and compacting the database…</source>
            <translation>자료를 파기하고 데이터베이스를 정리하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="271" />
            <source>Purged for good: {students} students, {cases} cases, {requests} requests.</source>
            <translation>영구 삭제 완료: 학생 {students}명, 사례 {cases}건, 신청 {requests}건.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="285" />
            <source>Purge failed</source>
            <translation>파기 실패</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_panel.py" line="286" />
            <source>The purge failed and nothing was deleted: {error}</source>
            <translation>파기에 실패하여 아무것도 삭제되지 않았습니다: {error}</translation>
        </message>
    </context>
    <context>
        <name>RetentionTableModel</name>
        <message>
            <location filename="../../desktop/ui/admin/retention_table_model.py" line="13" />
            <source>Would have finished high school</source>
            <translation>고등학교 졸업 시기 도래</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_table_model.py" line="16" />
            <source>Left school, now 19</source>
            <translation>학업 중단, 만 19세 도달</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_table_model.py" line="29" />
            <source>Grade-class</source>
            <translation>학년-반</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_table_model.py" line="33" />
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_table_model.py" line="34" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_table_model.py" line="35" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_table_model.py" line="36" />
            <source>Due since</source>
            <translation>파기 기한</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_table_model.py" line="37" />
            <source>Cases</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_table_model.py" line="39" />
            <source>Open cases</source>
            <translation>진행 중인 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_table_model.py" line="44" />
            <source>Requests</source>
            <translation>신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/retention_table_model.py" line="46" />
            <source>Last activity</source>
            <translation>최근 활동</translation>
        </message>
    </context>
    <context>
        <name>ReturnPlanDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="231" />
            <source>Return for revision</source>
            <translation>보완 요청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="235" />
            <source>What needs revising</source>
            <translation>보완할 내용</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="237" />
            <source>&amp;Reason:</source>
            <translation>사유(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="238" />
            <source>Return</source>
            <translation>반려</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/plan_dialogs.py" line="243" />
            <source>Say what needs revising.</source>
            <translation>보완할 내용을 적으세요.</translation>
        </message>
    </context>
    <context>
        <name>RightsDialog</name>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="191" />
            <source>Change rights of {name}</source>
            <translation>{name}의 권한 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="196" />
            <source>A&amp;dministrator (manages accounts and settings)</source>
            <translation>관리자(계정과 설정 관리)(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="204" />
            <source>&amp;Role:</source>
            <translation>역할(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="206" />
            <source>Homeroom &amp;grade:</source>
            <translation>담임 학년(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="207" />
            <source>Homeroom &amp;class:</source>
            <translation>담임 반(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="209" />
            <source>Every change of rights is recorded in the audit log.</source>
            <translation>모든 권한 변경은 접근 기록에 남습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="221" />
            <source>Choose both a grade and a class, or neither.</source>
            <translation>학년과 반을 모두 선택하거나 둘 다 비워 두세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/account_dialogs.py" line="225" />
            <source>A homeroom teacher needs a grade and a class.</source>
            <translation>담임교사는 학년과 반이 필요합니다.</translation>
        </message>
    </context>
    <context>
        <name>RosterImportDialog</name>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="60" />
            <source>Import the student roster</source>
            <translation>학생 명단 가져오기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="62" />
            <source>No file chosen.</source>
            <translation>선택한 파일이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="64" />
            <source>&amp;Choose file…</source>
            <translation>파일 선택(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="81" />
            <source>Rejected rows:</source>
            <translation>가져올 수 없는 행:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="86" />
            <source>&amp;Import</source>
            <translation>가져오기(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="92" />
            <source>File:</source>
            <translation>파일:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="93" />
            <source>Columns:</source>
            <translation>열:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="94" />
            <source>Rows:</source>
            <translation>행:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="111" />
            <source>Choose the roster file</source>
            <translation>명단 파일 선택</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="113" />
            <source>Roster files (*.csv *.xlsx);;All files (*)</source>
            <translation>명단 파일 (*.csv *.xlsx);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="120" />
            <source>grade</source>
            <translation>학년</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="121" />
            <source>class</source>
            <translation>반</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="122" />
            <source>number</source>
            <translation>번호</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="123" />
            <source>name</source>
            <translation>성명</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="124" />
            <source>sex</source>
            <translation>성별</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="125" />
            <source>date of birth</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="126" />
            <source>student no.</source>
            <translation>학번</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="127" />
            <source>guardian</source>
            <translation>보호자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="128" />
            <source>guardian's relation</source>
            <translation>보호자 관계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="129" />
            <source>guardian's phone</source>
            <translation>보호자 연락처</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="152" />
            <source>{header} → {field}</source>
            <translation>{header} → {field}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="157" />
            <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
            <translation>신규 {new}, 변경 {updated}, 변동 없음 {unchanged}, 거부 {rejected}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="170" />
            <source>%n row(s) cannot be imported. Nothing will be imported until the file is corrected; fix the rows listed and choose the file again.</source>
            <translation>
                <numerusform>%n개 행을 가져올 수 없습니다. 파일을 고칠 때까지 아무것도 가져오지 않습니다. 목록의 행을 고친 뒤 파일을 다시 선택하세요.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="180" />
            <source>Every student in the file is already stored as it is; nothing to import.</source>
            <translation>파일의 모든 학생이 이미 같은 내용으로 저장되어 있어 가져올 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="184" />
            <source>The file is good. Press Import to store every row at once.</source>
            <translation>파일에 문제가 없습니다. 가져오기를 누르면 모든 행을 한 번에 저장합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="205" />
            <source>Nothing was imported.</source>
            <translation>아무것도 가져오지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="210" />
            <source>Imported: {new} new students, {updated} updated, {unchanged} unchanged.</source>
            <translation>가져오기 완료: 신규 학생 {new}명, 변경 {updated}명, 변동 없음 {unchanged}명.</translation>
        </message>
    </context>
    <context>
        <name>SchoolPage</name>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="81" />
            <source>Your school</source>
            <translation>학교 정보</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="83" />
            <source>These details appear on minutes and reports. You can change them later in Admin.</source>
            <translation>회의록과 보고서에 표시되는 정보입니다. 나중에 관리 메뉴에서 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="87" />
            <source>e.g. 도담초등학교</source>
            <translation>예: 도담초등학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="96" />
            <source>&amp;School name:</source>
            <translation>학교 이름(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="97" />
            <source>&amp;Team name:</source>
            <translation>팀 이름(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="98" />
            <source>School &amp;level:</source>
            <translation>학교급(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="127" />
            <source>&amp;Data folder:</source>
            <translation>자료 폴더(&amp;D):</translation>
        </message>
        <message>
            <source>School name:</source>
            <translation type="vanished">학교 이름:</translation>
        </message>
        <message>
            <source>Team name:</source>
            <translation type="vanished">팀 이름:</translation>
        </message>
        <message>
            <source>School level:</source>
            <translation type="vanished">학교급:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="103" />
            <source>Choose another folder…</source>
            <translation>다른 폴더 선택…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="105" />
            <source>Use the default folder</source>
            <translation>기본 폴더 사용</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="117" />
            <source>Keep it on this PC's own disk. To let several PC accounts use the same school, choose a folder they all may change, such as C:\Users\Public\Dodam.</source>
            <translation>이 PC의 디스크에 두세요. 여러 PC 계정이 같은 학교를 쓰게 하려면 모두가 변경할 수 있는 폴더(예: C:\Users\Public\Dodam)를 선택하세요.</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation type="vanished">자료 폴더:</translation>
        </message>
    </context>
    <context>
        <name>SendReferralDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="117" />
            <source>Send referral to {name}</source>
            <translation>{name}에 연계 의뢰 보내기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="125" />
            <source>Send &amp;without the missing consent (override)</source>
            <translation>동의 없이 보내기(예외 처리)(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="129" />
            <source>Why the information is shared without consent, e.g. a suspected abuse report</source>
            <translation>동의 없이 정보를 제공하는 이유(예: 학대 의심 신고)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="132" />
            <source>&amp;Sent on:</source>
            <translation>의뢰일(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="133" />
            <source>&amp;Expected answer by:</source>
            <translation>회신 예정일(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="136" />
            <source>Override &amp;reason:</source>
            <translation>예외 사유(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="150" />
            <source>The student and the guardian both consent to sharing with {name}.</source>
            <translation>학생과 보호자 모두 {name}에 대한 정보 제공에 동의했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="153" />
            <source>Missing: neither the student nor the guardian (or legal representative) has a valid consent to share information with {name} on this day.</source>
            <translation>동의 없음: 이날 기준으로 학생과 보호자(또는 법정대리인) 모두 {name}에 대한 유효한 정보 제공 동의가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="157" />
            <source>Missing: the student's consent to share information with {name} on this day.</source>
            <translation>동의 없음: 이날 기준으로 {name}에 대한 학생의 정보 제공 동의가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="160" />
            <source>Missing: the guardian's (or legal representative's) consent to share information with {name} on this day.</source>
            <translation>동의 없음: 이날 기준으로 {name}에 대한 보호자(또는 법정대리인)의 정보 제공 동의가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="190" />
            <source>The answer cannot be expected before the referral is sent.</source>
            <translation>회신 예정일은 의뢰일보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="195" />
            <source>Record the missing consent first, or tick the override and say why the information is shared without it.</source>
            <translation>먼저 빠진 동의를 기록하거나, 예외 처리를 선택하고 동의 없이 정보를 제공하는 이유를 적으세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/referral_dialogs.py" line="199" />
            <source>Give the reason for sharing without consent.</source>
            <translation>동의 없이 정보를 제공하는 사유를 적으세요.</translation>
        </message>
    </context>
    <context>
        <name>SessionsTableModel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="125" />
            <source>(restricted)</source>
            <translation>(열람 제한)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="131" />
            <source>Date</source>
            <translation>일시</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="133" />
            <source>Duration</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="134" />
            <source>%1 min</source>
            <translation>%1분</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="138" />
            <source>Attendance</source>
            <translation>출석</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="140" />
            <source>Progress</source>
            <translation>진전도</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="145" />
            <source>Logged by</source>
            <translation>기록자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/interventions_panel.py" line="147" />
            <source>Notes</source>
            <translation>메모</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="172" />
            <source>Dodam — set up your school</source>
            <translation>도담 — 학교 설정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="276" />
            <source>Stop setting up?</source>
            <translation>학교 설정을 중단할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="277" />
            <source>The school has not been created yet; what you entered will be lost. Stop setting up?</source>
            <translation>아직 학교를 만들지 않았습니다. 중단하면 입력한 내용이 사라집니다. 학교 설정을 중단할까요?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="288" />
            <source>Recovery code</source>
            <translation>복구 코드</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="290" />
            <source>The school has been created, but the recovery code will not be shown again. Close without confirming that you have written it down?</source>
            <translation>학교는 만들어졌지만 복구 코드는 다시 표시되지 않습니다. 코드를 적어 두었는지 확인하지 않고 닫으시겠습니까?</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsWindow</name>
        <message>
            <location filename="../../desktop/ui/settings/shortcuts_window.py" line="70" />
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/shortcuts_window.py" line="74" />
            <source>Keys</source>
            <translation>키</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/shortcuts_window.py" line="74" />
            <source>Action</source>
            <translation>기능</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/settings/shortcuts_window.py" line="87" />
            <source>Lists and case windows have more shortcuts; hover over a button to see its keys.</source>
            <translation>목록과 사례 창에는 단축키가 더 있습니다. 단추 위에 마우스를 올리면 해당 키가 보입니다.</translation>
        </message>
    </context>
    <context>
        <name>StaffPicker</name>
        <message>
            <location filename="../../desktop/ui/meetings/staff_picker.py" line="55" />
            <source>Filter by name, position or class (e.g. 3-2)</source>
            <translation>이름, 직위 또는 학급으로 찾기 (예: 3-2)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/staff_picker.py" line="67" />
            <source>Select &amp;all shown</source>
            <translation>보이는 항목 모두 선택(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/staff_picker.py" line="70" />
            <source>Select n&amp;one shown</source>
            <translation>보이는 항목 선택 해제(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/staff_picker.py" line="112" />
            <source>Chosen: {count}</source>
            <translation>선택: {count}명</translation>
        </message>
    </context>
    <context>
        <name>StaffTableModel</name>
        <message>
            <location filename="../../desktop/ui/resources/staff_table_model.py" line="19" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/staff_table_model.py" line="20" />
            <source>Position</source>
            <translation>직위</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/staff_table_model.py" line="21" />
            <source>Offers</source>
            <translation>지원 분야</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/staff_table_model.py" line="23" />
            <source>Homeroom</source>
            <translation>담임 학급</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/staff_table_model.py" line="27" />
            <source>Phone</source>
            <translation>전화</translation>
        </message>
    </context>
    <context>
        <name>StateChart</name>
        <message>
            <location filename="../../desktop/ui/dashboard/charts.py" line="155" />
            <source>Cases</source>
            <translation>사례</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="276" />
            <source>Start the intervention</source>
            <translation>지원 활동 시작</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="277" />
            <source>Complete the intervention</source>
            <translation>지원 활동 완료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="278" />
            <source>Stop the intervention</source>
            <translation>지원 활동 중단</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="284" />
            <source>Intervention:</source>
            <translation>지원 활동:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="285" />
            <source>&amp;Date:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="295" />
            <source>The date cannot be in the future.</source>
            <translation>날짜는 미래일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/intervention_dialogs.py" line="299" />
            <source>The intervention started on %1; it cannot end before.</source>
            <translation>지원 활동이 %1에 시작되었으므로 그보다 앞서 끝날 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>StudentDetailDialog</name>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="56" />
            <source>Student: {name}</source>
            <translation>학생: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="68" />
            <source>Name:</source>
            <translation>이름:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="69" />
            <source>Student no.:</source>
            <translation>학번:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="72" />
            <source>Grade, class, number:</source>
            <translation>학년, 반, 번호:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="73" />
            <source>Grade {grade}, class {cls}, no. {number}</source>
            <translation>{grade}학년 {cls}반 {number}번</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="77" />
            <source>Sex:</source>
            <translation>성별:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="78" />
            <source>Date of birth:</source>
            <translation>생년월일:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="81" />
            <source>{status} (since {day})</source>
            <translation>{status} ({day}부터)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="82" />
            <source>Enrolment:</source>
            <translation>학적:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="83" />
            <source>Background:</source>
            <translation>배경:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="84" />
            <source>Family type:</source>
            <translation>가족 형태:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="88" />
            <source>Guardian:</source>
            <translation>보호자:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="89" />
            <source>Guardian's phone:</source>
            <translation>보호자 연락처:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="97" />
            <source>Case history</source>
            <translation>사례 이력</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="100" />
            <source>No case so far.</source>
            <translation>지금까지 사례가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/student_detail.py" line="113" />
            <source>File a support &amp;request…</source>
            <translation>지원 신청(&amp;R)…</translation>
        </message>
    </context>
    <context>
        <name>StudentsTableModel</name>
        <message>
            <location filename="../../desktop/ui/students/students_table_model.py" line="16" />
            <source>Student no.</source>
            <translation>학번</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_table_model.py" line="17" />
            <source>Grade</source>
            <translation>학년</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_table_model.py" line="18" />
            <source>Class</source>
            <translation>반</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_table_model.py" line="19" />
            <source>No.</source>
            <translation>번호</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_table_model.py" line="20" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_table_model.py" line="21" />
            <source>Sex</source>
            <translation>성별</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_table_model.py" line="23" />
            <source>Background</source>
            <translation>배경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_table_model.py" line="28" />
            <source>Case</source>
            <translation>사례 상태</translation>
        </message>
    </context>
    <context>
        <name>StudentsView</name>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="44" />
            <source>Students</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="46" />
            <source>Students of class {grade}-{cls}</source>
            <translation>{grade}학년 {cls}반 학생</translation>
        </message>
        <message>
            <source>Search by name or student number</source>
            <translation type="vanished">이름 또는 학번으로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="54" />
            <source>Search by name, initials (ㄱㄷ), class (3-2) or student number</source>
            <translation>이름, 초성(ㄱㄷ), 반(3-2), 학번으로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="61" />
            <source>Grade</source>
            <translation>학년</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="63" />
            <source>Class</source>
            <translation>반</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="65" />
            <source>Background</source>
            <translation>배경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="66" />
            <source>Any background</source>
            <translation>전체 배경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="70" />
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="71" />
            <source>With or without a case</source>
            <translation>사례 유무 전체</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="72" />
            <source>With a case</source>
            <translation>사례 있음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="73" />
            <source>With an open case</source>
            <translation>진행 중인 사례 있음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="74" />
            <source>Without a case</source>
            <translation>사례 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="79" />
            <source>&amp;Import roster…</source>
            <translation>명단 가져오기(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="82" />
            <source>&amp;Open record</source>
            <translation>학생 정보 열기(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="105" />
            <source>&amp;Grade:</source>
            <translation>학년(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="106" />
            <source>C&amp;lass:</source>
            <translation>반(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="107" />
            <source>&amp;Background:</source>
            <translation>배경(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="108" />
            <source>Ca&amp;se:</source>
            <translation>사례(&amp;S):</translation>
        </message>
        <message>
            <source>Grade:</source>
            <translation type="vanished">학년:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="141" />
            <source>All grades</source>
            <translation>전체 학년</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="141" />
            <source>Grade {n}</source>
            <translation>{n}학년</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="145" />
            <source>All classes</source>
            <translation>전체 반</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="147" />
            <source>Class {n}</source>
            <translation>{n}반</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/students/students_view.py" line="202" />
            <source>%n student(s)</source>
            <translation>
                <numerusform>학생 %n명</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="204" />
            <source>{shown} of {total} students</source>
            <translation>학생 {total}명 중 {shown}명</translation>
        </message>
    </context>
    <context>
        <name>SupportActivityPanel</name>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="101" />
            <source>&amp;Log a session…</source>
            <translation>회기 기록(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="103" />
            <source>&amp;Open case</source>
            <translation>사례 열기(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="104" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="117" />
            <source>My &amp;interventions (planned and under way):</source>
            <translation>내가 맡은 지원 활동 — 예정·진행 중(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="145" />
            <source>Sessions this week ({first} – {last}): {n}</source>
            <translation>이번 주 회기 ({first} ~ {last}): {n}회</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="181" />
            <source>Sessions can be logged once the intervention has started.</source>
            <translation>지원 활동을 시작한 뒤에 회기를 기록할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>TaskItemsModel</name>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_table_model.py" line="25" />
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_table_model.py" line="26" />
            <source>Task</source>
            <translation>할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_table_model.py" line="27" />
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_table_model.py" line="28" />
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_table_model.py" line="29" />
            <source>Assigned to</source>
            <translation>담당자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_table_model.py" line="30" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_table_model.py" line="36" />
            <source>{date} (overdue)</source>
            <translation>{date} (기한 지남)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_table_model.py" line="41" />
            <source>{status} {at}</source>
            <translation>{status} {at}</translation>
        </message>
    </context>
    <context>
        <name>TasksTableModel</name>
        <message>
            <location filename="../../desktop/ui/dashboard/tasks_table_model.py" line="16" />
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/tasks_table_model.py" line="17" />
            <source>Task</source>
            <translation>할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/tasks_table_model.py" line="18" />
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/tasks_table_model.py" line="19" />
            <source>Case</source>
            <translation>사례</translation>
        </message>
    </context>
    <context>
        <name>TasksView</name>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="70" />
            <source>Show</source>
            <translation>표시</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="80" />
            <source>Search by task, case or person</source>
            <translation>할 일, 사례 또는 사람으로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="88" />
            <source>&amp;Mark done</source>
            <translation>완료 처리(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="89" />
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="91" />
            <source>&amp;Reopen</source>
            <translation>다시 열기(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="93" />
            <source>Open &amp;case</source>
            <translation>사례 열기(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="94" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="96" />
            <source>&amp;New task…</source>
            <translation>새 할 일(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="97" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="103" />
            <source>New task (Tasks)</source>
            <translation>새 할 일 (할 일)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="124" />
            <source>Tasks</source>
            <translation>할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="129" />
            <source>My tasks</source>
            <translation>나의 할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="130" />
            <source>My support activities</source>
            <translation>나의 지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="159" />
            <source>My open tasks</source>
            <translation>나의 할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="160" />
            <source>Overdue</source>
            <translation>기한 지남</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="161" />
            <source>Due this week</source>
            <translation>이번 주 기한</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="162" />
            <source>The team's open tasks</source>
            <translation>팀의 남은 할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="163" />
            <source>Done in the last 30 days</source>
            <translation>최근 30일 동안 완료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="169" />
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="200" />
            <source>%n task(s)</source>
            <translation>
                <numerusform>할 일 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="206" />
            <source>My tasks ({n})</source>
            <translation>나의 할 일 ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="207" />
            <source>My support activities ({n})</source>
            <translation>나의 지원 활동 ({n})</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="27" />
            <source>Request</source>
            <translation>신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="28" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="29" />
            <source>Consent</source>
            <translation>동의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="30" />
            <source>Support plan</source>
            <translation>지원계획</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="31" />
            <source>Intervention</source>
            <translation>지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="32" />
            <source>Session</source>
            <translation>회기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="33" />
            <source>Referral</source>
            <translation>연계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="34" />
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="35" />
            <source>Task</source>
            <translation>할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="96" />
            <source>Everything</source>
            <translation>전체</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="100" />
            <source>Search the timeline</source>
            <translation>경과 기록 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="106" />
            <source>&amp;Show:</source>
            <translation>표시(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/tabs.py" line="29" />
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="122" />
            <source>Timeline</source>
            <translation>경과 기록</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="164" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n건</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineTableModel</name>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="76" />
            <source>When</source>
            <translation>일시</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="77" />
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="78" />
            <source>What</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="79" />
            <source>By</source>
            <translation>작성자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="80" />
            <source>Detail</source>
            <translation>세부 내용</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../../desktop/ui/dashboard/charts.py" line="311" />
            <source>New cases</source>
            <translation>새 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/charts.py" line="312" />
            <source>Closed cases</source>
            <translation>종결된 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/charts.py" line="330" />
            <source>Month</source>
            <translation>월</translation>
        </message>
    </context>
    <context>
        <name>UnsavedWork</name>
        <message>
            <location filename="../../desktop/ui/widgets/unsaved.py" line="98" />
            <source>Unsaved changes</source>
            <translation>저장하지 않은 내용</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/unsaved.py" line="99" />
            <source>What you entered in “{title}” has not been saved yet. Save it?</source>
            <translation>“{title}”에 입력한 내용을 아직 저장하지 않았습니다. 저장할까요?</translation>
        </message>
    </context>
    <context>
        <name>VaultMessages</name>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="29" />
            <source>an unknown time</source>
            <translation>알 수 없는 시각</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="33" />
            <source>Dodam is already open for this school by {user} on the computer {host} (since {started}). Close Dodam there first, then try again.</source>
            <translation>이 학교의 도담이 이미 {host} 컴퓨터에서 {user} 사용자로 열려 있습니다({started}부터). 그곳에서 도담을 먼저 닫은 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="38" />
            <source>another user</source>
            <translation>다른 사용자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="39" />
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="47" />
            <source>The file that counts failed log-ins (school.lockout) was missing or damaged, so every account waits %n minute(s) before logging in (until {time}); this will be recorded in the audit log. The recovery code still works.</source>
            <translation>로그인 실패 횟수를 세는 파일(school.lockout)이 없어졌거나 손상되어, 모든 계정이 %n분 동안 로그인을 기다려야 합니다({time}까지). 이 일은 접근 기록에 남습니다. 복구 코드는 그대로 쓸 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="55" />
            <source>Too many failed log-ins for this user name. Wait %n minute(s), then try again (until {time}). Forgot the password? The recovery code still works.</source>
            <translation>이 사용자 이름으로 로그인에 너무 많이 실패하여 로그인이 제한되었습니다. %n분 뒤({time}까지) 다시 시도하세요. 비밀번호를 잊으셨다면 복구 코드는 계속 사용할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="65" />
            <source>That is not a recovery code: a recovery code has 24 letters and digits, in groups of four like 7KQ2-M9XD-…. Check it and try again.</source>
            <translation>복구 코드가 아닙니다. 복구 코드는 7KQ2-M9XD-…처럼 4자씩 묶인 영문자와 숫자 24자입니다. 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="99" />
            <source>The recovery code is not correct. Check it and try again.</source>
            <translation>복구 코드가 맞지 않습니다. 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/storage/errors.py" line="33" />
            <source>The user name or password is not correct. Check Caps Lock and the Korean/English input mode, then try again.</source>
            <translation>사용자 이름 또는 비밀번호가 맞지 않습니다. Caps Lock과 한/영 입력 상태를 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/storage/errors.py" line="55" />
            <source>The key file (school.keys) is missing or damaged, so the school database cannot be unlocked. Nothing has been changed. Ask IT staff to restore school.keys from a backup.</source>
            <translation>열쇠 파일(school.keys)이 없거나 손상되어 학교 데이터베이스를 열 수 없습니다. 아무것도 바뀌지 않았습니다. 전산 담당자에게 백업에서 school.keys를 복원해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/storage/errors.py" line="44" />
            <source>The school database (school.db) is damaged or missing, so it cannot be read. Nothing has been changed. Ask IT staff to restore school.db from the most recent backup.</source>
            <translation>학교 데이터베이스(school.db)가 손상되었거나 없어서 읽을 수 없습니다. 아무것도 바뀌지 않았습니다. 전산 담당자에게 가장 최근 백업에서 school.db를 복원해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/storage/errors.py" line="84" />
            <source>This school database was made by a newer version of Dodam. Install the newer version to open it. Nothing has been changed.</source>
            <translation>이 학교 데이터베이스는 더 새로운 버전의 도담으로 만들어졌습니다. 새 버전을 설치한 뒤 여세요. 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/storage/errors.py" line="95" />
            <source>Updating the school database for this version of Dodam failed. The database was put back exactly as it was, so nothing was lost. Please report this problem to IT staff.</source>
            <translation>이 버전의 도담에 맞게 학교 데이터베이스를 갱신하지 못했습니다. 데이터베이스는 원래 상태로 되돌려졌으므로 잃은 자료는 없습니다. 전산 담당자에게 이 문제를 알려 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/storage/errors.py" line="106" />
            <source>A school database already exists in this folder. Open it instead, or choose an empty folder.</source>
            <translation>이 폴더에는 이미 학교 데이터베이스가 있습니다. 그 데이터베이스를 열거나 빈 폴더를 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/storage/errors.py" line="115" />
            <source>The school data cannot be kept in a network folder: two PCs using it at once could damage the database. Choose a folder on this PC's own disk (backups may go to a network folder).</source>
            <translation>학교 자료는 네트워크 폴더에 둘 수 없습니다. 두 PC가 동시에 쓰면 데이터베이스가 손상될 수 있습니다. 이 PC의 디스크에 있는 폴더를 선택하세요(백업은 네트워크 폴더에 둘 수 있습니다).</translation>
        </message>
        <message>
            <location filename="../../desktop/storage/errors.py" line="19" />
            <source>The school data could not be opened.</source>
            <translation>학교 자료를 열 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="107" />
            <source>Something went wrong: {detail}</source>
            <translation>문제가 발생했습니다: {detail}</translation>
        </message>
    </context>
    <context>
        <name>WeekSessionsModel</name>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="75" />
            <source>Date</source>
            <translation>일시</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="76" />
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="77" />
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="78" />
            <source>Intervention</source>
            <translation>지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="80" />
            <source>Duration</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="81" />
            <source>{n} min</source>
            <translation>{n}분</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="84" />
            <source>Attendance</source>
            <translation>출석</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/support_activity.py" line="85" />
            <source>Logged by</source>
            <translation>기록자</translation>
        </message>
    </context>
    <context>
        <name>WithdrawConsentDialog</name>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="193" />
            <source>Withdraw consent</source>
            <translation>동의 철회</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="197" />
            <source>Why the consent was withdrawn</source>
            <translation>동의를 철회한 이유</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="200" />
            <source>&amp;Withdrawn on:</source>
            <translation>철회일(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="201" />
            <source>&amp;Reason:</source>
            <translation>사유(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="206" />
            <source>Withdraw</source>
            <translation>철회</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="221" />
            <source>A withdrawal cannot be dated in the future.</source>
            <translation>철회일은 미래일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="223" />
            <source>A consent cannot be withdrawn before the day it was given.</source>
            <translation>동의일 이전 날짜로 철회할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_detail/consent_dialogs.py" line="225" />
            <source>Say why the consent was withdrawn.</source>
            <translation>동의를 철회한 이유를 적으세요.</translation>
        </message>
    </context>
    <context>
        <name>WorkloadTableModel</name>
        <message>
            <location filename="../../desktop/ui/resources/workload_view.py" line="25" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/workload_view.py" line="26" />
            <source>Position</source>
            <translation>직위</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/workload_view.py" line="27" />
            <source>Offers</source>
            <translation>지원 분야</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/workload_view.py" line="29" />
            <source>Current interventions</source>
            <translation>현재 지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/workload_view.py" line="35" />
            <source>Hours/week</source>
            <translation>주당 시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/workload_view.py" line="40" />
            <source>Capacity: %1 h/week</source>
            <translation>가용 시간: 주당 %1시간</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/workload_view.py" line="46" />
            <source>Cases managed</source>
            <translation>담당 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/workload_view.py" line="52" />
            <source>Sessions (7 days)</source>
            <translation>회기(최근 7일)</translation>
        </message>
    </context>
    <context>
        <name>WorkloadView</name>
        <message>
            <location filename="../../desktop/ui/resources/workload_view.py" line="77" />
            <source>Search staff by name, position or specialty</source>
            <translation>이름, 직위 또는 전문 분야로 교직원 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/workload_view.py" line="82" />
            <source>Current interventions are those planned or in progress with the person as provider; hours/week is their planned weekly hours summed.</source>
            <translation>현재 지원 활동은 해당 교직원이 제공자로 배정되어 예정되었거나 진행 중인 활동이며, 주당 시간은 그 활동들의 계획된 주당 시간을 합한 것입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/workload_view.py" line="112" />
            <source>%1 staff members</source>
            <translation>교직원 %1명</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <location filename="../../desktop/services/demo.py" line="129" />
            <source>Creating the encrypted database</source>
            <translation>암호화된 데이터베이스를 만드는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="132" />
            <source>Creating the demo accounts</source>
            <translation>데모 계정을 만드는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="160" />
            <source>The demo school is ready</source>
            <translation>데모 학교가 준비되었습니다</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="188" />
            <source>Enrolling students</source>
            <translation>학생을 등록하는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="193" />
            <source>Adding staff and organisations</source>
            <translation>교직원과 기관을 추가하는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="214" />
            <source>Writing case histories</source>
            <translation>사례 기록을 작성하는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="217" />
            <source>Writing meetings and tasks</source>
            <translation>회의와 할 일을 작성하는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="220" />
            <source>Writing the access log</source>
            <translation>접근 기록을 작성하는 중</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The password needs at least 8 characters.</source>
            <translation type="vanished">비밀번호는 8자 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>The password must mix at least two kinds of characters: letters, digits, symbols.</source>
            <translation type="vanished">비밀번호에는 영문자, 숫자, 기호 중 두 종류 이상을 섞어 써야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="96" />
            <source>The password needs at least 10 characters.</source>
            <translation>비밀번호는 10자 이상이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="97" />
            <source>This is a commonly used password (or close to one), which is guessed first.</source>
            <translation>흔히 쓰는 비밀번호(또는 그와 비슷한 것)라서 가장 먼저 추측됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="100" />
            <source>The password contains the user's name or the school's name, which others can guess.</source>
            <translation>비밀번호에 사용자 이름이나 학교 이름이 들어 있어 다른 사람이 추측할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="103" />
            <source>Keyboard rows, repeated characters, sequences and dates are easy to guess.</source>
            <translation>자판 배열, 반복되는 글자, 연속된 문자와 날짜는 추측하기 쉽습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="106" />
            <source>The password is easy to guess: add another word or two. Unusual words are better.</source>
            <translation>추측하기 쉬운 비밀번호입니다. 낱말을 한두 개 더 넣으세요. 흔하지 않은 낱말일수록 좋습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="164" />
            <source>This staff account does not exist.</source>
            <translation>존재하지 않는 교직원 계정입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="171" />
            <source>A homeroom teacher needs a grade and a class.</source>
            <translation>담임교사는 학년과 반이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="174" />
            <source>Grade and class must be between 1 and 20.</source>
            <translation>학년과 반은 1에서 20 사이여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="238" />
            <source>Enter a user name.</source>
            <translation>사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="240" />
            <source>Enter the name to display for this account.</source>
            <translation>이 계정에 표시할 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="247" />
            <source>The user name “{username}” is already taken.</source>
            <translation>사용자 이름 “{username}”은(는) 이미 사용 중입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="314" />
            <source>This account is disabled: enable it before setting its password.</source>
            <translation>사용 중지된 계정입니다. 비밀번호를 설정하기 전에 계정 사용을 재개하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="355" />
            <source>A disabled account cannot be made an administrator.</source>
            <translation>사용 중지된 계정은 관리자로 지정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="359" />
            <source>The last administrator cannot lose the administrator right.</source>
            <translation>마지막 관리자의 관리자 권한은 해제할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="383" />
            <source>This account is already disabled.</source>
            <translation>이미 사용 중지된 계정입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="385" />
            <source>The last administrator cannot be disabled.</source>
            <translation>마지막 관리자는 사용 중지할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="388" />
            <source>You cannot disable your own account.</source>
            <translation>자신의 계정은 사용 중지할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="405" />
            <source>This account is already enabled.</source>
            <translation>이미 사용 중인 계정입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="94" />
            <source>Closing a case needs a reason.</source>
            <translation>사례를 종결하려면 사유가 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="95" />
            <source>Deciding not to select a student needs a reason.</source>
            <translation>미선정으로 결정하려면 사유가 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="96" />
            <source>Putting a case on hold needs a reason.</source>
            <translation>사례를 보류하려면 사유가 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="97" />
            <source>Referring a case to the district support center needs a reason.</source>
            <translation>사례를 학생맞춤통합지원센터에 의뢰하려면 사유가 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="108" />
            <source>The case is already in this state.</source>
            <translation>사례가 이미 이 상태입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="109" />
            <source>The case cannot move to this state from its current state.</source>
            <translation>현재 상태에서는 사례를 이 상태로 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="110" />
            <source>Support needs the consent of the student and of the guardian (or legal representative), recorded separately; neither is valid.</source>
            <translation>지원을 시작하려면 학생과 보호자(또는 법정대리인)의 동의가 각각 기록되어 있어야 하는데, 둘 다 유효하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="115" />
            <source>The student's consent to support is missing, withdrawn or expired.</source>
            <translation>학생의 지원 동의가 없거나 철회되었거나 만료되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="118" />
            <source>The guardian's (or legal representative's) consent to support is missing, withdrawn or expired.</source>
            <translation>보호자(또는 법정대리인)의 지원 동의가 없거나 철회되었거나 만료되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="122" />
            <source>Support can start only with an approved support plan.</source>
            <translation>승인된 지원계획이 있어야 지원을 시작할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="147" />
            <source>The case is no longer open (not selected, referred out or closed); nothing more can be done.</source>
            <translation>이 사례는 더 이상 진행 중이 아닙니다(비선정, 센터 연계 또는 종결). 더 할 수 있는 작업이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="150" />
            <source>Interventions can be assigned once the student is selected for support, or after emergency support is started.</source>
            <translation>지원 활동은 학생이 지원 대상으로 선정된 뒤에, 또는 긴급 지원을 시작한 뒤에 배정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="155" />
            <source>Support can start only once the support plan is approved, or after emergency support is started.</source>
            <translation>지원 계획이 승인되어야(또는 긴급 지원을 시작해야) 지원 활동을 시작할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="159" />
            <source>Sessions can be logged only once the support plan is approved, or after emergency support is started.</source>
            <translation>지원 계획이 승인되어야(또는 긴급 지원을 시작해야) 회기를 기록할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="163" />
            <source>A referral can be sent once the student is selected and both consents are recorded (the case is in planning or support), or after emergency support is started.</source>
            <translation>연계 의뢰는 학생이 선정되고 학생·보호자 동의가 모두 기록된 뒤(계획 수립 또는 지원 단계), 또는 긴급 지원을 시작한 뒤에 보낼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="168" />
            <source>A support plan can be approved once the student is selected and both consents are recorded (the case is in planning or support).</source>
            <translation>지원 계획은 학생이 선정되고 학생·보호자 동의가 모두 기록된 뒤(계획 수립 또는 지원 단계)에 승인할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="173" />
            <source>Emergency support has already been started for this case.</source>
            <translation>이 사례는 이미 긴급 지원을 시작했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="176" />
            <source>Emergency support is started only on an open case whose support has not started yet.</source>
            <translation>긴급 지원은 아직 지원이 시작되지 않은 진행 중인 사례에서만 시작할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="179" />
            <source>Starting emergency support needs a reason.</source>
            <translation>긴급 지원을 시작하려면 사유를 입력해야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="536" />
            <location filename="../../desktop/services/cases.py" line="45" />
            <source>One of the chosen need domains does not exist.</source>
            <translation>선택한 지원 영역 중 존재하지 않는 것이 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="562" />
            <source>This student does not exist.</source>
            <translation>존재하지 않는 학생입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="564" />
            <source>Describe what the student needs.</source>
            <translation>학생에게 필요한 지원을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="567" />
            <source>A request cannot be received in the future.</source>
            <translation>신청 접수일은 미래일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="572" />
            <source>Tick at least one need domain.</source>
            <translation>지원 영역을 하나 이상 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="633" />
            <source>This student already has an open case ({code}); add the request to it instead.</source>
            <translation>이 학생에게는 이미 진행 중인 사례({code})가 있습니다. 신청을 그 사례에 추가하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="642" />
            <location filename="../../desktop/services/cases.py" line="134" />
            <source>The chosen case manager is not an active staff account.</source>
            <translation>선택한 사례 담당자는 사용 중인 교직원 계정이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/lookups.py" line="13" />
            <source>This case does not exist.</source>
            <translation>존재하지 않는 사례입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="55" />
            <source>Your account may see only the state of this case, because it is not assigned to you.</source>
            <translation>이 사례는 이 계정에 배정되지 않았으므로 사례 상태만 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="683" />
            <source>The request and the case are about different students.</source>
            <translation>신청과 사례의 학생이 서로 다릅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="705" />
            <location filename="../../desktop/services/requests.py" line="140" />
            <source>This request does not exist.</source>
            <translation>존재하지 않는 신청입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="707" />
            <source>This request already belongs to a case.</source>
            <translation>이 신청은 이미 사례에 연결되어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="709" />
            <source>This request was withdrawn.</source>
            <translation>철회된 신청입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="117" />
            <source>A consent cannot be dated in the future.</source>
            <translation>동의일은 미래일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="120" />
            <source>A consent cannot expire before the day it was given.</source>
            <translation>동의 만료일은 동의일보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="124" />
            <location filename="../../desktop/services/organisations.py" line="33" />
            <location filename="../../desktop/services/referrals.py" line="262" />
            <source>This organisation does not exist.</source>
            <translation>존재하지 않는 기관입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="129" />
            <source>A consent to share information must name who receives it.</source>
            <translation>정보 제공 동의에는 정보를 받는 곳을 적어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="185" />
            <source>This consent does not exist.</source>
            <translation>존재하지 않는 동의입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="187" />
            <source>This consent has already been withdrawn.</source>
            <translation>이미 철회된 동의입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="191" />
            <source>A consent cannot be withdrawn before the day it was given.</source>
            <translation>동의일 이전 날짜로 철회할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="156" />
            <source>Your account may not view the dashboard.</source>
            <translation>이 계정은 현황판을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="157" />
            <source>Your account may not view all students.</source>
            <translation>이 계정은 전체 학생을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="158" />
            <source>Your account may not view the students of a class.</source>
            <translation>이 계정은 학급 학생을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="161" />
            <source>Your account may not edit student records.</source>
            <translation>이 계정은 학생 정보를 수정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="162" />
            <source>Your account may not import the student roster.</source>
            <translation>이 계정은 학생 명단을 가져올 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="163" />
            <source>Your account may not file a support request.</source>
            <translation>이 계정은 지원 신청을 할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="164" />
            <source>Your account may not view all cases.</source>
            <translation>이 계정은 전체 사례를 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="165" />
            <source>Your account may not view cases.</source>
            <translation>이 계정은 사례를 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="166" />
            <source>Your account may not open or manage cases.</source>
            <translation>이 계정은 사례를 열거나 관리할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="167" />
            <source>Your account may not change the state of a case.</source>
            <translation>이 계정은 사례 상태를 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="168" />
            <source>Your account may not approve support plans.</source>
            <translation>이 계정은 지원계획을 승인할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="169" />
            <source>Your account may not record or withdraw consents.</source>
            <translation>이 계정은 동의를 기록하거나 철회할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="170" />
            <source>Your account may not assign interventions.</source>
            <translation>이 계정은 지원 활동을 배정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="171" />
            <source>Your account may not log support sessions.</source>
            <translation>이 계정은 지원 회기를 기록할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="172" />
            <source>Your account may not view restricted notes.</source>
            <translation>이 계정은 열람 제한 기록을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="173" />
            <source>Your account may not view the directory of organisations.</source>
            <translation>이 계정은 기관 목록을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="176" />
            <source>Your account may not edit the directory of organisations.</source>
            <translation>이 계정은 기관 목록을 수정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="179" />
            <source>Your account may not view meetings.</source>
            <translation>이 계정은 회의를 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="180" />
            <source>Your account may not prepare or record meetings.</source>
            <translation>이 계정은 회의를 준비하거나 기록할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="181" />
            <source>Your account may not sign meeting minutes.</source>
            <translation>이 계정은 회의록에 서명할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="182" />
            <source>Your account may not print reports.</source>
            <translation>이 계정은 보고서를 인쇄할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="183" />
            <source>Your account may not export statistics.</source>
            <translation>이 계정은 통계를 내보낼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="184" />
            <source>Your account may not view the audit log.</source>
            <translation>이 계정은 접근 기록을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="185" />
            <source>Your account may not manage staff accounts.</source>
            <translation>이 계정은 교직원 계정을 관리할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="186" />
            <source>Your account may not change the settings.</source>
            <translation>이 계정은 설정을 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/settings_store.py" line="29" />
            <source>Only an administrator can change settings.</source>
            <translation>설정은 관리자만 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/settings_store.py" line="32" />
            <source>{value} is not a valid value for {key}.</source>
            <translation>{value}은(는) {key}에 쓸 수 없는 값입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/cases.py" line="40" />
            <source>Your account may not add notes to cases.</source>
            <translation>이 계정은 사례에 기록을 추가할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/cases.py" line="41" />
            <source>Only the coordinator or the case manager may change the case's summary and need domains.</source>
            <translation>사례 요약과 지원 영역은 담당자(코디네이터) 또는 사례 담당자만 수정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/cases.py" line="44" />
            <source>A case needs at least one need domain.</source>
            <translation>사례에는 지원 영역이 하나 이상 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/cases.py" line="46" />
            <source>The summary is too long (at most {max} characters).</source>
            <translation>요약이 너무 깁니다(최대 {max}자).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/cases.py" line="129" />
            <source>The risk level must be between 1 and 4.</source>
            <translation>위험도는 1에서 4 사이여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/cases.py" line="138" />
            <source>The next review cannot be before the case was opened ({opened}).</source>
            <translation>다음 점검일은 사례를 연 날({opened})보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/cases.py" line="292" />
            <source>Write the text of the note.</source>
            <translation>기록 내용을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="68" />
            <source>This intervention does not exist.</source>
            <translation>존재하지 않는 지원 활동입니다.</translation>
        </message>
        <message>
            <source>Interventions can be assigned only while the case is open; this case is {state}.</source>
            <translation type="vanished">지원 활동은 사례가 진행 중일 때만 배정할 수 있습니다. 이 사례는 현재 {state} 상태입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="69" />
            <source>An intervention needs a title.</source>
            <translation>지원 활동에는 제목이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="70" />
            <source>The title is too long (at most {max} characters).</source>
            <translation>제목이 너무 깁니다(최대 {max}자).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="71" />
            <source>This support type does not exist or is no longer used.</source>
            <translation>존재하지 않거나 더 이상 쓰지 않는 지원 유형입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="72" />
            <source>Choose exactly one provider: a staff member or an external organisation.</source>
            <translation>제공자를 하나만 선택하세요: 교직원 또는 외부 기관.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="75" />
            <source>This staff member does not exist or their account is inactive.</source>
            <translation>존재하지 않거나 사용 중지된 교직원입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="76" />
            <source>This organisation does not exist or is no longer in the directory.</source>
            <translation>존재하지 않거나 기관 목록에서 빠진 기관입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="79" />
            <source>Planned hours must be between 0 and {max}.</source>
            <translation>계획 시간은 0에서 {max} 사이여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="80" />
            <source>Weekly hours must be between 0 and {max}.</source>
            <translation>주당 시간은 0에서 {max} 사이여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="81" />
            <source>This plan action does not belong to the case's support plan.</source>
            <translation>이 실행 과제는 이 사례의 지원계획에 속하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="82" />
            <source>The intervention is already in this status.</source>
            <translation>지원 활동이 이미 이 상태입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="83" />
            <source>An intervention cannot move from its current status to this one.</source>
            <translation>현재 상태에서는 지원 활동을 이 상태로 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="510" />
            <location filename="../../desktop/services/interventions.py" line="86" />
            <source>The date cannot be in the future.</source>
            <translation>날짜는 미래일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="87" />
            <source>An intervention cannot end before the day it started ({started_on}).</source>
            <translation>지원 활동의 종료일은 시작일({started_on})보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="90" />
            <source>The intervention cannot start: the student's and the guardian's consents to support must both be valid on that day.</source>
            <translation>지원 활동을 시작할 수 없습니다. 그날 학생과 보호자의 지원 동의가 모두 유효해야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="95" />
            <source>Only the coordinator or the staff member who provides this intervention may log its sessions.</source>
            <translation>담당자(코디네이터) 또는 이 지원 활동을 제공하는 교직원만 회기를 기록할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="98" />
            <source>Start the intervention before logging its sessions.</source>
            <translation>회기를 기록하기 전에 지원 활동을 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="99" />
            <source>A session cannot be logged for a day in the future.</source>
            <translation>미래 날짜의 회기는 기록할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="100" />
            <source>The session is dated before the intervention started ({started_on}).</source>
            <translation>회기 날짜가 지원 활동 시작일({started_on})보다 앞섭니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="103" />
            <source>The session is dated after the intervention ended ({ended_on}).</source>
            <translation>회기 날짜가 지원 활동 종료일({ended_on})보다 뒤입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="106" />
            <source>A session lasts between {min} and {max} minutes.</source>
            <translation>회기 시간은 {min}분에서 {max}분 사이여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/interventions.py" line="107" />
            <source>The progress rating is from 1 to 5, or none.</source>
            <translation>진전도는 1에서 5 사이이거나 비워 두어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/organisations.py" line="35" />
            <source>The organisation's name is too long (at most {limit} characters).</source>
            <translation>기관 이름이 너무 깁니다(최대 {limit}자).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/organisations.py" line="36" />
            <source>The contact person's name is too long (at most {limit} characters).</source>
            <translation>담당자 이름이 너무 깁니다(최대 {limit}자).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/organisations.py" line="39" />
            <source>The phone number is too long (at most {limit} characters).</source>
            <translation>전화번호가 너무 깁니다(최대 {limit}자).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/organisations.py" line="40" />
            <source>The e-mail address is too long (at most {limit} characters).</source>
            <translation>이메일 주소가 너무 깁니다(최대 {limit}자).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/organisations.py" line="41" />
            <source>The address is too long (at most {limit} characters).</source>
            <translation>주소가 너무 깁니다(최대 {limit}자).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/organisations.py" line="105" />
            <source>Enter the organisation's name.</source>
            <translation>기관 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/organisations.py" line="107" />
            <source>Choose the kind of organisation.</source>
            <translation>기관 유형을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/organisations.py" line="112" />
            <source>The e-mail address is not valid.</source>
            <translation>올바른 이메일 주소가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/organisations.py" line="124" />
            <source>An active organisation with this name is already in the directory.</source>
            <translation>같은 이름의 사용 중인 기관이 이미 기관 목록에 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/organisations.py" line="217" />
            <source>This organisation is already active.</source>
            <translation>이미 사용 중인 기관입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/organisations.py" line="219" />
            <source>This organisation is already inactive.</source>
            <translation>이미 사용 중지된 기관입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/case_documents.py" line="75" />
            <location filename="../../desktop/services/plans.py" line="54" />
            <source>This support plan does not exist.</source>
            <translation>존재하지 않는 지원계획입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="393" />
            <source>A support plan can be written only for an open case.</source>
            <translation>지원계획은 진행 중인 사례에 대해서만 작성할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="404" />
            <source>Version {version} of the plan is still a draft or awaiting approval; finish it before starting a new version.</source>
            <translation>지원계획 {version}판이 아직 초안이거나 승인 대기 중입니다. 새 판을 시작하기 전에 먼저 마무리하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="476" />
            <source>Goal {number}: the chosen need domain does not exist.</source>
            <translation>목표 {number}: 선택한 지원 영역이 존재하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="479" />
            <source>Goal {number}: describe the goal.</source>
            <translation>목표 {number}: 목표 내용을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="502" />
            <source>Action {number}: describe the action.</source>
            <translation>실행 과제 {number}: 과제 내용을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="506" />
            <source>Action {number}: choose one provider, a staff member or an external organisation.</source>
            <translation>실행 과제 {number}: 제공자를 교직원 또는 외부 기관 중 하나만 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="514" />
            <source>Action {number}: the provider is not an active staff account.</source>
            <translation>실행 과제 {number}: 제공자가 사용 중인 교직원 계정이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="519" />
            <source>Action {number}: this organisation does not exist.</source>
            <translation>실행 과제 {number}: 존재하지 않는 기관입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="523" />
            <source>Action {number}: the person in charge is not an active staff account.</source>
            <translation>실행 과제 {number}: 담당자가 사용 중인 교직원 계정이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="530" />
            <source>Action {number}: it cannot end before it starts.</source>
            <translation>실행 과제 {number}: 종료일이 시작일보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="534" />
            <source>Action {number}: the goal it serves is not in the plan.</source>
            <translation>실행 과제 {number}: 이 과제의 목표가 계획에 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="561" />
            <source>Only a draft can be edited; version {version} is no longer a draft.</source>
            <translation>초안만 수정할 수 있습니다. {version}판은 더 이상 초안이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="565" />
            <source>The review interval must be between 1 and {max} days.</source>
            <translation>점검 주기는 1일에서 {max}일 사이여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="570" />
            <source>Give both the start and the end of the plan's period, or neither.</source>
            <translation>계획 기간은 시작일과 종료일을 모두 입력하거나 모두 비워 두세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="573" />
            <source>The plan's period cannot end before it starts.</source>
            <translation>계획 기간의 종료일은 시작일보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="652" />
            <source>Only a draft can be submitted; version {version} is not a draft.</source>
            <translation>초안만 제출할 수 있습니다. {version}판은 초안이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="656" />
            <source>A support plan needs at least one goal before it is submitted.</source>
            <translation>지원계획을 제출하려면 목표가 하나 이상 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="677" />
            <source>Only a plan awaiting approval can be approved; version {version} is not submitted.</source>
            <translation>승인 대기 중인 계획만 승인할 수 있습니다. {version}판은 제출되지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="748" />
            <source>Only a plan awaiting approval can be returned; version {version} is not submitted.</source>
            <translation>승인 대기 중인 계획만 반려할 수 있습니다. {version}판은 제출되지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="753" />
            <source>Say what needs revising.</source>
            <translation>보완할 내용을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/case_documents.py" line="76" />
            <location filename="../../desktop/services/referrals.py" line="76" />
            <source>This referral does not exist.</source>
            <translation>존재하지 않는 연계입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="77" />
            <source>Sending this referral shares the student's information with {organisation}, which needs the consent of the student and of the guardian (or legal representative) to share with it; neither is valid on {day}. Record the consents, or give the reason for sharing without them.</source>
            <translation>이 연계를 보내면 학생 정보가 {organisation}에 제공되므로, 학생과 보호자(또는 법정대리인)의 정보 제공 동의가 필요합니다. {day} 기준으로 둘 다 유효하지 않습니다. 동의를 기록하거나, 동의 없이 제공하는 사유를 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="83" />
            <source>The student's consent to share information with {organisation} is missing, withdrawn or expired on {day}. Record it, or give the reason for sharing without it.</source>
            <translation>{day} 기준으로 {organisation}에 대한 학생의 정보 제공 동의가 없거나 철회되었거나 만료되었습니다. 동의를 기록하거나, 동의 없이 제공하는 사유를 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="88" />
            <source>The guardian's (or legal representative's) consent to share information with {organisation} is missing, withdrawn or expired on {day}. Record it, or give the reason for sharing without it.</source>
            <translation>{day} 기준으로 {organisation}에 대한 보호자(또는 법정대리인)의 정보 제공 동의가 없거나 철회되었거나 만료되었습니다. 동의를 기록하거나, 동의 없이 제공하는 사유를 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="203" />
            <source>This date cannot be in the future.</source>
            <translation>이 날짜는 미래일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="211" />
            <source>This referral is closed.</source>
            <translation>종결된 연계입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="259" />
            <source>The case is closed; reopen it to refer it.</source>
            <translation>종결된 사례입니다. 연계하려면 사례를 재개하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="265" />
            <location filename="../../desktop/services/referrals.py" line="344" />
            <source>This organisation is no longer in the directory (inactive).</source>
            <translation>이 기관은 더 이상 기관 목록에 없습니다(사용 중지).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="268" />
            <source>Say why the student is referred.</source>
            <translation>학생을 연계하는 사유를 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="339" />
            <source>This referral has already been sent.</source>
            <translation>이미 보낸 연계입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="352" />
            <source>The answer cannot be expected before the referral is sent ({day}).</source>
            <translation>회신 예정일은 연계를 보낸 날({day})보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="404" />
            <source>Only a sent referral that has not been answered yet can get an answer.</source>
            <translation>보냈지만 아직 회신을 받지 않은 연계에만 회신을 기록할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="410" />
            <source>The answer cannot come before the referral was sent ({day}).</source>
            <translation>회신일은 연계를 보낸 날({day})보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="417" />
            <source>The delivery cannot be expected before the answer ({day}).</source>
            <translation>서비스 제공 예정일은 회신일({day})보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="465" />
            <source>Only an accepted referral can be marked as delivered.</source>
            <translation>수락된 연계만 서비스 제공 완료로 표시할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="470" />
            <source>The service cannot be delivered before the organisation accepted it ({day}).</source>
            <translation>서비스 제공일은 기관이 수락한 날({day})보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="510" />
            <source>The organisation has not answered yet: record its answer first, or close (withdraw) the referral.</source>
            <translation>기관이 아직 회신하지 않았습니다. 먼저 회신을 기록하거나, 연계를 종결(철회)하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/referrals.py" line="518" />
            <source>Describe the outcome of the referral.</source>
            <translation>연계 결과를 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/requests.py" line="143" />
            <source>Only a request waiting in the intake queue can be withdrawn; this one is no longer.</source>
            <translation>접수 대기 중인 신청만 철회할 수 있습니다. 이 신청은 이미 접수 대기 상태가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="183" />
            <source>{file} is not a readable roster file: it is neither CSV text in UTF-8 or CP949 (EUC-KR) nor an XLSX workbook.</source>
            <translation>{file}은(는) 읽을 수 있는 명단 파일이 아닙니다. UTF-8 또는 CP949(EUC-KR) CSV 텍스트도, XLSX 통합 문서도 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="188" />
            <source>{file} is not a readable roster file: it is saved as UTF-16 ('Unicode text'). Save it as CSV in UTF-8 or CP949, or as an XLSX workbook.</source>
            <translation>{file}은(는) 읽을 수 있는 명단 파일이 아닙니다. UTF-16('유니코드 텍스트')으로 저장되어 있습니다. UTF-8 또는 CP949 CSV나 XLSX 통합 문서로 저장하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="193" />
            <source>{file} is not a readable roster file: its text is in an encoding other than UTF-8 or CP949 (EUC-KR), so the Korean letters cannot be read. Save it as CSV in UTF-8 or CP949, or as XLSX.</source>
            <translation>{file}은(는) 읽을 수 있는 명단 파일이 아닙니다. UTF-8이나 CP949(EUC-KR)가 아닌 인코딩이라 한글을 읽을 수 없습니다. UTF-8 또는 CP949 CSV나 XLSX로 저장하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="198" />
            <source>{file} is an old Excel (.xls) workbook, which cannot be read. Open it in Excel and save it as XLSX or as CSV.</source>
            <translation>{file}은(는) 읽을 수 없는 이전 Excel(.xls) 통합 문서입니다. Excel에서 열어 XLSX 또는 CSV로 저장하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="203" />
            <source>{file} is not a readable roster file: the XLSX workbook cannot be opened.</source>
            <translation>{file}은(는) 읽을 수 있는 명단 파일이 아닙니다. XLSX 통합 문서를 열 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="206" />
            <source>{file} is not a readable roster file: line {line} holds a control character ({character}), which never occurs in a roster's text. Save the roster again from the school's system as CSV or XLSX and import that file.</source>
            <translation>{file}은(는) 읽을 수 있는 명단 파일이 아닙니다. {line}번째 줄에 명단 글자에는 쓰이지 않는 제어 문자({character})가 있습니다. 학교 시스템에서 명단을 CSV 또는 XLSX로 다시 저장해 그 파일을 가져오세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="339" />
            <source>The file {file} cannot be opened.</source>
            <translation>{file} 파일을 열 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="342" />
            <location filename="../../desktop/services/roster_import.py" line="350" />
            <source>The file {file} is empty.</source>
            <translation>{file} 파일이 비어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="357" />
            <source>The roster {file} has no name column: add a column headed 성명 or 이름.</source>
            <translation>명단 {file}에 이름 열이 없습니다. 제목이 성명 또는 이름인 열을 추가하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="363" />
            <source>No roster header was found in {file}: a row must name the columns 성명 (or 이름) and 학년, 반, 번호.</source>
            <translation>{file}에서 명단 제목 행을 찾을 수 없습니다. 성명(또는 이름), 학년, 반, 번호 열 제목이 있는 행이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="374" />
            <source>The roster {file} has no column for {columns}.</source>
            <translation>명단 {file}에 {columns} 열이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="386" />
            <source>The roster {file} has a header but no students.</source>
            <translation>명단 {file}에 제목 행만 있고 학생이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="598" />
            <source>The students were changed while the roster was being checked. Nothing was imported; check the file again.</source>
            <translation>명단을 확인하는 동안 학생 정보가 바뀌었습니다. 아무것도 가져오지 않았습니다. 파일을 다시 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="612" />
            <source>{count} rows of the roster cannot be imported. Nothing was imported; correct the file and try again.</source>
            <translation>명단에서 {count}개 행을 가져올 수 없습니다. 아무것도 가져오지 않았습니다. 파일을 고친 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/students.py" line="81" />
            <source>This student does not exist or is not visible to your account.</source>
            <translation>존재하지 않거나 이 계정으로 볼 수 없는 학생입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" line="91" />
            <source>Your account may not view the team's tasks.</source>
            <translation>이 계정은 팀의 할 일을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" line="150" />
            <source>This task does not exist.</source>
            <translation>존재하지 않는 할 일입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" line="153" />
            <source>Your account may not change a task assigned to someone else.</source>
            <translation>이 계정은 다른 사람에게 배정된 할 일을 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" line="169" />
            <source>The task is already in this state.</source>
            <translation>할 일이 이미 이 상태입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" line="210" />
            <source>Only a staff account may add tasks.</source>
            <translation>교직원 계정만 할 일을 추가할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" line="213" />
            <source>Give the task a title.</source>
            <translation>할 일의 제목을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" line="215" />
            <source>A task title may be at most 200 characters.</source>
            <translation>할 일 제목은 200자를 넘을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" line="220" />
            <source>Your account may not assign tasks to someone else.</source>
            <translation>이 계정은 다른 사람에게 할 일을 배정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" line="225" />
            <source>A task can only be assigned to an active staff account.</source>
            <translation>할 일은 사용 중인 교직원 계정에만 배정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/committee.py" line="458" />
            <source>The period ends before it starts ({start} to {end}).</source>
            <translation>기간의 종료일이 시작일보다 앞섭니다({start} ~ {end}).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/minutes.py" line="104" />
            <location filename="../../desktop/services/meetings.py" line="58" />
            <source>This meeting does not exist.</source>
            <translation>존재하지 않는 회의입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="59" />
            <source>This agenda item does not exist.</source>
            <translation>존재하지 않는 안건입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="60" />
            <source>These minutes are finalised and locked; write an addendum for any change.</source>
            <translation>확정되어 잠긴 회의록입니다. 변경 사항은 추가 기록으로 작성하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="63" />
            <source>Meeting number {number} of {year} already exists.</source>
            <translation>{year}년 제{number}차 회의가 이미 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="64" />
            <source>The meeting number must be 1 or more.</source>
            <translation>회차는 1 이상이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="65" />
            <source>The chair must be an active staff account.</source>
            <translation>위원장은 사용 중인 교직원 계정이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="66" />
            <source>An attendee is not an active staff account.</source>
            <translation>참석자 중 사용 중인 교직원 계정이 아닌 사람이 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="67" />
            <source>Every attendee needs a name.</source>
            <translation>모든 참석자의 이름을 적어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="68" />
            <source>An external guest needs their organisation.</source>
            <translation>외부 위원은 소속을 적어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="69" />
            <source>Give the agenda item a title.</source>
            <translation>안건 제목을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="70" />
            <source>A decision that changes a case's state needs an agenda item about a case.</source>
            <translation>사례 상태를 바꾸는 결정은 사례에 관한 안건에서만 할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="73" />
            <source>Every action item needs a description.</source>
            <translation>모든 조치 사항에 내용을 적어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="74" />
            <source>The decisions of this item were applied; its decision and action items stay as they are.</source>
            <translation>이 안건의 결정은 이미 적용되었습니다. 결정과 조치 사항은 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="77" />
            <source>An agenda item whose decision was applied cannot be removed.</source>
            <translation>결정이 적용된 안건은 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="78" />
            <source>There is no decision or action item left to apply.</source>
            <translation>더 적용할 결정이나 조치 사항이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="79" />
            <source>Nothing was applied: the state change of case {case} is refused. Correct the decision first.</source>
            <translation>아무것도 적용되지 않았습니다. 사례 {case}의 상태 변경이 거부되었습니다. 먼저 결정을 고치세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="83" />
            <source>Another decision of this meeting already changes the state of this case.</source>
            <translation>이 회의의 다른 결정이 이미 이 사례의 상태를 바꿉니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="86" />
            <source>These minutes are already finalised.</source>
            <translation>이미 확정된 회의록입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="87" />
            <source>Only finalised minutes can be signed or amended.</source>
            <translation>확정된 회의록만 서명하거나 추가 기록할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="88" />
            <source>These minutes are already signed.</source>
            <translation>이미 서명된 회의록입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="89" />
            <source>Write the text of the addendum.</source>
            <translation>추가 기록의 내용을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/meetings.py" line="90" />
            <source>Your account may not add addenda to minutes.</source>
            <translation>이 계정은 회의록에 추가 기록을 할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="23" />
            <source>Say what the print is for (its purpose).</source>
            <translation>출력 목적을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="25" />
            <source>Your account may not print restricted notes.</source>
            <translation>이 계정은 열람 제한 기록을 출력할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stats_export.py" line="385" />
            <source>Say what the export is for (its purpose).</source>
            <translation>내보내는 목적을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stats_export.py" line="387" />
            <source>The period ends before it starts.</source>
            <translation>기간의 종료일이 시작일보다 앞섭니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/stats_export.py" line="395" />
            <source>The file could not be written ({reason}). Check that the disk is not full and that the file is not open in another program, then try again.</source>
            <translation>파일을 저장할 수 없습니다({reason}). 디스크 공간이 충분한지, 다른 프로그램에서 파일을 열어 두지 않았는지 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/audit_review.py" line="185" />
            <source>“{month}” is not a month (YYYY-MM).</source>
            <translation>“{month}”은(는) 올바른 월(YYYY-MM)이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/audit_review.py" line="436" />
            <source>The month {month} has not started yet: it cannot be reviewed.</source>
            <translation>{month}은(는) 아직 시작되지 않은 달이어서 검토할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/audit_review.py" line="442" />
            <source>The month {month} was already reviewed by {name}.</source>
            <translation>{month}은(는) 이미 {name}이(가) 검토했습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/audit_review.py" line="523" />
            <source>Audit events are kept for at least {years} years: this deletion would remove newer ones.</source>
            <translation>접근 기록은 최소 {years}년 동안 보관합니다. 이 삭제로 그보다 최근 기록이 지워지게 됩니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="92" />
            <source>Only an administrator can change backups or restore one.</source>
            <translation>백업 설정 변경과 복원은 관리자만 할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="102" />
            <source>The folder {folder} does not exist or is not connected.</source>
            <translation>{folder} 폴더가 없거나 연결되어 있지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="136" />
            <source>No backup folder is set. Choose one in the backup settings first.</source>
            <translation>백업 폴더가 설정되지 않았습니다. 먼저 백업 설정에서 폴더를 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="196" />
            <source>This backup is of another school: {backup_name} (id {backup_id}). The school in the data folder is {current_name} (id {current_id}). To replace it, type the name {expected} to confirm.</source>
            <translation>이 백업은 다른 학교의 것입니다: {backup_name}(ID {backup_id}). 자료 폴더의 학교는 {current_name}(ID {current_id})입니다. 바꾸려면 학교 이름 {expected}을(를) 입력해 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="258" />
            <source>Only an active administrator of this school can restore a backup. Nothing has been changed.</source>
            <translation>이 학교의 활성 관리자만 백업을 복원할 수 있습니다. 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="357" />
            <source>Your current password does not open this backup: the password was changed after the backup was made. Enter the password you had then, or the backup's recovery code, as the backup password.</source>
            <translation>현재 비밀번호로는 이 백업을 열 수 없습니다. 백업을 만든 뒤에 비밀번호가 바뀌었습니다. 그때의 비밀번호나 백업의 복구 코드를 백업 비밀번호로 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="485" />
            <source>{name} could not be deleted: {reason}</source>
            <translation>{name}을(를) 삭제할 수 없습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/retention.py" line="87" />
            <source>Choose at least one student to purge.</source>
            <translation>파기할 학생을 한 명 이상 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/retention.py" line="88" />
            <source>{count} of the chosen students are not due for purge; nothing was deleted.</source>
            <translation>선택한 학생 중 {count}명은 파기 대상이 아니어서 아무것도 삭제하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/feedback.py" line="23" />
            <source>The change could not be saved: the disk that holds the school data is full or cannot be written. Nothing was changed. Free some space or check the drive, then try again.</source>
            <translation>변경 내용을 저장할 수 없습니다. 학교 데이터가 있는 디스크가 가득 찼거나 쓸 수 없습니다. 아무것도 바뀌지 않았습니다. 공간을 확보하거나 드라이브를 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_admin.py" line="330" />
            <source>Only an active administrator may manage staff accounts.</source>
            <translation>활성 상태인 관리자만 교직원 계정을 관리할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli_admin.py" line="366" />
            <source>There is no account named “{username}”.</source>
            <translation>“{username}” 계정이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/restricted_text.py" line="45" />
            <source>A restricted note cannot be saved yet: the coordinator or the principal must sign in once first, so that the key of restricted notes is set up.</source>
            <translation>제한 기록을 아직 저장할 수 없습니다. 제한 기록의 열쇠가 준비되도록 팀 코디네이터나 교장이 먼저 한 번 로그인해야 합니다.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../desktop/ui/labels.py" line="47" />
            <source>Requested</source>
            <translation>신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="48" />
            <source>Under review</source>
            <translation>검토 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="49" />
            <source>Selected</source>
            <translation>선정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="50" />
            <source>Not selected</source>
            <translation>미선정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="51" />
            <source>On hold</source>
            <translation>보류</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="52" />
            <source>Referred to district center</source>
            <translation>지원센터 의뢰</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="53" />
            <source>Awaiting consent</source>
            <translation>동의 대기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="54" />
            <source>Planning</source>
            <translation>계획 수립</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="55" />
            <source>Active support</source>
            <translation>지원 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="56" />
            <source>Monitoring</source>
            <translation>점검</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="57" />
            <location filename="../../desktop/ui/labels.py" line="144" />
            <source>Closed</source>
            <translation>종결</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="58" />
            <source>Reopened</source>
            <translation>재개</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="61" />
            <source>Low</source>
            <translation>낮음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="62" />
            <source>Medium</source>
            <translation>보통</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="63" />
            <source>High</source>
            <translation>높음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="64" />
            <source>Urgent</source>
            <translation>긴급</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="67" />
            <source>Selection meeting</source>
            <translation>선정 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="68" />
            <source>Planning meeting</source>
            <translation>계획 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="69" />
            <source>Review meeting</source>
            <translation>점검 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="70" />
            <source>Closure meeting</source>
            <translation>종결 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="71" />
            <source>Emergency meeting</source>
            <translation>긴급 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="74" />
            <location filename="../../desktop/ui/labels.py" line="147" />
            <source>Planned</source>
            <translation>예정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="75" />
            <source>Held</source>
            <translation>개최</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="76" />
            <source>Minutes finalised</source>
            <translation>회의록 확정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="79" />
            <source>Community service center</source>
            <translation>행정복지센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="80" />
            <source>Dream Start</source>
            <translation>드림스타트</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="81" />
            <source>Social welfare center</source>
            <translation>사회복지관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="82" />
            <source>Mental health welfare center</source>
            <translation>정신건강복지센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="83" />
            <source>Child protection agency</source>
            <translation>아동보호전문기관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="84" />
            <source>Youth counselling center</source>
            <translation>청소년상담복지센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="85" />
            <source>Wee center</source>
            <translation>Wee센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="86" />
            <source>Community child center</source>
            <translation>지역아동센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="87" />
            <source>Multicultural family center</source>
            <translation>가족센터(다문화)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="90" />
            <source>Police (school officer)</source>
            <translation>경찰(학교전담경찰관)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="91" />
            <source>Hospital</source>
            <translation>병원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="92" />
            <source>NGO</source>
            <translation>민간단체(NGO)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="93" />
            <source>Career experience center</source>
            <translation>진로체험지원센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="94" />
            <source>Shared-school program</source>
            <translation>공유학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="95" />
            <source>Online-school program</source>
            <translation>온라인학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="96" />
            <source>District support center</source>
            <translation>학생맞춤통합지원센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="97" />
            <location filename="../../desktop/ui/labels.py" line="131" />
            <location filename="../../desktop/ui/labels.py" line="207" />
            <location filename="../../desktop/ui/labels.py" line="225" />
            <source>Other</source>
            <translation>기타</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="100" />
            <source>Coordinator</source>
            <translation>담당자(코디네이터)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="101" />
            <source>Principal</source>
            <translation>교장·교감</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="102" />
            <source>Head teacher</source>
            <translation>부장교사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="103" />
            <source>Specialist teacher</source>
            <translation>전문 교사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="104" />
            <source>Homeroom teacher</source>
            <translation>담임교사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="107" />
            <source>Elementary school</source>
            <translation>초등학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="108" />
            <source>Middle school</source>
            <translation>중학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="109" />
            <source>High school</source>
            <translation>고등학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="112" />
            <source>M</source>
            <translation>남</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="113" />
            <source>F</source>
            <translation>여</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="116" />
            <source>Homeroom</source>
            <translation>담임 학급</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="117" />
            <source>Counsellor (Wee class)</source>
            <translation>전문상담교사(Wee클래스)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="118" />
            <source>School nurse</source>
            <translation>보건교사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="119" />
            <source>Educational welfare officer</source>
            <translation>교육복지사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="120" />
            <source>Special education</source>
            <translation>특수교육</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="121" />
            <source>Basic skills (Do-Dream)</source>
            <translation>기초학력(두드림)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="122" />
            <source>Career guidance</source>
            <translation>진로 지도</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="123" />
            <source>Administration</source>
            <translation>행정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="126" />
            <source>Case review</source>
            <translation>사례 점검</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="127" />
            <source>Action item</source>
            <translation>실행 과제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="128" />
            <source>Referral follow-up</source>
            <translation>연계 확인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="129" />
            <location filename="../../desktop/ui/labels.py" line="310" />
            <source>Consent</source>
            <translation>동의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="130" />
            <source>New assignment</source>
            <translation>신규 배정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="134" />
            <source>Open</source>
            <translation>진행 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="135" />
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="136" />
            <location filename="../../desktop/ui/labels.py" line="155" />
            <source>Cancelled</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="139" />
            <source>Draft (not sent)</source>
            <translation>작성 중(미발송)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="140" />
            <source>Sent, awaiting answer</source>
            <translation>발송, 회신 대기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="141" />
            <source>Accepted</source>
            <translation>수락</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="142" />
            <source>Declined</source>
            <translation>거절</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="143" />
            <source>Service delivered</source>
            <translation>서비스 제공 완료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="148" />
            <source>In progress</source>
            <translation>진행 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="149" />
            <source>Completed</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="150" />
            <source>Stopped</source>
            <translation>중단</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="153" />
            <source>Attended</source>
            <translation>출석</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="154" />
            <source>Absent</source>
            <translation>결석</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="158" />
            <location filename="../../desktop/ui/labels.py" line="190" />
            <location filename="../../desktop/ui/labels.py" line="320" />
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="159" />
            <location filename="../../desktop/ui/labels.py" line="191" />
            <source>Guardian</source>
            <translation>보호자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="160" />
            <source>Legal representative</source>
            <translation>법정대리인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="163" />
            <source>Support</source>
            <translation>지원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="164" />
            <source>Sharing information</source>
            <translation>정보 제공</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="165" />
            <source>Processing personal data</source>
            <translation>개인정보 처리</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="168" />
            <source>Written</source>
            <translation>서면</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="169" />
            <source>Electronic</source>
            <translation>전자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="170" />
            <source>Phone</source>
            <translation>전화</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="171" />
            <source>In person</source>
            <translation>대면</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="174" />
            <source>Draft</source>
            <translation>초안</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="175" />
            <source>Awaiting approval</source>
            <translation>승인 대기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="176" />
            <source>Approved</source>
            <translation>승인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="177" />
            <source>Superseded</source>
            <translation>대체됨</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="180" />
            <source>General</source>
            <translation>일반</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="181" />
            <source>Abuse</source>
            <translation>학대</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="182" />
            <source>Psychiatric</source>
            <translation>정신건강</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="183" />
            <source>Police</source>
            <translation>경찰</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="184" />
            <source>Counselling</source>
            <translation>상담</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="192" />
            <source>Staff member</source>
            <translation>교직원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="195" />
            <source>New</source>
            <translation>새 신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="196" />
            <source>In review</source>
            <translation>검토 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="197" />
            <source>Taken into a case</source>
            <translation>사례로 접수</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="198" />
            <source>Withdrawn</source>
            <translation>철회</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="201" />
            <source>Two parents</source>
            <translation>양친 가정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="203" />
            <source>Grandparent(s)</source>
            <translation>조부모</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="204" />
            <source>Relatives</source>
            <translation>친인척</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="205" />
            <source>Child-headed</source>
            <translation>아동 가장</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="206" />
            <source>Care facility</source>
            <translation>보호시설</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="210" />
            <source>Enrolled</source>
            <translation>재학</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="211" />
            <source>Transferred</source>
            <translation>전학</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="212" />
            <source>Graduated</source>
            <translation>졸업</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="213" />
            <source>Left school</source>
            <translation>학업 중단</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="222" />
            <source>New request</source>
            <translation>새 신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="223" />
            <source>Review due</source>
            <translation>점검 예정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="224" />
            <source>Overdue action</source>
            <translation>기한이 지난 조치 사항</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="228" />
            <source>Select for support</source>
            <translation>지원 대상 선정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="229" />
            <source>Do not select</source>
            <translation>미선정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="230" />
            <source>Put on hold</source>
            <translation>보류</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="231" />
            <source>Refer to district center</source>
            <translation>지원센터 의뢰</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="232" />
            <source>Approve support plan</source>
            <translation>지원계획 승인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="233" />
            <source>Continue support</source>
            <translation>지원 지속</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="234" />
            <source>Close the case</source>
            <translation>사례 종결</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="235" />
            <source>Other decision</source>
            <translation>기타 결정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="242" />
            <source>Basic livelihood</source>
            <translation>기초생활수급</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="202" />
            <location filename="../../desktop/ui/labels.py" line="243" />
            <source>Single parent</source>
            <translation>법정한부모</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="244" />
            <source>Near poverty</source>
            <translation>차상위</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="245" />
            <source>Multicultural</source>
            <translation>다문화</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="246" />
            <source>Special ed.</source>
            <translation>특수교육대상</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="247" />
            <source>N. Korean defector</source>
            <translation>북한이탈</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="248" />
            <source>Borderline (suspected)</source>
            <translation>경계선 지능(의심)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="252" />
            <source>Set-up</source>
            <translation>설정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="253" />
            <source>Log-in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="254" />
            <source>Failed log-in</source>
            <translation>로그인 실패</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="255" />
            <source>Log-out</source>
            <translation>로그아웃</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="256" />
            <source>Lock</source>
            <translation>잠금</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="257" />
            <source>View</source>
            <translation>열람</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="258" />
            <source>Create</source>
            <translation>등록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="259" />
            <source>Change</source>
            <translation>수정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="260" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="261" />
            <source>State change</source>
            <translation>상태 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="262" />
            <source>Rights granted or changed</source>
            <translation>권한 부여·변경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="263" />
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="264" />
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="265" />
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="266" />
            <location filename="../../desktop/ui/labels.py" line="305" />
            <source>Backup</source>
            <translation>백업</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="267" />
            <source>Restore</source>
            <translation>복원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="268" />
            <source>Purge</source>
            <translation>파기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="269" />
            <source>Audit log reviewed</source>
            <translation>접근 기록 월별 검토 완료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="304" />
            <source>Audit review</source>
            <translation>접근 기록 검토</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="306" />
            <source>Case document</source>
            <translation>사례 문서</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="307" />
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="308" />
            <source>Case note</source>
            <translation>사례 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="309" />
            <source>Committee report</source>
            <translation>위원회 보고서</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="311" />
            <source>Intervention</source>
            <translation>지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="312" />
            <source>Meeting</source>
            <translation>회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="313" />
            <source>Organisation</source>
            <translation>기관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="314" />
            <source>Password</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="315" />
            <source>Referral</source>
            <translation>연계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="316" />
            <source>School</source>
            <translation>학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="317" />
            <source>Setting</source>
            <translation>설정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="318" />
            <source>Staff account</source>
            <translation>교직원 계정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="319" />
            <source>Statistics</source>
            <translation>통계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="321" />
            <source>Support plan</source>
            <translation>지원계획</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="322" />
            <source>Support request</source>
            <translation>지원 신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="323" />
            <source>Session</source>
            <translation>상담·지원 회기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="324" />
            <source>Task</source>
            <translation>할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="335" />
            <source>Yes</source>
            <translation>예</translation>
        </message>
    </context>
    <context>
        <name>rekey</name>
        <message>
            <location filename="../../desktop/storage/rekey.py" line="137" />
            <source>Re-encrypting the database…</source>
            <translation>데이터베이스를 다시 암호화하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/storage/rekey.py" line="139" />
            <source>Writing the new key file…</source>
            <translation>새 키 파일을 쓰는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/storage/rekey.py" line="156" />
            <source>Installing the new key file…</source>
            <translation>새 키 파일을 적용하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/storage/rekey.py" line="160" />
            <source>Done</source>
            <translation>완료</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="430" />
            <source>bad grade (학년) “{value}”</source>
            <translation>잘못된 학년 “{value}”</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="431" />
            <source>bad class (반) “{value}”</source>
            <translation>잘못된 반 “{value}”</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="432" />
            <source>bad number (번호) “{value}”</source>
            <translation>잘못된 번호 “{value}”</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="442" />
            <source>bad sex (성별) “{value}”: use 남 or 여</source>
            <translation>잘못된 성별 “{value}”: 남 또는 여로 쓰세요</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="469" />
            <source>bad birth date (생년월일) “{value}”: write it as 2016.03.05</source>
            <translation>잘못된 생년월일 “{value}”: 2016.03.05처럼 쓰세요</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="482" />
            <source>missing name (성명)</source>
            <translation>성명 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="499" />
            <source>the {column} is longer than {limit} characters</source>
            <translation>{column}이(가) {limit}자를 넘습니다</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="536" />
            <source>duplicate 학번 {student_no}: also on row {other}</source>
            <translation>학번 {student_no} 중복: {other}행에도 있음</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="543" />
            <source>duplicate {grade}학년 {class_no}반 {number}번: also on row {other}</source>
            <translation>{grade}학년 {class_no}반 {number}번 중복: {other}행에도 있음</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="564" />
            <source>matches more than one stored student</source>
            <translation>저장된 학생 여러 명과 일치함</translation>
        </message>
        <message>
            <location filename="../../desktop/services/roster_import.py" line="568" />
            <source>matches the same student as row {other}</source>
            <translation>{other}행과 같은 학생과 일치함</translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="318" />
            <source>Support request received (requested by: {requester})</source>
            <translation>지원 신청 접수 (신청자: {requester})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="344" />
            <source>Case opened: {to}</source>
            <translation>사례 개설: {to}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="346" />
            <source>State changed from {from} to {to}</source>
            <translation>상태 변경: {from} → {to}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="399" />
            <source>Consent given: {party}, {purpose}</source>
            <translation>동의: {party}, {purpose}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="401" />
            <source>Consent refused: {party}, {purpose}</source>
            <translation>동의 거부: {party}, {purpose}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="413" />
            <source>Consent withdrawn: {party}, {purpose}</source>
            <translation>동의 철회: {party}, {purpose}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="451" />
            <source>Support plan version {version} drafted</source>
            <translation>지원계획 {version}판 작성</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="464" />
            <source>Support plan version {version} submitted for approval</source>
            <translation>지원계획 {version}판 승인 요청</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="476" />
            <source>Support plan version {version} approved</source>
            <translation>지원계획 {version}판 승인</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="486" />
            <source>Intervention completed: {title}</source>
            <translation>지원 활동 완료: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="487" />
            <source>Intervention stopped: {title}</source>
            <translation>지원 활동 중단: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="564" />
            <source>Intervention assigned: {title} ({provider})</source>
            <translation>지원 활동 배정: {title} ({provider})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="577" />
            <source>Intervention started: {title}</source>
            <translation>지원 활동 시작: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="590" />
            <source>Intervention ended: {title}</source>
            <translation>지원 활동 종료: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="629" />
            <source>Session of {title}: {attendance}, {minutes} min</source>
            <translation>{title} 회기: {attendance}, {minutes}분</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="689" />
            <source>Referral to {organisation} prepared</source>
            <translation>{organisation} 연계 준비</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="695" />
            <source>Referral sent to {organisation}</source>
            <translation>{organisation}에 연계 의뢰</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="702" />
            <source>Referral declined by {organisation}</source>
            <translation>{organisation} 연계 거절</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="708" />
            <source>Referral accepted by {organisation}</source>
            <translation>{organisation} 연계 수락</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="714" />
            <source>Service delivered by {organisation}</source>
            <translation>{organisation} 서비스 제공 완료</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="720" />
            <source>Referral outcome recorded ({organisation})</source>
            <translation>연계 결과 기록 ({organisation})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="743" />
            <source>Restricted note ({category})</source>
            <translation>열람 제한 메모 ({category})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="745" />
            <source>Note ({category})</source>
            <translation>메모 ({category})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="766" />
            <source>Task created: {task}, due {due}</source>
            <translation>할 일 등록: {task}, 기한 {due}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="768" />
            <source>Task created: {task}</source>
            <translation>할 일 등록: {task}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_detail.py" line="779" />
            <source>Task done: {task}</source>
            <translation>할 일 완료: {task}</translation>
        </message>
    </context>
</TS>
