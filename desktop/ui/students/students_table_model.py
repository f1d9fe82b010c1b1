"""The Students table: one row per enrolled student the user may see."""

from __future__ import annotations

from desktop.models import CaseState
from desktop.services.listing import StudentRow
from desktop.ui.labels import flag_label, label
from desktop.ui.widgets.row_table_model import Column, RowTableModel

_STATE_ORDER = {state: i for i, state in enumerate(CaseState)}


class StudentsTableModel(RowTableModel[StudentRow]):
    def columns(self) -> list[Column[StudentRow]]:
        return [
            Column(self.tr("Student no."), lambda r: r.student_no, lambda r: r.student_no),
            Column(self.tr("Grade"), lambda r: str(r.grade), lambda r: r.grade, align_right=True),
            Column(self.tr("Class"), lambda r: str(r.class_no), lambda r: r.class_no, align_right=True),
            Column(self.tr("No."), lambda r: str(r.number), lambda r: r.number, align_right=True),
            Column(self.tr("Name"), lambda r: r.name, lambda r: r.name),
            Column(self.tr("Sex"), lambda r: label(r.sex), lambda r: r.sex.value),
            Column(
                self.tr("Background"),
                lambda r: ", ".join(flag_label(f) for f in r.flags),
                lambda r: (-len(r.flags), r.flags),
            ),
            Column(
                self.tr("Case"),
                lambda r: label(r.case_state) if r.case_state is not None else "",
                lambda r: _STATE_ORDER.get(r.case_state) if r.case_state is not None else None,
                tooltip=lambda r: r.case_code or "",
            ),
        ]


def search_text(row: StudentRow) -> str:
    """What the search box matches: the name, the student number and grade-class-number."""
    return f"{row.name} {row.student_no} {row.grade}-{row.class_no}-{row.number}"
