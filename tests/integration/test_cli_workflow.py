"""The case workflow on the command line (issue 10, item 5), through subprocesses on a real
SQLCipher profile: edit, triage, risk notes, decisions and appeals, playbooks, notifications,
`case show --json` with everything the case view shows, graphic text withheld, `--version`."""

from __future__ import annotations

import json
import random
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

import hrdcase as package
from hrdcase.bootstrap import Unlocker
from hrdcase.demo.evidence import synthetic_png
from hrdcase.models.entities import Region, Responder
from hrdcase.models.enums import CivicSpace, IncidentCategory, Priority, Role
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.wellbeing.policy import load_policy, policy_to_dict
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.test_cli import assert_one_line_error, hrdcase

GRAPHIC_TEXT = "Synthetic graphic description, withheld by default."
REASON = "Synthetic: cover agreed with the desk for this week."


def _as(profile_dir: Path, me: int) -> None:
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    with session.store.transaction() as uow:
        uow.settings.set("me", str(me))
    session.close()


@pytest.fixture
def desk(profile_dir: Path) -> dict[str, object]:
    """Bram holds one P1 case and a P3 case (the limits: two open cases, one P1 at a time); Ada
    holds a case with a graphic incident and a graphic image; one case waits unassigned; Sol is
    a supervisor."""
    session = Unlocker(profile_dir).create(PASSPHRASE, FAST_KDF)
    with session.store.transaction() as uow:
        uow.reference.add_region(Region("NV", "Norvale", CivicSpace.REPRESSED, ("en",)))
        desk_id = uow.reference.add_team("Desk Synthetic")
        ids = {name: uow.reference.add_responder(
                   Responder(0, name, desk_id, frozenset({role}), ("en",), ("NV",)))
               for name, role in (("Ada Quillon", Role.RESPONDER), ("Bram Oduya", Role.RESPONDER),
                                  ("Sol Vantine", Role.SUPERVISOR))}
        # No graphic cut-off: the desk is built on the real clock, at whatever hour the suite runs.
        policy = replace(load_policy(), max_open_cases=2, max_concurrent_p1=1, graphic_cutoff_hour=24)
        uow.wellbeing.add_policy(1, policy_to_dict(policy), session.clock.now(), None)
    session.close()
    _as(profile_dir, ids["Ada Quillon"])
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    refs = {}
    for key, assignee, priority, graphic in (
            ("p1", ids["Bram Oduya"], Priority.P1, False),
            ("p3", ids["Bram Oduya"], Priority.P3, False),
            ("graphic", ids["Ada Quillon"], Priority.P2, True),
            ("spare", None, Priority.P3, False)):
        text = GRAPHIC_TEXT if graphic else "Invented report, nothing graphic."
        case_id, _ = session.cases.open_case(NewCase(
            f"Synthetic {key}", IncidentCategory.ACCOUNT_COMPROMISE, "NV", "en", text,
            priority=priority, new_defender=NewDefender(f"Heron {key}"), assignee_id=assignee,
            graphic=graphic))
        detail = session.queries.case_detail(case_id)
        refs[key] = detail.case.ref
        if graphic:
            session.evidence.attach(detail.incidents[0].id, synthetic_png(random.Random(3)),
                                    "synthetic-evidence-name.png")
    session.close()
    return {"ids": ids, "refs": refs}


def run(profile_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return hrdcase(*args, "--profile", str(profile_dir))


def show(profile_dir: Path, ref: str, *extra: str) -> dict:
    result = run(profile_dir, "case", "show", ref, "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_graphic_text_is_withheld_unless_asked(profile_dir: Path, desk: dict) -> None:
    ref = desk["refs"]["graphic"]
    text = run(profile_dir, "case", "show", ref)
    assert text.returncode == 0, text.stderr
    assert GRAPHIC_TEXT not in text.stdout
    assert "withheld" in text.stdout
    doc = show(profile_dir, ref)
    assert GRAPHIC_TEXT not in json.dumps(doc)
    assert doc["incidents"][0]["graphic"] is True
    assert doc["incidents"][0]["description"] is None
    shown = show(profile_dir, ref, "--show-graphic")
    assert shown["incidents"][0]["description"] == GRAPHIC_TEXT
    assert shown["evidence"][0]["name"] == "synthetic-evidence-name.png"
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    kinds = [k for (k,) in session.store.db.execute(
        "SELECT kind FROM exposure_events ORDER BY id").fetchall()]
    session.close()
    assert kinds == ["reveal", "hide"]  # only --show-graphic is a reveal in Ada's ledger


def test_version(profile_dir: Path) -> None:
    result = hrdcase("--version", passphrase=None)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"hrdcase {package.__version__}"


def test_edit_that_raises_priority_is_refused_until_a_supervisor_overrides(
        profile_dir: Path, desk: dict) -> None:
    ref = desk["refs"]["p3"]
    refused = run(profile_dir, "case", "edit", ref, "--priority", "P1")
    assert_one_line_error(refused, "would hold 2 P1 cases at once; the limit is 1")
    assert show(profile_dir, ref)["priority"] == "P3"
    not_supervisor = run(profile_dir, "case", "edit", ref, "--priority", "P1",
                         "--override-reason", REASON)
    assert_one_line_error(not_supervisor, "Only a supervisor")
    _as(profile_dir, desk["ids"]["Sol Vantine"])
    ok = run(profile_dir, "case", "edit", ref, "--priority", "P1", "--override-reason", REASON)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == f"{ref}: saved."
    assert show(profile_dir, ref)["priority"] == "P1"
    load = json.loads(run(profile_dir, "team", "load", "--json").stdout)
    bram = next(p for p in load["people"] if p["name"] == "Bram Oduya")
    assert {"limit": "concurrent_p1", "overridden": True} in bram["breached"]


def test_edit_fields_status_and_its_errors(profile_dir: Path, desk: dict) -> None:
    ref = desk["refs"]["spare"]
    ok = run(profile_dir, "case", "edit", ref, "--title", "Synthetic renamed", "--severity",
             "severe", "--status", "triaged")
    assert ok.returncode == 0, ok.stderr
    doc = show(profile_dir, ref)
    assert (doc["title"], doc["severity"], doc["status"]) == ("Synthetic renamed", "severe",
                                                              "triaged")
    same = run(profile_dir, "case", "edit", ref, "--title", "Synthetic renamed")
    assert same.stdout.strip() == f"{ref}: nothing changed."
    assert_one_line_error(run(profile_dir, "case", "edit", ref), "Nothing to change")
    assert_one_line_error(run(profile_dir, "case", "edit", ref, "--status", "closed"),
                          "cannot go from triaged to closed")
    assert_one_line_error(run(profile_dir, "case", "edit", "C-0000-0000-0000", "--title", "X"))
    assert_one_line_error(run(profile_dir, "case", "edit", ref, "--region", "ZZ"), "region")


def test_triage_shows_then_applies_and_a_raise_passes_the_guard(
        profile_dir: Path, desk: dict) -> None:
    spare = desk["refs"]["spare"]
    preview = run(profile_dir, "case", "triage", spare, "--json")
    assert preview.returncode == 0, preview.stderr
    doc = json.loads(preview.stdout)
    assert doc["applied"] is False and doc["priority"] == "P3"
    assert ["civic_space", "repressed"] in doc["reasons"]
    assert show(profile_dir, spare)["status"] == "new"  # only shown
    applied = run(profile_dir, "case", "triage", spare, "--apply")
    assert applied.returncode == 0, applied.stderr
    assert f"{spare}: triaged as {doc['proposed']}" in applied.stdout
    after = show(profile_dir, spare)
    assert (after["status"], after["priority"]) == ("triaged", doc["proposed"])
    assert after["deadlines"]["triage_reasons"] == doc["reasons"]
    # Bram's P3 case made critical: triage proposes P1, past his one-P1 limit
    p3 = desk["refs"]["p3"]
    assert run(profile_dir, "case", "edit", p3, "--severity", "critical").returncode == 0
    assert_one_line_error(run(profile_dir, "case", "triage", p3, "--apply"),
                          "P1 cases at once; the limit is 1")
    assert show(profile_dir, p3)["priority"] == "P3"


def test_risk_note(profile_dir: Path, desk: dict) -> None:
    ref = desk["refs"]["spare"]
    ok = run(profile_dir, "case", "risk-note", ref, "--threat", "Synthetic smear: campaign:5",
             "--vulnerability", "Public address:4", "--capacity", "Digital security:2",
             "--gender-factor", "woman_hrd", "--rationale", "Invented.")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith(f"{ref}: risk high (10.0)")
    note = show(profile_dir, ref)["risk_notes"][0]
    assert note["threats"] == [["Synthetic smear: campaign", 5]]
    assert note["gender_factors"] == ["woman_hrd"]
    assert_one_line_error(run(profile_dir, "case", "risk-note", ref, "--threat", "No score"),
                          "LABEL:SCORE")
    assert_one_line_error(run(profile_dir, "case", "risk-note", ref, "--threat", "Six:6",
                              "--vulnerability", "V:1"), "from 1 to 5")


def test_playbook_and_notify(profile_dir: Path, desk: dict) -> None:
    ref = desk["refs"]["graphic"]
    attached = run(profile_dir, "case", "playbook", ref, "--attach", "lock_down", "--json")
    assert attached.returncode == 0, attached.stderr
    tasks = json.loads(attached.stdout)["tasks"]
    assert tasks and {t["playbook"] for t in tasks} == {"lock_down"}
    done = run(profile_dir, "case", "playbook", ref, "--done", str(tasks[0]["id"]),
               "--reason", "Synthetic: done with the defender.")
    assert done.returncode == 0, done.stderr
    assert_one_line_error(run(profile_dir, "case", "playbook", ref, "--skip",
                              str(tasks[1]["id"])), "--reason")
    other = desk["refs"]["spare"]
    assert_one_line_error(run(profile_dir, "case", "playbook", other, "--done",
                              str(tasks[1]["id"])), "not one of this case's")
    sent = run(profile_dir, "case", "notify", ref, "--channel", "signal", "--vetted-by",
               "Sol Vantine", "--consent-at", "now", "--consent-method", "verbal")
    assert sent.returncode == 0, sent.stderr
    assert_one_line_error(run(profile_dir, "case", "notify", ref, "--channel", "signal",
                              "--vetted-by", "Sol Vantine", "--consent-at", "2026-01-01T10:00",
                              "--consent-method", "verbal"), "time zone")
    doc = show(profile_dir, ref)
    assert doc["tasks"][0]["status"] == "done"
    assert doc["tasks"][0]["done_by"] == "Ada Quillon"
    assert doc["notifications"][0]["channel"] == "signal"
    assert doc["notifications"][0]["vetted_by"] == "Sol Vantine"


def test_case_show_json_carries_deadlines_and_evidence_metadata(
        profile_dir: Path, desk: dict) -> None:
    doc = show(profile_dir, desk["refs"]["graphic"])
    deadlines = doc["deadlines"]
    assert deadlines["first_response"]["state"] == "ok"
    assert deadlines["first_response"]["due"] is not None
    assert deadlines["resolution"]["state"] == "ok"
    [image] = doc["evidence"]
    assert image["graphic"] is True and image["name"] is None  # the name may say what it shows
    assert image["mime"] == "image/png" and len(image["sha256"]) == 64 and image["size"] > 0
    assert set(image) >= {"id", "incident_id", "added_at", "added_by"}
    assert "data" not in image and "bytes" not in image
    text = run(profile_dir, "case", "show", desk["refs"]["graphic"])
    assert "Deadlines:" in text.stdout and "Evidence:" in text.stdout


def test_decision_and_appeal_reversal_passes_the_guard(profile_dir: Path, desk: dict) -> None:
    """Bram's P3 case is resolved and he takes the spare case (two open: his limit); a reversal
    on appeal that reopens the P3 case would give him three, so it is refused until a
    supervisor overrides."""
    ref = desk["refs"]["p3"]
    for status in ("escalated", "resolved"):
        assert run(profile_dir, "case", "edit", ref, "--status", status).returncode == 0
    assert run(profile_dir, "case", "assign", desk["refs"]["spare"], "--to",
               "Bram Oduya").returncode == 0
    assert_one_line_error(run(profile_dir, "case", "edit", ref, "--status", "in_progress"),
                          "would hold 3 open cases; the limit is 2")  # a reopen by hand, too
    decided = run(profile_dir, "case", "decide", ref, "--ground", "incompatible_content",
                  "--ground-reference", "Synthetic terms 4.2", "--content-date", "2026-01-02",
                  "--facts", "Invented facts.", "--puid", "synthetic-post-1",
                  "--visibility", "removed")
    assert decided.returncode == 0, decided.stderr
    assert decided.stdout.strip() == f"{ref}: decision #1 recorded."
    assert_one_line_error(run(profile_dir, "case", "decide", ref, "--ground", "illegal_content",
                              "--ground-reference", "X", "--content-date", "2026-01-02",
                              "--facts", "F", "--puid", "p1"), "at least one restriction")
    filed = run(profile_dir, "appeal", "file", "1", "--grounds", "Synthetic grounds.")
    assert filed.returncode == 0, filed.stderr
    assert_one_line_error(run(profile_dir, "appeal", "review", "1", "--reviewer", "Ada Quillon"))
    assert run(profile_dir, "appeal", "review", "1", "--reviewer",
               "Sol Vantine").returncode == 0
    _as(profile_dir, desk["ids"]["Sol Vantine"])
    refused = run(profile_dir, "appeal", "decide", "1", "--outcome", "reversed", "--reasons",
                  "Synthetic: reversed.")
    assert_one_line_error(refused, "would hold 3 open cases; the limit is 2")
    assert show(profile_dir, ref)["status"] == "resolved"
    ok = run(profile_dir, "appeal", "decide", "1", "--outcome", "reversed", "--reasons",
             "Synthetic: reversed.", "--override-reason", REASON)
    assert ok.returncode == 0, ok.stderr
    doc = show(profile_dir, ref)
    assert doc["status"] == "in_progress"
    [decision] = doc["decisions"]
    assert decision["statement_of_reasons"]["decision_visibility"] == (
        "DECISION_VISIBILITY_CONTENT_REMOVED")
    assert decision["decided_by"] == "Ada Quillon"
    appeal = decision["appeal"]
    assert (appeal["status"], appeal["outcome"], appeal["reviewer"]) == (
        "decided", "reversed", "Sol Vantine")
    assert_one_line_error(run(profile_dir, "appeal", "file", "99"))


def test_case_list_columns(profile_dir: Path, desk: dict) -> None:
    result = run(profile_dir, "case", "list")
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.split()[:3] == ["REF", "PRI", "STATUS"]
    assert "ASSIGNEE" in header and "DUE" in header
    ref_w = header.index("PRI")
    assert ref_w == 17  # a 16-character ref and a space
    for row in rows:
        assert row[16] == " " and row[17:19] in ("P1", "P2", "P3", "P4")
        assert "Account compromise" in row
    bram = [r for r in rows if "Bram Oduya" in r]
    assert len(bram) == 2
    assert_one_line_error(run(profile_dir, "case", "list", "--limit", "-1"), "--limit")
    lower = json.loads(run(profile_dir, "case", "list", "--region", "nv", "--json").stdout)
    assert lower["total"] == 4
    assert all(c["due"] for c in lower["cases"])
