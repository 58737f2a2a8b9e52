"""One deadline rule, every surface: each priority's `warning_before` in the SLA policy is the only
definition of "near breach" (`models.sla.deadline_state`). A P1 case 90 minutes from its deadline
(lead 30 min) is near nowhere; a P2 case 90 minutes out (lead 2 h) is near everywhere; a breached
case is breached, never counted near; a resolved case has no running deadline. The screens are
checked in tests/ui/test_deadline_rule.py on the same world (tests/deadline_world.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.deadline_world import DeadlineWorld, make_deadline_world
from tests.integration.test_cli import hrdcase


@pytest.fixture
def dw(profile_dir: Path) -> Iterator[DeadlineWorld]:
    world = make_deadline_world(profile_dir)
    yield world
    world.session.close()


def test_dashboard_near_breach_excludes_breached_and_follows_the_lead(dw: DeadlineWorld) -> None:
    boss = dw.world.as_("Sol Vantine")  # the same store: closed with the world
    rows = {o.name: o for o in boss.wellbeing.team_overview()}
    # Near P2 only: not the calm P1 (outside its 30 min lead), not the breached P1, not the resolved
    assert rows["Bram Oduya"].near_breach == 1
    assert rows["Bram Oduya"].open_cases == 3


def test_cli_case_list_due_state(dw: DeadlineWorld, profile_dir: Path) -> None:
    dw.session.close()  # the CLI opens the profile itself
    listed = hrdcase("case", "list", "--status", "all", "--json", "--profile", str(profile_dir))
    assert listed.returncode == 0, listed.stderr
    cases = {c["title"]: c for c in json.loads(listed.stdout)["cases"]}
    assert {t: c["due_state"] for t, c in cases.items()} == {
        "Calm P1": "ok", "Near P2": "warning", "Late P1": "breached", "Done P1": "none"}
    assert cases["Done P1"]["due"] is None  # no deadline is running once it is resolved
    table = hrdcase("case", "list", "--status", "all", "--profile", str(profile_dir))
    assert table.returncode == 0, table.stderr
    lines = {line.split()[0]: line for line in table.stdout.splitlines()[1:]}
    header = table.stdout.splitlines()[0]
    due_at = header.index("DUE")
    due = {ref: lines[ref][due_at:header.index("DEFENDER")].strip() for ref in lines}
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", due[dw.refs["Calm P1"]])  # no mark
    assert due[dw.refs["Near P2"]].endswith(" near")
    assert due[dw.refs["Late P1"]].endswith(" BREACHED")
    assert due[dw.refs["Done P1"]] == "-"


def test_cli_team_load_near_breach(dw: DeadlineWorld, profile_dir: Path) -> None:
    with dw.session.store.transaction() as uow:  # signed in as the supervisor
        uow.settings.set("me", str(dw.world.ids["Sol Vantine"]))
    dw.session.close()
    shown = hrdcase("team", "load", "--json", "--profile", str(profile_dir))
    assert shown.returncode == 0, shown.stderr
    people = {p["name"]: p for p in json.loads(shown.stdout)["people"]}
    assert people["Bram Oduya"]["near_breach"] == 1
    assert people["Ada Quillon"]["near_breach"] == 0
    text = hrdcase("team", "load", "--profile", str(profile_dir))
    assert text.returncode == 0, text.stderr
    header, *rows = text.stdout.splitlines()
    near_at = header.index("NEAR")
    bram = next(r for r in rows if r.startswith("Bram Oduya"))
    assert bram[near_at:].split()[0] == "1"


@pytest.mark.parametrize(("title", "first", "next_state"), [
    ("Calm P1", "ok", "ok"), ("Near P2", "warning", "warning"), ("Late P1", "breached", "breached"),
    ("Done P1", "breached", "none"),
])
def test_cli_case_show_json_states(dw: DeadlineWorld, profile_dir: Path, title: str, first: str,
                                   next_state: str) -> None:
    dw.session.close()
    shown = hrdcase("case", "show", dw.refs[title], "--json", "--profile", str(profile_dir))
    assert shown.returncode == 0, shown.stderr
    deadlines = json.loads(shown.stdout)["deadlines"]
    assert deadlines["first_response"]["state"] == first
    assert deadlines["next_breach_state"] == next_state
