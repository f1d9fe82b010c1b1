"""Choosing staff for a meeting: a check list with a filter box, each person shown with position
and class, and Select all / Select none for the people the filter shows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.meetings import StaffChoice
from desktop.ui.labels import label
from desktop.ui.widgets.plain_text import PlainLabel
from desktop.ui.widgets.staff_label import staff_label

_ID = Qt.ItemDataRole.UserRole


def choice_label(s: StaffChoice) -> str:
    """A meeting's staff choice as every picker shows it: "김지희 (담임교사, 3-2)"."""
    return staff_label(
        s.name, s.position, role=s.role, homeroom_grade=s.homeroom_grade, homeroom_class=s.homeroom_class
    )


def _search_text(s: StaffChoice) -> str:
    """What the filter box looks in: name, position, role, and the class as "3-2" or "3학년 2반"."""
    words = [choice_label(s), label(s.role)]
    if s.homeroom_grade is not None and s.homeroom_class is not None:
        words += [f"{s.homeroom_grade}-{s.homeroom_class}", f"{s.homeroom_grade}학년 {s.homeroom_class}반"]
    return " ".join(words).casefold()


class StaffPicker(QWidget):
    """A searchable check list of staff. `changed` is emitted when a tick changes."""

    changed = Signal()

    def __init__(
        self, staff: Sequence[StaffChoice], checked: Iterable[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        chosen = set(checked)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, position or class (e.g. 3-2)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setObjectName("staff_list")
        for s in staff:
            item = QListWidgetItem(choice_label(s), self.list)
            item.setData(_ID, s.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, _search_text(s))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.id in chosen else Qt.CheckState.Unchecked)
        self.list.itemChanged.connect(lambda _item: self._changed())
        self.all_button = QPushButton(self.tr("Select &all shown"), self)
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Checked))
        self.none_button = QPushButton(self.tr("Select n&one shown"), self)
        self.none_button.setAutoDefault(False)
        self.none_button.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Unchecked))
        self.count_label = PlainLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.all_button)
        bar.addWidget(self.none_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addLayout(bar)
        self.setFocusProxy(self.filter_edit)
        self._show_count()

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(k) for k in range(self.list.count())]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self._items():
            haystack = str(item.data(Qt.ItemDataRole.UserRole + 1))
            item.setHidden(not all(w in haystack for w in words))

    def shown_labels(self) -> list[str]:
        return [item.text() for item in self._items() if not item.isHidden()]

    def _tick_shown(self, state: Qt.CheckState) -> None:
        self.list.blockSignals(True)
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)
        self.list.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Chosen: {count}").format(count=len(self.checked_ids())))

    def checked_ids(self) -> list[int]:
        return [int(item.data(_ID)) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def set_checked(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        self.list.blockSignals(True)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(_ID) in wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._changed()


class AddStaffDialog(QDialog):
    """Add staff to a meeting's attendees: tick one or several people."""

    def __init__(self, staff: Sequence[StaffChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add staff"))
        self.picker = StaffPicker(staff, (), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("A&dd"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.resize(420, 460)


__all__ = ["AddStaffDialog", "StaffPicker", "choice_label"]
