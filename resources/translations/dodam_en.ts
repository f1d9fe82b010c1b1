<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CasesView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/cases/cases_view.py" line="492" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntakeQueue</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/requests/intake_view.py" line="113" />
            <source>%n request(s) waiting</source>
            <translation>
                <numerusform>%n request waiting</numerusform>
                <numerusform>%n requests waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/lock/lock_controller.py" line="274" />
            <source>The PIN is not correct. %n try(s) left.</source>
            <translation>
                <numerusform>The PIN is not correct. %n try left.</numerusform>
                <numerusform>The PIN is not correct. %n tries left.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/meetings/meetings_view.py" line="76" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/case_detail/notes_panel.py" line="156" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/printing/print_flow.py" line="176" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/login/recovery_dialog.py" line="198" />
            <source>Too many wrong recovery codes. Wait %n minute(s), then try again (until {time}).</source>
            <translation>
                <numerusform>Too many wrong recovery codes. Wait %n minute, then try again (until {time}).</numerusform>
                <numerusform>Too many wrong recovery codes. Wait %n minutes, then try again (until {time}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReferralsPanel</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/case_detail/referrals_panel.py" line="144" />
            <source>%n referral(s)</source>
            <translation>
                <numerusform>%n referral</numerusform>
                <numerusform>%n referrals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResourcesView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/resources/resources_view.py" line="246" />
            <source>%n open loop(s)</source>
            <translation>
                <numerusform>%n open loop</numerusform>
                <numerusform>%n open loops</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterImportDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/students/roster_import_dialog.py" line="170" />
            <source>%n row(s) cannot be imported. Nothing will be imported until the file is corrected; fix the rows listed and choose the file again.</source>
            <translation>
                <numerusform>%n row cannot be imported. Nothing will be imported until the file is corrected; fix the rows listed and choose the file again.</numerusform>
                <numerusform>%n rows cannot be imported. Nothing will be imported until the file is corrected; fix the rows listed and choose the file again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StudentsView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/students/students_view.py" line="202" />
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n student</numerusform>
                <numerusform>%n students</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TasksView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/tasks/tasks_view.py" line="200" />
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n task</numerusform>
                <numerusform>%n tasks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/case_detail/timeline_panel.py" line="164" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InterventionDialogs</name>
        <message numerus="yes">
            <source>%n interventions · %1 h/week</source>
            <translation>
                <numerusform>%n intervention · %1 h/week</numerusform>
                <numerusform>%n interventions · %1 h/week</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VaultMessages</name>
        <message numerus="yes">
            <source>Too many failed log-ins for this user name. Wait %n minute(s), then try again (until {time}). Forgot the password? The recovery code still works.</source>
            <translation>
                <numerusform>Too many failed log-ins for this user name. Wait %n minute, then try again (until {time}). Forgot the password? The recovery code still works.</numerusform>
                <numerusform>Too many failed log-ins for this user name. Wait %n minutes, then try again (until {time}). Forgot the password? The recovery code still works.</numerusform>
            </translation>
        </message>
    </context>
</TS>
