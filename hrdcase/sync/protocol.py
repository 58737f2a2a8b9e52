"""The wire protocol shared by the client and the server: its version, header names, limits and the
shapes of the JSON bodies (bytes travel as base64url without padding). The sync issue extends it."""

from __future__ import annotations

import hashlib
import json
from typing import TypedDict

PROTOCOL_VERSION = 1

HEADER_PROTOCOL = "X-Hrdcase-Protocol"
HEADER_DEVICE = "X-Hrdcase-Device"
HEADER_TIME = "X-Hrdcase-Time"
HEADER_NONCE = "X-Hrdcase-Nonce"
HEADER_SIGNATURE = "X-Hrdcase-Signature"
HEADER_SERVER_TIME = "X-Hrdcase-Server-Time"  # on every answer: the server's clock, unix seconds

MAX_REQUEST_BYTES = 1 << 20        # the server refuses larger bodies with 413
MAX_RESPONSE_BYTES = 16 << 20      # the client refuses larger answers
MAX_CLOCK_SKEW_S = 300
NONCE_TTL_S = 600
NONCE_PATTERN = r"^[A-Za-z0-9_-]{16,64}$"
INVITE_MAX_DAYS = 30
INIT_TOKEN_HOURS = 72
MAX_SEALED_PROFILE_BYTES = 64 * 1024
MAX_WRAPPED_KEY_BYTES = 1024

DEVICE_STATUSES = ("pending", "confirmed", "revoked")


class EnrolRequest(TypedDict):
    token: str
    person_id: str
    device_id: str
    sign_public: str
    box_public: str
    proof: str


class EnrolResponse(TypedDict):
    org_id: str
    org_name: str
    team_id: str
    person_id: str
    device_id: str
    status: str
    fingerprint: str
    root_sign_public: str | None
    root_device_id: str | None


class WrappedTeamKey(TypedDict):
    team_id: str
    key_version: int
    wrapped: str


class DeviceInfo(TypedDict):
    device_id: str
    person_id: str
    fingerprint: str
    status: str
    created_at: str
    confirmed_at: str | None


class PersonDevice(TypedDict):
    device_id: str
    sign_public: str
    box_public: str
    fingerprint: str
    status: str


class PersonEntry(TypedDict):
    person_id: str
    roles: list[str]
    teams: list[str]
    signed_record: dict | None
    sealed_profile: str | None
    devices: list[PersonDevice]


class TeamEntry(TypedDict):
    team_id: str
    name: str


class PeopleResponse(TypedDict):
    org_id: str
    root_device_id: str | None
    root_sign_public: str | None
    people: list[PersonEntry]
    teams: list[TeamEntry]


class MeResponse(TypedDict):
    device_id: str
    person_id: str
    org_id: str
    status: str
    roles: list[str]
    teams: list[str]
    role_record: dict | None


def check_protocol(header: str | None) -> str | None:
    """None when a client speaking `header` is served; otherwise the one-sentence reason it is not."""
    if header is None or header == "":
        return None
    try:
        major = int(header.split(".")[0])
    except ValueError:
        return f"Upgrade needed: the protocol version {header[:20]!r} is not understood; " \
               f"this server speaks version {PROTOCOL_VERSION}."
    if major > PROTOCOL_VERSION:
        return f"Upgrade the server: the client speaks protocol {major}, this server only {PROTOCOL_VERSION}."
    if major < PROTOCOL_VERSION:
        return f"Upgrade hrdcase: this server speaks protocol {PROTOCOL_VERSION}, the client only {major}."
    return None


# ---- sync (issue: offline sync with central records) ---------------------------------------------
# The design, for both sides, is in docs/sync.md. In short: a device uploads *ops*, each one row change
# of one synced table, sealed under its team's key and signed by the device; the server keeps a log per
# team whose sequence numbers are handed out under a per-team row lock, so they commit in order and a
# cursor "seq > last" per team is commit-safe; a device downloads its teams' logs in complete batches
# with a checksum and applies each batch in one transaction, merging field by field.

MAX_OPS_PER_UPLOAD = 500           # and the body stays under MAX_REQUEST_BYTES
MAX_OPS_PER_DOWNLOAD = 500         # and the answer under MAX_RESPONSE_BYTES
MAX_SEALED_OP_BYTES = 256 * 1024   # one sealed op (evidence images travel as blobs, not in ops)
MAX_ROUTING_BYTES = 2048           # one op's routing metadata, as canonical JSON
MAX_BLOB_BYTES = 12 << 20          # one sealed evidence blob (images are capped at 10 MiB in the app)
TOMBSTONE_DAYS = 90                # deletes are kept at least this long: the longest offline window
OP_ENTITY_PATTERN = r"^[a-z_]{1,32}$"
ENTITY_ID_PATTERN = r"^[A-Za-z0-9_.:/-]{1,80}$"
BLOB_ID_PATTERN = r"^[0-9a-f]{64}$"  # SHA-256 of the sealed blob, hex
# Routing metadata the server may see (and index): never content. Keys outside this set are refused.
ROUTING_KEYS = frozenset({
    "case_id", "status", "priority", "assignee_id", "region", "category", "created_at", "updated_at",
    "first_response_due", "first_response_at", "resolution_due", "deleted",
})


class UploadOp(TypedDict):
    op_seq: int          # this device's sequence: (device_id, op_seq) is unique on the server
    team_id: str         # the team whose log it joins (the device's person must be a member)
    entity: str          # the synced table, e.g. "cases", "incidents"
    entity_id: str       # the row's global id
    key_version: int     # the team key version it is sealed under
    routing: dict        # ROUTING_KEYS only; plaintext for the server
    sealed: str          # base64url: AEAD(team key, canonical JSON of the change, op_aad(...))
    signature: str       # base64url: Ed25519 by the device over op_signing_message(...)


class AuditHead(TypedDict):
    seq: int
    hash: str


class UploadRequest(TypedDict):
    ops: list[UploadOp]
    audit_head: AuditHead | None   # countersigned by the server when present


class Countersign(TypedDict):
    device_id: str
    seq: int
    hash: str
    at: str
    signature: str       # base64url: Ed25519 by the server over countersign_message(...)


class UploadResponse(TypedDict):
    acked: list[int]                 # op_seq values now stored (new or already there)
    countersign: Countersign | None


class DownloadedOp(TypedDict):
    seq: int             # the team log's sequence (commit-ordered)
    team_id: str
    device_id: str       # the author
    op_seq: int
    entity: str
    entity_id: str
    key_version: int
    routing: dict
    sealed: str
    signature: str
    received_at: str


class DownloadResponse(TypedDict):
    ops: list[DownloadedOp]
    cursor: dict[str, int]           # team_id -> last seq included (or the one the client sent)
    more: bool                       # True while any team has ops past the cursor
    checksum: str                    # ops_checksum(ops): the client refuses a batch that does not match
    resync: list[str]                # teams whose cursor is older than the tombstone horizon


class DownloadRequest(TypedDict):
    cursor: dict[str, int]           # team_id -> last seq applied; a team left out starts at 0
    limit: int                       # the server sends at most min(limit, MAX_OPS_PER_DOWNLOAD) ops


# Content-free wellbeing signals: the server hands them only to devices whose person holds one of
# SIGNAL_ROLES; any other device's cursor moves past them without receiving them.
TEAM_SIGNALS_ENTITY = "team_signals"
SIGNAL_ROLES = frozenset({"supervisor", "shift_lead", "director"})
# Who may ask GET /v1/sync/escalations.
ESCALATION_ROLES = frozenset({"shift_lead", "director"})


class BlobStored(TypedDict):
    id: str              # the SHA-256 (hex) of the stored bytes
    size: int
    team_id: str         # the team whose devices may fetch it (PUT ...?team_id=, needed only when the
                         # uploader's person is in several teams)
    created: bool        # False when the same blob was already stored (201 vs 200)


class ServerKeyResponse(TypedDict):
    algorithm: str       # "Ed25519"
    public_key: str      # base64url: countersignatures verify with it


class EscalationItem(TypedDict):
    case_id: str
    team_id: str
    step: str            # "shift_lead" or "director"
    due_at: str          # ISO 8601, UTC
    priority: str
    region: str | None
    assignee_id: str | None


def op_aad(org_id: str, team_id: str, entity: str, entity_id: str, device_id: str, op_seq: int,
           key_version: int) -> bytes:
    """What a sealed op is bound to: moving its ciphertext to another row, team, author or place in
    the author's sequence makes it fail to open."""
    return "|".join(("hrdcase-op-v1", org_id, team_id, entity, entity_id, device_id, str(op_seq),
                     str(key_version))).encode()


def op_signing_message(aad: bytes, sealed: bytes) -> bytes:
    return b"hrdcase-op-sig-v1\n" + aad + b"\n" + sealed


def countersign_message(device_id: str, seq: int, head_hash: str, at: str) -> bytes:
    return "\n".join(("hrdcase-countersign-v1", device_id, str(seq), head_hash, at)).encode()


def ops_checksum(ops: list[DownloadedOp]) -> str:
    """SHA-256 over the canonical JSON of a download batch, so a truncated or altered batch is seen."""
    body = json.dumps(ops, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(body.encode()).hexdigest()
