"""An organisation from an empty machine, driven only through the two command lines, as an operator
would: `hrdcase-server init`, the first admin's `hrdcase join`, invitations, joins, confirmations.
Runs on the embedded SQLite server and, in CI, on PostgreSQL (HRDCASE_TEST_PG)."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
from pathlib import Path

import pytest

from hrdcase import cli
from hrdcase.bootstrap import Unlocker
from tests.conftest import FAST_KDF
from tests.integration.test_cli import assert_one_line_error, hrdcase
from tests.server.test_real_server import assert_no_names, server_cli

PASS = "correct horse battery staple 7"
NAMES = {"admin": "Ilse Vantongeren", "responder": "Oskar Brindlewood", "supervisor": "Maren Quastfeld"}


def hrdcase_here(*args: str) -> subprocess.CompletedProcess:
    """The command line in this process (the same `main`, stdout and stderr captured), so that new
    profiles can use the cheap test KDF; one join below runs as a real subprocess."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def run(*args: str) -> str:
    result = hrdcase_here(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(autouse=True)
def _cheap_kdf_and_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    create = Unlocker.create
    monkeypatch.setattr(Unlocker, "create", lambda self, passphrase, kdf=FAST_KDF: create(
        self, passphrase, FAST_KDF))
    monkeypatch.setenv("HRDCASE_PASSPHRASE", PASS)


def people(profile: Path) -> dict[str, dict]:
    doc = json.loads(run("people", "list", "--refresh", "--json", "--profile", str(profile)))
    return {p["name"]: p for p in doc}


@pytest.fixture
def org(server_db: str, servers: list[str], tmp_path: Path) -> dict[str, Path]:
    result = server_cli("init", "--org", "Org Delta", "--db", server_db)
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip().splitlines()[-1]
    admin = tmp_path / "admin"
    first = hrdcase("join", "--profile", str(admin), "--server", servers[0], "--token", token,
                    "--name", NAMES["admin"], passphrase=PASS)  # a real process, real Argon2id
    assert first.returncode == 0 and "first admin" in first.stdout, first.stderr
    profiles = {"admin": admin}
    for role in ("responder", "supervisor"):
        invite = run("people", "invite", "--name", NAMES[role], "--role", role, "--language", "sw",
                     "--language", "EN", "--region", "ke", "--profile", str(admin))
        token = invite.strip().splitlines()[-1]
        profiles[role] = tmp_path / role
        joined = run("join", "--profile", str(profiles[role]), "--server", servers[-1], "--token", token,
                     "--name", NAMES[role])
        fingerprint = joined.strip().splitlines()[-1]
        assert len(fingerprint) == 39 and fingerprint.count("-") == 7
        again = hrdcase_here("join", "--profile", str(tmp_path / f"{role}-again"), "--server",
                             servers[0], "--token", token, "--name", "Someone Else")
        assert_one_line_error(again, "already used")
        assert not (tmp_path / f"{role}-again" / "key.json").exists()  # no half-made profile
        pending = people(profiles[role])  # before confirmation: only itself, and no verified role
        assert pending[NAMES[role]]["roles"] == []
        run("people", "confirm-device", fingerprint.lower().replace("-", " "), "--profile", str(admin))
    return profiles


def test_an_organisation_from_an_empty_machine(org: dict[str, Path], server_db: str) -> None:
    for who, profile in org.items():
        seen = people(profile)
        assert set(seen) == set(NAMES.values()), who  # names opened with the team key on every device
        assert seen[NAMES["admin"]]["roles"] == ["admin", "responder", "supervisor"]
        assert seen[NAMES["responder"]]["roles"] == ["responder"]
        assert seen[NAMES["supervisor"]]["roles"] == ["supervisor"]
        assert (seen[NAMES["responder"]]["languages"], seen[NAMES["responder"]]["regions"]) == (
            ["sw", "en"], ["KE"])  # sealed with the name, opened on every device
        assert all(d["status"] == "confirmed" for p in seen.values() for d in p["devices"])
        assert {team for p in seen.values() for team in p["teams"]} == {"Team 1"}  # the server's name
    assert_no_names(server_db)  # the server holds ids, roles and keys; names only sealed


def test_an_admin_changes_roles_and_every_device_sees_it(org: dict[str, Path]) -> None:
    responder_id = people(org["admin"])[NAMES["responder"]]["id"]
    run("people", "set-roles", str(responder_id), "--role", "responder", "--role", "shift_lead",
        "--profile", str(org["admin"]))
    assert people(org["supervisor"])[NAMES["responder"]]["roles"] == ["responder", "shift_lead"]
    mine = people(org["responder"])
    run("people", "add-team", "Team Kestrel", "--profile", str(org["admin"]))
    run("people", "set-roles", str(responder_id), "--role", "responder", "--team", "Team Kestrel",
        "--team", "Team 1", "--profile", str(org["admin"]))
    seen = people(org["responder"])  # its device now holds the new team's key, and sees the team
    assert seen[NAMES["responder"]]["teams"] == ["Team 1", "Team Kestrel"]
    assert seen[NAMES["admin"]]["teams"] == ["Team 1", "Team Kestrel"]
    session = Unlocker(org["responder"]).with_passphrase(PASS)
    try:
        with session.store.read() as uow:
            assert len({u for u in uow.identity.team_uuids().values() if uow.identity.team_key(u)}) == 2
    finally:
        session.close()
    refused = hrdcase_here("people", "set-roles", str(mine[NAMES["responder"]]["id"]), "--role", "admin",
                           "--profile", str(org["responder"]))
    assert_one_line_error(refused, "Only an admin")


def test_a_role_edited_in_a_local_database_counts_for_nothing(org: dict[str, Path]) -> None:
    assert people(org["responder"])[NAMES["responder"]]["roles"] == ["responder"]
    session = Unlocker(org["responder"]).with_passphrase(PASS)
    try:
        db = session.store.db
        with db.transaction():
            record, = db.execute("SELECT record FROM role_records WHERE person_id = "
                                 "(SELECT person_id FROM identity)").fetchone()
            forged = json.loads(record)
            forged["roles"] = ["admin", "responder", "supervisor"]
            db.execute("UPDATE role_records SET record = ? WHERE person_id = ?",
                       (json.dumps(forged, sort_keys=True, separators=(",", ":")), forged["person_id"]))
            db.execute("UPDATE responders SET role = 'admin,supervisor'")
    finally:
        session.close()
    listing = json.loads(run("people", "list", "--json", "--profile", str(org["responder"])))
    mine = next(p for p in listing if p["name"] == NAMES["responder"])
    assert mine["roles"] == []  # the forged record fails its signature: no role at all
    refused = hrdcase_here("people", "invite", "--name", "Nobody Real", "--role", "admin",
                           "--profile", str(org["responder"]))
    assert_one_line_error(refused, "Only an admin")


def test_a_revoked_device_is_refused_by_the_server(org: dict[str, Path]) -> None:
    listing = json.loads(run("people", "list", "--json", "--profile", str(org["admin"])))
    fingerprint = next(p for p in listing if p["name"] == NAMES["supervisor"])["devices"][0]["fingerprint"]
    run("people", "revoke-device", fingerprint, "--profile", str(org["admin"]))
    refused = hrdcase_here("people", "list", "--refresh", "--profile", str(org["supervisor"]))
    assert_one_line_error(refused, "revoked")
    session = Unlocker(org["supervisor"]).with_passphrase(PASS)
    try:
        identity = session.identity()
        assert identity is not None and identity.status == "revoked"  # remembered on the device
    finally:
        session.close()
    seen = people(org["admin"])
    assert seen[NAMES["supervisor"]]["devices"][0]["status"] == "revoked"


def test_reports_imported_on_one_device_reach_the_others_with_hrdcase_sync(
        org: dict[str, Path], server_db: str, tmp_path: Path) -> None:
    report = {"source_id": "synthetic-1", "submitted_at": "2026-11-30T08:00:00Z",
              "title": "Kestreltitle: an invented account was taken over",
              "description": "Ibisdescription of a synthetic takeover", "category": "account_compromise",
              "region": "KE", "language": "sw", "priority": "P2", "defender": {"pseudonym": "Heron"}}
    lines = tmp_path / "reports.jsonl"
    lines.write_text(json.dumps(report) + "\n")
    run("intake", "import", str(lines), "--profile", str(org["responder"]))
    assert "to send" in run("sync", "--status", "--profile", str(org["responder"]))
    sent = run("sync", "--profile", str(org["responder"])).strip()
    assert sent.startswith("Synced: sent ") and sent.endswith("conflicts 0.") and "still" not in sent
    received = run("sync", "--profile", str(org["supervisor"])).strip()
    assert received.startswith("Synced: sent ") and ", received 0," not in received
    listing = json.loads(run("case", "list", "--json", "--profile", str(org["supervisor"])))
    assert [c["title"] for c in listing["cases"]] == [report["title"]]
    status = json.loads(run("sync", "--status", "--json", "--profile", str(org["supervisor"])))
    assert (status["pending"], status["conflicts"], status["last_error"]) == (0, 0, None)
    assert run("conflicts", "list", "--profile", str(org["supervisor"])).strip() == "No conflicts to resolve."
    refused = hrdcase_here("escalations", "--profile", str(org["responder"]))
    assert_one_line_error(refused, "shift lead")
    assert_no_names(server_db)
    dump = _server_text(server_db)
    for secret in (report["title"], report["description"], "Heron"):
        assert secret not in dump


def _server_text(url: str) -> str:
    import sqlalchemy as sa

    from hrdcase.server import tables
    from hrdcase.server.db import open_engine

    engine = open_engine(url)
    try:
        with engine.connect() as conn:
            return "\n".join(repr(tuple(row)) for table in tables.metadata.sorted_tables
                             for row in conn.execute(sa.select(table)))
    finally:
        engine.dispose()


def test_a_revoked_device_is_wiped_at_its_next_sync(org: dict[str, Path]) -> None:
    run("sync", "--profile", str(org["supervisor"]))
    listing = json.loads(run("people", "list", "--json", "--profile", str(org["admin"])))
    fingerprint = next(p for p in listing if p["name"] == NAMES["supervisor"])["devices"][0]["fingerprint"]
    run("people", "revoke-device", fingerprint, "--profile", str(org["admin"]))
    wiped = hrdcase_here("sync", "--profile", str(org["supervisor"]))
    assert_one_line_error(wiped, "An admin of Org Delta revoked this device. Its caseload was wiped")
    assert not (org["supervisor"] / "key.json").exists() and not (org["supervisor"] / "caseload.db").exists()
    assert "Synced" in run("sync", "--profile", str(org["responder"]))  # the others go on
