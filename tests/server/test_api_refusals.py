"""Each refusal: a 4xx with a clear sentence, and nothing changed in the database (every table but the
request nonces compared before and after)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from hrdcase.sync.client import ServerError
from hrdcase.sync.identity import DeviceKeys, SignedRoleRecord, b64e, enrol_proof_message, sign, token_hash
from tests.server.support import World, new_id


def refused(world: World, status: int, words: str, action: Callable[[], object]) -> ServerError:
    before = world.snapshot()
    with pytest.raises(ServerError) as caught:
        action()
    assert caught.value.status == status, str(caught.value)
    assert words in str(caught.value)
    assert world.snapshot() == before
    return caught.value


def test_unknown_token(world: World) -> None:
    world.new_org()
    refused(world, 403, "This enrolment token is not valid.",
            lambda: world.client().enrol("no-such-token-at-all", new_id(), new_id(), DeviceKeys.generate()))


def test_forged_enrolment_proof(world: World) -> None:
    org = world.new_org()
    keys, thief = DeviceKeys.generate(), DeviceKeys.generate()
    body = {"token": org.token, "person_id": new_id(), "device_id": new_id(),
            "sign_public": b64e(keys.sign_public), "box_public": b64e(keys.box_public),
            "proof": b64e(sign(thief, enrol_proof_message(org.token, keys.sign_public, keys.box_public)))}
    before = world.snapshot()
    answer = world.http.post("/v1/enrol", json=body)
    assert answer.status_code == 400
    assert answer.json() == {"error": "The enrolment proof does not match the device key."}
    assert world.snapshot() == before


def test_replayed_enrolment_token(world: World) -> None:
    org = world.new_org()
    world.client().enrol(org.token, new_id(), new_id(), DeviceKeys.generate())
    refused(world, 409, "This enrolment token was already used.",
            lambda: world.client().enrol(org.token, new_id(), new_id(), DeviceKeys.generate()))


def test_expired_token(world: World) -> None:
    org = world.new_org(now=datetime.now(UTC) - timedelta(hours=73))
    refused(world, 410, "expired",
            lambda: world.client().enrol(org.token, new_id(), new_id(), DeviceKeys.generate()))


def test_invitation_for_another_person(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    token, _person = world.invite(admin)
    refused(world, 400, "another person",
            lambda: world.client().enrol(token, new_id(), new_id(), DeviceKeys.generate()))


def test_same_device_key_twice(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    token, person_id = world.invite(admin)
    refused(world, 409, "already enrolled",
            lambda: world.client().enrol(token, person_id, new_id(), admin.keys))


def test_unconfirmed_device(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    member = world.join(*world.invite(admin), admin)
    assert member.client.me()["status"] == "pending"
    for action in (member.client.people, member.client.team_keys,
                   lambda: member.client.put_team_keys(admin.team_id, 1, {member.device_id: b"x" * 40})):
        refused(world, 403, "This device is waiting for an admin to confirm it.", action)


def test_revoked_device(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    member = world.member(admin, ("admin", "responder"))
    admin.client.revoke_device(member.device_id)
    for action in (member.client.me, member.client.people, lambda: member.client.devices("all")):
        refused(world, 403, "This device was revoked.", action)
    refused(world, 409, "already revoked", lambda: admin.client.revoke_device(member.device_id))
    refused(world, 409, "not waiting", lambda: admin.client.confirm_device(
        member.device_id, member.keys.fingerprint, []))


def test_wrong_key_signature(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    impostor = world.client(DeviceKeys.generate(), admin.device_id)
    refused(world, 401, "The request signature does not match this device's key.", impostor.people)
    refused(world, 401, "not enrolled", world.client(DeviceKeys.generate(), new_id()).me)


def test_unsigned_request(world: World) -> None:
    world.enrol_admin(world.new_org())
    answer = world.http.get("/v1/people")
    assert answer.status_code == 401 and "not signed" in answer.json()["error"]


def test_replayed_nonce(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    body = json.dumps({"team_id": new_id(), "name": "Team 2"}).encode()
    headers = {**admin.client.signed_headers("POST", "/v1/teams", body), "Content-Type": "application/json"}
    assert world.http.post("/v1/teams", content=body, headers=headers).status_code == 201
    before = world.snapshot()
    again = world.http.post("/v1/teams", content=body, headers=headers)
    assert again.status_code == 401 and "replayed" in again.json()["error"]
    assert world.snapshot() == before


def test_stale_and_future_timestamps(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    for skew in (-301, 301):
        late = world.client(admin.keys, admin.device_id, clock=lambda skew=skew: world.clock() + skew)
        headers = late.signed_headers("GET", "/v1/people", b"")
        before = world.snapshot()
        answer = world.http.get("/v1/people", headers=headers)
        assert answer.status_code == 401 and "clock" in answer.json()["error"]
        assert world.snapshot() == before
        # The client itself learns the server's time from that refusal and signs again in time
        # (tests/server/test_sync_faults_clock.py).
        assert late.people()["org_id"] == admin.org_id


def test_tampered_body_or_path(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    body = json.dumps({"team_id": new_id(), "name": "Team 2"}).encode()
    headers = {**admin.client.signed_headers("POST", "/v1/teams", body), "Content-Type": "application/json"}
    before = world.snapshot()
    other = json.dumps({"team_id": new_id(), "name": "Team 3"}).encode()
    assert world.http.post("/v1/teams", content=other, headers=headers).status_code == 401
    headers = admin.client.signed_headers("GET", "/v1/devices?status=pending", b"")
    assert world.http.get("/v1/devices?status=all", headers=headers).status_code == 401
    assert world.snapshot() == before


def test_non_admin_cannot_invite_confirm_revoke_or_grant(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    responder = world.member(admin, ("responder", "supervisor"))
    pending = world.join(*world.invite(admin), admin)
    forbidden = "Only an admin may do this."
    refused(world, 403, forbidden, lambda: world.invite(responder))
    refused(world, 403, forbidden, lambda: responder.client.confirm_device(
        pending.device_id, pending.keys.fingerprint, []))
    refused(world, 403, forbidden, lambda: responder.client.revoke_device(pending.device_id))
    refused(world, 403, forbidden, lambda: responder.client.devices())
    refused(world, 403, forbidden, lambda: responder.client.create_team(new_id(), "Team X"))
    # A role record signed by a non-admin's device: refused, the person stays a responder.
    grab = world.record(responder, responder.person_id, ("admin",), (admin.team_id,), 9)
    refused(world, 403, forbidden, lambda: responder.client.put_role(responder.person_id, grab, None))


def test_role_record_checks(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    member = world.member(admin)
    other_admin = world.member(admin, ("admin",))
    # Issued by another device than the one sending it.
    forged = world.record(other_admin, member.person_id, ("admin",), (admin.team_id,), 5)
    refused(world, 403, "issued by the device that sends it",
            lambda: admin.client.put_role(member.person_id, forged, None))
    # The signature does not match the issuer named in the record.
    good = world.record(admin, member.person_id, ("admin",), (admin.team_id,), 5)
    bad = SignedRoleRecord(good.record, world.record(other_admin, member.person_id, ("admin",),
                                                     (admin.team_id,), 5).signature)
    refused(world, 400, "signature does not match",
            lambda: admin.client.put_role(member.person_id, bad, None))
    # Serial replayed or lowered.
    admin.client.put_role(member.person_id, world.record(admin, member.person_id, ("responder",),
                                                         (admin.team_id,), 3), None)
    for serial in (3, 2):
        replay = world.record(admin, member.person_id, ("admin",), (admin.team_id,), serial)
        refused(world, 409, "not newer", lambda r=replay: admin.client.put_role(member.person_id, r, None))
    # Names another person than the address, or a team of no organisation.
    wrong = world.record(admin, admin.person_id, ("admin",), (admin.team_id,), 5)
    refused(world, 400, "another person", lambda: admin.client.put_role(member.person_id, wrong, None))
    stray = world.record(admin, member.person_id, ("admin",), (new_id(),), 5)
    refused(world, 400, "team that is not in this organisation",
            lambda: admin.client.put_role(member.person_id, stray, None))


def test_confirm_checks(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    pending = world.join(*world.invite(admin), admin)
    other = DeviceKeys.generate().fingerprint
    refused(world, 400, "The fingerprint does not match this device.",
            lambda: admin.client.confirm_device(pending.device_id, other, []))
    refused(world, 400, "The fingerprint does not match this device.",
            lambda: admin.client.confirm_device(pending.device_id, "nonsense", []))
    stray_key = [{"team_id": new_id(), "key_version": 1, "wrapped": b"x"}]
    refused(world, 404, "no such team", lambda: admin.client.confirm_device(
        pending.device_id, pending.keys.fingerprint, stray_key))
    refused(world, 409, "cannot revoke the device they are using",
            lambda: admin.client.revoke_device(admin.device_id))


def test_invitation_checks(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    person_id = new_id()
    signed = world.record(admin, person_id, ("responder",), (admin.team_id,), 1)
    far = datetime.now(UTC) + timedelta(days=31)
    refused(world, 400, "within 30 days", lambda: admin.client.invite(
        token_hash("t" * 20), person_id, admin.team_id, signed, None, far))
    past = datetime.now(UTC) - timedelta(minutes=1)
    refused(world, 400, "within 30 days", lambda: admin.client.invite(
        token_hash("t" * 20), person_id, admin.team_id, signed, None, past))
    soon = datetime.now(UTC) + timedelta(hours=72)
    refused(world, 400, "role record's teams", lambda: admin.client.invite(
        token_hash("t" * 20), person_id, new_id(), signed, None, soon))
    refused(world, 409, "already exists", lambda: admin.client.invite(
        token_hash("t" * 20), admin.person_id, admin.team_id,
        world.record(admin, admin.person_id, ("responder",), (admin.team_id,), 1), None, soon))
    admin.client.invite(token_hash("t" * 20), person_id, admin.team_id, signed, None, soon)
    again = new_id()
    refused(world, 409, "token already exists", lambda: admin.client.invite(
        token_hash("t" * 20), again, admin.team_id,
        world.record(admin, again, ("responder",), (admin.team_id,), 1), None, soon))


def test_other_organisations_ids(world: World) -> None:
    alpha = world.enrol_admin(world.new_org("Org Alpha"))
    beta = world.enrol_admin(world.new_org("Org Beta"))
    alpha_pending = world.join(*world.invite(alpha), alpha)
    refused(world, 404, "no such device in this organisation", lambda: beta.client.confirm_device(
        alpha_pending.device_id, alpha_pending.keys.fingerprint, []))
    refused(world, 404, "no such device in this organisation",
            lambda: beta.client.revoke_device(alpha.device_id))
    # A record for alpha's person, honestly naming beta's org: no such person in beta's org.
    record = world.record(beta, alpha.person_id, ("responder",), (beta.team_id,), 7)
    refused(world, 404, "no such person", lambda: beta.client.put_role(alpha.person_id, record, None))
    # A record naming alpha's org, signed by beta's admin.
    foreign = world.record(beta, alpha.person_id, ("responder",), (alpha.team_id,), 7, org_id=alpha.org_id)
    refused(world, 400, "another organisation", lambda: beta.client.put_role(alpha.person_id, foreign, None))
    # Inviting into alpha's team.
    person_id = new_id()
    refused(world, 400, "not in this organisation", lambda: beta.client.invite(
        token_hash("b" * 20), person_id, alpha.team_id,
        world.record(beta, person_id, ("responder",), (alpha.team_id,), 1), None,
        datetime.now(UTC) + timedelta(hours=1)))
    refused(world, 404, "no such team", lambda: beta.client.put_team_keys(alpha.team_id, 1, {}))
    assert [d["device_id"] for d in beta.client.devices("all")] == [beta.device_id]
    listing = beta.client.people()
    assert [p["person_id"] for p in listing["people"]] == [beta.person_id]
    assert [t["team_id"] for t in listing["teams"]] == [beta.team_id]


def test_body_too_large(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    before = world.snapshot()
    big = b'{"token":"' + b"x" * (1 << 20) + b'"}'
    answer = world.http.post("/v1/enrol", content=big, headers={"Content-Type": "application/json"})
    assert answer.status_code == 413 and "larger than 1 MiB" in answer.json()["error"]
    big_name = "n" * (1 << 20)
    refused(world, 413, "larger than 1 MiB", lambda: admin.client.create_team(new_id(), big_name))

    def chunks():  # no Content-Length: the limit is counted as the body arrives
        for _ in range(20):
            yield b"y" * (64 * 1024)
    answer = world.http.post("/v1/enrol", content=chunks(), headers={"Content-Type": "application/json"})
    assert answer.status_code == 413
    assert world.snapshot() == before


def test_bounded_fields_and_bad_json(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    refused(world, 400, "name", lambda: admin.client.create_team(new_id(), "n" * 201))
    refused(world, 400, "team_id", lambda: admin.client.create_team("not-a-uuid", "Team"))
    answer = world.http.post("/v1/enrol", content=b"{not json", headers={"Content-Type": "application/json"})
    assert answer.status_code == 400 and set(answer.json()) == {"error"}
    refused(world, 400, "status must be", lambda: admin.client.devices("everything"))


def test_protocol_versions(world: World) -> None:
    for version, words in (("2", "Upgrade the server"), ("0", "Upgrade hrdcase"), ("x", "Upgrade")):
        answer = world.http.get("/v1/health", headers={"X-Hrdcase-Protocol": version})
        assert answer.status_code == 426 and words in answer.json()["error"]


def test_unknown_address(world: World) -> None:
    answer = world.http.get("/v1/nothing-here")
    assert answer.status_code == 404 and set(answer.json()) == {"error"}
