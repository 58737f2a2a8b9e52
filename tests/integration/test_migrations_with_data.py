"""Every migration upgrades a caseload FILLED at the version before it (issue 10, item 7).

A profile is created by a "release" that knew only MIGRATIONS[:k] (`migrate` patched as
test_migration_regions.py does), filled with raw SQL as that release wrote its rows (every table it
had), then opened by today's code: every row is still there with its values, the new columns hold
their defaults, foreign keys and the file's integrity hold. Migration 9 (identity) also runs
`adopt_local_people` at the first unlock: a v8 desk with responders and roles opens with those
roles signed and verified. Migration 1 from nothing is tests/integration/test_migrations.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.models.enums import Role
from hrdcase.storage import profile as profile_module
from hrdcase.storage.audit import AuditLog
from hrdcase.storage.db import Database
from hrdcase.storage.migrations import MIGRATIONS, applied_versions, migrate
from hrdcase.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE

T0 = 1_767_600_000  # 2026-01-05, as the stored epoch seconds


def _v1(db: Database) -> None:
    db.execute("INSERT INTO regions (code, name, civic_space, languages) "
               "VALUES ('KE', 'Kenya (ours)', 'obstructed', 'en,sw') ON CONFLICT (code) DO UPDATE "
               "SET name = excluded.name, civic_space = excluded.civic_space")  # 8 seeded one
    db.execute("INSERT INTO teams (id, name) VALUES (1, 'Lantern desk')")
    db.executemany("INSERT INTO responders (id, display_name, team_id, role, languages, regions) "
                   "VALUES (?, ?, 1, ?, 'en,sw', 'KE')",
                   [(1, "Ada Example", "responder"), (2, "Bram Example", "responder,supervisor"),
                    (3, "Cleo Example", "admin")])
    db.execute("INSERT INTO defenders (id, pseudonym, region_code, languages, do_not_contact) "
               "VALUES (1, 'Heron', 'KE', 'sw', 1)")
    db.execute("INSERT INTO cases (id, ref, title, summary, status, priority, severity, category, "
               "channel, region_code, language, defender_id, assignee_id, team_id, risk_level, "
               "created_at, updated_at, first_response_due, resolution_due, version) VALUES "
               "(1, 'C-TEST-0000-0001', 'Invented case', 'Synthetic.', 'in_progress', 'P2', "
               "'high', 'doxxing', 'hrd_report', 'KE', 'sw', 1, 1, 1, 'high', ?, ?, ?, ?, 3)",
               (T0, T0 + 60, T0 + 3600, T0 + 86400))
    db.execute("INSERT INTO incidents (id, case_id, category, description, reported_at, channel, "
               "graphic) VALUES (1, 1, 'doxxing', 'Invented incident.', ?, 'hrd_report', 1)", (T0,))
    db.execute("INSERT INTO risk_notes (id, case_id, author_id, created_at, threats, vulnerabilities,"
               " capacities, score, level) VALUES (1, 1, 1, ?, '[]', '[]', '[]', 2.5, 'high')", (T0,))
    db.execute("INSERT INTO settings (key, value) VALUES ('me', '2')")
    AuditLog(db).append(datetime.fromtimestamp(T0, UTC), 1, "case.opened", "case",
                        "C-TEST-0000-0001", 1, {"channel": "hrd_report"})  # the hash chain's format
    db.execute("INSERT INTO outbox (op_id, device_id, entity, entity_id, base_version, routing, "
               "payload, created_at) VALUES ('op-1', 'dev-1', 'case', 'C-TEST-0000-0001', 0, "
               "'{\"region_code\": \"KE\"}', x'7b7d', ?)", (T0,))


def _v2(db: Database) -> None:
    db.execute("UPDATE cases SET first_response_at = ?, priority_reasons = '[\"graphic\"]'", (T0 + 30,))
    db.execute("INSERT INTO escalations (case_id, step, role, due_at, recorded_at) "
               "VALUES (1, 'first_response', 'supervisor', ?, ?)", (T0 + 3600, T0 + 3700))


def _v3(db: Database) -> None:
    db.execute("INSERT INTO partners (id, name) VALUES (1, 'Synthetic Rights Net')")
    db.execute("INSERT INTO case_intake VALUES (1, 'R1', 1, ?)", (T0 - 600,))
    db.execute("INSERT INTO tasks (case_id, playbook, step, position, text) "
               "VALUES (1, 'secure_account', 'reset', 1, 'Invented step.')")
    db.execute("INSERT INTO notifications (case_id, defender_id, channel, vetted_by, consent_at, "
               "consent_method, sent_by, sent_at) VALUES (1, 1, 'signal', 2, ?, 'verbal', 1, ?)",
               (T0, T0 + 10))


def _v4(db: Database) -> None:
    db.execute("INSERT INTO decisions (id, case_id, decided_by, decided_at, policy_version, "
               "decision_ground, ground_reference, content_type, category, content_date, "
               "application_date, decision_facts, source_type, automated_detection, "
               "automated_decision, puid, decision_visibility) VALUES (1, 1, 2, ?, 'v1', "
               "'incompatible_content', 'ToS 4.2', 'text', 'doxxing', '2026-01-04', '2026-01-05', "
               "'Invented facts.', 'notice', 0, 'not_automated', 'P-1', 'removed')", (T0,))
    db.execute("INSERT INTO appeals (case_id, decision_id, filed_at, deadline, status) "
               "VALUES (1, 1, ?, ?, 'filed')", (T0 + 100, T0 + 86400 * 14))


def _v5(db: Database) -> None:
    db.execute("INSERT INTO workload_policies VALUES (1, '{}', ?, 3)", (T0,))
    db.execute("INSERT INTO exposure_events (responder_id, at, kind, incident_id) "
               "VALUES (1, ?, 'reveal', 1)", (T0,))
    db.execute("INSERT INTO overrides (at, case_id, responder_id, supervisor_id, limits, reason, "
               "policy_version) VALUES (?, 1, 1, 2, '[\"max_open_cases\"]', 'Invented.', 1)", (T0,))
    db.execute("INSERT INTO handover_notes (at, case_id, from_id, to_id, author_id, text) "
               "VALUES (?, 1, 2, 1, 2, 'Invented handover.')", (T0,))
    db.execute("INSERT INTO checkins (responder_id, at, answers, asked_for_support) "
               "VALUES (1, ?, '[3,3,3,3,3]', 0)", (T0,))
    db.execute("INSERT INTO surges (id, region_code, starts_at, ends_at, declared_by, declared_at) "
               "VALUES (1, 'KE', ?, ?, 2, ?)", (T0, T0 + 86400, T0))


def _v6(db: Database) -> None:
    db.execute("INSERT INTO surge_roster VALUES (1, 1)")


def _v7(db: Database) -> None:
    db.execute("UPDATE responders SET tz = 'Africa/Nairobi' WHERE id = 1")
    db.execute("INSERT INTO evidence_media (incident_id, name, mime, size, sha256, data, added_at, "
               "added_by) VALUES (1, 'shot.png', 'image/png', 3, 'ab', x'010203', ?, 1)", (T0,))
    db.execute("INSERT INTO team_signals (responder_id, as_of, local_day, iso_week, received_at) "
               "VALUES (1, ?, '2026-01-05', '2026-W02', ?)", (T0, T0))
    db.execute("INSERT INTO debrief_prompts VALUES (1, 1, ?)", (T0,))


def _v8(db: Database) -> None:
    db.execute("INSERT INTO regions (code, name, civic_space, parent, rated_on, version) "
               "VALUES ('KE-30', 'Nairobi', NULL, 'KE', '2025-06', 2)")


def _v9(db: Database) -> None:
    db.execute("UPDATE teams SET team_uuid = '00000000-0000-0000-0000-000000000002'")
    db.execute("UPDATE responders SET person_id = '00000000-0000-0000-0000-0000000001' || id")
    person, device = "00000000-0000-0000-0000-0000000001" + "2", "00000000-0000-0000-0000-000000000003"
    db.execute("INSERT INTO identity VALUES (1, '00000000-0000-0000-0000-000000000001', 'Org', ?, ?, "
               "zeroblob(32), zeroblob(32), NULL, 'standalone', ?, zeroblob(32), ?)",
               (person, device, device, T0))
    db.execute("INSERT INTO devices VALUES (?, ?, zeroblob(32), zeroblob(32), 'FP', 'confirmed')",
               (device, person))
    db.execute("INSERT INTO role_records VALUES (?, '{}', zeroblob(64), 1)", (person,))
    db.execute("INSERT INTO team_keys VALUES ('00000000-0000-0000-0000-000000000002', 1, zeroblob(32))")
    db.execute("INSERT INTO invitations VALUES ('hash', ?, ?, ?)", (person, T0 + 3600, T0))


FILL: dict[int, Callable[[Database], None]] = {1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5, 6: _v6,
                                                7: _v7, 8: _v8, 9: _v9}
# What each migration adds to rows that already existed: (table, column, the default it must hold).
NEW_COLUMNS: dict[int, list[tuple[str, str, Any]]] = {
    2: [("cases", "first_response_at", None), ("cases", "priority_reasons", "[]")],
    7: [("responders", "tz", "UTC")],
    8: [("regions", "parent", None), ("regions", "rated_on", None), ("regions", "version", 1)],
    9: [("responders", "person_id", None), ("teams", "team_uuid", None)],
}


def _snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'case_fts%' AND name <> 'schema_migrations'")]
    snap = {}
    for table in tables:
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        snap[table] = sorted(db.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(),
                             key=repr)
        snap[f"{table}:columns"] = [tuple(columns)]
    return snap


def fill_at(profile_dir: Path, version: int, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A profile as the release with migrations 1..version wrote it, rows in every table it had;
    returns what was in it."""
    known = tuple(m for m in MIGRATIONS if m.version <= version)
    monkeypatch.setattr(profile_module, "migrate", lambda db: migrate(db, known))
    profile = Profile(profile_dir)
    store = profile.create(PASSPHRASE, FAST_KDF)
    try:
        assert applied_versions(store.db) == {m.version for m in known}
        with store.db.transaction():
            for v in range(1, version + 1):
                FILL[v](store.db)
        before = _snapshot(store.db)
    finally:
        store.close()
        profile.release()
    monkeypatch.undo()
    return before


@pytest.mark.parametrize("previous", range(1, 10))
def test_migration_upgrades_a_caseload_filled_at_the_version_before(
        previous: int, profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = fill_at(profile_dir, previous, monkeypatch)
    profile = Profile(profile_dir)
    store = profile.unlock(PASSPHRASE)  # today's migrations, on the normal path
    try:
        db = store.db
        assert applied_versions(db) == {m.version for m in MIGRATIONS}
        after = _snapshot(db)
        for table, rows in before.items():
            if table.endswith(":columns"):
                continue
            old_columns = before[f"{table}:columns"][0]
            new_columns = after[f"{table}:columns"][0]
            assert set(old_columns) <= set(new_columns), table
            pick = [new_columns.index(c) for c in old_columns]
            kept = sorted((tuple(row[i] for i in pick) for row in after[table]), key=repr)
            if table == "regions":  # migration 8 adds the ISO countries it lacked, keeps its own
                assert set(rows) <= set(kept), table
            else:
                assert kept == rows, table  # every row, every value
            assert rows, f"the fill left {table} empty: the upgrade of its rows is untested"
        for version in range(previous + 1, max(NEW_COLUMNS) + 1):
            for table, column, default in NEW_COLUMNS.get(version, []):
                values = {r[0] for r in db.execute(f"SELECT {column} FROM {table}")}
                if table == "regions":
                    own = db.execute(f"SELECT {column} FROM regions WHERE code = 'KE'").fetchone()
                    assert own == (default,), (table, column)
                else:
                    assert values == {default}, (table, column)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert migrate(db) == []
    finally:
        store.close()
        profile.release()


def test_a_v8_desk_opens_with_its_roles_signed_and_verified(
        profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_at(profile_dir, 8, monkeypatch)
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)  # migration 9, then adoption
    try:
        with session.store.read() as uow:
            people = {r.display_name: r for r in uow.reference.responders()}
            identity = uow.identity.identity()
            records = uow.identity.db.execute("SELECT count(*) FROM role_records").fetchone()[0]
        assert identity is not None and identity.status == "standalone"
        assert {n: p.roles for n, p in people.items()} == {
            "Ada Example": frozenset({Role.RESPONDER}),
            "Bram Example": frozenset({Role.RESPONDER, Role.SUPERVISOR}),
            "Cleo Example": frozenset({Role.ADMIN})}
        assert all(p.person_id for p in people.values()) and records == 3
        assert session.me is not None and session.me.display_name == "Bram Example"  # settings 'me'
        # From now on only the signed records count: editing the stored column changes nobody.
        with session.store.transaction() as uow:
            uow.reference.db.execute("UPDATE responders SET role = 'admin' WHERE id = 1")
    finally:
        session.close()
    again = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    try:
        with again.store.read() as uow:
            ada = uow.reference.responder(1)
        assert ada is not None and ada.roles == frozenset({Role.RESPONDER})
        with again.store.read() as uow:
            actions = [r[0] for r in uow.audit.db.execute("SELECT action FROM audit_log")]
        assert actions.count("identity.created") == 1  # adopted once, not at every unlock
    finally:
        again.close()
