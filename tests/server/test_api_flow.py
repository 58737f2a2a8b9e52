"""The enrolment flow through the real app and database, driven with the real ServerClient."""

from __future__ import annotations

import json

from hrdcase.sync.identity import DeviceKeys, b64d, open_sealed, verify_role_record
from hrdcase.sync.identity import SignedRoleRecord as Signed
from tests.server.support import TEAM_KEY, World, new_id


def test_health_is_open(world: World) -> None:
    assert world.client().health() == {"status": "ok", "protocol": 1}


def test_openapi_is_served(world: World) -> None:
    schema = world.http.get("/openapi.json").json()
    assert "/v1/enrol" in schema["paths"] and "/v1/people" in schema["paths"]
    assert world.http.get("/docs").status_code == 200


def test_init_token_makes_the_first_admin(world: World) -> None:
    org = world.new_org()
    keys, device_id, person_id = DeviceKeys.generate(), new_id(), new_id()
    client = world.client()
    answer = client.enrol(org.token, person_id, device_id, keys)
    assert answer == {"org_id": org.org_id, "org_name": "Org Alpha", "team_id": org.team_id,
                      "person_id": person_id, "device_id": device_id, "status": "confirmed",
                      "fingerprint": keys.fingerprint, "root_sign_public": None, "root_device_id": device_id}
    me = client.me()
    assert me["status"] == "confirmed" and me["teams"] == [org.team_id] and me["role_record"] is None
    assert set(me["roles"]) == {"admin", "supervisor", "responder"}


def test_root_uploads_its_own_record_then_invites_joins_and_confirms(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    me = admin.client.me()
    assert me["role_record"]["record"]["serial"] == 1
    token, person_id = world.invite(admin, ("supervisor",), sealed_name="Noor Example")
    member = world.join(token, person_id, admin)
    assert member.client.me()["status"] == "pending"
    pending = admin.client.devices("pending")
    assert [d["device_id"] for d in pending] == [member.device_id]
    assert pending[0]["fingerprint"] == member.keys.fingerprint and pending[0]["confirmed_at"] is None
    wrapped = [{"team_id": admin.team_id, "key_version": 1, "wrapped": b"\x01" * 60}]
    admin.client.confirm_device(member.device_id, member.keys.fingerprint.lower().replace("-", " "), wrapped)
    assert member.client.me()["status"] == "confirmed"
    assert member.client.team_keys() == [{"team_id": admin.team_id, "key_version": 1,
                                          "wrapped": "AQEB" * 20}]
    listing = member.client.people()
    assert listing["root_device_id"] == admin.device_id
    entry = {p["person_id"]: p for p in listing["people"]}[person_id]
    assert entry["roles"] == ["supervisor"] and entry["teams"] == [admin.team_id]
    assert [d["status"] for d in entry["devices"]] == ["confirmed"]
    # Every device can check the record against the issuing admin's key, and open the sealed name.
    issuer = {d["device_id"]: d for p in listing["people"] for d in p["devices"]}[admin.device_id]
    verify_role_record(Signed.from_json(entry["signed_record"]), b64d(issuer["sign_public"]))
    assert open_sealed(TEAM_KEY, b64d(entry["sealed_profile"]), person_id.encode()) == b"Noor Example"
    assert listing["teams"] == [{"team_id": admin.team_id, "name": "Team 1"}]


def test_invited_device_learns_the_root_key(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    token, person_id = world.invite(admin)
    answer = world.client().enrol(token, person_id, new_id(), DeviceKeys.generate())
    assert answer["status"] == "pending" and answer["root_device_id"] == admin.device_id
    assert b64d(answer["root_sign_public"]) == admin.keys.sign_public


def test_role_change_teams_and_team_keys(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    member = world.member(admin)
    team_two = new_id()
    admin.client.create_team(team_two, "Team 2")
    member.serial += 1
    admin.client.put_role(member.person_id, world.record(
        admin, member.person_id, ("responder", "shift_lead"), (admin.team_id, team_two), member.serial), None)
    me = member.client.me()
    assert me["roles"] == ["responder", "shift_lead"]
    assert sorted(me["teams"]) == sorted([admin.team_id, team_two])
    member.client.put_team_keys(team_two, 1, {member.device_id: b"k" * 40, admin.device_id: b"a" * 40})
    assert [k["team_id"] for k in admin.client.team_keys()] == [team_two]
    revoked = admin.client.devices("all")
    assert {d["status"] for d in revoked} == {"confirmed"}
    admin.client.revoke_device(member.device_id)
    assert [d["device_id"] for d in admin.client.devices("revoked")] == [member.device_id]
    with world.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT device_id FROM team_keys").all()
    assert member.device_id not in {r[0] for r in rows}


def test_roles_on_the_server_follow_the_latest_verified_record(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    with world.engine.connect() as conn:
        roles, record = conn.exec_driver_sql("SELECT roles, role_record FROM people").one()
    assert roles == "admin,responder,supervisor"
    assert json.loads(record)["record"]["issuer_device_id"] == admin.device_id
