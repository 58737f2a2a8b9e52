"""`POST /v1/enrol`: a device joins with a one-time token (the org's `init` token or an invitation)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Request
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from hrdcase.server import tables as t
from hrdcase.server.auth import request_time
from hrdcase.server.db import aware
from hrdcase.server.errors import ApiError, bad_request, conflict, forbidden
from hrdcase.server.schemas import EnrolBody
from hrdcase.sync.identity import b64d, b64e, enrol_proof_message, fingerprint, token_hash, verify_signature

router = APIRouter()
FIRST_ADMIN_ROLES = "admin,supervisor,responder"
ALREADY_ENROLLED = "This device is already enrolled."


@router.post("/v1/enrol", status_code=201)
def enrol(body: EnrolBody, request: Request) -> dict[str, Any]:
    now = request_time(request)
    sign_public, box_public = b64d(body.sign_public), b64d(body.box_public)
    try:
        with request.app.state.engine.begin() as conn:
            token = conn.execute(sa.select(t.enrolment_tokens).where(
                t.enrolment_tokens.c.token_hash == token_hash(body.token)).with_for_update()).first()
            _check_token(token, now)
            message = enrol_proof_message(body.token, sign_public, box_public)
            if not verify_signature(sign_public, message, b64d(body.proof)):
                raise bad_request("The enrolment proof does not match the device key.")
            fp = fingerprint(sign_public, box_public)
            _check_new_device(conn, body.device_id, fp)
            _claim(conn, token.token_hash, body.device_id, now)
            if token.kind == "init":
                _add_first_admin(conn, token, body.person_id, now)
            elif body.person_id != token.person_id:
                raise bad_request("This enrolment token was issued for another person.")
            status = "confirmed" if token.kind == "init" else "pending"
            conn.execute(sa.insert(t.devices).values(
                id=body.device_id, org_id=token.org_id, person_id=body.person_id, sign_public=sign_public,
                box_public=box_public, fingerprint=fp, status=status, created_at=now,
                confirmed_at=now if status == "confirmed" else None))
            if token.kind == "init":
                conn.execute(sa.update(t.orgs).where(t.orgs.c.id == token.org_id)
                             .values(root_device_id=body.device_id))
            return _answer(conn, token, body.person_id, body.device_id, status, fp)
    except IntegrityError:
        raise conflict(ALREADY_ENROLLED) from None


def _check_token(token: sa.Row | None, now: Any) -> None:
    if token is None:
        raise forbidden("This enrolment token is not valid.")
    if token.used_at is not None:
        raise conflict("This enrolment token was already used.")
    if aware(token.expires_at) <= now:
        raise ApiError(410, "This enrolment token has expired; ask an admin for a new one.")


def _check_new_device(conn: Connection, device_id: str, fp: str) -> None:
    clash = conn.execute(sa.select(t.devices.c.id).where(
        sa.or_(t.devices.c.id == device_id, t.devices.c.fingerprint == fp))).first()
    if clash is not None:
        raise conflict(ALREADY_ENROLLED)


def _claim(conn: Connection, hashed: str, device_id: str, now: Any) -> None:
    """Marks the token used; a concurrent enrolment with the same token finds it taken."""
    tokens = t.enrolment_tokens
    done = conn.execute(sa.update(tokens).where(tokens.c.token_hash == hashed, tokens.c.used_at.is_(None))
                        .values(used_at=now, used_by=device_id))
    if done.rowcount != 1:
        raise conflict("This enrolment token was already used.")


def _add_first_admin(conn: Connection, token: sa.Row, person_id: str, now: Any) -> None:
    if conn.execute(sa.select(t.people.c.id).where(t.people.c.id == person_id)).first() is not None:
        raise conflict("This person is already enrolled.")
    conn.execute(sa.insert(t.people).values(id=person_id, org_id=token.org_id, roles=FIRST_ADMIN_ROLES,
                                            role_record=None, role_serial=0, created_at=now))
    conn.execute(sa.insert(t.team_members).values(team_id=token.team_id, person_id=person_id))


def _answer(conn: Connection, token: sa.Row, person_id: str, device_id: str, status: str,
            fp: str) -> dict[str, Any]:
    org = conn.execute(sa.select(t.orgs).where(t.orgs.c.id == token.org_id)).one()
    root_public = None
    if token.kind != "init" and org.root_device_id:
        root = conn.execute(sa.select(t.devices.c.sign_public)
                            .where(t.devices.c.id == org.root_device_id)).first()
        root_public = b64e(root.sign_public) if root else None
    return {"org_id": org.id, "org_name": org.name, "team_id": token.team_id, "person_id": person_id,
            "device_id": device_id, "status": status, "fingerprint": fp,
            "root_sign_public": root_public, "root_device_id": org.root_device_id}
