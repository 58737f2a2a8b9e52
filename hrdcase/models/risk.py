"""RISK = THREATS × VULNERABILITIES / CAPACITIES (Front Line Defenders / Protection International).

Each factor is the mean of its itemised 1–5 scores; an empty capacity list counts as the weakest
capacity (1), so that missing capacities never lower the risk.
"""

from __future__ import annotations

from collections.abc import Sequence

from hrdcase.errors import ValidationError
from hrdcase.models.entities import RiskItem
from hrdcase.models.enums import RiskLevel

# Upper bounds (exclusive) of each level on the 0.2–25 scale.
_BANDS: tuple[tuple[float, RiskLevel], ...] = (
    (3.0, RiskLevel.LOW),
    (7.0, RiskLevel.MEDIUM),
    (12.0, RiskLevel.HIGH),
)


def _mean(items: Sequence[RiskItem], name: str, *, empty: float | None) -> float:
    for item in items:
        if not 1 <= item.score <= 5:
            raise ValidationError(f"Each {name} score must be from 1 to 5.", field=name)
        if not item.label.strip():
            raise ValidationError(f"Each {name} needs a description.", field=name)
    if not items:
        if empty is None:
            raise ValidationError(f"List at least one {name}.", field=name)
        return empty
    return sum(i.score for i in items) / len(items)


def risk_score(
    threats: Sequence[RiskItem],
    vulnerabilities: Sequence[RiskItem],
    capacities: Sequence[RiskItem],
) -> float:
    t = _mean(threats, "threat", empty=None)
    v = _mean(vulnerabilities, "vulnerability", empty=None)
    c = _mean(capacities, "capacity", empty=1.0)
    return round(t * v / c, 2)


def risk_level(score: float) -> RiskLevel:
    for bound, level in _BANDS:
        if score < bound:
            return level
    return RiskLevel.CRITICAL
