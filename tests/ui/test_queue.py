"""The queue: a lazily paged SQL model, its filters and sort, its state saved in the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from hrdcase.models.enums import CaseStatus
from hrdcase.models.queue import QueueFilter, QueueSort
from hrdcase.ui.queue.model import COLUMN_KEYS, PAGE_SIZE, PLACEHOLDER, QueueModel
from hrdcase.ui.queue.widget import QueueWidget
from hrdcase.ui.widgets import select_data
from tests.ui.conftest import Spec, close_ctx, make_ctx, open_session, version_of

TIMEOUT = 10_000


def _widget(qtbot, ctx) -> QueueWidget:
    widget = QueueWidget(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    with qtbot.waitSignal(widget.model.loaded, timeout=TIMEOUT):
        widget.start()
    return widget


def _refilter(qtbot, widget: QueueWidget, change) -> int:
    with qtbot.waitSignal(widget.model.loaded, timeout=TIMEOUT) as blocker:
        change()
    return blocker.args[0]


def _open(specs: list[Spec]) -> list[Spec]:
    return [s for s in specs if s.status.is_open]


def test_model_passes_modeltester_with_data_loaded(qtbot, qtmodeltester, ctx, caseload):
    model = QueueModel(ctx)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(QueueFilter(statuses=()), QueueSort())
    assert model.rowCount() == len(caseload)
    qtmodeltester.check(model)
    assert ctx.ops.wait_idle(5)
    model.refresh()
    assert ctx.ops.wait_idle(5)
    assert model.rowCount() == len(caseload)


def test_default_filter_shows_open_cases(qtbot, ctx, caseload):
    widget = _widget(qtbot, ctx)
    assert widget.model.rowCount() == len(_open(caseload))
    assert widget.model.columnCount() == len(COLUMN_KEYS) == 11


def test_filter_by_status_region_and_text(qtbot, ctx, caseload):
    widget = _widget(qtbot, ctx)
    f = widget.filters
    count = _refilter(qtbot, widget, lambda: select_data(f.status, CaseStatus.TRIAGED.value))
    assert count == sum(s.status == CaseStatus.TRIAGED for s in caseload) > 0
    count = _refilter(qtbot, widget, lambda: select_data(f.status, "all"))
    assert count == len(caseload)
    count = _refilter(qtbot, widget, lambda: select_data(f.region, "BR"))
    assert count == sum(s.region == "BR" for s in caseload) > 0
    count = _refilter(qtbot, widget, lambda: qtbot.keyClicks(f.search, "journalist"))
    expected = [s for s in caseload if s.region == "BR" and "journalist" in s.title]
    assert count == len(expected) > 0
    shown = {widget.model.index(r, 0).data() for r in range(count)}
    assert shown == {s.ref for s in expected}


def test_filter_by_assignee_unassigned(qtbot, ctx, caseload):
    widget = _widget(qtbot, ctx)
    count = _refilter(qtbot, widget, lambda: select_data(widget.filters.assignee, "-1"))
    assert count == sum(s.assignee is None for s in _open(caseload)) > 0


def test_header_click_sorts_in_sql(qtbot, ctx, caseload):
    widget = _widget(qtbot, ctx)
    title = COLUMN_KEYS.index("title")
    _refilter(qtbot, widget, lambda: widget.view.sortByColumn(title, Qt.SortOrder.AscendingOrder))
    expected = sorted((s.title for s in _open(caseload)), key=str.lower)
    shown = [widget.model.index(r, title).data() for r in range(10)]
    assert shown == expected[:10]
    _refilter(qtbot, widget, lambda: widget.view.sortByColumn(title, Qt.SortOrder.DescendingOrder))
    shown = [widget.model.index(r, title).data() for r in range(10)]
    assert shown == list(reversed(expected))[:10]
    assert widget.model.query_sort == QueueSort("title", True)


def test_pages_load_lazily(qtbot, ctx, caseload):
    model = QueueModel(ctx)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(QueueFilter(statuses=()), QueueSort("ref"))
    far = len(caseload) - 1
    assert far >= PAGE_SIZE
    assert model.index(0, 0).data() != PLACEHOLDER
    assert not model.is_loaded(far)
    assert model.index(far, 0).data() == PLACEHOLDER
    with qtbot.waitSignal(model.dataChanged, timeout=TIMEOUT):
        pass
    assert model.index(far, 0).data() == max(s.ref for s in caseload)
    # One request per page even when many rows of it are asked for at once.
    model.refresh()
    assert ctx.ops.wait_idle(5)


def test_page_requests_are_deduplicated(qtbot, ctx, caseload):
    model = QueueModel(ctx)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(QueueFilter(statuses=()), QueueSort())
    submitted: list[int] = []
    original = ctx.ops.run
    ctx.ops.run = lambda *a, **k: submitted.append(1) or original(*a, **k)  # type: ignore
    try:
        for row in range(PAGE_SIZE, len(caseload)):
            model.index(row, 1).data()
    finally:
        ctx.ops.run = original  # type: ignore
    assert len(submitted) == 1
    assert ctx.ops.wait_idle(5)


def test_change_refreshes_the_queue_in_place(qtbot, ctx, caseload):
    widget = _widget(qtbot, ctx)
    before = widget.model.rowCount()
    target = next(s for s in caseload if s.status == CaseStatus.NEW)
    version = version_of(ctx, target.id)
    with qtbot.waitSignal(widget.model.loaded, timeout=TIMEOUT):
        ctx.mutate(lambda s: s.cases.change_status(target.id, CaseStatus.ESCALATED, version))
    assert widget.model.rowCount() == before  # escalated is still open
    row = widget.model.row_of(target.id)
    assert row is not None
    assert widget.model.index(row, COLUMN_KEYS.index("status")).data() == "Escalated"


def test_visible_state_is_restored_after_reopening(qtbot, profile_dir: Path, caseload):
    ctx = make_ctx(open_session(profile_dir))
    try:
        widget = _widget(qtbot, ctx)
        _refilter(qtbot, widget, lambda: select_data(widget.filters.region, "FR"))
        _refilter(qtbot, widget, lambda: select_data(widget.filters.status, "all"))
        _refilter(qtbot, widget, lambda: qtbot.keyClicks(widget.filters.search, "river"))
        _refilter(qtbot, widget, lambda: widget.view.sortByColumn(0, Qt.SortOrder.DescendingOrder))
        widget.view.horizontalHeader().resizeSection(2, 333)
        expected = widget.model.rowCount()
        widget.save_state()
        widget.close()
    finally:
        close_ctx(ctx)

    ctx = make_ctx(open_session(profile_dir))
    try:
        widget = _widget(qtbot, ctx)
        assert widget.filters.region.currentData() == "FR"
        assert widget.filters.status.currentData() == "all"
        assert widget.filters.search.text() == "river"
        assert widget.model.query_sort == QueueSort("ref", True)
        assert widget.view.horizontalHeader().sectionSize(2) == 333
        assert widget.model.rowCount() == expected > 0
    finally:
        close_ctx(ctx)


def test_activating_a_row_announces_the_case(qtbot, ctx, caseload):
    widget = _widget(qtbot, ctx)
    index = widget.model.index(0, 0)
    with qtbot.waitSignal(widget.case_activated, timeout=TIMEOUT) as blocker:
        widget.view.activated.emit(index)
    assert blocker.args == [widget.model.case_id(0)]
    assert isinstance(QModelIndex(), QModelIndex)


@pytest.mark.parametrize("raw", ["not json", "[1, 2]", '{"sort": {"column": "DROP"}}'])
def test_unreadable_saved_state_falls_back_to_defaults(qtbot, ctx, caseload, raw):
    from hrdcase.ui.ops import run_and_wait

    run_and_wait(ctx.ops, lambda: ctx.session.queries.save_setting("ui.queue", raw))
    widget = _widget(qtbot, ctx)
    assert widget.model.query_sort == QueueSort()
    assert widget.model.rowCount() == len(_open(caseload))


def test_page_cache_is_bounded(qtbot, ctx, caseload, monkeypatch):
    from hrdcase.ui.queue import model as queue_model

    monkeypatch.setattr(queue_model, "MAX_PAGES", 1)
    model = QueueModel(ctx)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(QueueFilter(statuses=()), QueueSort())
    assert model.is_loaded(0)
    with qtbot.waitSignal(model.dataChanged, timeout=TIMEOUT):
        model.index(PAGE_SIZE, 0).data()
    assert model.is_loaded(PAGE_SIZE) and not model.is_loaded(0)  # least recently used went
