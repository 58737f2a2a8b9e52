"""Hypothesis strategies for small synthetic teams and caseloads."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from hrdcase.models.enums import Priority
from hrdcase.wellbeing.limits import ResponderLoad, WorkItem
from hrdcase.wellbeing.policy import WorkloadPolicy, load_policy

LANGS = ("ar", "fr", "en")
REGIONS = ("SD", "ML", "")
BASE = load_policy()
DAY = datetime(2026, 1, 6, 0, 0, tzinfo=UTC)


@st.composite
def policies(draw: st.DrawFn) -> WorkloadPolicy:
    return replace(BASE, max_open_cases=draw(st.integers(1, 6)), max_concurrent_p1=draw(st.integers(0, 3)))


@st.composite
def nows(draw: st.DrawFn) -> datetime:
    return DAY + timedelta(minutes=draw(st.integers(7 * 60, 18 * 60)))


@st.composite
def loads(draw: st.DrawFn, rid: int, now: datetime) -> ResponderLoad:
    return ResponderLoad(
        responder_id=rid,
        exposure_today_minutes=float(draw(st.sampled_from((0, 120, 299, 300)))),
        exposure_week_minutes=float(draw(st.sampled_from((0, 900, 1500)))),
        last_block_end=draw(st.sampled_from((None, now - timedelta(minutes=5), now - timedelta(hours=2)))),
        languages=frozenset(draw(st.sets(st.sampled_from(LANGS[:2]), max_size=2))),
        regions=frozenset(draw(st.sets(st.sampled_from(REGIONS[:2]), max_size=2))),
        defender_ids=frozenset(draw(st.sets(st.integers(1, 5), max_size=3))),
    )


@st.composite
def items(draw: st.DrawFn, case_id: int, assignees: list[int]) -> WorkItem:
    return WorkItem(
        case_id=case_id,
        priority=draw(st.sampled_from(tuple(Priority))),
        graphic=draw(st.booleans()),
        language=draw(st.sampled_from(LANGS)),
        region_code=draw(st.sampled_from(REGIONS)),
        defender_id=draw(st.one_of(st.none(), st.integers(1, 5))),
        assignee_id=draw(st.sampled_from(assignees)) if assignees else None,
    )


@st.composite
def situations(draw: st.DrawFn) -> tuple[list[ResponderLoad], list[WorkItem], WorkloadPolicy, datetime]:
    now = draw(nows())
    n = draw(st.integers(1, 7))
    team = [draw(loads(rid, now)) for rid in range(1, n + 1)]
    # Skewed: the first responder tends to hold more, so someone is usually over.
    holders = [1, 1, 1, *range(1, n + 1)]
    count = draw(st.integers(0, 40))
    caseload = [draw(items(cid, holders)) for cid in range(1, count + 1)]
    return team, caseload, draw(policies()), now
