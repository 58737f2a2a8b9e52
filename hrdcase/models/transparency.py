"""The transparency report's figures (action 10), from `ReportFacts` and the period's decisions.
Pure; `reports/transparency.py` writes them as PDF, CSV and JSON.

Public breakdowns (cases by channel, category and region; appeals by outcome; notifications by
channel) go through `models.suppression.suppress`. A median is published only over at least
`MEDIAN_MIN_BASIS` values (otherwise `None`, "withheld"). The DSA figures (statements of reasons by
ground, category, automated decision and detection) stay exact integers, as the DSA transparency
templates ask; they count decisions, not people. Surges are events of a region, not of people, and
stay exact too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from hrdcase.errors import ValidationError
from hrdcase.models.decisions import AutomatedDecision, Decision, DecisionGround
from hrdcase.models.enums import (
    AppealOutcome,
    DsaCategory,
    IncidentCategory,
    IntakeChannel,
    NotificationChannel,
)
from hrdcase.models.report_facts import ReportFacts, median_or_none
from hrdcase.models.suppression import SMALL, SMALL_MAX, Table, suppress

MEDIAN_MIN_BASIS = 10
PERIOD_MAX_DAYS = 3660  # ten years: the period is bounded like every size the user controls
PENDING = "pending"


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("The period ends before it starts (--to is earlier than --from).")
    if (end - start) > timedelta(days=PERIOD_MAX_DAYS):
        raise ValidationError(f"The period is longer than {PERIOD_MAX_DAYS} days.")


def _counts(keys: Iterable[str], order: Sequence[str] = ()) -> dict[str, int]:
    counted = Counter(keys)
    out = {k: counted.get(k, 0) for k in order}
    out.update({k: counted[k] for k in sorted(counted) if k not in out})
    return out


def _total(n: int) -> int | str:
    return SMALL if 1 <= n <= SMALL_MAX else n


@dataclass(frozen=True)
class Transparency:
    start: date
    end: date
    cases_total: int | str
    by_channel: Table
    by_category: Table
    by_region: Table
    median_first_response_hours: float | None
    median_resolution_hours: float | None
    appeals_total: int | str
    appeals_median_decision_days: float | None
    appeals_by_outcome: Table
    notifications_total: int | str
    notifications_by_channel: Table
    surges_total: int
    surges_by_region: dict[str, int]
    dsa: dict[str, dict[str, int]]

    def breakdowns(self) -> dict[str, Table]:
        """The suppressed tables by name, in the report's order."""
        return {"cases_by_channel": self.by_channel, "cases_by_category": self.by_category,
                "cases_by_region": self.by_region, "appeals_by_outcome": self.appeals_by_outcome,
                "notifications_by_channel": self.notifications_by_channel}

    def as_json(self) -> dict[str, Any]:
        return {
            "period": {"from": self.start.isoformat(), "to": self.end.isoformat()},
            "suppression": {"small": SMALL, "withheld": "x",
                            "rule": "counts of 1-9 are shown as <10; further cells are withheld "
                                    "(x) so that none can be worked out from the totals"},
            "cases": {"total": self.cases_total,
                      "median_hours_to_first_response": self.median_first_response_hours,
                      "median_hours_to_resolution": self.median_resolution_hours},
            "appeals": {"total": self.appeals_total,
                        "median_days_to_decision": self.appeals_median_decision_days},
            "notifications": {"total": self.notifications_total},
            "surges": {"total": self.surges_total, "by_region": self.surges_by_region},
            "breakdowns": {name: {"cells": t.cells, "total": t.total}
                           for name, t in self.breakdowns().items()},
            "dsa_statements_of_reasons": self.dsa,
        }


def _dsa(decisions: Sequence[Decision]) -> dict[str, dict[str, int]]:
    sors = [d.sor for d in decisions]
    return {
        "total": {"statements": len(sors)},
        "by_decision_ground": _counts((s.decision_ground.value for s in sors),
                                      [g.value for g in DecisionGround]),
        "by_category": _counts((s.category.value for s in sors), [c.value for c in DsaCategory]),
        "by_automated_decision": _counts((s.automated_decision.value for s in sors),
                                         [a.value for a in AutomatedDecision]),
        "by_automated_detection": _counts(("yes" if s.automated_detection else "no"
                                           for s in sors), ["yes", "no"]),
    }


def _median(values: list[float]) -> float | None:
    return median_or_none(values) if len(values) >= MEDIAN_MIN_BASIS else None


def transparency(facts: ReportFacts, decisions: Sequence[Decision]) -> Transparency:
    cases, appeals = facts.cases, facts.appeals
    outcomes = [a.outcome.value if a.outcome else PENDING for a in appeals]
    surges = Counter(s.region for s in facts.surges)
    return Transparency(
        start=facts.start, end=facts.end,
        cases_total=_total(len(cases)),
        by_channel=suppress(_counts((c.channel for c in cases), [ch.value for ch in IntakeChannel])),
        by_category=suppress(_counts((c.category for c in cases),
                                     [c.value for c in IncidentCategory])),
        by_region=suppress(_counts(c.region for c in cases)),
        median_first_response_hours=_median(
            [h for c in cases if (h := c.first_response_hours()) is not None]),
        median_resolution_hours=_median(
            [h for c in cases if (h := c.resolution_hours()) is not None]),
        appeals_total=_total(len(appeals)),
        appeals_median_decision_days=_median(
            [d for a in appeals if (d := a.decision_days()) is not None]),
        appeals_by_outcome=suppress(_counts(outcomes, [o.value for o in AppealOutcome]
                                            + [PENDING])),
        notifications_total=_total(len(facts.notification_channels)),
        notifications_by_channel=suppress(_counts(facts.notification_channels,
                                                  [n.value for n in NotificationChannel])),
        surges_total=len(facts.surges),
        surges_by_region=dict(sorted(surges.items())),
        dsa=_dsa(decisions),
    )
