"""Typed text in a workflow tab is never lost silently: switching case or closing asks first
(one Discard / Cancel prompt); Cancel keeps the text and the case, Discard leaves."""

from __future__ import annotations

import pytest

from hrdcase.ui.case import unsaved
from hrdcase.ui.case.notify_dialog import NotifyDialog
from hrdcase.ui.case.notify_panel import NotifyPanel
from hrdcase.ui.case.playbooks_panel import PlaybooksPanel
from hrdcase.ui.case.triage_panel import TriagePanel
from hrdcase.ui.case_edit import CANCEL, DISCARD
from hrdcase.ui.main_window import MainWindow

TIMEOUT = 10_000


class Prompt:
    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.calls = 0

    def __call__(self, _parent: object) -> str:
        self.calls += 1
        return self.answer


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.start(restore_geometry=False)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=TIMEOUT)
    return window


def _panel(window: MainWindow, kind: type):
    return next(p for p in window.case_view.panels if isinstance(p, kind))


def _select_row(qtbot, window: MainWindow, row: int) -> int:
    window.queue.view.selectRow(row)
    return window.queue.model.case_id(row)


def _notify_form(qtbot, notify: NotifyPanel):
    qtbot.waitUntil(lambda: notify.data is not None, timeout=TIMEOUT)
    form = notify.open_form()
    assert form is not None
    return form


@pytest.fixture
def prompt(monkeypatch) -> Prompt:
    p = Prompt(CANCEL)
    monkeypatch.setattr(unsaved, "ask_discard", p)
    return p


def test_nothing_typed_switches_without_asking(qtbot, ctx, caseload, prompt):
    window = _window(qtbot, ctx)
    other = _select_row(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.case_view.case_id == other, timeout=TIMEOUT)
    assert prompt.calls == 0


def test_cancel_keeps_the_text_and_the_case(qtbot, ctx, caseload, prompt):
    window = _window(qtbot, ctx)
    first = window.case_view.case_id
    playbooks = _panel(window, PlaybooksPanel)
    qtbot.keyClicks(playbooks.result, "Invented result of a step")
    _select_row(qtbot, window, 1)
    qtbot.waitUntil(lambda: prompt.calls == 1, timeout=TIMEOUT)
    assert window.case_view.case_id == first
    assert playbooks.result.text() == "Invented result of a step"
    current = window.queue.view.currentIndex()
    assert window.queue.model.case_id(current.row()) == first  # the selection went back
    qtbot.wait(400)  # the queue's selection delay: nothing switches later either
    assert window.case_view.case_id == first and prompt.calls == 1


def test_discard_switches_and_clears(qtbot, ctx, caseload, prompt):
    prompt.answer = DISCARD
    window = _window(qtbot, ctx)
    notify = _panel(window, NotifyPanel)
    _notify_form(qtbot, notify).note.setPlainText("Invented note for the defender")
    other = _select_row(qtbot, window, 2)
    qtbot.waitUntil(lambda: window.case_view.case_id == other, timeout=TIMEOUT)
    assert prompt.calls == 1
    assert not notify.has_unsaved()
    assert not any(d.isVisible() for d in notify.findChildren(NotifyDialog))  # closed


def test_close_asks_and_cancel_keeps_the_window(qtbot, ctx, caseload, prompt):
    window = _window(qtbot, ctx)
    _notify_form(qtbot, _panel(window, NotifyPanel)).note.setPlainText("Invented note")
    assert not window.close()
    assert window.isVisible() and prompt.calls == 1
    prompt.answer = DISCARD
    assert window.close()


def test_open_dirty_risk_note_dialog_counts_as_unsaved(qtbot, ctx, caseload, prompt):
    prompt.answer = DISCARD
    window = _window(qtbot, ctx)
    triage = _panel(window, TriagePanel)
    qtbot.waitUntil(lambda: triage.overview is not None, timeout=TIMEOUT)
    assert not triage.has_unsaved()
    dialog = triage.new_risk_note()
    assert dialog is not None and not triage.has_unsaved()  # opened, nothing typed yet
    dialog.rationale.setPlainText("Invented rationale")
    assert triage.has_unsaved()
    assert window.case_view.confirm_leave()
    assert prompt.calls == 1 and not dialog.isVisible()
    assert not triage.has_unsaved()
