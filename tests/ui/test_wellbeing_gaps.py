"""The wellbeing gaps closed in the UI, on the real service and caseload: assignee suggestions in
the edit dialog, the debrief note after a severe case closes, and the receiver's handover notes."""

from __future__ import annotations

from dataclasses import replace

from hrdcase.models.enums import CaseStatus, Role, Severity
from hrdcase.services.wellbeing_api import PlannedMove
from hrdcase.ui.case_edit import CaseEditDialog
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.wellbeing import debrief
from hrdcase.ui.wellbeing.handover import CASE, FROM, NOTE
from hrdcase.ui.wellbeing.text import reason_text
from hrdcase.ui.widgets import select_data

TIMEOUT = 10_000


def _dialog(qtbot, ctx, case_id: int) -> CaseEditDialog:
    dialog = CaseEditDialog(ctx, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.form_box.isEnabled, timeout=TIMEOUT)
    return dialog


def _severity(ctx, case_id: int) -> Severity:
    return run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(case_id).case.severity)


def test_suggest_lists_the_service_suggestions_and_choosing_sets_the_combo(qtbot, ctx, caseload):
    spec = next(s for s in caseload if s.status == CaseStatus.NEW and s.assignee is None)
    expected = run_and_wait(ctx.ops, lambda: ctx.session.wellbeing.suggest_assignees(spec.id))
    assert expected, "the permissive fixture policy lets someone take the case"
    dialog = _dialog(qtbot, ctx, spec.id)
    assert dialog.assignee.currentData() == ""
    popup = dialog.suggest_button.suggest()
    qtbot.waitUntil(lambda: popup.use_button.isEnabled(), timeout=TIMEOUT)
    texts = [popup.list.item(i).text() for i in range(popup.list.count())]
    assert len(texts) == min(5, len(expected))
    best = expected[0]
    name = dialog.assignee.itemText(dialog.assignee.findData(str(best.responder_id)))
    assert texts[0].startswith(f"{name} — score {round(best.score)}")
    assert reason_text(best.reasons[0]) in texts[0]
    last = popup.list.count() - 1
    popup.list.setCurrentRow(last)
    popup.use_button.click()
    chosen = expected[last].responder_id
    assert dialog.assignee.currentData() == str(chosen)
    assert dialog.edits()["assignee"] == str(chosen)  # saved later, through the guard


def test_closing_a_severe_case_offers_a_gentle_debrief(qtbot, ctx, caseload):
    spec = next(s for s in caseload if s.status == CaseStatus.RESOLVED
                and _severity(ctx, s.id) in (Severity.SEVERE, Severity.CRITICAL))
    dialog = _dialog(qtbot, ctx, spec.id)
    assert select_data(dialog.status, CaseStatus.CLOSED.value)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save()
    qtbot.waitUntil(lambda: bool(debrief.open_notes()), timeout=TIMEOUT)
    note = debrief.open_notes()[0]
    qtbot.addWidget(note)
    assert not note.isModal() and note.isVisible()
    assert "This was a severe case" in note.message.text()
    resources = ctx.session.wellbeing.support_resources()
    assert resources and note.resources.text().count("•") == len(resources)
    note.close_button.click()
    assert debrief.open_notes() == []


def test_resolving_then_closing_a_severe_case_offers_the_debrief_once(qtbot, ctx, caseload):
    spec = next(s for s in caseload if s.status == CaseStatus.IN_PROGRESS
                and _severity(ctx, s.id) in (Severity.SEVERE, Severity.CRITICAL))
    for target, notes in ((CaseStatus.RESOLVED, 1), (CaseStatus.CLOSED, 0)):
        dialog = _dialog(qtbot, ctx, spec.id)
        assert select_data(dialog.status, target.value)
        with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
            dialog.save()
        ctx.ops.wait_idle(5.0)
        qtbot.wait(50)
        assert len(debrief.open_notes()) == notes, target
        for note in debrief.open_notes():
            note.close_button.click()


def test_closing_a_mild_case_says_nothing(qtbot, ctx, caseload):
    spec = next(s for s in caseload if s.status == CaseStatus.RESOLVED
                and _severity(ctx, s.id) is Severity.LOW)
    dialog = _dialog(qtbot, ctx, spec.id)
    select_data(dialog.status, CaseStatus.CLOSED.value)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save()
    ctx.ops.wait_idle(5.0)
    qtbot.wait(50)
    assert debrief.open_notes() == []


def test_handover_notes_from_the_team_menu(qtbot, ctx, caseload):
    me = ctx.session.wellbeing.me_id
    names = {r.id: r.display_name for r in ctx.session.queries.responders()}
    spec = next(s for s in caseload if s.status.is_open and s.assignee == "Bruno Placeholder")
    bruno = next(i for i, n in names.items() if n == "Bruno Placeholder")
    move = PlannedMove(spec.id, spec.ref, spec.title, bruno, "Bruno Placeholder", me,
                       names[me], (), "The defender prefers Signal; invented note.")
    wellbeing = ctx.session.wellbeing
    responder = wellbeing.me
    # a supervisor hands Bruno's case over
    wellbeing.me = replace(responder, roles=frozenset({Role.SUPERVISOR}))
    run_and_wait(ctx.ops, lambda: wellbeing.apply_rebalance([move]))
    wellbeing.me = responder  # ...and the receiver reads the note
    window = MainWindow(ctx, persist_state=False)
    qtbot.addWidget(window)
    window.start(restore_geometry=False)
    team_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Tea&m")
    assert "&Handover notes…" in [a.text() for a in team_menu.actions()]
    dialog = window.team.handovers()
    qtbot.waitUntil(lambda: dialog.rows is not None, timeout=TIMEOUT)
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in (CASE, FROM, NOTE)]
    assert cells == [spec.ref, "Bruno Placeholder", "The defender prefers Signal; invented note."]
