"""Small charts for printed reports (reportlab.graphics): horizontal bars and a pie with a legend.

Every text of a chart is set in the embedded Korean font, so a chart never pulls in an
unembedded base font.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, String
from reportlab.lib import colors

from desktop.reports.base import FONT, FONT_BOLD, register_fonts

PALETTE = (
    "#3b6ea5",
    "#e08a3c",
    "#5a9e6f",
    "#c4534f",
    "#8a6fb0",
    "#9c7a4a",
    "#d08bb5",
    "#7f8a96",
    "#b5b84a",
    "#4fb0b8",
)


class KoreanDrawing(Drawing):  # type: ignore[misc]  # reportlab has no type hints
    """A drawing whose rendering starts in the embedded font: reportlab's renderer otherwise
    begins every drawing with Times-Roman, an unembedded base font, even when every text of the
    drawing has its own font."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        previous = STATE_DEFAULTS["fontName"]
        STATE_DEFAULTS["fontName"] = FONT
        try:
            super().drawOn(canvas, x, y, _sW)
        finally:
            STATE_DEFAULTS["fontName"] = previous


def _color(i: int) -> colors.Color:
    return colors.HexColor(PALETTE[i % len(PALETTE)])


def nice_step(top: int, ticks: int = 5) -> int:
    """A round axis step (1, 2, 5, 10, 20, 50, ...) giving about `ticks` ticks up to `top`."""
    raw = max(1.0, top / ticks)
    base = 1
    while base * 10 <= raw:
        base *= 10
    for factor in (1, 2, 5, 10):
        if base * factor >= raw:
            return base * factor
    return base * 10


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    if text:
        drawing.add(
            String(width / 2, height - 11, text, fontName=FONT_BOLD, fontSize=9.5, textAnchor="middle")
        )


def bar_chart(items: Sequence[tuple[str, int]], width: float, height: float, title: str = "") -> Drawing:
    """Horizontal bars, one per (label, count), the count written at the end of each bar."""
    register_fonts()
    drawing = KoreanDrawing(width, height)
    _title(drawing, title, width, height)
    labels = [label for label, _n in items] or ["—"]
    values = [n for _label, n in items] or [0]
    chart = HorizontalBarChart()
    label_room = 12 + 6.5 * max(len(label) for label in labels)
    chart.x = min(label_room, width * 0.45)
    chart.y = 14
    chart.width = width - chart.x - 22
    chart.height = height - chart.y - (22 if title else 8)
    # The first item on top, as a table would list it.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.visibleTicks = False
    chart.valueAxis.valueMin = 0
    step = nice_step(max(values))
    chart.valueAxis.valueMax = step * max(1, -(-max(values) // step))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde2e8")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = colors.HexColor(PALETTE[0])
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barSpacing = 1
    drawing.add(chart)
    return drawing


def pie_chart(items: Sequence[tuple[str, int]], width: float, height: float, title: str = "") -> Drawing:
    """A pie of the non-zero (label, count) items with a legend "label n (p%)" on its right."""
    register_fonts()
    drawing = KoreanDrawing(width, height)
    _title(drawing, title, width, height)
    shown = [(label, n) for label, n in items if n > 0]
    total = sum(n for _label, n in shown)
    top = height - (20 if title else 6)
    if not shown:
        drawing.add(String(width / 2, top / 2, "해당 없음", fontName=FONT, fontSize=9, textAnchor="middle"))
        return drawing
    size = min(top - 8, width * 0.42)
    pie = Pie()
    pie.x = 8
    pie.y = (top - size) / 2
    pie.width = pie.height = size
    pie.data = [n for _label, n in shown]
    pie.labels = None
    pie.simpleLabels = 1
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.6
    pie.slices.fontName = FONT
    for i in range(len(shown)):
        pie.slices[i].fillColor = _color(i)
    drawing.add(pie)
    legend = Legend()
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.x = pie.x + size + 14
    legend.y = top - 4
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = 12
    legend.deltay = 11
    legend.dx = 7
    legend.dy = 7
    legend.strokeColor = None
    legend.colorNamePairs = [
        (_color(i), f"{label} {n} ({round(100 * n / total)}%)") for i, (label, n) in enumerate(shown)
    ]
    drawing.add(legend)
    return drawing


__all__ = ["KoreanDrawing", "bar_chart", "nice_step", "pie_chart"]
