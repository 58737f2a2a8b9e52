"""One deadline rule on the screens (the CLI and the service: tests/integration/test_deadline_rule.py):
the queue's Due colour, the Triage tab and the supervisor dashboard all follow each priority's
`warning_before`, on the world of tests/deadline_world.py (P1 90 min out: calm; P2 90 min out: near;
a breached P1; a resolved P1 whose deadline passed)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hrdcase.models.enums import Role
from hrdcase.models.queue import QueueFilter, QueueSort
from hrdcase.models.sla import BreachState
from hrdcase.ui.case.triage_panel import TriagePanel
from hrdcase.ui.case.triage_text import STATE_STYLE
from hrdcase.ui.context import UiContext
from hrdcase.ui.queue.due import OVERDUE_COLOUR, SOON_COLOUR
from hrdcase.ui.queue.model import COLUMN_KEYS, QueueModel
from hrdcase.ui.wellbeing.dashboard import NEAR, Dashboard
from tests.deadline_world import DeadlineWorld, make_deadline_world
from tests.ui.conftest import close_ctx, make_ctx

TIMEOUT = 10_000
DUE = COLUMN_KEYS.index("breach")


@pytest.fixture
def dw(profile_dir: Path) -> Iterator[DeadlineWorld]:
    world = make_deadline_world(profile_dir)
    yield world
    world.session.close()


@pytest.fixture
def dctx(qtbot, dw: DeadlineWorld) -> Iterator[UiContext]:
    context = make_ctx(dw.session)
    yield context
    close_ctx(context)


def _due_cells(qtbot, ctx: UiContext, dw: DeadlineWorld) -> dict[str, tuple[str, object]]:
    model = QueueModel(ctx)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(QueueFilter(statuses=()), QueueSort())
    out = {}
    for title, case_id in dw.ids.items():
        index = model.index(model.row_of(case_id), DUE)
        brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
        out[title] = (model.data(index), None if brush is None else brush.color().name())
    return out


def test_queue_due_colour_follows_the_prioritys_lead(qtbot, dctx, dw):
    cells = _due_cells(qtbot, dctx, dw)
    assert cells["Calm P1"] == ("due in 1 h 30 min", None)  # the old fixed 2 h coloured it
    assert cells["Near P2"] == ("due in 1 h 30 min", SOON_COLOUR.name())
    assert cells["Late P1"] == ("breached 4 h 30 min ago", OVERDUE_COLOUR.name())
    assert cells["Done P1"] == ("", None)  # resolved: no deadline is running


def _panel(qtbot, ctx: UiContext, case_id: int) -> TriagePanel:
    panel = TriagePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1024, 640)
    panel.show()
    panel.show_case(case_id)
    qtbot.waitUntil(lambda: panel.overview is not None, timeout=TIMEOUT)
    return panel


@pytest.mark.parametrize(("title", "state", "text"), [
    ("Calm P1", BreachState.OK, "Due in 1 h 30 min"),
    ("Near P2", BreachState.WARNING, "⚠ Due in 1 h 30 min"),
    ("Late P1", BreachState.BREACHED, "⚠ Breached 4 h 30 min ago"),
    ("Done P1", BreachState.BREACHED, "No first response was recorded before the case closed"),
])
def test_triage_tab_follows_the_prioritys_lead(qtbot, dctx, dw, title, state, text):
    panel = _panel(qtbot, dctx, dw.ids[title])
    assert panel.first_state.text() == text
    assert panel.first_state.styleSheet() == STATE_STYLE[state]


def test_dashboard_near_breach_excludes_breached(qtbot, dctx, dw):
    wellbeing = dctx.session.wellbeing  # the team's load is the supervisor's to see
    wellbeing.me = replace(wellbeing.me, roles=frozenset({Role.SUPERVISOR}))
    board = Dashboard(dctx)
    qtbot.addWidget(board)
    board.resize(1024, 640)
    board.show()
    board.refresh()
    qtbot.waitUntil(lambda: board.rows is not None, timeout=TIMEOUT)
    names = [board.model.data(board.model.index(r, 0)) for r in range(board.model.rowCount())]
    near = {n: board.model.data(board.model.index(r, NEAR)) for r, n in enumerate(names)}
    assert near["Bram Oduya"] == "1"  # the P2 only: not the calm P1, the breached or the resolved
    assert near["Ada Quillon"] == "0"
