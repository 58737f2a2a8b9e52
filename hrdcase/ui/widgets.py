"""Small widgets shared by the forms: inline field errors, labelled rows, a busy indicator."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import ValidationError

ERROR_STYLE = "color: #b00020;"


def py_date(value: QDate) -> date:
    """A QDate as a date (PySide's `toPython()` is typed as returning object)."""
    return date(value.year(), value.month(), value.day())


def py_datetime(value: QDateTime) -> datetime:
    """A QDateTime as an aware datetime in the machine's local time zone."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, UTC).astimezone()


def qt_datetime(value: datetime) -> QDateTime:
    """An aware datetime as a QDateTime (local time), the same instant."""
    return QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000))


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    label.setAccessibleName(QCoreApplication.translate("Widgets", "Error"))
    return label


class FieldErrors:
    """Inline error labels keyed by the field names `ValidationError.field` uses."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def add(self, names: Iterable[str], label: QLabel, widget: QWidget) -> None:
        for name in names:
            self.labels[name] = label
            self.widgets[name] = widget

    def clear(self) -> None:
        for label in [self.general, *self.labels.values()]:
            label.clear()
            label.setVisible(False)

    def show(self, message: str, field: str | None = None) -> None:
        """Show `message` next to `field` (or at the top when the field has no place here)."""
        label = self.labels.get(field or "", self.general)
        label.setText(message)
        label.setVisible(True)
        widget = self.widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

    def show_error(self, exc: ValidationError) -> None:
        self.show(str(exc), exc.field)

    def visible_fields(self) -> list[str]:
        return sorted(name for name, label in self.labels.items() if label.isVisible())


def add_row(
    form: QFormLayout,
    text: str,
    widget: QWidget,
    accessible: str,
    errors: FieldErrors | None = None,
    fields: Iterable[str] = (),
) -> QLabel:
    """A form row whose label (with its mnemonic) is the widget's buddy; an error label below it."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(accessible)
    if errors is None:
        form.addRow(label, widget)
        return label
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    err = error_label(box)
    layout.addWidget(err)
    errors.add(fields, err, widget)
    form.addRow(label, box)
    return label


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]], keep: bool = True) -> None:
    """Replace the items (text, data) of `combo`, keeping the current data when it still exists."""
    current = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: Any) -> bool:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


class BusyBar(QProgressBar):
    """An indeterminate bar that appears only when work lasts longer than a moment."""

    def __init__(self, parent: QWidget | None = None, delay_ms: int = 250) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumWidth(120)
        self.setMaximumHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Working"))
        self.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(lambda: self.setVisible(True))

    def set_busy(self, busy: bool) -> None:
        if busy:
            if not self.isVisible() and not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            self.setVisible(False)


def scrolled(content: QWidget) -> QScrollArea:
    """`content` in a frameless, resizable scroll area: a long form stays whole on a short screen."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def screen_room(window: QWidget) -> QSize | None:
    """The available size of the screen `window` is on (None without a screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else None


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width×height, no larger than the screen's available area."""
    room = screen_room(window)
    if room is not None:
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)
