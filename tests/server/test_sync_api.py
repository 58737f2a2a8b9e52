"""Upload and download of sealed ops through the real app and database (SQLite, and PostgreSQL when
HRDCASE_TEST_PG is set), driven with the real ServerClient. Refusals change no row."""

from __future__ import annotations

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from hrdcase.sync import protocol as p
from hrdcase.sync.identity import DeviceKeys, b64d, b64e, open_sealed
from tests.server.support import TEAM_KEY, Member, World, download_all, make_op
from tests.server.test_api_refusals import refused


def _org(world: World) -> tuple[Member, Member]:
    admin = world.enrol_admin(world.new_org())
    return admin, world.member(admin)


def _count(world: World, table: str) -> int:
    with world.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()


def test_upload_then_download_round_trip(world: World) -> None:
    admin, member = _org(world)
    sent = [make_op(member, n, routing={"status": "new", "priority": "P2"}, text=f"change {n}")
            for n in (1, 2, 3)]
    answer = member.client.upload(sent, None)
    assert answer == {"acked": [1, 2, 3], "countersign": None}
    ops, cursor = download_all(admin)
    assert [op["seq"] for op in ops] == [1, 2, 3] and cursor == {admin.team_id: 3}
    for got, op in zip(ops, sent, strict=True):
        assert {k: got[k] for k in op} == op
        assert got["device_id"] == member.device_id and got["received_at"].endswith("Z")
        aad = p.op_aad(admin.org_id, got["team_id"], got["entity"], got["entity_id"], got["device_id"],
                       got["op_seq"], got["key_version"])
        assert open_sealed(TEAM_KEY, b64d(got["sealed"]), aad).startswith(b'{"v": 1')
    # From the cursor: nothing new, the same cursor back.
    again = admin.client.download(cursor)
    assert again["ops"] == [] and again["cursor"] == cursor and again["more"] is False
    assert again["resync"] == [] and again["checksum"] == p.ops_checksum([])


def test_duplicate_upload_is_acked_without_a_second_row(world: World) -> None:
    _admin, member = _org(world)
    ops = [make_op(member, 1), make_op(member, 2)]
    member.client.upload(ops, None)
    assert member.client.upload([*ops, make_op(member, 3)], None)["acked"] == [1, 2, 3]
    assert member.client.upload([ops[0], ops[0]], None)["acked"] == [1]  # twice in one request
    assert _count(world, "ops") == 3
    with world.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT next_seq FROM team_log")).scalar_one() == 4


def test_conflicting_replay_is_refused(world: World) -> None:
    _admin, member = _org(world)
    first = make_op(member, 1, text="one")
    member.client.upload([first], None)
    other = make_op(member, 1, entity_id=first["entity_id"], text="another")
    refused(world, 409, "different op with op_seq 1", lambda: member.client.upload([other], None))
    refused(world, 400, "two different ops with op_seq 2",
            lambda: member.client.upload([make_op(member, 2), make_op(member, 2)], None))


def test_one_bad_op_stores_nothing(world: World) -> None:
    admin, member = _org(world)
    good = [make_op(member, n) for n in (1, 2)]
    forged = make_op(member, 3, signer=DeviceKeys.generate())
    refused(world, 400, "not signed by this device's key",
            lambda: member.client.upload([*good, forged], None))
    stored = make_op(member, 4, text="first")
    member.client.upload([stored], None)
    # A conflict after good ops in the same request: the good ops are not stored either.
    clash = make_op(member, 4, entity_id=stored["entity_id"], text="second")
    refused(world, 409, "different op", lambda: member.client.upload([*good, clash], None))
    assert [op["op_seq"] for op in download_all(admin)[0]] == [4]


def test_forged_or_moved_op_is_refused(world: World) -> None:
    admin, member = _org(world)
    refused(world, 400, "forged", lambda: member.client.upload([make_op(member, 1, signer=admin.keys)], None))
    moved = make_op(member, 1)
    moved["entity_id"] = "another-row"  # the signature covers the op's place: it no longer verifies
    refused(world, 400, "forged", lambda: member.client.upload([moved], None))
    replayed = make_op(admin, 1)  # an admin's op sent as the member's own
    refused(world, 400, "forged", lambda: member.client.upload([replayed], None))


def test_other_teams_ops_are_neither_uploaded_nor_downloaded(world: World) -> None:
    admin, member = _org(world)
    team_two = world.new_team(admin)
    outsider = world.member(admin)
    world.set_teams(admin, outsider, ("responder",), (team_two,))
    refused(world, 403, "not a member of the team",
            lambda: member.client.upload([make_op(member, 1), make_op(member, 2, team_id=team_two)], None))
    world.set_teams(admin, admin, ("admin", "responder", "supervisor"), (admin.team_id, team_two))
    outsider.client.upload([make_op(outsider, 1, team_id=team_two)], None)
    member.client.upload([make_op(member, 1)], None)
    admin.client.upload([make_op(admin, 1)], None)
    ops, cursor = download_all(member)
    assert {op["team_id"] for op in ops} == {member.team_id} and set(cursor) == {member.team_id}
    ops, cursor = download_all(outsider)  # its own op is passed over, team one is not its
    assert ops == [] and cursor == {team_two: 1}
    both, cursor = download_all(admin)
    assert [(op["team_id"], op["seq"]) for op in both] == sorted([(admin.team_id, 1), (team_two, 1)])
    assert cursor == {admin.team_id: 2, team_two: 1}  # past its own op too
    refused(world, 403, "not a member of the team", lambda: member.client.download({team_two: 0}))


def test_pending_and_revoked_devices_are_refused(world: World) -> None:
    admin, member = _org(world)
    pending = world.join(*world.invite(admin), admin)
    for action in (lambda: pending.client.upload([make_op(pending, 1)], None),
                   lambda: pending.client.download({})):
        refused(world, 403, "waiting for an admin to confirm", action)
    admin.client.revoke_device(member.device_id)
    for action in (lambda: member.client.upload([make_op(member, 1)], None),
                   lambda: member.client.download({}), member.client.server_key):
        refused(world, 403, "revoked", action)


def test_sizes_and_routing_keys_are_checked(world: World) -> None:
    _admin, member = _org(world)
    big = make_op(member, 1)
    big["sealed"] = "A" * ((p.MAX_SEALED_OP_BYTES * 4 + 2) // 3 + 4)
    refused(world, 400, "a sealed op may be at most 256 KiB", lambda: member.client.upload([big], None))
    many = [make_op(member, n) for n in range(p.MAX_OPS_PER_UPLOAD + 1)]
    for op in many:
        op["sealed"] = op["sealed"][:8]  # keeps the body under 1 MiB: the count is refused first
    refused(world, 400, "ops: List should have at most 500 items", lambda: member.client.upload(many, None))
    huge = [make_op(member, n, text="x" * 200_000) for n in range(1, 8)]
    refused(world, 413, "larger than 1 MiB", lambda: member.client.upload(huge, None))
    for routing, words in (({"title": "Visible text"}, "routing key 'title' is not allowed"),
                           ({"region": "x" * 201}, "routing region must be text of at most 200"),
                           ({"status": {"nested": 1}}, "routing status must be text"),
                           ({"created_at": "yesterday"}, "routing created_at must be an ISO 8601 time"),
                           ({"deleted": "yes"}, "routing deleted must be true, false or null"),
                           ({"case_id": "a b"}, "routing case_id must be a row id")):
        refused(world, 400, words,
                lambda r=routing: member.client.upload([make_op(member, 1, routing=r)], None))
    wide = {"region": "\u00e9" * 200, "category": "\u00e9" * 200}  # 6 bytes each in canonical JSON
    refused(world, 400, "routing metadata is larger than 2048 bytes",
            lambda: member.client.upload([make_op(member, 1, routing=wide)], None))
    bad_entity = make_op(member, 1, entity="Cases")
    refused(world, 400, "entity", lambda: member.client.upload([bad_entity], None))


def test_download_pages_with_limit_more_and_checksum(world: World) -> None:
    admin, member = _org(world)
    member.client.upload([make_op(member, n) for n in range(1, 8)], None)
    first = admin.client.download({}, 3)
    assert [op["seq"] for op in first["ops"]] == [1, 2, 3] and first["more"] is True
    assert first["cursor"] == {admin.team_id: 3} and first["checksum"] == p.ops_checksum(first["ops"])
    second = admin.client.download(first["cursor"], 3)
    assert [op["seq"] for op in second["ops"]] == [4, 5, 6] and second["more"] is True
    last = admin.client.download(second["cursor"], 3)
    assert [op["seq"] for op in last["ops"]] == [7] and last["more"] is False
    # A limit above the maximum is the maximum; a batch whose ops were altered fails its checksum.
    assert len(admin.client.download({}, 10_000)["ops"]) == 7
    altered = [dict(op) for op in first["ops"]]
    altered[0]["sealed"] = b64e(b"tampered")
    assert p.ops_checksum(altered) != first["checksum"]


def test_download_stays_under_the_response_limit(world: World) -> None:
    admin, member = _org(world)
    text = "z" * 260_000  # sealed, just under MAX_SEALED_OP_BYTES; two fill an upload's 1 MiB
    for n in range(1, 61, 2):
        member.client.upload([make_op(member, n, text=text), make_op(member, n + 1, text=text)], None)
    first = admin.client.download({})  # the client itself refuses an answer over 16 MiB
    assert first["more"] is True and 30 < len(first["ops"]) < 60
    assert first["checksum"] == p.ops_checksum(first["ops"])
    rest, _cursor = download_all(admin, first["cursor"])
    assert [op["seq"] for op in first["ops"] + rest] == list(range(1, 61))


def test_wellbeing_signals_reach_only_supervisors_and_leads(world: World) -> None:
    admin, member = _org(world)
    lead = world.member(admin, ("responder", "shift_lead"))
    director = world.member(admin, ("director",))
    member.client.upload([make_op(member, 1), make_op(member, 2, entity=p.TEAM_SIGNALS_ENTITY),
                          make_op(member, 3)], None)
    for reader in (admin, lead, director):  # admin holds supervisor
        assert [op["entity"] for op in download_all(reader)[0]] == ["cases", "team_signals", "cases"]
    responder = world.member(admin)
    ops, cursor = download_all(responder, limit=1)
    assert [op["seq"] for op in ops] == [1, 3] and cursor == {admin.team_id: 3}
    # A batch made only of signals is empty for a responder, but its cursor moves past them.
    only = responder.client.download({admin.team_id: 1}, 1)
    assert only["ops"] == [] and only["cursor"] == {admin.team_id: 2} and only["more"] is True


def test_audit_head_is_countersigned_with_the_server_key(world: World) -> None:
    admin, member = _org(world)
    head = {"seq": 12, "hash": "ab" * 32}
    answer = member.client.upload([make_op(member, 1)], head)
    signed = answer["countersign"]
    assert (signed["device_id"], signed["seq"], signed["hash"]) == (member.device_id, 12, "ab" * 32)
    key = admin.client.server_key()
    assert key["algorithm"] == "Ed25519" and member.client.server_key() == key
    public = Ed25519PublicKey.from_public_bytes(b64d(key["public_key"]))
    public.verify(b64d(signed["signature"]),
                  p.countersign_message(member.device_id, 12, "ab" * 32, signed["at"]))
    assert member.client.upload([], head)["countersign"] == signed  # the same head: the same answer
    refused(world, 409, "already countersigned with another hash",
            lambda: member.client.upload([make_op(member, 2)], {"seq": 12, "hash": "cd" * 32}))
    assert _count(world, "countersigns") == 1 and _count(world, "server_key") == 1


def test_case_routing_follows_the_last_op_in_log_order(world: World) -> None:
    _admin, member = _org(world)
    gid = "c" * 32
    member.client.upload([
        make_op(member, 1, entity_id=gid, routing={"status": "new", "priority": "P1", "region": "UA",
                                                   "created_at": "2026-03-01T08:00:00Z"}),
        make_op(member, 2, entity_id=gid, routing={"status": "triaged", "assignee_id": "p-1"}),
        make_op(member, 3, entity="incidents", routing={"case_id": gid, "status": "ignored"}),
        make_op(member, 4, entity_id="d" * 32, routing={"status": "new", "deleted": False}),
    ], None)
    member.client.upload([make_op(member, 5, entity_id=gid, routing={"assignee_id": None}),
                          make_op(member, 6, entity_id="d" * 32, routing={"deleted": True})], None)
    with world.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT case_id, seq, status, priority, region, assignee_id "
                                    "FROM case_routing")).all()
        case_ids = conn.execute(sa.text("SELECT op_seq, case_id FROM ops ORDER BY op_seq")).all()
    assert [tuple(r) for r in rows] == [(gid, 5, "triaged", "P1", "UA", None)]
    assert [tuple(r) for r in case_ids] == [(1, gid), (2, gid), (3, gid), (4, "d" * 32), (5, gid),
                                            (6, "d" * 32)]


def test_case_routing_folds_one_uploads_ops_per_case_in_log_order(world: World) -> None:
    """One upload's ops are folded per case before they are written: a tombstone drops what came
    before it, and ops after it start a fresh row; cases with other keys are written apart."""
    _admin, member = _org(world)
    gone, back, other = "a" * 32, "b" * 32, "e" * 32
    member.client.upload([make_op(member, 1, entity_id=back, routing={"status": "new", "region": "KE"})],
                         None)
    member.client.upload([
        make_op(member, 2, entity_id=gone, routing={"status": "new", "priority": "P2"}),
        make_op(member, 3, entity_id=back, routing={"deleted": True}),
        make_op(member, 4, entity_id=other, routing={"category": "doxxing"}),
        make_op(member, 5, entity_id=back, routing={"priority": "P3"}),
        make_op(member, 6, entity_id=gone, routing={"deleted": True}),
        make_op(member, 7, entity_id=other, routing={"status": "triaged"}),
    ], None)
    with world.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT case_id, seq, status, priority, region, category "
                                    "FROM case_routing ORDER BY case_id")).all()
    assert [tuple(r) for r in rows] == [(back, 5, None, "P3", None, None),
                                        (other, 7, "triaged", None, None, "doxxing")]


def test_a_device_is_not_sent_its_own_ops_but_its_cursor_moves_past_them(world: World) -> None:
    """The writer holds its ops already: its first sync must not download all it just uploaded."""
    admin, member = _org(world)
    member.client.upload([make_op(member, n) for n in (1, 2, 3)], None)
    admin.client.upload([make_op(admin, 1)], None)
    member.client.upload([make_op(member, 4)], None)
    first = member.client.download({}, 2)
    assert first["ops"] == [] and first["cursor"] == {member.team_id: 2} and first["more"] is True
    ops, cursor = download_all(member, first["cursor"])
    assert [(op["device_id"], op["seq"]) for op in ops] == [(admin.device_id, 4)]
    assert cursor == {member.team_id: 5}
    assert [op["seq"] for op in download_all(admin)[0]] == [1, 2, 3, 5]
