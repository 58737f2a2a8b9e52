"""A painted bar chart of load against limit per responder: open cases and exposure today.

Each bar is drawn on its own limit's scale so that one vertical limit line serves both: the line is
the limit, a bar past it is over. Over-limit bars are hatched AND labelled "over", never told by
colour alone. An exposure bar whose figure is another device's report says when it was reported; a
responder with no report yet gets an empty bar labelled so, never a measured-looking zero."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hrdcase.services.wellbeing_api import ExposureSource, ResponderOverview
from hrdcase.ui.i18n import translate
from hrdcase.ui.legend import draw_swatches
from hrdcase.ui.wellbeing.text import minutes

NAME_WIDTH = 170
VALUE_WIDTH = 320
BAR_HEIGHT = 14
GROUP_GAP = 12
LEGEND_HEIGHT = 26
LIMIT_AT = 0.7  # the limit line sits at this share of the bar area; room to show overruns
CASES_COLOUR = QColor("#3b6ea8")
EXPOSURE_COLOUR = QColor("#8a5a00")
OVER_COLOUR = QColor("#b00020")
NOTE_COLOUR = QColor("#555555")


def reported_at(moment: datetime, now: datetime | None) -> str:
    """A report's time in this machine's local time; with the date unless it is today's."""
    local = moment.astimezone()
    if now is not None and local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def exposure_note(r: ResponderOverview, now: datetime | None) -> str:
    """"" for live exposure, else where the figure comes from."""
    if r.exposure_source is ExposureSource.NONE:
        return translate("Dashboard", "no report yet")
    if r.exposure_source is ExposureSource.REPORTED and r.exposure_as_of is not None:
        return translate("Dashboard", "reported {time}").format(time=reported_at(r.exposure_as_of, now))
    return ""


@dataclass(frozen=True)
class Bar:
    value: float
    limit: float
    text: str
    colour: QColor

    @property
    def over(self) -> bool:
        return self.value > self.limit


class LoadChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, tuple[Bar, Bar]]] = []
        self._notes: list[str] = []  # per row: "reported 14:05", "no report yet" or "" (live)
        self.setAccessibleName(self.tr("Team load against limits, chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(NAME_WIDTH + VALUE_WIDTH + 160)

    def set_rows(self, rows: Sequence[ResponderOverview], now: datetime | None = None) -> None:
        self._rows = [(r.name, self._bars(r)) for r in rows]
        self._notes = [exposure_note(r, now) for r in rows]
        over = [name for name, bars in self._rows if any(b.over for b in bars)]
        unknown = [r.name for r in rows if r.exposure_source is ExposureSource.NONE]
        self.setAccessibleDescription(" ".join(filter(None, (
            self.tr("Over a limit: {names}.").format(names=", ".join(over)) if over
            else self.tr("Everyone is within the limits."),
            self.tr("No exposure report yet: {names}.").format(names=", ".join(unknown)) if unknown
            else "",
        ))))
        self.updateGeometry()
        self.update()

    def _bars(self, r: ResponderOverview) -> tuple[Bar, Bar]:
        cases = Bar(r.open_cases, r.max_open_cases,
                    self.tr("Cases: {value} of {limit}").format(
                        value=r.open_cases, limit=r.max_open_cases), CASES_COLOUR)
        text = self.tr("Exposure: {used} of {limit}").format(
            used=minutes(r.exposure_today_minutes), limit=minutes(r.daily_exposure_minutes))
        if r.exposure_source is ExposureSource.NONE:
            text = self.tr("Exposure: no report yet")
        return cases, Bar(r.exposure_today_minutes, r.daily_exposure_minutes, text, EXPOSURE_COLOUR)

    def over_names(self) -> list[str]:
        return [name for name, bars in self._rows if any(b.over for b in bars)]

    def sizeHint(self) -> QSize:
        per = 2 * BAR_HEIGHT + 4 + GROUP_GAP
        return QSize(720, LEGEND_HEIGHT + max(1, len(self._rows)) * per + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        area = QRectF(NAME_WIDTH, LEGEND_HEIGHT, self.width() - NAME_WIDTH - VALUE_WIDTH,
                      self.height() - LEGEND_HEIGHT)
        self._legend(painter)
        if not self._rows:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No responders."))
            return
        y = area.top() + 4
        for (name, bars), note in zip(self._rows, self._notes, strict=True):
            self._name(painter, name, note, y)
            for i, bar in enumerate(bars):
                self._bar(painter, bar, area, y + i * (BAR_HEIGHT + 4))
            y += 2 * BAR_HEIGHT + 4 + GROUP_GAP
        limit_x = area.left() + area.width() * LIMIT_AT
        pen = QPen(OVER_COLOUR, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(int(limit_x), int(area.top()), int(limit_x), int(y - GROUP_GAP + 2))

    def _name(self, painter: QPainter, name: str, note: str, y: float) -> None:
        """The responder's name; under it, in grey, where their exposure figure comes from."""
        painter.setPen(self.palette().text().color())
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        # A long name ends in "…" (the table above has it whole), in either writing direction.
        name = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, NAME_WIDTH - 10)
        if not note:
            painter.drawText(QRectF(4, y, NAME_WIDTH - 10, 2 * BAR_HEIGHT + 4), left, name)
            return
        painter.drawText(QRectF(4, y, NAME_WIDTH - 10, BAR_HEIGHT + 2), left, name)
        painter.setPen(NOTE_COLOUR)
        note = painter.fontMetrics().elidedText(note, Qt.TextElideMode.ElideRight, NAME_WIDTH - 10)
        painter.drawText(QRectF(4, y + BAR_HEIGHT + 2, NAME_WIDTH - 10, BAR_HEIGHT + 2), left, note)

    def _legend(self, painter: QPainter) -> None:
        font = QFont(self.font())
        painter.setFont(font)
        x = draw_swatches(painter, self.palette().text().color(), (
            (CASES_COLOUR, Qt.BrushStyle.SolidPattern, self.tr("Open cases")),
            (EXPOSURE_COLOUR, Qt.BrushStyle.SolidPattern, self.tr("Exposure today")),
            (OVER_COLOUR, Qt.BrushStyle.BDiagPattern, self.tr("Over the limit (hatched)")),
        ))
        painter.setPen(QPen(OVER_COLOUR, 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(x), 6, int(x), 18)
        painter.setPen(self.palette().text().color())
        text = self.tr("Limit")
        painter.drawText(QRectF(x + 6, 2, 80, 20), Qt.AlignmentFlag.AlignVCenter, text)

    def _bar(self, painter: QPainter, bar: Bar, area: QRectF, y: float) -> None:
        scale = area.width() * LIMIT_AT / bar.limit if bar.limit else 0.0
        width = min(area.width(), bar.value * scale) if bar.limit else (area.width() if bar.value else 0)
        track = QRectF(area.left(), y, area.width(), BAR_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eeeeee"))
        painter.drawRect(track)
        rect = QRectF(area.left(), y, max(width, 1.0 if bar.value else 0.0), BAR_HEIGHT)
        painter.setBrush(bar.colour)
        painter.drawRect(rect)
        if bar.over:
            painter.setBrush(QBrush(QColor("white"), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)
            painter.setPen(QPen(OVER_COLOUR, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        text = bar.text + (self.tr(" — OVER") if bar.over else "")
        font = QFont(self.font())
        font.setBold(bar.over)
        painter.setFont(font)
        painter.setPen(OVER_COLOUR if bar.over else self.palette().text().color())
        painter.drawText(QRectF(area.right() + 8, y - 2, VALUE_WIDTH - 10, BAR_HEIGHT + 4),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.setFont(self.font())
