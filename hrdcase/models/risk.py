"""RISK = THREATS × VULNERABILITIES / CAPACITIES (Front Line Defenders / Protection International).

Each factor is the mean of its itemised 1–5 scores; an empty capacity list counts as the weakest
capacity (1), so that missing capacities never lower the risk.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

from dateutil.rrule import MONTHLY, WEEKLY, rrule

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


# ---- review cadence: risk is dynamic, so every note says when to look again
_WEEKLY_LEVELS = frozenset({RiskLevel.HIGH, RiskLevel.CRITICAL})


def next_review(level: RiskLevel, assessed_at: datetime) -> datetime:
    """Weekly for high and critical risk, monthly otherwise (`dateutil.rrule`). A monthly review of a
    note made on the 29th–31st falls on the last day of a shorter month (31 Jan → 28 Feb)."""
    if level in _WEEKLY_LEVELS:
        rule = rrule(WEEKLY, dtstart=assessed_at, count=2)
    else:
        day = assessed_at.day
        rule = rrule(MONTHLY, dtstart=assessed_at, bymonthday=(day, -1), bysetpos=1, count=3)
    found = rule.after(assessed_at)
    if found is None:  # pragma: no cover - a two-occurrence rule always has a next one
        raise ValueError("no next review")
    return found


def review_overdue(review_at: datetime | None, now: datetime) -> bool:
    return review_at is not None and now > review_at


# ---- defined vocabularies for gender / intersectional factors and context flags
class GenderFactor(StrEnum):
    WOMAN_HRD = "woman_hrd"
    LGBTI = "lgbti"
    INDIGENOUS = "indigenous"
    ETHNIC_MINORITY = "ethnic_minority"
    RELIGIOUS_MINORITY = "religious_minority"
    DISABILITY = "disability"
    YOUTH = "youth"
    MIGRANT = "migrant"
    RURAL = "rural"
    JOURNALIST = "journalist"
    FAMILY_TARGETED = "family_targeted"


class ContextFlag(StrEnum):
    ELECTION = "election_period"
    PROTEST = "protest_wave"
    CONFLICT = "armed_conflict"
    CRISIS = "crisis"
    INTERNET_SHUTDOWN = "internet_shutdown"
    NEW_RESTRICTIVE_LAW = "new_restrictive_law"
    COURT_HEARING = "court_hearing"


def check_vocabulary(values: Sequence[str], vocabulary: type[StrEnum], name: str) -> tuple[str, ...]:
    """The values, deduplicated in order; an unknown one is refused (field `name`)."""
    known = {v.value for v in vocabulary}
    out: list[str] = []
    for value in values:
        if value not in known:
            raise ValidationError(f"{value!r} is not a known {name.replace('_', ' ')[:-1]}.",
                                  field=name)
        if value not in out:
            out.append(value)
    return tuple(out)


def check_risk_tags(
    gender_factors: Sequence[str], context_flags: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (check_vocabulary(gender_factors, GenderFactor, "gender_factors"),
            check_vocabulary(context_flags, ContextFlag, "context_flags"))
