"""The supervisor dashboard: per responder, load and exposure against the limits, as a table and a
chart, plus the two check-in flags a supervisor may see (overdue, asked for support), never answers.

Exposure is live only for the signed-in responder; everyone else's is what their own device last
reported (a team signal). Each exposure cell says which: "reported 14:05", or "no report yet" for a
responder whose device has sent nothing, so a missing report never reads as zero exposure.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.changes import ChangeSet
from hrdcase.services.wellbeing_api import ExposureSource, RebalanceReview, ResponderOverview
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.ops import user_message
from hrdcase.ui.wellbeing.chart import LoadChart, exposure_note, reported_at
from hrdcase.ui.wellbeing.text import limit_label, minutes
from hrdcase.ui.widgets import error_label, fit_to_screen
from hrdcase.wellbeing.limits import Limit

Index = QModelIndex | QPersistentModelIndex
_OVER_BACKGROUND = QColor("#fde7ea")
NAME, OPEN, P1, NEAR, TODAY, WEEK, FLAGS = range(7)
_LIMITS_OF_COLUMN = {
    OPEN: (Limit.OPEN_CASES,), P1: (Limit.CONCURRENT_P1,), TODAY: (Limit.DAILY_EXPOSURE,),
    WEEK: (Limit.WEEKLY_EXPOSURE,),
}


def _headers() -> tuple[str, ...]:
    return (
        translate("Dashboard", "Responder"), translate("Dashboard", "Open cases"),
        translate("Dashboard", "P1 cases"), translate("Dashboard", "Near breach"),
        translate("Dashboard", "Exposure today"), translate("Dashboard", "Exposure this week"),
        translate("Dashboard", "Check-in"),
    )


def flags_text(r: ResponderOverview) -> str:
    """Only the two flags a supervisor may see."""
    flags = []
    if r.checkin_overdue:
        flags.append(translate("Dashboard", "Check-in overdue"))
    if r.asked_for_support:
        flags.append(translate("Dashboard", "Asked for support"))
    return "; ".join(flags)


def _is_over(r: ResponderOverview, column: int) -> bool:
    if column == OPEN:
        return r.open_cases > r.max_open_cases or Limit.OPEN_CASES in r.over_limits
    if column == P1:
        return r.p1_cases > r.max_concurrent_p1 or Limit.CONCURRENT_P1 in r.over_limits
    if column == TODAY:
        return (r.exposure_today_minutes > r.daily_exposure_minutes
                or Limit.DAILY_EXPOSURE in r.over_limits)
    if column == WEEK:
        return (r.exposure_week_minutes > r.weekly_exposure_minutes
                or Limit.WEEKLY_EXPOSURE in r.over_limits)
    return False


class TeamModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ResponderOverview] = []
        self._now: datetime | None = None

    def set_rows(self, rows: Sequence[ResponderOverview], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    def row(self, row: int) -> ResponderOverview:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(_headers())):
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, column = self._rows[index.row()], index.column()
        over = _is_over(r, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(r, column)
            if over:
                text = translate("Dashboard", "{value} (over)").format(value=text)
            note = exposure_note(r, self._now) if column == TODAY else ""
            return translate("Dashboard", "{value} · {note}").format(value=text, note=note) \
                if note and r.exposure_source is ExposureSource.REPORTED else text
        if role == Qt.ItemDataRole.ToolTipRole and column in (TODAY, WEEK):
            return self._exposure_tip(r)
        if role == Qt.ItemDataRole.BackgroundRole and over:
            return QBrush(_OVER_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and (over or (column == FLAGS and flags_text(r))):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and r.over_limits:
            return translate("Dashboard", "Over: {limits}").format(
                limits=", ".join(limit_label(limit) for limit in r.over_limits))
        return None

    def _text(self, r: ResponderOverview, column: int) -> str:
        of = translate("Dashboard", "{value} / {limit}")
        return {
            NAME: r.name,
            OPEN: of.format(value=r.open_cases, limit=r.max_open_cases),
            P1: of.format(value=r.p1_cases, limit=r.max_concurrent_p1),
            NEAR: str(r.near_breach),
            TODAY: self._exposure(r, r.exposure_today_minutes, r.daily_exposure_minutes),
            WEEK: self._exposure(r, r.exposure_week_minutes, r.weekly_exposure_minutes),
            FLAGS: flags_text(r),
        }.get(column, "")

    def _exposure(self, r: ResponderOverview, used: float, limit: int) -> str:
        """"1 h 10 min / 5 h 00 min", or "no report yet" instead of a zero nobody measured (the
        report's time follows today's figure, see `data`)."""
        if r.exposure_source is ExposureSource.NONE:
            return translate("Dashboard", "no report yet (limit {limit})").format(limit=minutes(limit))
        return translate("Dashboard", "{value} / {limit}").format(value=minutes(used), limit=minutes(limit))

    def _exposure_tip(self, r: ResponderOverview) -> str:
        if r.exposure_source is ExposureSource.LIVE:
            return translate("Dashboard", "Live: the exposure ledger on this device.")
        if r.exposure_source is ExposureSource.NONE:
            return translate("Dashboard", "Their device has not reported any exposure yet: this is "
                                          "not the same as no exposure.")
        return translate("Dashboard", "As their device reported it at {time}; today's and this "
                                      "week's figures count in their own time zone.").format(
            time=reported_at(r.exposure_as_of, self._now) if r.exposure_as_of else "")


class Dashboard(QWidget):
    """A separate window (supervisors keep it beside the queue); refreshes on every change set."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self.rows: list[ResponderOverview] | None = None
        self.setWindowTitle(self.tr("Team workload"))
        self.model = TeamModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Team workload table"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = LoadChart()
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = QLabel(self.tr("Check-in answers belong to each responder: only whether a "
                                   "check-in is overdue or support was asked for is shown here."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.error = error_label(self)
        self.rebalance_button = QPushButton(self.tr("&Propose rebalancing…"))
        self.rebalance_button.setAccessibleName(self.tr("Propose rebalancing of cases"))
        self.rebalance_button.clicked.connect(self.propose)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.rebalance_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        fit_to_screen(self, 1000, 600)
        ctx.notifier.changed.connect(self._on_changes)

    def refresh(self) -> None:
        self._ctx.query(lambda s: s.wellbeing.team_overview(), self._loaded, self._failed, owner=self)

    def _loaded(self, rows: list[ResponderOverview]) -> None:
        self.rows = list(rows)
        self.error.setVisible(False)
        now = self._ctx.session.clock.now()
        self.model.set_rows(self.rows, now)
        self.chart.set_rows(self.rows, now)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(user_message(exc))
        self.error.setVisible(True)

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.isVisible() and not changes.empty:
            self.refresh()

    def propose(self) -> None:
        self.rebalance_button.setEnabled(False)
        self._ctx.query(lambda s: s.wellbeing.propose_rebalance(), self._review, self._propose_failed,
                        owner=self)

    def _propose_failed(self, exc: BaseException) -> None:
        self.rebalance_button.setEnabled(True)
        self._failed(exc)

    def _review(self, review: RebalanceReview) -> None:
        from hrdcase.ui.wellbeing.rebalance_dialog import RebalanceDialog

        self.rebalance_button.setEnabled(True)
        receivers = [(r.responder_id, r.name) for r in self.rows or []]
        self.dialog = RebalanceDialog(self._ctx, review, receivers, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
