"""`hrdcase case assign` and `hrdcase team load` through subprocesses on a real SQLCipher profile:
the same guarded service as the app, refusals as one line listing the breached limits (exit 1),
a supervisor's override with its reason, and each person's load with the breached limits marked
as overridden or not."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.models.entities import Region, Responder
from hrdcase.models.enums import CivicSpace, IncidentCategory, Priority, Role
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.wellbeing.policy import load_policy, policy_to_dict
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.test_cli import assert_one_line_error, hrdcase

REASON = "Synthetic: only Bram reads this dialect; cover agreed."


def _as(profile_dir: Path, me: int) -> None:
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    with session.store.transaction() as uow:
        uow.settings.set("me", str(me))
    session.close()


@pytest.fixture
def team(profile_dir: Path) -> dict[str, object]:
    """Bram holds two open cases (the limit is 2, one P1 at a time); one case is unassigned."""
    session = Unlocker(profile_dir).create(PASSPHRASE, FAST_KDF)
    with session.store.transaction() as uow:
        uow.reference.add_region(Region("NV", "Norvale", CivicSpace.REPRESSED, ("en",)))
        desk = uow.reference.add_team("Desk Synthetic")
        ids = {name: uow.reference.add_responder(
                   Responder(0, name, desk, frozenset({role}), ("en",), ("NV",)))
               for name, role in (("Ada Quillon", Role.RESPONDER), ("Bram Oduya", Role.RESPONDER),
                                  ("Sol Vantine", Role.SUPERVISOR))}
        policy = replace(load_policy(), max_open_cases=2, max_concurrent_p1=1)
        uow.wellbeing.add_policy(1, policy_to_dict(policy), session.clock.now(), None)
    session.close()
    _as(profile_dir, ids["Ada Quillon"])
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    refs = []
    for title, assignee, priority in (("First", ids["Bram Oduya"], Priority.P1),
                                      ("Second", ids["Bram Oduya"], Priority.P3),
                                      ("Waiting", None, Priority.P1)):
        case_id, _ = session.cases.open_case(NewCase(
            f"Synthetic {title}", IncidentCategory.ACCOUNT_COMPROMISE, "NV", "en",
            "Invented report.", priority=priority, new_defender=NewDefender("Heron"),
            assignee_id=assignee))
        refs.append(session.queries.case_detail(case_id).case.ref)
    session.close()
    return {"ids": ids, "refs": refs}


def test_case_assign_is_refused_with_the_breached_limits(profile_dir: Path, team: dict) -> None:
    waiting = team["refs"][2]
    result = hrdcase("case", "assign", waiting, "--to", "Bram Oduya", "--profile", str(profile_dir))
    assert_one_line_error(result, "would hold 3 open cases; the limit is 2",
                          "would hold 2 P1 cases at once; the limit is 1")
    refused = hrdcase("case", "assign", waiting, "--to", str(team["ids"]["Bram Oduya"]),
                      "--override-reason", REASON, "--profile", str(profile_dir))
    assert_one_line_error(refused, "Only a supervisor")  # Ada is a responder
    ok = hrdcase("case", "assign", waiting, "--to", "ada quillon", "--profile", str(profile_dir))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == f"{waiting}: assigned to Ada Quillon."
    shown = json.loads(hrdcase("case", "list", "--profile", str(profile_dir), "--json").stdout)
    assert {c["ref"]: c["assignee"] for c in shown["cases"]}[waiting] == "Ada Quillon"


def test_case_assign_unknown_people_and_refs(profile_dir: Path, team: dict) -> None:
    ref = team["refs"][2]
    assert_one_line_error(hrdcase("case", "assign", ref, "--to", "Nobody Known",
                                  "--profile", str(profile_dir)), "No responder")
    assert_one_line_error(hrdcase("case", "assign", "C-NOPE", "--to", "Ada Quillon",
                                  "--profile", str(profile_dir)))
    unassign = hrdcase("case", "assign", team["refs"][1], "--to", "none", "--profile", str(profile_dir))
    assert unassign.returncode == 0, unassign.stderr
    assert unassign.stdout.strip() == f"{team['refs'][1]}: unassigned."


def test_team_load_marks_breaches_with_and_without_an_override(profile_dir: Path, team: dict) -> None:
    assert_one_line_error(hrdcase("team", "load", "--profile", str(profile_dir)),
                          "Only a supervisor or an admin")  # Ada is a responder
    _as(profile_dir, team["ids"]["Sol Vantine"])
    waiting = team["refs"][2]
    ok = hrdcase("case", "assign", waiting, "--to", "Bram Oduya", "--override-reason", REASON,
                 "--profile", str(profile_dir))
    assert ok.returncode == 0, ok.stderr
    result = hrdcase("team", "load", "--json", "--profile", str(profile_dir))
    assert result.returncode == 0, result.stderr
    people = {p["name"]: p for p in json.loads(result.stdout)["people"]}
    bram = people["Bram Oduya"]
    assert (bram["open_cases"], bram["p1_cases"]) == (3, 2)
    assert (bram["limits"]["open_cases"], bram["limits"]["concurrent_p1"]) == (2, 1)
    assert bram["breached"] == [{"limit": "open_cases", "overridden": True},
                                {"limit": "concurrent_p1", "overridden": True}]
    assert people["Ada Quillon"]["breached"] == [] and people["Ada Quillon"]["open_cases"] == 0
    assert REASON not in result.stdout  # the reason stays in the caseload
    text = hrdcase("team", "load", "--profile", str(profile_dir))
    assert text.returncode == 0, text.stderr
    [row] = [line for line in text.stdout.splitlines() if line.startswith("Bram Oduya")]
    assert "3/2" in row and "2/1" in row and "open_cases (overridden)" in row


def test_team_load_shows_a_breach_nobody_overrode(profile_dir: Path, team: dict) -> None:
    """A lowered limit leaves Bram over it with no override: shown as such."""
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    with session.store.transaction() as uow:
        lowered = replace(load_policy(), version=2, max_open_cases=1, max_concurrent_p1=1)
        uow.wellbeing.add_policy(2, policy_to_dict(lowered), session.clock.now(), None)
        uow.settings.set("me", str(team["ids"]["Sol Vantine"]))
    session.close()
    result = hrdcase("team", "load", "--json", "--profile", str(profile_dir))
    assert result.returncode == 0, result.stderr
    bram = {p["name"]: p for p in json.loads(result.stdout)["people"]}["Bram Oduya"]
    assert bram["breached"] == [{"limit": "open_cases", "overridden": False}]
    text = hrdcase("team", "load", "--profile", str(profile_dir)).stdout
    assert "open_cases (NO override)" in text
