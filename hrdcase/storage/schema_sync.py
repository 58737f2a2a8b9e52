"""Migration 10: change capture and the sync engine's state (docs/sync.md, "The device side").

- `gid` on every synced table: 32 lowercase hex characters, the row's id on every device. Existing
  rows get one now; an AFTER INSERT trigger fills it for any insert that left it NULL, so no
  repository has to know about it. A unique index per table finds a row by it.
- AFTER INSERT/UPDATE/DELETE triggers record `(table, gid)` in `sync_dirty`: no service path can
  forget to sync. Rows that existed before are dirty too (they have never been sent).
- sync_shadow: per row, per field, [stamp, value hash, previous stamp] of the value last sent or
  received; `deleted` marks a tombstone (a late op for that row is ignored); `team_id` is the team
  whose log the row's ops join (a tombstone still knows it when the row is gone).
- sync_out: prepared, sealed and signed ops waiting for the server's ack (op_seq never reused).
- sync_blob_out / sync_blob_wanted: sealed evidence images to upload, and those to fetch.
- sync_cursor (per team), sync_state (hlc, last_sync_at, last_error), sync_conflicts (the queue a
  person resolves), sync_parked (opened ops whose parent row is not here yet), sync_alias (a gid
  merged into another because both devices created the same natural key).

The table list is frozen here (a migration never changes); hrdcase/models/sync_tables.py describes the
fields.
"""

from __future__ import annotations

from hrdcase.storage.db import Database

SYNCED_V10 = (
    "cases", "defenders", "incidents", "risk_notes", "escalations", "partners", "case_intake", "tasks",
    "notifications", "decisions", "appeals", "overrides", "handover_notes", "surges", "surge_roster",
    "evidence_media", "workload_policies", "team_signals",
)
_NEW_GID = "lower(hex(randomblob(16)))"

_TABLES = """
CREATE TABLE sync_dirty (tbl TEXT NOT NULL, gid TEXT NOT NULL, PRIMARY KEY (tbl, gid)) WITHOUT ROWID;
CREATE TABLE sync_shadow (
    tbl TEXT NOT NULL,
    gid TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '{}',
    team_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tbl, gid)
) WITHOUT ROWID;
CREATE TABLE sync_out (
    op_seq INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    key_version INTEGER NOT NULL,
    routing TEXT NOT NULL,
    sealed BLOB NOT NULL,
    signature BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE sync_blob_out (id TEXT PRIMARY KEY, team_id TEXT NOT NULL, sealed BLOB NOT NULL);
CREATE TABLE sync_blob_wanted (
    tbl TEXT NOT NULL,
    gid TEXT NOT NULL,
    blob_id TEXT NOT NULL,
    team_id TEXT NOT NULL,
    key_version INTEGER NOT NULL,
    PRIMARY KEY (tbl, gid)
);
CREATE TABLE sync_cursor (team_id TEXT PRIMARY KEY, seq INTEGER NOT NULL);
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'field' CHECK (kind IN ('field', 'limit')),
    tbl TEXT NOT NULL,
    gid TEXT NOT NULL,
    field TEXT NOT NULL,
    local_value TEXT,
    remote_value TEXT,
    local_stamp TEXT,
    remote_stamp TEXT,
    remote_device TEXT,
    detected_at INTEGER NOT NULL,
    resolved_at INTEGER,
    resolution TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (tbl, gid, field) WHERE resolved_at IS NULL;
CREATE TABLE sync_parked (
    id INTEGER PRIMARY KEY,
    team_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    op_seq INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    gid TEXT NOT NULL,
    change TEXT NOT NULL,
    reason TEXT NOT NULL,
    parked_at INTEGER NOT NULL,
    UNIQUE (device_id, op_seq)
);
CREATE TABLE sync_alias (
    tbl TEXT NOT NULL,
    gid TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (tbl, gid)
) WITHOUT ROWID
"""


def _per_table(table: str) -> list[str]:
    return [
        f"ALTER TABLE {table} ADD COLUMN gid TEXT",
        f"UPDATE {table} SET gid = {_NEW_GID}",
        f"CREATE UNIQUE INDEX {table}_gid ON {table} (gid)",
        f"INSERT INTO sync_dirty (tbl, gid) SELECT '{table}', gid FROM {table}",
        # One AFTER INSERT trigger both fills the gid and marks the row: two triggers on one event
        # would run in an order SQLite does not promise.
        f"CREATE TRIGGER {table}_sync_ins AFTER INSERT ON {table} BEGIN "
        f"UPDATE {table} SET gid = {_NEW_GID} WHERE rowid = NEW.rowid AND NEW.gid IS NULL; "
        f"INSERT OR IGNORE INTO sync_dirty (tbl, gid) "
        f"SELECT '{table}', gid FROM {table} WHERE rowid = NEW.rowid; END",
        f"CREATE TRIGGER {table}_sync_upd AFTER UPDATE ON {table} WHEN NEW.gid IS NOT NULL BEGIN "
        f"INSERT OR IGNORE INTO sync_dirty (tbl, gid) VALUES ('{table}', NEW.gid); END",
        f"CREATE TRIGGER {table}_sync_del AFTER DELETE ON {table} WHEN OLD.gid IS NOT NULL BEGIN "
        f"INSERT OR IGNORE INTO sync_dirty (tbl, gid) VALUES ('{table}', OLD.gid); END",
    ]


def v10_sync(db: Database) -> None:
    """Runs inside the migration's transaction (`Migration.seed`)."""
    for statement in (s.strip() for s in _TABLES.split(";")):
        if statement:
            db.execute(statement)
    for table in SYNCED_V10:
        for statement in _per_table(table):
            db.execute(statement)
