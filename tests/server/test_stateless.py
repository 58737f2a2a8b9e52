"""Two app instances over one database (each with its own engine and pool): what one learns, the other
knows, because nothing lives in process memory. On PostgreSQL this is the load-balancer set-up."""

from __future__ import annotations

import json

import pytest

from hrdcase.server.db import open_engine
from hrdcase.sync.client import ServerError
from hrdcase.sync.identity import DeviceKeys
from tests.server.support import World, new_id


def test_enrol_through_one_instance_use_through_the_other(server_db: str) -> None:
    first, second = World(open_engine(server_db)), World(open_engine(server_db))
    try:
        admin = first.enrol_admin(first.new_org())
        token, person_id = first.invite(admin)
        member = second.join(token, person_id, admin)  # the invitation was stored by the first
        admin.client = second.client(admin.keys, admin.device_id)
        second.confirm(admin, member)
        member.client = first.client(member.keys, member.device_id)
        assert member.client.me()["status"] == "confirmed"
        # A request seen by one instance is a replay at the other.
        body = json.dumps({"team_id": new_id(), "name": "Team 2"}).encode()
        headers = admin.client.signed_headers("POST", "/v1/teams", body)
        headers["Content-Type"] = "application/json"
        assert first.http.post("/v1/teams", content=body, headers=headers).status_code == 201
        replay = second.http.post("/v1/teams", content=body, headers=headers)
        assert replay.status_code == 401 and "replayed" in replay.json()["error"]
        # The token used at one instance is used at the other.
        with pytest.raises(ServerError) as caught:
            first.client().enrol(token, person_id, new_id(), DeviceKeys.generate())
        assert caught.value.status == 409
    finally:
        first.close()
        second.close()
