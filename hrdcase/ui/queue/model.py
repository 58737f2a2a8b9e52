"""A table model over the SQL queue that loads 50-row pages on demand.

Never a `QSortFilterProxyModel`: filtering and sorting happen in SQL. A filter or sort change
fetches the count and the first page off the GUI thread, then resets the model to that many rows.
`data()` for a row whose page is not cached returns a placeholder and asks the ops helper for the
page (one request per page at a time); when it arrives, `dataChanged` repaints those rows. Pages
live in a bounded LRU cache. A change to the caseload refreshes in place (no reset) so that scroll
position and selection survive.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from hrdcase.models.enums import Priority
from hrdcase.models.queue import QueueFilter, QueueRow, QueueSort
from hrdcase.services.session import Session
from hrdcase.ui.context import UiContext
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import category_label, status_label, when
from hrdcase.ui.ops import user_message
from hrdcase.ui.queue.due import due_role

PAGE_SIZE = 50
MAX_PAGES = 40
REFRESH_PAGES = 4  # most recently used pages refetched in place after a change
PLACEHOLDER = "…"
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Column order of the table; each key is also the SQL sort key (models.queue.SORT_COLUMNS).
COLUMN_KEYS = (
    "ref", "priority",
    "breach",  # "Due": time to the next SLA breach (ui/queue/due.py), beside the priority it follows
    "title", "status", "category", "region", "language", "assignee", "defender", "updated",
)
TITLE_COLUMN = COLUMN_KEYS.index("title")
_PRIORITY_COLOURS = {Priority.P1: QColor("#b00020"), Priority.P2: QColor("#a15c00")}
_MISSING = object()  # a row past the end of a page that came back short

Index = QModelIndex | QPersistentModelIndex


@cache
def column_titles() -> tuple[str, ...]:
    names = {
        "ref": translate("Queue", "Ref"),
        "priority": translate("Queue", "Priority"),
        "breach": translate("Queue", "Due"),
        "title": translate("Queue", "Title"),
        "status": translate("Queue", "Status"),
        "category": translate("Queue", "Category"),
        "region": translate("Queue", "Region"),
        "language": translate("Queue", "Language"),
        "assignee": translate("Queue", "Assignee"),
        "defender": translate("Queue", "Defender"),
        "updated": translate("Queue", "Updated"),
    }
    return tuple(names[key] for key in COLUMN_KEYS)


def _cell(row: QueueRow, column: int) -> str:
    key = COLUMN_KEYS[column]
    if key == "status":
        return status_label(row.status)
    if key == "category":
        return category_label(row.category)
    if key == "priority":
        return row.priority.value
    if key == "region":
        return row.region_code
    if key == "updated":
        return when(row.updated_at)
    return str(getattr(row, key))


@dataclass(frozen=True)
class _Load:
    count: int
    pages: dict[int, list[QueueRow]]


def _fetch(session: Session, f: QueueFilter, sort: QueueSort, pages: list[int]) -> _Load:
    count = session.queries.queue_count(f)
    wanted = [p for p in pages if p * PAGE_SIZE < count]
    return _Load(count, {
        p: session.queries.queue_page(f, sort, p * PAGE_SIZE, PAGE_SIZE).rows for p in wanted
    })


class QueueModel(QAbstractTableModel):
    loaded = Signal(int)  # the row count after a load or refresh

    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter = QueueFilter()
        self._sort = QueueSort()
        self._count = 0
        self._generation = 0
        self._pages: OrderedDict[int, tuple[int, list[QueueRow]]] = OrderedDict()
        self._in_flight: set[tuple[int, int]] = set()

    # ---- what to show
    @property
    def query_filter(self) -> QueueFilter:
        return self._filter

    @property
    def query_sort(self) -> QueueSort:
        return self._sort

    def set_query(self, f: QueueFilter, sort: QueueSort) -> None:
        self._filter, self._sort = f, sort
        self._generation += 1
        gen = self._generation
        self._ctx.query(
            lambda s: _fetch(s, f, sort, [0]), lambda r: self._reset(gen, r), owner=self
        )

    def set_filter(self, f: QueueFilter) -> None:
        self.set_query(f, self._sort)

    def refresh(self) -> None:
        """Re-read the count and the most recently used pages, keeping rows on screen meanwhile."""
        self._generation += 1
        gen, f, sort = self._generation, self._filter, self._sort
        recent = list(self._pages)[-REFRESH_PAGES:] or [0]
        self._ctx.query(
            lambda s: _fetch(s, f, sort, recent), lambda r: self._refreshed(gen, r), owner=self
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        new = QueueSort(COLUMN_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if new != self._sort or self._generation == 0:
            self.set_query(self._filter, new)

    def case_id(self, row: int) -> int | None:
        found = self._row(row, request=False)
        return found.id if isinstance(found, QueueRow) else None

    def row_of(self, case_id: int) -> int | None:
        """The row showing `case_id`, if its page is cached."""
        for page, (_gen, rows) in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == case_id:
                    return page * PAGE_SIZE + offset
        return None

    def is_loaded(self, row: int) -> bool:
        return self._row(row, request=False) is not None

    # ---- results (GUI thread)
    def _reset(self, gen: int, load: _Load) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._count = load.count
        self._pages = OrderedDict((p, (gen, rows)) for p, rows in load.pages.items())
        self.endResetModel()
        self.loaded.emit(self._count)

    def _refreshed(self, gen: int, load: _Load) -> None:
        if gen != self._generation:
            return
        self._resize(load.count)
        for page in [p for p, (g, _) in self._pages.items() if g != gen]:
            del self._pages[page]
        for page, rows in load.pages.items():
            self._store(page, gen, rows)
        if self._count:
            last = self.index(self._count - 1, len(COLUMN_KEYS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.loaded.emit(self._count)

    def _resize(self, count: int) -> None:
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()

    def _page_arrived(self, gen: int, page: int, rows: list[QueueRow]) -> None:
        self._in_flight.discard((gen, page))
        if gen != self._generation:
            return
        self._store(page, gen, rows)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMN_KEYS) - 1))

    def _store(self, page: int, gen: int, rows: list[QueueRow]) -> None:
        self._pages[page] = (gen, rows)
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    # ---- lazy rows
    def _row(self, row: int, request: bool = True) -> Any:
        """The `QueueRow` at `row`, `_MISSING` past a short page, or None while its page loads."""
        page = row // PAGE_SIZE
        entry = self._pages.get(page)
        if entry is None:
            if request:
                self._request(page)
            return None
        self._pages.move_to_end(page)
        rows = entry[1]
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else _MISSING

    def _request(self, page: int) -> None:
        key = (self._generation, page)
        if key in self._in_flight:
            return
        self._in_flight.add(key)
        gen, f, sort = key[0], self._filter, self._sort
        self._ctx.query(
            lambda s: s.queries.queue_page(f, sort, page * PAGE_SIZE, PAGE_SIZE).rows,
            lambda rows: self._page_arrived(gen, page, rows),
            lambda exc: self._page_failed(gen, page, exc),
            owner=self,
        )

    def _page_failed(self, gen: int, page: int, exc: BaseException) -> None:
        # Not retried automatically (that could loop); F5 or the next change reloads.
        self._in_flight.discard((gen, page))
        self._store(page, gen, [])
        self._ctx.ops.failed.emit(user_message(exc))

    # ---- QAbstractItemModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMN_KEYS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_titles()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        found = self._row(index.row())
        if not isinstance(found, QueueRow):
            if role == Qt.ItemDataRole.DisplayRole:
                return PLACEHOLDER if found is None and index.column() == 0 else ""
            return None
        return self._role(found, index.column(), role)

    def _role(self, row: QueueRow, column: int, role: int) -> Any:
        if COLUMN_KEYS[column] == "breach":
            return due_role(row, role, self._ctx.session.clock.now(),
                            self._ctx.session.cases.sla_policy)
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(row, column)
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE_COLUMN:
            return row.title
        if role == Qt.ItemDataRole.ForegroundRole and COLUMN_KEYS[column] == "priority":
            colour = _PRIORITY_COLOURS.get(row.priority)
            return QBrush(colour) if colour is not None else None
        return None
