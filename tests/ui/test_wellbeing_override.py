"""A refused reassignment in the edit dialog: inline, and a supervisor may override with a reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from hrdcase.models.enums import Role
from hrdcase.services.wellbeing_guard import current_policy
from hrdcase.ui.case_edit import CaseEditDialog
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.wellbeing import override
from hrdcase.ui.widgets import select_data
from hrdcase.wellbeing.policy import policy_to_dict

TIMEOUT = 10_000


def _restore_cutoff(session) -> None:
    """The UI fixture stores a policy without the 16:00 cut-off; store the default cut-off again."""
    with session.store.transaction() as uow:
        current = current_policy(uow)
        version = current.version + 1
        uow.wellbeing.add_policy(version, policy_to_dict(replace(current, version=version,
                                                                 graphic_cutoff_hour=16)),
                                 session.clock.now(), None)


def _refused_dialog(qtbot, ctx, caseload) -> CaseEditDialog:
    run_and_wait(ctx.ops, lambda: _restore_cutoff(ctx.session))
    ctx.session.clock.current = datetime(2026, 6, 1, 19, 0, tzinfo=UTC)  # after the 16:00 cut-off
    spec = caseload[5]  # a graphic category, assigned to Chidi
    dialog = CaseEditDialog(ctx, spec.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.form_box.isEnabled, timeout=TIMEOUT)
    assert select_data(dialog.assignee, "2")  # Bruno
    dialog.save()
    label = dialog.errors.labels["assignee"]
    qtbot.waitUntil(label.isVisible, timeout=TIMEOUT)
    assert "cut-off" in label.text() or "16:00" in label.text()
    return dialog


def test_a_responder_sees_the_refusal_without_override(qtbot, ctx, caseload):
    dialog = _refused_dialog(qtbot, ctx, caseload)
    assert not dialog.override_button.isVisible()
    assert dialog.isVisible() and dialog.assignee.currentData() == "2"  # nothing lost


def test_a_supervisor_overrides_with_a_reason(qtbot, ctx, caseload, monkeypatch):
    supervisor = replace(ctx.session.me, roles=frozenset({Role.SUPERVISOR}))
    ctx.session.me = supervisor
    ctx.session.cases.assignment_guard.me = supervisor
    dialog = _refused_dialog(qtbot, ctx, caseload)
    assert dialog.override_button.isVisible()
    monkeypatch.setattr(override, "ask_override_reason",
                        lambda _parent: "Only Bruno reads the evidence language (synthetic).")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.override_button.click()
    case = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(caseload[5].id).case)
    assert case.assignee_id == 2
