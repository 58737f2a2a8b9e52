"""The rebalancer: the fewest moves (case → responder) that bring every responder within the load
limits, as a `Proposal` a supervisor accepts or not. Pure: everything is handed in.

Counts. A responder's open and P1 counts are derived from `items` (the open cases and their
assignees); the other fields of each `ResponderLoad` (exposure, break, languages, regions,
defenders, time zone) are taken as given. Cases assigned to nobody, or to someone not in `loads`,
are left alone. Exposure already spent cannot be moved, so only the load limits (open cases,
concurrent P1) are rebalanced; the exposure limits still govern who may RECEIVE a graphic case.

Who is over. Responder g is over when open(g) > max_open_cases or p1(g) > max_concurrent_p1; g's
excess is e_open = max(0, open − max_open) and e_p1 = max(0, p1 − max_p1).

Smallest. A move takes one case off one responder, so it lowers that responder's open count by one
and P1 count by at most one. Hence no proposal can fix g with fewer than max(e_open, e_p1) moves
off g, and LOWER_BOUND = Σ_g max(e_open(g), e_p1(g)) bounds every complete proposal from below.
The rebalancer moves only cases of over-limit responders, and each move reduces a positive excess
of its giver (P1 cases first while P1 is over, then other cases while open is over), so a proposal
that fixes everyone has exactly LOWER_BOUND moves and is therefore minimal. Placement is greedy
(continuity first, then headroom); when it cannot place a case, the shortfall is reported in
`unfixed`, and the moves that were found still each reduce an excess. No chains (moving a third
responder's case to make room) are proposed.

Never worse. For every responder r with counts (o, p) before and (o′, p′) after the proposal:
    o′ ≤ max(o, max_open_cases)  and  p′ ≤ max(p, max_concurrent_p1),
i.e. no over-limit amount grows and anyone who gains a case ends within the load limits; an
over-limit responder only loses cases, and a responder within limits only gains them. Every move
is one that `check_assignment` allows for its receiver at `now` (with the counts the earlier moves
of the proposal produce), so no exposure, break or cut-off limit is broken either, and every moved
case goes to someone who reads its language and covers its region (`meets_requirements`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from hrdcase.models.enums import Priority
from hrdcase.wellbeing.limits import Limit, ResponderLoad, WorkItem, check_assignment, meets_requirements
from hrdcase.wellbeing.policy import WorkloadPolicy
from hrdcase.wellbeing.reasons import Reason, Why

_Signature = tuple[str, str, bool, bool]  # language, region, graphic, P1: all that placement depends on


@dataclass(frozen=True, slots=True)
class Move:
    case_id: int
    from_id: int
    to_id: int
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class Unfixed:
    responder_id: int
    limit: Limit
    excess: int  # how far over the limit the responder stays after the proposal

    @property
    def reason(self) -> Reason:
        return Reason.of(Why.NO_RECEIVER, over=self.excess)


@dataclass(frozen=True, slots=True)
class Proposal:
    moves: tuple[Move, ...]
    unfixed: tuple[Unfixed, ...]
    lower_bound: int  # the fewest moves any complete proposal needs (see the module docstring)


def current_loads(loads: Sequence[ResponderLoad], items: Sequence[WorkItem]) -> dict[int, ResponderLoad]:
    """Each responder's load with open and P1 counts derived from `items`."""
    open_count: dict[int, int] = defaultdict(int)
    p1_count: dict[int, int] = defaultdict(int)
    for item in items:
        if item.assignee_id is not None:
            open_count[item.assignee_id] += 1
            if item.priority is Priority.P1:
                p1_count[item.assignee_id] += 1
    return {
        load.responder_id: replace(
            load, open_cases=open_count[load.responder_id], p1_cases=p1_count[load.responder_id]
        )
        for load in loads
    }


def excess(load: ResponderLoad, policy: WorkloadPolicy) -> tuple[int, int]:
    """(open-case excess, P1 excess); (0, 0) is within the load limits."""
    return (max(0, load.open_cases - policy.max_open_cases), max(0, load.p1_cases - policy.max_concurrent_p1))


class _Planner:
    def __init__(self, loads: dict[int, ResponderLoad], policy: WorkloadPolicy, now: datetime) -> None:
        self.loads = loads
        self.policy = policy
        self.now = now
        self.givers = {rid for rid, load in loads.items() if excess(load, policy) != (0, 0)}
        self.receivers = sorted(rid for rid in loads if rid not in self.givers)
        self.pools: dict[tuple[str, str], list[int]] = {}
        self.by_defender: dict[int, list[int]] = defaultdict(list)
        for rid in self.receivers:
            for defender in loads[rid].defender_ids:
                self.by_defender[defender].append(rid)
        self.hopeless: set[_Signature] = set()  # receivers only fill up, so a failure is final
        self.moves: list[Move] = []
        self.moved: set[int] = set()

    def pool(self, item: WorkItem) -> list[int]:
        key = (item.language, item.region_code)
        if key not in self.pools:
            self.pools[key] = [r for r in self.receivers if meets_requirements(self.loads[r], item)]
        return self.pools[key]

    def best_receiver(self, item: WorkItem, candidates: Sequence[int]) -> int | None:
        best: tuple[int, float, int] | None = None
        for rid in candidates:
            load = self.loads[rid]
            if not meets_requirements(load, item):
                continue
            if not check_assignment(load, item, self.policy, self.now).allowed:
                continue
            key = (load.open_cases, load.exposure_today_minutes if item.graphic else 0.0, rid)
            if best is None or key < best:
                best = key
        return None if best is None else best[2]

    def place(self, item: WorkItem, giver: int, continuity_only: bool) -> bool:
        sig: _Signature = (item.language, item.region_code, item.graphic, item.priority is Priority.P1)
        if continuity_only:
            if item.defender_id is None or item.defender_id not in self.by_defender:
                return False
            target = self.best_receiver(item, self.by_defender[item.defender_id])
        else:
            if sig in self.hopeless:
                return False
            target = self.best_receiver(item, self.pool(item))
            if target is None:
                self.hopeless.add(sig)
        if target is None:
            return False
        self._apply(item, giver, target)
        return True

    def _apply(self, item: WorkItem, giver: int, target: int) -> None:
        p1 = 1 if item.priority is Priority.P1 else 0
        g, t = self.loads[giver], self.loads[target]
        self.loads[giver] = replace(g, open_cases=g.open_cases - 1, p1_cases=g.p1_cases - p1)
        self.loads[target] = replace(t, open_cases=t.open_cases + 1, p1_cases=t.p1_cases + p1)
        relieves_p1 = p1 and g.p1_cases > self.policy.max_concurrent_p1
        reasons = [Reason.of(Why.RELIEVES_P1 if relieves_p1 else Why.RELIEVES_OPEN, giver=giver)]
        if item.defender_id is not None and item.defender_id in t.defender_ids:
            reasons.append(Reason.of(Why.KNOWS_DEFENDER))
        reasons.append(Reason.of(Why.RECEIVER_LOAD, held=t.open_cases + 1,
                                 limit=self.policy.max_open_cases))
        self.moves.append(Move(item.case_id, giver, target, tuple(reasons)))

    def relieve(self, giver: int, cases: list[WorkItem]) -> None:
        """Move P1 cases while P1 is over, then other cases (non-P1 first) while open is over."""
        p1_cases = [c for c in cases if c.priority is Priority.P1]
        rest = [c for c in cases if c.priority is not Priority.P1] + p1_cases
        self._drain(giver, p1_cases, lambda: excess(self.loads[giver], self.policy)[1] > 0)
        self._drain(giver, rest, lambda: excess(self.loads[giver], self.policy)[0] > 0)

    def _drain(self, giver: int, cases: list[WorkItem], over: Callable[[], bool]) -> None:
        for continuity_only in (True, False):
            for item in cases:
                if not over():
                    return
                if item.case_id not in self.moved and self.place(item, giver, continuity_only):
                    self.moved.add(item.case_id)


def rebalance(
    loads: Sequence[ResponderLoad], items: Sequence[WorkItem], policy: WorkloadPolicy, now: datetime
) -> Proposal:
    """The fewest moves that bring everyone within the load limits (see the module docstring)."""
    planner = _Planner(current_loads(loads, items), policy, now)
    lower_bound = sum(max(excess(planner.loads[g], policy)) for g in planner.givers)
    by_giver: dict[int, list[WorkItem]] = defaultdict(list)
    for item in items:
        if item.assignee_id in planner.givers:
            by_giver[item.assignee_id].append(item)
    order = sorted(planner.givers, key=lambda g: (-max(excess(planner.loads[g], policy)), g))
    for giver in order:
        planner.relieve(giver, sorted(by_giver[giver], key=lambda c: c.case_id))
    unfixed = [u for g in order for u in _unfixed(planner, g)]
    return Proposal(tuple(planner.moves), tuple(unfixed), lower_bound)


def _unfixed(planner: _Planner, giver: int) -> list[Unfixed]:
    over_open, over_p1 = excess(planner.loads[giver], planner.policy)
    out = []
    if over_p1:
        out.append(Unfixed(giver, Limit.CONCURRENT_P1, over_p1))
    if over_open:
        out.append(Unfixed(giver, Limit.OPEN_CASES, over_open))
    return out
