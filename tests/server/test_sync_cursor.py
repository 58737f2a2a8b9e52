"""A device's download goes on past batches that bring it nothing (its own ops, which the server
passes over, or wellbeing signals it may not see) while the server says there is more: otherwise a
device that has just sent a long history would stop at the first empty batch of every sync, and see
the other devices' new changes only once its cursor had crept past all of its own ops."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import IncidentCategory, Priority, Role
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.sync import protocol as p
from hrdcase.sync.client import ServerClient
from hrdcase.sync.identity import DeviceKeys
from tests.server.devices import URL, Devices
from tests.server.support import World

BATCH = 3  # the server's batch size, as small as a long history makes it relative to 500


class SmallBatches(ServerClient):
    """The real client, asking for batches of BATCH ops instead of 500."""

    def download(self, cursor: dict[str, int], limit: int = p.MAX_OPS_PER_DOWNLOAD) -> Any:
        return super().download(cursor, min(limit, BATCH))


@pytest.fixture
def devices(world: World, tmp_path: Path) -> Iterator[Devices]:
    d = Devices(world, tmp_path, FixedClock(datetime.now(UTC).replace(microsecond=0)))

    def factory(url: str, keys: DeviceKeys | None, device_id: str | None) -> ServerClient:
        assert url == URL, url
        return SmallBatches(url, keys, device_id, http=world.http)

    d.factory = factory  # type: ignore[method-assign]
    yield d
    d.close()


def _case(title: str) -> NewCase:
    return NewCase(title=title, category=IncidentCategory.DOXXING, region_code="KE", language="sw",
                   description="Synthetic description", priority=Priority.P3,
                   new_defender=NewDefender("Synthetic defender"))


def test_a_sync_reads_past_its_own_ops_to_the_other_devices_changes(devices: Devices) -> None:
    admin = devices.admin()
    ravi = devices.add("Ravi Responder", [Role.RESPONDER])
    for session in (admin, ravi):
        session.sync.run()
    for n in range(4):  # several batches of the admin's own ops
        admin.cases.open_case(_case(f"Admin case {n}"))
    assert admin.sync.run()[0].sent >= 4 * 2
    ravi.cases.open_case(_case("Ravi's case"))
    ravi.sync.run()
    summary, _ = admin.sync.run()
    assert summary.received >= 2  # Ravi's case and its incident, in this one sync
    titles = {row[0] for row in admin.store.db.execute("SELECT title FROM cases")}
    assert "Ravi's case" in titles
