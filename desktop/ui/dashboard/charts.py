"""The Dashboard's charts (Qt Charts): open cases by state, by need domain, and the monthly trend.

Each chart is a QChartView whose chart is rebuilt on `update_*`; every text uses the
application font (Nanum Gothic), so Korean labels never show as boxes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

# Calm colours that print well in grey too.
BAR_COLOUR = "#3a6ea5"
OPENED_COLOUR = "#3a6ea5"
CLOSED_COLOUR = "#c0504d"
NAME_GAP = 14  # between a state's name and its bar
LEGEND_GAP = 12  # between the pie's area and its legend
MARKER = 10  # a legend entry's colour square
PIE_COLOURS = ("#3a6ea5", "#c0504d", "#9bbb59", "#8064a2", "#4bacc6", "#f79646", "#7f7f7f", "#2c4d75")


def _fonts() -> tuple[QFont, QFont]:
    """The application font for labels, and a bold one for titles."""
    base = QApplication.font()
    title = QFont(base)
    title.setBold(True)
    title.setPointSizeF(base.pointSizeF() * 1.1)
    return base, title


def _value_axis(top: int, font: QFont) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setLabelsFont(font)
    # Whole-number ticks (1, 2, 5, 10, 20, … apart): "nice numbers" put ticks at 0.5 and 1.5,
    # which the integer format printed as "0, 0, 1, 1, 2".
    step = 1
    while top / step > 6:
        step *= 5 if str(step)[0] == "2" else 2
    axis.setRange(0, max(1, -(-top // step)) * step)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setMinorTickCount(0)
    return axis


class ChartView(QChartView):
    """A chart view with the app's fonts, no animation and a compact frame.

    Each chart asks for the room its texts need (`minimumSizeHint`), so the dashboard can lay the
    charts out in rows instead of squeezing them until Qt Charts cuts or hides their labels; and it
    redraws with the new font when the font size is changed in Preferences.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitle(title)
        super().__init__(chart, parent)
        self.title = title
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip(title)  # the whole title, should a chart ever be narrower than it
        self._redraw: Callable[[], None] | None = None
        self._apply_fonts()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # Qt tells only top-level windows of a new font
            app.fontChanged.connect(self._font_changed)

    def _apply_fonts(self) -> None:
        self.label_font, self.title_font = _fonts()
        chart = self.chart()
        chart.setFont(self.label_font)
        chart.setTitleFont(self.title_font)
        chart.legend().setFont(self.label_font)

    def _draw(self, redraw: Callable[[], None]) -> None:
        self._redraw = redraw
        redraw()
        self._hold_minimum()

    def _hold_minimum(self) -> None:
        # QChartView sets its own minimum size (which layouts take over the hint): make it ours.
        self.setMinimumSize(self.minimumSizeHint())
        self.updateGeometry()

    def _font_changed(self) -> None:
        self._apply_fonts()
        if self._redraw is not None:
            self._draw(self._redraw)

    def _line(self) -> int:
        return QFontMetrics(self.label_font).height()

    def _title_size(self) -> QSize:
        """The title's room: Qt Charts centres it between the chart's margins, and elides it there."""
        metrics = QFontMetrics(self.title_font)
        margins = self.chart().margins()
        width = metrics.horizontalAdvance(self.title) + margins.left() + margins.right() + 24
        return QSize(width, metrics.height() + 12)

    def minimumSizeHint(self) -> QSize:
        return self._title_size().expandedTo(QSize(240, 220))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.minimumSize() != self.minimumSizeHint():
            self._hold_minimum()

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def clear(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart


class StateChart(ChartView):
    """Horizontal bars: the number of cases in each state, the first state on top.

    The state names are drawn by the view rather than by the category axis: Qt Charts gives an
    axis at most a part of the chart's width and cuts longer names at their start, and it hides
    every other name when the rows are close. The chart's left margin keeps the names' room.
    """

    def update_counts(self, counts: Sequence[tuple[str, int]]) -> None:
        if list(counts) == getattr(self, "_counts", None):
            return  # the same figures (the dashboard is read again after any change)
        self._counts = list(counts)
        self._draw(self._draw_counts)

    def _draw_counts(self) -> None:
        chart = self.clear()
        rows = list(reversed(self._counts))  # a horizontal bar chart draws its first category at the bottom
        bars = QBarSet(self.tr("Cases"))
        bars.setColor(QColor(BAR_COLOUR))
        bars.setLabelFont(self.label_font)
        bars.setLabelColor(QColor("#1b2a3a"))
        bars.append([float(n) for _, n in rows])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.75)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([name for name, _ in rows])
        categories.setLabelsVisible(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = _value_axis(max((n for _, n in rows), default=0) + 1, self.label_font)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        chart.legend().setVisible(False)
        chart.setMargins(QMargins(self._names_width() + NAME_GAP, 4, 4, 4))
        self._series = series

    def _names_width(self) -> int:
        metrics = QFontMetrics(self.label_font)
        return max((metrics.horizontalAdvance(name) for name, _ in getattr(self, "_counts", [])), default=0)

    def state_names(self) -> list[tuple[str, QRectF]]:
        """Each state's name with where it is drawn (in the view's coordinates), top to bottom."""
        series = getattr(self, "_series", None)
        if series is None:
            return []
        chart = self.chart()
        right = chart.plotArea().left() - NAME_GAP / 2
        width = self._names_width()
        height = self._line()
        placed = []
        for i, (name, _n) in enumerate(reversed(self._counts)):
            centre = chart.mapToPosition(QPointF(0, i), series)
            scene = chart.mapToScene(QPointF(right, centre.y()))
            view = self.mapFromScene(scene)
            placed.append((name, QRectF(view.x() - width, view.y() - height / 2, width, height)))
        return placed[::-1]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setFont(self.label_font)
        painter.setPen(QColor("#1b2a3a"))
        for name, rect in self.state_names():
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        painter.end()

    def minimumSizeHint(self) -> QSize:
        """Every state's name whole on one line, and a line of room for each bar: Qt Charts hides
        every other name when they are closer than that."""
        counts = getattr(self, "_counts", [])
        metrics = QFontMetrics(self.label_font)
        names = max((metrics.horizontalAdvance(name) for name, _ in counts), default=0)
        width = names + NAME_GAP + 170  # the names, then bars with their numbers
        height = self._title_size().height() + len(counts) * (self._line() + 4) + 3 * self._line() + 16
        return super().minimumSizeHint().expandedTo(QSize(width, height))


class DomainChart(ChartView):
    """A pie of open cases per need domain (a case with two domains counts in both); the legend
    beside it gives each domain with its number.

    The view draws the legend itself, in the room the chart's right margin keeps for it: Qt Charts'
    own legend is given less width than its names need and cuts them.
    """

    def update_counts(self, counts: Sequence[tuple[str, int]]) -> None:
        entries = [f"{name} {n}" for name, n in counts if n > 0]
        values = [n for _name, n in counts if n > 0]
        if (entries, values) == (getattr(self, "_entries", None), getattr(self, "_values", None)):
            return  # the same figures (the dashboard is read again after any change)
        self._entries, self._values = entries, values
        self._draw(self._draw_counts)

    def _draw_counts(self) -> None:
        chart = self.clear()
        series = QPieSeries()
        series.setPieSize(0.85)
        for i, (text, n) in enumerate(zip(self._entries, self._values, strict=True)):
            pie_slice = series.append(text, float(n))
            pie_slice.setColor(QColor(PIE_COLOURS[i % len(PIE_COLOURS)]))
            pie_slice.setBorderColor(QColor("white"))
            pie_slice.setLabelFont(self.label_font)
        chart.addSeries(series)
        chart.legend().setVisible(False)
        chart.setMargins(QMargins(4, 4, self._legend_width() + LEGEND_GAP, 4))

    def _legend_width(self) -> int:
        metrics = QFontMetrics(self.label_font)
        widest = max((metrics.horizontalAdvance(text) for text in getattr(self, "_entries", [])), default=0)
        return MARKER + 6 + widest

    def legend_entries(self) -> list[tuple[str, QColor, QRectF]]:
        """Each domain's entry (name and number), its colour and where its text is drawn."""
        entries = getattr(self, "_entries", [])
        line = self._line() + 6
        left = self.chart().plotArea().right() + LEGEND_GAP
        top = self.chart().plotArea().center().y() - line * len(entries) / 2
        placed = []
        for i, text in enumerate(entries):
            point = self.mapFromScene(self.chart().mapToScene(QPointF(left, top + i * line)))
            rect = QRectF(point.x() + MARKER + 6, point.y(), self._legend_width() - MARKER - 6, line)
            placed.append((text, QColor(PIE_COLOURS[i % len(PIE_COLOURS)]), rect))
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setFont(self.label_font)
        for text, colour, rect in self.legend_entries():
            marker = QRectF(rect.left() - MARKER - 6, rect.center().y() - MARKER / 2, MARKER, MARKER)
            painter.fillRect(marker, colour)
            painter.setPen(QColor("#1b2a3a"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()

    def minimumSizeHint(self) -> QSize:
        """The pie beside a legend wide enough for every domain's whole name and number."""
        entries = getattr(self, "_entries", [])
        width = 170 + LEGEND_GAP + self._legend_width()
        height = self._title_size().height() + max(160, len(entries) * (self._line() + 6) + 24)
        return super().minimumSizeHint().expandedTo(QSize(width, height))


MONTH_GAP = 6  # pixels kept between two month labels


def fitted_month_labels(months: Sequence[str], slot: float, advance: Callable[[str], int]) -> list[str]:
    """The month labels as given when each fits its `slot` (pixels per month), else the month
    numbers they hold ("3월", "［Month 3］" → "3")."""
    if max(advance(m) for m in months) + MONTH_GAP <= slot:
        return list(months)
    return ["".join(c for c in m if c.isdigit()) or m for m in months]


class TrendChart(ChartView):
    """Two lines over the months of the school year: cases opened and cases closed."""

    def update_months(self, months: Sequence[str], opened: Sequence[int], closed: Sequence[int]) -> None:
        data = (list(months), list(opened), list(closed))
        if data == getattr(self, "_series_data", None):
            return  # the same figures (the dashboard is read again after any change)
        self._series_data = data
        self._draw(self._draw_months)

    def _draw_months(self) -> None:
        months, opened, closed = self._series_data
        chart = self.clear()
        lines = []
        for name, values, colour in (
            (self.tr("New cases"), opened, OPENED_COLOUR),
            (self.tr("Closed cases"), closed, CLOSED_COLOUR),
        ):
            series = QLineSeries()
            series.setName(name)
            pen = QPen(QColor(colour))
            pen.setWidth(2)
            series.setPen(pen)
            series.setPointsVisible(True)
            for i, n in enumerate(values):
                series.append(float(i), float(n))
            chart.addSeries(series)
            lines.append(series)
        axis_x = QBarCategoryAxis()
        # The month names are drawn by the view (see month_labels): Qt Charts elides a category
        # label to less than its share of the width ("10" became "…") and, turned upright, to "⋮".
        # Invisible, distinct categories keep the labels' row under the plot.
        axis_x.append(["\u200b" * (i + 1) for i in range(len(months))])
        axis_x.setLabelsFont(self.label_font)
        axis_x.setTitleText(self.tr("Month"))
        axis_x.setTitleFont(self.label_font)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        axis_y = _value_axis(max([*opened, *closed, 0]) + 1, self.label_font)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in lines:
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        legend = chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(self.label_font)
        self._months = list(months)
        self.viewport().update()

    def minimumSizeHint(self) -> QSize:
        """Room for the legend's two names side by side, and for one line of month labels."""
        metrics = QFontMetrics(self.label_font)
        legend = sum(metrics.horizontalAdvance(series.name()) + 40 for series in self.chart().series())
        height = self._title_size().height() + 140 + 4 * self._line()
        return super().minimumSizeHint().expandedTo(QSize(legend + 24, height))

    def month_labels(self) -> list[tuple[str, QRectF]]:
        """The month labels as drawn, each centred under its month in view coordinates: the whole
        names when they fit side by side, else the month numbers, and when even those would touch,
        every second (third, …) month, so that no label is cut or overlaps another."""
        months = getattr(self, "_months", [])
        series = self.chart().series()
        if not months or not series:
            return []
        chart = self.chart()
        area = chart.plotArea()
        metrics = QFontMetrics(self.label_font)
        slot = area.width() / len(months)
        labels = fitted_month_labels(months, slot, metrics.horizontalAdvance)
        widest = max(metrics.horizontalAdvance(m) for m in labels) + MONTH_GAP
        step = max(1, -(-int(widest) // max(1, int(slot))))
        height = metrics.height()
        placed = []
        for i in range(0, len(labels), step):
            centre = chart.mapToPosition(QPointF(float(i), 0.0), series[0])
            scene = chart.mapToScene(QPointF(centre.x(), area.bottom() + 3))
            view = self.mapFromScene(scene)
            width = metrics.horizontalAdvance(labels[i]) + 2
            placed.append((labels[i], QRectF(view.x() - width / 2, view.y(), width, height)))
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setFont(self.label_font)
        painter.setPen(QColor("#1b2a3a"))
        for text, rect in self.month_labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
