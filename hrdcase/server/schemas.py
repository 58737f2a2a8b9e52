"""Request bodies: pydantic models with a bound on every field (bytes as base64url, no padding)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from hrdcase.sync.identity import MAX_TEAMS, IdentityError, SignedRoleRecord, b64d
from hrdcase.sync.protocol import MAX_SEALED_PROFILE_BYTES, MAX_WRAPPED_KEY_BYTES

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


class TeamBody(Body):
    team_id: Uuid
    name: Name


class TeamKeysBody(Body):
    team_id: Uuid
    key_version: KeyVersion
    wrapped: Annotated[dict[Uuid, Wrapped], Field(max_length=10_000)]


def b64_bytes(text: str | None) -> bytes | None:
    return None if text is None else b64d(text)
