"""Two real server instances on one PostgreSQL database (the `servers` fixture; one instance on
SQLite), with every request of every device going to the other instance than the one before: a
multi-device sync converges, nothing lost, nothing twice."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import IncidentCategory, Role
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.sync.client import ServerClient
from hrdcase.sync.identity import DeviceKeys
from tests.server.devices import Devices
from tests.server.faults import synced_state
from tests.server.support import World


class Alternating(httpx.BaseTransport):
    def __init__(self, urls: list[str]) -> None:
        self.pick = itertools.cycle([httpx.URL(u) for u in urls])
        self.inner = httpx.HTTPTransport()
        self.seen: set[int | None] = set()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        target = next(self.pick)
        self.seen.add(target.port)
        url = request.url.copy_with(scheme=target.scheme, host=target.host, port=target.port)
        real = httpx.Request(request.method, url, headers=request.headers, content=request.read())
        response = self.inner.handle_request(real)
        response.read()
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)


class AlternatingDevices(Devices):
    def __init__(self, world: World, root: Path, clock: FixedClock, urls: list[str]) -> None:
        super().__init__(world, root, clock)
        self.transport = Alternating(urls)
        self.http = httpx.Client(transport=self.transport)

    def factory(self, url: str, keys: DeviceKeys | None, device_id: str | None) -> ServerClient:
        return ServerClient(url, keys, device_id, http=self.http)


def test_requests_alternating_between_two_instances_converge(world: World, servers: list[str],
                                                             tmp_path: Path) -> None:
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1))
    devices = AlternatingDevices(world, tmp_path, clock, servers)
    try:
        devices.admin()
        ravi = devices.add("Ravi Responder", [Role.RESPONDER])
        sara = devices.add("Sara Supervisor", [Role.SUPERVISOR])
        sessions = list(devices.sessions.values())
        for session in sessions:
            session.sync.run()
        for i, session in enumerate(sessions):
            clock.advance(timedelta(seconds=5))
            case_id, _ = session.cases.open_case(NewCase(
                title=f"Synthetic case {i}", category=IncidentCategory.DOXXING, region_code="KE",
                language="sw", description=f"Synthetic description {i}", new_defender=NewDefender("Numbat")))
            session.cases.add_incident(case_id, IncidentCategory.IMPERSONATION, f"Synthetic incident {i}")
        for _ in range(2):
            for session in (ravi, sara, *sessions):
                session.sync.run()
        states = [synced_state(s) for s in sessions]
        assert states[0] == states[1] == states[2]
        assert len(states[0]["cases"]) == 3 and len(states[0]["incidents"]) == 6
        for session in sessions:
            assert session.store.db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 6
        assert len(devices.transport.seen) == len(servers)
    finally:
        devices.close()
