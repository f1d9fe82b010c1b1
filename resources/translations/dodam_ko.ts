<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>AccountPage</name>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="56" />
            <source>Your account</source>
            <translation>내 계정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="59" />
            <source>The first account is the team's coordinator and administrator: it adds the other staff accounts later.</source>
            <translation>첫 계정은 팀의 담당자이자 관리자입니다. 다른 교직원 계정은 이 계정으로 나중에 추가합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="82" />
            <source>User name:</source>
            <translation>사용자 이름:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="83" />
            <source>Display name:</source>
            <translation>표시 이름:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="84" />
            <source>Position:</source>
            <translation>직위:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="85" />
            <source>Password:</source>
            <translation>비밀번호:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="86" />
            <source>Password again:</source>
            <translation>비밀번호 확인:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="97" />
            <source>Create the school</source>
            <translation>학교 만들기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="101" />
            <source>Choose a user name for logging in.</source>
            <translation>로그인에 쓸 사용자 이름을 정하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="103" />
            <source>Enter your name as colleagues know it.</source>
            <translation>동료들이 아는 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="109" />
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
        <name>AdminView</name>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="32" />
            <source>Search accounts and events</source>
            <translation>계정과 기록 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="44" />
            <source>Staff accounts</source>
            <translation>교직원 계정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="46" />
            <source>Recent audit events</source>
            <translation>최근 접근 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/admin_view.py" line="54" />
            <source>Administration</source>
            <translation>관리</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../desktop/ui/application.py" line="98" />
            <source>Preparing the demo school (first start only)…</source>
            <translation>데모 학교를 준비하고 있습니다(처음 한 번만)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/application.py" line="107" />
            <source>Dodam</source>
            <translation>도담</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="14" />
            <source>When</source>
            <translation>일시</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="15" />
            <source>Who</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="16" />
            <source>Action</source>
            <translation>작업</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="18" />
            <source>Record</source>
            <translation>대상</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="23" />
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/admin/audit_table_model.py" line="27" />
            <source>Purpose</source>
            <translation>목적</translation>
        </message>
    </context>
    <context>
        <name>CasesTableModel</name>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="25" />
            <source>Code</source>
            <translation>사례 번호</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="26" />
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="28" />
            <source>Grade-class</source>
            <translation>학년-반</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="32" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="33" />
            <source>Priority</source>
            <translation>우선순위</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="35" />
            <source>Domains</source>
            <translation>지원 영역</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="39" />
            <source>Case manager</source>
            <translation>사례 담당자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_table_model.py" line="41" />
            <source>Next review</source>
            <translation>다음 점검일</translation>
        </message>
    </context>
    <context>
        <name>CasesView</name>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="32" />
            <source>Search by code, student or case manager</source>
            <translation>사례 번호, 학생 또는 사례 담당자로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="35" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="36" />
            <source>All states</source>
            <translation>전체 상태</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="37" />
            <source>Open cases</source>
            <translation>진행 중인 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="54" />
            <source>State:</source>
            <translation>상태:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="59" />
            <source>Cases</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="59" />
            <source>Cases of my class and assigned to me</source>
            <translation>우리 반 사례와 나에게 배정된 사례</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/cases/cases_view.py" line="85" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>사례 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cases/cases_view.py" line="87" />
            <source>{shown} of {total} cases</source>
            <translation>사례 {total}건 중 {shown}건</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="60" />
            <source>Students</source>
            <translation>재학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="61" />
            <source>Open cases</source>
            <translation>진행 중인 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="62" />
            <source>New support requests</source>
            <translation>새 지원 신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="63" />
            <source>Upcoming meetings</source>
            <translation>예정된 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="64" />
            <source>Overdue referrals</source>
            <translation>회신이 늦은 연계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="65" />
            <source>Open tasks</source>
            <translation>남은 할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="66" />
            <source>Overdue tasks</source>
            <translation>기한이 지난 할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="67" />
            <source>Interventions</source>
            <translation>지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="76" />
            <source>Cases by state</source>
            <translation>상태별 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="97" />
            <source>My open tasks</source>
            <translation>나의 할 일</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="103" />
            <source>Dashboard</source>
            <translation>현황판</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="116" />
            <source>{name}, here is where the team stands today.</source>
            <translation>{name} 님, 오늘의 팀 현황입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dashboard/dashboard_view.py" line="143" />
            <source>My open tasks ({n})</source>
            <translation>나의 할 일 ({n})</translation>
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
        <name>LoginWindow</name>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="44" />
            <source>Dodam — log in</source>
            <translation>도담 — 로그인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="47" />
            <source>Dodam (도담)</source>
            <translation>도담 (Dodam)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="48" />
            <source>Student integrated support team records</source>
            <translation>학생맞춤통합지원팀 업무 기록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="50" />
            <source>School data folder: {name}</source>
            <translation>학교 자료 폴더: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="57" />
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="61" />
            <source>Password</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="64" />
            <source>Log in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="76" />
            <source>Forgot password? Use the recovery code…</source>
            <translation>비밀번호를 잊으셨나요? 복구 코드 사용…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="84" />
            <source>User name:</source>
            <translation>사용자 이름:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="85" />
            <location filename="../../desktop/ui/login/login_window.py" line="120" />
            <source>Password:</source>
            <translation>비밀번호:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="110" />
            <source>Demo school — accounts for trying Dodam</source>
            <translation>데모 학교 — 체험용 계정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="121" />
            <source>The demo school holds invented data only.</source>
            <translation>데모 학교에는 가상의 자료만 들어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="148" />
            <source>Enter your user name and password.</source>
            <translation>사용자 이름과 비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/login_window.py" line="157" />
            <source>Opening the school database…</source>
            <translation>학교 데이터베이스를 여는 중…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="79" />
            <source>Dodam — {school}</source>
            <translation>도담 — {school}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="85" />
            <source>Areas</source>
            <translation>메뉴</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="99" />
            <source>Ctrl+{n}</source>
            <translation>Ctrl+{n}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="128" />
            <source>Dashboard</source>
            <translation>현황판</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="129" />
            <source>Students</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="130" />
            <source>Cases</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="131" />
            <source>Meetings</source>
            <translation>회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="132" />
            <source>Resources</source>
            <translation>자원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="133" />
            <source>Reports</source>
            <translation>보고서</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="134" />
            <source>Admin</source>
            <translation>관리</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="154" />
            <source>{role}, administrator</source>
            <translation>{role}, 관리자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="156" />
            <source>Logged in as {name} ({username}) — {role}</source>
            <translation>로그인: {name} ({username}) — {role}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="165" />
            <source>DEMO SCHOOL — not real data</source>
            <translation>데모 학교 · DEMO — 실제 자료 아님</translation>
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
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="24" />
            <source>Search by type, place or chair</source>
            <translation>종류, 장소 또는 위원장으로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="36" />
            <source>Meetings</source>
            <translation>회의</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="54" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>회의 %n건</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OperationRunner</name>
        <message>
            <location filename="../../desktop/ui/operations.py" line="147" />
            <source>Please wait</source>
            <translation>잠시 기다려 주세요</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsTableModel</name>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="13" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="14" />
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="15" />
            <source>Contact person</source>
            <translation>담당자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="16" />
            <source>Phone</source>
            <translation>전화</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/organisations_table_model.py" line="18" />
            <source>Services</source>
            <translation>제공 서비스</translation>
        </message>
    </context>
    <context>
        <name>PasswordRules</name>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="27" />
            <source>The password needs at least 8 characters ({n} so far).</source>
            <translation>비밀번호는 8자 이상이어야 합니다(현재 {n}자).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="31" />
            <source>Mix at least two kinds of characters: letters, digits, spaces or symbols.</source>
            <translation>문자, 숫자, 공백·기호 중 두 종류 이상을 섞어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="35" />
            <source>Type the password again to confirm it.</source>
            <translation>확인을 위해 비밀번호를 한 번 더 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="37" />
            <source>The two passwords are not the same.</source>
            <translation>두 비밀번호가 서로 다릅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/widgets/password_rules.py" line="42" />
            <source>At least 8 characters, mixing at least two kinds: letters, digits, spaces or symbols.</source>
            <translation>8자 이상, 문자·숫자·공백·기호 중 두 종류 이상을 섞어 주세요.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodePage</name>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="78" />
            <source>Your recovery code</source>
            <translation>복구 코드</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="80" />
            <location filename="../../desktop/ui/setup/wizard.py" line="136" />
            <source>Creating the encrypted school database…</source>
            <translation>암호화된 학교 데이터베이스를 만드는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="97" />
            <source>Write this code down on paper now and keep it in a safe place, away from this PC. It is shown only this once. If every password is forgotten, this code is the only way back into the school's records — without it, nobody (not even IT staff) can open them.</source>
            <translation>지금 이 코드를 종이에 적어 이 PC와 떨어진 안전한 곳에 보관하세요. 이 코드는 이번 한 번만 표시됩니다. 모든 비밀번호를 잊었을 때 학교 기록을 다시 열 수 있는 유일한 방법이며, 이 코드가 없으면 누구도(전산 담당자도) 기록을 열 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="104" />
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="143" />
            <source>The school is ready. One last step:</source>
            <translation>학교가 준비되었습니다. 마지막 단계입니다:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="147" />
            <source>To confirm that you have written it down, type the last group of the code (the four characters after the last dash):</source>
            <translation>코드를 적어 두었는지 확인하기 위해 코드의 마지막 묶음(마지막 - 뒤의 네 글자)을 입력하세요:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="161" />
            <source>Copied</source>
            <translation>복사됨</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="65" />
            <source>Set a new password with the recovery code</source>
            <translation>복구 코드로 새 비밀번호 설정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="70" />
            <source>The recovery code was shown once when the school was set up (24 letters and digits, in groups of four). With it you can set a new password for any account.</source>
            <translation>복구 코드는 학교를 처음 설정할 때 한 번 표시되었습니다(영문자와 숫자 24자, 4자씩 묶음). 이 코드로 어느 계정이든 새 비밀번호를 설정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="93" />
            <source>Recovery code:</source>
            <translation>복구 코드:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="94" />
            <source>User name:</source>
            <translation>사용자 이름:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="95" />
            <source>New password:</source>
            <translation>새 비밀번호:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="96" />
            <source>New password again:</source>
            <translation>새 비밀번호 확인:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="101" />
            <source>Set new password</source>
            <translation>새 비밀번호 설정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="118" />
            <source>Type the recovery code.</source>
            <translation>복구 코드를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="122" />
            <source>Type the user name whose password is to be set.</source>
            <translation>비밀번호를 새로 설정할 사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="141" />
            <source>Setting the new password…</source>
            <translation>새 비밀번호를 설정하는 중…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="158" />
            <source>There is no active account with the user name “{name}”.</source>
            <translation>사용자 이름이 “{name}”인 사용 중인 계정이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="38" />
            <source>Reports — figures of the team</source>
            <translation>보고서 — 팀 현황 통계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="49" />
            <source>Students</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="50" />
            <source>Cases</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="51" />
            <source>Interventions</source>
            <translation>지원 활동</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="52" />
            <source>Sessions</source>
            <translation>상담·지원 회기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="53" />
            <source>Meetings</source>
            <translation>회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="54" />
            <source>Organisations</source>
            <translation>기관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="55" />
            <source>Referrals</source>
            <translation>연계</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="66" />
            <source>Cases by state</source>
            <translation>상태별 사례</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reports/reports_view.py" line="72" />
            <source>Cases by need domain</source>
            <translation>지원 영역별 사례</translation>
        </message>
    </context>
    <context>
        <name>ResourcesView</name>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="29" />
            <source>Search by name, kind or service</source>
            <translation>이름, 유형 또는 서비스로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="41" />
            <source>External organisations</source>
            <translation>외부 기관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="42" />
            <source>Internal staff</source>
            <translation>교내 인력</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="48" />
            <source>Resources</source>
            <translation>자원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="57" />
            <source>External organisations ({n})</source>
            <translation>외부 기관 ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources/resources_view.py" line="58" />
            <source>Internal staff ({n})</source>
            <translation>교내 인력 ({n})</translation>
        </message>
    </context>
    <context>
        <name>SchoolPage</name>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="27" />
            <source>Your school</source>
            <translation>학교 정보</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="29" />
            <source>These details appear on minutes and reports. You can change them later in Admin.</source>
            <translation>회의록과 보고서에 표시되는 정보입니다. 나중에 관리 메뉴에서 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="33" />
            <source>e.g. 도담초등학교</source>
            <translation>예: 도담초등학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="41" />
            <source>School name:</source>
            <translation>학교 이름:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="42" />
            <source>Team name:</source>
            <translation>팀 이름:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/pages.py" line="43" />
            <source>School level:</source>
            <translation>학교급:</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="188" />
            <source>Dodam — set up your school</source>
            <translation>도담 — 학교 설정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="237" />
            <source>Recovery code</source>
            <translation>복구 코드</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup/wizard.py" line="239" />
            <source>The school has been created, but the recovery code will not be shown again. Close without confirming that you have written it down?</source>
            <translation>학교는 만들어졌지만 복구 코드는 다시 표시되지 않습니다. 코드를 적어 두었는지 확인하지 않고 닫으시겠습니까?</translation>
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
            <location filename="../../desktop/ui/students/students_view.py" line="22" />
            <source>Students</source>
            <translation>학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="24" />
            <source>Students of class {grade}-{cls}</source>
            <translation>{grade}학년 {cls}반 학생</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="31" />
            <source>Search by name or student number</source>
            <translation>이름 또는 학번으로 검색</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="34" />
            <source>Grade</source>
            <translation>학년</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="48" />
            <source>Grade:</source>
            <translation>학년:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="66" />
            <source>All grades</source>
            <translation>전체 학년</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="68" />
            <source>Grade {n}</source>
            <translation>{n}학년</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/students/students_view.py" line="86" />
            <source>%n student(s)</source>
            <translation>
                <numerusform>학생 %n명</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/students/students_view.py" line="88" />
            <source>{shown} of {total} students</source>
            <translation>학생 {total}명 중 {shown}명</translation>
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
        <name>VaultMessages</name>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="25" />
            <source>an unknown time</source>
            <translation>알 수 없는 시각</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="29" />
            <source>Dodam is already open for this school by {user} on the computer {host} (since {started}). Close Dodam there first, then try again.</source>
            <translation>이 학교의 도담이 이미 {host} 컴퓨터에서 {user} 사용자로 열려 있습니다({started}부터). 그곳에서 도담을 먼저 닫은 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="34" />
            <source>another user</source>
            <translation>다른 사용자</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="35" />
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="41" />
            <source>That is not a recovery code: a recovery code has 24 letters and digits, in groups of four like 7KQ2-M9XD-…. Check it and try again.</source>
            <translation>복구 코드가 아닙니다. 복구 코드는 7KQ2-M9XD-…처럼 4자씩 묶인 영문자와 숫자 24자입니다. 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="56" />
            <source>The recovery code is not correct. Check it and try again.</source>
            <translation>복구 코드가 맞지 않습니다. 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="59" />
            <source>The user name or password is not correct. Check Caps Lock and the Korean/English input mode, then try again.</source>
            <translation>사용자 이름 또는 비밀번호가 맞지 않습니다. Caps Lock과 한/영 입력 상태를 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="65" />
            <source>The key file (school.keys) is missing or damaged, so the school database cannot be unlocked. Nothing has been changed. Ask IT staff to restore school.keys from a backup.</source>
            <translation>열쇠 파일(school.keys)이 없거나 손상되어 학교 데이터베이스를 열 수 없습니다. 아무것도 바뀌지 않았습니다. 전산 담당자에게 백업에서 school.keys를 복원해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="71" />
            <source>The school database (school.db) is damaged or missing, so it cannot be read. Nothing has been changed. Ask IT staff to restore school.db from the most recent backup.</source>
            <translation>학교 데이터베이스(school.db)가 손상되었거나 없어서 읽을 수 없습니다. 아무것도 바뀌지 않았습니다. 전산 담당자에게 가장 최근 백업에서 school.db를 복원해 달라고 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="77" />
            <source>This school database was made by a newer version of Dodam. Install the newer version to open it. Nothing has been changed.</source>
            <translation>이 학교 데이터베이스는 더 새로운 버전의 도담으로 만들어졌습니다. 새 버전을 설치한 뒤 여세요. 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="83" />
            <source>Updating the school database for this version of Dodam failed. The database was put back exactly as it was, so nothing was lost. Please report this problem to IT staff.</source>
            <translation>이 버전의 도담에 맞게 학교 데이터베이스를 갱신하지 못했습니다. 데이터베이스는 원래 상태로 되돌려졌으므로 잃은 자료는 없습니다. 전산 담당자에게 이 문제를 알려 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="89" />
            <source>A school database already exists in this folder. Open it instead, or choose an empty folder.</source>
            <translation>이 폴더에는 이미 학교 데이터베이스가 있습니다. 그 데이터베이스를 열거나 빈 폴더를 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="94" />
            <source>The school data could not be opened.</source>
            <translation>학교 자료를 열 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/login/messages.py" line="97" />
            <source>Something went wrong: {detail}</source>
            <translation>문제가 발생했습니다: {detail}</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <location filename="../../desktop/services/demo.py" line="127" />
            <source>Creating the encrypted database</source>
            <translation>암호화된 데이터베이스를 만드는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="130" />
            <source>Creating the demo accounts</source>
            <translation>데모 계정을 만드는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="151" />
            <source>The demo school is ready</source>
            <translation>데모 학교가 준비되었습니다</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="179" />
            <source>Enrolling students</source>
            <translation>학생을 등록하는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="184" />
            <source>Adding staff and organisations</source>
            <translation>교직원과 기관을 추가하는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="205" />
            <source>Writing case histories</source>
            <translation>사례 기록을 작성하는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="208" />
            <source>Writing meetings and tasks</source>
            <translation>회의와 할 일을 작성하는 중</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="211" />
            <source>Writing the access log</source>
            <translation>접근 기록을 작성하는 중</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop/services/accounts.py" line="51" />
            <source>This staff account does not exist.</source>
            <translation>존재하지 않는 교직원 계정입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="58" />
            <source>A homeroom teacher needs a grade and a class.</source>
            <translation>담임교사는 학년과 반이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="61" />
            <source>Grade and class must be between 1 and 20.</source>
            <translation>학년과 반은 1에서 20 사이여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="95" />
            <source>Enter a user name.</source>
            <translation>사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="97" />
            <source>Enter the name to display for this account.</source>
            <translation>이 계정에 표시할 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="104" />
            <source>The user name “{username}” is already taken.</source>
            <translation>사용자 이름 “{username}”은(는) 이미 사용 중입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="151" />
            <source>The last administrator cannot lose the administrator right.</source>
            <translation>마지막 관리자의 관리자 권한은 해제할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="170" />
            <source>This account is already disabled.</source>
            <translation>이미 사용 중지된 계정입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="172" />
            <source>The last administrator cannot be disabled.</source>
            <translation>마지막 관리자는 사용 중지할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/accounts.py" line="186" />
            <source>This account is already enabled.</source>
            <translation>이미 사용 중인 계정입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="74" />
            <source>Closing a case needs a reason.</source>
            <translation>사례를 종결하려면 사유가 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="75" />
            <source>Deciding not to select a student needs a reason.</source>
            <translation>미선정으로 결정하려면 사유가 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="76" />
            <source>Putting a case on hold needs a reason.</source>
            <translation>사례를 보류하려면 사유가 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="77" />
            <source>Referring a case to the district support center needs a reason.</source>
            <translation>사례를 학생맞춤통합지원센터에 의뢰하려면 사유가 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="88" />
            <source>The case is already in this state.</source>
            <translation>사례가 이미 이 상태입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="89" />
            <source>The case cannot move to this state from its current state.</source>
            <translation>현재 상태에서는 사례를 이 상태로 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="90" />
            <source>Support needs the consent of the student and of the guardian (or legal representative), recorded separately; neither is valid.</source>
            <translation>지원을 시작하려면 학생과 보호자(또는 법정대리인)의 동의가 각각 기록되어 있어야 하는데, 둘 다 유효하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="95" />
            <source>The student's consent to support is missing, withdrawn or expired.</source>
            <translation>학생의 지원 동의가 없거나 철회되었거나 만료되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="98" />
            <source>The guardian's (or legal representative's) consent to support is missing, withdrawn or expired.</source>
            <translation>보호자(또는 법정대리인)의 지원 동의가 없거나 철회되었거나 만료되었습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="102" />
            <source>Support can start only with an approved support plan.</source>
            <translation>승인된 지원계획이 있어야 지원을 시작할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="232" />
            <source>One of the chosen need domains does not exist.</source>
            <translation>선택한 지원 영역 중 존재하지 않는 것이 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="256" />
            <source>This student does not exist.</source>
            <translation>존재하지 않는 학생입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="258" />
            <source>Describe what the student needs.</source>
            <translation>학생에게 필요한 지원을 적어 주세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="261" />
            <source>A request cannot be received in the future.</source>
            <translation>신청 접수일은 미래일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="325" />
            <source>This student already has an open case ({code}); add the request to it instead.</source>
            <translation>이 학생에게는 이미 진행 중인 사례({code})가 있습니다. 신청을 그 사례에 추가하세요.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="334" />
            <source>The chosen case manager is not an active staff account.</source>
            <translation>선택한 사례 담당자는 사용 중인 교직원 계정이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="374" />
            <location filename="../../desktop/services/consents.py" line="73" />
            <source>This case does not exist.</source>
            <translation>존재하지 않는 사례입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="377" />
            <source>The request and the case are about different students.</source>
            <translation>신청과 사례의 학생이 서로 다릅니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="399" />
            <source>This request does not exist.</source>
            <translation>존재하지 않는 신청입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="401" />
            <source>This request already belongs to a case.</source>
            <translation>이 신청은 이미 사례에 연결되어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/case_workflow.py" line="403" />
            <source>This request was withdrawn.</source>
            <translation>철회된 신청입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="100" />
            <source>A consent cannot be dated in the future.</source>
            <translation>동의일은 미래일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="103" />
            <source>A consent cannot expire before the day it was given.</source>
            <translation>동의 만료일은 동의일보다 앞설 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="107" />
            <source>This organisation does not exist.</source>
            <translation>존재하지 않는 기관입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="112" />
            <source>A consent to share information must name who receives it.</source>
            <translation>정보 제공 동의에는 정보를 받는 곳을 적어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="168" />
            <source>This consent does not exist.</source>
            <translation>존재하지 않는 동의입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="170" />
            <source>This consent has already been withdrawn.</source>
            <translation>이미 철회된 동의입니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/consents.py" line="174" />
            <source>A consent cannot be withdrawn before the day it was given.</source>
            <translation>동의일 이전 날짜로 철회할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="151" />
            <source>Your account may not view the dashboard.</source>
            <translation>이 계정은 현황판을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="152" />
            <source>Your account may not view all students.</source>
            <translation>이 계정은 전체 학생을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="153" />
            <source>Your account may not view the students of a class.</source>
            <translation>이 계정은 학급 학생을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="156" />
            <source>Your account may not edit student records.</source>
            <translation>이 계정은 학생 정보를 수정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="157" />
            <source>Your account may not import the student roster.</source>
            <translation>이 계정은 학생 명단을 가져올 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="158" />
            <source>Your account may not file a support request.</source>
            <translation>이 계정은 지원 신청을 할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="159" />
            <source>Your account may not view all cases.</source>
            <translation>이 계정은 전체 사례를 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="160" />
            <source>Your account may not view cases.</source>
            <translation>이 계정은 사례를 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="161" />
            <source>Your account may not open or manage cases.</source>
            <translation>이 계정은 사례를 열거나 관리할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="162" />
            <source>Your account may not change the state of a case.</source>
            <translation>이 계정은 사례 상태를 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="163" />
            <source>Your account may not approve support plans.</source>
            <translation>이 계정은 지원계획을 승인할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="164" />
            <source>Your account may not record or withdraw consents.</source>
            <translation>이 계정은 동의를 기록하거나 철회할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="165" />
            <source>Your account may not assign interventions.</source>
            <translation>이 계정은 지원 활동을 배정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="166" />
            <source>Your account may not log support sessions.</source>
            <translation>이 계정은 지원 회기를 기록할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="167" />
            <source>Your account may not view restricted notes.</source>
            <translation>이 계정은 열람 제한 기록을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="168" />
            <source>Your account may not view the directory of organisations.</source>
            <translation>이 계정은 기관 목록을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="171" />
            <source>Your account may not edit the directory of organisations.</source>
            <translation>이 계정은 기관 목록을 수정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="174" />
            <source>Your account may not view meetings.</source>
            <translation>이 계정은 회의를 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="175" />
            <source>Your account may not prepare or record meetings.</source>
            <translation>이 계정은 회의를 준비하거나 기록할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="176" />
            <source>Your account may not sign meeting minutes.</source>
            <translation>이 계정은 회의록에 서명할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="177" />
            <source>Your account may not print reports.</source>
            <translation>이 계정은 보고서를 인쇄할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="178" />
            <source>Your account may not export statistics.</source>
            <translation>이 계정은 통계를 내보낼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="179" />
            <source>Your account may not view the audit log.</source>
            <translation>이 계정은 접근 기록을 볼 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="180" />
            <source>Your account may not manage staff accounts.</source>
            <translation>이 계정은 교직원 계정을 관리할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/permissions.py" line="181" />
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
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../desktop/ui/labels.py" line="33" />
            <source>Requested</source>
            <translation>신청</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="34" />
            <source>Under review</source>
            <translation>검토 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="35" />
            <source>Selected</source>
            <translation>선정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="36" />
            <source>Not selected</source>
            <translation>미선정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="37" />
            <source>On hold</source>
            <translation>보류</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="38" />
            <source>Referred to district center</source>
            <translation>지원센터 의뢰</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="39" />
            <source>Awaiting consent</source>
            <translation>동의 대기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="40" />
            <source>Planning</source>
            <translation>계획 수립</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="41" />
            <source>Active support</source>
            <translation>지원 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="42" />
            <source>Monitoring</source>
            <translation>점검</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="43" />
            <source>Closed</source>
            <translation>종결</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="44" />
            <source>Reopened</source>
            <translation>재개</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="47" />
            <source>Low</source>
            <translation>낮음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="48" />
            <source>Medium</source>
            <translation>보통</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="49" />
            <source>High</source>
            <translation>높음</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="50" />
            <source>Urgent</source>
            <translation>긴급</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="53" />
            <source>Selection meeting</source>
            <translation>선정 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="54" />
            <source>Planning meeting</source>
            <translation>계획 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="55" />
            <source>Review meeting</source>
            <translation>점검 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="56" />
            <source>Closure meeting</source>
            <translation>종결 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="57" />
            <source>Emergency meeting</source>
            <translation>긴급 회의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="60" />
            <source>Planned</source>
            <translation>예정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="61" />
            <source>Held</source>
            <translation>개최</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="62" />
            <source>Minutes finalised</source>
            <translation>회의록 확정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="65" />
            <source>Community service center</source>
            <translation>행정복지센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="66" />
            <source>Dream Start</source>
            <translation>드림스타트</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="67" />
            <source>Social welfare center</source>
            <translation>사회복지관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="68" />
            <source>Mental health welfare center</source>
            <translation>정신건강복지센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="69" />
            <source>Child protection agency</source>
            <translation>아동보호전문기관</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="70" />
            <source>Youth counselling center</source>
            <translation>청소년상담복지센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="71" />
            <source>Wee center</source>
            <translation>Wee센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="72" />
            <source>Community child center</source>
            <translation>지역아동센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="73" />
            <source>Multicultural family center</source>
            <translation>가족센터(다문화)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="76" />
            <source>Police (school officer)</source>
            <translation>경찰(학교전담경찰관)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="77" />
            <source>Hospital</source>
            <translation>병원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="78" />
            <source>NGO</source>
            <translation>민간단체(NGO)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="79" />
            <source>Career experience center</source>
            <translation>진로체험지원센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="80" />
            <source>Shared-school program</source>
            <translation>공유학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="81" />
            <source>Online-school program</source>
            <translation>온라인학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="82" />
            <source>District support center</source>
            <translation>학생맞춤통합지원센터</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="83" />
            <location filename="../../desktop/ui/labels.py" line="116" />
            <source>Other</source>
            <translation>기타</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="86" />
            <source>Coordinator</source>
            <translation>담당자(코디네이터)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="87" />
            <source>Principal</source>
            <translation>교장·교감</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="88" />
            <source>Head teacher</source>
            <translation>부장교사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="89" />
            <source>Specialist teacher</source>
            <translation>전문 교사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="90" />
            <source>Homeroom teacher</source>
            <translation>담임교사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="93" />
            <source>Elementary school</source>
            <translation>초등학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="94" />
            <source>Middle school</source>
            <translation>중학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="95" />
            <source>High school</source>
            <translation>고등학교</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="98" />
            <source>M</source>
            <translation>남</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="99" />
            <source>F</source>
            <translation>여</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="102" />
            <source>Homeroom</source>
            <translation>담임 학급</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="103" />
            <source>Counsellor (Wee class)</source>
            <translation>전문상담교사(Wee클래스)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="104" />
            <source>School nurse</source>
            <translation>보건교사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="105" />
            <source>Educational welfare officer</source>
            <translation>교육복지사</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="106" />
            <source>Special education</source>
            <translation>특수교육</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="107" />
            <source>Basic skills (Do-Dream)</source>
            <translation>기초학력(두드림)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="108" />
            <source>Career guidance</source>
            <translation>진로 지도</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="109" />
            <source>Administration</source>
            <translation>행정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="112" />
            <source>Case review</source>
            <translation>사례 점검</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="113" />
            <source>Action item</source>
            <translation>실행 과제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="114" />
            <source>Referral follow-up</source>
            <translation>연계 확인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="115" />
            <source>Consent</source>
            <translation>동의</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="119" />
            <source>Open</source>
            <translation>진행 중</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="120" />
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="121" />
            <source>Cancelled</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="127" />
            <source>Basic livelihood</source>
            <translation>기초생활수급</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="128" />
            <source>Single parent</source>
            <translation>법정한부모</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="129" />
            <source>Near poverty</source>
            <translation>차상위</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="130" />
            <source>Multicultural</source>
            <translation>다문화</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="131" />
            <source>Special ed.</source>
            <translation>특수교육대상</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="132" />
            <source>N. Korean defector</source>
            <translation>북한이탈</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="133" />
            <source>Borderline (suspected)</source>
            <translation>경계선 지능(의심)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="137" />
            <source>Set-up</source>
            <translation>설정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="138" />
            <source>Log-in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="139" />
            <source>Failed log-in</source>
            <translation>로그인 실패</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="140" />
            <source>Log-out</source>
            <translation>로그아웃</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="141" />
            <source>Lock</source>
            <translation>잠금</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="142" />
            <source>View</source>
            <translation>열람</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="143" />
            <source>Create</source>
            <translation>등록</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="144" />
            <source>Change</source>
            <translation>수정</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="145" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="146" />
            <source>State change</source>
            <translation>상태 변경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="147" />
            <source>Rights granted or changed</source>
            <translation>권한 부여·변경</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="148" />
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="149" />
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="150" />
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="151" />
            <source>Backup</source>
            <translation>백업</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="152" />
            <source>Restore</source>
            <translation>복원</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="153" />
            <source>Purge</source>
            <translation>파기</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="187" />
            <source>Yes</source>
            <translation>예</translation>
        </message>
    </context>
</TS>
