"""The conflict queue (Case › Conflicts…, or the sync status menu): risk-critical values that two
devices changed while apart, both side by side. "Keep mine" or "Keep theirs" is a new edit that
reaches the other devices at the next sync and settles the conflict there too; a resolved row
disappears. A row opens its case."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.changes import ChangeSet
from hrdcase.models.enums import CaseStatus, RiskLevel
from hrdcase.services.sync import ConflictView
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import risk_label, status_label
from hrdcase.ui.ops import user_message
from hrdcase.ui.sync_status import local_time
from hrdcase.ui.widgets import ERROR_STYLE, fit_to_screen

RECORD, FIELD, MINE, THEIRS, WHEN = range(5)
Index = QModelIndex | QPersistentModelIndex


def field_label(c: ConflictView) -> str:
    labels = {
        ("cases", "status"): translate("Conflicts", "Status"),
        ("cases", "assignee_id"): translate("Conflicts", "Assignee"),
        ("cases", "risk_level"): translate("Conflicts", "Risk level"),
        ("risk_notes", "level"): translate("Conflicts", "Risk note level"),
        ("appeals", "status"): translate("Conflicts", "Appeal status"),
        ("appeals", "outcome"): translate("Conflicts", "Appeal outcome"),
    }
    text = labels.get((c.table, c.field), f"{c.table}.{c.field}")
    if c.kind == "limit":
        return translate("Conflicts", "{field} (over a workload limit here)").format(field=text)
    return text


def value_label(c: ConflictView, text: str) -> str:
    """A stored value as the screens name it (a status or a risk level), else as it came."""
    try:
        if c.table == "cases" and c.field == "status":
            return status_label(CaseStatus(text))
        if (c.table, c.field) in (("cases", "risk_level"), ("risk_notes", "level")):
            return risk_label(RiskLevel(text))
    except ValueError:
        pass
    if text == "(none)":
        return translate("Conflicts", "(none)")
    return text


def when_label(at: datetime) -> str:
    return local_time(at)


class ConflictsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.conflicts: list[ConflictView] = []
        self._headers = [self.tr("Record"), self.tr("Field"), self.tr("This device"),
                         self.tr("Other device"), self.tr("When")]

    def set_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.endResetModel()

    def conflict(self, row: int) -> ConflictView | None:
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.conflicts):
            return None
        c = self.conflicts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(c, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (MINE, THEIRS):
            return self._text(c, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None

    @staticmethod
    def _text(c: ConflictView, column: int) -> str | None:
        if column == RECORD:
            return c.record
        if column == FIELD:
            return field_label(c)
        if column == MINE:
            return value_label(c, c.local_text)
        if column == THEIRS:
            return value_label(c, c.remote_text)
        if column == WHEN:
            return when_label(c.detected_at)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None


class ConflictsWindow(QDialog):
    open_case = Signal(int)  # a local case id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.loaded = False
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.model = ConflictsModel(self)
        self._build()
        ctx.notifier.changed.connect(self._changed)
        fit_to_screen(self, 900, 460)

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Two devices changed the same risk-critical value while apart. Choose the value to "
            "keep: your choice reaches the other devices at the next sync."))
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (RECORD, FIELD, WHEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (MINE, THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.empty = QLabel(self.tr("No conflicts: every change from the other devices merged "
                                    "without one."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setVisible(False)
        self.mine_button = self._button(self.tr("Keep &mine"),
                                        self.tr("Keep this device's value"), lambda: self.keep("mine"))
        self.theirs_button = self._button(self.tr("Keep &theirs"),
                                          self.tr("Keep the other device's value"),
                                          lambda: self.keep("theirs"))
        self.open_button = self._button(self.tr("&Open case"), self.tr("Open the case of this conflict"),
                                        self.open_current)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        row = QHBoxLayout()
        for b in (self.mine_button, self.theirs_button, self.open_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self._update_actions()

    @staticmethod
    def _button(text: str, accessible: str, slot: Any) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(accessible)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    # ---- loading
    def refresh(self) -> None:
        self._ctx.query(lambda s: s.sync.conflicts(), self._loaded, self._failed, owner=self)

    def _loaded(self, conflicts: list[ConflictView]) -> None:
        current = self.current()
        self.model.set_conflicts(conflicts)
        self.loaded = True
        self.empty.setVisible(not conflicts)
        self.table.setVisible(bool(conflicts))
        if conflicts:
            ids = [c.id for c in conflicts]
            row = ids.index(current.id) if current is not None and current.id in ids else 0
            self.table.selectRow(row)
        self._update_actions()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(user_message(exc))
        self.status.setVisible(True)
        self._update_actions()

    def _changed(self, changes: ChangeSet) -> None:
        if "sync" in changes.entities and self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    # ---- actions
    def current(self) -> ConflictView | None:
        index = self.table.currentIndex()
        return self.model.conflict(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        c = self.current()
        self.mine_button.setEnabled(c is not None)
        self.theirs_button.setEnabled(c is not None)
        self.open_button.setEnabled(c is not None and c.case_id is not None)

    def keep(self, side: str) -> None:
        c = self.current()
        if c is None:
            return
        self.status.setVisible(False)
        self.mine_button.setEnabled(False)
        self.theirs_button.setEnabled(False)
        self._ctx.mutate(lambda s: s.sync.resolve(c.id, side), lambda _changes: None,
                         self._failed, owner=self)  # the published change set reloads the list

    def open_current(self) -> None:
        c = self.current()
        if c is not None and c.case_id is not None:
            self.open_case.emit(c.case_id)
