"""Sealed evidence blobs and the escalations the server computes from case routing, through the real app
and database (SQLite, and PostgreSQL when HRDCASE_TEST_PG is set)."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from hrdcase.sync import protocol as p
from tests.server.support import Member, World, make_op
from tests.server.test_api_refusals import refused


def _blob(size: int = 1000) -> tuple[str, bytes]:
    data = os.urandom(size)
    return hashlib.sha256(data).hexdigest(), data


def test_blob_put_get_once_by_hash(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    member = world.member(admin)
    blob_id, data = _blob(p.MAX_BLOB_BYTES)  # the largest allowed, over the 1 MiB JSON body limit
    put = world.http.put  # the status code (201, then 200) is not visible through ServerClient
    headers = member.client.signed_headers("PUT", f"/v1/sync/blobs/{blob_id}", data)
    first = put(f"/v1/sync/blobs/{blob_id}", content=data, headers=headers)
    assert first.status_code == 201
    assert first.json() == {"id": blob_id, "size": len(data), "team_id": admin.team_id, "created": True}
    member.client.put_blob(blob_id, data)  # again: a no-op
    headers = admin.client.signed_headers("PUT", f"/v1/sync/blobs/{blob_id}", data)
    again = put(f"/v1/sync/blobs/{blob_id}", content=data, headers=headers)
    assert again.status_code == 200 and again.json()["created"] is False
    assert admin.client.get_blob(blob_id) == data
    with world.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, size, device_id FROM blobs")).all()
    assert [tuple(r) for r in rows] == [(blob_id, len(data), member.device_id)]


def test_blob_refusals(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    member = world.member(admin)
    blob_id, data = _blob()
    refused(world, 400, "not the SHA-256 of the bytes sent",
            lambda: member.client.put_blob(blob_id, data + b"!"))
    refused(world, 400, "64 lowercase hex", lambda: member.client.put_blob(blob_id.upper(), data))
    refused(world, 400, "must not be empty",
            lambda: member.client.put_blob(hashlib.sha256(b"").hexdigest(), b""))
    big_id, big = _blob(p.MAX_BLOB_BYTES + 1)
    refused(world, 413, "larger than 12 MiB", lambda: member.client.put_blob(big_id, big))
    refused(world, 404, "no such blob", lambda: member.client.get_blob(blob_id))
    pending = world.join(*world.invite(admin), admin)
    refused(world, 403, "waiting for an admin", lambda: pending.client.put_blob(blob_id, data))


def test_blobs_stay_in_their_team(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    member = world.member(admin)
    team_two = world.new_team(admin)
    outsider = world.member(admin)
    world.set_teams(admin, outsider, ("responder",), (team_two,))
    blob_id, data = _blob()
    member.client.put_blob(blob_id, data)
    refused(world, 403, "not a member", lambda: outsider.client.get_blob(blob_id))
    # A person in two teams names the blob's team.
    world.set_teams(admin, admin, ("admin", "responder", "supervisor"), (admin.team_id, team_two))
    other_id, other = _blob()
    refused(world, 400, "several teams", lambda: admin.client.put_blob(other_id, other))
    refused(world, 403, "not a member of that team",
            lambda: member.client._raw("PUT", f"/v1/sync/blobs/{other_id}?team_id={team_two}", other))
    admin.client._raw("PUT", f"/v1/sync/blobs/{other_id}?team_id={team_two}", other)
    assert outsider.client.get_blob(other_id) == other
    refused(world, 403, "not a member", lambda: member.client.get_blob(other_id))


def _case(member: Member, op_seq: int, created: datetime, **routing: object) -> dict:
    values = {"status": "new", "priority": "P1", "region": "UA", "assignee_id": member.person_id,
              "created_at": created.isoformat().replace("+00:00", "Z"), **routing}
    return make_op(member, op_seq, entity_id=f"case{op_seq:02d}", routing=values)


def test_escalations_for_a_shift_lead_from_routing_alone(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    responder = world.member(admin)
    lead = world.member(admin, ("responder", "shift_lead"))
    director = world.member(admin, ("director",))
    now = datetime.fromtimestamp(world.clock(), UTC)
    ago = lambda minutes: now - timedelta(minutes=minutes)  # noqa: E731
    responder.client.upload([
        _case(responder, 1, ago(70)),                                     # shift lead step due
        _case(responder, 2, ago(100), region=None),                       # both steps due
        _case(responder, 3, ago(30)),                                     # not yet
        _case(responder, 4, ago(100), priority="P2"),                     # P2 does not escalate
        _case(responder, 5, ago(100), first_response_at=int(ago(80).timestamp())),  # answered
        _case(responder, 6, ago(100), status="resolved"),                 # done
        _case(responder, 7, ago(100), status="a-status-from-the-future"),  # unknown: never escalates
        _case(responder, 8, ago(100)),
    ], None)
    responder.client.upload([make_op(responder, 9, entity_id="case08", routing={"status": "closed"})], None)
    items = lead.client.escalations()
    due = {(i["case_id"], i["step"]): i["due_at"] for i in items}
    iso = lambda when: when.isoformat().replace("+00:00", "Z")  # noqa: E731
    assert due == {("case01", "shift_lead"): iso(ago(10)), ("case02", "shift_lead"): iso(ago(40)),
                   ("case02", "director"): iso(ago(10))}
    assert [i["due_at"] for i in items] == sorted(due.values())
    assert {i["team_id"] for i in items} == {admin.team_id} and {i["priority"] for i in items} == {"P1"}
    case02 = next(i for i in items if i["case_id"] == "case02")
    assert case02["region"] is None and case02["assignee_id"] == responder.person_id
    assert director.client.escalations() == items
    # Time passes on the server alone (the responder's app is closed): case 03 escalates too.
    world.clock.now += 45 * 60
    for device in (lead, responder):  # their clocks move with the server's
        device.client = world.client(device.keys, device.device_id, clock=world.clock)
    assert ("case03", "shift_lead") in {(i["case_id"], i["step"]) for i in lead.client.escalations()}
    # A first response arrives: its steps are gone.
    responder.client.upload([make_op(responder, 10, entity_id="case01",
                                      routing={"first_response_at": iso(ago(5))})], None)
    assert "case01" not in {i["case_id"] for i in lead.client.escalations()}


def test_escalations_are_refused_to_a_responder_and_stay_in_the_team(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    responder = world.member(admin)
    refused(world, 403, "Only a shift lead or a director", responder.client.escalations)
    refused(world, 403, "Only a shift lead or a director", admin.client.escalations)  # admin, supervisor
    team_two = world.new_team(admin)
    lead = world.member(admin, ("shift_lead",))
    world.set_teams(admin, lead, ("shift_lead",), (team_two,))
    now = datetime.fromtimestamp(world.clock(), UTC)
    responder.client.upload([_case(responder, 1, now - timedelta(hours=3))], None)
    assert lead.client.escalations() == []
