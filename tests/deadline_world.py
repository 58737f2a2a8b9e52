"""One caseload for the deadline-rule tests of every surface (queue colour, Triage tab, dashboard,
CLI): a responder holds three open cases whose next deadlines sit on either side of the shipped SLA
policy's per-priority `warning_before` lead (P1: 30 min, P2: 2 h), plus one resolved case.

The world's "now" is the real time when it is built (the CLI runs on the system clock): within a
minute of it, each case is in the same state.

- "Calm P1": first response due in 90 min. Outside the P1 lead (30 min): NOT near, anywhere
  (the queue's old fixed 2 h rule coloured it "soon").
- "Near P2": first response due in 90 min. Inside the P2 lead (2 h): near everywhere.
- "Late P1": first response due 4 h 30 min ago: breached, and NOT counted near (the dashboard
  counted it).
- "Done P1": resolved now, unanswered, its first-response deadline 4 h 30 min past: no deadline is
  running, so the queue shows no Due text or colour (it said "breached 4 h 30 min ago" in red) and
  it is not near; the Triage tab says no first response was recorded before the case closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import CaseStatus, Priority
from hrdcase.services.session import Session
from tests.integration.wellbeing_world import World, draft, make_world


@dataclass
class DeadlineWorld:
    world: World
    now: datetime
    ids: dict[str, int]  # case title -> case id
    refs: dict[str, str]  # case title -> ref
    bram: int

    @property
    def session(self) -> Session:
        return self.world.session


def make_deadline_world(profile_dir: Path) -> DeadlineWorld:
    now = datetime.now(UTC).replace(microsecond=0)
    clock = FixedClock(now - timedelta(hours=6, minutes=30))
    world = make_world(profile_dir, clock, max_open=6, max_p1=2)
    bram = world.ids["Bram Oduya"]
    s = world.session
    ids: dict[str, int] = {}
    ids["Near P2"] = s.cases.open_case(draft("Near P2", bram, Priority.P2))[0]  # due now + 1 h 30
    ids["Late P1"] = s.cases.open_case(draft("Late P1", bram, Priority.P1))[0]  # due now - 4 h 30
    ids["Done P1"] = s.cases.open_case(draft("Done P1", bram, Priority.P1))[0]  # due now - 4 h 30
    clock.advance(timedelta(hours=6))
    for status in (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED):  # frees a P1
        version = s.queries.case_detail(ids["Done P1"]).case.version
        s.cases.change_status(ids["Done P1"], status, version)
    ids["Calm P1"] = s.cases.open_case(draft("Calm P1", bram, Priority.P1))[0]  # due now + 1 h 30
    clock.advance(timedelta(minutes=30))
    assert clock.now() == now
    refs = {title: s.queries.case_detail(case_id).case.ref for title, case_id in ids.items()}
    return DeadlineWorld(world, now, ids, refs, bram)
