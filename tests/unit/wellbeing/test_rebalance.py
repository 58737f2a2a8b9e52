"""Property tests for the rebalancer (definitions of "smallest" and "worse": rebalance.py docstring)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import given, settings

from hrdcase.models.enums import Priority
from hrdcase.wellbeing.limits import Limit, ResponderLoad, WorkItem, check_assignment, meets_requirements
from hrdcase.wellbeing.policy import load_policy
from hrdcase.wellbeing.reasons import Reason, Why
from hrdcase.wellbeing.rebalance import Proposal, current_loads, excess, rebalance
from tests.unit.wellbeing.strategies import situations

Situation = tuple[list[ResponderLoad], list[WorkItem], object, datetime]


def _replay(team, caseload, policy, now, proposal: Proposal):
    """Apply the moves one by one, asserting each is allowed for its receiver when it is made."""
    state = current_loads(team, caseload)
    by_id = {c.case_id: c for c in caseload}
    seen: set[int] = set()
    for move in proposal.moves:
        item = by_id[move.case_id]
        assert move.case_id not in seen, "a case moves at most once"
        seen.add(move.case_id)
        assert item.assignee_id == move.from_id != move.to_id
        receiver = state[move.to_id]
        assert meets_requirements(receiver, item), "language and region are kept"
        assert check_assignment(receiver, item, policy, now).allowed, "never pushed over a limit"
        p1 = int(item.priority is Priority.P1)
        giver = state[move.from_id]
        state[move.from_id] = replace(giver, open_cases=giver.open_cases - 1, p1_cases=giver.p1_cases - p1)
        state[move.to_id] = replace(
            receiver, open_cases=receiver.open_cases + 1, p1_cases=receiver.p1_cases + p1
        )
    moved = {m.case_id: m.to_id for m in proposal.moves}
    final_items = [replace(c, assignee_id=moved.get(c.case_id, c.assignee_id)) for c in caseload]
    return state, final_items


@settings(max_examples=200, deadline=None)
@given(situations())
def test_rebalancer_properties(situation: Situation) -> None:
    team, caseload, policy, now = situation
    before = current_loads(team, caseload)
    proposal = rebalance(team, caseload, policy, now)
    after, final_items = _replay(team, caseload, policy, now, proposal)
    assert after == current_loads(team, final_items)

    # Never worse: no over-limit amount grows; whoever gains a case ends within the load limits.
    for rid, old in before.items():
        new = after[rid]
        assert new.open_cases <= max(old.open_cases, policy.max_open_cases)
        assert new.p1_cases <= max(old.p1_cases, policy.max_concurrent_p1)
        assert excess(new, policy)[0] <= excess(old, policy)[0]
        assert excess(new, policy)[1] <= excess(old, policy)[1]

    # Smallest: at most the lower bound; exactly it when everyone is brought within limits.
    assert len(proposal.moves) <= proposal.lower_bound
    over_after = {rid for rid, load in after.items() if excess(load, policy) != (0, 0)}
    assert {u.responder_id for u in proposal.unfixed} == over_after
    if not proposal.unfixed:
        assert len(proposal.moves) == proposal.lower_bound

    # Whoever can be is: for anyone left over, no remaining case of theirs that would lower the
    # excess can go to anyone who was within limits.
    receivers = [rid for rid, load in before.items() if excess(load, policy) == (0, 0)]
    for unfixed in proposal.unfixed:
        g = unfixed.responder_id
        assert unfixed.excess == excess(after[g], policy)[0 if unfixed.limit is Limit.OPEN_CASES else 1]
        for item in final_items:
            if item.assignee_id != g:
                continue
            if unfixed.limit is Limit.CONCURRENT_P1 and item.priority is not Priority.P1:
                continue
            for rid in receivers:
                assert not (
                    meets_requirements(after[rid], item)
                    and check_assignment(after[rid], item, policy, now).allowed
                ), f"case {item.case_id} could still go to {rid}"


def test_prefers_continuity_and_reports_what_cannot_be_fixed() -> None:
    policy = replace(load_policy(), max_open_cases=2, max_concurrent_p1=1)
    now = datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
    both = {"languages": frozenset({"ar"}), "regions": frozenset({"SD"})}
    team = [
        ResponderLoad(1, **both),
        ResponderLoad(2, **both),
        ResponderLoad(3, **both, defender_ids=frozenset({42})),
    ]

    def case(cid: int, **kw) -> WorkItem:
        base = {"priority": Priority.P3, "graphic": False, "language": "ar", "region_code": "SD",
                "assignee_id": 1}
        return WorkItem(cid, **(base | kw))

    caseload = [case(1), case(2), case(3, defender_id=42), case(4, language="sw")]
    proposal = rebalance(team, caseload, policy, now)
    assert proposal.lower_bound == 2
    assert (proposal.moves[0].case_id, proposal.moves[0].to_id) == (3, 3)  # continuity first
    assert Reason.of(Why.KNOWS_DEFENDER) in proposal.moves[0].reasons
    assert len(proposal.moves) == 2 and not proposal.unfixed
    # Nobody reads Swahili: responder 1 stays one over, and the proposal says so.
    caseload = [case(1, language="sw"), case(2, language="sw"), case(3, language="sw")]
    proposal = rebalance(team, caseload, policy, now)
    assert proposal.moves == ()
    assert [(u.responder_id, u.limit, u.excess) for u in proposal.unfixed] == [(1, Limit.OPEN_CASES, 1)]
    assert "language" in proposal.unfixed[0].reason.english()


def test_p1_excess_moves_p1_cases() -> None:
    policy = replace(load_policy(), max_open_cases=10, max_concurrent_p1=1)
    now = datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
    team = [ResponderLoad(1), ResponderLoad(2)]
    caseload = [WorkItem(i, Priority.P1 if i < 3 else Priority.P4, graphic=False, assignee_id=1)
                for i in range(1, 6)]
    proposal = rebalance(team, caseload, policy, now)
    assert [(m.case_id, m.to_id) for m in proposal.moves] == [(1, 2)]
    assert proposal.moves[0].reasons[0] == Reason.of(Why.RELIEVES_P1, giver=1)
