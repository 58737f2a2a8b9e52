"""Who the caller is, the organisation's people, their signed role records and invitations."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from hrdcase.server import tables as t
from hrdcase.server.auth import Caller, admin, authenticate, confirmed, request_time
from hrdcase.server.errors import bad_request, conflict, forbidden, not_found
from hrdcase.server.schemas import InvitationBody, RoleBody, b64_bytes
from hrdcase.sync.identity import SignedRoleRecord, b64e, verify_role_record
from hrdcase.sync.protocol import INVITE_MAX_DAYS

router = APIRouter()


@router.get("/v1/me")
def me(request: Request, caller: Annotated[Caller, Depends(authenticate)]) -> dict[str, Any]:
    with request.app.state.engine.begin() as conn:
        person = conn.execute(sa.select(t.people.c.role_record)
                              .where(t.people.c.id == caller.person_id)).one()
        teams = _teams_of(conn, [caller.person_id]).get(caller.person_id, [])
    return {"device_id": caller.device_id, "person_id": caller.person_id, "org_id": caller.org_id,
            "status": caller.status, "roles": list(caller.roles), "teams": teams,
            "role_record": json.loads(person.role_record) if person.role_record else None}


@router.get("/v1/people")
def people(request: Request, caller: Annotated[Caller, Depends(confirmed)]) -> dict[str, Any]:
    with request.app.state.engine.begin() as conn:
        org = conn.execute(sa.select(t.orgs).where(t.orgs.c.id == caller.org_id)).one()
        rows = conn.execute(sa.select(t.people).where(t.people.c.org_id == caller.org_id)
                            .order_by(t.people.c.created_at, t.people.c.id)).all()
        devices = conn.execute(sa.select(t.devices).where(t.devices.c.org_id == caller.org_id)
                               .order_by(t.devices.c.created_at, t.devices.c.id)).all()
        teams = conn.execute(sa.select(t.teams).where(t.teams.c.org_id == caller.org_id)
                             .order_by(t.teams.c.name, t.teams.c.id)).all()
        members = _teams_in_org(conn, caller.org_id)
    by_person: dict[str, list[dict[str, Any]]] = {}
    root_public = None
    for d in devices:
        by_person.setdefault(d.person_id, []).append({
            "device_id": d.id, "sign_public": b64e(d.sign_public), "box_public": b64e(d.box_public),
            "fingerprint": d.fingerprint, "status": d.status})
        if d.id == org.root_device_id:
            root_public = b64e(d.sign_public)
    return {"org_id": org.id, "root_device_id": org.root_device_id, "root_sign_public": root_public,
            "people": [{"person_id": row.id, "roles": _roles(row.roles), "teams": members.get(row.id, []),
                        "signed_record": json.loads(row.role_record) if row.role_record else None,
                        "sealed_profile": b64e(row.sealed_profile) if row.sealed_profile else None,
                        "devices": by_person.get(row.id, [])} for row in rows],
            "teams": [{"team_id": team.id, "name": team.name} for team in teams]}


@router.put("/v1/people/{person_id}/role", status_code=204)
def put_role(person_id: str, body: RoleBody, request: Request,
             caller: Annotated[Caller, Depends(admin)]) -> None:
    signed = _verified(body.record(), caller, person_id)
    record = signed.record
    with request.app.state.engine.begin() as conn:
        row = conn.execute(sa.select(t.people.c.role_serial).where(
            t.people.c.id == person_id, t.people.c.org_id == caller.org_id).with_for_update()).first()
        if row is None:
            raise not_found("There is no such person in this organisation.")
        if record.serial <= row.role_serial:
            raise conflict(f"This role record is not newer than the one stored (serial {row.role_serial}).")
        _check_teams(conn, caller.org_id, record.teams)
        values: dict[str, Any] = {"roles": ",".join(record.roles), "role_serial": record.serial,
                                  "role_record": json.dumps(signed.to_json(), sort_keys=True)}
        if body.sealed_profile is not None:
            values["sealed_profile"] = b64_bytes(body.sealed_profile)
        newer = (t.people.c.id == person_id, t.people.c.role_serial < record.serial)
        done = conn.execute(sa.update(t.people).where(*newer).values(**values))
        if done.rowcount != 1:  # a newer record landed meanwhile
            raise conflict("This role record is not newer than the one stored.")
        _set_members(conn, person_id, record.teams)


@router.post("/v1/invitations", status_code=201)
def invite(body: InvitationBody, request: Request,
           caller: Annotated[Caller, Depends(admin)]) -> dict[str, Any]:
    signed = _verified(body.record(), caller, body.person_id)
    record = signed.record
    now = request_time(request)
    expires = body.expires_at if body.expires_at.tzinfo else body.expires_at.replace(tzinfo=UTC)
    if not now < expires <= now + timedelta(days=INVITE_MAX_DAYS):
        raise bad_request(f"An invitation must expire in the future and within {INVITE_MAX_DAYS} days.")
    if body.team_id not in record.teams:
        raise bad_request("The invitation's team must be one of the role record's teams.")
    try:
        with request.app.state.engine.begin() as conn:
            _check_teams(conn, caller.org_id, record.teams)
            if conn.execute(sa.select(t.people.c.id).where(t.people.c.id == body.person_id)).first():
                raise conflict("This person already exists.")
            conn.execute(sa.insert(t.people).values(
                id=body.person_id, org_id=caller.org_id, roles=",".join(record.roles),
                role_record=json.dumps(signed.to_json(), sort_keys=True), role_serial=record.serial,
                sealed_profile=b64_bytes(body.sealed_profile), created_at=now))
            _set_members(conn, body.person_id, record.teams)
            conn.execute(sa.insert(t.enrolment_tokens).values(
                token_hash=body.token_hash, org_id=caller.org_id, kind="invite", person_id=body.person_id,
                team_id=body.team_id, expires_at=expires, created_by=caller.device_id))
    except IntegrityError:
        raise conflict("This invitation token already exists; make a new one.") from None
    return {"person_id": body.person_id, "team_id": body.team_id, "expires_at": _iso(expires)}


def _verified(signed: SignedRoleRecord, caller: Caller, person_id: str) -> SignedRoleRecord:
    record = signed.record
    if record.issuer_device_id != caller.device_id:
        raise forbidden("A role record must be issued by the device that sends it.")
    verify_role_record(signed, caller.sign_public)
    if record.org_id != caller.org_id:
        raise bad_request("The role record names another organisation.")
    if record.person_id != person_id:
        raise bad_request("The role record names another person.")
    return signed


def _check_teams(conn: Connection, org_id: str, team_ids: tuple[str, ...]) -> None:
    if not team_ids:
        return
    found = set(conn.execute(sa.select(t.teams.c.id).where(
        t.teams.c.org_id == org_id, t.teams.c.id.in_(team_ids))).scalars())
    if found != set(team_ids):
        raise bad_request("The role record names a team that is not in this organisation.")


def _set_members(conn: Connection, person_id: str, team_ids: tuple[str, ...]) -> None:
    conn.execute(sa.delete(t.team_members).where(t.team_members.c.person_id == person_id))
    if team_ids:
        rows = [{"team_id": team, "person_id": person_id} for team in team_ids]
        conn.execute(sa.insert(t.team_members), rows)


def _teams_of(conn: Connection, person_ids: list[str]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    if not person_ids:
        return result
    rows = conn.execute(sa.select(t.team_members).where(t.team_members.c.person_id.in_(person_ids))
                        .order_by(t.team_members.c.team_id))
    for row in rows:
        result.setdefault(row.person_id, []).append(row.team_id)
    return result


def _teams_in_org(conn: Connection, org_id: str) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    rows = conn.execute(sa.select(t.team_members).join(t.teams, t.teams.c.id == t.team_members.c.team_id)
                        .where(t.teams.c.org_id == org_id).order_by(t.team_members.c.team_id))
    for row in rows:
        result.setdefault(row.person_id, []).append(row.team_id)
    return result


def _roles(text: str) -> list[str]:
    return [role for role in text.split(",") if role]


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
