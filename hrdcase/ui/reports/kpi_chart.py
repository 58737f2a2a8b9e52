"""A painted chart of one KPI per group (region, category or month): measured against target.

Each group's bar is drawn on one scale with the target as a dashed vertical line. A group that
misses its target is hatched AND labelled "missed"; one with nothing to measure says "no data",
never a bar of zero; so nothing is told by colour alone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hrdcase.models.kpi import Kpi, KpiFigure
from hrdcase.ui.legend import draw_swatches

NAME_WIDTH = 190
VALUE_WIDTH = 230
BAR_HEIGHT = 16
GAP = 6
LEGEND_HEIGHT = 26
MET_COLOUR = QColor("#3b6ea8")
MISSED_COLOUR = QColor("#b00020")
TARGET_COLOUR = QColor("#333333")


def _unit(kpi: Kpi) -> str:
    return {"h": " h", "d": " d", "%": "%"}[kpi.unit]


class KpiChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, KpiFigure]] = []
        self.setAccessibleName(self.tr("Measured against target, chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(NAME_WIDTH + VALUE_WIDTH + 200)

    def set_rows(self, rows: Sequence[tuple[str, KpiFigure]]) -> None:
        self._rows = list(rows)
        missed = [name for name, f in self._rows if f.met is False]
        self.setAccessibleDescription(
            self.tr("Missed the target: {names}.").format(names=", ".join(missed)) if missed
            else self.tr("No group missed the target."))
        self.updateGeometry()
        self.update()

    def missed(self) -> list[str]:
        return [name for name, f in self._rows if f.met is False]

    def sizeHint(self) -> QSize:
        return QSize(760, LEGEND_HEIGHT + max(1, len(self._rows)) * (BAR_HEIGHT + GAP) + 10)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._legend(painter)
        area = QRectF(NAME_WIDTH, LEGEND_HEIGHT, self.width() - NAME_WIDTH - VALUE_WIDTH,
                      self.height() - LEGEND_HEIGHT)
        if not self._rows:
            painter.setPen(self.palette().text().color())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show."))
            return
        target = self._rows[0][1].target
        top = max([target, *(f.measured or 0 for _, f in self._rows)]) * 1.1 or 1.0
        y = area.top() + 2
        for name, f in self._rows:
            self._row(painter, name, f, area, y, top)
            y += BAR_HEIGHT + GAP
        x = area.left() + area.width() * target / top
        painter.setPen(QPen(TARGET_COLOUR, 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(x), int(area.top()), int(x), int(y - GAP + 2))

    def _row(self, painter: QPainter, name: str, f: KpiFigure, area: QRectF, y: float,
             top: float) -> None:
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.setPen(self.palette().text().color())
        label = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, NAME_WIDTH - 10)
        painter.drawText(QRectF(4, y, NAME_WIDTH - 10, BAR_HEIGHT), left, label)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eeeeee"))
        painter.drawRect(QRectF(area.left(), y, area.width(), BAR_HEIGHT))
        if f.measured is not None:
            colour = MISSED_COLOUR if f.met is False else MET_COLOUR
            rect = QRectF(area.left(), y, max(1.0, area.width() * f.measured / top), BAR_HEIGHT)
            painter.setBrush(colour)
            painter.drawRect(rect)
            if f.met is False:
                painter.setBrush(QBrush(QColor("white"), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(rect)
        text = self._text(f)
        font = QFont(self.font())
        font.setBold(f.met is False)
        painter.setFont(font)
        painter.setPen(MISSED_COLOUR if f.met is False else self.palette().text().color())
        painter.drawText(QRectF(area.right() + 8, y - 2, VALUE_WIDTH - 10, BAR_HEIGHT + 4), left,
                         text)
        painter.setFont(self.font())

    def _text(self, f: KpiFigure) -> str:
        if f.measured is None:
            return self.tr("no data")
        value = f"{f.measured:g}{_unit(f.kpi)}"
        if f.met is False:
            return self.tr("{value} — missed (n={n})").format(value=value, n=f.basis)
        return self.tr("{value} — met (n={n})").format(value=value, n=f.basis)

    def _legend(self, painter: QPainter) -> None:
        x = draw_swatches(painter, self.palette().text().color(), (
            (MET_COLOUR, Qt.BrushStyle.SolidPattern, self.tr("Met")),
            (MISSED_COLOUR, Qt.BrushStyle.BDiagPattern, self.tr("Missed (hatched)")),
        ))
        painter.setPen(QPen(TARGET_COLOUR, 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(x), 6, int(x), 18)
        painter.setPen(self.palette().text().color())
        target = (self.tr("Target: {value}").format(
            value=f"{self._rows[0][1].target:g}{_unit(self._rows[0][1].kpi)}")
            if self._rows else self.tr("Target"))
        painter.drawText(QRectF(x + 6, 2, 200, 20), Qt.AlignmentFlag.AlignVCenter, target)
