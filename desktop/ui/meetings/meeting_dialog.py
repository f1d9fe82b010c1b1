"""The window of one meeting: Overview & attendees, Agenda, Minutes, Apply, and the Finalise /
Sign / Add addendum actions. Finalised minutes are read-only and show their dated addenda."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.models import AgendaKind, CaseState, DecisionOutcome, MeetingStatus
from desktop.services import meetings
from desktop.services.actor import Actor
from desktop.services.meetings import (
    ActionInput,
    AgendaItemRow,
    ApplyPreview,
    AttendeeInput,
    MeetingDetail,
    MinutesDraft,
    ProposedItem,
    StaffChoice,
)
from desktop.services.permissions import Permission
from desktop.storage.changes import Changes
from desktop.ui.change_bus import RefreshStamp, refresh_when_changed
from desktop.ui.context import AppContext
from desktop.ui.labels import label, members
from desktop.ui.meetings.addendum_dialog import AddendumDialog
from desktop.ui.meetings.staff_picker import AddStaffDialog, choice_label
from desktop.ui.timefmt import date_text, datetime_text, local
from desktop.ui.widgets.area import fit_columns, scale_font
from desktop.ui.widgets.dates import date_of, make_date_edit
from desktop.ui.widgets.feedback import run_action, save_discard_or_cancel
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.screen_fit import fit_to_screen
from desktop.ui.widgets.why_disabled import enable

_ID = Qt.ItemDataRole.UserRole
log = logging.getLogger(__name__)

# How long after the last key press the typed minutes are kept as a draft.
DRAFT_DELAY_MS = 2000


def _item(text: str, data: Any = None) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setData(_ID, data)
    return cell


class MeetingDialog(QDialog):
    """One meeting. `changed` is emitted after anything was stored."""

    changed = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Meeting"))
        fit_to_screen(self, QSize(980, 680))  # never taller than the screen above its taskbar
        self.manage = ctx.can(Permission.MANAGE_MEETINGS)
        self.may_sign = ctx.can(Permission.SIGN_MINUTES)
        self.may_apply = self.manage and ctx.can(Permission.CHANGE_CASE_STATE)
        self._staff: list[StaffChoice] = ctx.read(meetings.staff_choices)
        self.detail: MeetingDetail = ctx.read(lambda s, a: meetings.meeting_detail(s, a, meeting_id))
        self._item_id: int | None = None
        self.preview: ApplyPreview | None = None
        self._shown_state: tuple[Any, ...] | None = None
        # A draft of the shown item's unsaved form is kept a moment after each edit.
        self._draft_stored = False
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.keep_draft)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._overview_tab(), self.tr("&Overview && attendees"))
        self.tabs.addTab(self._agenda_tab(), self.tr("A&genda"))
        self.tabs.addTab(self._minutes_tab(), self.tr("&Minutes"))
        self.tabs.addTab(self._apply_tab(), self.tr("Appl&y"))
        self.tabs.currentChanged.connect(self._tab_shown)

        self.finalise_button = QPushButton(self.tr("&Finalise minutes…"), self)
        self.finalise_button.clicked.connect(self.finalise)
        self.sign_button = QPushButton(self.tr("&Sign minutes"), self)
        self.sign_button.clicked.connect(self.sign)
        self.addendum_button = QPushButton(self.tr("Add a&ddendum…"), self)
        self.addendum_button.clicked.connect(self.add_addendum)
        self.print_button = QPushButton(self.tr("Print minutes…"), self)
        self.print_button.setToolTip(self.tr("Ctrl+P"))
        self.print_button.clicked.connect(self.print_minutes)
        self.print_button.setVisible(ctx.can(Permission.PRINT_REPORTS))
        print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self, self.print_minutes)
        print_shortcut.setWhatsThis(self.tr("Print the minutes"))
        print_shortcut.setEnabled(ctx.can(Permission.PRINT_REPORTS))
        help_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_shortcuts)
        help_shortcut.setWhatsThis(self.tr("Show this list of keyboard shortcuts"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        for b in (self.finalise_button, self.sign_button, self.addendum_button, self.print_button):
            b.setAutoDefault(False)
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        self.header = PlainLabel(self)
        scale_font(self.header, 1.2, bold=True)
        layout.addWidget(self.header)
        layout.addWidget(self._draft_banner())
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)
        for k in range(self.tabs.count()):
            tab_shortcut = QShortcut(
                QKeySequence(f"Ctrl+{k + 1}"), self, lambda k=k: self.tabs.setCurrentIndex(k)
            )
            tab_shortcut.setWhatsThis(self.tr("Show the {tab} tab").format(tab=self.tabs.tabText(k)))
        self.show_detail()
        self.restore_draft()
        # A change to this meeting (or to the staff it lists) made in another window or on another
        # PC shows here at once; what is typed and not saved yet stays as typed (refresh()).
        self._read_at = RefreshStamp()
        self._read_at.mark()
        refresh_when_changed(ctx.changes, self, self._affected_by, self.refresh)

    def _affected_by(self, changes: Changes) -> bool:
        if changes.is_bookkeeping_only or self._read_at.covers(changes):
            return False
        return changes.touches_meeting(self.meeting_id) or changes.touches(("staff_account",))

    def show_shortcuts(self) -> None:
        from desktop.ui.settings.shortcuts_window import ShortcutsWindow

        self.shortcuts_window = ShortcutsWindow(self)
        self.shortcuts_window.open()

    def print_minutes(self) -> bool:
        """Print the minutes (회의록) with their purpose, through the preview."""
        if not self._ctx.can(Permission.PRINT_REPORTS):
            return False
        from desktop.reports.minutes import minutes_pdf
        from desktop.ui.printing.print_flow import print_document

        meeting_id = self.meeting_id
        return print_document(
            self,
            self._ctx,
            title=self.tr("Minutes"),
            build=lambda s, a, print_ctx, out: minutes_pdf(s, a, meeting_id, print_ctx, out),
        )

    # --- helpers ------------------------------------------------------------------------------

    def _do(self, action: Callable[[Session, Actor], Any], *, stores: str = "") -> bool:
        """Run a service call; on success reload everything and emit `changed`. `stores` names
        the form the call stored ("item", "attendees"): that form then shows what is stored."""
        result = run_action(self, self._ctx, lambda s, a: (action(s, a), True)[1])
        if result is None:
            return False
        self.reload(keep_item=stores != "item", keep_attendees=stores != "attendees")
        self.changed.emit()
        return True

    def refresh(self) -> None:
        """Show what is stored now, keeping whatever was typed and not saved yet."""
        self.reload()

    def reload(self, *, keep_item: bool = True, keep_attendees: bool = True) -> None:
        """Read the meeting again. The shown agenda item's unsaved edits and an edited attendee
        list stay as typed (unless they were just stored)."""
        form = self._unsaved_form() if keep_item and self.item_edited() else None
        attendees = self.attendee_inputs() if keep_attendees and self.attendees_edited() else None
        self._reread()
        if self._why_not_editable():
            return
        if form is not None:
            it = self.current_item()
            if it is not None and it.id == form.item_id:
                self._fill_form(form)
        if attendees is not None:
            self.attendees.setRowCount(0)
            for a in attendees:
                self._append_attendee(a)

    def _reread(self) -> None:
        if hasattr(self, "_read_at"):
            self._read_at.mark()
        self.detail = self._ctx.read(lambda s, a: meetings.meeting_detail(s, a, self.meeting_id))
        self.preview = None  # made from the data before the change
        self.preview_list.clear()
        self.show_detail()
        if self.tabs.currentWidget() is self.apply_page and self.manage:
            self.show_preview()

    @property
    def locked(self) -> bool:
        return self.detail.status is MeetingStatus.FINALISED

    def show_detail(self) -> None:
        d = self.detail
        title = d.title or self.tr("{year} meeting no. {number}").format(year=d.year, number=d.number)
        self.header.setText(f"{title} — {label(d.status)}")
        self._show_overview()
        self._show_agenda()
        self._show_minutes_list()
        why_not_editable = self._why_not_editable()
        for w in self._editing_widgets:
            enable(w, why_not_editable)
        self.finalise_button.setVisible(self.manage)
        enable(self.finalise_button, self.tr("These minutes are already finalised.") if self.locked else "")
        self.sign_button.setVisible(self.may_sign)
        enable(
            self.sign_button,
            self.tr("Only finalised minutes can be signed.")
            if not self.locked
            else self.tr("These minutes are already signed.")
            if d.signed_at is not None
            else "",
        )
        self.addendum_button.setVisible(self.manage or self.may_sign)
        enable(
            self.addendum_button,
            ""
            if self.locked
            else self.tr("Addenda are added to finalised minutes; until then change the minutes themselves."),
        )
        self.apply_button.setVisible(self.manage)
        self.preview_button.setVisible(self.manage)
        self._show_proposal_buttons()
        self._show_apply_state()

    def _why_not_editable(self) -> str:
        """Why the meeting's data, agenda and minutes cannot be changed here ("" when they can)."""
        if not self.manage:
            return self.tr(
                "Your account may look at meetings; changing them is for those who manage meetings."
            )
        if self.locked:
            return self.tr("The minutes are finalised: write an addendum for any change.")
        return ""

    # --- overview -----------------------------------------------------------------------------

    def _overview_tab(self) -> QWidget:
        page = QWidget(self)
        self.info = PlainLabel(page)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setWordWrap(True)
        self.attendees = QTableWidget(0, 5, page)
        self.attendees.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Position"),
                self.tr("Organisation"),
                self.tr("External"),
                self.tr("Present"),
            ]
        )
        self.attendees.horizontalHeader().setStretchLastSection(True)
        self.attendees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_staff_button = QPushButton(self.tr("Add &staff…"), page)
        self.add_staff_button.clicked.connect(self._add_staff)
        self.add_guest_button = QPushButton(self.tr("Add g&uest"), page)
        self.add_guest_button.clicked.connect(self._add_guest)
        self.remove_attendee_button = QPushButton(self.tr("&Remove"), page)
        self.remove_attendee_button.clicked.connect(
            lambda: self.attendees.removeRow(self.attendees.currentRow())
        )
        self.save_attendees_button = QPushButton(self.tr("Save a&ttendees"), page)
        self.save_attendees_button.clicked.connect(self.save_attendees)
        self.addenda = QListWidget(page)
        self.addenda.setObjectName("addenda")
        self.hash_label = PlainLabel(page)
        row = QHBoxLayout()
        for b in (self.add_staff_button, self.add_guest_button, self.remove_attendee_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.save_attendees_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.info)
        layout.addWidget(
            PlainLabel(self.tr("Attendees (external guests with position and organisation)"), page)
        )
        layout.addWidget(self.attendees, 2)
        layout.addLayout(row)
        layout.addWidget(self.hash_label)
        layout.addWidget(PlainLabel(self.tr("Addenda"), page))
        layout.addWidget(self.addenda, 1)
        self._editing_widgets: list[QWidget] = [
            self.add_staff_button,
            self.add_guest_button,
            self.remove_attendee_button,
            self.save_attendees_button,
        ]
        return page

    def _show_overview(self) -> None:
        d = self.detail
        lines = [
            self.tr("Type: {type}").format(type=label(d.meeting_type)),
            self.tr("Number: {year} no. {number}").format(year=d.year, number=d.number),
            self.tr("Date: {date}").format(date=datetime_text(d.held_at)),
            self.tr("Place: {place}").format(place=d.place),
            self.tr("Chair: {chair}").format(chair=d.chair_name),
            self.tr("Status: {status}").format(status=label(d.status)),
        ]
        if d.decisions_applied_at is not None:
            lines.append(self.tr("Decisions applied: {at}").format(at=datetime_text(d.decisions_applied_at)))
        if d.finalised_at is not None:
            lines.append(self.tr("Finalised: {at}").format(at=datetime_text(d.finalised_at)))
        if d.signed_at is not None:
            lines.append(
                self.tr("Signed by {name} on {at}").format(
                    name=d.signed_by_name, at=datetime_text(d.signed_at)
                )
            )
        self.info.setText("\n".join(lines))
        self.attendees.setRowCount(0)
        for a in d.attendees:
            self._append_attendee(a)
        fit_columns(self.attendees)
        if d.content_hash:
            matches = self._ctx.read(lambda s, a: meetings.hash_matches(s, a, self.meeting_id))
            state = self.tr("matches the minutes") if matches else self.tr("DOES NOT MATCH the minutes")
            self.hash_label.setText(
                self.tr("Content hash (SHA-256) {hash}: {state}").format(
                    hash=d.content_hash[:16] + "…", state=state
                )
            )
        else:
            self.hash_label.setText(self.tr("The minutes are not finalised yet."))
        self.addenda.clear()
        for add in d.addenda:
            QListWidgetItem(
                self.tr("{at} — {author}: {text}").format(
                    at=datetime_text(add.written_at), author=add.author_name, text=add.text
                ),
                self.addenda,
            )

    def _append_attendee(self, a: AttendeeInput) -> None:
        r = self.attendees.rowCount()
        self.attendees.insertRow(r)
        name = _item(a.name, a.staff_id)
        if a.staff_id is not None:
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.attendees.setItem(r, 0, name)
        self.attendees.setItem(r, 1, _item(a.position))
        self.attendees.setItem(r, 2, _item(a.organisation))
        for col, value in ((3, a.external), (4, a.present)):
            box = QTableWidgetItem()
            box.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            box.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            self.attendees.setItem(r, col, box)

    def attendee_inputs(self) -> list[AttendeeInput]:
        rows: list[AttendeeInput] = []
        for r in range(self.attendees.rowCount()):

            def text(c: int, r: int = r) -> str:
                cell = self.attendees.item(r, c)
                return cell.text() if cell is not None else ""

            def checked(c: int, r: int = r) -> bool:
                cell = self.attendees.item(r, c)
                return cell is not None and cell.checkState() == Qt.CheckState.Checked

            name = self.attendees.item(r, 0)
            rows.append(
                AttendeeInput(
                    text(0),
                    text(1),
                    text(2),
                    staff_id=name.data(_ID) if name is not None else None,
                    external=checked(3),
                    present=checked(4),
                )
            )
        return rows

    def _add_staff(self) -> None:
        present = {a.staff_id for a in self.attendee_inputs() if a.staff_id is not None}
        dialog = AddStaffDialog([s for s in self._staff if s.id not in present], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_staff_attendees(dialog.picker.checked_ids())

    def add_staff_attendees(self, staff_ids: list[int]) -> None:
        by_id = {s.id: s for s in self._staff}
        for staff_id in staff_ids:
            s = by_id[staff_id]
            self._append_attendee(AttendeeInput(s.name, s.position, "", staff_id=s.id))
        fit_columns(self.attendees)

    def attendees_edited(self) -> bool:
        """True when the attendee table differs from the stored attendees."""
        return self.manage and not self.locked and self.attendee_inputs() != list(self.detail.attendees)

    def _add_guest(self) -> None:
        self._append_attendee(AttendeeInput(self.tr("Guest"), "", "", external=True))
        r = self.attendees.rowCount() - 1
        self.attendees.setCurrentCell(r, 0)
        cell = self.attendees.item(r, 0)
        if cell is not None:
            self.attendees.editItem(cell)

    def save_attendees(self) -> bool:
        rows = self.attendee_inputs()
        return self._do(lambda s, a: meetings.set_attendees(s, a, self.meeting_id, rows), stores="attendees")

    # --- agenda -------------------------------------------------------------------------------

    def _agenda_tab(self) -> QWidget:
        page = QWidget(self)
        self.agenda = QListWidget(page)
        self.agenda.setObjectName("agenda")
        self.up_button = QPushButton(self.tr("Move &up"), page)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"), page)
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_item_button = QPushButton(self.tr("Remo&ve item"), page)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.new_item_edit = QLineEdit(page)
        self.new_item_edit.setPlaceholderText(self.tr("A new item, written by hand"))
        self.new_item_edit.returnPressed.connect(self.add_own_item)
        self.add_item_button = QPushButton(self.tr("&Add item"), page)
        self.add_item_button.clicked.connect(self.add_own_item)
        self.proposals = QListWidget(page)
        self.proposals.setObjectName("proposals")
        self.proposals.itemChanged.connect(lambda _item: self._show_proposal_buttons())
        self.propose_button = QPushButton(self.tr("&Propose from open work"), page)
        self.propose_button.clicked.connect(self.propose)
        self.select_all_button = QPushButton(self.tr("Select a&ll"), page)
        self.select_all_button.clicked.connect(lambda: self._tick_proposals(Qt.CheckState.Checked))
        self.select_none_button = QPushButton(self.tr("Select &none"), page)
        self.select_none_button.clicked.connect(lambda: self._tick_proposals(Qt.CheckState.Unchecked))
        self.accept_button = QPushButton(self.tr("Accept &checked suggestions"), page)
        self.accept_button.clicked.connect(self.accept_proposals)
        buttons = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_item_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        own = QHBoxLayout()
        own.addWidget(self.new_item_edit, 1)
        own.addWidget(self.add_item_button)
        proposal_bar = QHBoxLayout()
        proposal_bar.addWidget(self.propose_button)
        proposal_bar.addWidget(self.select_all_button)
        proposal_bar.addWidget(self.select_none_button)
        proposal_bar.addWidget(self.accept_button)
        proposal_bar.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(PlainLabel(self.tr("Agenda"), page))
        layout.addWidget(self.agenda, 2)
        layout.addLayout(buttons)
        layout.addLayout(own)
        layout.addWidget(
            PlainLabel(
                self.tr("Suggestions: new requests, cases due for review, overdue tasks (tick those to add)"),
                page,
            )
        )
        layout.addWidget(self.proposals, 2)
        layout.addLayout(proposal_bar)
        self._proposed: list[ProposedItem] = []
        self._editing_widgets += [
            self.up_button,
            self.down_button,
            self.remove_item_button,
            self.new_item_edit,
            self.add_item_button,
            self.propose_button,
        ]
        return page

    def _checked_proposals(self) -> list[ProposedItem]:
        return [
            p
            for k, p in enumerate(self._proposed)
            if self.proposals.item(k) is not None
            and self.proposals.item(k).checkState() == Qt.CheckState.Checked
        ]

    def _tick_proposals(self, state: Qt.CheckState) -> None:
        self.proposals.blockSignals(True)
        for k in range(len(self._proposed)):
            self.proposals.item(k).setCheckState(state)
        self.proposals.blockSignals(False)
        self._show_proposal_buttons()

    def _show_proposal_buttons(self) -> None:
        why = self._why_not_editable()
        listed = why or ("" if self._proposed else self.tr("Propose items from open work first."))
        enable(self.select_all_button, listed)
        enable(self.select_none_button, listed)
        enable(
            self.accept_button,
            listed
            or ("" if self._checked_proposals() else self.tr("Tick the suggestions to put on the agenda.")),
        )

    def _show_agenda(self) -> None:
        current = self.agenda.currentItem().data(_ID) if self.agenda.currentItem() else None
        self.agenda.clear()
        for it in self.detail.items:
            entry = QListWidgetItem(f"{it.sort_order}. [{label(it.kind)}] {it.title}", self.agenda)
            entry.setData(_ID, it.id)
            if it.id == current:
                self.agenda.setCurrentItem(entry)

    def _selected_agenda_id(self) -> int | None:
        current = self.agenda.currentItem()
        if current is None:
            return None
        item_id: int = current.data(_ID)
        return item_id

    def _move(self, offset: int) -> None:
        item_id = self._selected_agenda_id()
        if item_id is not None:
            self._do(lambda s, a: meetings.move_agenda_item(s, a, item_id, offset))

    def remove_item(self) -> None:
        item_id = self._selected_agenda_id()
        if item_id is not None:
            self._do(lambda s, a: meetings.remove_agenda_item(s, a, item_id))

    def add_own_item(self) -> bool:
        title = self.new_item_edit.text().strip()
        if not title:
            self.new_item_edit.setFocus()
            return False
        if self._do(
            lambda s, a: meetings.add_agenda_items(
                s, a, self.meeting_id, [ProposedItem(AgendaKind.OTHER, title)]
            )
        ):
            self.new_item_edit.clear()
            return True
        return False

    def propose(self) -> None:
        self._proposed = self._ctx.read(lambda s, a: meetings.propose_agenda(s, a, self.meeting_id))
        self.proposals.clear()
        for p in self._proposed:
            entry = QListWidgetItem(f"[{label(p.kind)}] {p.title}", self.proposals)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Nothing is ticked for the user: they choose what the meeting will discuss.
            entry.setCheckState(Qt.CheckState.Unchecked)
        if not self._proposed:
            QListWidgetItem(
                self.tr("Nothing to propose: no new requests, reviews due or overdue tasks."), self.proposals
            )
        self._show_proposal_buttons()

    def accept_proposals(self) -> None:
        chosen = self._checked_proposals()
        if chosen and self._do(lambda s, a: meetings.add_agenda_items(s, a, self.meeting_id, chosen)):
            self._proposed = []
            self.proposals.clear()
            self._show_proposal_buttons()

    # --- minutes ------------------------------------------------------------------------------

    def _minutes_tab(self) -> QWidget:
        page = QWidget(self)
        self.minutes_items = QListWidget(page)
        self.minutes_items.setObjectName("minutes_items")
        self.minutes_items.currentItemChanged.connect(self._item_chosen)
        self.discussion = QPlainTextEdit(page)
        self.discussion.setTabChangesFocus(True)
        self.outcome = QComboBox(page)
        self.outcome.addItem(self.tr("(no decision)"), None)
        for member, text in members(DecisionOutcome):
            self.outcome.addItem(text, member)
        self.outcome.currentIndexChanged.connect(self._suggest_target)
        self.target = QComboBox(page)
        self.target.addItem(self.tr("(no change of the case's state)"), None)
        for member, text in members(CaseState):
            self.target.addItem(text, member)
        self.reason = QLineEdit(page)
        self.action_table = QTableWidget(0, 3, page)
        self.action_table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Who"), self.tr("Due")])
        self.action_table.horizontalHeader().setStretchLastSection(True)
        self.action_table.setColumnWidth(0, 320)
        self.add_action_button = QPushButton(self.tr("Add action &item"), page)
        self.add_action_button.clicked.connect(lambda: self._append_action(None))
        self.remove_action_button = QPushButton(self.tr("Remove action item"), page)
        self.remove_action_button.clicked.connect(
            lambda: self.action_table.removeRow(self.action_table.currentRow())
        )
        self.save_item_button = QPushButton(self.tr("Sa&ve item"), page)
        self.save_item_button.clicked.connect(self.save_item)
        self.applied_label = PlainLabel(page)
        self.draft_label = PlainLabel(page)
        self.draft_label.setObjectName("draft_label")
        self.discussion.textChanged.connect(self._form_touched)
        self.outcome.currentIndexChanged.connect(self._form_touched)
        self.target.currentIndexChanged.connect(self._form_touched)
        self.reason.textChanged.connect(self._form_touched)
        self.action_table.itemChanged.connect(self._form_touched)
        self.action_table.model().rowsRemoved.connect(self._form_touched)
        form = QFormLayout()
        form.addRow(self.tr("Dis&cussion"), self.discussion)
        form.addRow(self.tr("D&ecision"), self.outcome)
        form.addRow(self.tr("&New case state"), self.target)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("Action items"), self.action_table)
        bar = QHBoxLayout()
        bar.addWidget(self.add_action_button)
        bar.addWidget(self.remove_action_button)
        bar.addStretch(1)
        bar.addWidget(self.draft_label)
        bar.addWidget(self.save_item_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.applied_label)
        right.addLayout(bar)
        layout = QHBoxLayout(page)
        layout.addWidget(self.minutes_items, 1)
        layout.addLayout(right, 2)
        self._minutes_widgets: list[QWidget] = [
            self.discussion,
            self.outcome,
            self.target,
            self.reason,
            self.action_table,
            self.add_action_button,
            self.remove_action_button,
            self.save_item_button,
        ]
        return page

    def _show_minutes_list(self) -> None:
        keep = self._item_id
        self.minutes_items.blockSignals(True)
        self.minutes_items.clear()
        for it in self.detail.items:
            entry = QListWidgetItem(f"{it.sort_order}. {it.title}", self.minutes_items)
            entry.setData(_ID, it.id)
            if it.id == keep:
                self.minutes_items.setCurrentItem(entry)
        if self.minutes_items.currentItem() is None and self.minutes_items.count():
            self.minutes_items.setCurrentRow(0)
        self.minutes_items.blockSignals(False)
        self._show_item()

    def current_item(self) -> AgendaItemRow | None:
        entry = self.minutes_items.currentItem()
        if entry is None:
            return None
        return next((i for i in self.detail.items if i.id == entry.data(_ID)), None)

    def select_item(self, item_id: int) -> None:
        for k in range(self.minutes_items.count()):
            if self.minutes_items.item(k).data(_ID) == item_id:
                self.minutes_items.setCurrentRow(k)

    def _form_state(self) -> tuple[Any, ...]:
        """What the item's form holds now, to tell typed edits from what was shown."""
        return (
            self.discussion.toPlainText(),
            self.outcome.currentData(),
            self.target.currentData(),
            self.reason.text(),
            tuple(self.action_inputs()),
        )

    def item_edited(self) -> bool:
        """True when the shown agenda item's form differs from what is stored."""
        return self._shown_state is not None and self._form_state() != self._shown_state

    def keep_or_drop_item_edits(self) -> bool:
        """Before the shown item's edits would be lost: Save (go on only if it was stored),
        Discard, or Cancel. True when the caller may go on."""
        if not self.item_edited():
            return True
        self.keep_draft()  # kept while the question is open, too
        it = self.current_item()
        answer = save_discard_or_cancel(
            self,
            self.tr("Unsaved agenda item"),
            self.tr("The agenda item “{title}” has changes that are not saved yet. Save them?").format(
                title=it.title if it is not None else ""
            ),
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_item()
        if answer == QMessageBox.StandardButton.Discard:
            self.forget_draft()
            return True
        return False

    def _item_chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if previous is not None and current is not previous and self.item_edited():
            # Back to the edited item while the question is asked.
            target = current.data(_ID) if current is not None else None
            self.minutes_items.blockSignals(True)
            self.minutes_items.setCurrentItem(previous)
            self.minutes_items.blockSignals(False)
            if not self.keep_or_drop_item_edits():
                return
            self._shown_state = None
            if target is not None:
                self.select_item(target)  # after a save the list was rebuilt
            return
        self._show_item()

    def keep_or_drop_other_edits(self) -> bool:
        """Before closing: unsaved attendees, or an agenda item typed but not added, are Saved,
        Discarded or kept by Cancel. True when the window may close."""
        attendees = self.attendees_edited()
        new_item = bool(self.new_item_edit.text().strip()) and self.manage and not self.locked
        if not (attendees or new_item):
            return True
        answer = save_discard_or_cancel(
            self,
            self.tr("Unsaved changes"),
            self.tr("The attendees have changes that are not saved yet. Save them?")
            if attendees and not new_item
            else self.tr("The agenda item “{title}” was typed but not added yet. Add it?").format(
                title=self.new_item_edit.text().strip()
            )
            if not attendees
            else self.tr("The attendees and a typed agenda item are not saved yet. Save them?"),
        )
        if answer == QMessageBox.StandardButton.Save:
            if attendees and not self.save_attendees():
                return False
            return not new_item or self.add_own_item()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Esc or Close: typed minutes, attendees or a typed agenda item are never thrown away
        without asking."""
        if not self.keep_or_drop_item_edits() or not self.keep_or_drop_other_edits():
            return
        self.draft_timer.stop()
        super().reject()

    def _show_item(self) -> None:
        self._shown_state = None
        self.draft_timer.stop()
        it = self.current_item()
        self._item_id = it.id if it is not None else None
        why_not = self._why_not_editable() or (
            "" if it is not None else self.tr("Choose an agenda item first.")
        )
        for w in self._minutes_widgets:
            enable(w, why_not)
        applied_at = it.decision.applied_at if it is not None and it.decision is not None else None
        if not why_not and it is not None and (applied_at is not None or any(a.task_id for a in it.actions)):
            why_applied = self.tr(
                "The decisions of this item were applied: only the discussion can still change."
            )
            for w in (self.outcome, self.target, self.reason, self.action_table):
                enable(w, why_applied)
            for w in (self.add_action_button, self.remove_action_button):
                enable(w, why_applied)
        self.discussion.setReadOnly(bool(why_not))
        self.action_table.setRowCount(0)
        if it is None:
            self.discussion.clear()
            self.applied_label.clear()
            return
        self.discussion.setPlainText(it.discussion)
        d = it.decision
        self.outcome.blockSignals(True)
        self.outcome.setCurrentIndex(self.outcome.findData(d.outcome if d else None))
        self.outcome.blockSignals(False)
        self.target.setCurrentIndex(self.target.findData(d.target_state if d else None))
        self.reason.setText(d.reason if d else "")
        for a in it.actions:
            self._append_action(ActionInput(a.description, a.assignee_id, a.due_on))
        if self.locked:
            self.applied_label.setText(self.tr("The minutes are finalised: changes are written as addenda."))
        elif d is not None and d.applied_at is not None:
            self.applied_label.setText(
                self.tr("Applied on {at}: only the discussion can still change.").format(
                    at=datetime_text(d.applied_at)
                )
            )
        else:
            self.applied_label.clear()
        self._shown_state = self._form_state()

    def _suggest_target(self) -> None:
        outcome = self.outcome.currentData()
        target = meetings.DEFAULT_TARGET.get(DecisionOutcome(outcome)) if outcome is not None else None
        if target is not None and self.current_item() is not None and self.current_item().case_id is not None:  # type: ignore[union-attr]
            self.target.setCurrentIndex(self.target.findData(target))

    def _append_action(self, action: ActionInput | None) -> None:
        r = self.action_table.rowCount()
        self.action_table.insertRow(r)
        self.action_table.setItem(r, 0, _item(action.description if action else ""))
        who = QComboBox(self.action_table)
        who.addItem(self.tr("(nobody yet)"), None)
        for s in self._staff:
            who.addItem(choice_label(s), s.id)
        who.setCurrentIndex(max(0, who.findData(action.assignee_id if action else self._ctx.actor.staff_id)))
        who.currentIndexChanged.connect(self._form_touched)
        self.action_table.setCellWidget(r, 1, who)
        due = make_date_edit(action.due_on if action else None, self.action_table)
        due.dateChanged.connect(self._form_touched)
        self.action_table.setCellWidget(r, 2, due)
        if action is None:
            self.action_table.setCurrentCell(r, 0)
            cell = self.action_table.item(r, 0)
            if cell is not None:
                self.action_table.editItem(cell)

    def action_inputs(self) -> list[ActionInput]:
        rows: list[ActionInput] = []
        for r in range(self.action_table.rowCount()):
            cell = self.action_table.item(r, 0)
            who = self.action_table.cellWidget(r, 1)
            due = self.action_table.cellWidget(r, 2)
            assert isinstance(who, QComboBox) and isinstance(due, QDateEdit)
            rows.append(ActionInput(cell.text() if cell else "", who.currentData(), date_of(due)))
        return rows

    def save_item(self) -> bool:
        it = self.current_item()
        if it is None:
            return False
        # Combo boxes hand enum members back as plain strings.
        raw_outcome, raw_target = self.outcome.currentData(), self.target.currentData()
        outcome = DecisionOutcome(raw_outcome) if raw_outcome is not None else None
        target = CaseState(raw_target) if raw_target is not None else None
        discussion, reason, actions = self.discussion.toPlainText(), self.reason.text(), self.action_inputs()
        if any(not a.description.strip() for a in actions):
            QMessageBox.warning(
                self, self.tr("Action items"), self.tr("Every action item needs a description.")
            )
            return False
        saved = self._do(
            lambda s, a: meetings.record_item(
                s,
                a,
                it.id,
                discussion=discussion,
                outcome=outcome,
                target_state=target,
                reason=reason,
                actions=actions,
            ),
            stores="item",
        )
        if saved:  # storing the item removed its draft in the same transaction
            self._draft_forgotten()
        return saved

    # --- the draft of the minutes ---------------------------------------------------------------

    def _draft_banner(self) -> QFrame:
        self.draft_banner = QFrame(self)
        self.draft_banner.setObjectName("draft_banner")
        self.draft_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.draft_banner_label = PlainLabel(self.draft_banner)
        self.draft_banner_label.setWordWrap(True)
        self.keep_draft_button = QPushButton(self.tr("&Keep the draft"), self.draft_banner)
        self.keep_draft_button.setAutoDefault(False)
        self.keep_draft_button.clicked.connect(self.draft_banner.hide)
        self.discard_draft_button = QPushButton(self.tr("Discard t&he draft"), self.draft_banner)
        self.discard_draft_button.setAutoDefault(False)
        self.discard_draft_button.clicked.connect(self.discard_draft)
        row = QHBoxLayout(self.draft_banner)
        row.addWidget(self.draft_banner_label, 1)
        row.addWidget(self.keep_draft_button)
        row.addWidget(self.discard_draft_button)
        self.draft_banner.hide()
        return self.draft_banner

    def _form_touched(self, *_args: object) -> None:
        """An edit in the item's form: keep a draft once typing pauses."""
        if self._shown_state is not None:
            self.draft_timer.start()

    def keep_draft(self) -> bool:
        """Store the shown item's unsaved form as this user's draft (or forget the draft once the
        form is back to what is stored). A failure is logged and shown, never raised."""
        self.draft_timer.stop()
        it = self.current_item()
        if it is None or self._why_not_editable():
            return False
        if not self.item_edited():
            if self._draft_stored:
                self.forget_draft()
            return False
        form = self._unsaved_form()
        assert form is not None
        try:
            at = self._ctx.write(
                lambda s, a: meetings.save_minutes_draft(
                    s,
                    a,
                    form.item_id,
                    discussion=form.discussion,
                    outcome=form.outcome,
                    target_state=form.target_state,
                    reason=form.reason,
                    actions=form.actions,
                )
            )
        except Exception as exc:  # a draft must never interrupt the typing
            log.warning("the draft of the minutes could not be kept: %s", type(exc).__name__)
            self.draft_label.setText(self.tr("The draft could not be kept; save the item."))
            return False
        if at is None:
            return False
        self._draft_stored = True
        self.draft_label.setText(self.tr("Draft kept at {time}").format(time=local(at).strftime("%H:%M:%S")))
        return True

    def _unsaved_form(self) -> MinutesDraft | None:
        """What the shown item's form holds now, as a draft."""
        it = self.current_item()
        if it is None:
            return None
        raw_outcome, raw_target = self.outcome.currentData(), self.target.currentData()
        return MinutesDraft(
            item_id=it.id,
            saved_at=datetime.now(UTC),
            discussion=self.discussion.toPlainText(),
            outcome=DecisionOutcome(raw_outcome) if raw_outcome is not None else None,
            target_state=CaseState(raw_target) if raw_target is not None else None,
            reason=self.reason.text(),
            actions=tuple(self.action_inputs()),
        )

    def forget_draft(self) -> None:
        """Remove this user's draft of the minutes (its edits were discarded)."""
        self.draft_timer.stop()
        if self._draft_stored:
            try:
                self._ctx.write(lambda s, a: meetings.clear_minutes_draft(s, a, self.meeting_id))
            except Exception as exc:
                log.warning("the draft of the minutes could not be removed: %s", type(exc).__name__)
        self._draft_forgotten()

    def _draft_forgotten(self) -> None:
        self.draft_timer.stop()
        self._draft_stored = False
        self.draft_label.clear()
        self.draft_banner.hide()

    def restore_draft(self) -> MinutesDraft | None:
        """On opening: bring back this user's unsaved draft of the minutes into its item's form,
        and say so, with the time it was kept; they keep it (and save the item) or discard it."""
        if self._why_not_editable():
            return None
        draft: MinutesDraft | None = self._ctx.read(
            lambda s, a: meetings.minutes_draft(s, a, self.meeting_id)
        )
        if draft is None:
            return None
        self.select_item(draft.item_id)
        it = self.current_item()
        if it is None or it.id != draft.item_id:
            return None
        self._fill_form(draft)
        self.draft_timer.stop()
        self._draft_stored = True
        when = local(draft.saved_at).strftime("%Y-%m-%d %H:%M:%S")
        self.draft_banner_label.setText(
            self.tr(
                "Restored the unsaved draft of the minutes kept at {time} (agenda item “{title}”)."
            ).format(time=when, title=it.title)
        )
        self.draft_label.setText(self.tr("Draft kept at {time}").format(time=when[11:]))
        self.draft_banner.show()
        self.tabs.setCurrentIndex(2)
        return draft

    def _fill_form(self, draft: MinutesDraft) -> None:
        self.discussion.setPlainText(draft.discussion)
        if self.outcome.isEnabled():
            self.outcome.blockSignals(True)
            self.outcome.setCurrentIndex(self.outcome.findData(draft.outcome))
            self.outcome.blockSignals(False)
            self.target.setCurrentIndex(self.target.findData(draft.target_state))
            self.reason.setText(draft.reason)
            self.action_table.setRowCount(0)
            for a in draft.actions:
                self._append_action(a)

    def discard_draft(self) -> None:
        """Throw the restored draft away: the item shows what is stored."""
        self.forget_draft()
        self._show_item()

    # --- apply --------------------------------------------------------------------------------

    def _apply_tab(self) -> QWidget:
        page = QWidget(self)
        self.preview_list = QListWidget(page)
        self.preview_list.setObjectName("preview_list")
        self.preview_button = QPushButton(self.tr("&Preview"), page)
        self.preview_button.clicked.connect(self.show_preview)
        self.apply_button = QPushButton(self.tr("&Apply decisions"), page)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.apply_reason = PlainLabel(page)
        self.apply_reason.setObjectName("apply_reason")
        self.apply_reason.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.preview_button)
        bar.addWidget(self.apply_button)
        bar.addWidget(self.apply_reason, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(
            PlainLabel(
                self.tr(
                    "Applying changes every case state, and creates every task and intervention listed here, "
                    "all at once — or nothing when one change is refused."
                ),
                page,
            )
        )
        layout.addWidget(self.preview_list, 1)
        layout.addLayout(bar)
        self.preview = None
        self.apply_page = page
        return page

    def show_preview(self) -> ApplyPreview:
        from PySide6.QtCore import QCoreApplication

        preview: ApplyPreview = self._ctx.read(lambda s, a: meetings.preview_apply(s, a, self.meeting_id))
        self.preview = preview
        self.preview_list.clear()
        for c in preview.state_changes:
            text = self.tr("Case {case}: {old} → {new}").format(
                case=c.case_code, old=label(c.from_state), new=label(c.to_state)
            )
            if c.refusal is not None:
                text += " — " + self.tr("REFUSED: {why}").format(
                    why=QCoreApplication.translate("errors", c.refusal)
                )
            QListWidgetItem(text, self.preview_list)
        for t in preview.tasks:
            QListWidgetItem(
                self.tr("New task: {title} — {who}, due {due}").format(
                    title=t.title, who=t.assignee_name or self.tr("nobody yet"), due=date_text(t.due_on)
                ),
                self.preview_list,
            )
        for i in preview.interventions:
            QListWidgetItem(
                self.tr("New intervention for case {case}: {title}").format(case=i.case_code, title=i.title),
                self.preview_list,
            )
        if preview.empty:
            QListWidgetItem(self.tr("Nothing left to apply."), self.preview_list)
        self._show_apply_state()
        return preview

    def _why_not_apply(self) -> str:
        """Why the decisions cannot be applied now ("" when the button may be pressed)."""
        if not self.manage:
            return self.tr(
                "Previewing and applying the decisions is for those who manage meetings; "
                "the minutes show what was decided."
            )
        if not self.may_apply:
            return self.tr(
                "Your account may not change the state of a case, so it cannot apply the decisions: "
                "ask the coordinator. The preview shows what applying will do."
            )
        if self.preview is None:
            return self.tr("Preview first: applying does exactly what the preview lists.")
        if self.preview.empty:
            return self.tr("Nothing left to apply.")
        if self.preview.refused:
            return self.tr("A state change in the list is refused: correct that decision first.")
        if self.preview.interventions and not self._ctx.can(Permission.ASSIGN_INTERVENTION):
            return self.tr("Your account may not assign interventions, which applying would create.")
        return ""

    def _show_apply_state(self) -> None:
        why = self._why_not_apply()
        enable(self.apply_button, why)
        self.apply_reason.setText(why)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.apply_page and self.manage:
            self.show_preview()

    def apply(self) -> bool:
        if self.preview is None:
            self.show_preview()
        done = self._do(lambda s, a: meetings.apply_decisions(s, a, self.meeting_id))
        self.show_preview()
        return done

    # --- finalise, sign, addendum -------------------------------------------------------------

    def finalise(self) -> bool:
        """Lock the minutes, after the shown item's edits were saved or discarded, warning when
        agenda items have no decision."""
        if not self.keep_or_drop_item_edits():
            return False
        lock = self.tr("Finalised minutes are locked: later changes can only be added as dated addenda.")
        undecided = sum(1 for it in self.detail.items if it.decision is None)
        if undecided:
            question = self.tr(
                "{undecided} of {total} agenda items have no decision. Finalise anyway?"
            ).format(undecided=undecided, total=len(self.detail.items))
            default = QMessageBox.StandardButton.No
        else:
            question = self.tr("Finalise now?")
            default = QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(
            self,
            self.tr("Finalise minutes"),
            f"{question}\n\n{lock}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            default,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._do(lambda s, a: meetings.finalise(s, a, self.meeting_id))

    def sign(self) -> bool:
        return self._do(lambda s, a: meetings.sign(s, a, self.meeting_id))

    def add_addendum(self) -> bool:
        dialog = AddendumDialog(self._ctx, self.meeting_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.reload()
        self.changed.emit()
        return True


__all__ = ["MeetingDialog"]
