"""The command line, driven as an operator would: subprocesses, exit codes, stderr lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.models.entities import Region, Responder
from hrdcase.models.enums import CaseStatus, CivicSpace, IncidentCategory, Priority
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE


def hrdcase(*args: str, passphrase: str | None = PASSPHRASE,
            env_extra: dict[str, str] | None = None, **kw: object) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "HRDCASE_PASSPHRASE"}
    env.update(env_extra or {})
    if passphrase is not None:
        env["HRDCASE_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "hrdcase.cli", *args],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120, **kw,
    )


def assert_one_line_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("hrdcase: error: ")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture
def caseload(profile_dir: Path) -> dict[str, str]:
    session = Unlocker(profile_dir).create(PASSPHRASE, FAST_KDF)
    with session.store.transaction() as uow:
        uow.reference.add_region(Region("NV", "Norvale", CivicSpace.REPRESSED, ("en", "fr")))
        team = uow.reference.add_team("Team Heron")
        me = uow.reference.add_responder(Responder(0, "Ada Quillon", team))
        uow.settings.set("me", str(me))
    session.close()
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)  # "me" is read at session start
    refs = {}
    for title, pseudonym, category, lang in [
        ("Phishing wave against union lawyer", "Kestrel", IncidentCategory.ACCOUNT_COMPROMISE, "en"),
        ("Fausse page usurpant une journaliste", "Moineau", IncidentCategory.IMPERSONATION, "fr"),
    ]:
        case_id, _ = session.cases.open_case(NewCase(
            title, category, "NV", lang, "Reported by the defender, evidence preserved.",
            priority=Priority.P2, new_defender=NewDefender(pseudonym)))
        refs[pseudonym] = session.queries.case_detail(case_id).case.ref
    session.close()
    return refs


def test_case_list_json_carries_the_queue_fields(profile_dir: Path, caseload: dict[str, str]) -> None:
    result = hrdcase("case", "list", "--profile", str(profile_dir), "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["total"] == 2
    by_ref = {c["ref"]: c for c in doc["cases"]}
    kestrel = by_ref[caseload["Kestrel"]]
    assert kestrel["title"] == "Phishing wave against union lawyer"
    assert kestrel["defender"] == "Kestrel"
    assert kestrel["category"] == "account_compromise"
    assert kestrel["region"] == "NV"
    assert kestrel["language"] == "en"


def test_case_list_filters_and_text(profile_dir: Path, caseload: dict[str, str]) -> None:
    result = hrdcase("--profile", str(profile_dir), "case", "list", "--language", "fr", "--json")
    assert [c["defender"] for c in json.loads(result.stdout)["cases"]] == ["Moineau"]
    result = hrdcase("case", "list", "--profile", str(profile_dir), "--search", "phish", "--json")
    assert [c["defender"] for c in json.loads(result.stdout)["cases"]] == ["Kestrel"]
    table = hrdcase("case", "list", "--profile", str(profile_dir))
    assert table.returncode == 0
    assert caseload["Moineau"] in table.stdout and "2 of 2 cases" in table.stderr


def test_case_show_text_and_json(profile_dir: Path, caseload: dict[str, str]) -> None:
    ref = caseload["Kestrel"]
    text = hrdcase("case", "show", ref.lower(), "--profile", str(profile_dir))
    assert text.returncode == 0, text.stderr
    assert ref in text.stdout and "Timeline:" in text.stdout
    assert "Ada Quillon opened the case (Report from the HRD, P2 – high, " in text.stdout
    doc = json.loads(hrdcase("case", "show", ref, "--profile", str(profile_dir), "--json").stdout)
    assert doc["dsa_category"] == "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS"
    assert doc["civic_space"] == "repressed"
    assert [e["action"] for e in doc["timeline"]] == ["case.opened", "incident.added"]
    assert doc["timeline"][0]["actor"] == "Ada Quillon"


def test_unknown_ref_is_a_user_error(profile_dir: Path, caseload: dict[str, str]) -> None:
    assert_one_line_error(hrdcase("case", "show", "C-0000-0000-0000", "--profile", str(profile_dir)),
                          "C-0000-0000-0000")


def test_wrong_passphrase_one_line_and_nothing_modified(profile_dir: Path, caseload: dict) -> None:
    before = {p.name: p.read_bytes() for p in profile_dir.iterdir() if p.is_file()}
    result = hrdcase("case", "list", "--profile", str(profile_dir), passphrase="not it")
    assert_one_line_error(result, "passphrase")
    after = {p.name: p.read_bytes() for p in profile_dir.iterdir() if p.is_file()}
    assert json.loads(after.pop("attempts.json"))["failures"] == 1  # only the attempt counter
    assert after == before


def test_missing_profile(tmp_path: Path) -> None:
    result = hrdcase("case", "list", "--profile", str(tmp_path / "nowhere"))
    assert_one_line_error(result, "No hrdcase profile")


def test_corrupted_database(profile_dir: Path, caseload: dict) -> None:
    db = profile_dir / "caseload.db"
    data = bytearray(db.read_bytes())
    data[:4096] = os.urandom(4096)
    db.write_bytes(bytes(data))
    assert_one_line_error(hrdcase("case", "list", "--profile", str(profile_dir)), "damaged")


def test_profile_open_elsewhere(profile_dir: Path, caseload: dict) -> None:
    holder = Profile(profile_dir)
    store = holder.unlock(PASSPHRASE)
    try:
        result = hrdcase("case", "list", "--profile", str(profile_dir))
        assert_one_line_error(result, "open in another")
    finally:
        store.close()
        holder.release()
    assert hrdcase("case", "list", "--profile", str(profile_dir)).returncode == 0


def test_no_passphrase_without_terminal(profile_dir: Path, caseload: dict) -> None:
    result = hrdcase("case", "list", "--profile", str(profile_dir), passphrase=None)
    assert_one_line_error(result, "HRDCASE_PASSPHRASE")


def test_passphrase_file(profile_dir: Path, caseload: dict, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = hrdcase("case", "list", "--profile", str(profile_dir), "--passphrase-file", str(secret),
                     passphrase="wrong but overridden by the file")
    assert result.returncode == 0, result.stderr
    missing = hrdcase("case", "list", "--profile", str(profile_dir), "--passphrase-file",
                      str(tmp_path / "absent"))
    assert_one_line_error(missing, "passphrase file")


def test_audit_verify_detects_tampering(profile_dir: Path, caseload: dict) -> None:
    ok = hrdcase("audit", "verify", "--profile", str(profile_dir))
    assert ok.returncode == 0, ok.stderr
    assert "chain intact" in ok.stdout
    assert "NOT CHECKED: whether entries after the newest one were removed (truncation)" in ok.stdout
    store = Profile(profile_dir).unlock(PASSPHRASE)
    with store.transaction() as uow:
        uow.audit.db.execute("UPDATE audit_log SET detail = '{}' WHERE seq = 2")
    store.close()
    Profile(profile_dir).release()
    bad = hrdcase("audit", "verify", "--profile", str(profile_dir))
    assert bad.returncode == 1
    assert "chain breaks at entry 2" in bad.stderr


def test_wipe_needs_consent_then_destroys(profile_dir: Path, caseload: dict) -> None:
    refused = hrdcase("wipe", "--profile", str(profile_dir))
    assert_one_line_error(refused, "--yes")
    assert (profile_dir / "key.json").exists()
    done = hrdcase("wipe", "--profile", str(profile_dir), "--yes")
    assert done.returncode == 0, done.stderr
    assert not (profile_dir / "key.json").exists() and not (profile_dir / "caseload.db").exists()
    assert_one_line_error(hrdcase("case", "list", "--profile", str(profile_dir)), "No hrdcase profile")


def test_status_filter_all(profile_dir: Path, caseload: dict) -> None:
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    case_id = session.queries.case_id_for_ref(caseload["Kestrel"])
    version = session.queries.case_detail(case_id).case.version
    session.cases.change_status(case_id, CaseStatus.TRIAGED, version)
    session.close()
    triaged = hrdcase("case", "list", "--profile", str(profile_dir), "--status", "triaged", "--json")
    assert [c["ref"] for c in json.loads(triaged.stdout)["cases"]] == [caseload["Kestrel"]]


def test_demo_then_list_and_screenshot(tmp_path: Path) -> None:
    profile = tmp_path / "demo"
    made = hrdcase("demo", "--profile", str(profile), "--cases", "60", "--seed", "3")
    assert made.returncode == 0, made.stderr
    assert "60 cases" in made.stdout
    listed = json.loads(hrdcase("case", "list", "--profile", str(profile), "--status", "all",
                                "--limit", "100", "--json").stdout)
    assert listed["total"] == 60
    again = hrdcase("demo", "--profile", str(profile), "--cases", "5")
    assert_one_line_error(again, "already exists")
    ref = listed["cases"][0]["ref"]
    shot = tmp_path / "case.png"
    done = hrdcase("screenshot", "--profile", str(profile), "--out", str(shot), "--view", f"case:{ref}",
                   env_extra={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    people = hrdcase("screenshot", "--profile", str(profile), "--out", str(tmp_path / "people.png"),
                     "--view", "people", env_extra={"QT_QPA_PLATFORM": "offscreen"})
    assert people.returncode == 0, people.stderr
    assert (tmp_path / "people.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad_view = hrdcase("screenshot", "--profile", str(profile), "--out", str(shot), "--view", "nope")
    assert_one_line_error(bad_view, "--view")
