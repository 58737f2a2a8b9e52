"""The "Decisions & appeals" panel driven end to end: record a decision through the dialog (inline
SoR validation, 5000-character counter), file an appeal, the reviewer choice with the decider
disabled, deciding as the decider impossible, a reversal that reopens the case, escalation with its
90/180-day deadline."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QStandardItemModel

from hrdcase.models.appeals import FOUR_EYES
from hrdcase.models.decisions import DecisionVisibility
from hrdcase.models.enums import AppealOutcome, AppealStatus, CaseStatus
from hrdcase.services.appeals import AppealService
from hrdcase.ui.case.decisions_panel import DecisionsPanel
from hrdcase.ui.case.view import CaseView
from hrdcase.ui.ops import run_and_wait
from tests.ui.conftest import Spec

TIMEOUT = 10_000
FACTS = "Synthetic facts: an invented post repeated an invented address of the defender."


def _resolved(caseload: list[Spec]) -> Spec:
    return next(s for s in caseload if s.status == CaseStatus.RESOLVED)


def _panel(qtbot, ctx, case_id: int) -> DecisionsPanel:
    panel = DecisionsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(640, 560)
    panel.show()
    panel.show_case(case_id)
    qtbot.waitUntil(lambda: panel.data is not None, timeout=TIMEOUT)
    return panel


def _reload(qtbot, panel: DecisionsPanel, check) -> None:
    qtbot.waitUntil(lambda: panel.data is not None and check(panel), timeout=TIMEOUT)


def _record_decision(qtbot, panel: DecisionsPanel) -> None:
    dialog = panel.record_decision()
    assert dialog is not None
    dialog.ground_reference.setText("Community guidelines 4.2")
    dialog.puid.setText("post-4711")
    dialog.facts.setPlainText("x" * 5001)
    assert dialog.counter.text() == "5001 / 5000 characters"
    dialog.save()
    assert dialog.errors.visible_fields() == ["decision_visibility"]  # no restriction chosen
    combo = dialog.restrictions["decision_visibility"]
    combo.setCurrentIndex(combo.findData(DecisionVisibility.REMOVED.value))
    dialog.save()
    assert dialog.errors.visible_fields() == ["decision_facts"]
    assert "limit is 5000" in dialog.errors.labels["decision_facts"].text()
    dialog.facts.setPlainText(FACTS)
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        dialog.save()
    _reload(qtbot, panel, lambda p: p.model.rowCount() == 1)


def _as(ctx, actor_id: int) -> None:
    """Sign a different responder in (the profile is locked to one session per process)."""
    s = ctx.session
    ctx.session.appeals = AppealService(s.store, s.clock, actor_id, s.store.device_id)


def test_the_full_appeal_flow_through_the_panel(qtbot, qtmodeltester, ctx, caseload):
    spec = _resolved(caseload)
    me = ctx.session.me.id
    reviewer = next(r for r in ctx.session.queries.responders() if r.id != me)
    panel = _panel(qtbot, ctx, spec.id)
    assert panel.status.text() == "No decision recorded yet."
    assert not panel.file_button.isEnabled()
    _record_decision(qtbot, panel)
    qtmodeltester.check(panel.model)
    text = panel.model.index(0).data()
    assert "Content removed" in text and "No appeal; open until" in text
    assert "policy hrd-protection-policy 1.0" in panel.detail.text()

    # File an appeal.
    dialog = panel.file_appeal()
    assert "six months" in dialog.rule.text()
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        dialog.save()
    _reload(qtbot, panel, lambda p: p.current().appeal is not None)
    assert "no reviewer yet" in panel.model.index(0).data()
    assert not panel.decide_button.isEnabled()

    # The decider is listed but cannot be chosen, with the rule shown.
    dialog = panel.assign_reviewer()
    model = dialog.reviewer.model()
    assert isinstance(model, QStandardItemModel)
    row = dialog.reviewer.findData(me)
    assert not model.item(row).isEnabled()
    assert "original decider, cannot review" in dialog.reviewer.itemText(row)
    assert model.item(row).toolTip() == FOUR_EYES
    assert "Four-eyes: the original decider cannot review" in dialog.rule.text()
    assert dialog.reviewer.currentData() != me
    dialog.reviewer.setCurrentIndex(row)  # forced anyway: the service refuses
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.visible_fields() == ["reviewer"], timeout=TIMEOUT)
    dialog.reviewer.setCurrentIndex(dialog.reviewer.findData(reviewer.id))
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        dialog.save()
    _reload(qtbot, panel, lambda p: p.current().appeal.status == AppealStatus.UNDER_REVIEW)

    # Deciding as the decider is impossible: the form is disabled and says why.
    dialog = panel.decide_appeal()
    assert dialog.blocked == FOUR_EYES and dialog.rule.text() == FOUR_EYES
    assert not dialog.ok.isEnabled() and not dialog.reasons.isEnabled()
    dialog.save()  # nothing happens
    dialog.done(0)

    # The reviewer decides: reasons are required; a reversal reopens the resolved case.
    _as(ctx, reviewer.id)
    panel.show_case(spec.id)
    _reload(qtbot, panel, lambda p: p.data.me == reviewer.id)
    dialog = panel.decide_appeal()
    assert dialog.blocked == "" and dialog.ok.isEnabled()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(AppealOutcome.REVERSED.value))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.visible_fields() == ["statement_of_reasons"],
                    timeout=TIMEOUT)
    dialog.reasons.setPlainText("Synthetic reasons: the invented address was already public.")
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        dialog.save()
    _reload(qtbot, panel, lambda p: p.current().appeal.status == AppealStatus.DECIDED)
    status = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(spec.id).case.status)
    assert status == CaseStatus.IN_PROGRESS
    assert "Appeal decided: Reversed" in panel.model.index(0).data()

    # Escalation shows the 90/180-day deadline.
    assert panel.escalate_button.isEnabled()
    dialog = panel.escalate()
    assert "within 90 days" in dialog.rule.text()
    dialog.complex.setChecked(True)
    assert "within 180 days" in dialog.rule.text()
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        dialog.save()
    _reload(qtbot, panel, lambda p: p.current().appeal.status == AppealStatus.ESCALATED_ODS)
    assert "(180 days)" in panel.model.index(0).data()
    assert not panel.escalate_button.isEnabled()
    qtmodeltester.check(panel.model)


def test_the_case_view_has_the_tab_and_timeline_sentences(qtbot, ctx, caseload, tmp_path: Path):
    spec = _resolved(caseload)
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 760)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.show_case(spec.id)
    panel = next(p for p in view.panels if isinstance(p, DecisionsPanel))
    qtbot.waitUntil(lambda: panel.data is not None, timeout=TIMEOUT)
    view.tabs.setCurrentWidget(panel)
    _record_decision(qtbot, panel)
    qtbot.waitUntil(lambda: any("recorded decision #" in view.timeline.sentence(i)
                                for i in range(view.timeline.rowCount())), timeout=TIMEOUT)
    out = Path(os.environ.get("HRDCASE_SHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(out / "decisions-panel.png"))
    dialog = panel.record_decision()
    dialog.resize(700, 760)
    assert dialog.grab().save(str(out / "decisions-record-dialog.png"))
    dialog.done(0)


def _reversal_over_the_limit(session) -> tuple[int, int]:
    """A resolved case of a responder who holds one open case under a policy allowing one, with
    a decision and an appeal under review by another responder: reversing it would reopen the case
    as the assignee's second. Returns (case id, reviewer id)."""
    from dataclasses import replace

    from hrdcase.models.entities import Responder
    from hrdcase.models.enums import IncidentCategory
    from hrdcase.models.intake import NewCase, NewDefender
    from hrdcase.services.wellbeing_guard import current_policy
    from hrdcase.wellbeing.policy import policy_to_dict
    from tests.unit.test_appeals_model import sor

    with session.store.transaction() as uow:
        policy = current_policy(uow)
        tight = replace(policy, version=policy.version + 1, max_open_cases=1)
        uow.wellbeing.add_policy(tight.version, policy_to_dict(tight), session.clock.now(), None)
        team = uow.reference.responders()[0].team_id
        zed = uow.reference.add_responder(Responder(0, "Zed Synthetic", team, languages=("en",)))
    cases = []
    for title in ("Resolved first", "Still open"):
        case_id, _ = session.cases.open_case(NewCase(
            f"Synthetic {title}", IncidentCategory.ACCOUNT_COMPROMISE, "KE", "en",
            "Invented report.", new_defender=NewDefender("Heron-appeal"), assignee_id=zed))
        cases.append(case_id)
        for status in (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED):
            if title == "Resolved first":
                version = session.queries.case_detail(case_id).case.version
                session.cases.change_status(case_id, status, version)
    decision_id, _ = session.appeals.record_decision(cases[0], sor())
    appeal_id, _ = session.appeals.file_appeal(decision_id, "Synthetic grounds.")
    reviewer = next(r.id for r in session.queries.responders() if r.id not in (zed, session.me.id))
    session.appeals.assign_reviewer(appeal_id, reviewer)
    return cases[0], reviewer


def test_a_reversal_past_the_assignees_limit_offers_a_supervisor_the_override(
        qtbot, ctx, caseload, monkeypatch):
    from dataclasses import replace

    from hrdcase.models.enums import Role
    from hrdcase.ui.wellbeing import override

    ctx.session.clock.current = ctx.session.clock.current.replace(year=2026, month=2, day=2)
    case_id, reviewer_id = run_and_wait(ctx.ops, lambda: _reversal_over_the_limit(ctx.session))
    reviewer = next(r for r in ctx.session.queries.responders() if r.id == reviewer_id)
    s = ctx.session
    for role in (Role.RESPONDER, Role.SUPERVISOR):
        me = replace(reviewer, roles=frozenset({role}))
        s.me, s.cases.assignment_guard.me = me, me
        s.appeals = AppealService(s.store, s.clock, me.id, s.store.device_id,
                                  s.cases.assignment_guard)
        panel = _panel(qtbot, ctx, case_id)
        dialog = panel.decide_appeal()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(AppealOutcome.REVERSED.value))
        dialog.reasons.setPlainText("Synthetic reasons: the invented post was satire.")
        dialog.save()
        qtbot.waitUntil(dialog.general.isVisible, timeout=TIMEOUT)
        assert "would hold 2 open cases; the limit is 1" in dialog.general.text()
        assert dialog.override_button.isVisible() is (role is Role.SUPERVISOR)
    monkeypatch.setattr(override, "ask_override_reason", lambda _parent: "Synthetic cover agreed.")
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        dialog.override_button.click()
    status = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(case_id).case.status)
    assert status == CaseStatus.IN_PROGRESS
