"""Numbered migrations: recorded, idempotent, one transaction each, newer majors refused."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdcase.errors import SchemaTooNew
from hrdcase.models.clock import FixedClock
from hrdcase.storage.db import Database, DatabaseError
from hrdcase.storage.keys import new_database_key
from hrdcase.storage.migrations import (
    MIGRATIONS,
    SCHEMA_MAJOR,
    Migration,
    applied_versions,
    migrate,
    stored_major,
)
from hrdcase.storage.profile import DB_FILE, Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import new_caseload

# A synthetic "next release": a new table filled from old data, and a new column with a default.
# Numbered far beyond the real migrations, which the case-workflow issues keep appending.
KNOWN = {m.version for m in MIGRATIONS}
M2 = Migration(
    1000,
    "case tags and sensitivity",
    """
    CREATE TABLE case_tags (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        tag TEXT NOT NULL
    );
    ALTER TABLE cases ADD COLUMN sensitivity TEXT NOT NULL DEFAULT 'normal';
    INSERT INTO case_tags (case_id, tag) SELECT id, 'migrated' FROM cases;
    """,
)
# A broken one: its first statements succeed, its last one fails.
M3_BROKEN = Migration(
    1001,
    "half done",
    """
    CREATE TABLE half_done (x INTEGER);
    INSERT INTO half_done VALUES (1);
    UPDATE cases SET title = 'clobbered';
    INSERT INTO no_such_table VALUES (1);
    """,
)
M3_FIXED = Migration(1001, "half done, fixed", "CREATE TABLE half_done (x INTEGER)")


def tables(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.fixture
def old_db(profile_dir: Path, clock: FixedClock) -> Iterator[tuple[Path, bytes]]:
    """A caseload made by the "current" release (MIGRATIONS only), with cases in it."""
    load = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    load.factory().caseload(5)
    key = load.profile.keyfile().unwrap(PASSPHRASE)
    load.close()
    yield profile_dir / DB_FILE, key


def test_a_fresh_database_records_migration_1_and_the_major(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "fresh.db", new_database_key())
    try:
        assert stored_major(db) is None and applied_versions(db) == set()
        assert migrate(db) == sorted(KNOWN)
        rows = db.execute("SELECT version, name, applied_at FROM schema_migrations").fetchall()
        assert rows[0][:2] == (1, "initial caseload schema")
        assert {v for v, _, _ in rows} == KNOWN
        assert rows[0][2] > 1_600_000_000
        assert stored_major(db) == SCHEMA_MAJOR == 1
        assert {"cases", "incidents", "audit_log", "outbox", "meta", "settings"} <= tables(db)
        # Running it again applies nothing and changes nothing.
        schema = db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
        assert migrate(db) == []
        assert migrate(db) == []
        assert db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(KNOWN)
        assert db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    finally:
        db.close()


def test_an_older_database_upgrades_and_keeps_its_data(old_db: tuple[Path, bytes]) -> None:
    path, key = old_db
    db = Database.open(path, key)
    try:
        titles = db.execute("SELECT id, title FROM cases ORDER BY id").fetchall()
        assert len(titles) == 5
        assert migrate(db, (*MIGRATIONS, M2)) == [1000]
        assert applied_versions(db) == KNOWN | {1000}
        assert db.execute("SELECT id, title FROM cases ORDER BY id").fetchall() == titles
        assert {r[0] for r in db.execute("SELECT DISTINCT sensitivity FROM cases")} == {"normal"}
        assert db.execute("SELECT count(*) FROM case_tags WHERE tag = 'migrated'").fetchone()[0] == 5
        assert migrate(db, (M2, *MIGRATIONS)) == []  # order of the list does not matter
    finally:
        db.close()
    # The upgraded file still opens through the normal path (which knows only migration 1).
    profile = Profile(path.parent)
    store = profile.unlock(PASSPHRASE)
    assert applied_versions(store.db) == KNOWN | {1000}
    store.close()
    profile.release()


def test_a_failing_migration_rolls_back_entirely(old_db: tuple[Path, bytes]) -> None:
    path, key = old_db
    db = Database.open(path, key)
    try:
        titles = db.execute("SELECT id, title FROM cases ORDER BY id").fetchall()
        with pytest.raises(DatabaseError, match="no_such_table"):
            migrate(db, (*MIGRATIONS, M2, M3_BROKEN))
        # M2 ran in its own transaction and stays; nothing of M3 does.
        assert applied_versions(db) == KNOWN | {1000}
        assert "case_tags" in tables(db)
        assert "half_done" not in tables(db)
        assert db.execute("SELECT id, title FROM cases ORDER BY id").fetchall() == titles
        assert not db.conn.in_transaction
        # Once fixed, the migration applies.
        assert migrate(db, (*MIGRATIONS, M2, M3_FIXED)) == [1001]
        assert "half_done" in tables(db)
    finally:
        db.close()


def _digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_a_database_from_a_newer_major_is_refused_and_left_unmodified(
    old_db: tuple[Path, bytes],
) -> None:
    path, key = old_db
    db = Database.open(path, key)
    with db.transaction():
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_major'", (str(SCHEMA_MAJOR + 1),))
    db.close()
    folder = path.parent
    before = {p.name: _digest(p) for p in folder.iterdir()}
    for _ in range(2):  # twice: the first refusal released the lock and closed the file
        with pytest.raises(SchemaTooNew, match="newer hrdcase") as info:
            Profile(folder).unlock(PASSPHRASE)
        assert str(SCHEMA_MAJOR + 1) in str(info.value)
    assert {p.name: _digest(p) for p in folder.iterdir()} == before
    # migrate() itself refuses before creating or writing anything.
    db = Database.open(path, key)
    try:
        with pytest.raises(SchemaTooNew):
            migrate(db, (*MIGRATIONS, M2))
        assert "case_tags" not in tables(db) and applied_versions(db) == KNOWN
    finally:
        db.close()


def test_a_newer_minor_version_of_the_same_major_still_opens(old_db: tuple[Path, bytes]) -> None:
    path, key = old_db
    db = Database.open(path, key)
    migrate(db, (*MIGRATIONS, M2))  # written by a newer release with the same major
    db.close()
    profile = Profile(path.parent)
    store = profile.unlock(PASSPHRASE)  # this release knows only migration 1
    assert applied_versions(store.db) == KNOWN | {1000}
    assert stored_major(store.db) == SCHEMA_MAJOR
    store.close()
    profile.release()


def test_migration_2_adds_triage_columns_to_an_old_caseload(old_db: tuple[Path, bytes]) -> None:
    """A caseload written before migration 2 (cases without SLA state) gains its columns/table."""
    path, key = old_db
    db = Database.open(path, key)
    try:
        with db.transaction():  # back to what a release with migration 1 only wrote
            for stmt in ("DROP INDEX cases_by_breach", "DROP INDEX risk_notes_current",
                         "DROP TABLE escalations", "ALTER TABLE cases DROP COLUMN first_response_at",
                         "ALTER TABLE cases DROP COLUMN priority_reasons",
                         "DELETE FROM schema_migrations WHERE version = 2"):
                db.execute(stmt)
        assert migrate(db) == [2]
        rows = db.execute("SELECT first_response_at, priority_reasons FROM cases").fetchall()
        assert rows == [(None, "[]")] * 5
        assert "escalations" in tables(db)
    finally:
        db.close()
