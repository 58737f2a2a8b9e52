"""Numbered migrations, each applied in one transaction and recorded.

A migration never changes once released; the schema moves on by appending. `SCHEMA_MAJOR` rises only
for a change an older app could not read safely: a database from a newer major is refused.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from hrdcase.errors import SchemaTooNew
from hrdcase.storage.db import Database, DatabaseError
from hrdcase.storage.region_seed import seed_countries
from hrdcase.storage.schema_identity import V9_IDENTITY
from hrdcase.storage.schema_sync import v10_sync

SCHEMA_MAJOR = 1


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str
    # Runs after `sql`, in the same transaction: data the migration adds from shipped files.
    seed: Callable[[Database], object] | None = None
    # Rebuilds a table other tables reference (SQLite cannot alter a column's NOT NULL): foreign
    # keys are off while it runs, and `foreign_key_check` must come back empty before it commits.
    rebuilds_tables: bool = False


_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    civic_space TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);

CREATE TABLE responders (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    team_id INTEGER NOT NULL REFERENCES teams(id),
    role TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '',
    regions TEXT NOT NULL DEFAULT ''
);

CREATE TABLE defenders (
    id INTEGER PRIMARY KEY,
    pseudonym TEXT NOT NULL,
    legal_name TEXT NOT NULL DEFAULT '',
    region_code TEXT REFERENCES regions(code),
    languages TEXT NOT NULL DEFAULT '',
    gender_factors TEXT NOT NULL DEFAULT '',
    do_not_contact INTEGER NOT NULL DEFAULT 0,
    contact_channel TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    severity TEXT NOT NULL,
    category TEXT NOT NULL,
    channel TEXT NOT NULL,
    region_code TEXT NOT NULL REFERENCES regions(code),
    language TEXT NOT NULL,
    defender_id INTEGER REFERENCES defenders(id),
    assignee_id INTEGER REFERENCES responders(id),
    team_id INTEGER REFERENCES teams(id),
    risk_level TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    first_response_due INTEGER,
    resolution_due INTEGER,
    version INTEGER NOT NULL DEFAULT 1
);
-- Queue indexes. Each (filter, status, priority, created_at, id) prefix hands out the default
-- sort (priority, created_at, id) already in order, so a page needs no sort, and the trailing
-- updated_at makes the same entries cover the "recently updated" sort too (storage/cases.py picks a
-- page's ids from these entries alone, then reads only that page's rows).
CREATE INDEX cases_by_priority ON cases (priority, created_at);
CREATE INDEX cases_by_status ON cases (status, priority, created_at);
CREATE INDEX cases_by_status_updated ON cases (status, updated_at);
CREATE INDEX cases_by_assignee ON cases (assignee_id, status, priority, created_at, id, updated_at);
CREATE INDEX cases_by_region ON cases (region_code, status, priority, created_at, id, updated_at);
CREATE INDEX cases_by_language ON cases (language, status, priority, created_at, id, updated_at);
CREATE INDEX cases_by_updated ON cases (updated_at);
CREATE INDEX cases_by_defender ON cases (defender_id);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    reported_at INTEGER NOT NULL,
    occurred_at INTEGER,
    channel TEXT NOT NULL,
    evidence_ref TEXT NOT NULL DEFAULT '',
    graphic INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX incidents_by_case ON incidents (case_id);

CREATE TABLE risk_notes (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES responders(id),
    created_at INTEGER NOT NULL,
    threats TEXT NOT NULL,
    vulnerabilities TEXT NOT NULL,
    capacities TEXT NOT NULL,
    score REAL NOT NULL,
    level TEXT NOT NULL,
    gender_factors TEXT NOT NULL DEFAULT '',
    context_flags TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT '',
    mitigations TEXT NOT NULL DEFAULT '',
    next_review INTEGER,
    superseded_by INTEGER REFERENCES risk_notes(id)
);
CREATE INDEX risk_notes_by_case ON risk_notes (case_id, created_at);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_id INTEGER,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    case_id INTEGER,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_by_case ON audit_log (case_id, seq);

CREATE TABLE outbox (
    op_seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    routing TEXT NOT NULL,
    payload BLOB NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE VIRTUAL TABLE case_fts USING fts5(
    title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
"""

# Migration 2 (case workflows: triage and SLAs, escalation chain, risk-note reviews).
# The breach expression is the one storage/triage.py's BREACH_AT sorts by (the index serves it).
_V2_TRIAGE_SLA = """
ALTER TABLE cases ADD COLUMN first_response_at INTEGER;
ALTER TABLE cases ADD COLUMN priority_reasons TEXT NOT NULL DEFAULT '[]';
CREATE TABLE escalations (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    role TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    UNIQUE (case_id, step)
);
CREATE INDEX cases_by_breach ON cases (
    COALESCE(CASE WHEN first_response_at IS NULL THEN first_response_due ELSE resolution_due END,
             9223372036854775807)
);
CREATE INDEX risk_notes_current ON risk_notes (case_id) WHERE superseded_by IS NULL;
"""

# Migration 3 (case workflows: intake channels, playbooks, notifications).
_V3_INTAKE_PLAYBOOKS_NOTIFY = """
CREATE TABLE partners (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);
CREATE TABLE case_intake (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    source_id TEXT UNIQUE,
    partner_id INTEGER REFERENCES partners(id),
    submitted_at INTEGER
);
CREATE INDEX case_intake_by_partner ON case_intake (partner_id);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    playbook TEXT NOT NULL,
    step TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    done_by INTEGER REFERENCES responders(id),
    done_at INTEGER,
    result TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, playbook, step)
);
CREATE INDEX tasks_by_case ON tasks (case_id, playbook, position);
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    defender_id INTEGER NOT NULL REFERENCES defenders(id),
    channel TEXT NOT NULL,
    vetted_by INTEGER NOT NULL REFERENCES responders(id),
    consent_at INTEGER NOT NULL,
    consent_method TEXT NOT NULL,
    sent_by INTEGER REFERENCES responders(id),
    sent_at INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notifications_by_case ON notifications (case_id, sent_at);
"""

# Migration 4 (case workflows: decisions with their DSA statement of reasons, appeals).
_V4_DECISIONS_APPEALS = """
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    decided_by INTEGER REFERENCES responders(id),
    decided_at INTEGER NOT NULL,
    policy_version TEXT NOT NULL,
    decision_ground TEXT NOT NULL,
    ground_reference TEXT NOT NULL,
    content_type TEXT NOT NULL,
    category TEXT NOT NULL,
    content_date TEXT NOT NULL,
    application_date TEXT NOT NULL,
    decision_facts TEXT NOT NULL,
    source_type TEXT NOT NULL,
    automated_detection INTEGER NOT NULL,
    automated_decision TEXT NOT NULL,
    puid TEXT NOT NULL,
    decision_visibility TEXT,
    decision_visibility_other TEXT NOT NULL DEFAULT '',
    decision_monetary TEXT,
    decision_provision TEXT,
    decision_account TEXT,
    CHECK (length(decision_facts) <= 5000),
    CHECK (COALESCE(decision_visibility, decision_monetary, decision_provision,
                    decision_account) IS NOT NULL)
);
CREATE INDEX decisions_by_case ON decisions (case_id, decided_at);

CREATE TABLE appeals (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    decision_id INTEGER NOT NULL UNIQUE REFERENCES decisions(id) ON DELETE CASCADE,
    filed_at INTEGER NOT NULL,
    deadline INTEGER NOT NULL,
    status TEXT NOT NULL,
    grounds TEXT NOT NULL DEFAULT '',
    filed_by INTEGER REFERENCES responders(id),
    reviewer_id INTEGER REFERENCES responders(id),
    outcome TEXT,
    statement_of_reasons TEXT NOT NULL DEFAULT '',
    decided_by INTEGER REFERENCES responders(id),
    decided_at INTEGER,
    ods_escalated_at INTEGER,
    ods_complex INTEGER NOT NULL DEFAULT 0,
    ods_deadline INTEGER,
    CHECK (outcome IS NULL OR length(statement_of_reasons) > 0)
);
CREATE INDEX appeals_by_case ON appeals (case_id);
CREATE INDEX appeals_by_deadline ON appeals (status, deadline);
"""


# Migration 5 (trauma-informed workload): see storage/wellbeing.py. Exposure events and check-ins are
# the responder's own data and never reach the outbox.
_V5_WELLBEING = """
CREATE TABLE workload_policies (
    version INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES responders(id)
);
CREATE TABLE exposure_events (
    id INTEGER PRIMARY KEY,
    responder_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    incident_id INTEGER
);
CREATE INDEX exposure_by_responder ON exposure_events (responder_id, at);
CREATE TABLE overrides (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    responder_id INTEGER NOT NULL REFERENCES responders(id),
    supervisor_id INTEGER NOT NULL REFERENCES responders(id),
    limits TEXT NOT NULL,
    reason TEXT NOT NULL,
    policy_version INTEGER NOT NULL
);
CREATE TABLE handover_notes (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    from_id INTEGER REFERENCES responders(id),
    to_id INTEGER NOT NULL REFERENCES responders(id),
    author_id INTEGER REFERENCES responders(id),
    text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    responder_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    answers TEXT,
    asked_for_support INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX checkins_by_responder ON checkins (responder_id, at);
CREATE TABLE surges (
    id INTEGER PRIMARY KEY,
    region_code TEXT NOT NULL REFERENCES regions(code),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    declared_by INTEGER REFERENCES responders(id),
    declared_at INTEGER NOT NULL,
    ended_at INTEGER
);
"""

_V6_SURGE_ROSTER = """
CREATE TABLE surge_roster (
    surge_id INTEGER NOT NULL REFERENCES surges(id),
    responder_id INTEGER NOT NULL REFERENCES responders(id),
    PRIMARY KEY (surge_id, responder_id)
);
"""

# Migration 7 (the rest of the wellbeing issue):
# - evidence_media: evidence images, stored only inside the encrypted database (never as files);
#   `graphic` images show as a blurred greyscale placeholder until revealed (the exposure ledger).
# - responders.tz: each responder's IANA time zone (local day, ISO week and graphic cut-off).
# - team_signals: the latest content-free wellbeing signal per responder received from their own
#   device (exposure totals, last check-in time and the asked-for-support flag; never answers).
# - debrief_prompts: which responder was offered a debrief after which case (offered once).
_V7_EVIDENCE_TZ_SIGNALS = """
CREATE TABLE evidence_media (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    graphic INTEGER NOT NULL DEFAULT 1,
    data BLOB NOT NULL,
    added_at INTEGER NOT NULL,
    added_by INTEGER REFERENCES responders(id),
    UNIQUE (incident_id, sha256)  -- its index also serves lookups by incident
);
ALTER TABLE responders ADD COLUMN tz TEXT NOT NULL DEFAULT 'UTC';
CREATE TABLE team_signals (
    responder_id INTEGER PRIMARY KEY REFERENCES responders(id),
    as_of INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    iso_week TEXT NOT NULL,
    today_minutes REAL NOT NULL DEFAULT 0,
    week_minutes REAL NOT NULL DEFAULT 0,
    last_block_end INTEGER,
    last_checkin_at INTEGER,
    asked_for_support INTEGER NOT NULL DEFAULT 0,
    received_at INTEGER NOT NULL
);
CREATE TABLE debrief_prompts (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    responder_id INTEGER NOT NULL REFERENCES responders(id),
    at INTEGER NOT NULL,
    PRIMARY KEY (case_id, responder_id)
);
"""

# Migration 8 (issue 8, regions as reference data): regions are rebuilt so that
# - civic_space may be NULL: a region without a rating ("unrated"; nothing is guessed);
# - parent names the country of a sub-national region (KE-30 under KE);
# - rated_on is the date a rating is as of (the shipped snapshot's, or an admin's change);
# - version and updated_at let regions and ratings sync (the sync issue).
# Then every ISO 3166-1 country not yet there is added (`region_seed.py`), keeping existing rows.
_V8_REGIONS = """
CREATE TABLE regions_v8 (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    civic_space TEXT,
    languages TEXT NOT NULL DEFAULT '',
    parent TEXT REFERENCES regions(code),
    rated_on TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO regions_v8 (code, name, civic_space, languages)
    SELECT code, name, civic_space, languages FROM regions;
DROP TABLE regions;
ALTER TABLE regions_v8 RENAME TO regions;
CREATE INDEX regions_by_parent ON regions (parent)
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial caseload schema", _V1),
    Migration(2, "triage, SLA deadlines, escalations", _V2_TRIAGE_SLA),
    Migration(3, "intake sources, playbook tasks, notifications", _V3_INTAKE_PLAYBOOKS_NOTIFY),
    Migration(4, "decisions and appeals", _V4_DECISIONS_APPEALS),
    Migration(5, "workload policy, exposure, overrides, check-ins, surges", _V5_WELLBEING),
    Migration(6, "surge rosters", _V6_SURGE_ROSTER),
    Migration(7, "evidence media, responder time zones, team signals, debrief prompts",
              _V7_EVIDENCE_TZ_SIGNALS),
    Migration(8, "regions: ISO countries, unrated civic space, sub-national regions, versions",
              _V8_REGIONS, seed=seed_countries, rebuilds_tables=True),
    Migration(9, "device identity, people, devices and signed role records", V9_IDENTITY),
    Migration(10, "sync: global row ids, change capture, shadow, outgoing ops, conflicts", "",
              seed=v10_sync),
)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def applied_versions(db: Database) -> set[int]:
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return set()
    return {row[0] for row in db.execute("SELECT version FROM schema_migrations")}


def stored_major(db: Database) -> int | None:
    exists = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
    if not exists:
        return None
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_major'").fetchone()
    return int(row[0]) if row else None


def migrate(db: Database, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[int]:
    """Bring `db` up to date; returns the versions applied now. Refuses a newer major version."""
    major = stored_major(db)
    if major is not None and major > SCHEMA_MAJOR:
        raise SchemaTooNew(
            f"This caseload was written by a newer hrdcase (schema {major}); "
            f"this version reads schema {SCHEMA_MAJOR}. Update hrdcase to open it."
        )
    with db.transaction():
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"
        )
    done = applied_versions(db)
    applied: list[int] = []
    for migration in sorted(migrations, key=lambda m: m.version):
        if migration.version in done:
            continue
        if migration.rebuilds_tables:
            db.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: before BEGIN
        try:
            _apply(db, migration)
        finally:
            if migration.rebuilds_tables:
                db.execute("PRAGMA foreign_keys = ON")
        applied.append(migration.version)
    return applied


def _apply(db: Database, migration: Migration) -> None:
    with db.transaction():
        for statement in _statements(migration.sql):
            db.execute(statement)
        if migration.seed is not None:
            migration.seed(db)
        if migration.rebuilds_tables and db.execute("PRAGMA foreign_key_check").fetchone():
            raise DatabaseError(f"migration {migration.version} would break a foreign key")
        db.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (migration.version, migration.name, int(time.time())),
        )
        db.execute(
            "INSERT INTO meta (key, value) VALUES ('schema_major', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(SCHEMA_MAJOR),),
        )
