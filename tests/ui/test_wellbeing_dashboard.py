"""The supervisor dashboard (table + chart) and the rebalancing review, with a fake service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hrdcase.ui.wellbeing.chart import LoadChart
from hrdcase.ui.wellbeing.dashboard import FLAGS, OPEN, TODAY, Dashboard, TeamModel
from hrdcase.ui.wellbeing.rebalance_dialog import REASONS, RebalanceDialog
from tests.ui.conftest import close_ctx, make_ctx
from tests.ui.wellbeing_fakes import TEAM, FakeSession, FakeWellbeing

TIMEOUT = 10_000


@pytest.fixture
def fake() -> FakeWellbeing:
    return FakeWellbeing()


@pytest.fixture
def fctx(qtbot, fake):
    """A UiContext over a fake session: these screens reach only `session.wellbeing`."""
    c = make_ctx(FakeSession(fake))  # type: ignore[arg-type]
    yield c
    close_ctx(c)


def _dashboard(qtbot, ctx) -> Dashboard:
    board = Dashboard(ctx)
    qtbot.addWidget(board)
    board.show()
    board.refresh()
    qtbot.waitUntil(lambda: board.rows is not None, timeout=TIMEOUT)
    return board


def test_team_model_passes_qtmodeltester(qtmodeltester):
    model = TeamModel()
    model.set_rows(TEAM)
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_dashboard_shows_load_flags_but_never_answers(qtbot, fctx, fake):
    board = _dashboard(qtbot, fctx)
    model = board.model
    assert model.rowCount() == 3
    text = lambda r, c: model.data(model.index(r, c))  # noqa: E731
    assert text(0, OPEN) == "15 / 12 (over)"
    assert model.data(model.index(0, OPEN), Qt.ItemDataRole.BackgroundRole) is not None
    assert text(1, OPEN) == "6 / 12"
    assert text(0, TODAY) == "5 h 20 min / 5 h 00 min (over)"
    assert text(1, FLAGS) == "Check-in overdue"
    assert text(2, FLAGS) == "Asked for support"
    every = " ".join(str(text(r, c)) for r in range(3) for c in range(model.columnCount()))
    assert "score" not in every.lower() and "WHO" not in every


def test_chart_paints_and_marks_over_limit(qtbot):
    chart = LoadChart()
    qtbot.addWidget(chart)
    chart.set_rows(TEAM)
    chart.resize(800, chart.sizeHint().height())
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() == 800
    assert chart.over_names() == ["Ana Synthetic"]
    assert "Ana Synthetic" in chart.accessibleDescription()
    # Something other than the background was painted in the bar area.
    colours = {image.pixel(x, 40) for x in range(160, 600, 7)}
    assert len(colours) > 2


def _review(qtbot, ctx, fake) -> RebalanceDialog:
    board = _dashboard(qtbot, ctx)
    fake.board = board  # keep the parent alive (qtbot holds widgets weakly)
    board.rebalance_button.click()
    qtbot.waitUntil(lambda: getattr(board, "dialog", None) is not None, timeout=TIMEOUT)
    return board.dialog


def test_rebalance_requires_notes_then_applies_edited_moves(qtbot, fctx, fake):
    dialog = _review(qtbot, fctx, fake)
    assert dialog.table.rowCount() == 2
    unfixed = dialog.unfixed.text()
    assert "Ana Synthetic, concurrent P1 cases: 1 over: no one within the limits" in unfixed
    reasons = dialog.table.item(0, REASONS).text()
    assert reasons == "takes Ana Synthetic under the open-case limit\nreads en"
    dialog.apply_button.click()
    assert "2 missing" in dialog.error.text() and dialog.error.isVisible()
    assert fake.named("apply_rebalance") == []
    dialog.keep[1].setChecked(False)  # drop the second move
    assert dialog.missing_notes() == [0]
    dialog.to[0].setCurrentIndex(dialog.to[0].findData(3))  # a different receiver
    dialog.notes[0].setText("Synthetic handover: the defender prefers Signal.")
    with qtbot.waitSignal(dialog.applied, timeout=TIMEOUT):
        dialog.apply_button.click()
    (_, moves), = fake.named("apply_rebalance")
    assert [(m.case_id, m.to_id, m.to_name) for m in moves] == [(11, 3, "Chidi Example")]
    assert moves[0].handover_note == "Synthetic handover: the defender prefers Signal."


def test_rebalance_refusal_is_inline_and_keeps_edits(qtbot, fctx, fake):
    fake.refuse_apply = "Chidi Example: would hold 13 open cases; the limit is 12"
    dialog = _review(qtbot, fctx, fake)
    for note in dialog.notes:
        note.setText("Synthetic note")
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=TIMEOUT)
    assert "would hold 13 open cases" in dialog.error.text()
    assert dialog.isVisible() and dialog.apply_button.isEnabled()
    assert [n.text() for n in dialog.notes] == ["Synthetic note", "Synthetic note"]
