"""Monitoring benchmarks (action 4): KPI targets as policy data and the measured figures, per region,
category and period (the month a case was opened). Pure: `services/reports.py` reads the facts.

Targets (`resources/policy/kpi.json`, parsed by `parse_kpi_policy`):
- `first_response_median_hours`: the median hours from opening to first response must be at most this;
- `resolution_median_hours`: the median hours from opening to resolution, at most this;
- `sla_compliance_percent`: of the cases whose deadlines are decided (both met, or either breached;
  a case resolved after its deadline counts as breached), the share that met both, at least this;
- `appeal_decision_median_days`: the median days from filing an appeal to its decision, at most this;
- `notification_rate_percent`: the share of cases whose defender was notified, at least this.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hrdcase.errors import ValidationError
from hrdcase.models.report_facts import AppealFact, CaseFact, ReportFacts, median_or_none


class Kpi(StrEnum):
    FIRST_RESPONSE = "first_response_median_hours"
    RESOLUTION = "resolution_median_hours"
    SLA_COMPLIANCE = "sla_compliance_percent"
    APPEAL_DECISION = "appeal_decision_median_days"
    NOTIFICATION_RATE = "notification_rate_percent"

    @property
    def higher_is_better(self) -> bool:
        return self in (Kpi.SLA_COMPLIANCE, Kpi.NOTIFICATION_RATE)

    @property
    def unit(self) -> str:
        return {"hours": "h", "days": "d", "percent": "%"}[self.value.rsplit("_", 1)[1]]


class Dimension(StrEnum):
    ALL = "all"
    REGION = "region"
    CATEGORY = "category"
    PERIOD = "period"


_KEY: dict[Dimension, Callable[[CaseFact | AppealFact], str]] = {
    Dimension.ALL: lambda c: "all",
    Dimension.REGION: lambda c: c.region,
    Dimension.CATEGORY: lambda c: c.category,
    Dimension.PERIOD: lambda c: c.period,
}


@dataclass(frozen=True)
class KpiPolicy:
    version: str
    targets: dict[Kpi, float]


def parse_kpi_policy(raw: Any) -> KpiPolicy:
    """Validate a decoded kpi.json; anything wrong is one `ValidationError` naming it."""
    if not isinstance(raw, dict):
        raise ValidationError("KPI policy: the file must hold one JSON object.")
    version = raw.get("version")
    if not isinstance(version, str) or not version.strip():
        raise ValidationError("KPI policy: 'version' must name the policy version.")
    targets = raw.get("targets")
    if not isinstance(targets, dict):
        raise ValidationError("KPI policy: 'targets' must be an object.")
    unknown = sorted(set(targets) - {k.value for k in Kpi})
    if unknown:
        raise ValidationError(f"KPI policy: unknown target(s) {', '.join(unknown)}.")
    out: dict[Kpi, float] = {}
    for kpi in Kpi:
        value = targets.get(kpi.value)
        if value is None:
            raise ValidationError(f"KPI policy: no target for {kpi.value}.")
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise ValidationError(f"KPI policy: {kpi.value} must be a number above 0.")
        if kpi.unit == "%" and value > 100:
            raise ValidationError(f"KPI policy: {kpi.value} is a percentage (at most 100).")
        out[kpi] = float(value)
    return KpiPolicy(version.strip(), out)


@dataclass(frozen=True)
class KpiFigure:
    kpi: Kpi
    measured: float | None  # None: nothing to measure in this group
    target: float
    basis: int  # how many cases (or appeals) the figure is measured over

    @property
    def met(self) -> bool | None:
        if self.measured is None:
            return None
        if self.kpi.higher_is_better:
            return self.measured >= self.target
        return self.measured <= self.target


@dataclass(frozen=True)
class KpiRow:
    dimension: Dimension
    key: str
    cases: int
    figures: tuple[KpiFigure, ...]


def _percent(hits: int, basis: int) -> float | None:
    return round(100 * hits / basis, 1) if basis else None


@dataclass(frozen=True, slots=True)
class _Measured:
    """One case's contribution, computed once for every dimension it is grouped by."""

    first: float | None
    resolution: float | None
    sla: bool | None
    notified: bool


def _figures(cases: list[_Measured], appeals: list[AppealFact],
             policy: KpiPolicy) -> tuple[KpiFigure, ...]:
    t = policy.targets
    first = [c.first for c in cases if c.first is not None]
    resolved = [c.resolution for c in cases if c.resolution is not None]
    sla = [c.sla for c in cases if c.sla is not None]
    days = [d for a in appeals if (d := a.decision_days()) is not None]
    notified = sum(1 for c in cases if c.notified)
    return (
        KpiFigure(Kpi.FIRST_RESPONSE, median_or_none(first), t[Kpi.FIRST_RESPONSE], len(first)),
        KpiFigure(Kpi.RESOLUTION, median_or_none(resolved), t[Kpi.RESOLUTION], len(resolved)),
        KpiFigure(Kpi.SLA_COMPLIANCE, _percent(sum(sla), len(sla)), t[Kpi.SLA_COMPLIANCE],
                  len(sla)),
        KpiFigure(Kpi.APPEAL_DECISION, median_or_none(days), t[Kpi.APPEAL_DECISION], len(days)),
        KpiFigure(Kpi.NOTIFICATION_RATE, _percent(notified, len(cases)),
                  t[Kpi.NOTIFICATION_RATE], len(cases)),
    )


def measure(facts: ReportFacts, policy: KpiPolicy,
            dimensions: Iterable[Dimension] = tuple(Dimension)) -> list[KpiRow]:
    """One row per group of each dimension (sorted by key), the overall row first. An appeal
    counts in its case's region and category and in the month it was filed."""
    measured = [(c, _Measured(c.first_response_hours(), c.resolution_hours(),
                              c.sla_met(facts.now), c.notified)) for c in facts.cases]
    rows: list[KpiRow] = []
    for dim in dimensions:
        key = _KEY[dim]
        groups: dict[str, list[_Measured]] = defaultdict(list)
        for c, m in measured:
            groups[key(c)].append(m)
        by_group: dict[str, list[AppealFact]] = defaultdict(list)
        for a in facts.appeals:
            by_group[key(a)].append(a)
        for name in sorted(set(groups) | set(by_group)):
            members = groups.get(name, [])
            rows.append(KpiRow(dim, name, len(members),
                               _figures(members, by_group.get(name, []), policy)))
    return rows


def rows_as_json(rows: list[KpiRow], policy: KpiPolicy) -> dict[str, Any]:
    return {
        "policy_version": policy.version,
        "rows": [{
            "dimension": r.dimension.value, "key": r.key, "cases": r.cases,
            "figures": {f.kpi.value: {"measured": f.measured, "target": f.target,
                                      "basis": f.basis, "met": f.met} for f in r.figures},
        } for r in rows],
    }
