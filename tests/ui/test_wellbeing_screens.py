"""Check-in, exposure (ledger calls, clock, break prompt) and surge screens, with a fake service."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from hrdcase.models.entities import Region, Responder
from hrdcase.models.enums import CivicSpace
from hrdcase.ui import forms
from hrdcase.ui.choices import Choices
from hrdcase.ui.wellbeing import surge_dialog
from hrdcase.ui.wellbeing.checkin import CheckInDialog
from hrdcase.ui.wellbeing.exposure import (
    IDLE_AFTER_S,
    REPORT_EVERY_S,
    ExposureClock,
    ExposureTracker,
)
from hrdcase.ui.wellbeing.surge_dialog import SurgeDialog
from tests.ui.conftest import close_ctx, make_ctx
from tests.ui.wellbeing_fakes import NOW, FakeSession, FakeWellbeing, break_due_now

TIMEOUT = 10_000


@pytest.fixture
def fake() -> FakeWellbeing:
    return FakeWellbeing()


@pytest.fixture
def fctx(qtbot, fake):
    c = make_ctx(FakeSession(fake))  # type: ignore[arg-type]
    yield c
    close_ctx(c)


def _checkin(qtbot, ctx) -> CheckInDialog:
    dialog = CheckInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_checkin_submits_answers_and_shows_resources_on_follow_up(qtbot, fctx, fake):
    fake.follow_up = True
    dialog = _checkin(qtbot, fctx)
    assert "stay on this device" in dialog.privacy.text()
    assert len(dialog.groups) == 5
    dialog.groups[0].button(2).click()
    dialog.submit_button.click()
    assert "all five" in dialog.error.text()  # partial answers are refused inline
    assert fake.named("submit_checkin") == []
    dialog.set_answers((2, 1, 2, 1, 3))
    with qtbot.waitSignal(dialog.submitted, timeout=TIMEOUT):
        dialog.submit_button.click()
    assert fake.named("submit_checkin") == [("submit_checkin", (2, 1, 2, 1, 3), False)]
    assert dialog.pages.currentIndex() == 1
    assert dialog.resources.isVisible()
    assert "Confidential counselling line" in dialog.resources.text()


def test_checkin_may_only_ask_for_support(qtbot, fctx, fake):
    dialog = _checkin(qtbot, fctx)
    dialog.submit_button.click()
    assert dialog.error.isVisible() and fake.named("submit_checkin") == []
    dialog.support.setChecked(True)
    heard: list = []
    fctx.notifier.changed.connect(heard.append)
    with qtbot.waitSignal(dialog.submitted, timeout=TIMEOUT):
        dialog.submit_button.click()
    assert [c.entities for c in heard] == [frozenset({"checkin"})]  # the check-in is announced
    assert fake.named("submit_checkin") == [("submit_checkin", None, True)]
    assert "asked for support" in dialog.result_label.text()


def test_checkin_without_follow_up_hides_resources(qtbot, fctx, fake):
    dialog = _checkin(qtbot, fctx)
    dialog.set_answers((5, 4, 4, 5, 4))
    with qtbot.waitSignal(dialog.submitted, timeout=TIMEOUT):
        dialog.submit_button.click()
    assert not dialog.resources.isVisible()


def test_exposure_tracker_reveals_and_hides_through_the_service(qtbot, fctx, fake):
    box = QCheckBox()
    qtbot.addWidget(box)
    ids = [7, 9]
    tracker = ExposureTracker(fctx, box, lambda: ids)
    box.setChecked(True)
    ids.append(12)  # a new graphic incident arrived while shown
    tracker.sync()
    fctx.ops.wait_idle(5.0)
    qtbot.waitUntil(lambda: len(fake.named("reveal")) == 3, timeout=TIMEOUT)
    assert [c[1] for c in fake.named("reveal")] == [7, 9, 12]
    box.setChecked(False)
    qtbot.waitUntil(lambda: len(fake.named("hide")) == 3, timeout=TIMEOUT)
    assert tracker.revealed == set()


def test_idle_with_graphic_text_shown_stops_counting(qtbot, fctx, fake):
    box = QCheckBox()
    qtbot.addWidget(box)
    tracker = ExposureTracker(fctx, box, lambda: [7])
    box.setChecked(True)
    assert not tracker.check_idle(tracker.last_input + 10)
    assert tracker.check_idle(tracker.last_input + IDLE_AFTER_S + 1)
    qtbot.waitUntil(lambda: bool(fake.named("idle")), timeout=TIMEOUT)
    assert not box.isChecked()


def test_a_long_reveal_is_reported_to_the_team_every_few_minutes(qtbot, fctx, fake):
    box = QCheckBox()
    qtbot.addWidget(box)
    tracker = ExposureTracker(fctx, box, lambda: [7])
    start = tracker.last_report
    assert not tracker.report_if_due(start + REPORT_EVERY_S + 1)  # nothing revealed: nothing to say
    box.setChecked(True)
    assert not tracker.report_if_due(tracker.last_report + 60)
    assert tracker.report_if_due(tracker.last_report + REPORT_EVERY_S)
    qtbot.waitUntil(lambda: len(fake.named("report_exposure")) == 1, timeout=TIMEOUT)
    assert not tracker.report_if_due(tracker.last_report + 1)  # not again until the next interval


def test_exposure_clock_shows_minutes_and_prompts_a_break(qtbot, fctx, fake):
    clock = ExposureClock(fctx)
    qtbot.addWidget(clock)
    clock.refresh()
    qtbot.waitUntil(lambda: clock.now is not None, timeout=TIMEOUT)
    assert clock.text() == "Exposure today: 1 h 10 min of 5 h 00 min"
    assert clock.prompt is None
    clock.show_now(break_due_now())
    assert clock.prompt is not None and not clock.prompt.isModal()
    assert "until" in clock.prompt.text() and "1 h 00 min" in clock.prompt.text()
    prompt = clock.prompt
    clock.show_now(break_due_now())  # the same break is not prompted twice
    assert clock.prompt is prompt


def test_surge_dialog_declares_and_ends(qtbot, fctx, fake, monkeypatch):
    regions = [Region("KE", "Kenya", CivicSpace.REPRESSED, ("en",))]
    team = [Responder(1, "Ana Synthetic", 1, regions=("KE",)), Responder(2, "Bruno Placeholder", 1),
            Responder(3, "Chidi Example", 1, regions=("FR",))]
    monkeypatch.setattr(surge_dialog, "load_choices", lambda _s: Choices(regions, team, []))
    dialog = SurgeDialog(fctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.surges is not None, timeout=TIMEOUT)
    dialog.declare_button.click()
    assert "why" in dialog.errors.labels["reason"].text()
    dialog.reason.setText("Election-week harassment wave (synthetic)")
    # Ana covers KE already: the roster offers the others, unticked.
    offered = [dialog.roster.item(i).text() for i in range(dialog.roster.count())]
    assert offered == ["Bruno Placeholder", "Chidi Example"] and dialog.roster_ids() == []
    dialog.roster.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.declare_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=TIMEOUT)
    (_, region, starts, ends, reason, roster), = fake.named("declare_surge")
    assert (region, reason, roster) == ("KE", "Election-week harassment wave (synthetic)", (3,))
    assert starts == NOW and ends - starts == timedelta(days=7)
    assert "(active)" in dialog.list.item(0).text()
    assert "Roster: Chidi Example" in dialog.list.item(0).text()
    assert dialog.roster_ids() == []  # cleared for the next declaration
    dialog.list.setCurrentRow(0)
    assert dialog.end_button.isEnabled()
    asked = []
    monkeypatch.setattr(forms, "confirm", lambda *args: asked.append(args[2]) or False)
    dialog.end_button.click()  # ending asks first; Cancel ends nothing
    assert len(asked) == 1 and "End this surge now?" in asked[0]
    assert fake.named("end_surge") == [] and "(active)" in dialog.list.item(0).text()
    monkeypatch.setattr(forms, "confirm", lambda *args: True)
    dialog.end_button.click()
    qtbot.waitUntil(lambda: "(ended)" in dialog.list.item(0).text(), timeout=TIMEOUT)
    assert fake.named("end_surge") == [("end_surge", 1)]
