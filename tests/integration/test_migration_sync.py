"""Migration 10 on a caseload with data: every synced row gets a unique gid and is dirty (never
sent); the triggers give new rows a gid and record inserts, updates and deletes; unsynced tables
(check-ins, exposure, audit, settings, people, teams, regions) get neither."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hrdcase.models.sync_tables import SPECS
from hrdcase.storage.profile import Profile
from hrdcase.storage.schema_sync import SYNCED_V10
from tests.conftest import PASSPHRASE
from tests.integration.test_migrations_with_data import fill_at


def test_migration_10_gives_every_synced_row_a_gid_and_marks_it(
        profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_at(profile_dir, 9, monkeypatch)
    profile = Profile(profile_dir)
    store = profile.unlock(PASSPHRASE)
    try:
        db = store.db
        assert {s.name for s in SPECS} == set(SYNCED_V10)
        dirty = set(db.execute("SELECT tbl, gid FROM sync_dirty").fetchall())
        for table in SYNCED_V10:
            gids = [r[0] for r in db.execute(f"SELECT gid FROM {table}")]
            assert gids, f"the fill left {table} empty"
            assert all(re.fullmatch(r"[0-9a-f]{32}", g) for g in gids), table
            assert len(set(gids)) == len(gids), table
            assert {(table, g) for g in gids} <= dirty, table
        for table in ("checkins", "exposure_events", "audit_log", "settings", "responders", "teams",
                      "regions", "debrief_prompts"):
            columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
            assert "gid" not in columns, table
        assert {t for t, _ in dirty} <= set(SYNCED_V10)
        with store.transaction():
            db.execute("DELETE FROM sync_dirty")
            partner = db.execute("INSERT INTO partners (name) VALUES ('Another synthetic net')").lastrowid
            gid = db.execute("SELECT gid FROM partners WHERE id = ?", (partner,)).fetchone()[0]
            assert re.fullmatch(r"[0-9a-f]{32}", gid)
            assert db.execute("SELECT tbl, gid FROM sync_dirty").fetchall() == [("partners", gid)]
            db.execute("DELETE FROM sync_dirty")
            db.execute("UPDATE cases SET title = 'Retitled synthetic case'")
            case_gid = db.execute("SELECT gid FROM cases").fetchone()[0]
            assert db.execute("SELECT tbl, gid FROM sync_dirty").fetchall() == [("cases", case_gid)]
            db.execute("DELETE FROM sync_dirty")
            db.execute("DELETE FROM partners WHERE id = ?", (partner,))
            assert db.execute("SELECT tbl, gid FROM sync_dirty").fetchall() == [("partners", gid)]
            db.execute("INSERT INTO checkins (responder_id, at) VALUES (1, 0)")
            assert db.execute("SELECT count(*) FROM sync_dirty").fetchone()[0] == 1
            kept = db.execute("SELECT gid FROM team_signals").fetchone()[0]
            db.execute("INSERT INTO team_signals (responder_id, as_of, local_day, iso_week, received_at) "
                       "VALUES (1, 1, '2026-01-06', '2026-W02', 1) ON CONFLICT (responder_id) DO UPDATE "
                       "SET as_of = excluded.as_of")
            assert db.execute("SELECT gid FROM team_signals").fetchone()[0] == kept
        for table in SYNCED_V10:
            unique = {r[1]: r[2] for r in db.execute(f"PRAGMA index_list({table})")}
            assert unique.get(f"{table}_gid") == 1, table
    finally:
        store.close()
        profile.release()
