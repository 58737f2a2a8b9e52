"""The queue feature: filter bar + lazily paged table. Its visible state (filters, sort, column
widths) is saved inside the encrypted database through the ops helper."""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdcase.models.changes import ChangeSet
from hrdcase.models.queue import SORT_COLUMNS, QueueSort
from hrdcase.services.session import Session
from hrdcase.ui.context import UiContext
from hrdcase.ui.queue.filters import FilterBar
from hrdcase.ui.queue.model import COLUMN_KEYS, QueueModel

log = logging.getLogger(__name__)

STATE_KEY = "ui.queue"
SAVE_DELAY_MS = 500
SELECT_DELAY_MS = 120
# Default widths: wide enough for the header and for a typical value.
_SAMPLES = {"ref": "C-MMMM-0000-0000", "priority": "P1", "title": "M" * 18,
            "status": "Waiting on HRD", "category": "Coordinated harassment", "region": "MM",
            "language": "pt-BR", "assignee": "Bruno Placeholder", "defender": "Kingfisher Acacia",
            "updated": "2026-01-01 00:00",
            "breach": "overdue 10 d 23 h"}


def _load_start(session: Session) -> tuple[Any, ...]:
    q = session.queries
    return q.setting(STATE_KEY), q.regions(), q.responders(), q.languages()


def _parse_state(raw: str | None) -> dict[str, Any]:
    try:
        state = json.loads(raw) if raw else {}
    except ValueError:
        log.warning("Ignoring an unreadable saved queue state")
        return {}
    return state if isinstance(state, dict) else {}


def _sort_of(state: dict[str, Any]) -> QueueSort:
    sort = state.get("sort") or {}
    column = sort.get("column") if isinstance(sort, dict) else None
    if column not in SORT_COLUMNS or column not in COLUMN_KEYS:
        return QueueSort()
    return QueueSort(column, bool(sort.get("descending")))


class QueueWidget(QWidget):
    case_selected = Signal(int)
    case_activated = Signal(int)
    count_changed = Signal(int)

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, persist_state: bool = True
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._persist = persist_state  # False for screenshots: they must not change saved state
        self._started = False
        self.filters = FilterBar(self)
        self.model = QueueModel(ctx, self)
        self.view = QTableView(self)
        self.empty = QLabel(self.tr("No cases match these filters."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        self._save_timer = self._timer(SAVE_DELAY_MS, self.save_state)
        self._select_timer = self._timer(SELECT_DELAY_MS, self._emit_selected)
        self._setup_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.filters.language, self.view)
        self.filters.changed.connect(self._filters_changed)
        self.model.loaded.connect(self._loaded)
        ctx.notifier.changed.connect(self._on_changes)

    def _timer(self, ms: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Case queue"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        header.setHighlightSections(False)
        metrics = view.fontMetrics()
        for column, key in enumerate(COLUMN_KEYS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(_SAMPLES[key]))
            header.resizeSection(column, width + 24)
        view.activated.connect(self._activated)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._select_timer.start())
        header.sortIndicatorChanged.connect(lambda *_: self._schedule_save())
        header.sectionResized.connect(lambda *_: self._schedule_save())

    # ---- start-up: reference lists and saved state, then the first page
    def start(self) -> None:
        self._ctx.query(_load_start, self._restore, owner=self)

    def _restore(self, loaded: tuple[Any, ...]) -> None:
        raw, regions, responders, languages = loaded
        state = _parse_state(raw)
        self.filters.set_choices(regions, responders, languages)
        filter_state = state.get("filter")
        if isinstance(filter_state, dict):
            self.filters.apply_state(filter_state)
        widths = state.get("widths")
        if isinstance(widths, list) and len(widths) == len(COLUMN_KEYS):
            for column, width in enumerate(widths):
                if isinstance(width, int) and 20 <= width <= 2000:
                    self.view.horizontalHeader().resizeSection(column, width)
        sort = _sort_of(state)
        self.model.set_query(self.filters.current_filter(), sort)
        order = Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(COLUMN_KEYS.index(sort.column), order)
        self.view.setSortingEnabled(True)
        self._started = True

    # ---- persistence
    def state(self) -> dict[str, Any]:
        sort = self.model.query_sort
        header = self.view.horizontalHeader()
        return {
            "filter": self.filters.state(),
            "sort": {"column": sort.column, "descending": sort.descending},
            "widths": [header.sectionSize(c) for c in range(len(COLUMN_KEYS))],
        }

    def _schedule_save(self) -> None:
        if self._started and self._persist:
            self._save_timer.start()

    def save_state(self) -> None:
        """Queue a save now (also called on close; runs before the session closes: FIFO)."""
        self._save_timer.stop()
        if not self._started or not self._persist or self._ctx.ops.closed:
            return
        payload = json.dumps(self.state())
        self._ctx.query(lambda s: s.queries.save_setting(STATE_KEY, payload))

    # ---- reactions
    def _filters_changed(self) -> None:
        if self._started:
            self.model.set_filter(self.filters.current_filter())
            self._schedule_save()

    def _loaded(self, count: int) -> None:
        self.empty.setVisible(count == 0)
        self.count_changed.emit(count)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches_queue():
            self.model.refresh()
        if changes.created_cases:
            self._ctx.query(_load_start, self._refill_choices, owner=self)

    def _refill_choices(self, loaded: tuple[Any, ...]) -> None:
        _raw, regions, responders, languages = loaded
        self.filters.set_choices(regions, responders, languages)

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.case_activated.emit(case_id)

    def _emit_selected(self) -> None:
        current = self.view.currentIndex()
        case_id = self.model.case_id(current.row()) if current.isValid() else None
        if case_id is not None:
            self.case_selected.emit(case_id)

    # ---- commands routed from the main window
    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def refresh(self) -> None:
        self.model.refresh()

    def select_first(self) -> None:
        if not self.view.currentIndex().isValid() and self.model.rowCount() > 0:
            self.view.selectRow(0)

    def sync_selection(self, case_id: int) -> None:
        """Highlight the row of `case_id` (opened elsewhere) without announcing a selection."""
        current = self.view.currentIndex()
        if current.isValid() and self.model.case_id(current.row()) == case_id:
            return
        row = self.model.row_of(case_id)
        if row is None:
            self.view.selectionModel().clear()
        else:
            self.view.selectRow(row)
        self._select_timer.stop()
