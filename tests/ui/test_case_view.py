"""The case view: header, defender (pseudonym first), lists as models, timeline sentences."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from hrdcase.models.entities import AuditEntry
from hrdcase.models.enums import CaseStatus
from hrdcase.ui.case.timeline import Sentences, TimelineModel
from hrdcase.ui.case.view import CaseView
from tests.ui.conftest import Spec, version_of

TIMEOUT = 10_000


def _view(qtbot, ctx, case_id: int) -> CaseView:
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.show_case(case_id)
    return view


def _rich(caseload: list[Spec]) -> Spec:
    """A case with two incidents, two risk notes and an edit (see conftest)."""
    return caseload[18]


def test_header_and_lists_show_the_case(qtbot, ctx, caseload):
    spec = _rich(caseload)
    view = _view(qtbot, ctx, spec.id)
    assert view.header.ref.text() == spec.ref
    assert view.header.title.text() == spec.title
    assert "DSA" in view.header.values["category"].text()
    assert "civic space" in view.header.values["region"].text()
    assert view.header.values["assignee"].text() == spec.assignee
    assert view.incidents.rowCount() == 2
    assert view.risk_notes.rowCount() == 2
    assert view.timeline.rowCount() >= 6


def test_item_models_pass_modeltester(qtbot, qtmodeltester, ctx, caseload):
    view = _view(qtbot, ctx, _rich(caseload).id)
    for model in (view.incidents, view.risk_notes, view.timeline):
        qtmodeltester.check(model)


def test_current_risk_note_is_highlighted_and_history_kept(qtbot, ctx, caseload):
    view = _view(qtbot, ctx, _rich(caseload).id)
    first, second = view.risk_notes.index(0), view.risk_notes.index(1)
    assert first.data().startswith("Current")
    assert second.data().startswith("Superseded")
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert second.data(Qt.ItemDataRole.BackgroundRole) is None


def test_legal_name_is_hidden_until_asked_for(qtbot, ctx, caseload):
    view = _view(qtbot, ctx, _rich(caseload).id)
    panel = view.defender
    assert panel.pseudonym.text().endswith("-18")
    assert panel.legal_name.isHidden()
    panel.show_legal.setChecked(True)
    assert not panel.legal_name.isHidden()
    assert panel.legal_name.text() == "Legal Name 18"
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.show_case(caseload[0].id)
    assert panel.legal_name.isHidden() and not panel.show_legal.isChecked()


def test_view_refreshes_only_for_its_case(qtbot, ctx, caseload):
    spec = next(s for s in caseload if s.status == CaseStatus.NEW)
    other = next(s for s in caseload if s.status == CaseStatus.NEW and s.id != spec.id)
    view = _view(qtbot, ctx, spec.id)
    version = version_of(ctx, other.id)
    with qtbot.assertNotEmitted(view.loaded, wait=300):
        ctx.mutate(lambda s: s.cases.change_status(other.id, CaseStatus.TRIAGED, version))
        assert ctx.ops.wait_idle(5)
    version = version_of(ctx, spec.id)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        ctx.mutate(lambda s: s.cases.change_status(spec.id, CaseStatus.TRIAGED, version))
    assert view.header.values["status"].text() == "Triaged"
    assert "moved the case from New to Triaged" in view.timeline.sentence(0)


def test_graphic_descriptions_are_hidden_by_default(qtbot, ctx, caseload):
    spec = caseload[4]  # threats of violence: graphic by default
    view = _view(qtbot, ctx, spec.id)
    column = 2
    assert "hidden" in view.incidents.index(0, column).data()
    view.show_graphic.setChecked(True)
    assert "Synthetic incident number 4" in view.incidents.index(0, column).data()


def _entry(action: str, detail: dict, actor: int | None = 1) -> AuditEntry:
    return AuditEntry(1, datetime(2026, 1, 5, tzinfo=UTC), actor, action, "case", "C-1", 1, detail)


def test_timeline_sentences_are_human(qtbot):
    say = Sentences({1: "Ana", 2: "Ben"})
    assert say(_entry("case.opened", {"channel": "hrd_report", "priority": "P2",
                                      "category": "doxxing"})) == \
        "Ana opened the case (Report from the HRD, P2 – high, Doxxing)."
    assert say(_entry("case.status", {"from": "new", "to": "triaged"})) == \
        "Ana moved the case from New to Triaged."
    assert say(_entry("case.assigned", {"from": None, "to": 2})) == "Ana assigned the case to Ben."
    assert say(_entry("case.assigned", {"from": 2, "to": None})) == \
        "Ana unassigned the case (it was with Ben)."
    assert say(_entry("case.assigned", {"from": 1, "to": 2})) == \
        "Ana reassigned the case from Ana to Ben."
    assert say(_entry("case.updated", {"title": {"changed": True},
                                       "priority": {"from": "P3", "to": "P1"}})) == \
        "Ana changed the priority from P3 – normal to P1 – urgent; the title."
    assert say(_entry("risk_note.added", {"level": "high", "score": 9.5})) == \
        "Ana assessed the risk: High risk (score 9.5)."
    assert say(_entry("case.reopened", {"from": "closed", "to": "in_progress"})) == \
        "Ana reopened the case (it was Closed)."
    assert say(_entry("case.exported", {}, actor=None)).endswith("recorded “case.exported”.")


def test_timeline_model_is_newest_first(qtbot, qtmodeltester):
    model = TimelineModel()
    entries = [AuditEntry(seq, datetime(2026, 1, seq, 12, tzinfo=UTC), 1, "case.status",
                          "case", "C-1", 1, {"from": "new", "to": "triaged"}) for seq in (1, 2, 3)]
    model.set_entries(entries, {1: "Ana"})
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0).data().startswith("2026-01-03")
