"""The rebalancer on a synthetic team: 50 responders × 5,000 open cases, seeded.

    python bench/rebalance_bench.py [--responders 50 --cases 5000 --runs 5 --seed 7]
    python bench/rebalance_bench.py --quick          # 10 × 500, 3 runs

Target (the issue): `rebalance` ≤ 1 s at 50 × 5,000 (median of the runs).

Same-process reference: one pass of the limit check over the whole caseload, i.e.
`current_loads` (every responder's counts from the cases) plus ONE `check_assignment` per case
against another responder. Any rebalancer must at least read every case and check a receiver for
the cases it moves, so this is the floor of the work; the printed ratio shows how far above that
floor the rebalancer is, and makes the figure comparable across machines. PASS/FAIL is on the
absolute target (≤ 1 s).

The team: languages and regions drawn from small pools (each responder reads 1–3 languages and
covers 1–3 regions), 5 % of cases P1, a third graphic, half with a defender seen before; cases
are assigned with a skew (a quarter of the team holds half the cases), so about a quarter of the
team is over the limits. The default policy's 25 open cases cannot hold 5,000 cases among 50
people, so the bench raises `max_open_cases` to 120 and `max_concurrent_p1` to 6 (team capacity
6,000); every other number is the default policy. Only counts and timings are printed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from dataclasses import replace
from datetime import UTC, datetime

from hrdcase.models.enums import Priority, Role
from hrdcase.wellbeing.limits import ResponderLoad, WorkItem, check_assignment
from hrdcase.wellbeing.policy import load_policy
from hrdcase.wellbeing.rebalance import current_loads, excess, rebalance

TARGET_S = 1.0
NOW = datetime(2026, 1, 6, 10, 0, tzinfo=UTC)
LANGUAGES = ("ar", "en", "es", "fa", "fr", "ru", "sw", "tr")
OTHER_PRIORITIES = (Priority.P2, Priority.P3, Priority.P4)
REGIONS = ("EG", "SD", "IR", "MX", "CO", "RU", "KE", "TR", "BY", "ML")


def build(responders: int, cases: int, seed: int) -> tuple[list[ResponderLoad], list[WorkItem]]:
    rnd = random.Random(seed)
    team = [
        ResponderLoad(
            responder_id=rid, role=Role.RESPONDER,
            exposure_today_minutes=rnd.choice((0.0, 60.0, 150.0, 300.0)),
            exposure_week_minutes=rnd.choice((0.0, 400.0, 900.0)),
            languages=frozenset([*rnd.sample(LANGUAGES, rnd.randint(1, 3)), "en"]),
            regions=frozenset(rnd.sample(REGIONS, rnd.randint(1, 3))),
            defender_ids=frozenset(rnd.sample(range(cases // 4 or 1), min(cases // 4 or 1, 20))),
        )
        for rid in range(1, responders + 1)
    ]
    heavy = team[: max(1, responders // 4)]
    items = []
    for cid in range(1, cases + 1):
        holder = rnd.choice(heavy) if rnd.random() < 0.5 else rnd.choice(team)
        items.append(WorkItem(
            case_id=cid,
            priority=Priority.P1 if rnd.random() < 0.05 else rnd.choice(OTHER_PRIORITIES),
            graphic=rnd.random() < 0.33,
            language=rnd.choice(sorted(holder.languages)),
            region_code=rnd.choice(sorted(holder.regions)),
            defender_id=rnd.randrange(cases // 4 or 1) if rnd.random() < 0.5 else None,
            assignee_id=holder.responder_id,
        ))
    return team, items


def reference_pass(team, items, policy) -> None:
    loads = current_loads(team, items)
    ids = sorted(loads)
    for item in items:
        other = ids[(ids.index(item.assignee_id) + 1) % len(ids)] if len(ids) > 1 else ids[0]
        check_assignment(loads[other], item, policy, NOW)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responders", type=int, default=50)
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="10 responders × 500 cases, 3 runs")
    args = parser.parse_args(argv)
    if args.quick:
        args.responders, args.cases, args.runs = 10, 500, 3
    policy = replace(load_policy(), max_open_cases=120, max_concurrent_p1=6)
    team, items = build(args.responders, args.cases, args.seed)
    loads = current_loads(team, items)
    over = sum(1 for load in loads.values() if excess(load, policy) != (0, 0))
    ref = statistics.median(timed(lambda: reference_pass(team, items, policy)) for _ in range(args.runs))
    samples = []
    proposal = None
    for _ in range(args.runs):
        start = time.perf_counter()
        proposal = rebalance(team, items, policy, NOW)
        samples.append(time.perf_counter() - start)
    assert proposal is not None
    median = statistics.median(samples)
    print(f"team: {args.responders} responders, {args.cases} open cases, {over} over the limits "
          f"(seed {args.seed})")
    print(f"proposal: {len(proposal.moves)} moves (lower bound {proposal.lower_bound}), "
          f"{len(proposal.unfixed)} limits left unfixed")
    print(f"reference (loads + one check per case): {ref * 1000:.1f} ms median of {args.runs}")
    print(f"rebalance: {median * 1000:.1f} ms median of {args.runs} "
          f"(min {min(samples) * 1000:.1f}, max {max(samples) * 1000:.1f}); {median / ref:.1f}× reference")
    verdict = "PASS" if median <= TARGET_S else "FAIL"
    print(f"target: ≤ {TARGET_S * 1000:.0f} ms -> {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
