"""Sync (docs/sync.md, docs/server.md): upload and download of sealed ops, sealed evidence blobs, the
server's countersigning key and the escalations computed from case routing. The queries are in
`sync_store`; this module checks who asks and what they send."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.engine import Engine, Row
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from hrdcase.models.enums import CaseStatus, Priority
from hrdcase.models.sla import DueStep, SlaPolicy, due_steps
from hrdcase.server import sync_store as store
from hrdcase.server.auth import Caller, confirmed, request_time
from hrdcase.server.db import aware, iso
from hrdcase.server.errors import ApiError, bad_request, conflict, forbidden, not_found
from hrdcase.server.schemas import DownloadBody, UploadBody, UploadOpBody
from hrdcase.server.sla import sla_policy
from hrdcase.sync import protocol as p
from hrdcase.sync.identity import b64d, b64e, verify_signature

router = APIRouter(prefix="/v1/sync")


def _engine(request: Request) -> Engine:
    return request.app.state.engine


def _teams(engine: Engine, caller: Caller) -> list[str]:
    with engine.connect() as conn:
        return store.teams_of(conn, caller.person_id)


# ---- upload ----------------------------------------------------------------------------------------
@router.post("/upload")
def upload(body: UploadBody, request: Request,
           caller: Annotated[Caller, Depends(confirmed)]) -> dict[str, Any]:
    ops = _distinct(body.ops)
    teams = set(_teams(_engine(request), caller))
    outside = sorted({op.team_id for op in ops} - teams)
    if outside:
        raise forbidden(f"This device's person is not a member of the team {outside[0]}; nothing was stored.")
    checked = [_checked(caller, op) for op in ops]
    now = request_time(request)
    head = body.audit_head
    for attempt in (1, 2):
        # One transaction: every op is stored (or acked) or none. A concurrent upload of the same ops
        # can hit the UNIQUE key first; the second attempt then finds them stored and acks them.
        try:
            with _engine(request).begin() as conn:
                acked = store.store_ops(conn, caller.device_id, checked, now)
                signed = (store.countersign(conn, caller.device_id, head.seq, head.hash, now)
                          if head is not None else None)
            answer: p.UploadResponse = {"acked": acked, "countersign": signed}
            return dict(answer)
        except IntegrityError:
            if attempt == 2:
                raise conflict("Another upload of the same ops is in progress; try again.") from None
    raise AssertionError("unreachable")


def _distinct(ops: list[UploadOpBody]) -> list[UploadOpBody]:
    """The same op twice in one request is sent once; two different ops under one op_seq are refused."""
    seen: dict[int, UploadOpBody] = {}
    for op in ops:
        earlier = seen.setdefault(op.op_seq, op)
        if earlier is not op and earlier != op:
            raise bad_request(f"The upload holds two different ops with op_seq {op.op_seq}.")
    return list(seen.values())


def _checked(caller: Caller, op: UploadOpBody) -> store.NewOp:
    sealed, signature = b64d(op.sealed), b64d(op.signature)
    aad = p.op_aad(caller.org_id, op.team_id, op.entity, op.entity_id, caller.device_id, op.op_seq,
                   op.key_version)
    if not verify_signature(caller.sign_public, p.op_signing_message(aad, sealed), signature):
        raise bad_request(f"The op with op_seq {op.op_seq} is not signed by this device's key (forged or "
                          "altered); nothing was stored.")
    return store.NewOp(op.team_id, op.op_seq, op.entity, op.entity_id, op.key_version, op.routing, sealed,
                       signature)


# ---- download --------------------------------------------------------------------------------------
@router.post("/download")
def download(body: DownloadBody, request: Request,
             caller: Annotated[Caller, Depends(confirmed)]) -> JSONResponse:
    with _engine(request).connect() as conn:
        teams = store.teams_of(conn, caller.person_id)
        outside = sorted(set(body.cursor) - set(teams))
        if outside:
            raise forbidden(f"This device's person is not a member of the team {outside[0]}.")
        with_signals = bool(p.SIGNAL_ROLES & set(caller.roles))
        batch = store.read_ops(conn, teams, body.cursor, min(body.limit, p.MAX_OPS_PER_DOWNLOAD),
                               with_signals, caller.device_id)
    answer: p.DownloadResponse = {"ops": batch.ops, "cursor": batch.cursor, "more": batch.more,
                                  "checksum": p.ops_checksum(batch.ops), "resync": []}
    return JSONResponse(answer)


# ---- blobs -----------------------------------------------------------------------------------------
def _blob_id(blob_id: str) -> str:
    if not re.fullmatch(p.BLOB_ID_PATTERN, blob_id):
        raise bad_request("A blob id is the SHA-256 of its bytes: 64 lowercase hex characters.")
    return blob_id


@router.put("/blobs/{blob_id}")
async def put_blob(blob_id: str, request: Request, caller: Annotated[Caller, Depends(confirmed)],
                   team_id: str | None = None) -> JSONResponse:
    _blob_id(blob_id)
    data = await request.body()
    if not data:
        raise bad_request("A blob must not be empty.")
    if len(data) > p.MAX_BLOB_BYTES:
        raise ApiError(413, f"A blob may be at most {p.MAX_BLOB_BYTES >> 20} MiB.")
    if hashlib.sha256(data).hexdigest() != blob_id:
        raise bad_request("The blob id is not the SHA-256 of the bytes sent.")
    engine, now = _engine(request), request_time(request)
    team = _blob_team(await run_in_threadpool(_teams, engine, caller), team_id)

    def put() -> bool:
        with engine.begin() as conn:
            return store.put_blob(conn, blob_id, team, caller.device_id, data, now)

    created = await run_in_threadpool(put)
    answer: p.BlobStored = {"id": blob_id, "size": len(data), "team_id": team, "created": created}
    return JSONResponse(answer, status_code=201 if created else 200)


def _blob_team(teams: list[str], team_id: str | None) -> str:
    if team_id is None:
        if len(teams) == 1:
            return teams[0]
        if not teams:
            raise forbidden("This device's person is not a member of any team.")
        raise bad_request("This device's person is in several teams: name the blob's team with ?team_id=.")
    if team_id not in teams:
        raise forbidden("This device's person is not a member of that team.")
    return team_id


@router.get("/blobs/{blob_id}")
def get_blob(blob_id: str, request: Request, caller: Annotated[Caller, Depends(confirmed)]) -> Response:
    _blob_id(blob_id)
    with _engine(request).connect() as conn:
        team = store.blob_team(conn, blob_id)
        if team is None:
            raise not_found("There is no such blob on this server.")
        if team not in store.teams_of(conn, caller.person_id):
            raise forbidden("This blob belongs to a team this device's person is not a member of.")
        data = store.blob_data(conn, blob_id)
    return Response(data, media_type="application/octet-stream")


# ---- the countersigning key ------------------------------------------------------------------------
@router.get("/server-key")
def server_key(request: Request, _caller: Annotated[Caller, Depends(confirmed)]) -> dict[str, Any]:
    with _engine(request).begin() as conn:
        public = store.server_public_key(conn, request_time(request))
    answer: p.ServerKeyResponse = {"algorithm": "Ed25519", "public_key": b64e(public)}
    return dict(answer)


# ---- escalations -----------------------------------------------------------------------------------
@router.get("/escalations")
def escalations(request: Request, caller: Annotated[Caller, Depends(confirmed)]) -> list[dict[str, Any]]:
    """Computed at request time from the routing the server holds, so a shift lead learns of an
    unanswered case even while the responder's app is closed."""
    if not p.ESCALATION_ROLES & set(caller.roles):
        raise forbidden("Only a shift lead or a director sees escalations.")
    policy, now = sla_policy(), request_time(request)
    closed = [s.value for s in CaseStatus if not s.is_open]
    with _engine(request).connect() as conn:
        teams = store.teams_of(conn, caller.person_id)
        rows = store.unanswered_cases(conn, teams, [q.value for q in policy.escalation_priorities], closed)
    items: list[p.EscalationItem] = []
    for row in rows:
        for step in _steps(row, policy, now):
            items.append({"case_id": row.case_id, "team_id": row.team_id, "step": step.role.value,
                          "due_at": _iso(step.due_at), "priority": row.priority, "region": row.region,
                          "assignee_id": row.assignee_id})
    items.sort(key=lambda item: (item["due_at"], item["case_id"], item["step"]))
    return [dict(item) for item in items]


def _steps(row: Row, policy: SlaPolicy, now: datetime) -> list[DueStep]:
    try:
        status, priority = CaseStatus(row.status), Priority(row.priority)
    except ValueError:  # a status or priority this server does not know never escalates
        return []
    created = aware(row.created_at)
    if created is None:  # unanswered_cases selects only rows that have one
        return []
    return due_steps(created, status, priority, None, (), policy, now)


def _iso(value: datetime) -> str:
    return iso(value) or ""
