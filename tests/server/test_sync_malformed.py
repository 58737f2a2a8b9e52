"""Malformed sync requests (wrong types, missing keys, huge numbers, deep nesting, not JSON at all) are
refused with a 4xx and an error sentence, never a 5xx, and store nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdcase.server.app import NOT_JSON
from tests.server.support import Member, World, make_op


@pytest.fixture
def device(world: World) -> Member:
    admin = world.enrol_admin(world.new_org())
    return admin


def _post(world: World, member: Member, path: str, body: bytes,
          content_type: str = "application/json") -> tuple[int, Any]:
    headers = member.client.signed_headers("POST", path, body)
    headers["Content-Type"] = content_type
    answer = world.http.post(path, content=body, headers=headers)
    return answer.status_code, answer.json()


def _assert_refused(status: int, answer: Any) -> None:
    assert 400 <= status < 500, (status, answer)
    assert isinstance(answer, dict) and isinstance(answer.get("error"), str) and answer["error"]


def _op(device: Member, **changes: Any) -> dict[str, Any]:
    return {**make_op(device, 1), **changes}


def _cases(device: Member) -> list[tuple[str, bytes]]:
    op = make_op(device, 1)
    deep = "[" * 100_000 + "]" * 100_000
    return [
        ("/v1/sync/upload", b"{"),
        ("/v1/sync/upload", b"[]"),
        ("/v1/sync/upload", b"null"),
        ("/v1/sync/upload", b'"ops"'),
        ("/v1/sync/upload", b"{}"),
        ("/v1/sync/upload", json.dumps({"ops": "all of them"}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [{}]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [{k: v for k, v in op.items() if k != "sealed"}]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, op_seq="1")]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, op_seq=True)]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, op_seq=1.5)]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, op_seq=-1)]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, op_seq=10**30)]}).encode()),
        ("/v1/sync/upload", b'{"ops": [], "audit_head": {"seq": 1' + b"0" * 5000 + b', "hash": "x"}}'),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, key_version=2**40)]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, team_id="not-a-team")]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, entity_id="\ud800")]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, routing=[])]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, routing={"status": None, "x": 1})]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, sealed="not base64!")]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, sealed=7)]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, signature="AA")]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [_op(device, surprise=1)]}).encode()),
        ("/v1/sync/upload", json.dumps({"ops": [], "audit_head": {"seq": 1, "hash": "zz"}}).encode()),
        ("/v1/sync/upload", b'{"ops": [{"routing": ' + deep.encode() + b"}]}"),
        ("/v1/sync/upload", deep.encode()),
        ("/v1/sync/download", json.dumps({"cursor": [], "limit": 5}).encode()),
        ("/v1/sync/download", json.dumps({"cursor": {"x": 1}}).encode()),
        ("/v1/sync/download", json.dumps({"cursor": {device.team_id: -1}}).encode()),
        ("/v1/sync/download", json.dumps({"cursor": {device.team_id: "3"}}).encode()),
        ("/v1/sync/download", json.dumps({"cursor": {device.team_id: 2**64}}).encode()),
        ("/v1/sync/download", json.dumps({"cursor": {}, "limit": 0}).encode()),
        ("/v1/sync/download", b'{"cursor": {}, "limit": 1' + b"0" * 5000 + b"}"),
        ("/v1/sync/download", b'{"cursor": {}, "limit": 1e400}'),
        ("/v1/sync/download", b'{"cursor": {}, "limit": NaN}'),
        ("/v1/sync/download", b'{"cursor": ' + deep.encode() + b"}"),
    ]


def test_malformed_bodies_are_refused_with_a_sentence(world: World, device: Member) -> None:
    before = world.snapshot()
    for path, body in _cases(device):
        status, answer = _post(world, device, path, body)
        _assert_refused(status, answer)
        if body.startswith((b"{", b"[")) and (b"[[[[" in body or b"0" * 5000 in body or body == b"{"):
            assert answer["error"] == NOT_JSON
    status, answer = _post(world, device, "/v1/sync/upload", b"ops=1", "application/x-www-form-urlencoded")
    _assert_refused(status, answer)
    assert world.snapshot() == before


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                     | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                                  max_size=4),
                     max_leaves=20)
_op_keys = st.sampled_from(["op_seq", "team_id", "entity", "entity_id", "key_version", "routing", "sealed",
                            "signature"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(_op_keys, _json, min_size=1, max_size=3), head=_json, cursor=_json)
def test_fuzzed_bodies_never_fail_the_server(world: World, device: Member, changes: dict, head: Any,
                                             cursor: Any) -> None:
    upload = json.dumps({"ops": [_op(device, **changes)], "audit_head": head}).encode()
    status, answer = _post(world, device, "/v1/sync/upload", upload)
    assert status < 500, answer
    if status >= 400:
        _assert_refused(status, answer)
    status, answer = _post(world, device, "/v1/sync/download", json.dumps({"cursor": cursor}).encode())
    assert status < 500, answer
    if status >= 400:
        _assert_refused(status, answer)
