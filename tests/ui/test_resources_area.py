"""The Resources area: the organisations directory (search, kind filter, inactive ones, the
organisation dialog, deactivation) and the school's referral loops."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.models import OrganisationKind
from desktop.services import listing
from desktop.ui.context import AppContext
from desktop.ui.resources.organisation_dialog import OrganisationDialog
from desktop.ui.resources.resources_view import ResourcesView
from tests.ui.helpers import refreshed, type_text, wait_loaded


def shown_names(view: ResourcesView) -> list[str]:
    proxy = view.organisations_proxy
    return [proxy.index(i, 0).data() for i in range(proxy.rowCount())]


def select_name(view: ResourcesView, name: str) -> None:
    proxy = view.organisations_proxy
    row = next(i for i in range(proxy.rowCount()) if proxy.index(i, 0).data().startswith(name))
    view.organisations_table.setCurrentIndex(proxy.index(row, 0))


def test_search_kind_filter_and_inactive_toggle(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    view = ResourcesView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    rows = ctx.read(listing.organisations)
    assert len(shown_names(view)) == len(rows) > 0
    assert [view.tabs.tabText(i).split(" (")[0] for i in range(view.tabs.count())] == [
        "External organisations",
        "Referral loops",
        "Internal staff",
        "Staff workload",
    ]
    # Search by contact person.
    target = next(r for r in rows if r.contact_person)
    type_text(qtbot, view.search_field, target.contact_person)
    assert target.name in shown_names(view)
    view.search_field.clear()
    # Kind filter.
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(target.kind))
    assert set(shown_names(view)) == {r.name for r in rows if r.kind == target.kind}
    view.kind_filter.setCurrentIndex(0)

    # Deactivate (confirmed): hidden until "show inactive" is ticked.
    select_name(view, target.name)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.deactivate_button.click()
    wait_loaded(qtbot, view)
    assert target.name not in shown_names(view)
    view.show_inactive.setChecked(True)
    assert f"{target.name} (inactive)" in shown_names(view)
    select_name(view, target.name)
    assert view.reactivate_button.isEnabled() and not view.deactivate_button.isEnabled()
    # Reactivated: once read again, it is still the selected row.
    view.reactivate_button.click()
    wait_loaded(qtbot, view)
    selected = view.selected_organisation()
    assert selected is not None and selected.name == target.name and selected.active


def test_new_organisation_dialog_validates_then_stores(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    view = ResourcesView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    assert not view.new_button.isHidden()
    dialog = view.organisation_dialog(None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None and "name" in dialog.error_label.text()
    type_text(qtbot, dialog.name_edit, "새빛 지역아동센터")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(OrganisationKind.COMMUNITY_CHILD_CENTER))
    type_text(qtbot, dialog.contact_edit, "이담당")
    dialog.class_hours_check.setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    refreshed(qtbot, view)
    row = next(r for r in ctx.read(listing.organisations) if r.id == dialog.saved_id)
    assert (row.name, row.kind, row.contact_person, row.recognised_as_class_hours) == (
        "새빛 지역아동센터",
        OrganisationKind.COMMUNITY_CHILD_CENTER,
        "이담당",
        True,
    )
    assert "새빛 지역아동센터" in shown_names(view)


def test_principal_reads_the_directory_without_editing(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("principal")
    view = ResourcesView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    assert view.new_button.isHidden() and view.deactivate_button.isHidden()
    first = view.organisations_proxy.index(0, 0)
    view.organisations_table.setCurrentIndex(first)
    row = first.data(Qt.ItemDataRole.UserRole + 2)
    dialog = view.organisation_dialog(row.id)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, OrganisationDialog) and not dialog.editable
    assert dialog.name_edit.isReadOnly() and dialog.name_edit.text() == row.name
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_referral_loops_list_overdue_first_and_enter_opens_the_case(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("headteacher")
    view = ResourcesView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    proxy = view.loops_proxy
    assert proxy.rowCount() > 0
    overdue = [proxy.index(i, 2).data().endswith("overdue") for i in range(proxy.rowCount())]
    assert any(overdue) and overdue == sorted(overdue, reverse=True)  # overdue first
    assert "overdue" in view.tabs.tabText(view.tabs.indexOf(view.loops_page))

    opened: list[int] = []
    fake = types.ModuleType("desktop.ui.case_detail.case_window")
    fake.open_case_window = lambda c, case_id, parent: opened.append(case_id)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.ui.case_detail.case_window", fake)
    view.tabs.setCurrentWidget(view.loops_page)
    view.loops_table.setCurrentIndex(proxy.index(0, 0))
    view.loops_table.setFocus()
    qtbot.keyClick(view.loops_table, Qt.Key.Key_Return)
    assert opened == [proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2).case_id]


def test_homeroom_teachers_and_specialists_get_no_referral_loops(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("counselor")
    view = ResourcesView(ctx)
    qtbot.addWidget(view)
    refreshed(qtbot, view)
    assert view.loops_page is None and view.tabs.count() == 2
