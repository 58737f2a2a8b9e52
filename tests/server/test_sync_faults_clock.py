"""Clock skew of days. A device whose OS clock is two days off is told the server's time with the
refusal of its first request and signs again with the corrected time; replay protection is
unchanged (a request signed for another time, or a nonce seen before, is still refused). Devices
whose domain clocks are two days apart still converge: stamps are hybrid logical clock readings."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import httpx

from hrdcase.sync import protocol as p
from hrdcase.sync.client import ServerClient
from tests.server.faults import ADMIN, RAVI, SARA, Fleet, Template
from tests.server.support import World, new_id

DAYS2 = 2 * 86400


def test_a_refusal_for_stale_time_states_the_server_time_and_a_replay_stays_refused(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    body = json.dumps({"team_id": new_id(), "name": "Team 2"}).encode()
    ahead = world.client(admin.keys, admin.device_id, clock=lambda: world.clock() + DAYS2)
    headers = {**ahead.signed_headers("POST", "/v1/teams", body), "Content-Type": "application/json"}
    before = world.snapshot()
    refused = world.http.post("/v1/teams", content=body, headers=headers)
    assert refused.status_code == 401 and "clock" in refused.json()["error"]
    assert refused.headers[p.HEADER_SERVER_TIME] == str(int(world.clock()))
    assert world.snapshot() == before
    # Every answer states the server's time, refusals and successes alike.
    assert world.http.get("/v1/health").headers[p.HEADER_SERVER_TIME] == str(int(world.clock()))
    # A request signed in time, then replayed: the second is refused whatever time it claims.
    fine = {**admin.client.signed_headers("POST", "/v1/teams", body), "Content-Type": "application/json"}
    assert world.http.post("/v1/teams", content=body, headers=fine).status_code == 201
    after = world.snapshot()
    again = world.http.post("/v1/teams", content=body, headers=fine)
    assert again.status_code == 401 and "replayed" in again.json()["error"]
    assert world.snapshot() == after


def test_a_client_two_days_off_learns_the_offset_and_retries_once(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    for skew in (DAYS2, -DAYS2):
        sent: list[str] = []

        def count(request: httpx.Request, sent: list[str] = sent) -> None:
            sent.append(request.headers[p.HEADER_TIME])

        http = httpx.Client(transport=world.http._transport, event_hooks={"request": [count]})
        client = ServerClient("http://testserver", admin.keys, admin.device_id, http=http,
                              clock=lambda skew=skew: world.clock() + skew)
        assert client.people()["org_id"] == admin.org_id
        assert len(sent) == 2 and int(sent[1]) == int(world.clock())  # one refusal, one retry
        assert abs(client.offset + skew) < 2
        client.people()  # from now on signed in time at once
        assert len(sent) == 3 and int(sent[2]) == int(world.clock())


def test_devices_two_days_apart_converge(fault_template: Template, tmp_path: Path) -> None:
    fleet = Fleet(fault_template, tmp_path / "org")
    try:
        # OS clocks (request signing) and domain clocks (stamps) two days ahead and behind.
        fleet.skew[RAVI], fleet.skew[SARA] = DAYS2, -DAYS2
        fleet.clocks[RAVI].advance(timedelta(days=2))
        fleet.clocks[SARA].advance(timedelta(days=-2))
        gid = fleet.open_case(RAVI, "Synthetic skewed case")
        fleet.converge()
        fleet.update(SARA, gid, priority="P1")          # Sara's clock is 4 days behind Ravi's
        fleet.update(RAVI, gid, title="Ravi's synthetic title")
        fleet.add_incident(SARA, gid, "Synthetic incident from behind")
        fleet.sync(RAVI)
        fleet.sync(SARA)
        fleet.update(SARA, gid, title="Sara's later synthetic title")  # built on Ravi's: it wins
        fleet.converge()
        state = fleet.assert_converged()
        case = state["cases"][gid]
        assert case["priority"] == "P1" and case["title"] == "Sara's later synthetic title"
        assert fleet.count(ADMIN, "incidents") == fleet.count(RAVI, "incidents") == 2
    finally:
        fleet.close()
