"""Migration 8: a caseload filled at version 7 gains every ISO country as a region, nullable ratings,
sub-national parents and sync versions, and keeps its own regions and everything that points at them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from hrdcase.models.entities import Case, Defender
from hrdcase.models.enums import CaseStatus, CivicSpace, IncidentCategory, Priority
from hrdcase.models.iso import countries
from hrdcase.storage import profile as profile_module
from hrdcase.storage.cases import _case_params
from hrdcase.storage.db import DatabaseError
from hrdcase.storage.migrations import MIGRATIONS, Migration, applied_versions, migrate
from hrdcase.storage.profile import Profile
from hrdcase.storage.region_seed import civic_snapshot
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
V7 = tuple(m for m in MIGRATIONS if m.version <= 7)
V7_CASE_COLUMNS = (
    "ref, title, summary, status, priority, severity, category, channel, region_code, language, "
    "defender_id, assignee_id, team_id, risk_level, created_at, updated_at, first_response_due, "
    "resolution_due, version")


def _fill_at_version_7(profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A profile as release 7 wrote it: its own Kenya (rated by hand), a demo code, and rows in
    every table that refers to a region."""
    monkeypatch.setattr(profile_module, "migrate", lambda db: migrate(db, V7))
    profile = Profile(profile_dir)
    store = profile.create(PASSPHRASE, FAST_KDF)
    try:
        assert applied_versions(store.db) == {m.version for m in V7}
        with store.transaction() as uow:
            uow.reference.db.executemany(
                "INSERT INTO regions (code, name, civic_space, languages) VALUES (?, ?, ?, ?)",
                [("KE", "Kenya (ours)", "obstructed", "en,sw"), ("XA", "Valmoria", "open", "en,fr")])
            team = uow.reference.add_team("Lantern desk")
            rid = uow.reference.db.execute(  # as release 7 wrote it (no person_id yet)
                "INSERT INTO responders (display_name, team_id, role) VALUES ('Ada Example', ?, "
                "'responder')", (team,)).lastrowid
            did = uow.reference.db.execute(  # as release 7 wrote them (no gid before migration 10)
                "INSERT INTO defenders (pseudonym, region_code) VALUES ('Heron', 'KE')").lastrowid
            for i, region in enumerate(("KE", "XA")):
                case = Case(0, f"C-TEST-0000-000{i}", f"Case {i}", CaseStatus.NEW, Priority.P3,
                            IncidentCategory.DOXXING, region, "sw", NOW, NOW, defender_id=did,
                            assignee_id=rid)
                uow.reference.db.execute(
                    f"INSERT INTO cases ({V7_CASE_COLUMNS}) VALUES ({', '.join('?' * 19)})",
                    _case_params(case))
            uow.reference.db.execute(
                "INSERT INTO surges (region_code, starts_at, ends_at, declared_at) VALUES ('XA', 1, 2, 1)")
    finally:
        store.close()
        profile.release()
    monkeypatch.undo()


def test_migration_8_upgrades_a_caseload_filled_at_version_7(
    profile_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill_at_version_7(profile_dir, monkeypatch)
    profile = Profile(profile_dir)
    store = profile.unlock(PASSPHRASE)  # the normal path applies migration 8
    try:
        db = store.db
        assert 8 in applied_versions(db)
        with store.read() as uow:
            regions = {r.code: r for r in uow.reference.regions()}
        # Its own rows are kept as they were; every ISO country is added once.
        assert set(regions) == {c.code for c in countries()} | {"XA"}
        assert len(countries()) == 249
        assert regions["KE"].name == "Kenya (ours)"
        assert regions["KE"].civic_space is CivicSpace.OBSTRUCTED
        assert regions["KE"].languages == ("en", "sw") and regions["KE"].rated_on is None
        assert regions["XA"].civic_space is CivicSpace.OPEN and regions["XA"].version == 1
        # Added countries carry the snapshot's rating and date, or none (unrated, not guessed).
        assert regions["BR"].civic_space is CivicSpace(civic_snapshot()["ratings"]["BR"])
        assert regions["BR"].rated_on == civic_snapshot()["as_of"] == "2024-12"
        assert regions["BR"].languages == ("pt",)
        assert regions["AQ"].civic_space is None and regions["AQ"].rated_on is None
        assert all(r.parent is None for r in regions.values())
        # What pointed at the old table points at the new one, and foreign keys are on again.
        assert db.execute("SELECT region_code FROM cases ORDER BY id").fetchall() == [("KE",), ("XA",)]
        assert db.execute("SELECT region_code FROM defenders").fetchall() == [("KE",)]
        assert db.execute("SELECT region_code FROM surges").fetchall() == [("XA",)]
        assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(Exception, match="FOREIGN KEY"), store.transaction() as uow:
            uow.reference.db.execute("DELETE FROM regions WHERE code = 'XA'")
        with pytest.raises(Exception, match="FOREIGN KEY"), store.transaction() as uow:
            uow.reference.db.execute("UPDATE cases SET region_code = 'QQ-NOPE'")
        assert migrate(db) == []
    finally:
        store.close()
        profile.release()


def test_a_fresh_profile_knows_every_country(profile_dir: Path) -> None:
    """`hrdcase init` makes a profile with `Profile.create` and no demo: the countries are there."""
    profile = Profile(profile_dir)
    store = profile.create(PASSPHRASE, FAST_KDF)
    try:
        with store.read() as uow:
            kenya = uow.reference.region("KE")
            assert len(uow.reference.regions()) == len(countries())
        assert kenya is not None and kenya.name == "Kenya" and set(kenya.languages) == {"sw", "en"}
        assert kenya.version == 1 and kenya.updated_at is None
    finally:
        store.close()
        profile.release()


def test_a_rebuild_that_would_orphan_rows_rolls_back_and_turns_foreign_keys_on_again(
    profile_dir: Path,
) -> None:
    profile = Profile(profile_dir)
    store = profile.create(PASSPHRASE, FAST_KDF)
    try:
        db = store.db
        with store.transaction() as uow:
            did = uow.reference.add_defender(Defender(0, "Heron", region_code="KE"))
        broken = Migration(1002, "drops Kenya", """
            CREATE TABLE regions_new (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
            INSERT INTO regions_new SELECT code, name FROM regions WHERE code <> 'KE';
            DROP TABLE regions;
            ALTER TABLE regions_new RENAME TO regions
            """, rebuilds_tables=True)
        with pytest.raises(DatabaseError, match="would break a foreign key"):
            migrate(db, (*MIGRATIONS, broken))
        assert 1002 not in applied_versions(db)
        assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert db.execute("SELECT civic_space FROM regions WHERE code = 'KE'").fetchone() == ("repressed",)
        assert db.execute("SELECT region_code FROM defenders WHERE id = ?", (did,)).fetchone() == ("KE",)
    finally:
        store.close()
        profile.release()
