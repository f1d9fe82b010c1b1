"""My support activities (나의 지원 활동), a tab of the Tasks area: the interventions I provide that
are planned or under way, with what I logged for each this week, and the sessions of this week.
A session is logged from here with the case window's own dialog; Enter opens the case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.errors import ServiceError
from desktop.services.support_activity import (
    MyIntervention,
    WeekSession,
    my_interventions,
    week_sessions,
    week_start,
)
from desktop.services.tasks import week_end
from desktop.ui.case_detail.intervention_dialogs import LogSessionDialog
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.timefmt import date_text
from desktop.ui.widgets.area import fit_columns, make_table_view
from desktop.ui.widgets.feedback import show_error
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import ROW_ROLE, Column, RowTableModel


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}"


class MyInterventionsModel(RowTableModel[MyIntervention]):
    def columns(self) -> list[Column[MyIntervention]]:
        return [
            Column(self.tr("Case"), lambda r: r.case_code, lambda r: r.case_code),
            Column(
                self.tr("Student"),
                lambda r: f"{r.student_name} ({r.grade}-{r.class_no})",
                lambda r: r.student_name,
            ),
            Column(self.tr("Intervention"), lambda r: r.intervention.title, lambda r: r.intervention.title),
            Column(
                self.tr("Status"),
                lambda r: label(r.intervention.status),
                lambda r: r.intervention.status.value,
            ),
            Column(self.tr("This week"), self.week_text, lambda r: (r.week_minutes, r.week_sessions)),
            Column(
                self.tr("Last session"),
                lambda r: date_text(r.intervention.last_session_on),
                lambda r: r.intervention.last_session_on,
            ),
            Column(
                self.tr("Hours done"),
                lambda r: self.tr("{done} of {planned} hours").format(
                    done=f"{r.intervention.hours_done:.1f}", planned=f"{r.intervention.planned_hours:.1f}"
                ),
                lambda r: r.intervention.hours_done,
            ),
        ]

    def week_text(self, row: MyIntervention) -> str:
        """ "Sessions: 2 · hours 1.5 of 2.0" (against the weekly hours planned)."""
        return self.tr("Sessions: {n} · hours {done} of {planned}").format(
            n=row.week_sessions, done=_hours(row.week_minutes), planned=f"{row.intervention.weekly_hours:.1f}"
        )


class WeekSessionsModel(RowTableModel[WeekSession]):
    def columns(self) -> list[Column[WeekSession]]:
        return [
            Column(self.tr("Date"), lambda r: date_text(r.held_on), lambda r: r.held_on),
            Column(self.tr("Case"), lambda r: r.case_code, lambda r: r.case_code),
            Column(self.tr("Student"), lambda r: r.student_name, lambda r: r.student_name),
            Column(self.tr("Intervention"), lambda r: r.intervention_title, lambda r: r.intervention_title),
            Column(
                self.tr("Duration"),
                lambda r: self.tr("{n} min").format(n=r.duration_minutes),
                lambda r: r.duration_minutes,
            ),
            Column(self.tr("Attendance"), lambda r: label(r.attendance), lambda r: r.attendance.value),
            Column(self.tr("Logged by"), lambda r: r.author_name, lambda r: r.author_name),
        ]


class SupportActivityPanel(QWidget):
    """My interventions over this week's sessions, with "Log a session…" and "Open case"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.interventions_model = MyInterventionsModel(self)
        self.interventions_table = make_table_view(self)
        self.interventions_table.setObjectName("my_interventions_table")
        self.interventions_table.setModel(self.interventions_model)
        self.interventions_table.activated.connect(lambda _index: self.open_case())
        self.interventions_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.log_button = QPushButton(self.tr("&Log a session…"), self)
        self.log_button.clicked.connect(self.log_session)
        self.case_button = QPushButton(self.tr("&Open case"), self)
        self.case_button.setToolTip(self.tr("Enter"))
        self.case_button.clicked.connect(self.open_case)
        self.why = PlainLabel(self)
        self.why.setObjectName("log_disabled_reason")
        self.why.setStyleSheet("color: #5a6775;")
        self.why.setWordWrap(True)
        self.week_label = PlainLabel(self)
        self.sessions_model = WeekSessionsModel(self)
        self.sessions_table = make_table_view(self)
        self.sessions_table.setObjectName("week_sessions_table")
        self.sessions_table.setModel(self.sessions_model)
        self.sessions_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        self.interventions_label = QLabel(self.tr("My &interventions (planned and under way):"), self)
        self.interventions_label.setBuddy(self.interventions_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.case_button)
        buttons.addWidget(self.why, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.interventions_label)
        layout.addWidget(self.interventions_table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.week_label)
        layout.addWidget(self.sessions_table, 2)
        self._update_buttons()

    def refresh(self, today: date | None = None) -> None:
        day = today or date.today()
        mine: list[MyIntervention] = self._ctx.read(lambda s, a: my_interventions(s, a, today=day))
        sessions: list[WeekSession] = self._ctx.read(lambda s, a: week_sessions(s, a, today=day))
        selected = self.selected()
        self.interventions_model.set_rows(mine)
        self.sessions_model.set_rows(sessions)
        self.week_label.setText(
            self.tr("Sessions this week ({first} – {last}): {n}").format(
                first=date_text(week_start(day)),
                last=date_text(week_end(day)),
                n=len(sessions),
            )
        )
        fit_columns(self.interventions_table)
        fit_columns(self.sessions_table)
        keep = next(
            (
                i
                for i, r in enumerate(mine)
                if selected is not None and r.intervention.id == selected.intervention.id
            ),
            0,
        )
        if mine:
            self.interventions_table.selectRow(keep)
        self._update_buttons()

    def count(self) -> int:
        return self.interventions_model.rowCount()

    def selected(self) -> MyIntervention | None:
        indexes = self.interventions_table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, MyIntervention) else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.log_button.setEnabled(row is not None and row.may_log)
        self.case_button.setEnabled(row is not None)
        reason = ""
        if row is not None and not row.may_log:
            reason = self.tr("Sessions can be logged once the intervention has started.")
        self.why.setText(reason)
        self.log_button.setToolTip(reason)

    def log_session(self) -> int | None:
        """The case window's session dialog for the selected intervention; the lists reload after
        a session was stored. Returns the stored session's id."""
        row = self.selected()
        if row is None or not row.may_log:
            return None
        dialog = LogSessionDialog(self._ctx, row.intervention, self)
        if dialog.exec() != LogSessionDialog.DialogCode.Accepted:
            return None
        self.refresh()
        return dialog.stored_id

    def open_case(self) -> QObject | None:
        row = self.selected()
        if row is None:
            return None
        # Imported here: the case window imports the areas' dialogs, not the other way round.
        from desktop.ui.case_detail.case_window import open_case_window
        from desktop.ui.case_detail.interventions_panel import InterventionsPanel

        try:
            window = open_case_window(self._ctx, row.intervention.case_id, self.window())
        except ServiceError as exc:
            show_error(self, exc)
            return None
        if window.tabs is not None:
            window.tabs.setCurrentWidget(window.panel(InterventionsPanel))
        return window
