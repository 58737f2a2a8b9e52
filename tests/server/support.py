"""A small world for server tests: the real app over a real database, driven through the real
`ServerClient` (over FastAPI's TestClient, or real HTTP in the subprocess tests)."""

from __future__ import annotations

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
from hrdcase.sync.client import ServerClient
from hrdcase.sync.identity import (
    DeviceKeys,
    RoleRecord,
    SignedRoleRecord,
    seal,
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
