"""A small world for server tests: the real app over a real database, driven through the real
`ServerClient` (over FastAPI's TestClient, or real HTTP in the subprocess tests)."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from hrdcase.server import tables
from hrdcase.server.app import create_app
from hrdcase.server.orgs import NewOrg, create_org
from hrdcase.sync import protocol as p
from hrdcase.sync.client import ServerClient
from hrdcase.sync.identity import (
    DeviceKeys,
    RoleRecord,
    SignedRoleRecord,
    b64e,
    seal,
    sign,
    sign_role_record,
    token_hash,
)


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@dataclass
class Member:
    keys: DeviceKeys
    device_id: str
    person_id: str
    org_id: str
    team_id: str
    client: ServerClient
    serial: int = 0


def iso_now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def new_id() -> str:
    return str(uuid.uuid4())


class World:
    def __init__(self, engine: Engine, app: Any = None) -> None:
        self.engine = engine
        self.clock = Clock()
        self.app = app or create_app(engine, clock=self.clock)
        self.http = TestClient(self.app)

    def close(self) -> None:
        self.http.close()
        self.engine.dispose()

    def client(self, keys: DeviceKeys | None = None, device_id: str | None = None, **kw: Any) -> ServerClient:
        return ServerClient("http://testserver", keys, device_id, http=self.http, **kw)

    def new_org(self, name: str = "Org Alpha", *, now: datetime | None = None) -> NewOrg:
        return create_org(self.engine, name, now=now)

    def enrol_admin(self, org: NewOrg) -> Member:
        keys, device_id, person_id = DeviceKeys.generate(), new_id(), new_id()
        client = self.client()
        client.enrol(org.token, person_id, device_id, keys)
        admin = Member(keys, device_id, person_id, org.org_id, org.team_id, client)
        self.put_role(admin, admin, ("admin", "responder", "supervisor"))
        return admin

    def record(self, issuer: Member, person_id: str, roles: tuple[str, ...], teams: tuple[str, ...],
               serial: int, org_id: str | None = None) -> SignedRoleRecord:
        record = RoleRecord(org_id or issuer.org_id, person_id, roles, teams, serial, iso_now(),
                            issuer.device_id)
        return sign_role_record(issuer.keys, record)

    def put_role(self, issuer: Member, person: Member, roles: tuple[str, ...],
                 sealed_name: str | None = None) -> None:
        person.serial += 1
        signed = self.record(issuer, person.person_id, roles, (person.team_id,), person.serial)
        sealed = seal(TEAM_KEY, sealed_name.encode(), person.person_id.encode()) if sealed_name else None
        issuer.client.put_role(person.person_id, signed, sealed)

    def invite(self, admin: Member, roles: tuple[str, ...] = ("responder",),
               sealed_name: str = "Invitee") -> tuple[str, str]:
        token, person_id = f"invite-{uuid.uuid4().hex}", new_id()
        signed = self.record(admin, person_id, roles, (admin.team_id,), 1)
        sealed = seal(TEAM_KEY, sealed_name.encode(), person_id.encode())
        admin.client.invite(token_hash(token), person_id, admin.team_id, signed, sealed,
                            datetime.now(UTC) + timedelta(hours=72))
        return token, person_id

    def join(self, token: str, person_id: str, org: Member) -> Member:
        keys, device_id = DeviceKeys.generate(), new_id()
        client = self.client()
        client.enrol(token, person_id, device_id, keys)
        return Member(keys, device_id, person_id, org.org_id, org.team_id, client, serial=1)

    def confirm(self, admin: Member, member: Member) -> None:
        admin.client.confirm_device(member.device_id, member.keys.fingerprint, [])

    def member(self, admin: Member, roles: tuple[str, ...] = ("responder",)) -> Member:
        token, person_id = self.invite(admin, roles)
        member = self.join(token, person_id, admin)
        self.confirm(admin, member)
        return member

    def set_teams(self, admin: Member, person: Member, roles: tuple[str, ...],
                  teams: tuple[str, ...]) -> None:
        """A new signed role record for `person` with these roles and teams."""
        person.serial += 1
        admin.client.put_role(person.person_id, self.record(admin, person.person_id, roles, teams,
                                                            person.serial), None)

    def new_team(self, admin: Member, name: str = "Team 2") -> str:
        team_id = new_id()
        admin.client.create_team(team_id, name)
        return team_id

    def via(self, member: Member) -> Member:
        """The same device talking to this world's app instance (another engine on the same db)."""
        return Member(member.keys, member.device_id, member.person_id, member.org_id, member.team_id,
                      self.client(member.keys, member.device_id), member.serial)

    def snapshot(self) -> dict[str, list[tuple]]:
        """Every row of every table except the request nonces (which a refused request may add)."""
        result = {}
        with self.engine.connect() as conn:
            for table in tables.ALL_TABLES:
                if table is not tables.request_nonces:
                    rows = conn.execute(sa.select(table)).all()
                    result[table.name] = sorted((tuple(row) for row in rows), key=repr)
        return result


TEAM_KEY = bytes(range(32))  # the team key the clients would share; the server never sees it


def make_op(member: Member, op_seq: int, *, team_id: str | None = None, entity: str = "cases",
            entity_id: str | None = None, routing: dict[str, Any] | None = None, text: str = "synthetic",
            key_version: int = 1, signer: DeviceKeys | None = None) -> p.UploadOp:
    """An op as a device makes it: the change sealed under the team key with `op_aad`, signed by the
    device (or by `signer`, to forge one)."""
    team = team_id or member.team_id
    gid = entity_id or uuid.uuid4().hex
    aad = p.op_aad(member.org_id, team, entity, gid, member.device_id, op_seq, key_version)
    change = json.dumps({"v": 1, "t": entity, "id": gid, "del": False, "f": {"note": [text, "s", None]}})
    sealed = seal(TEAM_KEY, change.encode(), aad)
    signature = sign(signer or member.keys, p.op_signing_message(aad, sealed))
    return {"op_seq": op_seq, "team_id": team, "entity": entity, "entity_id": gid,
            "key_version": key_version, "routing": {} if routing is None else routing,
            "sealed": b64e(sealed), "signature": b64e(signature)}


def download_all(member: Member, cursor: dict[str, int] | None = None, limit: int = p.MAX_OPS_PER_DOWNLOAD
                 ) -> tuple[list[p.DownloadedOp], dict[str, int]]:
    """Every op past `cursor`, batch after batch as a client pulls them, checking each checksum."""
    cursor, ops = dict(cursor or {}), []
    for _ in range(10_000):
        batch = member.client.download(cursor, limit)
        assert batch["checksum"] == p.ops_checksum(batch["ops"])
        ops += batch["ops"]
        cursor = batch["cursor"]
        if not batch["more"]:
            return ops, cursor
    raise AssertionError("download never finished")
