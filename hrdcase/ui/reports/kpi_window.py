"""Team › Monitoring benchmarks…: the KPIs (action 4) measured against their targets for a period,
per region, category or month, as a table (every KPI) and a chart (the chosen KPI). The figures
come from `session.reports.kpi` on the ops worker; the same as `hrdcase report kpi`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.kpi import Dimension, Kpi, KpiFigure, KpiRow
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.ops import user_message
from hrdcase.ui.reports.kpi_chart import KpiChart
from hrdcase.ui.widgets import error_label, py_date

Index = QModelIndex | QPersistentModelIndex
_MISSED_BACKGROUND = QColor("#fde7ea")
DEFAULT_DAYS = 90


def kpi_names() -> dict[Kpi, str]:
    return {
        Kpi.FIRST_RESPONSE: translate("Kpi", "Median time to first response"),
        Kpi.RESOLUTION: translate("Kpi", "Median time to resolution"),
        Kpi.SLA_COMPLIANCE: translate("Kpi", "SLA compliance"),
        Kpi.APPEAL_DECISION: translate("Kpi", "Median appeal decision time"),
        Kpi.NOTIFICATION_RATE: translate("Kpi", "Notification rate"),
    }


def dimension_names() -> dict[Dimension, str]:
    return {Dimension.REGION: translate("Kpi", "Region"),
            Dimension.CATEGORY: translate("Kpi", "Category"),
            Dimension.PERIOD: translate("Kpi", "Month"),
            Dimension.ALL: translate("Kpi", "All cases")}


def figure_cell(f: KpiFigure) -> str:
    unit = {"h": " h", "d": " d", "%": "%"}[f.kpi.unit]
    target = f"{f.target:g}{unit}"
    if f.measured is None:
        return translate("Kpi", "no data (target {target})").format(target=target)
    verdict = translate("Kpi", "met") if f.met else translate("Kpi", "missed")
    return translate("Kpi", "{value} / {target} — {verdict}").format(
        value=f"{f.measured:g}{unit}", target=target, verdict=verdict)


class KpiModel(QAbstractTableModel):
    """One row per group; columns: the group, its cases, then each KPI as "measured / target"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[KpiRow] = []

    def set_rows(self, rows: Sequence[KpiRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(Kpi)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [translate("Kpi", "Group"), translate("Kpi", "Cases"), *kpi_names().values()]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        figure = row.figures[column - 2] if column >= 2 else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return translate("Kpi", "All cases") if row.dimension == Dimension.ALL else row.key
            if column == 1:
                return str(row.cases)
            return figure_cell(figure) if figure else None
        missed = figure is not None and figure.met is False
        if role == Qt.ItemDataRole.BackgroundRole and missed:
            return QBrush(_MISSED_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and missed:
            font = QFont()
            font.setBold(True)
            return font
        return None


class KpiWindow(QWidget):
    """A separate window; "Refresh" reads the figures again for the chosen period."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self.rows: list[KpiRow] | None = None
        self.setWindowTitle(self.tr("Monitoring benchmarks"))
        today = ctx.session.clock.now().date()
        self.start = self._date_edit(today - timedelta(days=DEFAULT_DAYS))
        self.end = self._date_edit(today)
        self.dimension = QComboBox()
        for dim, name in dimension_names().items():
            if dim != Dimension.ALL:
                self.dimension.addItem(name, dim.value)
        self.kpi = QComboBox()
        for kpi, name in kpi_names().items():
            self.kpi.addItem(name, kpi.value)
        self.dimension.currentIndexChanged.connect(self._show)
        self.kpi.currentIndexChanged.connect(self._show)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self._label(self.tr("&From:"), self.start), self.start)
        form.addRow(self._label(self.tr("&To:"), self.end), self.end)
        form.addRow(self._label(self.tr("&Group by:"), self.dimension), self.dimension)
        form.addRow(self._label(self.tr("&Chart:"), self.kpi), self.kpi)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addStretch(1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.model = KpiModel(self)
        self.table = self._table()
        self.chart = KpiChart()
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        self.resize(1024, 640)

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Measured against target, table"))
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def period(self) -> tuple[date, date]:
        return py_date(self.start.date()), py_date(self.end.date())

    def refresh(self) -> None:
        start, end = self.period()
        self.refresh_button.setEnabled(False)
        self._ctx.query(lambda s: s.reports.kpi(start, end), self._loaded, self._failed,
                        owner=self)

    def _loaded(self, rows: list[KpiRow]) -> None:
        self.rows = list(rows)
        self.refresh_button.setEnabled(True)
        self.error.setVisible(False)
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.error.setText(user_message(exc))
        self.error.setVisible(True)

    def _show(self) -> None:
        if self.rows is None:
            return
        dim = Dimension(self.dimension.currentData())
        kpi = Kpi(self.kpi.currentData())
        shown = [r for r in self.rows if r.dimension in (Dimension.ALL, dim)]
        self.model.set_rows(shown)
        self.chart.set_rows([(r.key if r.dimension != Dimension.ALL else self.tr("All cases"),
                              next(f for f in r.figures if f.kpi == kpi)) for r in shown])
        overall = next((r for r in self.rows if r.dimension == Dimension.ALL), None)
        self.note.setText(self.tr("{cases} cases opened in the period. Missed targets are "
                                  "hatched and say \"missed\".").format(
            cases=overall.cases if overall else 0))
