"""The dashboard tells live, reported and missing exposure apart; "My time zone…" on the real
service, driven from the keyboard."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hrdcase.services.wellbeing_api import ExposureSource
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.wellbeing.chart import LoadChart
from hrdcase.ui.wellbeing.dashboard import NAME, TODAY, WEEK, Dashboard, TeamModel
from hrdcase.ui.wellbeing.timezone_dialog import TimeZoneDialog
from tests.ui.conftest import close_ctx, make_ctx
from tests.ui.wellbeing_fakes import NOW, FakeSession, FakeWellbeing, overview

TIMEOUT = 10_000
MIXED = (
    overview(1, "Ana Synthetic", 7, 95.0, source=ExposureSource.LIVE),
    overview(2, "Bruno Placeholder", 4, 320.0, source=ExposureSource.REPORTED,
             as_of=NOW - timedelta(minutes=55)),
    overview(3, "Chidi Example", 9, 0.0, source=ExposureSource.NONE, overdue=True),
    overview(4, "Dara Sample", 2, 30.0, source=ExposureSource.REPORTED,
             as_of=NOW - timedelta(days=1, hours=2)),
)


class MixedWellbeing(FakeWellbeing):
    def team_overview(self):
        return list(MIXED)


@pytest.fixture
def mixed_ctx(qtbot):
    c = make_ctx(FakeSession(MixedWellbeing()))  # type: ignore[arg-type]
    yield c
    close_ctx(c)


def test_exposure_cells_say_reported_live_or_no_report(qtbot, qtmodeltester, mixed_ctx, tmp_path):
    board = Dashboard(mixed_ctx)
    qtbot.addWidget(board)
    board.resize(1100, 640)
    board.show()
    board.refresh()
    qtbot.waitUntil(lambda: board.rows is not None, timeout=TIMEOUT)
    model = board.model
    text = lambda r, c, role=Qt.ItemDataRole.DisplayRole: model.data(model.index(r, c), role)  # noqa: E731
    local = lambda moment: moment.astimezone().strftime  # noqa: E731
    assert text(0, TODAY) == "1 h 35 min / 5 h 00 min"  # live: no note
    assert text(1, TODAY) == ("5 h 20 min / 5 h 00 min (over) · reported "
                              + local(NOW - timedelta(minutes=55))("%H:%M"))
    assert text(2, TODAY) == "no report yet (limit 5 h 00 min)"
    assert text(2, WEEK) == "no report yet (limit 20 h 00 min)"
    assert text(3, TODAY).endswith("reported " + local(NOW - timedelta(days=1, hours=2))("%Y-%m-%d %H:%M"))
    assert "not the same as no exposure" in text(2, TODAY, Qt.ItemDataRole.ToolTipRole)
    assert "Live" in text(0, WEEK, Qt.ItemDataRole.ToolTipRole)
    assert text(2, TODAY, Qt.ItemDataRole.AccessibleTextRole) == text(2, TODAY)
    assert text(2, NAME, Qt.ItemDataRole.BackgroundRole) is None
    labels = [bars[1].text for _name, bars in board.chart._rows]
    assert labels[0] == "Exposure: 1 h 35 min of 5 h 00 min"
    assert labels[1] == "Exposure: 5 h 20 min of 5 h 00 min" and labels[2] == "Exposure: no report yet"
    assert board.chart._notes[:3] == ["", "reported " + local(NOW - timedelta(minutes=55))("%H:%M"),
                                      "no report yet"]
    assert "No exposure report yet: Chidi Example." in board.chart.accessibleDescription()
    checked = TeamModel()
    checked.set_rows(MIXED, NOW)
    qtmodeltester.check(checked, force_py=True)
    out = Path(os.environ.get("HRDCASE_SHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    assert board.grab().save(str(out / "dashboard_signals.png"))


def test_chart_still_paints_a_row_without_a_report(qtbot):
    chart = LoadChart()
    qtbot.addWidget(chart)
    chart.set_rows(MIXED, NOW)
    chart.resize(900, chart.sizeHint().height())
    assert not chart.grab().toImage().isNull()
    assert chart.over_names() == ["Bruno Placeholder"]


def _dialog(qtbot, ctx) -> TimeZoneDialog:
    dialog = TimeZoneDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=TIMEOUT)
    return dialog


def test_time_zone_dialog_filters_and_saves_from_the_keyboard(qtbot, ctx, caseload, tmp_path):
    dialog = _dialog(qtbot, ctx)
    assert dialog.current == "UTC" and dialog.selected() == "UTC"
    assert dialog.list.count() > 300 and dialog.filter.hasFocus()
    assert dialog.filter.accessibleName() and dialog.list.accessibleName()
    qtbot.keyClicks(dialog.filter, "bogota")
    visible = [dialog.list.item(r) for r in range(dialog.list.count()) if not dialog.list.item(r).isHidden()]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in visible] == ["America/Bogota"]
    assert "UTC-05:00" in visible[0].text() and dialog.selected() == "America/Bogota"
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "europe lis")  # words in any order, "_" read as a space
    assert dialog.selected() == "Europe/Lisbon"
    dialog.grab().save(str(Path(os.environ.get("HRDCASE_SHOTS", tmp_path)) / "timezone_dialog.png"))
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert saved.args == ["Europe/Lisbon"]
    assert run_and_wait(ctx.ops, ctx.session.wellbeing.my_timezone) == "Europe/Lisbon"


def test_arrow_keys_move_through_the_filtered_zones_and_nothing_saves_on_no_match(qtbot, ctx, caseload):
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.filter, "america/ar")  # the Argentinian zones, and a few more
    first = dialog.selected()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.selected() not in (None, first) and dialog.selected().startswith("America/")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Up)
    assert dialog.selected() == first
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "no such place")
    assert dialog.selected() is None and not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)  # nothing to save: stays open
    assert dialog.isVisible()
    assert run_and_wait(ctx.ops, ctx.session.wellbeing.my_timezone) == "UTC"


def test_the_team_menu_offers_my_time_zone_to_everyone(qtbot, ctx, caseload):
    window = MainWindow(ctx, persist_state=False)
    qtbot.addWidget(window)
    action = window.team.timezone_action
    assert action.isEnabled() and action.text() == "My &time zone…"
    dialog = window.team.time_zone()
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.windowTitle() == "My time zone"
    dialog.reject()
