"""What waits for the user's approval or signature (결재 대기), on the dashboard."""

from __future__ import annotations

from desktop.services.dashboard import ApprovalKind, AwaitingApproval
from desktop.ui.labels import label
from desktop.ui.timefmt import date_text, local
from desktop.ui.widgets.row_table_model import Column, RowTableModel


class ApprovalsTableModel(RowTableModel[AwaitingApproval]):
    def columns(self) -> list[Column[AwaitingApproval]]:
        return [
            Column(self.tr("Waiting since"), self._since, lambda r: self._since(r)),
            Column(self.tr("To do"), self._action, lambda r: r.kind.value),
            Column(self.tr("Document"), self.document, lambda r: self.document(r)),
        ]

    def _since(self, row: AwaitingApproval) -> str:
        return date_text(local(row.since).date()) if row.since is not None else ""

    def _action(self, row: AwaitingApproval) -> str:
        if row.kind is ApprovalKind.PLAN:
            return self.tr("Approve the plan")
        return self.tr("Sign the minutes")

    def document(self, row: AwaitingApproval) -> str:
        """ "2026-014 지원계획 v2" or "2026 제3차 협의회 회의록 (사례 점검)"."""
        if row.kind is ApprovalKind.PLAN:
            return self.tr("{code} support plan v{version}").format(
                code=row.case_code, version=row.plan_version
            )
        kind = label(row.meeting_type) if row.meeting_type is not None else ""
        return self.tr("Minutes of {year} meeting no. {number} ({type})").format(
            year=row.meeting_year, number=row.meeting_number, type=kind
        )
