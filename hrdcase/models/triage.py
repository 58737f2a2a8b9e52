"""Triage: a case's priority P1–P4 from its severity, its current risk level and its region's
context, with the reasons, so the case can show *why* it got its priority.

The rule (P1 is the most urgent; a step up never goes past P1):
1. Severity sets the base: critical → P1, severe → P2, moderate → P3, low → P4.
2. Risk level (from the current risk note): critical → P1 outright; high → one step up;
   medium, low or not assessed → no change.
3. Civic space of the region (CIVICUS): repressed or closed → one step up; open, narrowed and
   obstructed → no change.
4. An active surge in the region (elections, protests, conflict; an input here, surge mode itself is
   another issue) → one step up.

The reasons name every input that set or raised the priority, as machine codes with values:
("severity", "critical"), ("risk", "high"), ("civic_space", "closed"), ("surge", "active").
"""

from __future__ import annotations

from dataclasses import dataclass

from hrdcase.errors import ValidationError
from hrdcase.models.enums import CivicSpace, Priority, RiskLevel, Severity

Reason = tuple[str, str]

REASON_CODES = ("severity", "risk", "civic_space", "surge")

_BASE = {
    Severity.CRITICAL: 1,
    Severity.SEVERE: 2,
    Severity.MODERATE: 3,
    Severity.LOW: 4,
}
_RAISING_CIVIC_SPACE = frozenset({CivicSpace.REPRESSED, CivicSpace.CLOSED})


@dataclass(frozen=True)
class Triage:
    priority: Priority
    reasons: tuple[Reason, ...]


def triage_priority(
    severity: Severity,
    risk: RiskLevel | None,
    civic_space: CivicSpace | None,
    surge: bool = False,
) -> Triage:
    rank = _BASE[severity]
    reasons: list[Reason] = [("severity", severity.value)]
    if risk == RiskLevel.CRITICAL:
        rank = 1
        reasons.append(("risk", risk.value))
    elif risk == RiskLevel.HIGH:
        rank -= 1
        reasons.append(("risk", risk.value))
    if civic_space in _RAISING_CIVIC_SPACE:
        rank -= 1
        reasons.append(("civic_space", civic_space.value))
    if surge:
        rank -= 1
        reasons.append(("surge", "active"))
    return Triage(Priority(f"P{max(rank, 1)}"), tuple(reasons))


def surge_boost(priority: Priority) -> Priority:
    """A case opened during a surge in its region: one step more urgent (P1 stays P1)."""
    return Priority(f"P{max(int(priority.value[1:]) - 1, 1)}")


def check_reasons(raw: object) -> tuple[Reason, ...]:
    """Reasons read back from storage (a JSON list of pairs), validated."""
    if not isinstance(raw, list):
        raise ValidationError("Priority reasons must be a list of (code, value) pairs.")
    out: list[Reason] = []
    for item in raw:
        if (not isinstance(item, list | tuple) or len(item) != 2
                or item[0] not in REASON_CODES or not isinstance(item[1], str)):
            raise ValidationError(f"Unknown priority reason {item!r}.")
        out.append((item[0], item[1]))
    return tuple(out)
