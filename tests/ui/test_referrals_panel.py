"""The Referrals tab of the case window, driven as a user would: the loop from a new referral
to its outcome, the consent check with its override, overdue rows, and what a principal sees."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import (
    CaseState,
    Consent,
    ConsentPurpose,
    Organisation,
    Referral,
    ReferralStatus,
    SupportCase,
)
from desktop.services import referrals
from desktop.services.case_workflow import PLAN_STATES
from desktop.ui.case_detail.referrals_panel import ReferralsPanel
from desktop.ui.context import AppContext
from tests.ui.helpers import type_text

R = ReferralStatus


def auto_exec(dialog: QDialog) -> QDialog:
    """Make `exec()` press OK at once (the dialog's own validation decides whether it closes)."""

    def run() -> int:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # type: ignore[attr-defined]
        return int(dialog.result())

    dialog.exec = run  # type: ignore[method-assign]
    return dialog


def case_without_referrals(ctx: AppContext) -> tuple[int, int]:
    """A demo case in planning or support (where referrals may be sent) with no referral, and an
    organisation it has no consent to share with."""
    with ctx.vault.session() as s:
        referred = set(s.scalars(select(Referral.case_id)))
        case_id = next(
            c
            for c in s.scalars(
                select(SupportCase.id).where(SupportCase.state.in_(PLAN_STATES)).order_by(SupportCase.id)
            )
            if c not in referred
        )
        shared = set(
            s.scalars(
                select(Consent.recipient_organisation_id).where(
                    Consent.case_id == case_id, Consent.purpose == ConsentPurpose.SHARING
                )
            )
        )
        org_id = next(
            o
            for o in s.scalars(select(Organisation.id).where(Organisation.active.is_(True)))
            if o not in shared
        )
    return case_id, org_id


def stored(ctx: AppContext, referral_id: int) -> tuple[R, str, date | None]:
    with ctx.vault.session() as s:
        r = s.get(Referral, referral_id)
        assert r is not None
        return r.status, r.consent_override_reason, r.sent_on


def test_the_loop_from_new_referral_to_outcome(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    case_id, org_id = case_without_referrals(ctx)
    panel = ReferralsPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.model.rowCount() == 0 and panel.title() == "Referrals"
    assert not panel.send_button.isEnabled() and panel.new_button.isEnabled()

    # New referral: refused until an organisation and a reason are given.
    new = panel.new_referral_dialog()
    assert new.expected_response_on() == date.today() + timedelta(days=14)
    qtbot.addWidget(new)
    auto_exec(new)
    monkeypatch.setattr(panel, "new_referral_dialog", lambda: new)
    with qtbot.assertNotEmitted(panel.changed):
        new.exec()
    assert new.result() == 0 and "organisation" in new.error_label.text()
    new.organisation_combo.setCurrentIndex(new.organisation_combo.findData(org_id))
    type_text(qtbot, new.reason_edit, "정서 위기, 전문 상담 연계")
    with qtbot.waitSignal(panel.changed):
        panel.new_referral()
    assert [(r.organisation_id, r.status) for r in panel.model.rows()] == [(org_id, R.DRAFT)]
    referral_id = panel.model.rows()[0].id
    assert panel.selected() is not None and panel.send_button.isEnabled()
    assert not panel.response_button.isEnabled()

    # Send: no consent to share with this organisation, so the dialog says so and needs an override.
    send = panel.send_dialog(panel.model.rows()[0])
    qtbot.addWidget(send)
    assert "neither the student nor the guardian" in send.consent_label.text()
    assert send.override_check.isVisibleTo(send)
    auto_exec(send)
    monkeypatch.setattr(panel, "send_dialog", lambda row: send)
    send.exec()
    assert send.result() == 0 and "override" in send.error_label.text()
    send.override_check.setChecked(True)
    send.exec()
    assert send.result() == 0 and "reason" in send.error_label.text()
    type_text(qtbot, send.override_edit, "아동학대 의심 신고")
    with qtbot.waitSignal(panel.changed):
        panel.send_selected()
    assert stored(ctx, referral_id) == (R.SENT, "아동학대 의심 신고", date.today())
    assert panel.selected() is not None and panel.selected().status is R.SENT  # type: ignore[union-attr]
    assert panel.response_button.isEnabled() and not panel.send_button.isEnabled()

    # Accepted, delivered, outcome and closed.
    response = auto_exec(panel.response_dialog(panel.model.rows()[0]))
    monkeypatch.setattr(panel, "response_dialog", lambda row: response)
    panel.record_response()
    assert stored(ctx, referral_id)[0] is R.ACCEPTED and panel.delivered_button.isEnabled()
    delivered = auto_exec(panel.delivered_dialog(panel.model.rows()[0]))
    monkeypatch.setattr(panel, "delivered_dialog", lambda row: delivered)
    panel.mark_delivered()
    assert stored(ctx, referral_id)[0] is R.DELIVERED
    outcome = panel.outcome_dialog(panel.model.rows()[0])
    type_text(qtbot, outcome.outcome_edit, "상담 8회 완료")
    monkeypatch.setattr(panel, "outcome_dialog", lambda row: auto_exec(outcome))
    with qtbot.waitSignal(panel.changed):
        panel.record_outcome()
    assert stored(ctx, referral_id)[0] is R.CLOSED
    assert not any(b.isEnabled() for b in panel.step_buttons)


def test_a_refused_send_shows_the_services_message_and_stores_nothing(
    qtbot: QtBot, demo_context: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_context("coordinator")
    case_id, org_id = case_without_referrals(ctx)
    referral_id = ctx.write(lambda s, a: referrals.create_referral(s, a, case_id, org_id, reason="상담").id)
    panel = ReferralsPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    # The organisation leaves the directory while the dialog is open: the service refuses.
    with ctx.vault.session() as s:
        org = s.get(Organisation, org_id)
        assert org is not None
        org.active = False
        s.commit()
    send = panel.send_dialog(panel.model.rows()[0])
    send.override_check.setChecked(True)
    type_text(qtbot, send.override_edit, "긴급")
    monkeypatch.setattr(panel, "send_dialog", lambda row: auto_exec(send))
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    with qtbot.assertNotEmitted(panel.changed):
        panel.send_selected()
    assert shown and "inactive" in shown[0]
    assert stored(ctx, referral_id)[0] is R.DRAFT
    # The dialog was not accepted: it stays with the typed reason instead of losing it.
    assert send.result() != QDialog.DialogCode.Accepted and send.override_edit.toPlainText() == "긴급"


def test_send_waits_for_planning_and_says_why(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    with ctx.vault.session() as s:
        case_id = s.scalars(
            select(SupportCase.id).where(SupportCase.state == CaseState.UNDER_REVIEW).order_by(SupportCase.id)
        ).first()
        org_id = s.scalars(select(Organisation.id).where(Organisation.active.is_(True))).first()
    assert case_id is not None and org_id is not None
    ctx.write(lambda s, a: referrals.create_referral(s, a, case_id, org_id, reason="상담"))
    panel = ReferralsPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.selected() is not None and not panel.send_button.isEnabled()
    assert "planning or support" in panel.send_button.toolTip()


def test_overdue_referrals_are_flagged_in_colour_and_words(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("coordinator")
    overdue = next(r for r in ctx.read(referrals.open_loops) if r.overdue)
    panel = ReferralsPanel(ctx, overdue.case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    source_row = next(i for i, r in enumerate(panel.model.rows()) if r.id == overdue.id)
    status = panel.model.index(source_row, 1)
    assert "overdue" in status.data()
    assert status.data(Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
    assert "overdue" in panel.summary_label.text()


def test_the_principal_sees_referrals_without_any_action(
    qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    ctx = demo_context("principal")
    loop = ctx.read(referrals.open_loops)[0]
    panel = ReferralsPanel(ctx, loop.case_id)
    qtbot.addWidget(panel)
    panel.refresh()
    assert loop.id in {r.id for r in panel.model.rows()}
    assert all(b.isHidden() for b in (panel.new_button, *panel.step_buttons))
