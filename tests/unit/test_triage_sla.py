"""Triage priority rule, SLA deadlines and breach states, escalation chain, risk review cadence."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from hrdcase.errors import ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import Case
from hrdcase.models.enums import (
    CaseStatus,
    CivicSpace,
    IncidentCategory,
    Priority,
    RiskLevel,
    Severity,
)
from hrdcase.models.risk import check_risk_tags, next_review, review_overdue
from hrdcase.models.sla import (
    BreachState,
    EscalationRole,
    breach_state,
    due_escalations,
    parse_sla_policy,
    sla_status,
    with_deadlines,
)
from hrdcase.models.triage import check_reasons, triage_priority
from hrdcase.services.sla_policy import DEFAULT_SLA_PATH, load_sla_policy

T0 = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)
S, R, C = Severity, RiskLevel, CivicSpace


@pytest.fixture(scope="module")
def policy():
    return load_sla_policy()


def _raw() -> dict:
    return json.loads(DEFAULT_SLA_PATH.read_text())


def _case(priority=Priority.P1, status=CaseStatus.NEW, created=T0) -> Case:
    return Case(1, "C-1", "t", status, priority, IncidentCategory.DOXXING, "KE", "en", created,
                created)


# ---- the priority rule: severity base, risk, civic space, surge; reasons name each input used
@pytest.mark.parametrize(("severity", "risk", "civic", "surge", "priority", "reasons"), [
    (S.LOW, None, C.OPEN, False, "P4", (("severity", "low"),)),
    (S.MODERATE, R.MEDIUM, C.NARROWED, False, "P3", (("severity", "moderate"),)),
    (S.SEVERE, R.LOW, C.OBSTRUCTED, False, "P2", (("severity", "severe"),)),
    (S.CRITICAL, None, None, False, "P1", (("severity", "critical"),)),
    (S.LOW, R.HIGH, C.OPEN, False, "P3", (("severity", "low"), ("risk", "high"))),
    (S.LOW, R.CRITICAL, C.OPEN, False, "P1", (("severity", "low"), ("risk", "critical"))),
    (S.MODERATE, None, C.CLOSED, False, "P2", (("severity", "moderate"), ("civic_space", "closed"))),
    (S.LOW, None, C.REPRESSED, True, "P2",
     (("severity", "low"), ("civic_space", "repressed"), ("surge", "active"))),
    (S.SEVERE, R.HIGH, C.CLOSED, True, "P1",
     (("severity", "severe"), ("risk", "high"), ("civic_space", "closed"), ("surge", "active"))),
    (S.MODERATE, R.HIGH, C.REPRESSED, False, "P1",
     (("severity", "moderate"), ("risk", "high"), ("civic_space", "repressed"))),
])
def test_priority_rule_table(severity, risk, civic, surge, priority, reasons):
    result = triage_priority(severity, risk, civic, surge)
    assert result.priority == Priority(priority)
    assert result.reasons == reasons


def test_reasons_read_back_are_validated():
    assert check_reasons([["severity", "low"], ["surge", "active"]]) == (
        ("severity", "low"), ("surge", "active"))
    with pytest.raises(ValidationError, match="Unknown priority reason"):
        check_reasons([["astrology", "mercury"]])


# ---- deadlines per priority, with relativedelta from the created time
@pytest.mark.parametrize(("priority", "first", "resolution"), [
    (Priority.P1, relativedelta(hours=2), relativedelta(days=2)),
    (Priority.P2, relativedelta(hours=8), relativedelta(days=5)),
    (Priority.P3, relativedelta(days=1), relativedelta(weeks=2)),
    (Priority.P4, relativedelta(days=3), relativedelta(months=1)),
])
def test_deadlines_per_priority(policy, priority, first, resolution):
    case = with_deadlines(_case(priority), policy)
    assert case.first_response_due == T0 + first
    assert case.resolution_due == T0 + resolution


def test_month_deadline_is_a_calendar_month(policy):
    case = with_deadlines(_case(Priority.P4), policy)
    assert case.resolution_due == datetime(2026, 2, 28, 9, 0, tzinfo=UTC)  # 31 Jan + 1 month


def test_priority_change_recomputes_from_created_time(policy):
    p4 = with_deadlines(_case(Priority.P4), policy)
    p1 = with_deadlines(replace(p4, priority=Priority.P1), policy)
    assert p1.first_response_due == T0 + timedelta(hours=2)


# ---- warning / breach boundaries (P1: 30 min warning before a 2 h first response)
@pytest.mark.parametrize(("after", "state"), [
    (timedelta(minutes=89, seconds=59), BreachState.OK),
    (timedelta(minutes=90), BreachState.WARNING),
    (timedelta(hours=2), BreachState.WARNING),
    (timedelta(hours=2, seconds=1), BreachState.BREACHED),
])
def test_first_response_boundaries(policy, after, state):
    case = with_deadlines(_case(), policy)
    status = sla_status(case, None, policy, T0 + after)
    assert status.first_response == state
    assert status.breach_at == T0 + timedelta(hours=2)
    assert status.time_to_breach == timedelta(hours=2) - after


def test_answered_case_breaches_on_resolution_next(policy):
    case = with_deadlines(_case(), policy)
    status = sla_status(case, T0 + timedelta(hours=1), policy, T0 + timedelta(hours=3))
    assert status.first_response == BreachState.MET
    assert status.resolution == BreachState.OK
    assert status.breach_at == T0 + timedelta(days=2)
    late = sla_status(case, T0 + timedelta(hours=3), policy, T0 + timedelta(hours=3))
    assert late.first_response == BreachState.BREACHED


def test_no_deadline_and_stopped_clock():
    assert breach_state(None, None, T0, relativedelta(hours=1)) == BreachState.NONE


def test_closed_case_has_nothing_running(policy):
    case = with_deadlines(_case(status=CaseStatus.CLOSED), policy)
    status = sla_status(case, None, policy, T0 + timedelta(days=9))
    assert status.resolution == BreachState.MET and status.breach_at is None


# ---- escalation at exactly 60 and 90 minutes, with a FixedClock
def test_escalation_chain_at_exact_minutes(policy):
    clock = FixedClock(T0)
    case = with_deadlines(_case(), policy)
    clock.advance(timedelta(minutes=59, seconds=59))
    assert due_escalations(case, None, (), policy, clock.now()) == []
    clock.advance(timedelta(seconds=1))  # exactly 60 min
    steps = due_escalations(case, None, (), policy, clock.now())
    assert [s.role for s in steps] == [EscalationRole.SHIFT_LEAD]
    assert steps[0].due_at == T0 + timedelta(minutes=60)
    clock.advance(timedelta(minutes=30))  # exactly 90 min; shift lead already recorded
    steps = due_escalations(case, None, {"shift_lead"}, policy, clock.now())
    assert [s.role for s in steps] == [EscalationRole.DIRECTOR]
    assert due_escalations(case, None, {"shift_lead", "director"}, policy, clock.now()) == []


def test_no_escalation_when_answered_closed_or_not_p1(policy):
    later = T0 + timedelta(hours=3)
    case = with_deadlines(_case(), policy)
    assert due_escalations(case, T0 + timedelta(minutes=5), (), policy, later) == []
    assert due_escalations(with_deadlines(_case(Priority.P2), policy), None, (), policy, later) == []
    closed = with_deadlines(_case(status=CaseStatus.RESOLVED), policy)
    assert due_escalations(closed, None, (), policy, later) == []


# ---- a bad policy file is refused clearly
@pytest.mark.parametrize(("mutate", "message"), [
    (lambda r: r.pop("version"), "'version'"),
    (lambda r: r["targets"].pop("P3"), "no targets for P3"),
    (lambda r: r["targets"]["P1"].update(first_response={"fortnights": 1}), "unknown unit"),
    (lambda r: r["targets"]["P1"].update(first_response={"hours": -1}), "whole number"),
    (lambda r: r["targets"]["P2"].update(first_response={"days": 9}), "later than its resolution"),
    (lambda r: r["targets"]["P1"].update(first_response={"hours": 12}), "P1 must not allow"),
    (lambda r: r["escalation"]["steps"].reverse(), "in order of time"),
    (lambda r: r["escalation"].update(steps=[{"step": "janitor", "after": {"minutes": 5}}]),
     "steps named"),
])
def test_bad_policy_refused(mutate, message):
    raw = _raw()
    mutate(raw)
    with pytest.raises(ValidationError, match=message):
        parse_sla_policy(raw)


def test_loader_reports_unreadable_file(tmp_path: Path):
    bad = tmp_path / "sla.json"
    bad.write_text("{not json")
    with pytest.raises(ValidationError, match="not readable JSON"):
        load_sla_policy(bad)
    with pytest.raises(ValidationError, match="missing"):
        load_sla_policy(tmp_path / "none.json")


# ---- risk review cadence (rrule) and overdue
@pytest.mark.parametrize(("level", "assessed", "due"), [
    (RiskLevel.CRITICAL, T0, datetime(2026, 2, 7, 9, tzinfo=UTC)),
    (RiskLevel.HIGH, datetime(2026, 12, 29, 8, tzinfo=UTC), datetime(2027, 1, 5, 8, tzinfo=UTC)),
    (RiskLevel.MEDIUM, datetime(2026, 1, 15, 9, tzinfo=UTC), datetime(2026, 2, 15, 9, tzinfo=UTC)),
    (RiskLevel.LOW, T0, datetime(2026, 2, 28, 9, tzinfo=UTC)),  # shorter month: its last day
    (RiskLevel.LOW, datetime(2026, 2, 28, 9, tzinfo=UTC), datetime(2026, 3, 28, 9, tzinfo=UTC)),
])
def test_review_cadence(level, assessed, due):
    assert next_review(level, assessed) == due


def test_review_overdue_boundary():
    due = T0 + timedelta(days=7)
    assert not review_overdue(due, due)
    assert review_overdue(due, due + timedelta(seconds=1))
    assert not review_overdue(None, due)


def test_risk_vocabularies_are_checked():
    assert check_risk_tags(["woman_hrd", "lgbti", "woman_hrd"], ["election_period"]) == (
        ("woman_hrd", "lgbti"), ("election_period",))
    with pytest.raises(ValidationError) as err:
        check_risk_tags(["tall"], [])
    assert err.value.field == "gender_factors"
    with pytest.raises(ValidationError, match="not a known context flag") as err:
        check_risk_tags([], ["weather"])
    assert err.value.field == "context_flags"


# ---- a resolved or closed case met its resolution deadline only if it was resolved by then
def _status_entry(seq: int, at: datetime, frm: str, to: str, action: str = "case.status"):
    from hrdcase.models.entities import AuditEntry

    return AuditEntry(seq, at, None, action, "case", "C-1", 1, {"from": frm, "to": to})


def test_case_resolved_after_its_deadline_is_breached_not_met(policy):
    """A P1 closed 98 days late must not read resolution MET (issue 12, "fix first")."""
    case = with_deadlines(_case(status=CaseStatus.CLOSED), policy)
    late = T0 + timedelta(days=100)
    status = sla_status(case, T0 + timedelta(hours=1), policy, late + timedelta(days=1),
                        resolved_at=late)
    assert status.resolution == BreachState.BREACHED
    assert status.breach_at is None
    in_time = sla_status(case, T0 + timedelta(hours=1), policy, late, resolved_at=T0 + timedelta(days=1))
    assert in_time.resolution == BreachState.MET


def test_closed_case_without_a_recorded_resolution_uses_its_last_update(policy):
    case = replace(with_deadlines(_case(status=CaseStatus.CLOSED), policy),
                   updated_at=T0 + timedelta(days=98))
    assert sla_status(case, None, policy, T0 + timedelta(days=99)).resolution == BreachState.BREACHED


def test_resolved_at_is_when_the_case_last_left_the_open_statuses():
    from hrdcase.models.sla import resolved_at

    t = [T0 + timedelta(days=d) for d in range(6)]
    entries = [
        _status_entry(1, t[1], "triaged", "in_progress"),
        _status_entry(2, t[2], "in_progress", "resolved"),
        _status_entry(3, t[3], "resolved", "closed"),  # closing a resolved case keeps t[2]
    ]
    assert resolved_at(entries) == t[2]
    reopened = [*entries, _status_entry(4, t[4], "closed", "in_progress", "case.reopened")]
    assert resolved_at(reopened) is None
    assert resolved_at([*reopened, _status_entry(5, t[5], "in_progress", "resolved")]) == t[5]
