"""Undo from the case view: after an edit (status, assignee, fields) the case view offers Undo for a
short while; the undo is a new audited edit through the same service, not an erasure."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hrdcase.models.enums import CaseStatus
from hrdcase.ui.case.undo import EditUndo
from hrdcase.ui.case.view import CaseView
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.widgets import select_data
from tests.ui.conftest import Spec
from tests.ui.mnemonics import clashes, window_scope
from tests.ui.test_mnemonics import _main, _settle

TIMEOUT = 10_000


def _view(qtbot, ctx, case_id: int) -> CaseView:
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    view.show_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=TIMEOUT)
    return view


def _detail(ctx, case_id: int):
    return run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(case_id))


def _edit(qtbot, view: CaseView, **values: str) -> None:
    dialog = view.edit()
    assert dialog is not None
    qtbot.waitUntil(dialog.form_box.isEnabled, timeout=TIMEOUT)
    if "title" in values:
        dialog.title.setText(values["title"])
    for key in ("status", "assignee"):
        if key in values:
            assert select_data(getattr(dialog, key), values[key])
    dialog.save()
    qtbot.waitUntil(lambda: view.undo_bar.isVisible(), timeout=TIMEOUT)


def _case(caseload: list[Spec], status: CaseStatus) -> Spec:
    return next(s for s in caseload if s.status == status and s.assignee)


def test_undo_puts_status_assignee_and_title_back_as_a_new_change(qtbot, ctx, caseload):
    spec = _case(caseload, CaseStatus.IN_PROGRESS)
    view = _view(qtbot, ctx, spec.id)
    before = _detail(ctx, spec.id)
    _edit(qtbot, view, title="Invented title, edited by mistake",
          status=CaseStatus.WAITING_ON_HRD.value, assignee="")
    edited_detail = _detail(ctx, spec.id)
    edited = edited_detail.case
    assert (edited.status, edited.assignee_id) == (CaseStatus.WAITING_ON_HRD, None)
    assert "title, status, assignee" in view.undo_bar.text.text()
    assert view.undo_bar.undo_button.isVisible()
    with qtbot.waitSignal(view.undo_bar.undone, timeout=TIMEOUT):
        qtbot.mouseClick(view.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    after = _detail(ctx, spec.id)
    assert (after.case.title, after.case.status, after.case.assignee_id) == (
        before.case.title, CaseStatus.IN_PROGRESS, before.case.assignee_id)
    assert after.case.version > edited.version  # a new change, not a rollback
    assert len(after.timeline) > len(edited_detail.timeline) > len(before.timeline)
    assert "undone" in view.undo_bar.text.text()
    assert not view.undo_bar.undo_button.isVisible()


def test_undo_goes_away_after_a_short_while(qtbot, ctx, caseload):
    spec = _case(caseload, CaseStatus.IN_PROGRESS)
    view = _view(qtbot, ctx, spec.id)
    view.undo_bar.timer.setInterval(200)
    _edit(qtbot, view, title="Invented title that stays")
    qtbot.waitUntil(lambda: not view.undo_bar.isVisible(), timeout=TIMEOUT)
    assert view.undo_bar.undo is None
    assert _detail(ctx, spec.id).case.title == "Invented title that stays"


def test_a_status_the_workflow_cannot_go_back_to_has_no_undo(qtbot, ctx, caseload):
    spec = _case(caseload, CaseStatus.NEW)
    view = _view(qtbot, ctx, spec.id)
    _edit(qtbot, view, status=CaseStatus.TRIAGED.value)
    assert not view.undo_bar.undo_button.isVisible()
    assert "cannot go back from Triaged to New" in view.undo_bar.text.text()
    view.undo_bar.run_undo()  # nothing to run
    assert _detail(ctx, spec.id).case.status == CaseStatus.TRIAGED


def test_undo_refuses_when_the_case_changed_since(qtbot, ctx, caseload):
    spec = _case(caseload, CaseStatus.IN_PROGRESS)
    view = _view(qtbot, ctx, spec.id)
    _edit(qtbot, view, title="Invented title one")
    case = _detail(ctx, spec.id).case
    run_and_wait(ctx.ops, lambda: ctx.session.cases.update_fields(
        spec.id, case.version, title="Invented title two, by someone else"))
    qtbot.mouseClick(view.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not undone" in view.undo_bar.text.text(), timeout=TIMEOUT)
    assert "changed after this edit" in view.undo_bar.text.text()
    assert _detail(ctx, spec.id).case.title == "Invented title two, by someone else"


def test_switching_case_drops_the_undo(qtbot, ctx, caseload):
    spec = _case(caseload, CaseStatus.IN_PROGRESS)
    view = _view(qtbot, ctx, spec.id)
    _edit(qtbot, view, title="Invented title three")
    other = next(s for s in caseload if s.id != spec.id)
    view.show_case(other.id)
    assert not view.undo_bar.isVisible() and view.undo_bar.undo is None


def test_the_undo_letter_is_free_on_every_tab(qtbot, ctx, caseload):
    window = _main(qtbot, ctx)
    spec = _case(caseload, CaseStatus.IN_PROGRESS)
    window.case_view.undo_bar.offer(EditUndo(spec.id, spec.ref, {"title": spec.title},
                                             {"title": "Invented"}))
    tabs = window.case_view.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        _settle(qtbot, ctx)
        assert window.case_view.undo_bar.undo_button.isVisibleTo(window)
        assert clashes(window_scope(window)) == {}, tabs.tabText(i)
