"""Declare a surge for a region and a period, see the surges (active or ended), end one."""

from __future__ import annotations

from datetime import UTC, datetime

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.entities import Responder
from hrdcase.services.wellbeing_api import Surge
from hrdcase.ui import forms
from hrdcase.ui.choices import Choices, fill_regions, load_choices
from hrdcase.ui.context import UiContext
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import FieldErrors, add_row, error_label


def _qdt(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def _py(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class SurgeDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.surges: list[Surge] | None = None
        self.setWindowTitle(self.tr("Surges"))
        self.general = error_label(self)
        self.errors = FieldErrors(self.general)
        self.region = QComboBox()
        now = ctx.session.clock.now()
        self.starts = QDateTimeEdit(_qdt(now))
        self.ends = QDateTimeEdit(_qdt(now + relativedelta(days=7)))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reason = QLineEdit()
        self.roster = QListWidget()
        self.roster.setAccessibleName(self.tr("Surge roster: responders who also cover the region"))
        self.roster.setToolTip(self.tr(
            "Tick responders who also take this region's cases during the surge. Their own "
            "workload limits stay in force."))
        self.roster.setMaximumHeight(120)
        self._responders: list[Responder] = []
        form = QFormLayout()
        e = self.errors
        add_row(form, self.tr("&Region:"), self.region, self.tr("Region"), e, ["region_code"])
        add_row(form, self.tr("&Starts:"), self.starts, self.tr("Surge starts"), e, ["starts_at"])
        add_row(form, self.tr("E&nds:"), self.ends, self.tr("Surge ends"), e, ["ends_at"])
        add_row(form, self.tr("Re&ason:"), self.reason, self.tr("Reason for the surge"), e,
                ["reason"])
        add_row(form, self.tr("Ros&ter:"), self.roster, self.roster.accessibleName(), e, ["roster"])
        self.region.currentIndexChanged.connect(lambda _i: self._fill_roster())
        self.declare_button = QPushButton(self.tr("&Declare surge"))
        self.declare_button.clicked.connect(self.declare)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Surges"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.end_button = QPushButton(self.tr("&End selected surge"))
        self.end_button.clicked.connect(self.end_selected)
        self.list.currentItemChanged.connect(lambda *_: self._sync_end())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.declare_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(close)
        self.resize(560, 480)
        self._sync_end()
        ctx.query(lambda s: (load_choices(s), s.wellbeing.surges()), self._loaded, self._failed,
                  owner=self)

    def _loaded(self, got: tuple[Choices, list[Surge]]) -> None:
        choices, surges = got
        self._responders = list(choices.responders)
        fill_regions(self.region, choices.regions)
        self._fill_roster()
        self._show_surges(surges)

    def _fill_roster(self) -> None:
        """Everyone who does not already cover the chosen region, unticked (ticks are kept)."""
        ticked = set(self.roster_ids())
        region = self.region.currentData() or ""
        self.roster.clear()
        for responder in self._responders:
            if region in responder.regions:
                continue
            item = QListWidgetItem(responder.display_name)
            item.setData(Qt.ItemDataRole.UserRole, responder.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if responder.id in ticked
                               else Qt.CheckState.Unchecked)
            self.roster.addItem(item)

    def roster_ids(self) -> list[int]:
        return [int(self.roster.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.roster.count())
                if self.roster.item(i).checkState() == Qt.CheckState.Checked]

    def _show_surges(self, surges: list[Surge]) -> None:
        self.surges = list(surges)
        self.list.clear()
        for surge in self.surges:
            state = self.tr("active") if surge.active else self.tr("ended")
            text = self.tr("{region}: {start} – {end} ({state}) — {reason}").format(
                region=surge.region_code, start=f"{surge.starts_at:%Y-%m-%d %H:%M}",
                end=f"{surge.ends_at:%Y-%m-%d %H:%M}", state=state, reason=surge.reason)
            if surge.roster:
                names = {r.id: r.display_name for r in self._responders}
                text += "\n" + self.tr("Roster: {names}").format(
                    names=", ".join(names.get(rid, str(rid)) for rid in surge.roster))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, surge.id)
            self.list.addItem(item)
        self._sync_end()

    def _sync_end(self) -> None:
        item = self.list.currentItem()
        surge = next((s for s in self.surges or [] if item is not None
                      and s.id == item.data(Qt.ItemDataRole.UserRole)), None)
        self.end_button.setEnabled(surge is not None and surge.active)

    def _failed(self, exc: BaseException) -> None:
        self.declare_button.setEnabled(True)
        self.errors.show(user_message(exc), getattr(exc, "field", None))

    def _reload(self, _result: object = None) -> None:
        self.declare_button.setEnabled(True)
        self._ctx.query(lambda s: s.wellbeing.surges(), self._show_surges, self._failed, owner=self)

    def declare(self) -> None:
        self.errors.clear()
        region = self.region.currentData() or ""
        starts, ends, reason = _py(self.starts.dateTime()), _py(self.ends.dateTime()), \
            self.reason.text().strip()
        if not region:
            self.errors.show(self.tr("Choose a region."), "region_code")
            return
        if ends <= starts:
            self.errors.show(self.tr("A surge must end after it starts."), "ends_at")
            return
        if not reason:
            self.errors.show(self.tr("Say why the team is in a surge."), "reason")
            return
        self.declare_button.setEnabled(False)
        roster = self.roster_ids()
        self._ctx.mutate(lambda s: s.wellbeing.declare_surge(region, starts, ends, reason, roster),
                         self._declared, self._failed, owner=self)

    def _declared(self, _changes: object) -> None:
        self.reason.clear()
        for i in range(self.roster.count()):
            self.roster.item(i).setCheckState(Qt.CheckState.Unchecked)
        self._reload()

    def end_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        surge_id = int(item.data(Qt.ItemDataRole.UserRole))
        if not forms.confirm(self, self.tr("End surge"),
                             self.tr("End this surge now? Its cases lose the surge priority at "
                                     "their next triage; ending cannot be taken back (declare a "
                                     "new surge instead)."), self.tr("&End surge")):
            return
        self._ctx.mutate(lambda s: s.wellbeing.end_surge(surge_id), self._reload, self._failed,
                         owner=self)
