"""Nothing typed in a meeting is lost: the meeting window keeps a draft of the shown agenda item's
unsaved minutes a moment after typing stops, in the encrypted database, and brings it back when the
meeting is opened again — also after the program was killed mid-meeting. The other meeting dialogs
ask Save / Discard / Cancel before throwing typed text away."""

from __future__ import annotations

import os
import select as io_select
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AppSetting, Meeting, MeetingStatus
from desktop.services import meetings
from desktop.ui.context import AppContext
from desktop.ui.meetings.addendum_dialog import AddendumDialog
from desktop.ui.meetings.meeting_dialog import MeetingDialog
from desktop.ui.meetings.new_meeting_dialog import NewMeetingDialog
from tests.ui.helpers import answer_questions, type_text

REPO = Path(__file__).resolve().parents[2]

# A head teacher typing the minutes in a real Dodam process, which is then killed with SIGKILL.
TYPIST = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
import tests.conftest  # the cheap test key costs, as the demo school was made with them
from desktop.services.demo import DEMO_PASSWORD
from desktop.ui.application import make_context
from desktop.ui.login.sign_in import sign_in
from desktop.ui.meetings.meeting_dialog import MeetingDialog
from desktop.ui.operations import OperationRunner

app = QApplication([])
folder, meeting_id, item_id, typed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
ctx = make_context(sign_in(folder, "coordinator", DEMO_PASSWORD), OperationRunner(), "en")
dialog = MeetingDialog(ctx, meeting_id)
dialog.show()
dialog.select_item(item_id)
for ch in typed:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(dialog.discussion, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
while not dialog.draft_label.text():
    app.processEvents()
    time.sleep(0.01)
print("kept", flush=True)
while True:
    app.processEvents()
    time.sleep(0.01)
"""


def _planned_meeting(ctx: AppContext) -> int:
    with ctx.vault.session() as session:
        found = session.scalars(
            select(Meeting.id).where(Meeting.status == MeetingStatus.PLANNED).order_by(Meeting.id)
        ).first()
        assert found is not None
        return found


def _drafts(ctx: AppContext) -> list[str]:
    with ctx.vault.session() as session:
        return list(
            session.scalars(select(AppSetting.key).where(AppSetting.key.startswith("minutes_draft/")))
        )


def test_minutes_typed_before_the_program_is_killed_come_back(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], demo_dir: Path
) -> None:
    ctx = demo_context("coordinator")
    meeting_id = _planned_meeting(ctx)
    detail = ctx.read(lambda s, a: meetings.meeting_detail(s, a, meeting_id))
    item = detail.items[1]
    stored_discussion = item.discussion
    ctx.vault.close()

    typed = "담임: 최근 3주간 지각 9회, 보호자 상담 예정"
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(demo_dir), str(meeting_id), str(item.id), typed],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        ready, _, _ = io_select.select([proc.stdout], [], [], 60)
        line = proc.stdout.readline() if ready else b""
        assert line.strip() == b"kept", (
            proc.stderr.read() if proc.poll() is not None and proc.stderr else line
        )
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # a crash or a power cut: no closing, no saving
        proc.wait()

    ctx = demo_context("coordinator")
    dialog = MeetingDialog(ctx, meeting_id)
    qtbot.addWidget(dialog)
    shown = dialog.current_item()
    assert shown is not None and shown.id == item.id
    assert dialog.discussion.toPlainText() == typed
    assert not dialog.draft_banner.isHidden()
    assert "Restored the unsaved draft of the minutes kept at" in dialog.draft_banner_label.text()
    assert dialog.tabs.currentIndex() == 2 and dialog.item_edited()
    # The draft is not the minutes: the stored item is unchanged until it is saved.
    assert next(i for i in dialog.detail.items if i.id == item.id).discussion == stored_discussion

    # Discarding the draft shows the stored minutes and forgets the draft.
    qtbot.mouseClick(dialog.discard_draft_button, Qt.MouseButton.LeftButton)
    assert dialog.discussion.toPlainText() == stored_discussion and dialog.draft_banner.isHidden()
    assert _drafts(ctx) == []


def test_a_draft_is_kept_after_typing_and_removed_when_the_item_is_saved(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    meeting_id = _planned_meeting(ctx)
    dialog = MeetingDialog(ctx, meeting_id)
    qtbot.addWidget(dialog)
    dialog.draft_timer.setInterval(50)
    first = dialog.minutes_items.item(0).data(Qt.ItemDataRole.UserRole)
    dialog.select_item(first)
    type_text(qtbot, dialog.reason, "기준 충족")
    qtbot.waitUntil(lambda: bool(dialog.draft_label.text()), timeout=3000)
    assert "Draft kept at" in dialog.draft_label.text()
    draft = ctx.read(lambda s, a: meetings.minutes_draft(s, a, meeting_id))
    assert draft is not None and draft.item_id == first and draft.reason.endswith("기준 충족")

    # Another account does not get this user's draft.
    assert len(_drafts(ctx)) == 1

    # Switching item: the question comes; Discard drops the edits and the draft.
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.minutes_items.setCurrentRow(1)
    assert _drafts(ctx) == [] and not dialog.draft_label.text()

    # Typing again, then saving the item: stored, and the draft is gone with it.
    type_text(qtbot, dialog.discussion, "논의함")
    qtbot.waitUntil(lambda: bool(_drafts(ctx)), timeout=3000)
    assert dialog.save_item()
    assert _drafts(ctx) == [] and not dialog.draft_label.text()
    reopened = MeetingDialog(ctx, meeting_id)
    qtbot.addWidget(reopened)
    assert reopened.draft_banner.isHidden()


def test_addendum_and_new_meeting_ask_before_losing_typed_text(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    meeting_id = _planned_meeting(ctx)
    ctx.write(lambda s, a: meetings.finalise(s, a, meeting_id))

    addendum = AddendumDialog(ctx, meeting_id)
    qtbot.addWidget(addendum)
    addendum.show()
    type_text(qtbot, addendum.text_edit, "참석자 소속 정정")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(addendum, Qt.Key.Key_Escape)
    assert asked and addendum.isVisible() and addendum.text() == "참석자 소속 정정"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    qtbot.keyClick(addendum, Qt.Key.Key_Escape)
    assert not addendum.isVisible()
    detail = ctx.read(lambda s, a: meetings.meeting_detail(s, a, meeting_id))
    assert [a.text for a in detail.addenda] == ["참석자 소속 정정"]

    planning = NewMeetingDialog(ctx)
    qtbot.addWidget(planning)
    planning.show()
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(planning, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not asked and not planning.isVisible()
    planning = NewMeetingDialog(ctx)
    qtbot.addWidget(planning)
    planning.show()
    type_text(qtbot, planning.title_edit, "2026 sel")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(planning, Qt.Key.Key_Escape)
    assert asked and planning.isVisible()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(planning, Qt.Key.Key_Escape)
    assert not planning.isVisible() and planning.meeting_id is None


def test_typed_minutes_and_attendees_survive_other_changes_and_a_refresh(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    dialog = MeetingDialog(ctx, _planned_meeting(ctx))
    qtbot.addWidget(dialog)
    first = dialog.minutes_items.item(0).data(Qt.ItemDataRole.UserRole)
    dialog.select_item(first)
    type_text(qtbot, dialog.discussion, "보호자 상담 결과 공유")
    dialog.attendees.removeRow(0)
    # Another change stored from this window (an agenda item added), then a refresh from outside.
    type_text(qtbot, dialog.new_item_edit, "학교 행사 안내")
    assert dialog.add_own_item()
    dialog.refresh()
    shown = dialog.current_item()
    assert shown is not None and shown.id == first
    assert dialog.discussion.toPlainText().endswith("보호자 상담 결과 공유") and dialog.item_edited()
    assert dialog.attendees_edited() and dialog.attendees.rowCount() == len(dialog.detail.attendees) - 1


def test_an_item_added_in_another_window_shows_without_losing_typed_minutes(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    from desktop.models import AgendaKind
    from desktop.services.meetings import ProposedItem

    ctx = demo_context("coordinator")
    meeting_id = _planned_meeting(ctx)
    dialog = MeetingDialog(ctx, meeting_id)
    qtbot.addWidget(dialog)
    items = dialog.minutes_items.count()
    first = dialog.minutes_items.item(0).data(Qt.ItemDataRole.UserRole)
    dialog.select_item(first)
    type_text(qtbot, dialog.discussion, "담임 의견 청취")

    # A colleague's window (or the meetings list) adds an item to the same meeting.
    ctx.write(
        lambda s, a: meetings.add_agenda_items(
            s, a, meeting_id, [ProposedItem(AgendaKind.OTHER, "학부모 면담 안내")]
        )
    )
    qtbot.waitUntil(lambda: dialog.minutes_items.count() == items + 1)
    assert dialog.discussion.toPlainText().endswith("담임 의견 청취") and dialog.item_edited()
    # Keeping a draft of what is typed changes nothing the window has to read again.
    reads = dialog._read_at.at
    dialog.keep_draft()
    ctx.changes.flush()
    assert dialog._read_at.at == reads
