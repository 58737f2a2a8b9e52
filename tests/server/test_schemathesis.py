"""Schemathesis over the served OpenAPI schema: requests generated for every operation, sent
unauthenticated and signed by a confirmed admin device, never get a 5xx. The app runs in-process
over SQLite (and PostgreSQL when HRDCASE_TEST_PG is set); examples per operation stay few."""

from __future__ import annotations

import json
from urllib.parse import urlencode, urlsplit

import schemathesis
from hypothesis import HealthCheck, given, settings

from hrdcase.sync import protocol as p
from tests.server.support import Member, World


def _send(world: World, case: object, admin: Member | None) -> int:
    kwargs = case.as_transport_kwargs(base_url="http://testserver")  # type: ignore[attr-defined]
    method, url = kwargs["method"], kwargs["url"]
    body = b""
    if kwargs.get("json") is not None:
        body = json.dumps(kwargs["json"], separators=(",", ":")).encode()
    elif isinstance(kwargs.get("data"), (bytes, str)):
        body = kwargs["data"] if isinstance(kwargs["data"], bytes) else kwargs["data"].encode()
    params = kwargs.get("params") or {}
    path = urlsplit(url).path + (("?" + urlencode(params, doseq=True)) if params else "")
    headers = {k: str(v) for k, v in (kwargs.get("headers") or {}).items()}
    headers[p.HEADER_PROTOCOL] = str(p.PROTOCOL_VERSION)
    if body:
        headers.setdefault("Content-Type", "application/json")
    if admin is not None:
        headers.update(admin.client.signed_headers(method, path, body))
    answer = world.http.request(method, path, content=body or None, headers=headers)
    return answer.status_code


def test_no_5xx_for_any_generated_request(world: World) -> None:
    admin = world.enrol_admin(world.new_org())
    schema = schemathesis.openapi.from_asgi("/openapi.json", world.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    signed_statuses: list[int] = []

    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def no_5xx(case: object) -> None:
            for signer in (None, admin):
                status = _send(world, case, signer)
                if signer is not None:
                    signed_statuses.append(status)
                assert status < 500, f"{case.method} {case.path} answered {status}"

        no_5xx()
    assert any(200 <= s < 300 for s in signed_statuses)  # the signatures were good: some passed
