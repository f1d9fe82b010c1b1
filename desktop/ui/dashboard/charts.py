"""The Dashboard's charts (Qt Charts): open cases by state, by need domain, and the monthly trend.

Each chart is a QChartView whose chart is rebuilt on `update_*`; every text uses the
application font (Nanum Gothic), so Korean labels never show as boxes.
"""

from __future__ import annotations

from collections.abc import Sequence

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
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

# Calm colours that print well in grey too.
BAR_COLOUR = "#3a6ea5"
OPENED_COLOUR = "#3a6ea5"
CLOSED_COLOUR = "#c0504d"
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
    axis.setRange(0, max(top, 1))
    axis.applyNiceNumbers()
    axis.setMinorTickCount(0)
    return axis


class ChartView(QChartView):
    """A chart view with the app's fonts, no animation and a compact frame."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        label_font, title_font = _fonts()
        chart.setFont(label_font)
        chart.setTitleFont(title_font)
        chart.setTitle(title)
        chart.legend().setFont(label_font)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(240, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label_font = label_font
        self.setToolTip(title)  # the whole title, where a narrow chart elides it

    def clear(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart


class StateChart(ChartView):
    """Horizontal bars: the number of cases in each state, the first state on top."""

    def update_counts(self, counts: Sequence[tuple[str, int]]) -> None:
        chart = self.clear()
        rows = list(reversed(counts))  # a horizontal bar chart draws its first category at the bottom
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
        categories.setLabelsFont(self.label_font)
        categories.setTruncateLabels(False)  # a state's name is the point of the chart
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = _value_axis(max((n for _, n in rows), default=0) + 1, self.label_font)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        chart.legend().setVisible(False)


class DomainChart(ChartView):
    """A pie of open cases per need domain (a case with two domains counts in both); the legend
    gives each domain with its number."""

    def update_counts(self, counts: Sequence[tuple[str, int]]) -> None:
        chart = self.clear()
        series = QPieSeries()
        series.setPieSize(0.75)
        for i, (name, n) in enumerate((name, n) for name, n in counts if n > 0):
            pie_slice = series.append(f"{name} {n}", float(n))
            pie_slice.setColor(QColor(PIE_COLOURS[i % len(PIE_COLOURS)]))
            pie_slice.setBorderColor(QColor("white"))
            pie_slice.setLabelFont(self.label_font)
        chart.addSeries(series)
        legend = chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
        legend.setFont(self.label_font)
        legend.setShowToolTips(True)  # a long domain name may be shortened


class TrendChart(ChartView):
    """Two lines over the months of the school year: cases opened and cases closed."""

    def update_months(self, months: Sequence[str], opened: Sequence[int], closed: Sequence[int]) -> None:
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
        axis_x.append(list(months))
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
        self._fit_month_labels()

    def _fit_month_labels(self) -> None:
        """Month names side by side when they fit under the plot, else turned upright (a category
        axis elides what does not fit to "...")."""
        axes = self.chart().axes(Qt.Orientation.Horizontal)
        months = getattr(self, "_months", [])
        if not axes or not months:
            return
        width = self.chart().plotArea().width()
        if width <= 0:
            return  # not laid out yet: the next resize decides
        # Qt Charts gives a category label less than its share of the width: keep a wide margin.
        widest = max(QFontMetrics(self.label_font).horizontalAdvance(m) for m in months) + 16
        angle = 0 if widest * len(months) <= width else -90
        if axes[0].labelsAngle() != angle:  # turning them again makes Qt Charts elide them
            axes[0].setLabelsAngle(angle)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_month_labels()
