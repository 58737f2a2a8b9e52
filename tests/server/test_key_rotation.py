"""Revoking a device rotates the keys of its person's teams: the others receive the new key, the
revoked device cannot fetch it, and what is sealed from then on is sealed under it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import Role
from hrdcase.sync.client import ServerError
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
