"""Suggestions rank by fit, headroom and continuity, and never name a responder the check refuses."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from hrdcase.models.enums import Priority
from hrdcase.wellbeing.limits import ResponderLoad, WorkItem, check_assignment
from hrdcase.wellbeing.policy import load_policy
from hrdcase.wellbeing.reasons import Reason, Why
from hrdcase.wellbeing.suggest import suggest
from tests.unit.wellbeing.strategies import items, loads, nows, policies

POLICY = load_policy()
MORNING = datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
ITEM = WorkItem(1, Priority.P2, graphic=True, language="ar", region_code="SD", defender_id=42)


def test_ranking_and_reasons() -> None:
    team = [
        ResponderLoad(1, languages=frozenset({"fr"}), regions=frozenset({"SD"})),
        ResponderLoad(2, languages=frozenset({"ar"}), regions=frozenset({"SD"}), open_cases=10),
        ResponderLoad(3, languages=frozenset({"ar"}), regions=frozenset({"SD"}), open_cases=10,
                      defender_ids=frozenset({42})),
        ResponderLoad(4, languages=frozenset({"ar"}), regions=frozenset({"SD"}),
                      open_cases=POLICY.max_open_cases),  # full: refused
        ResponderLoad(5, languages=frozenset({"ar"}), regions=frozenset({"SD"}),
                      exposure_today_minutes=300.0),  # exposure used up: refused for graphic work
    ]
    ranked = suggest(ITEM, team, POLICY, MORNING)
    assert [s.responder_id for s in ranked] == [3, 2, 1]
    assert Reason.of(Why.KNOWS_DEFENDER) in ranked[0].reasons
    english = [r.english() for r in ranked[1].reasons]
    assert "reads ar" in english and "covers region SD" in english
    assert f"10 of {POLICY.max_open_cases} open cases" in english
    assert "does not read ar" in [r.english() for r in ranked[2].reasons]
    assert ranked[0].score > ranked[1].score > ranked[2].score
    # A non-graphic case may go to the responder whose exposure is used up.
    plain = suggest(replace(ITEM, graphic=False), team, POLICY, MORNING)
    assert 5 in [s.responder_id for s in plain] and 4 not in [s.responder_id for s in plain]


@st.composite
def _cases(draw: st.DrawFn):
    now = draw(nows())
    team = [draw(loads(rid, now)) for rid in range(1, draw(st.integers(1, 8)) + 1)]
    team = [replace(t, open_cases=draw(st.integers(0, 7)), p1_cases=draw(st.integers(0, 4))) for t in team]
    return team, draw(items(1, [])), draw(policies()), now


@settings(max_examples=150, deadline=None)
@given(_cases())
def test_never_suggests_a_refused_responder(case) -> None:
    team, item, policy, now = case
    ranked = suggest(item, team, policy, now, limit=len(team))
    allowed = {t.responder_id for t in team if check_assignment(t, item, policy, now).allowed}
    assert {s.responder_id for s in ranked} == allowed
    assert [s.score for s in ranked] == sorted((s.score for s in ranked), reverse=True)
