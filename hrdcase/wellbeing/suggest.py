"""Auto-assign suggestion for a new case: who should take it, best first, with the reasons.

Only responders whom `check_assignment` allows are ever suggested. The score (0–100) adds:
language fit 35, region fit 20, continuity with the defender 15, headroom under the load limits
up to 20 (the tighter of open-case and, for a P1 case, P1 headroom), and, for a graphic case,
exposure left today up to 10. Ties go to the lower responder id, so the order is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from hrdcase.models.enums import Priority
from hrdcase.wellbeing.limits import ResponderLoad, WorkItem, check_assignment
from hrdcase.wellbeing.policy import WorkloadPolicy
from hrdcase.wellbeing.reasons import Reason, Why

W_LANGUAGE = 35.0
W_REGION = 20.0
W_CONTINUITY = 15.0
W_HEADROOM = 20.0
W_EXPOSURE = 10.0


@dataclass(frozen=True, slots=True)
class Suggestion:
    responder_id: int
    score: float
    reasons: tuple[Reason, ...]


def headroom(load: ResponderLoad, item: WorkItem, policy: WorkloadPolicy) -> float:
    """0–1: the share of the tightest load limit still free after taking `item`."""
    shares = [(policy.max_open_cases - load.open_cases - 1) / policy.max_open_cases]
    if item.priority is Priority.P1 and policy.max_concurrent_p1:
        shares.append((policy.max_concurrent_p1 - load.p1_cases - 1) / policy.max_concurrent_p1)
    return max(0.0, min(shares))


def exposure_left(load: ResponderLoad, policy: WorkloadPolicy) -> float:
    """0–1: the share of today's exposure minutes still unused."""
    if not policy.daily_exposure_minutes:
        return 0.0
    return max(0.0, 1 - load.exposure_today_minutes / policy.daily_exposure_minutes)


def score(load: ResponderLoad, item: WorkItem, policy: WorkloadPolicy) -> Suggestion:
    """The score of one (allowed) responder, with the reason behind each part."""
    total = 0.0
    reasons: list[Reason] = []
    if item.language:
        reads = item.language in load.languages
        total += W_LANGUAGE if reads else 0.0
        reasons.append(Reason.of(Why.READS_LANGUAGE if reads else Why.LACKS_LANGUAGE,
                                 language=item.language))
    if item.region_code:
        covers = item.region_code in load.regions
        total += W_REGION if covers else 0.0
        reasons.append(Reason.of(Why.COVERS_REGION if covers else Why.LACKS_REGION,
                                 region=item.region_code))
    if item.defender_id is not None and item.defender_id in load.defender_ids:
        total += W_CONTINUITY
        reasons.append(Reason.of(Why.KNOWS_DEFENDER))
    total += W_HEADROOM * headroom(load, item, policy)
    reasons.append(Reason.of(Why.OPEN_LOAD, held=load.open_cases, limit=policy.max_open_cases))
    if item.graphic:
        total += W_EXPOSURE * exposure_left(load, policy)
        left = max(0, policy.daily_exposure_minutes - load.exposure_today_minutes)
        reasons.append(Reason.of(Why.EXPOSURE_LEFT, minutes=round(left)))
    return Suggestion(load.responder_id, round(total, 2), tuple(reasons))


def suggest(
    item: WorkItem, loads: Iterable[ResponderLoad], policy: WorkloadPolicy, now: datetime, limit: int = 5
) -> list[Suggestion]:
    """The best `limit` responders for `item` among those the check allows, best first."""
    allowed = [
        load for load in loads
        if load.responder_id != item.assignee_id and check_assignment(load, item, policy, now).allowed
    ]
    ranked = sorted((score(load, item, policy) for load in allowed), key=lambda s: (-s.score, s.responder_id))
    return ranked[:limit]
