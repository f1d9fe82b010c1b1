"""Text the school typed is shown as text: a student, organisation, note, meeting or school named
with markup shows that markup literally in every window, and no widget renders it (bold, an
image loaded from disk)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from desktop.models import (
    ActionItem,
    AgendaItem,
    CaseNote,
    Decision,
    Intervention,
    Meeting,
    MeetingAttendee,
    Organisation,
    PlanAction,
    PlanGoal,
    School,
    StaffAccount,
    Student,
    SupportCase,
    SupportPlan,
    SupportRequest,
    Task,
)
from desktop.ui.context import AppContext
from desktop.ui.widgets.plain_text import as_written
from tests.ui.test_languages import tour

MARKUP = "<b>굵게</b><img src=x>"


def _mark_the_school(ctx: AppContext) -> None:
    """Every name and free text the windows show becomes markup (written as a careless import
    or an older version could have stored it)."""
    tables = {
        Student: ("name", "guardian_name", "notes"),
        StaffAccount: ("display_name",),
        School: ("name", "team_name"),
        Organisation: ("name", "services", "contact_person", "notes"),
        SupportRequest: ("description", "requester_name"),
        SupportCase: ("summary", "state_reason"),
        CaseNote: ("text",),
        SupportPlan: ("current_state", "strengths", "monitoring_schedule"),
        PlanGoal: ("goal", "measure"),
        PlanAction: ("description",),
        Intervention: ("title", "notes"),
        Meeting: ("title", "place"),
        MeetingAttendee: ("name", "organisation"),
        AgendaItem: ("title", "discussion"),
        Decision: ("reason",),
        ActionItem: ("description",),
        Task: ("title", "notes"),
    }
    with ctx.vault.session() as session:
        for model, columns in tables.items():
            session.execute(update(model).values({column: MARKUP for column in columns}))
        session.commit()


def _would_render(text: str) -> bool:
    """Qt shows `text` as rich text (where the widget detects it) and it holds the stored markup."""
    return "<img src=x>" in text and QtGui.Qt.mightBeRichText(text)


def _model_tips(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            tip = model.data(model.index(row, column, parent), Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip


def rendered_markup(window: QWidget) -> list[str]:
    """Every widget of `window` that would render the stored markup instead of showing it."""
    found: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        where = f"{type(window).__name__}/{widget.objectName() or type(widget).__name__}"
        if _would_render(widget.toolTip()):
            found.append(f"{where} tool tip: {widget.toolTip()!r}")
        if isinstance(widget, QLabel) and MARKUP in widget.text():
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(widget.text())
            )
            if rich:
                found.append(f"{where} label: {widget.text()!r}")
        if isinstance(widget, QTextEdit) and '<img src="x"' in widget.toHtml():
            found.append(f"{where} text box renders an image")
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                if _would_render(widget.tabToolTip(i)):
                    found.append(f"{where} tab {i} tool tip: {widget.tabToolTip(i)!r}")
        shows_cells = isinstance(widget, QAbstractItemView | QComboBox) and not isinstance(
            widget, QHeaderView
        )
        model = widget.model() if shows_cells else None
        if model is not None:
            for tip in _model_tips(model):
                if _would_render(tip):
                    found.append(f"{where} cell tool tip: {tip!r}")
                    break
    return found


def _records(qtbot: QtBot, ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    """The dialogs of one record that the tour does not open: a student, an organisation, and
    opening a case for a student."""
    from desktop.services.organisations import organisation_detail
    from desktop.ui.requests.open_case_dialog import OpenCaseDialog
    from desktop.ui.resources.organisation_dialog import OrganisationDialog
    from desktop.ui.students.student_detail import open_student_detail

    with ctx.vault.session() as session:
        student_id = session.scalars(select(Student.id).limit(1)).one()
        organisation_id = session.scalars(select(Organisation.id).limit(1)).one()
    student = open_student_detail(None, ctx, student_id)
    assert student is not None
    organisation = OrganisationDialog(ctx, ctx.read(lambda s, a: organisation_detail(s, a, organisation_id)))
    for name, dialog in [
        ("student", student),
        ("organisation_record", organisation),
        ("open_case", OpenCaseDialog(ctx, MARKUP)),
    ]:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        ctx.runner.wait_for_idle()
        QApplication.processEvents()
        yield name, dialog
        dialog.reject()


def test_markup_typed_into_the_school_is_shown_as_text_in_every_window(
    qapp: QApplication, qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    _mark_the_school(demo_context("coordinator"))
    ctx = demo_context("coordinator")  # opened again: the school's name is read at sign-in
    assert ctx.school_name == MARKUP
    found: dict[str, list[str]] = {}
    seen = 0
    for place, window in tour(qtbot, ctx):
        labels = [w for w in window.findChildren(QLabel) if MARKUP in w.text()]
        seen += len(labels)
        if problems := rendered_markup(window):
            found[place] = problems
    for place, window in _records(qtbot, ctx):
        seen += len([w for w in window.findChildren(QLabel) if MARKUP in w.text()])
        if problems := rendered_markup(window):
            found[place] = problems
    assert seen > 0, "no window showed the marked names: the tour shows nothing to check"
    assert not found, "Stored markup rendered:\n" + "\n".join(
        f"  {place}: {problem}" for place, problems in found.items() for problem in problems
    )


def test_a_tool_tip_or_message_with_markup_reads_as_written(qapp: QApplication) -> None:
    shown = as_written(f"Take {MARKUP} out of the directory?")
    assert "<img" not in shown
    # Qt renders the escaped text back to the very characters that were stored.
    document = QtGui.QTextDocument()
    document.setHtml(shown)
    assert document.toPlainText() == f"Take {MARKUP} out of the directory?"
    box = QMessageBox(QMessageBox.Icon.Question, "Deactivate organisation", shown)
    assert any(w.text() == shown for w in box.findChildren(QLabel))
    assert as_written("Ctrl+N") == "Ctrl+N"  # ordinary text is left as it is
    assert as_written("a < b") == "a < b"
    assert as_written("") == ""
