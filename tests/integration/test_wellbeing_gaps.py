"""The wellbeing issue's remaining rules on a real SQLCipher profile: a handover note on every
rebalancing move, team load for supervisors and admins only, tighter SLAs and a roster in a surge."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import Region
from hrdcase.models.enums import CivicSpace, Priority
from hrdcase.models.intake import NewDefender
from hrdcase.models.sla import parse_sla_policy
from hrdcase.services.wellbeing_api import PlannedMove
from hrdcase.wellbeing.reasons import Reason, Why
from tests.integration.wellbeing_world import World, draft, make_world

REASON = "Covering a colleague on leave (synthetic)."


@pytest.fixture
def world(profile_dir: Path, clock: FixedClock) -> World:
    w = make_world(profile_dir, clock, max_open=2, max_p1=1)
    yield w
    w.session.close()


def _overloaded(world: World) -> tuple[object, int]:
    ada = world.ids["Ada Quillon"]
    boss = world.as_("Sol Vantine")
    boss.cases.open_case(draft("Over 1", ada))
    boss.cases.open_case(draft("Over 2", ada))
    third, _ = boss.cases.open_case(draft("Over 3", ada), override_reason=REASON)
    return boss, third


# ---- 1. a handover note on every move, enforced by the service
@pytest.mark.parametrize("note", ["", "   \n "])
def test_apply_rebalance_refuses_a_move_without_a_handover_note(world: World, note: str) -> None:
    boss, _third = _overloaded(world)
    [move] = boss.wellbeing.propose_rebalance().moves
    with pytest.raises(ValidationError, match=f"handover note for case {move.case_ref}") as err:
        boss.wellbeing.apply_rebalance([replace(move, handover_note=note)])
    assert err.value.field == "handover_note"
    assert boss.queries.case_detail(move.case_id).case.assignee_id == world.ids["Ada Quillon"]
    boss.wellbeing.apply_rebalance([replace(move, handover_note="Call her first.")])
    assert boss.queries.case_detail(move.case_id).case.assignee_id == move.to_id


# ---- 2. team load is for supervisors and admins
def test_a_responder_may_not_read_or_rebalance_the_team_load(world: World) -> None:
    _boss, third = _overloaded(world)
    me = world.session.wellbeing  # Ada, a responder
    for call in (me.team_overview, me.propose_rebalance):
        with pytest.raises(ValidationError, match="Only a supervisor or an admin") as err:
            call()
        assert err.value.field == "role"
    move = PlannedMove(third, "", "", world.ids["Ada Quillon"], "Ada", world.ids["Cyd Marlo"], "Cyd",
                       (), "Call her first.")
    with pytest.raises(ValidationError, match="Only a supervisor or an admin"):
        me.apply_rebalance([move])
    assert world.session.queries.case_detail(third).case.assignee_id == world.ids["Ada Quillon"]
    assert len(world.as_("Ana Admin").wellbeing.team_overview()) == 5  # an admin may


# ---- 3a. tighter SLAs in a surge
def test_the_surge_factor_is_validated_and_shrinks_both_deadlines(world: World) -> None:
    policy = world.session.cases.sla_policy
    assert policy.surge_factor == 0.5
    start = world.clock.now()
    normal = policy.deadlines(start, Priority.P2)
    surge = policy.deadlines(start, Priority.P2, surge=True)
    assert surge == (start + (normal[0] - start) / 2, start + (normal[1] - start) / 2)
    for bad in (0, 1.5, "half", True):
        with pytest.raises(ValidationError, match="surge_factor"):
            parse_sla_policy({"version": "x", "surge_factor": bad,
                              "targets": {p: {"first_response": {"hours": 1},
                                              "resolution": {"days": 1},
                                              "warning_before": {"minutes": 5}}
                                          for p in ("P1", "P2", "P3", "P4")}})


def test_triage_during_a_surge_sets_tighter_deadlines_only_in_that_region(world: World) -> None:
    boss = world.as_("Sol Vantine")
    now = world.clock.now()
    boss.wellbeing.declare_surge("XB", now, now + timedelta(hours=6), "Election week (synthetic)")

    def due(region: str) -> tuple[Priority, timedelta]:
        case_id, _ = boss.cases.open_case(draft("Surge intake", region=region))
        boss.triage.triage(case_id, 1)
        case = boss.queries.case_detail(case_id).case
        return case.priority, case.first_response_due - case.created_at

    (p_xb, xb), (p_xa, xa) = due("XB"), due("XA")
    full_xb = boss.cases.sla_policy.targets[p_xb].first_response
    full_xa = boss.cases.sla_policy.targets[p_xa].first_response
    assert xb == ((now + full_xb) - now) / 2
    assert xa == (now + full_xa) - now  # no surge in XA: the full duration


def test_a_case_opened_during_a_surge_is_boosted_and_tighter_from_the_start(world: World) -> None:
    boss = world.as_("Sol Vantine")
    now = world.clock.now()
    policy = boss.cases.sla_policy
    boss.wellbeing.declare_surge("XB", now, now + timedelta(hours=6), "Election week (synthetic)")

    def full(p: Priority, kind: str = "first_response") -> timedelta:
        return (now + getattr(policy.targets[p], kind)) - now

    def opened(region: str, priority: Priority = Priority.P3):
        case_id, _ = boss.cases.open_case(draft("Surge intake", region=region, priority=priority))
        return boss.queries.case_detail(case_id).case

    xb, xa = opened("XB"), opened("XA")
    assert (xb.priority, xa.priority) == (Priority.P2, Priority.P3)  # one step up, in XB only
    assert xb.first_response_due - xb.created_at == full(Priority.P2) / 2
    assert xa.first_response_due - xa.created_at == full(Priority.P3)
    assert opened("XB", Priority.P1).priority is Priority.P1  # P1 stays P1
    details = [json.loads(d) for (d,) in boss.store.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'case.opened' ORDER BY seq")]
    assert [d.get("surge", False) for d in details[-3:]] == [True, False, True]
    # A priority edit later keeps the deadlines tight: the case was opened during the surge.
    world.clock.advance(timedelta(hours=7))  # the surge is over by now
    boss.cases.update_fields(xb.id, xb.version, priority=Priority.P4)
    edited = boss.queries.case_detail(xb.id).case
    assert edited.resolution_due - edited.created_at == full(Priority.P4, "resolution") / 2
    after = opened("XB")
    assert after.priority is Priority.P3
    assert after.first_response_due - after.created_at == full(Priority.P3)


# ---- 3b. the surge roster
def _with_region_xc(world: World) -> None:
    with world.session.store.transaction() as uow:
        uow.reference.add_region(Region("XC", "Corvel", CivicSpace.OPEN, ("en",)))


def _covers(world: World, case_id: int, responder: str) -> bool:
    rid = world.ids[responder]
    found = [s for s in world.as_("Sol Vantine").wellbeing.suggest_assignees(case_id)
             if s.responder_id == rid]
    return bool(found) and Reason.of(Why.COVERS_REGION, region="XC") in found[0].reasons


def test_a_surge_roster_covers_the_region_only_while_active(world: World) -> None:
    _with_region_xc(world)
    boss = world.as_("Sol Vantine")
    case_id, _ = boss.cases.open_case(draft("Raid in Corvel", region="XC"))
    assert not _covers(world, case_id, "Cyd Marlo")
    now = world.clock.now()
    with pytest.raises(ValidationError, match="roster is not known") as err:
        boss.wellbeing.declare_surge("XC", now, now + timedelta(hours=4), "Raid", roster=[999])
    assert err.value.field == "roster"
    boss.wellbeing.declare_surge("XC", now, now + timedelta(hours=4), "Raid",
                                 roster=[world.ids["Cyd Marlo"]])
    assert _covers(world, case_id, "Cyd Marlo") and not _covers(world, case_id, "Bram Oduya")
    load = world.as_("Sol Vantine").wellbeing.check(case_id, world.ids["Cyd Marlo"])
    assert load.allowed
    world.clock.advance(timedelta(hours=5))  # the surge ended by itself
    assert not _covers(world, case_id, "Cyd Marlo")


def test_individual_limits_stay_in_force_for_the_roster(world: World) -> None:
    _with_region_xc(world)
    boss = world.as_("Sol Vantine")
    cyd = world.ids["Cyd Marlo"]
    now = world.clock.now()
    boss.wellbeing.declare_surge("XC", now, now + timedelta(hours=4), "Raid", roster=[cyd])
    boss.cases.open_case(draft("Load 1", cyd))
    boss.cases.open_case(draft("Load 2", cyd))
    case_id, _ = boss.cases.open_case(draft("Raid in Corvel", region="XC"))
    assert cyd not in {s.responder_id for s in boss.wellbeing.suggest_assignees(case_id)}
    with pytest.raises(ValidationError, match="would hold 3 open cases"):
        boss.cases.open_case(draft("One more", cyd, region="XC"))
    roster = boss.store.db.execute("SELECT responder_id FROM surge_roster").fetchall()
    assert roster == [(cyd,)]


def test_declaring_a_surge_with_a_roster_is_audited_by_ids(world: World) -> None:
    boss = world.as_("Sol Vantine")
    cyd = world.ids["Cyd Marlo"]
    now = world.clock.now()
    boss.wellbeing.declare_surge("XA", now, now + timedelta(hours=1), "Raid", roster=[cyd, cyd])
    detail = boss.store.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'surge.declared'").fetchone()[0]
    assert f'"roster":[{cyd}]' in detail.replace(" ", "")


def test_suggestions_for_a_new_case_follow_the_surge_and_the_defender(world: World) -> None:
    """The intake form asks before the case exists: a surge's boost to P1 counts against the P1
    limit, and a pseudonym already known here brings continuity."""
    boss = world.as_("Sol Vantine")
    now = world.clock.now()
    bram, cyd = world.ids["Bram Oduya"], world.ids["Cyd Marlo"]
    boss.cases.open_case(draft("Bram's P1", bram, priority=Priority.P1))  # Bram is at the P1 limit
    earlier = replace(draft("Earlier case", cyd), new_defender=NewDefender("Sandpiper"))
    boss.cases.open_case(earlier)  # Cyd has worked with "Sandpiper"
    boss.wellbeing.declare_surge("XB", now, now + timedelta(hours=6), "Election week (synthetic)")

    def who(region: str, pseudonym: str = "") -> dict[int, tuple[Reason, ...]]:
        new = replace(draft("Not opened yet", region=region, priority=Priority.P2), new_defender=None)
        return {s.responder_id: s.reasons for s in boss.wellbeing.suggest_for_new(new, pseudonym)}

    assert bram in who("XA") and bram not in who("XB")  # P2 in XB opens as P1
    assert Reason.of(Why.KNOWS_DEFENDER) in who("XA", "Sandpiper")[cyd]
    assert Reason.of(Why.KNOWS_DEFENDER) not in who("XA", "Sandpipe")[cyd]  # exactly that one
    assert boss.store.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 2  # nothing opened
