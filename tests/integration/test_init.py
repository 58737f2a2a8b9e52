"""`hrdcase init`: a real caseload without a server, from the command line as a new user meets it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdcase.bootstrap import Unlocker
from tests.integration.test_cli import assert_one_line_error, hrdcase
from tests.integration.test_regions import doc_example

STRONG = "lantern orchard copper 42 violet"


def people(profile: Path, passphrase: str = STRONG) -> list[dict]:
    result = hrdcase("people", "list", "--json", "--profile", str(profile), passphrase=passphrase)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_init_makes_one_person_who_does_everything(tmp_path: Path) -> None:
    profile = tmp_path / "mine"
    result = hrdcase("init", "--profile", str(profile), "--name", "  Ada   Quillon ", passphrase=STRONG)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # a strong passphrase: no warning
    assert "Ada Quillon" in result.stdout and str(profile) in result.stdout
    (me,) = people(profile)
    assert me["name"] == "Ada Quillon"
    assert me["roles"] == ["admin", "responder", "supervisor"]
    assert [d["status"] for d in me["devices"]] == ["confirmed"]
    text = hrdcase("people", "list", "--profile", str(profile), passphrase=STRONG).stdout
    assert "Ada Quillon" in text and "admin, responder, supervisor" in text


def test_a_weak_passphrase_is_warned_about_not_refused(tmp_path: Path) -> None:
    result = hrdcase("init", "--profile", str(tmp_path / "p"), "--name", "Bram Oduya", passphrase="abc12")
    assert result.returncode == 0, result.stderr
    assert "passphrase is weak" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(("name", "words"), [("   ", "A name is needed"),
                                             ("x" * 121, "at most 120"),
                                             ("Ada\x1b]0;pwned\x07", "control characters")])
def test_a_bad_name_is_one_line_and_leaves_no_profile(tmp_path: Path, name: str, words: str) -> None:
    profile = tmp_path / "p"
    assert_one_line_error(hrdcase("init", "--profile", str(profile), "--name", name, passphrase=STRONG),
                          words)
    assert not profile.exists() or not any(profile.iterdir())


def test_init_twice_is_refused_before_the_passphrase(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    assert hrdcase("init", "--profile", str(profile), "--name", "Ada Quillon",
                   passphrase=STRONG).returncode == 0
    again = hrdcase("init", "--profile", str(profile), "--name", "Cyd Marlo", passphrase=None)
    assert_one_line_error(again, "already exists")
    assert [p["name"] for p in people(profile)] == ["Ada Quillon"]


def test_editing_rows_in_the_database_grants_no_role(tmp_path: Path) -> None:
    """Whoever holds the passphrase can edit rows; a role needs a valid signature all the same."""
    profile, intruder = tmp_path / "p", "3f0c8b7e-5d1a-4c2b-9a8e-1b2c3d4e5f60"
    assert hrdcase("init", "--profile", str(profile), "--name", "Ada Quillon",
                   passphrase=STRONG).returncode == 0
    session = Unlocker(profile).with_passphrase(STRONG)
    try:
        db = session.store.db
        with db.transaction():
            db.execute("INSERT INTO responders (display_name, team_id, role, person_id) "
                       "VALUES ('Sly Intruder', 1, 'admin,supervisor', ?)", (intruder,))
            (record,) = db.execute("SELECT record FROM role_records").fetchone()
            forged = json.loads(record)
            forged["person_id"] = intruder
            db.execute("INSERT INTO role_records (person_id, record, signature, serial) "
                       "SELECT ?, ?, signature, serial FROM role_records",
                       (forged["person_id"], json.dumps(forged, sort_keys=True, separators=(",", ":"))))
    finally:
        session.close()
    listed = {p["name"]: p["roles"] for p in people(profile)}
    assert listed == {"Ada Quillon": ["admin", "responder", "supervisor"], "Sly Intruder": []}


def test_init_then_import_the_documented_example(tmp_path: Path) -> None:
    """The first real case of a new caseload: `hrdcase init`, then the example line of
    docs/intake-format.md (region KE, language sw) through `intake import`."""
    profile, feed = tmp_path / "p", tmp_path / "reports.jsonl"
    assert hrdcase("init", "--profile", str(profile), "--name", "Ada Quillon",
                   passphrase=STRONG).returncode == 0
    feed.write_text(doc_example() + "\n", encoding="utf-8")
    result = hrdcase("intake", "import", str(feed), "--profile", str(profile), "--auto-assign",
                     passphrase=STRONG)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Imported 1, skipped 0 duplicates, rejected 0."
    listed = json.loads(hrdcase("case", "list", "--profile", str(profile), "--json",
                                passphrase=STRONG).stdout)
    (case,) = listed["cases"]
    assert (case["region"], case["language"], case["assignee"]) == ("KE", "sw", "Ada Quillon")
