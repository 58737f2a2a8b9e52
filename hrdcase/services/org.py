"""Joining an organisation and managing its people through hrdcase-server.

The server learns ids, roles, teams and public keys; names travel sealed under the team key, which
only confirmed devices of the team hold (wrapped to each one's X25519 key by an admin's device).
An invitation token is made here and shown once: the server stores only its hash. Its last part
pins the organisation's root signing key, so a joining device can tell if a server hands it
another root than the one the inviting admin trusts.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hrdcase.errors import UserError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Responder
from hrdcase.models.enums import Role
from hrdcase.models.iso import language_code, region_code
from hrdcase.services.identity import check_name, device_keys, issue_record, resolve_roles, signed_row
from hrdcase.storage.identity import DeviceRow, IdentityRow
from hrdcase.storage.store import Store, UnitOfWork
from hrdcase.sync.client import ServerClient, ServerError
from hrdcase.sync.identity import (
    DeviceKeys,
    IdentityError,
    SignedRoleRecord,
    b64d,
    normalise_fingerprint,
    open_sealed,
    seal,
    token_hash,
    unwrap,
    wrap_for,
)

INVITATION_VALID = timedelta(hours=72)
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


def _read_token(token: str) -> tuple[str | None, str | None]:
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


def _profile_aad(person_id: str) -> bytes:
    return b"hrdcase-person-v1:" + person_id.encode()


def _team_key_aad(team_uuid: str, version: int, device_id: str) -> bytes:
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
    return seal(team_key, json.dumps(data).encode(), _profile_aad(person_id))


def _open_profile(keys: Iterable[bytes], person_id: str, blob: str | None) -> SealedProfile | None:
    """The first of `keys` that opens the sealed profile, checked like typed input; else None."""
    for key in keys if blob else ():
        try:
            data = json.loads(open_sealed(key, b64d(blob or ""), _profile_aad(person_id)))
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
    invited, pin = _read_token(token)
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
                       _team_key_aad(team_uuid, 1, identity.device_id))
    client.put_team_keys(team_uuid, 1, {identity.device_id: wrapped})


class OrgService:
    """An enrolled device's dealings with its organisation (admins: invite, confirm, revoke)."""

    def __init__(self, store: Store, clock: Clock, me: Responder | None,
                 client_factory: ClientFactory = default_client) -> None:
        self.store, self.clock, self.me = store, clock, me
        self.client_factory = client_factory

    def _identity(self) -> IdentityRow:  # an enrolled device's
        with self.store.read() as uow:
            identity = uow.identity.identity()
        if identity is None or not identity.server_url:
            raise UserError("This caseload works without a server; join an organisation with "
                            "'hrdcase join' to invite people.")
        return identity

    def _client(self, identity: IdentityRow) -> ServerClient:
        assert identity.server_url is not None
        return self.client_factory(identity.server_url, device_keys(identity), identity.device_id)

    def _admin(self) -> Responder:
        if self.me is None or not self.me.has(Role.ADMIN):
            raise UserError("Only an admin may manage people and devices.")
        return self.me

    def _my_team(self, uow: UnitOfWork, team: str | None) -> tuple[str, bytes]:
        uuids = uow.identity.team_uuids()
        if team is None:
            assert self.me is not None
            wanted = uuids.get(self.me.team_id)
        else:
            wanted = _team_named(uow, team)
        if wanted is None:
            raise UserError("You are in no team yet.")
        key = uow.identity.team_key(wanted)
        if key is None:
            raise UserError("This device holds no key for that team yet; sync people first.")
        return wanted, key[1]

    def invite(self, name: str, roles: Iterable[Role], team: str | None = None,
               languages: Iterable[str] = (), regions: Iterable[str] = ()) -> str:
        """A one-time token for a new person (valid 72 h), shown once and never stored here. The
        languages they work in and the regions they cover travel sealed with their name."""
        admin, identity, name = self._admin(), self._identity(), check_name(name)
        profile = SealedProfile(name, tuple(language_code(x) for x in languages),
                                tuple(region_code(x) for x in regions))
        roles = frozenset(roles)
        if not roles:
            raise UserError("An invitation needs at least one role.")
        now = self.clock.now()
        person_id = str(uuid.uuid4())
        token = make_token(person_id, identity.root_sign_public)
        with self.store.transaction() as uow:
            team_uuid, team_key = self._my_team(uow, team)
            team_id = next(i for i, u in uow.identity.team_uuids().items() if u == team_uuid)
            signed = issue_record(uow, identity, person_id, roles, [team_uuid], now)
            rid = uow.reference.add_responder(Responder(0, name, team_id, roles, profile.languages,
                                                        profile.regions, person_id=person_id))
            uow.identity.add_invitation(token_hash(token), person_id, now + INVITATION_VALID, now)
            uow.audit.append(now, admin.id, "person.invited", "person", rid, None,
                             {"roles": sorted(r.value for r in roles)})
            client = self._client(identity)
            try:  # inside the transaction: a refusal leaves no local trace either
                client.invite(token_hash(token), person_id, team_uuid, signed,
                              seal_profile(team_key, person_id, profile), now + INVITATION_VALID)
            finally:
                client.close()
        return token

    def set_roles(self, responder_id: int, roles: Iterable[Role],
                  teams: Iterable[str] | None = None) -> ChangeSet:
        """Sign a new record (serial one up) giving this person exactly `roles` (and, when given,
        exactly `teams`, by name or id); on an enrolled device the server checks and stores it too,
        and the person's confirmed devices receive the keys of teams they join. An admin may not
        drop their own admin role (someone must be left to manage the organisation)."""
        admin = self._admin()
        roles = frozenset(roles)
        now = self.clock.now()
        with self.store.transaction() as uow:
            identity = uow.identity.identity()
            person = uow.reference.responder(responder_id)
            if identity is None or person is None or not person.person_id:
                raise UserError(f"No person with id {responder_id} is known here.")
            if person.id == admin.id and Role.ADMIN not in roles:
                raise UserError("You may not remove your own admin role; ask another admin.")
            stored = uow.identity.role_record(person.person_id)
            before = json.loads(stored.record)["teams"] if stored else [
                uow.identity.team_uuids()[person.team_id]]
            after = before if teams is None else [_team_named(uow, t) for t in teams]
            if not after:
                raise UserError("A person needs at least one team.")
            signed = issue_record(uow, identity, person.person_id, roles, after, now)
            uow.audit.append(now, admin.id, "person.roles_changed", "person", person.id, None,
                             {"roles": sorted(r.value for r in roles), "serial": signed.record.serial})
            if identity.server_url:
                client = self._client(identity)
                try:  # inside the transaction: refused by the server, changed nowhere
                    client.put_role(person.person_id, signed, None)
                    for team_uuid in sorted(set(after) - set(before)):
                        _hand_team_key(uow, client, team_uuid, person.person_id)
                finally:
                    client.close()
            uow.reference.role_book = resolve_roles(identity, uow.identity.devices(),
                                                    uow.identity.role_records())
        return ChangeSet(entities=frozenset({"person"}), audit=True)

    def add_team(self, name: str) -> ChangeSet:
        """A new team with its own random key; the admin who makes it is its first member."""
        admin, identity, name = self._admin(), self._identity(), check_name(name)
        now, team_uuid, team_key = self.clock.now(), str(uuid.uuid4()), secrets.token_bytes(32)
        with self.store.transaction() as uow:
            if name in {t.name for t in uow.reference.teams()}:
                raise UserError(f"There is already a team named {name!r}.")
            team_id = uow.reference.add_team(name)
            uow.identity.set_team_uuid(team_id, team_uuid)
            uow.identity.put_team_key(team_uuid, 1, team_key)
            stored = uow.identity.role_record(identity.person_id)
            assert stored is not None  # an admin's own record made them one
            record = json.loads(stored.record)
            signed = issue_record(uow, identity, identity.person_id, admin.roles,
                                  [*record["teams"], team_uuid], now)
            uow.audit.append(now, admin.id, "team.created", "team", team_id, None, {})
            client = self._client(identity)
            try:
                client.create_team(team_uuid, name)
                client.put_role(identity.person_id, signed, None)
                _hand_team_key(uow, client, team_uuid, identity.person_id)
            finally:
                client.close()
        return ChangeSet(entities=frozenset({"person"}), audit=True)

    def pending_devices(self) -> list[dict[str, Any]]:
        self._admin()
        client = self._client(self._identity())
        try:
            return client.devices("pending")
        finally:
            client.close()

    def confirm_device(self, fingerprint: str) -> ChangeSet:
        """After comparing fingerprints with the device's owner: confirm it and hand it the keys of
        its person's teams."""
        admin, identity = self._admin(), self._identity()
        wanted = normalise_fingerprint(fingerprint)
        client = self._client(identity)
        try:
            listing = client.people()
            device, person = _find_device(listing, wanted)
            if device["status"] != "pending":
                raise UserError(f"That device is {device['status']}, not waiting for confirmation.")
            wrapped = []
            with self.store.read() as uow:
                for team_uuid in person["teams"]:
                    key = uow.identity.team_key(team_uuid)
                    if key is None:
                        continue
                    wrapped.append({"team_id": team_uuid, "key_version": key[0], "wrapped": wrap_for(
                        b64d(device["box_public"]), key[1],
                        _team_key_aad(team_uuid, key[0], device["device_id"]))})
            client.confirm_device(device["device_id"], wanted, wrapped)
        finally:
            client.close()
        with self.store.transaction() as uow:
            uow.audit.append(self.clock.now(), admin.id, "device.confirmed", "device",
                             device["device_id"], None, {})
        return self.refresh().merge(ChangeSet(entities=frozenset({"person"}), audit=True))

    def revoke_device(self, fingerprint: str) -> ChangeSet:
        admin, identity = self._admin(), self._identity()
        wanted = normalise_fingerprint(fingerprint)
        client = self._client(identity)
        try:
            listing = client.people()
            device, person = _find_device(listing, wanted)
            client.revoke_device(device["device_id"])
            rotated = self._rotate_team_keys(client, listing, person["teams"], device["device_id"])
        finally:
            client.close()
        with self.store.transaction() as uow:
            for team_uuid, version, key in rotated:
                uow.identity.put_team_key(team_uuid, version, key)
            uow.audit.append(self.clock.now(), admin.id, "device.revoked", "device",
                             device["device_id"], None, {"team_keys_rotated": len(rotated)})
        return self.refresh().merge(ChangeSet(entities=frozenset({"person"}), audit=True))

    def _rotate_team_keys(self, client: ServerClient, listing: dict[str, Any], teams: Iterable[str],
                          revoked_device: str) -> list[tuple[str, int, bytes]]:
        """A new random key (one version up) for each team of the revoked device's person that
        this device holds, wrapped to every other confirmed device of that team's members: what
        the team writes from now on is sealed under it, so the revoked device reads nothing new.
        The server refuses to wrap keys to a revoked device; ops sealed before stay readable to
        the members who hold the older key."""
        with self.store.read() as uow:
            held = {t: uow.identity.team_key(t) for t in teams}
        rotated = []
        for team_uuid, current in sorted((t, k) for t, k in held.items() if k is not None):
            version, key = current[0] + 1, secrets.token_bytes(32)
            wrapped = {d["device_id"]: wrap_for(b64d(d["box_public"]), key,
                                                _team_key_aad(team_uuid, version, d["device_id"]))
                       for member in listing["people"] if team_uuid in member["teams"]
                       for d in member["devices"]
                       if d["status"] == "confirmed" and d["device_id"] != revoked_device}
            client.put_team_keys(team_uuid, version, wrapped)
            rotated.append((team_uuid, version, key))
        return rotated

    def refresh(self) -> ChangeSet:
        """Fetch the organisation's people, devices and this device's team keys; every record is
        checked before it counts (services/identity.resolve_roles)."""
        identity = self._identity()
        client = self._client(identity)
        try:
            me = client.me()
            listing = client.people() if me["status"] == "confirmed" else None
            keys = client.team_keys() if me["status"] == "confirmed" else []
        except ServerError as exc:
            if exc.status == 403 and "revoked" in str(exc):  # the server's word: remember it here
                with self.store.transaction() as uow:
                    uow.identity.set_status("revoked")
            raise
        finally:
            client.close()
        with self.store.transaction() as uow:
            uow.identity.set_status(me["status"])
            for k in keys:
                secret = unwrap(device_keys(identity), b64d(k["wrapped"]),
                                _team_key_aad(k["team_id"], k["key_version"], identity.device_id))
                uow.identity.put_team_key(k["team_id"], k["key_version"], secret)
            if listing is not None:
                _store_people(uow, identity, listing)
            uow.reference.role_book = resolve_roles(identity, uow.identity.devices(),
                                                    uow.identity.role_records())
        return ChangeSet(entities=frozenset({"person"}))


def _team_named(uow: UnitOfWork, team: str) -> str:
    names = {t.id: t.name for t in uow.reference.teams()}
    found = next((u for i, u in uow.identity.team_uuids().items() if team in (u, names.get(i))), None)
    if found is None:
        raise UserError(f"No team {team!r} is known here.")
    return found


def _hand_team_key(uow: UnitOfWork, client: ServerClient, team_uuid: str, person_id: str) -> None:
    """Wrap this device's key for `team_uuid` to each confirmed device of `person_id`."""
    key = uow.identity.team_key(team_uuid)
    if key is None:
        return  # this device does not hold it: an admin of that team hands it over
    wrapped = {d.device_id: wrap_for(d.box_public, key[1], _team_key_aad(team_uuid, key[0], d.device_id))
               for d in uow.identity.devices() if d.person_id == person_id and d.status == "confirmed"}
    if wrapped:
        client.put_team_keys(team_uuid, key[0], wrapped)


def _find_device(listing: dict[str, Any], fingerprint: str) -> tuple[dict[str, Any], dict[str, Any]]:
    for person in listing["people"]:
        for device in person["devices"]:
            if device["fingerprint"] == fingerprint:
                return device, person
    raise UserError(f"No device with fingerprint {fingerprint} is enrolled in this organisation.")


def _store_people(uow: UnitOfWork, identity: IdentityRow, listing: dict[str, Any]) -> None:
    uuids = {u: i for i, u in uow.identity.team_uuids().items()}
    for team in listing.get("teams", []):
        if team["team_id"] not in uuids:
            uuids[team["team_id"]] = uow.reference.add_team(team["name"])
            uow.identity.set_team_uuid(uuids[team["team_id"]], team["team_id"])
        else:  # the organisation's name for it (a joining device knew only its id)
            uow.reference.rename_team(uuids[team["team_id"]], team["name"])
    for person in listing["people"]:
        for d in person["devices"]:
            uow.identity.put_device(DeviceRow(d["device_id"], person["person_id"], b64d(d["sign_public"]),
                                              b64d(d["box_public"]), d["fingerprint"], d["status"]))
        if person.get("signed_record"):
            signed = SignedRoleRecord.from_json(person["signed_record"])
            stored = uow.identity.role_record(person["person_id"])
            if stored is None or stored.serial <= signed.record.serial:
                uow.identity.put_role_record(signed_row(signed))
        held = [k for k in (uow.identity.team_key(u) for u in person["teams"]) if k is not None]
        profile = _open_profile((k[1] for k in held), person["person_id"], person.get("sealed_profile"))
        local = uow.reference.responder_for_person(person["person_id"])
        team_uuid = next(iter(person["teams"]), None)
        if local is None:
            team_id = uuids.get(team_uuid or "") or next(iter(uuids.values()))
            profile = profile or SealedProfile("Unnamed person")
            uow.reference.add_responder(Responder(0, profile.name, team_id, frozenset(),
                                                  profile.languages, profile.regions, profile.tz,
                                                  person["person_id"]))
        elif profile is not None:
            uow.reference.set_display_name(local.id, profile.name)
            uow.reference.set_coverage(local.id, profile.languages, profile.regions)
