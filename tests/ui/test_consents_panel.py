"""The Consents tab on the demo school: what each role sees, recording and withdrawing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import CaseState, Consent, ConsentParty, ConsentPurpose, SupportCase
from desktop.services import listing
from desktop.services.consents import ConsentNames
from desktop.ui.case_detail.consent_dialogs import RecordConsentDialog, WithdrawConsentDialog
from desktop.ui.case_detail.consents_panel import ConsentsPanel
from desktop.ui.context import AppContext
from tests.ui.helpers import type_text


def case_in(ctx: AppContext, state: CaseState) -> int:
    return next(r.id for r in ctx.read(listing.cases) if r.state is state)


def stored_consents(ctx: AppContext, case_id: int) -> list[Consent]:
    """The case's consents as stored, detached with their columns loaded."""

    def query(s: Session, a: object) -> list[Consent]:
        rows = list(s.scalars(select(Consent).where(Consent.case_id == case_id).order_by(Consent.id)))
        s.expunge_all()
        return rows

    return ctx.read(query)


def table_texts(panel: ConsentsPanel, column: int) -> list[str]:
    model = panel.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_coordinator_records_both_consents_and_the_status_line_follows(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    case_id = case_in(ctx, CaseState.SELECTED)
    panel = ConsentsPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    before = len(stored_consents(ctx, case_id))
    assert panel.model.rowCount() == before
    assert panel.record_button.isVisibleTo(panel)

    on_record = ctx.read(
        lambda s, a: {
            ConsentParty.STUDENT: s.get(SupportCase, case_id).student.name,  # type: ignore[union-attr]
            ConsentParty.GUARDIAN: s.get(SupportCase, case_id).student.guardian_name,  # type: ignore[union-attr]
        }
    )
    assert all(on_record.values())

    def fill(party: ConsentParty, name: str) -> Callable[[RecordConsentDialog], int]:
        def exec_(dialog: RecordConsentDialog) -> int:
            choose(dialog.party, party)
            # The form starts with the party's name from the student record; here it is typed over.
            assert dialog.party_name.text() == on_record[party]
            dialog.party_name.clear()
            type_text(qtbot, dialog.party_name, name)
            choose(dialog.purpose, ConsentPurpose.SUPPORT)
            dialog.given_on.setDate(date.today() - timedelta(days=1))
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            return dialog.result()

        return exec_

    for party, name in ((ConsentParty.STUDENT, "김학생"), (ConsentParty.GUARDIAN, "김보호")):
        monkeypatch.setattr(RecordConsentDialog, "exec", fill(party, name))
        with qtbot.waitSignal(panel.changed):
            panel.record_button.click()

    stored = stored_consents(ctx, case_id)
    assert len(stored) == before + 2
    assert [(c.party, c.party_name, c.purpose) for c in stored[-2:]] == [
        (ConsentParty.STUDENT, "김학생", ConsentPurpose.SUPPORT),
        (ConsentParty.GUARDIAN, "김보호", ConsentPurpose.SUPPORT),
    ]
    assert panel.status.text() == "Consent to support — student: valid, guardian: valid"
    assert {"김학생", "김보호"} <= set(table_texts(panel, 1))


def test_the_name_follows_the_party_until_one_is_typed(qtbot: QtBot) -> None:
    dialog = RecordConsentDialog([], names=ConsentNames(student="김도담", guardian="박보람"))
    qtbot.addWidget(dialog)
    choose(dialog.party, ConsentParty.STUDENT)
    assert dialog.party_name.text() == "김도담"
    choose(dialog.party, ConsentParty.LEGAL_REPRESENTATIVE)
    assert dialog.party_name.text() == "박보람"
    dialog.party_name.clear()
    type_text(qtbot, dialog.party_name, "Lee")
    choose(dialog.party, ConsentParty.GUARDIAN)
    assert dialog.party_name.text() == "Lee"


def test_sharing_needs_an_organisation_before_ok(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    organisations = ctx.read(listing.organisations)
    dialog = RecordConsentDialog(organisations)
    qtbot.addWidget(dialog)
    assert not dialog.organisation.isEnabled()
    choose(dialog.purpose, ConsentPurpose.SHARING)
    assert dialog.organisation.isEnabled() and not dialog.ok_button.isEnabled()
    assert "organisation" in dialog.problem.text()
    dialog.organisation.setCurrentIndex(1)
    assert dialog.ok_button.isEnabled() and dialog.problem.text() == ""
    dialog.has_expiry.setChecked(True)
    dialog.expires_on.setDate(date.today() - timedelta(days=30))
    assert not dialog.ok_button.isEnabled() and "expire" in dialog.problem.text()
    dialog.has_expiry.setChecked(False)
    values = dialog.values()
    assert values["recipient_organisation_id"] == organisations[0].id and values["expires_on"] is None


def test_withdrawing_marks_the_row_and_the_status(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    case_id = case_in(ctx, CaseState.ACTIVE)
    panel = ConsentsPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    assert "student: valid" in panel.status.text()
    rows = panel.model.rows()
    target = next(
        i
        for i, r in enumerate(rows)
        if r.purpose is ConsentPurpose.SUPPORT and r.party is ConsentParty.STUDENT and r.valid
    )
    assert not panel.withdraw_button.isEnabled()
    panel.table.selectRow(target)
    assert panel.withdraw_button.isEnabled()

    def exec_(dialog: WithdrawConsentDialog) -> int:
        assert not dialog.ok_button.isEnabled()  # a reason is needed
        type_text(qtbot, dialog.reason, "학생이 철회 의사를 밝힘")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(WithdrawConsentDialog, "exec", exec_)
    with qtbot.waitSignal(panel.changed):
        panel.withdraw_button.click()
    consent_id = rows[target].id
    stored = next(c for c in stored_consents(ctx, case_id) if c.id == consent_id)
    assert (stored.withdrawn_on, stored.withdrawal_reason) == (date.today(), "학생이 철회 의사를 밝힘")
    row_index = next(i for i, r in enumerate(panel.model.rows()) if r.id == consent_id)
    assert table_texts(panel, 8)[row_index] == "Withdrawn"
    assert panel.model.index(row_index, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "student: missing" in panel.status.text()


def test_principal_sees_consents_without_buttons_and_homeroom_sees_none(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("principal")
    case_id = case_in(ctx, CaseState.ACTIVE)
    panel = ConsentsPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.model.rowCount() > 0
    assert not panel.record_button.isVisibleTo(panel) and not panel.withdraw_button.isVisibleTo(panel)

    ctx = demo_context("homeroom")
    own_class = ctx.read(
        lambda s, a: [
            c.id
            for c in s.scalars(select(SupportCase))
            if c.student.grade == a.homeroom_grade
            and c.student.class_no == a.homeroom_class
            and c.manager_id != a.staff_id
            and c.consents
        ]
    )
    assert own_class
    panel = ConsentsPanel(ctx, own_class[0])
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.model.rowCount() == 0
    assert panel.status.text() == "This case does not exist."
    assert not panel.record_button.isVisibleTo(panel)
