"""The "Playbooks" tab: attach an account-safety checklist to the case and work through its steps
(done or skipped, with a result), showing who did each step and when."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdcase.errors import ValidationError
from hrdcase.models.entities import Task
from hrdcase.models.enums import TaskStatus
from hrdcase.models.playbooks import Playbook
from hrdcase.services.session import Session
from hrdcase.ui import forms
from hrdcase.ui.case.outreach_text import task_status_label
from hrdcase.ui.case.panel import CasePanel
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import when
from hrdcase.ui.ops import user_message
from hrdcase.ui.widgets import error_label, fill_combo

Index = QModelIndex | QPersistentModelIndex
_DONE = QColor("#e6f4ea")
_SKIPPED = QColor("#f1f1f1")


@dataclass(frozen=True)
class PlaybookData:
    playbooks: list[Playbook]
    tasks: list[Task]
    names: dict[int, str]


def fetch(session: Session, case_id: int) -> PlaybookData:
    return PlaybookData(session.playbooks.playbooks(), session.playbooks.tasks(case_id),
                        {r.id: r.display_name for r in session.queries.responders()})


def _headers() -> tuple[str, ...]:
    return (translate("Playbooks", "Playbook"), translate("Playbooks", "Step"),
            translate("Playbooks", "Status"), translate("Playbooks", "By, when"),
            translate("Playbooks", "Result"))


class TaskModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Task] = []
        self._titles: dict[str, str] = {}
        self._names: dict[int, str] = {}

    def set_data(self, data: PlaybookData) -> None:
        self.beginResetModel()
        self._rows = list(data.tasks)
        self._titles = {p.id: p.title for p in data.playbooks}
        self._names = dict(data.names)
        self.endResetModel()

    def task(self, row: int) -> Task | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(_headers())):
            return _headers()[section]
        return None

    def _by(self, task: Task) -> str:
        if task.status == TaskStatus.OPEN:
            return ""
        who = self._names.get(task.done_by or -1, translate("Playbooks", "someone"))
        return f"{who}, {when(task.done_at)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        task = self.task(index.row()) if index.isValid() else None
        if task is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (self._titles.get(task.playbook, task.playbook), task.text,
                    task_status_label(task.status), self._by(task), task.result)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and task.status != TaskStatus.OPEN:
            return _DONE if task.status == TaskStatus.DONE else _SKIPPED
        return None


class PlaybooksPanel(CasePanel):
    loaded = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = TaskModel(self)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Playbook to attach"))
        self.attach_button = QPushButton(self.tr("&Attach"))
        self.attach_button.clicked.connect(self.attach)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Playbook steps"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # The step's text gets the room (the middle column is narrow at 1280 px); the others keep
        # a modest, user-resizable width and show their full text as a tooltip.
        for column, width in ((0, 110), (3, 100), (4, 100)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.result = QLineEdit()
        self.result.setPlaceholderText(self.tr("Result, or why the step is skipped"))
        self.result.setAccessibleName(self.tr("Step result"))
        self.done_button = QPushButton(self.tr("Mark d&one"))
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.done_button.clicked.connect(lambda: self.finish(TaskStatus.DONE))
        self.skip_button.clicked.connect(lambda: self.finish(TaskStatus.SKIPPED))
        self.error = error_label(self)
        self._layout()
        self._update_buttons()

    def _layout(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("Check&list:"))
        label.setBuddy(self.choice)
        top.addWidget(label)
        top.addWidget(self.choice, 1)
        top.addWidget(self.attach_button)
        bottom = QHBoxLayout()
        result_label = QLabel(self.tr("&Result:"))
        result_label.setBuddy(self.result)
        bottom.addWidget(result_label)
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.done_button)
        bottom.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)

    def title(self) -> str:
        return self.tr("&Playbooks")

    def show_case(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            self.result.clear()
            self.error.setVisible(False)
        super().show_case(case_id)

    def has_unsaved(self) -> bool:
        return bool(self.result.text().strip())

    def discard_unsaved(self) -> None:
        self.result.clear()

    def load(self, case_id: int, generation: int) -> None:
        self._ctx.query(lambda s: fetch(s, case_id), lambda data: self._apply(generation, data),
                        lambda exc: self._show_error(exc), owner=self)

    def _apply(self, generation: int, data: PlaybookData) -> None:
        if not self.is_current(generation):
            return
        attached = {t.playbook for t in data.tasks}
        fill_combo(self.choice, [(p.title, p.id) for p in data.playbooks if p.id not in attached])
        self.model.set_data(data)
        self.table.setColumnHidden(0, len(attached) <= 1)  # one playbook: its title is the box's
        self.table.resizeRowsToContents()
        first_open = next((i for i, t in enumerate(data.tasks) if t.status == TaskStatus.OPEN), -1)
        if first_open >= 0:
            self.table.selectRow(first_open)
        self._update_buttons()
        self.loaded.emit(self.case_id or 0)

    def _current(self) -> Task | None:
        index = self.table.currentIndex()
        return self.model.task(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        task = self._current()
        is_open = task is not None and task.status == TaskStatus.OPEN
        self.done_button.setEnabled(is_open)
        self.skip_button.setEnabled(is_open)
        self.attach_button.setEnabled(self.choice.count() > 0)

    def attach(self) -> None:
        playbook_id, case_id = self.choice.currentData(), self.case_id
        if playbook_id is None or case_id is None:
            return
        self.error.setVisible(False)
        self._ctx.mutate(lambda s: s.playbooks.attach(case_id, playbook_id),
                         on_error=self._show_error, owner=self)

    def finish(self, status: TaskStatus) -> None:
        task = self._current()
        if task is None:
            return
        text = self.result.text()
        if status == TaskStatus.SKIPPED and not forms.confirm(
                self, self.tr("Skip this step"),
                self.tr("Skip this step? It is recorded as skipped in the case timeline and "
                        "cannot be reopened."), self.tr("S&kip step")):
            return
        self.error.setVisible(False)
        if status == TaskStatus.DONE:
            def op(s: Session) -> Any:
                return s.playbooks.complete(task.id, text)
        else:
            def op(s: Session) -> Any:
                return s.playbooks.skip(task.id, text)
        self._ctx.mutate(op, lambda _r: self.result.clear(), self._show_error, owner=self)

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(user_message(exc))
        self.error.setVisible(True)
        if isinstance(exc, ValidationError) and exc.field == "result":
            self.result.setFocus()
