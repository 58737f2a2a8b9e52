"""Who is who on this device: its keys, the organisation's people and their verified roles.

Roles are never read from an editable row. Each person's roles come from a record signed by a
device: the organisation's root device (the first admin's, or this device when standalone), or a
confirmed device of a person whom a valid record makes an admin. `resolve_roles` checks every
signature on every session start; a record that fails is worth no role at all.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from hrdcase.errors import UserError
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Responder
from hrdcase.models.enums import Role
from hrdcase.storage.identity import DeviceRow, IdentityRow, RoleRecordRow
from hrdcase.storage.store import Store, UnitOfWork
from hrdcase.sync.identity import (
    DeviceKeys,
    IdentityError,
    RoleRecord,
    SignedRoleRecord,
    sign_role_record,
    verify_signature,
)

# Roles of the one person of a standalone caseload: they do everything themselves.
STANDALONE_ROLES = frozenset({Role.RESPONDER, Role.SUPERVISOR, Role.ADMIN})
MAX_NAME = 120


@dataclass(frozen=True, slots=True)
class PersonView:
    """One person as the People screen and `hrdcase people list` show them."""

    responder_id: int
    person_id: str
    name: str
    roles: frozenset[Role]
    teams: tuple[str, ...]  # team names
    devices: tuple[DeviceRow, ...]
    verified: bool  # a valid signed record exists (else: no roles)
    languages: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IdentitySummary:
    """This device, without its private keys."""

    org_name: str
    server_url: str | None
    status: str  # standalone | pending | confirmed | revoked
    fingerprint: str
    device_id: str
    person_id: str


def summary(row: IdentityRow) -> IdentitySummary:
    return IdentitySummary(row.org_name, row.server_url, row.status, device_keys(row).fingerprint,
                           row.device_id, row.person_id)


def check_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise UserError("A name is needed.")
    if len(text) > MAX_NAME:
        raise UserError(f"A name may be at most {MAX_NAME} characters.")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in text):
        raise UserError("A name may not contain control characters.")
    return text


def device_keys(identity: IdentityRow) -> DeviceKeys:
    return DeviceKeys(identity.sign_private, identity.box_private)


def _valid_record(row: RoleRecordRow, org_id: str,
                  signers: Mapping[str, bytes]) -> RoleRecord | None:
    """The record if it is well formed, for this organisation and person, and signed by one of
    `signers` (device id → signing key); else None."""
    try:
        record = RoleRecord.from_json(json.loads(row.record))
    except (IdentityError, ValueError):
        return None
    key = signers.get(record.issuer_device_id)
    if (key is None or record.org_id != org_id or record.person_id != row.person_id
            or record.canonical() != row.record.encode()):
        return None
    return record if verify_signature(key, record.canonical(), row.signature) else None


def resolve_roles(identity: IdentityRow, devices: Iterable[DeviceRow],
                  records: Iterable[RoleRecordRow]) -> dict[str, frozenset[Role]]:
    """person id → verified roles. Trust starts at the root device and grows, one round at a time,
    to the confirmed devices of people whom a valid record makes an admin."""
    devices = list(devices)
    pending = {r.person_id: r for r in records}
    signers = {identity.root_device_id: identity.root_sign_public}
    roles: dict[str, frozenset[Role]] = {}
    progress = True
    while pending and progress:
        progress = False
        for person_id, row in list(pending.items()):
            record = _valid_record(row, identity.org_id, signers)
            if record is None:
                continue
            del pending[person_id]
            progress = True
            roles[person_id] = frozenset(Role(r) for r in record.roles)
            if Role.ADMIN in roles[person_id]:
                signers.update((d.device_id, d.sign_public) for d in devices
                               if d.person_id == person_id and d.status == "confirmed")
    return roles


def install_role_book(uow: UnitOfWork) -> IdentityRow:
    """Check every record and make the verified roles the only roles this session sees."""
    identity = uow.identity.identity()
    if identity is None:
        raise UserError("This caseload has no device identity; open it with hrdcase to upgrade it.")
    uow.reference.role_book = resolve_roles(identity, uow.identity.devices(),
                                            uow.identity.role_records())
    return identity


def signed_row(signed: SignedRoleRecord) -> RoleRecordRow:
    return RoleRecordRow(signed.record.person_id, signed.record.canonical().decode(),
                         signed.signature, signed.record.serial)


def issue_record(uow: UnitOfWork, identity: IdentityRow, person_id: str, roles: Iterable[Role],
                 teams: Iterable[str], now: datetime) -> SignedRoleRecord:
    """Sign a new record for `person_id` with this device's key and store it (serial one up)."""
    signed = next_record(uow, identity, person_id, roles, teams, now)
    uow.identity.put_role_record(signed_row(signed))
    return signed


def next_record(uow: UnitOfWork, identity: IdentityRow, person_id: str, roles: Iterable[Role],
                teams: Iterable[str], now: datetime) -> SignedRoleRecord:
    """The next signed record for `person_id` (serial one up), not stored: for a change the server
    must accept before it is kept here."""
    previous = uow.identity.role_record(person_id)
    record = RoleRecord(
        org_id=identity.org_id, person_id=person_id,
        roles=tuple(sorted(r.value for r in roles)), teams=tuple(sorted(teams)),
        serial=(previous.serial + 1) if previous else 1,
        issued_at=now.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        issuer_device_id=identity.device_id,
    )
    return sign_role_record(device_keys(identity), record)


def adopt_local_people(uow: UnitOfWork, clock: Clock, org_name: str = "Local caseload") -> IdentityRow:
    """Give a caseload made before device identities (version 9) its keys: this device becomes
    the root, and each responder's stored role is signed once, as it was. Afterwards only signed
    records count; editing a row no longer changes anyone's role."""
    now = clock.now()
    keys = DeviceKeys.generate()
    me = uow.settings.get("me")
    uow.reference.role_book = None  # read the roles as stored, this once
    responders = uow.reference.responders()
    person_of = {r.id: r.person_id or str(uuid.uuid4()) for r in responders}
    my_id = int(me) if me and me.isdigit() and int(me) in person_of else None
    my_person = person_of[my_id] if my_id is not None else None
    identity = IdentityRow(
        org_id=str(uuid.uuid4()), org_name=org_name, person_id=my_person or str(uuid.uuid4()),
        device_id=str(uuid.uuid4()), sign_private=keys.sign_private, box_private=keys.box_private,
        server_url=None, status="standalone", root_device_id="", root_sign_public=keys.sign_public,
        created_at=now,
    )
    identity = replace(identity, root_device_id=identity.device_id)
    uow.identity.set_identity(identity)
    uow.identity.put_device(DeviceRow(identity.device_id, identity.person_id, keys.sign_public,
                                      keys.box_public, keys.fingerprint, "confirmed"))
    team_uuid = {t.id: str(uuid.uuid4()) for t in uow.reference.teams()}
    for team_id, value in team_uuid.items():
        uow.identity.set_team_uuid(team_id, value)
    for r in responders:
        uow.reference.set_person_id(r.id, person_of[r.id])
        issue_record(uow, identity, person_of[r.id], r.roles, [team_uuid[r.team_id]], now)
    uow.audit.append(now, my_id, "identity.created", "device",
                     identity.device_id, None, {"people": len(responders), "mode": "standalone"})
    return identity


def create_standalone(store: Store, clock: Clock, name: str, team: str = "Team") -> Responder:
    """A new caseload's one person: responder, supervisor and admin, with this device as root."""
    name = check_name(name)
    with store.transaction() as uow:
        if uow.identity.identity() is not None or uow.reference.responders():
            raise UserError("This caseload already has people; it was set up before.")
        team_id = uow.reference.add_team(team)
        person_id = str(uuid.uuid4())
        rid = uow.reference.add_responder(Responder(0, name, team_id, STANDALONE_ROLES,
                                                    person_id=person_id))
        uow.settings.set("me", str(rid))
        adopt_local_people(uow, clock, org_name=team)
    with store.read() as uow:
        install_role_book(uow)
        me = uow.reference.responder(rid)
    assert me is not None
    return me


def people(uow: UnitOfWork) -> list[PersonView]:
    """Everyone known here with their verified roles (the role book must be installed)."""
    team_names = {t.id: t.name for t in uow.reference.teams()}
    by_person: dict[str, list[DeviceRow]] = {}
    for d in uow.identity.devices():
        by_person.setdefault(d.person_id, []).append(d)
    book = uow.reference.role_book or {}
    name_of_uuid = {u: team_names.get(i, "") for i, u in uow.identity.team_uuids().items()}

    def teams(r: Responder) -> tuple[str, ...]:
        row = uow.identity.role_record(r.person_id) if r.person_id in book else None
        if row is None:
            return (team_names.get(r.team_id, ""),)
        return tuple(sorted(name_of_uuid.get(u, u) for u in json.loads(row.record)["teams"]))

    return [
        PersonView(r.id, r.person_id, r.display_name, r.roles, teams(r),
                   tuple(by_person.get(r.person_id, ())), r.person_id in book, r.languages, r.regions)
        for r in uow.reference.responders()
    ]
