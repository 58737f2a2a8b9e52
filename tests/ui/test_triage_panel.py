"""The Triage & SLA tab and the risk-note dialog, driven end to end on a real caseload."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from hrdcase.models.entities import AuditEntry
from hrdcase.ui import forms
from hrdcase.ui.case.timeline import Sentences
from hrdcase.ui.case.triage_panel import TriagePanel
from hrdcase.ui.case.triage_preview import TriagePreview
from hrdcase.ui.ops import run_and_wait
from hrdcase.ui.queue.model import COLUMN_KEYS, QueueModel
from hrdcase.ui.widgets import ERROR_STYLE

TIMEOUT = 10_000


def _panel(qtbot, ctx, case_id: int) -> TriagePanel:
    panel = TriagePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(520, 560)
    panel.show()
    panel.show_case(case_id)
    qtbot.waitUntil(lambda: panel.overview is not None, timeout=TIMEOUT)
    return panel


def _reloaded(qtbot, panel: TriagePanel, action) -> None:
    before = panel.overview
    action()
    qtbot.waitUntil(lambda: panel.overview is not before, timeout=TIMEOUT)


def test_triage_now_shows_priority_and_why(qtbot, ctx, caseload):
    spec = caseload[0]  # new, Kenya (repressed), severity low, risk medium (see conftest)
    panel = _panel(qtbot, ctx, spec.id)
    assert "Not triaged yet" in panel.reasons.text()
    version = panel.overview.case.version
    preview = _preview(qtbot, panel)
    assert preview.priority.text() == "Proposed priority: P3 – normal (now P1 – urgent)"
    assert preview.reasons.text().splitlines() == [
        "• Severity is low: that sets the starting priority.",
        "• Civic space in the region is repressed: one step more urgent.",
    ]
    assert "from New to Triaged" in preview.effects.text()
    _reloaded(qtbot, panel, preview.apply_button.click)
    assert not any(d.isVisible() for d in panel.findChildren(TriagePreview))
    assert panel.overview.case.version == version + 1
    assert panel.priority.text() == "P3 – normal"
    assert panel.reasons.text().splitlines() == [
        "• Severity is low: that sets the starting priority.",
        "• Civic space in the region is repressed: one step more urgent.",
    ]
    assert panel.overview.case.status.value == "triaged"


def _preview(qtbot, panel: TriagePanel) -> TriagePreview:
    qtbot.mouseClick(panel.triage_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.preview is not None and panel.preview.isVisible(),
                    timeout=TIMEOUT)
    assert panel.preview is not None
    return panel.preview


def test_triage_now_changes_nothing_until_applied(qtbot, ctx, caseload):
    spec = caseload[0]
    panel = _panel(qtbot, ctx, spec.id)
    version = panel.overview.case.version
    audit = len(run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(spec.id).timeline))
    preview = _preview(qtbot, panel)
    qtbot.mouseClick(preview.buttons.button(preview.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert not any(d.isVisible() for d in panel.findChildren(TriagePreview))
    detail = run_and_wait(ctx.ops, lambda: ctx.session.queries.case_detail(spec.id))
    assert detail.case.version == version and detail.case.status.value == "new"
    assert len(detail.timeline) == audit


def test_breach_is_said_in_words_and_colour(qtbot, ctx, caseload):
    spec = caseload[0]
    panel = _panel(qtbot, ctx, spec.id)
    assert panel.first_state.text().startswith("Due in ")
    due = panel.overview.case.first_response_due
    ctx.session.clock.current = due + timedelta(minutes=5)
    panel.show_case(spec.id)
    qtbot.waitUntil(lambda: "Breached" in panel.first_state.text(), timeout=TIMEOUT)
    assert panel.first_state.text() == "⚠ Breached 5 min ago"
    assert "#b00020" in panel.first_state.styleSheet()
    ctx.session.clock.current = due + timedelta(minutes=30)
    _reloaded(qtbot, panel, panel.respond_button.click)
    # Answered late: how late, not how long ago the deadline passed.
    assert panel.first_state.text().startswith("⚠ Answered 30 min late  (at ")
    assert "ago" not in panel.first_state.text()
    assert not panel.respond_button.isEnabled()
    ctx.session.clock.current = due + timedelta(days=3)
    panel.show_case(spec.id)
    qtbot.waitUntil(lambda: panel.overview.now == ctx.session.clock.current, timeout=TIMEOUT)
    assert panel.first_state.text().startswith("⚠ Answered 30 min late")


def test_a_case_triaged_by_status_never_reads_not_triaged(qtbot, ctx, caseload):
    spec = next(s for s in caseload if s.status.value == "triaged")  # moved by a status change
    panel = _panel(qtbot, ctx, spec.id)
    assert panel.overview.reasons == ()
    assert "Not triaged" not in panel.reasons.text()
    assert panel.reasons.text().startswith("Triaged by a status change")


def test_overdue_review_is_highlighted(qtbot, ctx, caseload):
    spec = caseload[18]  # two risk notes
    panel = _panel(qtbot, ctx, spec.id)
    assert "next review" in panel.review.text() and "OVERDUE" not in panel.review.text()
    ctx.session.clock.current = datetime(2027, 1, 1, tzinfo=UTC)
    panel.show_case(spec.id)
    qtbot.waitUntil(lambda: "REVIEW OVERDUE" in panel.review.text(), timeout=TIMEOUT)


def test_risk_note_dialog_refuses_inline_then_saves_and_supersedes(qtbot, ctx, caseload):
    spec = caseload[18]
    ctx.session.clock.current = datetime(2026, 6, 1, 9, tzinfo=UTC)  # after the caseload was built
    panel = _panel(qtbot, ctx, spec.id)
    dialog = panel.new_risk_note()
    qtbot.addWidget(dialog)
    assert len(dialog.threats.rows) == 1  # prefilled from the current note
    _text, score = dialog.threats.add_row("New synthetic threat")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.threats.error.isVisible()
    assert "from 1 to 5" in dialog.threats.error.text()
    assert "not computable" in dialog.score.text()
    assert dialog.isVisible()
    score.setValue(5)
    dialog.capacities.remove_row(dialog.capacities.rows[0])
    assert dialog.score.text().startswith("Risk = T × V / C = 13.5")  # (4+5)/2 × 3 / 1
    dialog.gender[next(iter(dialog.gender))].setChecked(True)
    dialog.rationale.setPlainText("Synthetic reassessment after new threats.")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Critical risk" in panel.review.text(), timeout=TIMEOUT)
    notes = ctx.session.queries.case_detail(spec.id).risk_notes
    assert len(notes) == 3 and notes[0].score == 13.5 and notes[0].gender_factors == ("woman_hrd",)
    assert notes[1].superseded_by == notes[0].id
    assert notes[0].next_review == notes[0].created_at + timedelta(weeks=1)


@pytest.mark.parametrize(("choice", "closes"), [("cancel", False), ("discard", True)])
def test_unsaved_risk_note_is_not_lost_silently(qtbot, ctx, caseload, monkeypatch, choice, closes):
    panel = _panel(qtbot, ctx, caseload[0].id)
    dialog = panel.new_risk_note()
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(forms, "ask_unsaved",
                        lambda parent, question=None: asked.append(1) or choice)
    dialog.reject()
    assert asked == [] and not dialog.isVisible()  # nothing typed: closes without asking
    dialog = panel.new_risk_note()
    qtbot.addWidget(dialog)
    dialog.mitigations.setPlainText("Synthetic plan")
    dialog.reject()
    assert asked == [1]
    assert dialog.isVisible() is not closes


def test_queue_sorts_by_due_from_the_header(qtbot, qtmodeltester, ctx, caseload):
    model = QueueModel(ctx)
    column = COLUMN_KEYS.index("breach")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Due"
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.sort(column)
    qtmodeltester.check(model)
    rows = [model._row(r, request=False) for r in range(min(model.rowCount(), 50))]
    breach = [r.breach_at for r in rows]
    assert all(b is not None for b in breach) and breach == sorted(breach)
    assert model.index(0, column).data().startswith(("due in ", "breached "))


def _entry(action: str, detail: dict) -> AuditEntry:
    return AuditEntry(1, datetime(2026, 1, 5, tzinfo=UTC), 1, action, "case", "C-1", 1, detail)


def test_timeline_sentences_for_triage_actions(qtbot):
    say = Sentences({1: "Ana"})
    assert say(_entry("case.triaged", {
        "priority": {"from": "P4", "to": "P1"},
        "reasons": [["severity", "moderate"], ["civic_space", "closed"], ["surge", "active"]],
    })) == "Ana triaged the case as P1 – urgent (severity moderate; civic space closed; surge)."
    assert say(_entry("case.first_response", {"within_sla": False})) == \
        "Ana recorded the first response, after its deadline."
    assert say(_entry("case.escalation_step", {"step": "director", "role": "director"})) == \
        "Unanswered case escalated to the director."
    assert ERROR_STYLE  # the shared error colour stays defined


def _assignee_at_the_p1_limit(session) -> int:
    """A responder holding one P1 under a policy allowing one, and a critical case of theirs that
    triage will raise to P1. Returns that case's id."""
    from dataclasses import replace as _replace

    from hrdcase.models.entities import Responder
    from hrdcase.models.enums import IncidentCategory, Priority, Severity
    from hrdcase.models.intake import NewCase, NewDefender
    from hrdcase.services.wellbeing_guard import current_policy
    from hrdcase.wellbeing.policy import policy_to_dict

    with session.store.transaction() as uow:
        policy = current_policy(uow)
        tight = _replace(policy, version=policy.version + 1, max_concurrent_p1=1)
        uow.wellbeing.add_policy(tight.version, policy_to_dict(tight), session.clock.now(), None)
        team = uow.reference.responders()[0].team_id
        zed = uow.reference.add_responder(Responder(0, "Zed Synthetic", team, languages=("en",)))
    case_ids = []
    for priority, severity in ((Priority.P1, Severity.CRITICAL), (Priority.P3, Severity.CRITICAL)):
        case_id, _ = session.cases.open_case(NewCase(
            "Synthetic triage load", IncidentCategory.ACCOUNT_COMPROMISE, "KE", "en",
            "Invented report.", priority=priority, severity=severity,
            new_defender=NewDefender("Heron-triage"), assignee_id=zed))
        case_ids.append(case_id)
    return case_ids[1]


def test_a_refused_triage_offers_a_supervisor_the_override(qtbot, ctx, caseload, monkeypatch):
    from dataclasses import replace as _replace

    from hrdcase.models.enums import Priority, Role
    from hrdcase.ui.ops import run_and_wait
    from hrdcase.ui.wellbeing import override

    case_id = run_and_wait(ctx.ops, lambda: _assignee_at_the_p1_limit(ctx.session))
    panel = _panel(qtbot, ctx, case_id)

    def apply_the_proposal() -> None:
        panel.triage_button.click()  # the proposal first, then Apply in it
        qtbot.waitUntil(lambda: panel.preview is not None, timeout=TIMEOUT)
        panel.preview.apply()

    apply_the_proposal()
    qtbot.waitUntil(panel.error.isVisible, timeout=TIMEOUT)
    assert "P1 cases at once" in panel.error.text()
    assert not panel.override_button.isVisible()  # a responder cannot override
    supervisor = _replace(ctx.session.me, roles=frozenset({Role.SUPERVISOR}))
    ctx.session.me = supervisor
    ctx.session.cases.assignment_guard.me = supervisor
    apply_the_proposal()
    qtbot.waitUntil(panel.override_button.isVisible, timeout=TIMEOUT)
    monkeypatch.setattr(override, "ask_override_reason", lambda _parent: "Synthetic cover agreed.")
    _reloaded(qtbot, panel, panel.override_button.click)
    assert panel.overview.case.priority is Priority.P1
    assert not panel.error.isVisible() and not panel.override_button.isVisible()
