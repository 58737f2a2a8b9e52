"""Revoking a device rotates the keys of its person's teams (the others receive the new key, the
revoked device cannot fetch it), and the device learns of it at its next sync only from an admin's
signature: a server alone cannot make a device wipe itself."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import Role
from hrdcase.server import tables
from hrdcase.services.identity import device_keys
from hrdcase.services.sync import DeviceRevoked
from hrdcase.sync.client import ServerError
from hrdcase.sync.identity import b64e, revocation_message, sign
from tests.server.devices import Devices
from tests.server.support import World


@pytest.fixture
def devices(world: World, tmp_path: Path) -> Iterator[Devices]:
    d = Devices(world, tmp_path, FixedClock(datetime.now(UTC).replace(microsecond=0)))
    yield d
    d.close()


def _key(session, team: str):  # type: ignore[no-untyped-def]
    with session.store.read() as uow:
        return uow.identity.team_key(team)


def _team(session) -> str:  # type: ignore[no-untyped-def]
    with session.store.read() as uow:
        return next(iter(uow.identity.team_uuids().values()))


def test_revoking_a_device_rotates_its_teams_keys(devices: Devices) -> None:
    admin = devices.admin()
    ravi = devices.add("Ravi Responder", [Role.RESPONDER])
    lost = devices.add("Lost Laptop", [Role.RESPONDER])
    team = _team(admin)
    before = _key(admin, team)
    assert before is not None and before[0] == 1 and _key(lost, team) == before

    devices.org(admin).revoke_device(lost.identity().fingerprint)

    after = _key(admin, team)
    assert after is not None and after[0] == 2 and after[1] != before[1]
    devices.org(ravi).refresh()
    assert _key(ravi, team) == after  # the remaining member received the new key
    with pytest.raises(ServerError, match="revoked"):
        devices.org(lost).refresh()
    assert _key(lost, team) == before  # the revoked device still holds only the old one
    with lost.store.read() as uow:
        assert uow.identity.identity().status == "revoked"


def test_a_revoked_device_learns_it_at_sync_from_an_admins_signature(devices: Devices) -> None:
    admin = devices.admin()
    lost = devices.add("Lost Laptop", [Role.RESPONDER])
    devices.org(admin).revoke_device(lost.identity().fingerprint)
    with pytest.raises(DeviceRevoked, match="An admin of Org Alpha revoked this device"):
        lost.sync.run()


def test_a_server_cannot_make_a_device_wipe_itself(devices: Devices, world: World) -> None:
    """A revocation the server stored without an admin's signature (here: signed by a responder's
    device, as a compromised server could arrange) refuses the device but never wipes it."""
    admin = devices.admin()
    ravi = devices.add("Ravi Responder", [Role.RESPONDER])
    lost = devices.add("Lost Laptop", [Role.RESPONDER])
    for session in (admin, ravi, lost):
        session.sync.run()  # every device knows every other device's keys
    with lost.store.read() as uow:
        target = uow.identity.identity()
    with ravi.store.read() as uow:
        forger = uow.identity.identity()
    at = "2026-12-02T10:00:00Z"
    signature = sign(device_keys(forger), revocation_message(target.org_id, target.device_id,
                                                             forger.device_id, at))
    statement = {"org_id": target.org_id, "device_id": target.device_id,
                 "issuer_device_id": forger.device_id, "revoked_at": at, "signature": b64e(signature)}
    with world.engine.begin() as conn:
        conn.execute(sa.update(tables.devices).where(tables.devices.c.id == target.device_id)
                     .values(status="revoked", revocation=json.dumps(statement)))
    with pytest.raises(ServerError, match="revoked") as refused:
        lost.sync.run()
    assert not isinstance(refused.value, DeviceRevoked)
