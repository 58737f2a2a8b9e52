"""Actions that cannot be taken back ask first: skipping a playbook step, marking an image not
graphic, recording the first response (ending a surge: test_wellbeing_screens.py). Cancel changes
nothing; going ahead does what the button says."""

from __future__ import annotations

import pytest

from hrdcase.models.enums import TaskStatus
from hrdcase.ui import forms
from hrdcase.ui.case.playbooks_panel import PlaybooksPanel
from hrdcase.ui.case.triage_panel import TriagePanel
from hrdcase.ui.ops import run_and_wait
from tests.ui.test_evidence import _attach, _last_incident, _open, _wait_images

TIMEOUT = 10_000


class Answers:
    def __init__(self) -> None:
        self.go = False
        self.questions: list[str] = []

    def __call__(self, parent, title: str, question: str, action: str) -> bool:
        self.questions.append(question)
        return self.go


@pytest.fixture
def answers(monkeypatch) -> Answers:
    a = Answers()
    monkeypatch.setattr(forms, "confirm", a)
    return a


def test_skipping_a_step_asks_first(qtbot, ctx, caseload, answers):
    panel = PlaybooksPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_case(caseload[2].id)
    qtbot.waitUntil(lambda: panel.choice.count() > 0, timeout=TIMEOUT)
    panel.choice.setCurrentIndex(panel.choice.findData("lock_down"))
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.attach()
    panel.result.setText("Synthetic: the defender chose another route.")
    panel.skip_button.click()
    assert len(answers.questions) == 1 and "Skip this step?" in answers.questions[0]
    assert ctx.ops.wait_idle(5)
    assert panel.model.task(0).status == TaskStatus.OPEN
    answers.go = True
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.skip_button.click()
    assert panel.model.task(0).status == TaskStatus.SKIPPED


def test_marking_an_image_not_graphic_asks_first_marking_graphic_does_not(
        qtbot, ctx, caseload, answers):
    spec = caseload[0]
    _attach(ctx, _last_incident(ctx, spec).id, 5, graphic=True)
    view = _open(qtbot, ctx, spec)
    _wait_images(qtbot, view.evidence, 1)
    view.evidence.view.setCurrentIndex(view.evidence.model.index(0))
    view.evidence.mark_button.click()
    assert len(answers.questions) == 1 and "unblurred" in answers.questions[0]
    assert ctx.ops.wait_idle(5)
    assert view.evidence.model.meta(0).graphic
    answers.go = True
    view.evidence.mark_button.click()
    qtbot.waitUntil(lambda: not view.evidence.model.meta(0).graphic, timeout=TIMEOUT)
    answers.go = False
    view.evidence.view.setCurrentIndex(view.evidence.model.index(0))
    view.evidence.mark_button.click()  # back to graphic: protective, no question
    qtbot.waitUntil(lambda: view.evidence.model.meta(0).graphic, timeout=TIMEOUT)
    assert len(answers.questions) == 2


def test_recording_the_first_response_asks_first(qtbot, ctx, caseload, answers):
    spec = caseload[0]
    panel = TriagePanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_case(spec.id)
    qtbot.waitUntil(lambda: panel.overview is not None, timeout=TIMEOUT)
    panel.respond_button.click()
    assert len(answers.questions) == 1 and "went out now" in answers.questions[0]
    assert ctx.ops.wait_idle(5)
    state = run_and_wait(ctx.ops, lambda: ctx.session.triage.overview(spec.id))
    assert state.first_response_at is None
    answers.go = True
    before = panel.overview
    panel.respond_button.click()
    qtbot.waitUntil(lambda: panel.overview is not before, timeout=TIMEOUT)
    assert panel.overview.first_response_at is not None
