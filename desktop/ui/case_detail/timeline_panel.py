"""The Timeline tab: everything that happened to the case, newest first, with a kind filter."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from desktop.services import case_detail
from desktop.services.case_detail import TimelineEntry, TimelineKind, timeline_order
from desktop.ui.case_detail.panel import CasePanel
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.timefmt import datetime_text
from desktop.ui.widgets.area import make_search_field, make_table_view
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.row_table_model import Column, RowFilterProxy, RowTableModel


def kind_label(kind: TimelineKind) -> str:
    texts = {
        TimelineKind.REQUEST: QCoreApplication.translate("TimelinePanel", "Request"),
        TimelineKind.STATE: QCoreApplication.translate("TimelinePanel", "State"),
        TimelineKind.CONSENT: QCoreApplication.translate("TimelinePanel", "Consent"),
        TimelineKind.PLAN: QCoreApplication.translate("TimelinePanel", "Support plan"),
        TimelineKind.INTERVENTION: QCoreApplication.translate("TimelinePanel", "Intervention"),
        TimelineKind.SESSION: QCoreApplication.translate("TimelinePanel", "Session"),
        TimelineKind.REFERRAL: QCoreApplication.translate("TimelinePanel", "Referral"),
        TimelineKind.NOTE: QCoreApplication.translate("TimelinePanel", "Note"),
        TimelineKind.TASK: QCoreApplication.translate("TimelinePanel", "Task"),
    }
    return texts[kind]


def _param_text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return label(value)
    if isinstance(value, datetime):
        return datetime_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def entry_title(entry: TimelineEntry) -> str:
    """The entry's title in the interface's language, its placeholders filled in."""
    template = QCoreApplication.translate("timeline", entry.title)
    params = {key: _param_text(value) for key, value in entry.params}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def when_text(entry: TimelineEntry) -> str:
    if entry.has_time:
        return datetime_text(entry.when)
    return entry.when.date().isoformat()


def _one_line(text: str) -> str:
    return " ".join(text.split())


class TimelineTableModel(RowTableModel[TimelineEntry]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> list[Column[TimelineEntry]]:
        return [
            Column(self.tr("When"), when_text, timeline_order),
            Column(self.tr("Kind"), lambda e: kind_label(e.kind), lambda e: e.kind.value),
            Column(self.tr("What"), entry_title, tooltip=entry_title),
            Column(self.tr("By"), lambda e: e.by),
            Column(self.tr("Detail"), lambda e: _one_line(e.detail), tooltip=lambda e: e.detail),
        ]


def _search_text(entry: TimelineEntry) -> str:
    return f"{entry_title(entry)} {entry.detail} {entry.by}"


class TimelinePanel(CasePanel):
    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self.model = TimelineTableModel(self)
        self.proxy = RowFilterProxy(_search_text, self)
        self.proxy.setSourceModel(self.model)
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem(self.tr("Everything"), None)
        for kind in TimelineKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.kind_filter.currentIndexChanged.connect(self._kind_changed)
        self.search_field = make_search_field(self.tr("Search the timeline"), self)
        self.search_field.textChanged.connect(self.proxy.set_search)
        self.table = make_table_view(self)
        self.table.setSortingEnabled(False)  # always newest first, as the service orders it
        self.table.setModel(self.proxy)
        self.count_label = PlainLabel(self)
        kind_caption = PlainLabel(self.tr("&Show:"), self)
        kind_caption.setBuddy(self.kind_filter)
        bar = QHBoxLayout()
        bar.addWidget(kind_caption)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.search_field, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.kind_filter, self.search_field)
        self.setTabOrder(self.search_field, self.table)

    def title(self) -> str:
        return self.tr("Timeline")

    def refresh(self) -> None:
        entries = self.ctx.read(lambda s, a: case_detail.timeline(s, a, self.case_id))
        self.model.set_rows(entries)
        for column in (0, 1, 3):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(2, min(max(self.table.sizeHintForColumn(2), 240), 480))
        self._update_count()

    def _kind_changed(self) -> None:
        kind = self.kind_filter.currentData()
        self.proxy.set_predicate(None if kind is None else (lambda e: e.kind == kind))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n entries", "", self.proxy.rowCount()))

    def shown_entries(self) -> list[TimelineEntry]:
        """The entries as the table shows them, top to bottom."""
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]
