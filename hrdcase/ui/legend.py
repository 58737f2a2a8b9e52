"""The legend the painted charts share: a swatch per series (hatched where a series means "over" or
"missed", so that colour is never the only cue) and its label, left to right."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen


def draw_swatches(painter: QPainter, text_colour: QColor,
                  items: Iterable[tuple[QColor, Qt.BrushStyle, str]], x: float = 4.0) -> float:
    """Draw each (colour, brush style, label) from `x`; returns where the next item may start."""
    for colour, style, text in items:
        painter.setPen(QPen(colour))
        painter.setBrush(QBrush(colour, style))
        painter.drawRect(QRectF(x, 6, 14, 12))
        painter.setPen(text_colour)
        width = painter.fontMetrics().horizontalAdvance(text)
        painter.drawText(QRectF(x + 18, 2, width + 4, 20), Qt.AlignmentFlag.AlignVCenter, text)
        x += 18 + width + 18
    return x
