"""The wire protocol shared by the client and the server: its version, header names, limits and the
shapes of the JSON bodies (bytes travel as base64url without padding). The sync issue extends it."""

from __future__ import annotations

from typing import TypedDict

PROTOCOL_VERSION = 1

HEADER_PROTOCOL = "X-Hrdcase-Protocol"
HEADER_DEVICE = "X-Hrdcase-Device"
HEADER_TIME = "X-Hrdcase-Time"
HEADER_NONCE = "X-Hrdcase-Nonce"
HEADER_SIGNATURE = "X-Hrdcase-Signature"

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
