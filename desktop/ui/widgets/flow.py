"""A layout that wraps its items onto further lines when a line is full.

Filter rows and button bars use it: a caption and its field stay together, and when the words are
longer (another language) or the font larger, the row breaks instead of squeezing fields until
their text is cut. The geometry follows Qt's own flow layout example.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget

from desktop.ui.widgets.plain_text import PlainLabel


class FlowLayout(QLayout):
    """Items left to right at their size hint, wrapping to a new line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = -1, line_spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self._height_for: dict[int, int] = {}
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- QLayout ---------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Qt asks many times per layout pass (a table filled, a tab renamed): measured once per
        # width until the layout is invalidated (Qt invalidates every layout before a new pass).
        cached = self._height_for.get(width)
        if cached is None:
            cached = self._height_for[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return cached

    def invalidate(self) -> None:
        self._height_for.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line of everything: what the row asks for when there is room."""
        width = 0
        height = 0
        visible = [item for item in self._items if not item.isEmpty()]
        for i, item in enumerate(visible):
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, horizontal=True) if i else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: narrower than that, something would have to be cut."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- geometry --------------------------------------------------------------------------------

    def _gap(self, item: QLayoutItem, *, horizontal: bool) -> int:
        own = self._spacing if horizontal else self._line_spacing
        if own >= 0:
            return own
        widget = item.widget()
        owner = widget if widget is not None else self.parentWidget()
        if owner is None:
            return 6
        style = owner.style()
        if widget is not None:
            orientation = Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical
            kind = widget.sizePolicy().controlType()
            gap = style.layoutSpacing(kind, kind, orientation)
            if gap >= 0:
                return gap
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        gap = style.pixelMetric(metric)
        return gap if gap >= 0 else 6

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items (or only measure, when not moving them); return the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x = area.x()
        y = area.y()
        line_height = 0
        first_on_line = True
        placed: list[tuple[QLayoutItem, QPoint, QSize]] = []
        line_start = 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = (
                item.sizeHint().boundedTo(QSize(area.width(), 1 << 20))
                if area.width() > 0
                else item.sizeHint()
            )
            gap = 0 if first_on_line else self._gap(item, horizontal=True)
            if not first_on_line and x + gap + hint.width() > area.right() + 1:
                self._centre_line(placed, line_start, line_height)
                line_start = len(placed)
                x = area.x()
                y += line_height + self._gap(item, horizontal=False)
                line_height = 0
                gap = 0
            placed.append((item, QPoint(x + gap, y), hint))
            x += gap + hint.width()
            line_height = max(line_height, hint.height())
            first_on_line = False
        self._centre_line(placed, line_start, line_height)
        if move:
            for item, point, size in placed:
                item.setGeometry(QRect(point, size))
        return y + line_height - rect.y() + margins.bottom()

    @staticmethod
    def _centre_line(placed: list[tuple[QLayoutItem, QPoint, QSize]], start: int, height: int) -> None:
        """Items of one line share its middle, so a caption lines up with the field beside it."""
        for i in range(start, len(placed)):
            item, point, size = placed[i]
            placed[i] = (item, QPoint(point.x(), point.y() + (height - size.height()) // 2), size)


def captioned(text: str, field: QWidget, parent: QWidget) -> QWidget:
    """A caption (with its mnemonic bound to the field) and the field, kept together on one line."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    caption = PlainLabel(text, box)
    caption.setBuddy(field)
    row.addWidget(caption)
    row.addWidget(field)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box
