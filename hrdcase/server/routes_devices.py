"""Devices (list, confirm by fingerprint, revoke), teams and the team keys wrapped to each device."""

from __future__ import annotations

import json
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from hrdcase.server import tables as t
from hrdcase.server.auth import Caller, admin, confirmed, request_time
from hrdcase.server.db import iso
from hrdcase.server.errors import bad_request, conflict, forbidden, not_found
from hrdcase.server.schemas import ConfirmBody, RevokeBody, TeamBody, TeamKeysBody
from hrdcase.sync.identity import (
    IdentityError,
    b64d,
    b64e,
    normalise_fingerprint,
    revocation_message,
    verify_signature,
)

router = APIRouter()
STATUSES = ("pending", "confirmed", "revoked")


@router.get("/v1/devices")
def devices(request: Request, caller: Annotated[Caller, Depends(admin)],
            status: str = "pending") -> list[dict[str, Any]]:
    if status not in (*STATUSES, "all"):
        raise bad_request("The status must be pending, confirmed, revoked or all.")
    query = sa.select(t.devices).where(t.devices.c.org_id == caller.org_id)
    if status != "all":
        query = query.where(t.devices.c.status == status)
    with request.app.state.engine.begin() as conn:
        rows = conn.execute(query.order_by(t.devices.c.created_at, t.devices.c.id)).all()
    return [{"device_id": r.id, "person_id": r.person_id, "fingerprint": r.fingerprint, "status": r.status,
             "created_at": iso(r.created_at), "confirmed_at": iso(r.confirmed_at)} for r in rows]


@router.post("/v1/devices/{device_id}/confirm", status_code=204)
def confirm(device_id: str, body: ConfirmBody, request: Request,
            caller: Annotated[Caller, Depends(admin)]) -> None:
    try:
        typed = normalise_fingerprint(body.fingerprint)
    except IdentityError:
        raise bad_request("The fingerprint does not match this device.") from None
    with request.app.state.engine.begin() as conn:
        device = _device_in_org(conn, device_id, caller.org_id)
        if device.fingerprint != typed:
            raise bad_request("The fingerprint does not match this device.")
        if device.status != "pending":
            raise conflict(f"This device is not waiting for confirmation (it is {device.status}).")
        for key in body.wrapped_team_keys:
            _check_team(conn, key.team_id, caller.org_id)
            _put_key(conn, key.team_id, key.key_version, device_id, b64d(key.wrapped))
        done = conn.execute(sa.update(t.devices).where(t.devices.c.id == device_id,
                                                       t.devices.c.status == "pending")
                            .values(status="confirmed", confirmed_at=request_time(request),
                                    confirmed_by=caller.device_id))
        if done.rowcount != 1:
            raise conflict("This device is not waiting for confirmation.")


@router.post("/v1/devices/{device_id}/revoke", status_code=204)
def revoke(device_id: str, body: RevokeBody, request: Request,
           caller: Annotated[Caller, Depends(admin)]) -> None:
    if device_id == caller.device_id:
        raise conflict("An admin cannot revoke the device they are using.")
    statement = None
    if body.revoked_at is not None or body.signature is not None:
        message = revocation_message(caller.org_id, device_id, caller.device_id, body.revoked_at or "")
        if body.signature is None or not verify_signature(caller.sign_public, message, b64d(body.signature)):
            raise bad_request("The revocation statement is not signed by this admin's device.")
        statement = json.dumps({"org_id": caller.org_id, "device_id": device_id,
                                "issuer_device_id": caller.device_id, "revoked_at": body.revoked_at,
                                "signature": body.signature}, sort_keys=True)
    with request.app.state.engine.begin() as conn:
        device = _device_in_org(conn, device_id, caller.org_id)
        if device.status == "revoked":
            raise conflict("This device is already revoked.")
        conn.execute(sa.update(t.devices).where(t.devices.c.id == device_id).values(
            status="revoked", revocation=statement))
        conn.execute(sa.delete(t.team_keys).where(t.team_keys.c.device_id == device_id))


@router.post("/v1/teams", status_code=201)
def create_team(body: TeamBody, request: Request,
                caller: Annotated[Caller, Depends(admin)]) -> dict[str, Any]:
    try:
        with request.app.state.engine.begin() as conn:
            conn.execute(sa.insert(t.teams).values(id=body.team_id, org_id=caller.org_id, name=body.name))
    except IntegrityError:
        raise conflict("A team with this id already exists.") from None
    return {"team_id": body.team_id, "name": body.name}


@router.put("/v1/team-keys", status_code=204)
def put_team_keys(body: TeamKeysBody, request: Request,
                  caller: Annotated[Caller, Depends(confirmed)]) -> None:
    with request.app.state.engine.begin() as conn:
        _check_team(conn, body.team_id, caller.org_id)
        member = conn.execute(sa.select(t.team_members.c.person_id).where(
            t.team_members.c.team_id == body.team_id, t.team_members.c.person_id == caller.person_id)).first()
        if member is None:
            raise forbidden("Only a member of this team may store its keys.")
        for device_id, wrapped in body.wrapped.items():
            if _device_in_org(conn, device_id, caller.org_id).status == "revoked":
                raise bad_request("A team key cannot be given to a revoked device.")
            _put_key(conn, body.team_id, body.key_version, device_id, b64d(wrapped))


@router.get("/v1/team-keys")
def team_keys(request: Request, caller: Annotated[Caller, Depends(confirmed)]) -> list[dict[str, Any]]:
    with request.app.state.engine.begin() as conn:
        rows = conn.execute(sa.select(t.team_keys).where(t.team_keys.c.device_id == caller.device_id)
                            .order_by(t.team_keys.c.team_id, t.team_keys.c.key_version)).all()
    return [{"team_id": r.team_id, "key_version": r.key_version, "wrapped": b64e(r.wrapped)} for r in rows]


def _device_in_org(conn: Connection, device_id: str, org_id: str) -> sa.Row:
    row = conn.execute(sa.select(t.devices).where(t.devices.c.id == device_id,
                                                  t.devices.c.org_id == org_id)).first()
    if row is None:
        raise not_found("There is no such device in this organisation.")
    return row


def _check_team(conn: Connection, team_id: str, org_id: str) -> None:
    if conn.execute(sa.select(t.teams.c.id).where(t.teams.c.id == team_id,
                                                  t.teams.c.org_id == org_id)).first() is None:
        raise not_found("There is no such team in this organisation.")


def _put_key(conn: Connection, team_id: str, version: int, device_id: str, wrapped: bytes) -> None:
    key = (t.team_keys.c.team_id == team_id, t.team_keys.c.key_version == version,
           t.team_keys.c.device_id == device_id)
    conn.execute(sa.delete(t.team_keys).where(*key))
    conn.execute(sa.insert(t.team_keys).values(team_id=team_id, key_version=version, device_id=device_id,
                                               wrapped=wrapped))
