"""The server's tables (SQLAlchemy Core). Migrations in `migrations/versions` create them; this module is
what the queries use. No person's name or other personal detail is ever stored in plaintext: profiles
arrive sealed under a team key the server never holds."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()
ID = String(36)

orgs = Table(
    "orgs", metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("root_device_id", ID, nullable=True),
)

teams = Table(
    "teams", metadata,
    Column("id", ID, primary_key=True),
    Column("org_id", ID, ForeignKey("orgs.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
)

people = Table(
    "people", metadata,
    Column("id", ID, primary_key=True),
    Column("org_id", ID, ForeignKey("orgs.id"), nullable=False, index=True),
    Column("roles", String(200), nullable=False),
    Column("role_record", Text, nullable=True),
    Column("role_serial", BigInteger, nullable=False),
    Column("sealed_profile", LargeBinary, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

team_members = Table(
    "team_members", metadata,
    Column("team_id", ID, ForeignKey("teams.id"), primary_key=True),
    Column("person_id", ID, ForeignKey("people.id"), primary_key=True, index=True),
)

devices = Table(
    "devices", metadata,
    Column("id", ID, primary_key=True),
    Column("org_id", ID, ForeignKey("orgs.id"), nullable=False, index=True),
    Column("person_id", ID, ForeignKey("people.id"), nullable=False, index=True),
    Column("sign_public", LargeBinary, nullable=False),
    Column("box_public", LargeBinary, nullable=False),
    Column("fingerprint", String(39), nullable=False, unique=True),
    Column("status", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("confirmed_at", DateTime(timezone=True), nullable=True),
    Column("confirmed_by", ID, nullable=True),
    Column("revocation", Text, nullable=True),  # the admin's signed statement, shown to the device
)

enrolment_tokens = Table(
    "enrolment_tokens", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("org_id", ID, ForeignKey("orgs.id"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("person_id", ID, nullable=True),
    Column("team_id", ID, ForeignKey("teams.id"), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True), nullable=True),
    Column("used_by", ID, nullable=True),
    Column("created_by", ID, nullable=True),
)

request_nonces = Table(
    "request_nonces", metadata,
    Column("device_id", ID, nullable=False),
    Column("nonce", String(64), nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False, index=True),
    UniqueConstraint("device_id", "nonce", name="uq_request_nonces_device_nonce"),
)

team_keys = Table(
    "team_keys", metadata,
    Column("team_id", ID, ForeignKey("teams.id"), primary_key=True),
    Column("key_version", Integer, primary_key=True),
    Column("device_id", ID, ForeignKey("devices.id"), primary_key=True, index=True),
    Column("wrapped", LargeBinary, nullable=False),
)

# ---- sync (docs/sync.md): ciphertext and routing metadata only -------------------------------------
team_log = Table(  # one row per team: the next sequence number of its log (the row lock orders commits)
    "team_log", metadata,
    Column("team_id", ID, ForeignKey("teams.id"), primary_key=True),
    Column("next_seq", BigInteger, nullable=False),
)

ops = Table(
    "ops", metadata,
    Column("team_id", ID, ForeignKey("teams.id"), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("device_id", ID, ForeignKey("devices.id"), nullable=False),
    Column("op_seq", BigInteger, nullable=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", String(80), nullable=False),
    Column("case_id", String(80), nullable=True),
    Column("key_version", Integer, nullable=False),
    Column("routing", Text, nullable=False),
    Column("sealed", LargeBinary, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    PrimaryKeyConstraint("team_id", "seq", name="pk_ops"),
    UniqueConstraint("device_id", "op_seq", name="uq_ops_device_op_seq"),
)

blobs = Table(
    "blobs", metadata,
    Column("id", String(64), primary_key=True),  # SHA-256 hex of `data`
    Column("team_id", ID, ForeignKey("teams.id"), nullable=False, index=True),
    Column("device_id", ID, ForeignKey("devices.id"), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("size", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

server_key = Table(  # one row (id 1): the Ed25519 key pair the server countersigns audit heads with
    "server_key", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("private", LargeBinary, nullable=False),
    Column("public", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

countersigns = Table(
    "countersigns", metadata,
    Column("device_id", ID, ForeignKey("devices.id"), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("hash", String(64), nullable=False),
    Column("at", String(40), nullable=False),  # the exact text that was signed
    Column("signature", LargeBinary, nullable=False),
)

case_routing = Table(  # the latest routing of each case (last op in log order wins), for escalations
    "case_routing", metadata,
    Column("team_id", ID, ForeignKey("teams.id"), primary_key=True),
    Column("case_id", String(80), primary_key=True),
    Column("seq", BigInteger, nullable=False),  # the log position of the op it was last set from
    Column("status", String(200), nullable=True),
    Column("priority", String(200), nullable=True),
    Column("assignee_id", String(200), nullable=True),
    Column("region", String(200), nullable=True),
    Column("category", String(200), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=True),
    Column("first_response_due", DateTime(timezone=True), nullable=True),
    Column("first_response_at", DateTime(timezone=True), nullable=True),
    Column("resolution_due", DateTime(timezone=True), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=True),
)

SYNC_TABLES = (team_log, ops, blobs, server_key, countersigns, case_routing)
ALL_TABLES = (orgs, teams, people, team_members, devices, enrolment_tokens, request_nonces, team_keys,
              *SYNC_TABLES)
