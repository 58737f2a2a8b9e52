"""KPI targets as policy data, and the measured figures per region, category and month."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.enums import AppealOutcome, CaseStatus, Priority
from hrdcase.models.kpi import Dimension, Kpi, measure, parse_kpi_policy
from hrdcase.models.report_facts import AppealFact, CaseFact, ReportFacts
from hrdcase.paths import resource

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 6, 1, tzinfo=UTC)


def policy_raw() -> dict:
    return json.loads(resource("policy", "kpi.json").read_text(encoding="utf-8"))


def case(i: int, *, region: str = "KE", first_h: float | None = 1, resolved_h: float | None = 10,
         status: CaseStatus = CaseStatus.CLOSED, notified: bool = False,
         resolution_due_h: float = 48, created: datetime = T0) -> CaseFact:
    return CaseFact(
        i, created, status, Priority.P1, "doxxing", "hrd_report", region,
        None if first_h is None else created + timedelta(hours=first_h),
        created + timedelta(hours=2), created + timedelta(hours=resolution_due_h),
        None if resolved_h is None else created + timedelta(hours=resolved_h), notified)


def facts(cases, appeals=()) -> ReportFacts:
    return ReportFacts(date(2026, 1, 1), date(2026, 12, 31), NOW, tuple(cases), tuple(appeals),
                       (), ())


def figures(rows, dim=Dimension.ALL, key="all"):
    row = next(r for r in rows if r.dimension == dim and r.key == key)
    return {f.kpi: f for f in row.figures}


def test_shipped_policy_is_valid():
    policy = parse_kpi_policy(policy_raw())
    assert set(policy.targets) == set(Kpi)


@pytest.mark.parametrize(("change", "message"), [
    (lambda r: r["targets"].pop("sla_compliance_percent"), "no target for sla_compliance_percent"),
    (lambda r: r["targets"].update(typo_hours=3), "unknown target(s) typo_hours"),
    (lambda r: r["targets"].update(sla_compliance_percent=120), "is a percentage"),
    (lambda r: r["targets"].update(first_response_median_hours=0), "must be a number above 0"),
    (lambda r: r["targets"].update(first_response_median_hours=True), "must be a number above 0"),
    (lambda r: r.update(version=""), "'version' must name"),
])
def test_a_bad_policy_names_what_is_wrong(change, message):
    raw = policy_raw()
    change(raw)
    with pytest.raises(ValidationError, match="KPI policy") as err:
        parse_kpi_policy(raw)
    assert message in str(err.value)


def test_a_late_resolution_counts_as_missed():
    policy = parse_kpi_policy(policy_raw())
    on_time = case(1, resolved_h=10)
    late = case(2, resolved_h=98 * 24)  # a P1 closed 98 days late
    got = figures(measure(facts([on_time, late]), policy))
    assert got[Kpi.SLA_COMPLIANCE].measured == 50.0
    assert got[Kpi.SLA_COMPLIANCE].basis == 2
    assert got[Kpi.SLA_COMPLIANCE].met is False


def test_open_cases_count_only_once_their_deadline_passed():
    policy = parse_kpi_policy(policy_raw())
    future = NOW + timedelta(days=10)
    pending = case(1, status=CaseStatus.IN_PROGRESS, resolved_h=None, created=future
                   - timedelta(hours=1))
    overdue = case(2, status=CaseStatus.IN_PROGRESS, resolved_h=None)
    got = figures(measure(facts([pending, overdue]), policy))
    assert got[Kpi.SLA_COMPLIANCE].basis == 1 and got[Kpi.SLA_COMPLIANCE].measured == 0.0


def test_medians_rates_and_groups():
    policy = parse_kpi_policy(policy_raw())
    cases = [case(1, region="KE", first_h=1, notified=True), case(2, region="KE", first_h=3),
             case(3, region="UG", first_h=20, created=T0 + timedelta(days=40))]
    appeals = [AppealFact(1, "KE", "doxxing", T0, T0 + timedelta(days=4), AppealOutcome.UPHELD),
               AppealFact(3, "UG", "doxxing", T0, None, None)]
    rows = measure(facts(cases, appeals), policy)
    assert figures(rows)[Kpi.FIRST_RESPONSE].measured == 3.0
    ke = figures(rows, Dimension.REGION, "KE")
    assert ke[Kpi.FIRST_RESPONSE].measured == 2.0 and ke[Kpi.FIRST_RESPONSE].met is True
    assert ke[Kpi.NOTIFICATION_RATE].measured == 50.0
    assert ke[Kpi.APPEAL_DECISION].measured == 4.0
    ug = figures(rows, Dimension.REGION, "UG")
    assert ug[Kpi.FIRST_RESPONSE].met is False
    assert ug[Kpi.APPEAL_DECISION].measured is None and ug[Kpi.APPEAL_DECISION].met is None
    assert [r.key for r in rows if r.dimension == Dimension.PERIOD] == ["2026-03", "2026-04"]
