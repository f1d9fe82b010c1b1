"""The Admin area: account administration for administrators, the audit log review for those who
may view the log (coordinator, principal), nothing for the others."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditReview, Role, StaffAccount, Student
from desktop.services import audit, audit_review
from desktop.services.audit import AuditAction
from desktop.services.errors import ServiceError
from desktop.ui.admin.admin_view import AdminView
from desktop.ui.admin.audit_table_model import student_text
from desktop.ui.context import AppContext
from desktop.ui.main_window import AREAS
from desktop.ui.widgets import feedback


def _view(qtbot: QtBot, ctx: AppContext) -> AdminView:
    view = AdminView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    return view


def _errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def fake(parent: Any, exc: ServiceError, title: str | None = None) -> None:
        shown.append(exc.text())

    monkeypatch.setattr(feedback, "show_error", fake)
    return shown


def _admin_area_visible(ctx: AppContext) -> bool:
    spec = next(a for a in AREAS if a.key == "admin")
    return spec.allowed(ctx)


def _ok(dialog: Any, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_roles_see_what_they_may(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> None:
    coordinator = demo_context("coordinator")
    assert _admin_area_visible(coordinator)
    view = _view(qtbot, coordinator)
    tabs = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
    assert tabs == ["Staff accounts", "Audit log review", "Retention", "Old copies"]
    for name in ("principal", "headteacher", "homeroom"):
        ctx = demo_context(name)
        if name == "principal":
            assert _admin_area_visible(ctx)
            view = _view(qtbot, ctx)
            tabs = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
            assert tabs == ["Audit log review"]
            # No stray accounts table over the tabs for those who may not manage accounts.
            view.show()
            assert not view.accounts_table.isVisible() and not view.accounts_page.isVisible()
        else:
            assert not _admin_area_visible(ctx)


def test_audit_review_lists_this_month_filters_by_student_and_shows_names(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    demo_context("coordinator")  # an administrator's log-in signs the head of the log
    ctx = demo_context("principal")

    def viewed(session: Any, actor: Any) -> tuple[int, str]:
        student = session.scalars(select(Student).order_by(Student.id)).first()
        audit.record(
            session,
            actor,
            AuditAction.VIEW,
            entity_type="student",
            entity_id=student.id,
            student_id=student.id,
        )
        session.commit()
        return student.id, student.name

    student_id, name = ctx.write(viewed)
    view = _view(qtbot, ctx)
    review = view.audit_view
    assert review is not None
    month = audit_review.month_key(date.today())
    expected = ctx.read(lambda s, a: audit_review.count_events(s, a, audit_review.month_filter(month)))
    assert review.count_label.text() == f"{expected} events"
    assert review.model.rowCount() == min(expected, audit_review.PAGE_SIZE)
    # Newest first: the view just recorded is on top, with the student's name for the principal.
    assert review.model.data(review.model.index(0, 4)) == f"{name} ({student_id})".replace("(", "(#")
    # What the event is about, in words rather than the table's name; the filter offers the same.
    assert review.model.data(review.model.index(0, 3)) == f"Student #{student_id}"
    # Who, by name (the log-in name in the tool tip).
    assert review.model.data(review.model.index(0, 1)) == ctx.actor.display_name
    tip = review.model.data(review.model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "principal" in tip and ctx.actor.display_name in tip
    kinds = [review.entity_combo.itemText(i) for i in range(review.entity_combo.count())]
    assert "Student" in kinds and "Case" in kinds and not any("_" in kind for kind in kinds)

    review.student_edit.setText(name)
    qtbot.keyClick(review.student_edit, Qt.Key.Key_Return)
    assert review.student_combo.currentData() == student_id
    rows = [review.model.row_at(i) for i in range(review.model.rowCount())]
    assert rows and {r.student_id for r in rows} == {student_id}

    qtbot.waitUntil(lambda: "intact" in review.chain_label.text(), timeout=20000)
    # The head signed at the coordinator's log-in, verified with the school's audit key, for the
    # principal's signature on the monthly review.
    head = review.head_label.text()
    assert head.startswith("Signed head: ") and head.endswith("verified: yes."), head
    assert "by coordinator" in head


def test_lazy_paging_fetches_more_on_demand(qtbot: QtBot, demo_context: Callable[[str], AppContext]) -> None:
    ctx = demo_context("coordinator")

    def many(session: Any, actor: Any) -> None:
        for i in range(audit_review.PAGE_SIZE + 20):
            audit.record(session, actor, AuditAction.VIEW, entity_type="meeting", entity_id=i)
        session.commit()

    ctx.write(many)
    view = _view(qtbot, ctx)
    review = view.audit_view
    assert review is not None
    review.entity_combo.setCurrentIndex(review.entity_combo.findData("meeting"))
    model = review.model
    assert model.rowCount() == audit_review.PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    total = ctx.read(lambda s, a: audit_review.count_events(s, a, review.current_filter()))
    assert model.rowCount() == total >= audit_review.PAGE_SIZE + 20
    assert not model.canFetchMore(QModelIndex())


def test_mark_month_reviewed(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("principal")
    view = _view(qtbot, ctx)
    review = view.audit_view
    assert review is not None
    assert "not reviewed yet" in review.review_label.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("이상 없음", True))
    review.review_button.click()
    assert f"reviewed by {ctx.actor.display_name} on" in review.review_label.text()
    assert not review.review_button.isEnabled()
    stored = ctx.read(lambda s, a: s.execute(select(AuditReview.month, AuditReview.note)).all())
    assert [tuple(r) for r in stored] == [(review.month(), "이상 없음")]


def _select(view: AdminView, username: str) -> None:
    staff_id = next(r.id for r in view.accounts_model.rows() if r.username == username)
    view.select_account(staff_id)
    assert view.selected_account() is not None


def test_admin_adds_an_account_with_a_password(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    view = _view(qtbot, ctx)
    from desktop.ui.admin import admin_view

    opened: list[Any] = []

    def fill_and_ok(dialog: Any) -> int:
        opened.append(dialog)
        dialog.username_edit.setText("nurse1")
        dialog.name_edit.setText("한보건")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.SPECIALIST))
        dialog.passwords.password.setText("short")
        dialog.passwords.repeat.setText("short")
        _ok(dialog, qtbot)
        assert dialog.error_label.isVisibleTo(dialog) and "10 characters" in dialog.error_label.text()
        assert not ctx.vault.has_slot("nurse1")
        dialog.passwords.password.setText("보건실 창문 2026")
        dialog.passwords.repeat.setText("보건실 창문 2026")
        _ok(dialog, qtbot)
        return int(dialog.result())

    monkeypatch.setattr(admin_view.NewAccountDialog, "exec", fill_and_ok)
    view.new_button.click()
    assert opened and opened[0].saved_id is not None
    assert ctx.vault.has_slot("nurse1")
    row = view.selected_account()
    assert row is not None and (row.username, row.display_name, row.role) == (
        "nurse1",
        "한보건",
        Role.SPECIALIST,
    )


def test_disable_enable_and_the_last_administrator(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    view = _view(qtbot, ctx)
    errors = _errors(monkeypatch)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    _select(view, "counselor")
    key_before = ctx.vault._data_key
    view.toggle_button.click()
    row = view.selected_account()
    assert row is not None and not row.active
    assert not ctx.vault.has_slot("counselor")
    # The school is re-encrypted on the worker (with a progress dialog): the removed slot, in any
    # copy of the key file, no longer opens it.
    qtbot.waitUntil(lambda: not ctx.vault.rotation_pending and not ctx.runner.busy(), timeout=20000)
    assert ctx.vault._data_key != key_before
    assert (
        ctx.read(
            lambda s, a: s.scalar(select(StaffAccount.active).where(StaffAccount.username == "counselor"))
        )
        is False
    )
    assert view.toggle_button.text().replace("&", "") == "Enable"
    assert not view.password_button.isEnabled()

    # Enabling asks for a new password right away (the key slot was removed).
    from desktop.ui.admin import admin_view

    def set_password(dialog: Any) -> int:
        dialog.passwords.password.setText("welcome back 1")
        dialog.passwords.repeat.setText("welcome back 1")
        _ok(dialog, qtbot)
        return int(dialog.result())

    monkeypatch.setattr(admin_view.ResetPasswordDialog, "exec", set_password)
    view.toggle_button.click()
    row = view.selected_account()
    assert row is not None and row.active
    assert ctx.vault.has_slot("counselor")

    # The coordinator is the demo school's only administrator.
    _select(view, "coordinator")
    view.toggle_button.click()
    assert errors and "last administrator" in errors[-1]
    stored = ctx.read(
        lambda s, a: s.execute(
            select(StaffAccount.active, StaffAccount.is_admin).where(StaffAccount.username == "coordinator")
        ).one()
    )
    assert tuple(stored) == (True, True)


def test_change_rights_dialog_is_audited(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    view = _view(qtbot, ctx)
    from desktop.ui.admin import admin_view

    def make_admin(dialog: Any) -> int:
        dialog.admin_check.setChecked(True)
        _ok(dialog, qtbot)
        return int(dialog.result())

    monkeypatch.setattr(admin_view.RightsDialog, "exec", make_admin)
    _select(view, "headteacher")
    qtbot.keyClick(view.accounts_table, Qt.Key.Key_Return)
    row = view.selected_account()
    assert row is not None and row.is_admin
    events = ctx.read(
        lambda s, a: audit_review.events_page(
            s, a, audit_review.AuditFilter(action="grant", actor_id=a.staff_id)
        )
    )
    assert events and events[0].entity_id == row.id


def test_student_text_hides_names_it_was_not_given() -> None:
    base = dict(id=1, at=None, actor_id=1, actor_name="x", action="view", entity_type="student", entity_id=5)
    assert (
        student_text(audit_review.AuditEventRow(**base, student_id=5, student_name=None, purpose="")) == "#5"
    )  # type: ignore[arg-type]


def test_audit_rows_read_as_approvals_of_a_case_plan_and_as_numbered_meetings() -> None:
    from desktop.ui.admin.audit_table_model import action_text, record_text

    base: dict[str, Any] = dict(id=1, at=None, actor_id=1, actor_name="x", student_id=None, student_name=None)
    approval = audit_review.AuditEventRow(
        **base,
        action="update",
        entity_type="support_plan",
        entity_id=47,
        purpose="",
        case_code="2026-0012",
        specific_action="approve",
    )
    assert (action_text(approval), record_text(approval)) == ("Approval", "Support plan 2026-0012")
    edit = dataclasses.replace(approval, specific_action=None)
    assert action_text(edit) == "Change"
    meeting = dataclasses.replace(
        approval, entity_type="meeting", case_code=None, meeting_year=2026, meeting_number=3
    )
    assert record_text(meeting) == "Meeting 2026 no. 3"
    setting = dataclasses.replace(approval, entity_type="setting", entity_id=4, case_code=None)
    assert record_text(setting) == "Setting #4"


def test_old_copies_are_listed_and_the_chosen_ones_deleted(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from datetime import UTC, datetime

    from desktop.services.backups import set_backup_folder
    from desktop.storage.backup import create_backup

    ctx = demo_context("coordinator")
    usb = tmp_path / "usb"
    usb.mkdir()
    ctx.write(lambda s, a: set_backup_folder(s, a, str(usb)))
    old = create_backup(ctx.vault, usb, now=datetime(2025, 3, 2, 9, 0, tzinfo=UTC))
    new = create_backup(ctx.vault, usb, now=datetime(2025, 6, 1, 9, 0, tzinfo=UTC))
    aside = ctx.vault.data_dir / "pre-restore-20250401-101500"
    aside.mkdir()
    (aside / "school.db").write_bytes(b"x" * 2048)
    view = _view(qtbot, ctx)
    panel = view.old_copies
    assert panel is not None
    assert (
        panel.findChild(QLabel, "old_copies_explanation")
        .text()
        .startswith("A backup stays readable with the passwords that were valid when it was taken.")
    )

    def shown_names() -> list[str]:  # the Name column as the table shows it
        return [panel.model.data(panel.model.index(r, 2)) for r in range(panel.model.rowCount())]

    assert shown_names()[:3] == [old.path.name, aside.name, new.path.name]
    assert not panel.delete_button.isEnabled()

    panel.table.selectRow(0)
    panel.table.selectionModel().select(
        panel.model.index(1, 0),
        panel.table.selectionModel().SelectionFlag.Select | panel.table.selectionModel().SelectionFlag.Rows,
    )
    assert panel.delete_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    panel.delete_selected()
    assert old.path.name in asked[0] and aside.name in asked[0] and new.path.name not in asked[0]
    assert not old.path.exists() and not aside.exists() and new.path.exists()
    assert shown_names()[0] == new.path.name

    # Not for those who are not administrators.
    principal = demo_context("principal")
    assert _view(qtbot, principal).old_copies is None
