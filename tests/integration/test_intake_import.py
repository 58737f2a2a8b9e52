"""Bulk intake on a real SQLCipher file: good lines imported, bad ones reported by number, a
re-import adds nothing; the same through `hrdcase intake import` in a subprocess."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import IntakeChannel
from hrdcase.services.intake import IntakeService
from hrdcase.storage.audit import AuditLog
from hrdcase.storage.db import IntegrityError
from hrdcase.storage.intake import IntakeRepository
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import Caseload, new_caseload, seed_reference
from tests.integration.test_cli import assert_one_line_error, hrdcase


def line(source_id: str, **changes: object) -> str:
    obj = {
        "source_id": source_id, "channel": "hrd_report", "submitted_at": "2026-01-04T18:30:00+03:00",
        "title": f"Invented report {source_id}", "description": "Synthetic description.",
        "category": "doxxing", "region": "KE", "language": "sw",
        "defender": {"pseudonym": f"Ibis-{source_id}"},
    }
    obj.update(changes)
    return json.dumps({k: v for k, v in obj.items() if v is not ...})


# line numbers:        expected outcome
MIXED = [
    line("R1"),                                                    # 1 imported
    '{"source_id": "R2", "title": ',                               # 2 malformed JSON
    line("R3", title=...),                                         # 3 missing title
    line("R4", category="spam"),                                   # 4 bad enum
    line("R5", region="ZZ"),                                       # 5 unknown region
    line("R6", channel="trusted_partner", partner="Synthetic Rights Net"),  # 6 imported
    line("R1"),                                                    # 7 duplicate in the file
    "",                                                            # 8 blank: ignored
    line("R9", severity="critical", defender={"pseudonym": "Wren-9", "do_not_contact": True}),
]
REJECTED = {2: "malformed JSON", 3: "missing field 'title'", 4: "field 'category'",
            5: "unknown region 'ZZ'"}


@pytest.fixture
def load(profile_dir: Path, clock: FixedClock) -> Iterator[Caseload]:
    c = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    yield c
    c.close()


def count(load: Caseload, table: str) -> int:
    return load.store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_service_imports_good_lines_and_reports_bad_ones(load: Caseload) -> None:
    service = IntakeService(load.store, load.service)
    summary = service.import_lines(MIXED)
    assert [n for n, _ in summary.imported] == [1, 6, 9]
    assert summary.duplicates == [7]
    assert {e.line_no: e.reason for e in summary.rejected}.keys() == REJECTED.keys()
    for error in summary.rejected:
        assert REJECTED[error.line_no] in error.reason
    assert summary.line() == "Imported 3, skipped 1 duplicates, rejected 4."
    assert count(load, "cases") == 3
    # Each imported case: opened + intake recorded, with audit and outbox rows.
    repo = IntakeRepository(load.store.db)
    case_id = dict(summary.imported)[6]
    source, partner, submitted = repo.for_case(case_id)
    assert (source, partner) == ("R6", "Synthetic Rights Net")
    assert submitted is not None and submitted.utcoffset() is not None
    assert load.store.db.execute("SELECT channel FROM cases WHERE id = ?", (case_id,)).fetchone()[0] \
        == IntakeChannel.TRUSTED_PARTNER.value
    actions = [e.action for e in AuditLog(load.store.db).for_case(case_id)]
    assert actions == ["case.opened", "incident.added", "intake.recorded"]
    assert count(load, "outbox") == 3 * 2 + 1  # case + intake per case, one partner added
    dnc = load.store.db.execute(
        "SELECT d.do_not_contact FROM cases c JOIN defenders d ON d.id = c.defender_id "
        "WHERE c.id = ?", (dict(summary.imported)[9],)).fetchone()[0]
    assert dnc == 1
    # A second run adds nothing: every good line is now a duplicate.
    again = service.import_lines(MIXED)
    assert again.imported == [] and again.duplicates == [1, 6, 7, 9]
    assert len(again.rejected) == 4
    assert count(load, "cases") == 3 and count(load, "partners") == 1


def test_two_reports_about_one_pseudonym_make_one_defender_as_the_dialog_does(load: Caseload) -> None:
    service = IntakeService(load.store, load.service)
    before = count(load, "defenders")
    service.import_lines([line("P1", defender={"pseudonym": "Heron-77"}),
                          line("P2", defender={"pseudonym": "Heron-77"}),
                          line("P3", defender={"pseudonym": "Heron-78"})])
    assert count(load, "defenders") == before + 2
    linked = load.store.db.execute(
        "SELECT count(DISTINCT c.defender_id) FROM cases c JOIN defenders d ON d.id = c.defender_id "
        "WHERE d.pseudonym = 'Heron-77'").fetchone()[0]
    assert linked == 1


def test_routing_of_the_intake_row_carries_no_content(load: Caseload) -> None:
    IntakeService(load.store, load.service).import_lines([line("R1")])
    rows = load.store.db.execute("SELECT routing FROM outbox").fetchall()
    for (routing,) in rows:
        assert "Invented report" not in routing and "Synthetic description" not in routing
        assert "Ibis" not in routing


def test_source_id_is_unique_in_the_database(load: Caseload) -> None:
    service = IntakeService(load.store, load.service)
    service.import_lines([line("R1")])
    with pytest.raises(IntegrityError), load.store.transaction():
        IntakeRepository(load.store.db).record(1, "R1", None, None)


@pytest.fixture
def cli_profile(profile_dir: Path) -> Path:
    session = Unlocker(profile_dir).create(PASSPHRASE, FAST_KDF)
    seed_reference(session.store)
    session.close()
    return profile_dir


def test_cli_import_reports_each_bad_line_and_is_idempotent(cli_profile: Path,
                                                            tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join(MIXED) + "\n", encoding="utf-8")
    result = hrdcase("intake", "import", str(export), "--profile", str(cli_profile))
    assert result.returncode == 1, result.stderr
    assert result.stdout.strip() == "Imported 3, skipped 1 duplicates, rejected 4."
    errors = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert [e.split(":")[0] for e in errors[:-1]] == [f"line {n}" for n in sorted(REJECTED)]
    assert "line 3: missing field 'title'" in errors
    assert errors[-1].startswith("hrdcase: error: 4 lines were rejected")
    again = hrdcase("intake", "import", str(export), "--profile", str(cli_profile))
    assert again.stdout.strip() == "Imported 0, skipped 4 duplicates, rejected 4."
    listing = hrdcase("case", "list", "--profile", str(cli_profile), "--json")
    assert json.loads(listing.stdout)["total"] == 3


def test_cli_import_of_a_clean_file_exits_0(cli_profile: Path, tmp_path: Path) -> None:
    export = tmp_path / "clean.jsonl"
    export.write_text(line("A1") + "\n" + line("A2") + "\n", encoding="utf-8")
    result = hrdcase("intake", "import", str(export), "--profile", str(cli_profile))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Imported 2, skipped 0 duplicates, rejected 0."
    assert result.stderr == ""


def test_cli_import_of_a_missing_file_is_one_line(cli_profile: Path, tmp_path: Path) -> None:
    result = hrdcase("intake", "import", str(tmp_path / "nope.jsonl"), "--profile", str(cli_profile))
    assert_one_line_error(result, "No such file")


def test_cli_import_auto_assigns_within_the_limits(cli_profile: Path, tmp_path: Path) -> None:
    """Six responders with 3 P1 slots each (the bundled policy): eighteen P1 reports are assigned,
    each through the guard, and the nineteenth stays unassigned: said once, with a count, exit 1."""
    export = tmp_path / "p1.jsonl"
    export.write_text("\n".join(line(f"P{i}", priority="P1") for i in range(1, 20)) + "\n",
                      encoding="utf-8")
    result = hrdcase("intake", "import", str(export), "--auto-assign", "--profile", str(cli_profile))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "Imported 19, skipped 0 duplicates, rejected 0.",
        "Assigned 18 of 19 imported cases within the workload limits."]
    assert result.stderr.strip() == ("hrdcase: error: 1 imported case was left unassigned (line 19): "
                                     "No one can take this case within the workload limits; a "
                                     "supervisor has to decide.")
    cases = json.loads(hrdcase("case", "list", "--profile", str(cli_profile), "--json").stdout)
    per_person: dict[str, int] = {}
    for row in cases["cases"]:
        per_person[row["assignee"] or ""] = per_person.get(row["assignee"] or "", 0) + 1
    assert sorted(per_person.values()) == [1, 3, 3, 3, 3, 3, 3] and per_person[""] == 1


def test_cli_auto_assign_says_once_how_many_nobody_could_take(cli_profile: Path, tmp_path: Path) -> None:
    export = tmp_path / "p1.jsonl"
    export.write_text("\n".join(line(f"Q{i}", priority="P1") for i in range(1, 31)) + "\n",
                      encoding="utf-8")
    result = hrdcase("intake", "import", str(export), "--auto-assign", "--profile", str(cli_profile))
    assert result.returncode == 1
    (said,) = result.stderr.strip().splitlines()  # one line for twelve cases, not twelve lines
    assert said.startswith("hrdcase: error: 12 imported cases were left unassigned (lines 19, 20, ")
    assert said.endswith(", …): No one can take this case within the workload limits; a supervisor "
                         "has to decide.")


def test_the_apps_import_refuses_a_file_too_large_to_hold_before_reading_it(tmp_path: Path) -> None:
    """The app holds the lines in memory (for its progress), so it stops at MAX_IMPORT_BYTES before
    reading; the command line streams instead (tests/integration/test_hostile_import.py)."""
    from hrdcase.errors import UserError
    from hrdcase.services.intake import MAX_IMPORT_BYTES, read_export_lines

    big = tmp_path / "huge.jsonl"
    with big.open("wb") as f:
        f.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no disk used, but the size says it all
    with pytest.raises(UserError, match=r"huge\.jsonl is larger than 64 MB: split it"):
        read_export_lines(big)
