"""Request bodies: pydantic models with a bound on every field (bytes as base64url, no padding)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from hrdcase.sync.identity import MAX_TEAMS, IdentityError, SignedRoleRecord, b64d
from hrdcase.sync.protocol import (
    ENTITY_ID_PATTERN,
    MAX_OPS_PER_DOWNLOAD,
    MAX_OPS_PER_UPLOAD,
    MAX_ROUTING_BYTES,
    MAX_SEALED_OP_BYTES,
    MAX_SEALED_PROFILE_BYTES,
    MAX_WRAPPED_KEY_BYTES,
    OP_ENTITY_PATTERN,
    ROUTING_KEYS,
)

Uuid = Annotated[str, StringConstraints(
    pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
Key32 = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{43}$")]
Sig64 = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{86}$")]
Token = Annotated[str, StringConstraints(min_length=16, max_length=200, pattern=r"^[\x21-\x7e]+$")]
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)]
Sealed = Annotated[str, StringConstraints(max_length=(MAX_SEALED_PROFILE_BYTES * 4 + 2) // 3,
                                          pattern=r"^[A-Za-z0-9_-]*$")]
Wrapped = Annotated[str, StringConstraints(min_length=1, max_length=(MAX_WRAPPED_KEY_BYTES * 4 + 2) // 3,
                                           pattern=r"^[A-Za-z0-9_-]*$")]
KeyVersion = Annotated[int, Field(ge=1, le=2**31 - 1)]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnrolBody(Body):
    token: Token
    person_id: Uuid
    device_id: Uuid
    sign_public: Key32
    box_public: Key32
    proof: Sig64


def _signed_record(value: Any) -> SignedRoleRecord:
    try:
        return SignedRoleRecord.from_json(value)
    except IdentityError as exc:
        raise ValueError(str(exc)) from None


class RoleBody(Body):
    signed_record: dict
    sealed_profile: Sealed | None = None

    @field_validator("signed_record")
    @classmethod
    def _check(cls, value: dict) -> dict:
        _signed_record(value)
        return value

    def record(self) -> SignedRoleRecord:
        return _signed_record(self.signed_record)


class InvitationBody(RoleBody):
    token_hash: Hex64
    person_id: Uuid
    team_id: Uuid
    expires_at: datetime


class DeviceKeyBody(Body):
    team_id: Uuid
    key_version: KeyVersion
    wrapped: Wrapped


class ConfirmBody(Body):
    fingerprint: Annotated[str, StringConstraints(max_length=100)]
    wrapped_team_keys: Annotated[list[DeviceKeyBody], Field(max_length=MAX_TEAMS)] = []


class RevokeBody(Body):
    """The revoking admin device's signed statement (sync/identity.revocation_message); optional,
    but without it the revoked device is refused and does not wipe itself."""

    revoked_at: Annotated[str, StringConstraints(max_length=40)] | None = None
    signature: Annotated[str, StringConstraints(max_length=200)] | None = None


class TeamBody(Body):
    team_id: Uuid
    name: Name


class TeamKeysBody(Body):
    team_id: Uuid
    key_version: KeyVersion
    wrapped: Annotated[dict[Uuid, Wrapped], Field(max_length=10_000)]


def b64_bytes(text: str | None) -> bytes | None:
    return None if text is None else b64d(text)


# ---- sync (docs/sync.md) ------------------------------------------------------------------------------
Seq = Annotated[int, Field(strict=True, ge=0, le=2**63 - 1)]
StrictKeyVersion = Annotated[int, Field(strict=True, ge=1, le=2**31 - 1)]
OpEntity = Annotated[str, StringConstraints(pattern=OP_ENTITY_PATTERN)]
EntityId = Annotated[str, StringConstraints(pattern=ENTITY_ID_PATTERN)]
ROUTING_TIMES = frozenset({"created_at", "updated_at", "first_response_due", "first_response_at",
                           "resolution_due"})
MAX_ROUTING_TEXT = 200
MAX_UNIX_SECONDS = 253402300799  # 9999-12-31T23:59:59Z
_SEALED_OP_CHARS = (MAX_SEALED_OP_BYTES * 4 + 2) // 3


def routing_time(value: Any) -> datetime | None:
    """A routing timestamp: ISO 8601 text (UTC when it names no offset) or whole unix seconds."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_UNIX_SECONDS:
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str) and len(value) <= 40:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    raise ValueError("must be an ISO 8601 time or whole unix seconds")


def check_routing(routing: dict) -> dict:
    """Routing metadata is what the server may see: ROUTING_KEYS only, flat, small."""
    for key, value in routing.items():
        if key not in ROUTING_KEYS:
            raise ValueError(f"the routing key {str(key)[:40]!r} is not allowed (only ids, status, "
                             "priority, assignee, region, category and times travel in clear)")
        if key in ROUTING_TIMES:
            try:
                routing_time(value)
            except ValueError as exc:
                raise ValueError(f"routing {key} {exc}") from None
        elif key == "deleted":
            if value is not None and not isinstance(value, bool):
                raise ValueError("routing deleted must be true, false or null")
        elif key == "case_id":
            if value is not None and not (isinstance(value, str) and re.fullmatch(ENTITY_ID_PATTERN, value)):
                raise ValueError("routing case_id must be a row id (1 to 80 letters, digits or _.:/-)")
        elif value is not None and not (isinstance(value, str) and len(value) <= MAX_ROUTING_TEXT):
            raise ValueError(f"routing {key} must be text of at most {MAX_ROUTING_TEXT} characters or null")
    size = len(json.dumps(routing, sort_keys=True, separators=(",", ":")).encode())
    if size > MAX_ROUTING_BYTES:
        raise ValueError(f"the routing metadata is larger than {MAX_ROUTING_BYTES} bytes")
    return routing


class UploadOpBody(Body):
    op_seq: Seq
    team_id: Uuid
    entity: OpEntity
    entity_id: EntityId
    key_version: StrictKeyVersion
    routing: dict
    sealed: Annotated[str, Field(strict=True)]
    signature: Sig64

    @field_validator("routing")
    @classmethod
    def _routing(cls, value: dict) -> dict:
        return check_routing(value)

    @field_validator("sealed")
    @classmethod
    def _sealed(cls, value: str) -> str:
        if len(value) > _SEALED_OP_CHARS:
            raise ValueError(f"a sealed op may be at most {MAX_SEALED_OP_BYTES // 1024} KiB")
        if not value or not re.fullmatch(r"[A-Za-z0-9_-]+", value):
            raise ValueError("a sealed op must be base64url text")
        return value


class AuditHeadBody(Body):
    seq: Seq
    hash: Hex64


class UploadBody(Body):
    ops: Annotated[list[UploadOpBody], Field(max_length=MAX_OPS_PER_UPLOAD)]
    audit_head: AuditHeadBody | None = None


class DownloadBody(Body):
    cursor: Annotated[dict[Uuid, Seq], Field(max_length=MAX_TEAMS)] = {}
    limit: Annotated[int, Field(strict=True, ge=1, le=1_000_000)] = MAX_OPS_PER_DOWNLOAD
