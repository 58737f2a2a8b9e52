"""The wellbeing screens on the real service and a real SQLCipher caseload."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt

from hrdcase.models.enums import Role
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.wellbeing.checkin import CheckInDialog
from hrdcase.ui.wellbeing.dashboard import FLAGS, OPEN, Dashboard, TeamModel
from hrdcase.ui.wellbeing.surge_dialog import SurgeDialog

TIMEOUT = 10_000


def _as_supervisor(ctx) -> None:
    wellbeing = ctx.session.wellbeing
    # the team's load is theirs to see
    wellbeing.me = replace(wellbeing.me, roles=frozenset({Role.SUPERVISOR}))


def test_dashboard_on_the_real_team(qtbot, qtmodeltester, ctx, caseload):
    _as_supervisor(ctx)
    board = Dashboard(ctx)
    qtbot.addWidget(board)
    board.show()
    board.refresh()
    qtbot.waitUntil(lambda: board.rows is not None, timeout=TIMEOUT)
    real = TeamModel()  # outlives the window (the tester disconnects at teardown)
    real.set_rows(board.rows)
    qtmodeltester.check(real, force_py=True)
    names = [board.model.data(board.model.index(r, 0)) for r in range(board.model.rowCount())]
    assert names == ["Ana Synthetic", "Bruno Placeholder", "Chidi Example"]
    expected = sum(1 for s in caseload if s.assignee == "Ana Synthetic" and s.status.is_open)
    assert board.model.data(board.model.index(0, OPEN)).startswith(f"{expected} / ")
    assert board.model.data(board.model.index(0, FLAGS)) == ""
    board.propose()
    qtbot.waitUntil(lambda: getattr(board, "dialog", None) is not None, timeout=TIMEOUT)
    assert board.dialog.table.rowCount() == len(board.dialog.review.moves)


def test_checkin_on_the_real_service_then_supervisor_sees_only_the_flag(qtbot, ctx, caseload):
    dialog = CheckInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_answers((1, 1, 2, 1, 2))  # raw 7: below 13, a follow-up is offered
    dialog.support.setChecked(True)
    with qtbot.waitSignal(dialog.submitted, timeout=TIMEOUT):
        dialog.submit_button.click()
    assert dialog.outcome is not None and dialog.outcome.follow_up
    assert dialog.resources.text().count("•") == len(dialog.outcome.support_resources) > 0
    _as_supervisor(ctx)  # the same caseload, now read by the supervisor
    board = Dashboard(ctx)
    qtbot.addWidget(board)
    board.refresh()
    qtbot.waitUntil(lambda: board.rows is not None, timeout=TIMEOUT)
    assert board.model.data(board.model.index(0, FLAGS)) == "Asked for support"


def test_show_graphic_text_goes_through_the_exposure_ledger(qtbot, ctx, caseload):
    window = MainWindow(ctx, persist_state=False)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.start(restore_geometry=False)
    case_id = caseload[5].id  # a graphic category (see conftest CATEGORIES)
    window.open_case(case_id)
    view = window.case_view
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.case.id == case_id,
                    timeout=TIMEOUT)
    graphic = sorted(i.id for i in view.detail.incidents if i.graphic)
    assert graphic
    view.show_graphic.setChecked(True)
    ctx.ops.wait_idle(5.0)
    now = run_and_wait(ctx.ops, ctx.session.wellbeing.exposure_now)
    assert sorted(now.revealed_incident_ids) == graphic
    ctx.session.clock.advance(timedelta(minutes=20))
    window.team.clock.refresh()
    qtbot.waitUntil(lambda: "20 min" in window.team.clock.text(), timeout=TIMEOUT)
    window.open_case(caseload[1].id)  # another case: the reveal ends
    ctx.ops.wait_idle(5.0)
    assert run_and_wait(ctx.ops, ctx.session.wellbeing.exposure_now).revealed_incident_ids == ()
    assert [a.text() for a in window.menuBar().actions()][-2:] == ["Tea&m", "&Help"]


def test_surge_dialog_on_the_real_service(qtbot, ctx, caseload):
    dialog = SurgeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.surges is not None, timeout=TIMEOUT)
    dialog.reason.setText("Synthetic election-week wave")
    dialog.declare_button.click()  # a responder may not: refused inline, text kept
    qtbot.waitUntil(lambda: dialog.general.isVisible() or any(
        label.isVisible() for label in dialog.errors.labels.values()), timeout=TIMEOUT)
    assert dialog.reason.text() == "Synthetic election-week wave"
    wellbeing = ctx.session.wellbeing
    wellbeing.me = replace(wellbeing.me, roles=frozenset({Role.SUPERVISOR}))  # signed in as a supervisor
    region = dialog.region.currentData()
    offered = {int(dialog.roster.item(i).data(Qt.ItemDataRole.UserRole))
               for i in range(dialog.roster.count())}
    covering = {r.id for r in ctx.session.queries.responders() if region in r.regions}
    assert offered and not offered & covering
    dialog.roster.item(0).setCheckState(Qt.CheckState.Checked)
    picked = dialog.roster_ids()
    dialog.declare_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=TIMEOUT)
    assert "(active)" in dialog.list.item(0).text()
    [surge] = run_and_wait(ctx.ops, wellbeing.surges)
    assert surge.region_code == region and list(surge.roster) == picked
