"""Bad sync requests the other refusal tests (test_sync_api.py, test_api_refusals.py) leave out:
tampered ciphertext, a replayed upload request, malformed upload and download bodies, another
team's blob. Each is a 4xx with a sentence, and no table changes."""

from __future__ import annotations

import hashlib
import json

from hrdcase.sync.identity import b64d, b64e
from tests.server.support import World, make_op
from tests.server.test_api_refusals import refused


def test_tampered_replayed_and_malformed_sync_requests_change_nothing(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    member = world.member(admin)
    tampered = make_op(member, 1)
    sealed = bytearray(b64d(tampered["sealed"]))
    sealed[-1] ^= 1  # one bit of the ciphertext flipped on the way
    tampered["sealed"] = b64e(bytes(sealed))
    refused(world, 400, "not signed by this device's key", lambda: member.client.upload([tampered], None))

    # The same upload request delivered twice: the copy is refused by its nonce, nothing twice.
    body = json.dumps({"ops": [make_op(member, 2)], "audit_head": None}, separators=(",", ":")).encode()
    headers = {**member.client.signed_headers("POST", "/v1/sync/upload", body),
               "Content-Type": "application/json", "X-Hrdcase-Protocol": "1"}
    assert world.http.post("/v1/sync/upload", content=body, headers=headers).status_code == 200
    before = world.snapshot()
    again = world.http.post("/v1/sync/upload", content=body, headers=headers)
    assert again.status_code == 401 and "replayed" in again.json()["error"]
    assert world.snapshot() == before

    for path, payload in (("/v1/sync/upload", b'{"ops": [{"op_seq": "one"}]}'),
                          ("/v1/sync/upload", b'{"ops": '),
                          ("/v1/sync/download", b'{"cursor": {"team": -1}, "limit": 0}'),
                          ("/v1/sync/download", b'[1, 2, 3]')):
        headers = {**member.client.signed_headers("POST", path, payload), "Content-Type": "application/json",
                   "X-Hrdcase-Protocol": "1"}
        before = world.snapshot()
        answer = world.http.post(path, content=payload, headers=headers)
        assert 400 <= answer.status_code < 500 and answer.json()["error"].endswith("."), payload
        assert world.snapshot() == before

    # Another team's blob: neither stored under that team nor fetched from it.
    team_two = world.new_team(admin)
    data = b"sealed synthetic bytes"
    blob_id = hashlib.sha256(data).hexdigest()
    refused(world, 403, "not a member of that team", lambda: member.client.put_blob(blob_id, data, team_two))
    world.set_teams(admin, admin, ("admin", "responder", "supervisor"), (admin.team_id, team_two))
    admin.client.put_blob(blob_id, data, team_two)
    refused(world, 403, "team this device's person is not a member of",
            lambda: member.client.get_blob(blob_id))
