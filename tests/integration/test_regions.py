"""Regions as reference data on real caseloads: every ISO country, an admin's ratings and sub-national
regions (audited, with outbox rows), the documented intake example on a fresh and a demo profile, and
`hrdcase regions …` driven as a subprocess."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.demo.build import build_demo
from hrdcase.errors import ValidationError
from hrdcase.models.entities import Responder
from hrdcase.models.enums import CivicSpace, IncidentCategory, Role
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.models.iso import countries
from hrdcase.services.session import Session
from hrdcase.wellbeing.reasons import Why
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.test_cli import assert_one_line_error, hrdcase

DOC = Path(__file__).resolve().parents[2] / "docs" / "intake-format.md"


def doc_example() -> str:
    """The example line of docs/intake-format.md, as the doc shows it."""
    block = re.search(r"## Example\s+```json\n(.+?)\n```", DOC.read_text(encoding="utf-8"), re.S)
    assert block is not None
    return block.group(1)


def _fresh(profile_dir: Path, role: Role) -> None:
    """What `hrdcase init` will make: `Profile.create` + migrations, one person, no demo."""
    session = Unlocker(profile_dir).create(PASSPHRASE, FAST_KDF)
    with session.store.transaction() as uow:
        team = uow.reference.add_team("Team Heron")
        me = uow.reference.add_responder(Responder(0, "Ada Quillon", team, frozenset({role})))
        uow.settings.set("me", str(me))
    session.close()


def _session(profile_dir: Path) -> Session:
    return Unlocker(profile_dir).with_passphrase(PASSPHRASE)


def _audit(session: Session, action: str) -> list[tuple[str, dict]]:
    rows = session.store.db.execute(
        "SELECT entity_id, detail FROM audit_log WHERE action = ? ORDER BY seq", (action,)).fetchall()
    return [(entity_id, json.loads(detail)) for entity_id, detail in rows]


def _outbox(session: Session) -> list[tuple[str, int, dict]]:
    rows = session.store.db.execute(
        "SELECT entity_id, base_version, payload FROM outbox WHERE entity = 'region' ORDER BY op_seq"
    ).fetchall()
    return [(entity_id, base, json.loads(payload)) for entity_id, base, payload in rows]


@pytest.mark.parametrize("kind", ["fresh", "demo"])
def test_the_documented_example_imports(profile_dir: Path, tmp_path: Path, kind: str) -> None:
    if kind == "fresh":
        _fresh(profile_dir, Role.ADMIN)
    else:
        session = Unlocker(profile_dir).create(PASSPHRASE, FAST_KDF)
        build_demo(session.store, 30, 5, datetime(2026, 1, 5, tzinfo=UTC))
        session.close()
    line = doc_example()
    assert '"region": "KE"' in line and '"language": "sw"' in line
    lower = json.loads(line) | {"source_id": "RPT-1002", "region": "ke", "language": "SW"}
    bad_region = json.loads(line) | {"source_id": "RPT-1003", "region": "QQ"}
    bad_language = json.loads(line) | {"source_id": "RPT-1004", "language": "english"}
    feed = tmp_path / "reports.jsonl"
    feed.write_text("\n".join([line, *(json.dumps(x) for x in (lower, bad_region, bad_language))])
                    + "\n", encoding="utf-8")
    result = hrdcase("intake", "import", str(feed), "--profile", str(profile_dir))
    assert result.stdout.strip() == "Imported 2, skipped 0 duplicates, rejected 2."
    assert result.returncode == 1
    assert result.stderr.splitlines()[:2] == [
        "line 3: unknown region 'QQ'",
        "line 4: unknown language 'english' (use the ISO 639 code, e.g. 'en')",
    ]
    listed = json.loads(hrdcase("case", "list", "--profile", str(profile_dir), "--status", "all",
                                "--region", "ke", "--language", "SW", "--json").stdout)
    assert sorted((c["region"], c["language"]) for c in listed["cases"]) == [("KE", "sw")] * 2


def test_an_admin_changes_a_rating_audited_with_its_date_and_queued_for_sync(profile_dir: Path) -> None:
    _fresh(profile_dir, Role.ADMIN)
    session = _session(profile_dir)
    try:
        before = session.regions.regions()
        assert len(before) == len(countries())
        changes = session.regions.set_rating("ke", CivicSpace.CLOSED)
        assert changes.audit and changes.entities == {"region"}
        kenya = next(r for r in session.regions.regions() if r.code == "KE")
        today = session.clock.now().date().isoformat()
        assert (kenya.civic_space, kenya.rated_on, kenya.version) == (CivicSpace.CLOSED, today, 2)
        assert kenya.updated_at is not None
        assert _audit(session, "region.rated") == [("KE", {
            "region": "KE", "from": "repressed", "to": "closed", "rated_on": today, "version": 2})]
        [(code, base, payload)] = _outbox(session)
        assert (code, base, payload["to"], payload["action"]) == ("KE", 1, "closed", "region.rated")
        assert session.regions.set_rating("KE", CivicSpace.CLOSED).empty  # no change, no entry
        session.regions.set_rating("KE", None)  # an admin may also say "not rated"
        assert _audit(session, "region.rated")[-1][1]["to"] is None
        assert session.verify().ok
    finally:
        session.close()


def test_only_an_admin_changes_ratings_or_adds_regions(profile_dir: Path) -> None:
    _fresh(profile_dir, Role.SUPERVISOR)
    session = _session(profile_dir)
    try:
        with pytest.raises(ValidationError, match="Only an admin may change a civic-space rating"):
            session.regions.set_rating("KE", CivicSpace.OPEN)
        with pytest.raises(ValidationError, match="Only an admin may add a region"):
            session.regions.add("KE-30", "Nairobi")
        actions = [a for (a,) in session.store.db.execute("SELECT action FROM audit_log")]
        assert actions == ["identity.created"]  # only the device identity made on first unlock
        assert _outbox(session) == []
        kenya = next(r for r in session.regions.regions() if r.code == "KE")
        assert kenya.civic_space is CivicSpace.REPRESSED and kenya.version == 1
    finally:
        session.close()


def test_an_admin_adds_sub_national_regions_that_cases_can_use(profile_dir: Path) -> None:
    _fresh(profile_dir, Role.ADMIN)
    session = _session(profile_dir)
    try:
        session.regions.add("ke-30", "")  # ISO 3166-2: pycountry knows its name
        session.regions.add("KE-RIFT", "Rift Valley desk", languages=["SW", "en"])
        session.regions.add("XK", "Kosovo")  # a user-assigned code, at the top
        by_code = {r.code: r for r in session.regions.regions()}
        nairobi = by_code["KE-30"]
        assert (nairobi.name, nairobi.parent, nairobi.civic_space) == (
            "Nairobi City", "KE", CivicSpace.REPRESSED)  # starts with its country's rating
        assert nairobi.languages == by_code["KE"].languages and nairobi.rated_on == "2024-12"
        assert by_code["KE-RIFT"].languages == ("sw", "en")
        assert by_code["XK"].parent is None and by_code["XK"].civic_space is None
        assert [(c, d["parent"]) for c, d in _audit(session, "region.added")] == [
            ("KE-30", "KE"), ("KE-RIFT", "KE"), ("XK", None)]
        assert all("name" not in d for _c, d in _audit(session, "region.added"))  # codes only
        assert [(c, b) for c, b, _p in _outbox(session)] == [("KE-30", 0), ("KE-RIFT", 0), ("XK", 0)]
        for code, parent, words in [("KE-30", None, "already exists"), ("QQ-1", None, "unknown region"),
                                    ("FX", None, "not a sub-national code"),
                                    ("KE-31", "BR", "not under 'BR'"), ("KE-X", None, "name")]:
            with pytest.raises(ValidationError, match=words):
                session.regions.add(code, "", parent)
        case_id, _ = session.cases.open_case(NewCase(
            "Invented threat", IncidentCategory.DOXXING, "ke-30", "Sw", "Invented description.",
            new_defender=NewDefender("Ibis")))
        case = session.queries.case_detail(case_id).case
        assert (case.region_code, case.language) == ("KE-30", "sw")
    finally:
        session.close()


def test_an_unrated_region_is_triaged_without_a_civic_space_reason(profile_dir: Path) -> None:
    _fresh(profile_dir, Role.ADMIN)
    session = _session(profile_dir)
    try:
        case_id, _ = session.cases.open_case(NewCase(
            "Invented threat", IncidentCategory.DOXXING, "AQ", "en", "Invented description.",
            new_defender=NewDefender("Ibis")))
        closed_id, _ = session.cases.open_case(NewCase(
            "Invented threat", IncidentCategory.DOXXING, "KP", "ko", "Invented description.",
            new_defender=NewDefender("Ibis")))
        detail = session.queries.case_detail(case_id)
        assert detail.region is not None and detail.region.civic_space is None
        for cid in (case_id, closed_id):
            session.triage.triage(cid, session.queries.case_detail(cid).case.version)
        unrated, closed = session.triage.overview(case_id), session.triage.overview(closed_id)
        assert unrated.civic_space is None
        assert all(code != "civic_space" for code, _v in unrated.reasons)
        assert ("civic_space", "closed") in closed.reasons
        ref = detail.case.ref
    finally:
        session.close()
    shown = hrdcase("case", "show", ref, "--profile", str(profile_dir))
    assert "region AQ (unrated)" in shown.stdout
    as_json = json.loads(hrdcase("case", "show", ref, "--profile", str(profile_dir), "--json").stdout)
    assert as_json["civic_space"] is None


def test_regions_cli(profile_dir: Path) -> None:
    _fresh(profile_dir, Role.ADMIN)
    p = ("--profile", str(profile_dir))
    listed = hrdcase("regions", "list", *p)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["CODE", "NAME", "CIVIC", "SPACE", "LANGUAGES"]
    kenya = next(x for x in lines if x.startswith("KE "))
    assert kenya.split() == ["KE", "Kenya", "repressed", "sw,", "en"]
    columns = {x.index("repressed") for x in lines if " repressed " in x}
    assert len(columns) == 1  # aligned
    assert any(x.startswith("AQ ") and " unrated " in x for x in lines)
    assert hrdcase("regions", "set-rating", "ke", "obstructed", *p).stdout.strip() == "KE: obstructed"
    added = hrdcase("regions", "add", "KE-30", "--name", "Nairobi desk", *p)
    assert (added.returncode, added.stdout.strip()) == (0, "Added region KE-30.")
    doc = json.loads(hrdcase("regions", "list", "--json", *p).stdout)
    by_code = {r["code"]: r for r in doc}
    assert set(doc[0]) == {"code", "name", "civic_space", "languages", "parent"}
    assert by_code["KE"] == {"code": "KE", "name": "Kenya", "civic_space": "obstructed",
                             "languages": ["sw", "en"], "parent": None}
    assert by_code["KE-30"]["parent"] == "KE" and by_code["AQ"]["civic_space"] is None
    assert_one_line_error(hrdcase("regions", "set-rating", "KE", "shut", *p), "unknown civic-space")
    assert_one_line_error(hrdcase("regions", "set-rating", "QQ", "open", *p), "unknown region 'QQ'")
    assert_one_line_error(hrdcase("regions", "add", "KE-30", "--name", "Again", *p), "already exists")


def test_regions_cli_refuses_a_non_admin_in_one_line(profile_dir: Path) -> None:
    _fresh(profile_dir, Role.RESPONDER)
    p = ("--profile", str(profile_dir))
    assert_one_line_error(hrdcase("regions", "set-rating", "KE", "open", *p), "Only an admin")
    assert_one_line_error(hrdcase("regions", "add", "KE-30", "--name", "N", *p), "Only an admin")


def test_an_edit_takes_iso_codes_in_any_case_and_refuses_a_language_name(profile_dir: Path) -> None:
    _fresh(profile_dir, Role.ADMIN)
    session = _session(profile_dir)
    try:
        case_id, _ = session.cases.open_case(NewCase(
            "Invented threat", IncidentCategory.DOXXING, "KE", "sw", "Invented description.",
            new_defender=NewDefender("Ibis")))
        version = session.queries.case_detail(case_id).case.version
        with pytest.raises(ValidationError, match=re.escape("use the ISO 639 code, e.g. 'fr'")) as info:
            session.cases.update_fields(case_id, version, language="French")
        assert info.value.field == "language"
        with pytest.raises(ValidationError, match="not known here"):
            session.cases.update_fields(case_id, version, region_code="qq")
        session.cases.update_fields(case_id, version, language="PT-br", region_code="br")
        case = session.queries.case_detail(case_id).case
        assert (case.region_code, case.language) == ("BR", "pt-BR")
    finally:
        session.close()


def test_suggestions_for_a_new_case_read_the_language_in_any_case(profile_dir: Path) -> None:
    session = Unlocker(profile_dir).create(PASSPHRASE, FAST_KDF)
    with session.store.transaction() as uow:
        team = uow.reference.add_team("Team Heron")
        me = uow.reference.add_responder(Responder(0, "Ada Quillon", team, frozenset({Role.SUPERVISOR})))
        bea = uow.reference.add_responder(
            Responder(0, "Bea Tollin", team, frozenset({Role.RESPONDER}), ("pt-BR",), ("BR",)))
        uow.settings.set("me", str(me))
    session.close()
    session = _session(profile_dir)
    try:
        draft = NewCase("Invented threat", IncidentCategory.IMPERSONATION, "br", "PT-br",
                        "Invented description.", new_defender=NewDefender("Ibis"))
        [suggestion] = [s for s in session.wellbeing.suggest_for_new(draft) if s.responder_id == bea]
        whys = {reason.code for reason in suggestion.reasons}
        assert {Why.READS_LANGUAGE, Why.COVERS_REGION} <= whys
    finally:
        session.close()
