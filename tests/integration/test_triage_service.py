"""Triage, first response, escalations and the breach sort on a real SQLCipher caseload."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from hrdcase.errors import ConcurrentEdit, ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import RiskItem
from hrdcase.models.enums import CaseStatus, Priority, RiskLevel, Severity
from hrdcase.models.queue import QueueFilter, QueueSort
from hrdcase.models.sla import BreachState
from hrdcase.services.audit import verify
from hrdcase.services.queries import CaseQueries
from hrdcase.services.sla_policy import default_sla_policy
from hrdcase.services.triage import TriageService
from hrdcase.storage.codec import ts
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import Caseload, new_caseload

POLICY = default_sla_policy()


@pytest.fixture
def load(profile_dir: Path, clock: FixedClock) -> Iterator[Caseload]:
    c = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    yield c
    c.close()


def _triage(load: Caseload, surge_in: str | None = None) -> TriageService:
    """The service; with `surge_in`, a surge is declared in that region from now for a day."""
    if surge_in is not None:
        now = load.clock.now()
        with load.store.transaction() as uow:
            uow.wellbeing.add_surge(surge_in, now, now + timedelta(days=1), "Synthetic surge",
                                    None, now)
    return TriageService(load.store, load.clock, load.world.responders[0].id, "dev-test", POLICY)


def _rows(load: Caseload, sql: str, *params) -> list[tuple]:
    return load.store.db.execute(sql, params).fetchall()


def test_open_case_sets_deadlines_from_policy(load: Caseload):
    e = load.factory().open(priority=Priority.P2)
    case = load.store.db.execute(
        "SELECT first_response_due, resolution_due FROM cases WHERE id = ?", (e.id,)).fetchone()
    assert case == (ts(e.created_at + timedelta(hours=8)), ts(e.created_at + timedelta(days=5)))


def test_priority_edit_recomputes_deadlines(load: Caseload):
    e = load.factory().open(priority=Priority.P4)
    load.clock.advance(timedelta(hours=1))
    load.service.update_fields(e.id, 1, priority=Priority.P1)
    with load.store.read() as uow:
        case = uow.cases.get(e.id)
    assert case.first_response_due == e.created_at + timedelta(hours=2)


def test_triage_writes_priority_reasons_audit_and_outbox(load: Caseload):
    e = load.factory().open(region_code="KE", severity=Severity.MODERATE, priority=Priority.P4)
    outbox_before = load.store.db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    changes = _triage(load, surge_in="KE").triage(e.id, 1)
    assert changes.cases == {e.id} and changes.audit
    overview = _triage(load).overview(e.id)
    # moderate → P3; Kenya is "repressed" → P2; surge → P1
    assert overview.case.priority == Priority.P1
    assert overview.case.status == CaseStatus.TRIAGED
    assert overview.reasons == (("severity", "moderate"), ("civic_space", "repressed"),
                                ("surge", "active"))
    # P1 is 2 h; the surge halves it (sla.json surge_factor 0.5)
    assert overview.case.first_response_due == e.created_at + timedelta(hours=1)
    audit = _rows(load, "SELECT action, detail FROM audit_log WHERE case_id = ? ORDER BY seq", e.id)
    assert audit[-1][0] == "case.triaged"
    detail = json.loads(audit[-1][1])
    assert detail["reasons"] == [["severity", "moderate"], ["civic_space", "repressed"],
                                 ["surge", "active"]]
    assert detail["priority"] == {"from": "P4", "to": "P1"}
    outbox = _rows(load, "SELECT routing, payload FROM outbox ORDER BY op_seq")
    assert len(outbox) == outbox_before + 1
    assert json.loads(outbox[-1][0])["priority"] == "P1"
    assert json.loads(outbox[-1][1])["action"] == "case.triaged"
    assert verify(load.store).ok


def test_triage_refuses_stale_version_and_closed_case(load: Caseload):
    f = load.factory()
    e = f.open()
    with pytest.raises(ConcurrentEdit):
        _triage(load).triage(e.id, 7)
    for target in (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED):
        f.move(e, target)
    with pytest.raises(ValidationError, match="reopen it first"):
        _triage(load).triage(e.id, e.version)


def test_triage_uses_current_risk_level(load: Caseload):
    f = load.factory()
    e = f.open(severity=Severity.LOW, region_code="FR")
    f.add_risk_note(e, 5, 5, 1)  # 25: critical
    _triage(load).triage(e.id, e.version)
    overview = _triage(load).overview(e.id)
    assert overview.case.priority == Priority.P1
    assert ("risk", "critical") in overview.reasons


def test_first_response_recorded_once(load: Caseload):
    e = load.factory().open(priority=Priority.P1)
    load.clock.advance(timedelta(minutes=30))
    _triage(load).record_first_response(e.id)
    overview = _triage(load).overview(e.id)
    assert overview.first_response_at == load.clock.now()
    assert overview.sla.first_response == BreachState.MET
    with pytest.raises(ValidationError, match="already recorded"):
        _triage(load).record_first_response(e.id)
    detail = _rows(load, "SELECT detail FROM audit_log WHERE action = 'case.first_response'")
    assert [json.loads(d[0]) for d in detail] == [{"within_sla": True}]


def test_escalations_recorded_once_at_60_and_90_minutes(load: Caseload):
    f = load.factory()
    p1 = f.open(priority=Priority.P1)
    answered = f.open(priority=Priority.P1)
    p2 = f.open(priority=Priority.P2)
    service = _triage(load)
    service.record_first_response(answered.id)
    start = p2.created_at  # all three opened within a few minutes; p2 last
    assert service.run_escalations(p1.created_at + timedelta(minutes=59)).empty
    changes = service.run_escalations(p1.created_at + timedelta(minutes=60))
    assert changes.cases == {p1.id}
    assert service.run_escalations(p1.created_at + timedelta(minutes=60)).empty  # twice: nothing
    service.run_escalations(start + timedelta(minutes=95))
    service.run_escalations(start + timedelta(minutes=95))
    rows = _rows(load, "SELECT case_id, step, due_at FROM escalations ORDER BY id")
    assert rows == [(p1.id, "shift_lead", ts(p1.created_at + timedelta(minutes=60))),
                    (p1.id, "director", ts(p1.created_at + timedelta(minutes=90)))]
    audit = _rows(load, "SELECT case_id, detail FROM audit_log WHERE action = "
                  "'case.escalation_step' ORDER BY seq")
    assert [(c, json.loads(d)["step"]) for c, d in audit] == [(p1.id, "shift_lead"),
                                                              (p1.id, "director")]
    outbox = _rows(load, "SELECT payload FROM outbox")
    assert sum(json.loads(p[0])["action"] == "case.escalation_step" for p in outbox) == 2
    assert [r.role for r in service.overview(p1.id).escalations] == ["shift_lead", "director"]


def test_risk_note_sets_review_date_and_supersedes(load: Caseload):
    f = load.factory()
    e = f.open()
    f.add_risk_note(e, 5, 4, 1)  # 20: critical → weekly
    first_at = load.clock.now()
    f.add_risk_note(e, 1, 2, 4)  # 0.5: low → monthly
    with load.store.read() as uow:
        notes = uow.cases.risk_notes(e.id)
    assert notes[0].level == RiskLevel.LOW and notes[0].superseded_by is None
    assert notes[1].next_review == first_at + timedelta(weeks=1)
    assert notes[1].superseded_by == notes[0].id
    overview = _triage(load).overview(e.id)
    assert overview.current_note is not None and overview.current_note.id == notes[0].id
    assert not overview.review_overdue
    load.clock.advance(timedelta(days=32))
    assert _triage(load).overview(e.id).review_overdue


def test_risk_note_refuses_unknown_factor(load: Caseload):
    e = load.factory().open()
    with pytest.raises(ValidationError) as err:
        load.service.add_risk_note(e.id, [RiskItem("t", 3)], [RiskItem("v", 3)], [],
                                   gender_factors=("astrologer",))
    assert err.value.field == "gender_factors"


def test_queue_sorts_by_time_to_breach_against_an_oracle(load: Caseload):
    f = load.factory(seed=11)
    cases = [f.open() for _ in range(40)]
    service = _triage(load)
    answered = {}
    for e in cases[::3]:
        load.clock.advance(timedelta(minutes=5))
        service.record_first_response(e.id)
        e.version += 1
        answered[e.id] = True
    for e in cases[1::5]:
        f.set_priority(e, Priority.P1)
    targets = POLICY.targets

    def breach(e) -> int:
        t = targets[e.priority]
        return ts(e.created_at + (t.resolution if e.id in answered else t.first_response))

    queries = CaseQueries(load.store)
    for descending in (False, True):
        got = [r.id for r in queries.queue_page(QueueFilter(statuses=()),
                                                QueueSort("breach", descending), 0, 100).rows]
        expected = sorted(cases, key=lambda e: (breach(e), e.id), reverse=descending)
        assert got == [e.id for e in expected]
    rows = queries.queue_page(QueueFilter(statuses=()), QueueSort("breach"), 0, 5).rows
    assert rows[0].breach_at is not None and ts(rows[0].breach_at) == breach(
        next(e for e in cases if e.id == rows[0].id))


def test_breach_sort_uses_its_index(load: Caseload):
    # The whole caseload, in breach order, straight from the index. (With a status filter and no
    # ANALYZE statistics SQLite prefers the status index and sorts: see the report.)
    plan = load.store.db.execute(
        "EXPLAIN QUERY PLAN SELECT c.id FROM cases c "
        "ORDER BY COALESCE(CASE WHEN c.first_response_at IS NULL THEN c.first_response_due "
        "ELSE c.resolution_due END,9223372036854775807), c.id LIMIT 50").fetchall()
    text = " ".join(str(r[-1]) for r in plan)
    assert "cases_by_breach" in text and "TEMP B-TREE" not in text


def test_overview_counts_a_case_resolved_late_as_breached(load: Caseload):
    """A P1 resolved 98 days after opening reads resolution BREACHED, one resolved in time MET;
    reopening and closing again later does not move the resolution time."""
    f = load.factory()
    late, in_time = f.open(priority=Priority.P1), f.open(priority=Priority.P1)
    for e in (late, in_time):
        f.move(e, CaseStatus.TRIAGED)
        f.move(e, CaseStatus.IN_PROGRESS)
    f.move(in_time, CaseStatus.RESOLVED)
    load.clock.advance(timedelta(days=98))
    f.move(late, CaseStatus.RESOLVED)
    f.move(in_time, CaseStatus.CLOSED)
    assert _triage(load).overview(late.id).sla.resolution == BreachState.BREACHED
    assert _triage(load).overview(in_time.id).sla.resolution == BreachState.MET
