"""Joining an organisation: invitation tokens, the sealed profile every person's details travel in,
and `join`, which enrols this device (the first admin's founds the team and its key).

An invitation token's last part pins the organisation's root signing key, so a joining device can
tell if a server hands it another root than the one the inviting admin trusts.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from hrdcase.errors import UserError
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Responder
from hrdcase.models.enums import Role
from hrdcase.models.iso import language_code, region_code
from hrdcase.services.identity import (
    check_name,
    issue_record,
)
from hrdcase.storage.identity import DeviceRow, IdentityRow
from hrdcase.storage.store import Store, UnitOfWork
from hrdcase.sync.client import ServerClient
from hrdcase.sync.identity import (
    DeviceKeys,
    IdentityError,
    b64d,
    open_sealed,
    seal,
    wrap_for,
)

MAX_CODES = 64  # languages or regions in one sealed profile
FIRST_ADMIN_ROLES = frozenset({Role.ADMIN, Role.SUPERVISOR, Role.RESPONDER})
_PIN_CHARS = 16

ClientFactory = Callable[[str, DeviceKeys | None, str | None], ServerClient]


def default_client(url: str, keys: DeviceKeys | None, device_id: str | None) -> ServerClient:
    return ServerClient(url, keys, device_id)


@dataclass(frozen=True, slots=True)
class Joined:
    fingerprint: str
    status: str  # confirmed (the first admin) or pending (an admin must confirm)
    org_name: str


def root_pin(root_sign_public: bytes) -> str:
    digest = hashlib.sha256(b"hrdcase-root-v1" + root_sign_public).digest()
    return base64.b32encode(digest).decode()[:_PIN_CHARS]


def make_token(person_id: str, root_sign_public: bytes) -> str:
    """`hrd1.<person>.<secret>.<root pin>`: the invited person's id, 192 random bits, and the pin of
    the root key the inviting admin trusts."""
    return f"hrd1.{uuid.UUID(person_id).hex}.{secrets.token_urlsafe(24)}.{root_pin(root_sign_public)}"


def read_token(token: str) -> tuple[str | None, str | None]:
    """(person id, root pin) from an invitation token; (None, None) for an organisation's first
    token, which `hrdcase-server init` made."""
    parts = token.split(".")
    if parts[0] != "hrd1":
        return None, None
    try:
        if len(parts) != 4:
            raise ValueError
        return str(uuid.UUID(hex=parts[1])), parts[3]
    except ValueError:
        raise UserError("This invitation token is incomplete; copy all of it.") from None


def profile_aad(person_id: str) -> bytes:
    return b"hrdcase-person-v1:" + person_id.encode()


def team_key_aad(team_uuid: str, version: int, device_id: str) -> bytes:
    return f"hrdcase-team-key-v1:{team_uuid}:{version}:{device_id}".encode()


@dataclass(frozen=True, slots=True)
class SealedProfile:
    """A person's details as they travel and rest on the server: sealed under a team key."""

    name: str
    languages: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    tz: str = "UTC"


def seal_profile(team_key: bytes, person_id: str, profile: SealedProfile) -> bytes:
    data = {"name": profile.name, "languages": list(profile.languages),
            "regions": list(profile.regions), "tz": profile.tz}
    return seal(team_key, json.dumps(data).encode(), profile_aad(person_id))


def open_profile(keys: Iterable[bytes], person_id: str, blob: str | None) -> SealedProfile | None:
    """The first of `keys` that opens the sealed profile, checked like typed input; else None."""
    for key in keys if blob else ():
        try:
            data = json.loads(open_sealed(key, b64d(blob or ""), profile_aad(person_id)))
            return SealedProfile(
                check_name(data["name"]),
                tuple(language_code(x) for x in data.get("languages", [])[:MAX_CODES]),
                tuple(region_code(x) for x in data.get("regions", [])[:MAX_CODES]),
                _zone(data.get("tz", "UTC")))
        except (IdentityError, ValueError, KeyError, TypeError, AttributeError, UserError):
            continue
    return None


def _zone(name: object) -> str:
    if not isinstance(name, str) or len(name) > 64:
        raise ValueError("not a time zone")
    ZoneInfo(name)  # raises for an unknown zone
    return name


def join(store: Store, clock: Clock, server_url: str, token: str, name: str,
         client_factory: ClientFactory = default_client) -> Joined:
    """Enrol this (new, empty) caseload's device with the organisation that made `token`."""
    name = check_name(name)
    token = token.strip()
    invited, pin = read_token(token)
    keys = DeviceKeys.generate()
    person_id, device_id = invited or str(uuid.uuid4()), str(uuid.uuid4())
    client = client_factory(server_url, None, None)
    try:
        answer = client.enrol(token, person_id, device_id, keys)
        first_admin = answer.get("root_sign_public") is None
        root_public = keys.sign_public if first_admin else b64d(answer["root_sign_public"])
        if not first_admin and pin != root_pin(root_public):
            raise UserError("The server named an organisation root key that does not match the one in "
                            "the invitation; nothing was joined. Tell the admin who invited you.")
        identity = IdentityRow(
            org_id=answer["org_id"], org_name=answer["org_name"], person_id=answer["person_id"],
            device_id=answer["device_id"], sign_private=keys.sign_private, box_private=keys.box_private,
            server_url=server_url, status=answer["status"],
            root_device_id=answer["device_id"] if first_admin else answer["root_device_id"],
            root_sign_public=root_public, created_at=clock.now())
        with store.transaction() as uow:
            uow.identity.set_identity(identity)
            uow.identity.put_device(DeviceRow(identity.device_id, identity.person_id, keys.sign_public,
                                              keys.box_public, keys.fingerprint, answer["status"]))
            team_id = uow.reference.add_team("Team")
            uow.identity.set_team_uuid(team_id, answer["team_id"])
            rid = uow.reference.add_responder(Responder(0, name, team_id, frozenset(),
                                                        person_id=identity.person_id))
            uow.settings.set("me", str(rid))
            uow.audit.append(clock.now(), rid, "identity.joined", "device", identity.device_id, None,
                             {"status": answer["status"], "first_admin": first_admin})
            if first_admin:
                _found_team(uow, client, identity, answer["team_id"], name, clock)
        return Joined(keys.fingerprint, answer["status"], answer["org_name"])
    finally:
        client.close()


def _found_team(uow: UnitOfWork, client: ServerClient, identity: IdentityRow, team_uuid: str,
                name: str, clock: Clock) -> None:
    """The first admin's device: a fresh team key, its own signed record and sealed name."""
    team_key = secrets.token_bytes(32)
    uow.identity.put_team_key(team_uuid, 1, team_key)
    signed = issue_record(uow, identity, identity.person_id, FIRST_ADMIN_ROLES, [team_uuid], clock.now())
    client.put_role(identity.person_id, signed,
                    seal_profile(team_key, identity.person_id, SealedProfile(name)))
    wrapped = wrap_for(DeviceKeys(identity.sign_private, identity.box_private).box_public, team_key,
                       team_key_aad(team_uuid, 1, identity.device_id))
    client.put_team_keys(team_uuid, 1, {identity.device_id: wrapped})


