"""No path can hand a person work over a hard limit without an audited supervisor override."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import CaseStatus, Priority
from hrdcase.services.session import Session
from hrdcase.services.wellbeing_api import PlannedMove
from tests.integration.wellbeing_world import World, draft, make_world

REASON = "Only Bram reads this defender's dialect; cover agreed for the afternoon."


@pytest.fixture
def world(profile_dir: Path, clock: FixedClock) -> World:
    w = make_world(profile_dir, clock, max_open=2)
    yield w
    w.session.close()


def fill(world: World, name: str, n: int = 2) -> None:
    for i in range(n):
        world.session.cases.open_case(draft(f"Load {name} {i}", world.ids[name]))


def version(s: Session, case_id: int) -> int:
    return s.queries.case_detail(case_id).case.version


def overrides(s: Session) -> list[tuple]:
    return s.store.db.execute("SELECT case_id, responder_id, limits, reason FROM overrides").fetchall()


def override_audits(s: Session) -> list[dict]:
    import json
    return [json.loads(d) for (d,) in s.store.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'assignment.override'")]


def _assign(s: Session, case_id: int, to: int, reason: str | None) -> None:
    s.cases.assign(case_id, to, version(s, case_id), override_reason=reason)


def _edit(s: Session, case_id: int, to: int, reason: str | None) -> None:
    s.cases.edit(case_id, version(s, case_id), reassign=True, assignee_id=to, override_reason=reason)


def _suggest_then_assign(s: Session, case_id: int, to: int, reason: str | None) -> None:
    suggested = [x.responder_id for x in s.wellbeing.suggest_assignees(case_id)]
    assert to not in suggested and suggested  # never someone the check refuses; others are offered
    _assign(s, case_id, to, reason)  # auto-assign takes the same path as a manual assign


PATHS: dict[str, Callable[[Session, int, int, str | None], None]] = {
    "assign": _assign, "edit": _edit, "auto-assign": _suggest_then_assign,
}


@pytest.mark.parametrize("path", list(PATHS))
def test_an_assignment_over_the_open_case_limit_needs_a_supervisor_override(world: World, path: str) -> None:
    fill(world, "Bram Oduya")
    case_id, _ = world.session.cases.open_case(draft("Unassigned"))
    bram = world.ids["Bram Oduya"]
    with pytest.raises(ValidationError, match="would hold 3 open cases; the limit is 2") as err:
        PATHS[path](world.session, case_id, bram, None)
    assert err.value.field == "assignee"
    with pytest.raises(ValidationError, match="Only a supervisor"):  # a responder cannot override
        PATHS[path](world.session, case_id, bram, REASON)
    assert overrides(world.session) == []
    boss = world.as_("Sol Vantine")
    PATHS[path](boss, case_id, bram, REASON)
    assert boss.queries.case_detail(case_id).case.assignee_id == bram
    assert overrides(boss) == [(case_id, bram, "open_cases", REASON)]
    [detail] = override_audits(boss)
    assert detail == {"case_id": case_id, "responder_id": bram, "limits": ["open_cases"],
                      "override_id": 1}


def test_open_case_with_an_assignee_at_the_limit(world: World) -> None:
    fill(world, "Bram Oduya")
    bram = world.ids["Bram Oduya"]
    with pytest.raises(ValidationError, match="would hold 3 open cases") as err:
        world.session.cases.open_case(draft("Third", bram))
    assert err.value.field == "assignee"
    with pytest.raises(ValidationError, match="Only a supervisor"):
        world.session.cases.open_case(draft("Third", bram), override_reason=REASON)
    count = world.session.store.db.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert count == 2  # the refused opens stored nothing
    boss = world.as_("Sol Vantine")
    case_id, _ = boss.cases.open_case(draft("Third", bram), override_reason=REASON)
    assert overrides(boss) == [(case_id, bram, "open_cases", REASON)]
    assert override_audits(boss)[0]["case_id"] == case_id


def test_a_reopen_with_an_assignee_at_the_limit(world: World) -> None:
    bram = world.ids["Bram Oduya"]
    case_id, _ = world.session.cases.open_case(draft("Will close", bram))
    s = world.session
    for target in (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED):
        s.cases.change_status(case_id, target, version(s, case_id))
    fill(world, "Bram Oduya")
    with pytest.raises(ValidationError, match="would hold 3 open cases"):
        s.cases.change_status(case_id, CaseStatus.IN_PROGRESS, version(s, case_id))
    with pytest.raises(ValidationError, match="would hold 3 open cases"):  # the edit form's path
        s.cases.edit(case_id, version(s, case_id), status=CaseStatus.IN_PROGRESS)
    with pytest.raises(ValidationError, match="Only a supervisor"):
        s.cases.change_status(case_id, CaseStatus.IN_PROGRESS, version(s, case_id), REASON)
    # reopening while handing it to someone with room is fine (only the receiver is checked)
    cyd = world.ids["Cyd Marlo"]
    s.cases.edit(case_id, version(s, case_id), status=CaseStatus.IN_PROGRESS, reassign=True,
                 assignee_id=cyd)
    assert s.queries.case_detail(case_id).case.assignee_id == cyd
    s.cases.edit(case_id, version(s, case_id), status=CaseStatus.RESOLVED, reassign=True,
                 assignee_id=bram)  # handing a resolved case is not handing work: not checked
    boss = world.as_("Sol Vantine")
    boss.cases.change_status(case_id, CaseStatus.IN_PROGRESS, version(boss, case_id), REASON)
    assert overrides(boss) == [(case_id, bram, "open_cases", REASON)]


def test_p1_limit_and_all_breaches_listed(world: World) -> None:
    bram = world.ids["Bram Oduya"]
    world.session.cases.open_case(draft("P1 one", bram, Priority.P1))
    world.session.cases.open_case(draft("P3 two", bram))
    with pytest.raises(ValidationError) as err:
        world.session.cases.open_case(draft("P1 three", bram, Priority.P1))
    assert "open cases" in str(err.value) and "P1 cases at once" in str(err.value)


def test_apply_rebalance_rechecks_every_move(world: World) -> None:
    ada, bram, cyd = (world.ids[n] for n in ("Ada Quillon", "Bram Oduya", "Cyd Marlo"))
    boss = world.as_("Sol Vantine")
    boss.cases.open_case(draft("Over 1", ada))
    boss.cases.open_case(draft("Over 2", ada))
    third, _ = boss.cases.open_case(draft("Over 3", ada), override_reason=REASON)
    fourth, _ = boss.cases.open_case(draft("Over 4", ada), override_reason=REASON)
    review = boss.wellbeing.propose_rebalance()
    assert len(review.moves) == 2 and {m.from_id for m in review.moves} == {ada}
    assert all(m.case_ref.startswith("C-") and m.to_name and m.case_title for m in review.moves)
    fill(world, "Bram Oduya")  # Bram is now full: a move to him breaks the open-case limit
    move = PlannedMove(fourth, "", "", ada, "Ada Quillon", bram, "Bram Oduya", (), "Call her first.")
    ok = PlannedMove(third, "", "", ada, "Ada Quillon", cyd, "Cyd Marlo", (), "Call her first.")
    before = boss.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(ValidationError, match="would hold 3 open cases"):
        boss.wellbeing.apply_rebalance([ok, move])
    assert boss.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    assert boss.queries.case_detail(third).case.assignee_id == ada  # the whole apply was refused
    changes = boss.wellbeing.apply_rebalance([ok])
    assert third in changes.cases
    assert boss.queries.case_detail(third).case.assignee_id == cyd
    actions = [a for (a,) in boss.store.db.execute(
        "SELECT action FROM audit_log WHERE case_id = ? ORDER BY seq", (third,))]
    assert actions[-2:] == ["case.assigned", "handover.noted"]
    assert "Call her first" not in str(boss.store.db.execute("SELECT detail FROM audit_log").fetchall())
    notes = world.as_("Cyd Marlo").wellbeing.handover_notes()
    assert [(n[1], n[3]) for n in notes] == [(third, "Call her first.")]


def test_graphic_cutoff_refuses_graphic_work_only(world: World) -> None:
    from datetime import timedelta

    from hrdcase.models.enums import IncidentCategory

    world.clock.advance(timedelta(hours=8))  # 17:00 UTC
    cyd = world.ids["Cyd Marlo"]
    with pytest.raises(ValidationError, match="no graphic work is assigned after 16:00"):
        world.session.cases.open_case(draft("Graphic", cyd, category=IncidentCategory.NCII))
    world.session.cases.open_case(draft("Not graphic", cyd))


def test_auto_assign_goes_through_the_guard_and_never_overrides(world: World) -> None:
    """`auto_assign` hands the case to the best suggestion through the guarded assign; with
    everyone at the limit it refuses, records no override and leaves the case unassigned."""
    s = world.session
    names = [name for name in world.ids if name != "Cyd Marlo"]
    for name in names:
        fill(world, name)  # everyone but Cyd is at the open-case limit (2)
    first, _ = s.cases.open_case(draft("First unassigned"))
    chosen, _ = s.wellbeing.auto_assign(first)
    assert chosen == world.ids["Cyd Marlo"]
    assert s.queries.case_detail(first).case.assignee_id == chosen
    fill(world, "Cyd Marlo", 1)  # now Cyd is full too
    second, _ = s.cases.open_case(draft("Second unassigned"))
    with pytest.raises(ValidationError, match="No one can take this case") as err:
        world.as_("Sol Vantine").wellbeing.auto_assign(second)  # not even for a supervisor
    assert err.value.field == "assignee"
    assert s.queries.case_detail(second).case.assignee_id is None
    assert overrides(s) == [] and override_audits(s) == []


def test_casework_is_offered_only_to_people_whose_roles_take_cases(world: World) -> None:
    """Ana Admin holds only the admin role: never suggested, never auto-assigned, even when she is
    the only one with room left."""
    for name in ("Ada Quillon", "Bram Oduya", "Cyd Marlo", "Sol Vantine"):
        fill(world, name)
    case_id, _ = world.session.cases.open_case(draft("Nobody with room but the admin"))
    assert world.session.wellbeing.suggest_assignees(case_id) == []
    assert world.session.wellbeing.suggest_for_new(draft("Not opened yet")) == []
    with pytest.raises(ValidationError, match="No one can take this case"):
        world.session.wellbeing.auto_assign(case_id)
