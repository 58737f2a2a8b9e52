"""Signed requests: every call after enrolment carries the device id, the time, a fresh nonce and an
Ed25519 signature over method, path with query, time, nonce and the body's SHA-256. Nonces live in the
database (UNIQUE per device) so any instance refuses a replay another instance saw."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from fastapi import Request
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from hrdcase.server import tables as t
from hrdcase.server.errors import ApiError, forbidden
from hrdcase.sync import protocol as p
from hrdcase.sync.identity import IdentityError, b64d, request_signature_message, verify_signature

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class Caller:
    device_id: str
    person_id: str
    org_id: str
    status: str
    roles: tuple[str, ...]
    sign_public: bytes

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles


def unauthorised(message: str) -> ApiError:
    return ApiError(401, message)


def _headers(request: Request) -> tuple[str, int, str, bytes]:
    device = request.headers.get(p.HEADER_DEVICE, "")
    stamp = request.headers.get(p.HEADER_TIME, "")
    nonce = request.headers.get(p.HEADER_NONCE, "")
    signature = request.headers.get(p.HEADER_SIGNATURE, "")
    if not (device and stamp and nonce and signature):
        raise unauthorised("This request is not signed by an enrolled device.")
    if not _UUID.match(device):
        raise unauthorised("This device is not enrolled on this server.")
    if not re.fullmatch(r"\d{1,12}", stamp):
        raise unauthorised("The request time is not a whole number of seconds.")
    if not re.fullmatch(p.NONCE_PATTERN, nonce):
        raise unauthorised("The request nonce must be 16 to 64 base64url characters.")
    try:
        raw_signature = b64d(signature) if len(signature) <= 100 else b""
    except IdentityError:
        raw_signature = b""
    return device, int(stamp), nonce, raw_signature


def signed_path(request: Request) -> str:
    """The path the client signed: below any mount point, with the raw query string."""
    path = request.scope.get("path", "")
    root = request.scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root):]
    query = request.scope.get("query_string", b"").decode("latin-1")
    return f"{path}?{query}" if query else path


async def authenticate(request: Request) -> Caller:
    device_id, stamp, nonce, signature = _headers(request)
    now = request.app.state.clock()
    if abs(now - stamp) > p.MAX_CLOCK_SKEW_S:
        raise unauthorised("The request time is more than 5 minutes away from the server's clock; "
                           "check this computer's clock.")
    body = await request.body()
    message = request_signature_message(request.method, signed_path(request), stamp, nonce, body)
    return await run_in_threadpool(_check, request.app.state.engine, device_id, nonce, message, signature,
                                   now)


def _check(engine: sa.Engine, device_id: str, nonce: str, message: bytes, signature: bytes,
           now: float) -> Caller:
    with engine.begin() as conn:
        row = _device(conn, device_id)
    if row is None:
        raise unauthorised("This device is not enrolled on this server.")
    if not verify_signature(row.sign_public, message, signature):
        raise unauthorised("The request signature does not match this device's key.")
    _remember_nonce(engine, device_id, nonce, datetime.fromtimestamp(now, UTC))
    if row.status == "revoked":
        statement = json.loads(row.revocation) if row.revocation else None
        raise ApiError(403, "This device was revoked.", {"revocation": statement} if statement else None)
    roles = tuple(r for r in row.roles.split(",") if r)
    return Caller(device_id, row.person_id, row.org_id, row.status, roles, row.sign_public)


def _device(conn: Connection, device_id: str) -> sa.Row | None:
    query = (sa.select(t.devices.c.person_id, t.devices.c.org_id, t.devices.c.status,
                       t.devices.c.sign_public, t.devices.c.revocation, t.people.c.roles)
             .join(t.people, t.people.c.id == t.devices.c.person_id)
             .where(t.devices.c.id == device_id))
    return conn.execute(query).first()


def _remember_nonce(engine: sa.Engine, device_id: str, nonce: str, now: datetime) -> None:
    """Committed on its own, before the request's work: a replay is refused even when the first
    request failed. Nonces older than twice the allowed skew are pruned here: a request that old
    is refused for its time before its nonce is looked at."""
    try:
        with engine.begin() as conn:
            conn.execute(sa.delete(t.request_nonces).where(
                t.request_nonces.c.seen_at < now - timedelta(seconds=p.NONCE_TTL_S)))
            conn.execute(sa.insert(t.request_nonces).values(device_id=device_id, nonce=nonce, seen_at=now))
    except IntegrityError:
        raise unauthorised("This request was already received once (replayed nonce).") from None


async def confirmed(request: Request) -> Caller:
    caller = await authenticate(request)
    if caller.status != "confirmed":
        raise forbidden("This device is waiting for an admin to confirm it.")
    return caller


async def admin(request: Request) -> Caller:
    caller = await confirmed(request)
    if not caller.is_admin:
        raise forbidden("Only an admin may do this.")
    return caller


def request_time(request: Request) -> datetime:
    return datetime.fromtimestamp(request.app.state.clock(), UTC)
