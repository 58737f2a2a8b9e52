"""Joining an organisation and managing its people through hrdcase-server.

The server learns ids, roles, teams and public keys; names travel sealed under the team key, which
only confirmed devices of the team hold (wrapped to each one's X25519 key by an admin's device).
An invitation token is made here and shown once: the server stores only its hash. Joining and
the sealed profiles are in services/enrol.py.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, timedelta
from typing import Any, NamedTuple

from hrdcase.errors import UserError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Responder
from hrdcase.models.enums import Role
from hrdcase.models.iso import language_code, region_code
from hrdcase.services.enrol import (
    ClientFactory,
    SealedProfile,
    default_client,
    make_token,
    open_profile,
    seal_profile,
    team_key_aad,
)
from hrdcase.services.identity import (
    check_name,
    device_keys,
    next_record,
    resolve_roles,
    signed_row,
)
from hrdcase.storage.identity import DeviceRow, IdentityRow
from hrdcase.storage.store import Store, UnitOfWork
from hrdcase.sync.client import ServerClient, ServerError
from hrdcase.sync.identity import (
    SignedRoleRecord,
    b64d,
    normalise_fingerprint,
    revocation_message,
    sign,
    token_hash,
    unwrap,
    wrap_for,
)

INVITATION_VALID = timedelta(hours=72)


class Invitation(NamedTuple):
    """What `OrgService.invite` made: the one-time token (shown once, never stored here) and what
    it changed (the new person, their audit entry) for the views to refresh."""

    token: str
    changes: ChangeSet


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

    def _with_client(self, identity: IdentityRow, call: Callable[[ServerClient], object]) -> None:
        client = self._client(identity)
        try:
            call(client)
        finally:
            client.close()

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
               languages: Iterable[str] = (), regions: Iterable[str] = ()) -> Invitation:
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
        with self.store.read() as uow:  # the server first, outside any write transaction
            team_uuid, team_key = self._my_team(uow, team)
            team_id = next(i for i, u in uow.identity.team_uuids().items() if u == team_uuid)
            signed = next_record(uow, identity, person_id, roles, [team_uuid], now)
        self._with_client(identity, lambda client: client.invite(
            token_hash(token), person_id, team_uuid, signed, seal_profile(team_key, person_id, profile),
            now + INVITATION_VALID))
        # Kept here only once the server took it; were this write to fail, the token was never
        # shown and the invitation simply expires (the person appears at the next refresh).
        with self.store.transaction() as uow:
            uow.identity.put_role_record(signed_row(signed))
            rid = uow.reference.add_responder(Responder(0, name, team_id, roles, profile.languages,
                                                        profile.regions, person_id=person_id))
            uow.identity.add_invitation(token_hash(token), person_id, now + INVITATION_VALID, now)
            uow.audit.append(now, admin.id, "person.invited", "person", rid, None,
                             {"roles": sorted(r.value for r in roles)})
        return Invitation(token, ChangeSet(entities=frozenset({"person"}), audit=True))

    def set_roles(self, responder_id: int, roles: Iterable[Role],
                  teams: Iterable[str] | None = None) -> ChangeSet:
        """Sign a new record (serial one up) giving this person exactly `roles` (and, when given,
        exactly `teams`, by name or id); on an enrolled device the server checks and stores it too,
        and the person's confirmed devices receive the keys of teams they join. An admin may not
        drop their own admin role (someone must be left to manage the organisation)."""
        admin = self._admin()
        roles = frozenset(roles)
        now = self.clock.now()
        with self.store.read() as uow:  # the server first, outside any write transaction
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
            signed = next_record(uow, identity, person.person_id, roles, after, now)
            keys = {t: uow.identity.team_key(t) for t in sorted(set(after) - set(before))}
            devices = uow.identity.devices()
        if identity.server_url:
            def send(client: ServerClient) -> None:  # refused by the server: changed nowhere
                client.put_role(person.person_id, signed, None)
                for team_uuid, key in keys.items():
                    _hand_team_key(client, devices, team_uuid, key, person.person_id)
            self._with_client(identity, send)
        with self.store.transaction() as uow:
            uow.identity.put_role_record(signed_row(signed))
            uow.audit.append(now, admin.id, "person.roles_changed", "person", person.id, None,
                             {"roles": sorted(r.value for r in roles), "serial": signed.record.serial})
            uow.reference.role_book = resolve_roles(identity, uow.identity.devices(),
                                                    uow.identity.role_records())
        return ChangeSet(entities=frozenset({"person"}), audit=True)

    def add_team(self, name: str) -> ChangeSet:
        """A new team with its own random key; the admin who makes it is its first member."""
        admin, identity, name = self._admin(), self._identity(), check_name(name)
        now, team_uuid, team_key = self.clock.now(), str(uuid.uuid4()), secrets.token_bytes(32)
        with self.store.read() as uow:  # the server first, outside any write transaction
            if name in {t.name for t in uow.reference.teams()}:
                raise UserError(f"There is already a team named {name!r}.")
            stored = uow.identity.role_record(identity.person_id)
            assert stored is not None  # an admin's own record made them one
            signed = next_record(uow, identity, identity.person_id, admin.roles,
                                 [*json.loads(stored.record)["teams"], team_uuid], now)
            devices = uow.identity.devices()

        def send(client: ServerClient) -> None:
            client.create_team(team_uuid, name)
            client.put_role(identity.person_id, signed, None)
            _hand_team_key(client, devices, team_uuid, (1, team_key), identity.person_id)

        self._with_client(identity, send)
        # Were this write to fail, the next refresh brings the team and its key (wrapped to this
        # device above) back from the server.
        with self.store.transaction() as uow:
            team_id = uow.reference.add_team(name)
            uow.identity.set_team_uuid(team_id, team_uuid)
            uow.identity.put_team_key(team_uuid, 1, team_key)
            uow.identity.put_role_record(signed_row(signed))
            uow.audit.append(now, admin.id, "team.created", "team", team_id, None, {})
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
                        team_key_aad(team_uuid, key[0], device["device_id"]))})
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
            at = self.clock.now().astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
            client.revoke_device(device["device_id"], at, sign(device_keys(identity), revocation_message(
                identity.org_id, device["device_id"], identity.device_id, at)))
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
                                                team_key_aad(team_uuid, version, d["device_id"]))
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
                                team_key_aad(k["team_id"], k["key_version"], identity.device_id))
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


def _hand_team_key(client: ServerClient, devices: Iterable[DeviceRow], team_uuid: str,
                   key: tuple[int, bytes] | None, person_id: str) -> None:
    """Wrap this device's key for `team_uuid` to each confirmed device of `person_id`."""
    if key is None:
        return  # this device does not hold it: an admin of that team hands it over
    wrapped = {d.device_id: wrap_for(d.box_public, key[1], team_key_aad(team_uuid, key[0], d.device_id))
               for d in devices if d.person_id == person_id and d.status == "confirmed"}
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
        profile = open_profile((k[1] for k in held), person["person_id"], person.get("sealed_profile"))
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
