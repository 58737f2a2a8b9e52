"""The workload policy screen on the real service: an admin saves a new version (validated inline by
the model first); anyone else reads it with the reason; the Team menu gates the team's load."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from hrdcase.models.enums import Role, Severity
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.wellbeing import policy_dialog
from hrdcase.ui.wellbeing.policy_dialog import PolicyDialog

TIMEOUT = 10_000
SHOTS = Path(os.environ.get("HRDCASE_UI_SHOTS", ""))  # set it to keep screenshots


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch):
    """Teardown closes the dialog: never block on a real prompt."""
    monkeypatch.setattr(policy_dialog, "ask_discard_policy", lambda _parent: True)


def _sign_in_as(ctx, role: Role) -> None:
    ctx.session.me = replace(ctx.session.me, roles=frozenset({role}))
    ctx.session.wellbeing.me = ctx.session.me


def _open(qtbot, ctx) -> PolicyDialog:
    dialog = PolicyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.policy is not None, timeout=TIMEOUT)
    return dialog


def test_an_admin_saves_a_new_policy_version(qtbot, ctx, caseload, monkeypatch):
    _sign_in_as(ctx, Role.ADMIN)
    dialog = _open(qtbot, ctx)
    assert dialog.save_button.isEnabled() and not dialog.notice.isVisible()
    assert not any(spin.isReadOnly() for spin in dialog.spins.values())
    before = dialog.policy
    assert dialog.spins["max_open_cases"].value() == before.max_open_cases
    dialog.spins["exposure_block_minutes"].setValue(before.daily_exposure_minutes + 1)
    dialog.save_button.click()  # the model refuses: a block longer than a day's exposure
    assert dialog.errors.visible_fields() == ["exposure_block_minutes"]
    assert ctx.session.wellbeing.policy() == before  # nothing was stored
    dialog.spins["exposure_block_minutes"].setValue(before.exposure_block_minutes)
    dialog.spins["max_open_cases"].setValue(before.max_open_cases - 3)
    dialog.severity.setCurrentIndex(dialog.severity.findData(Severity.CRITICAL))
    assert dialog.is_dirty()
    asked: list[bool] = []
    monkeypatch.setattr(policy_dialog, "ask_discard_policy", lambda _p: asked.append(True) or False)
    dialog.reject()  # Cancel: the edit is kept
    assert asked and dialog.isVisible() and dialog.spins["max_open_cases"].value() == \
        before.max_open_cases - 3
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.policy.version == before.version + 1, timeout=TIMEOUT)
    stored = ctx.session.wellbeing.policy()
    assert stored.max_open_cases == before.max_open_cases - 3
    assert stored.debrief_min_severity is Severity.CRITICAL
    texts = [dialog.history.item(i).text() for i in range(dialog.history.count())]
    assert texts[-1] == f"Version {before.version + 1} (current)" and len(texts) >= 2
    assert not dialog.is_dirty()
    if SHOTS.name:
        dialog.grab().save(str(SHOTS / "policy-admin.png"))


def test_a_responder_reads_the_policy_without_editing(qtbot, ctx, caseload):
    _sign_in_as(ctx, Role.RESPONDER)
    dialog = _open(qtbot, ctx)
    assert dialog.notice.isVisible() and "Only an admin" in dialog.notice.text()
    assert not dialog.save_button.isEnabled()
    assert all(spin.isReadOnly() for spin in dialog.spins.values())
    assert not dialog.severity.isEnabled() and not dialog.is_dirty()
    assert dialog.spins["break_minutes"].value() == dialog.policy.break_minutes
    if SHOTS.name:
        dialog.grab().save(str(SHOTS / "policy-readonly.png"))


@pytest.mark.parametrize(("role", "lead"), [(Role.RESPONDER, False), (Role.SUPERVISOR, True),
                                            (Role.ADMIN, True)])
def test_team_menu_gates_the_team_load(qtbot, ctx, caseload, role, lead):
    _sign_in_as(ctx, role)
    window = MainWindow(ctx, persist_state=False)
    qtbot.addWidget(window)
    team = window.team
    for action in (team.dashboard_action, team.surge_action):
        assert action.isEnabled() is lead
        assert ("Only a supervisor or an admin" in action.toolTip()) is not lead
    assert team.policy_action.isEnabled() and "Workload policy" in team.policy_action.text()
