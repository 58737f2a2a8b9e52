"""Escalations (shift leads and directors): the open escalation steps of the person's teams, as the
server computes them from case routing, so that an unanswered case reaches a lead even while its
responder's app is closed. The list is fetched on the sync thread (it is a network call) after each
sync and on Refresh; double-clicking a row opens its case."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.enums import Priority, Role
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import priority_label, role_label
from hrdcase.ui.sync_status import SyncController, local_time
from hrdcase.ui.widgets import ERROR_STYLE, fit_to_screen

CASE, STEP, PRIORITY, REGION, DUE = range(5)


def step_label(step: str) -> str:
    try:
        return role_label(Role(step))
    except ValueError:
        return step


def priority_text(value: Any) -> str:
    try:
        return priority_label(Priority(str(value)))
    except ValueError:
        return str(value or "")


def due_label(value: Any) -> str:
    try:
        at = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value or "")
    return local_time(at)


class EscalationsWindow(QDialog):
    open_case = Signal(int)  # a local case id

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.items: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Escalations"))
        intro = QLabel(self.tr("Cases of your teams in an escalating priority that nobody has "
                               "answered yet, and the step each has reached. The server keeps "
                               "watch even while a responder's app is closed."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Step"), self.tr("Priority"),
                                              self.tr("Region"), self.tr("Due")])
        self.table.setAccessibleName(self.tr("Escalations"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (STEP, PRIORITY, REGION, DUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CASE, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_row(row))
        self.table.currentCellChanged.connect(lambda *_: self._update_actions())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Fetch the escalations from the server"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(self.tr("&Open case"))
        self.open_button.setAccessibleName(self.tr("Open the selected case"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addLayout(row)
        controller.escalations_changed.connect(self.update_view)
        controller.changed.connect(self.update_view)
        self.update_view()
        fit_to_screen(self, 760, 440)

    def refresh(self) -> None:
        self.controller.fetch_escalations()
        self._update_actions()

    def update_view(self) -> None:
        items = self.controller.escalations
        self.items = list(items or [])
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            values = (str(item.get("ref", "")), step_label(str(item.get("step", ""))),
                      priority_text(item.get("priority")), str(item.get("region") or ""),
                      due_label(item.get("due_at")))
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if item.get("local_case_id") is None:
                    cell.setToolTip(self.tr("This case has not reached this device yet: sync first."))
                self.table.setItem(r, column, cell)
        if items is None:
            self.note.setText(self.tr("Fetching the escalations from the server…")
                              if self.controller.running
                              else self.tr("Not fetched yet: Refresh asks the server."))
        elif not items:
            self.note.setText(self.tr("No open escalations for your teams."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        error = self.controller.escalations_error
        self.error.setText(error or "")
        self.error.setVisible(bool(error))
        if self.items and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.table.currentRow()
        local = self.items[row].get("local_case_id") if 0 <= row < len(self.items) else None
        self.open_button.setEnabled(local is not None)
        self.refresh_button.setEnabled(not self.controller.running)

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        local = self.items[row].get("local_case_id")
        if local is None:
            self.error.setText(translate("Escalations",
                                         "This case has not reached this device yet: sync first."))
            self.error.setVisible(True)
            return
        self.open_case.emit(int(local))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.controller.escalations is None:
            self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
