"""Migration 9: who this device is, the organisation's people, devices and signed role records.

- identity: one row. This device's id and key pairs (private halves only here, inside the encrypted
  database), the organisation, the person this device belongs to, the server (none when
  standalone) and the root device whose signature roots every role record.
- devices: the organisation's devices known here (public keys only), to check who signed what.
- role_records: the latest signed role record per person (canonical JSON + Ed25519 signature).
  Roles are read from these after the signatures are checked, never from `responders.role`.
- responders.person_id: the organisation's id for a responder; teams.team_uuid likewise.
- team_keys: the team keys this device holds (random, wrapped to it by an admin's device).
"""

V9_IDENTITY = """
CREATE TABLE identity (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    org_id TEXT NOT NULL,
    org_name TEXT NOT NULL,
    person_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    sign_private BLOB NOT NULL,
    box_private BLOB NOT NULL,
    server_url TEXT,
    status TEXT NOT NULL CHECK (status IN ('standalone', 'pending', 'confirmed', 'revoked')),
    root_device_id TEXT NOT NULL,
    root_sign_public BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE devices (
    device_id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    sign_public BLOB NOT NULL,
    box_public BLOB NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'revoked'))
);
CREATE TABLE role_records (
    person_id TEXT PRIMARY KEY,
    record TEXT NOT NULL,
    signature BLOB NOT NULL,
    serial INTEGER NOT NULL
);
ALTER TABLE responders ADD COLUMN person_id TEXT;
CREATE UNIQUE INDEX responders_person ON responders (person_id) WHERE person_id IS NOT NULL;
ALTER TABLE teams ADD COLUMN team_uuid TEXT;
CREATE UNIQUE INDEX teams_uuid ON teams (team_uuid) WHERE team_uuid IS NOT NULL;
CREATE TABLE team_keys (
    team_uuid TEXT NOT NULL,
    key_version INTEGER NOT NULL,
    key BLOB NOT NULL,
    PRIMARY KEY (team_uuid, key_version)
);
CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
)
"""
