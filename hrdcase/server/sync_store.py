"""The sync tables' queries, apart from HTTP: the per-team op log, blobs, the server's countersigning key
and the latest routing of each case. Every function takes a Connection inside the caller's transaction.

Why a cursor `seq > last` never skips an op (docs/server.md): sequence numbers of a team are handed out
only while its `team_log` row is locked (`SELECT … FOR UPDATE` on PostgreSQL; on SQLite the first write
takes the database's single write lock), and the lock is held until the uploading transaction commits.
A second upload to the same team waits for the first to commit before it gets its numbers, so the
committed seqs of a team are always 1..N, with at most one transaction in flight holding N+1..M. A
reader therefore sees a prefix of the log, never a later op without the earlier ones."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from hrdcase.server import tables as t
from hrdcase.server.db import iso
from hrdcase.server.errors import conflict
from hrdcase.server.schemas import ROUTING_TIMES, routing_time
from hrdcase.sync import protocol as p
from hrdcase.sync.identity import b64e

CASES = "cases"
SERVER_KEY_ID = 1
_OP_OVERHEAD = 512  # JSON keys, ids and stamps of one downloaded op, generously
_RESPONSE_BUDGET = p.MAX_RESPONSE_BYTES - (256 << 10)


@dataclass(frozen=True)
class NewOp:
    """An op whose shape, routing and signature were checked."""
    team_id: str
    op_seq: int
    entity: str
    entity_id: str
    key_version: int
    routing: dict[str, Any]
    sealed: bytes
    signature: bytes

    @property
    def case_id(self) -> str | None:
        case_id = self.routing.get("case_id")
        if case_id is None and self.entity == CASES:
            return self.entity_id
        return case_id

    def same_as(self, row: sa.Row) -> bool:
        return (row.team_id, row.entity, row.entity_id, row.key_version, bytes(row.sealed)) == (
            self.team_id, self.entity, self.entity_id, self.key_version, self.sealed)


def _insert(conn: Connection, table: sa.Table) -> Any:
    """INSERT with ON CONFLICT clauses, in the dialect at hand (SQLite or PostgreSQL)."""
    return (postgresql if conn.dialect.name == "postgresql" else sqlite).insert(table)


def teams_of(conn: Connection, person_id: str) -> list[str]:
    return list(conn.execute(sa.select(t.team_members.c.team_id)
                             .where(t.team_members.c.person_id == person_id)
                             .order_by(t.team_members.c.team_id)).scalars())


# ---- upload ----------------------------------------------------------------------------------------
def _lock_team(conn: Connection, team_id: str) -> None:
    conn.execute(_insert(conn, t.team_log).values(team_id=team_id, next_seq=1)
                 .on_conflict_do_nothing(index_elements=["team_id"]))
    conn.execute(sa.select(t.team_log.c.next_seq).where(t.team_log.c.team_id == team_id).with_for_update())


def _allocate(conn: Connection, team_id: str, count: int) -> int:
    """The first of `count` new seqs of the team (its row is locked by `_lock_team`)."""
    after = conn.execute(sa.update(t.team_log).where(t.team_log.c.team_id == team_id)
                         .values(next_seq=t.team_log.c.next_seq + count)
                         .returning(t.team_log.c.next_seq)).scalar_one()
    return int(after) - count


def store_ops(conn: Connection, device_id: str, ops: Sequence[NewOp], now: datetime) -> list[int]:
    """Stores the new ops, acks the ones already stored with the same bytes, refuses (409) an op_seq
    this device already used for something else. Returns every op_seq of `ops`, in request order."""
    teams = sorted({op.team_id for op in ops})
    for team in teams:  # in one order everywhere, so two uploads over two teams never deadlock
        _lock_team(conn, team)
    stored = _stored(conn, device_id, [op.op_seq for op in ops])
    fresh: dict[str, list[NewOp]] = {team: [] for team in teams}
    for op in ops:
        row = stored.get(op.op_seq)
        if row is None:
            fresh[op.team_id].append(op)
        elif not op.same_as(row):
            raise conflict(f"This device already uploaded a different op with op_seq {op.op_seq}.")
    for team, new in fresh.items():
        if not new:
            continue
        first = _allocate(conn, team, len(new))
        rows = [{"team_id": team, "seq": first + i, "device_id": device_id, "op_seq": op.op_seq,
                 "entity": op.entity, "entity_id": op.entity_id, "case_id": op.case_id,
                 "key_version": op.key_version, "routing": _json(op.routing), "sealed": op.sealed,
                 "signature": op.signature, "received_at": now} for i, op in enumerate(new)]
        conn.execute(sa.insert(t.ops), rows)
        _route_cases(conn, team, [(first + i, op) for i, op in enumerate(new) if op.entity == CASES])
    return [op.op_seq for op in ops]


def _stored(conn: Connection, device_id: str, op_seqs: list[int]) -> dict[int, sa.Row]:
    if not op_seqs:
        return {}
    rows = conn.execute(sa.select(t.ops.c.op_seq, t.ops.c.team_id, t.ops.c.entity, t.ops.c.entity_id,
                                  t.ops.c.key_version, t.ops.c.sealed)
                        .where(t.ops.c.device_id == device_id, t.ops.c.op_seq.in_(op_seqs)))
    return {row.op_seq: row for row in rows}


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


_ROUTED_TEXT = ("status", "priority", "assignee_id", "region", "category")


@dataclass
class _Route:
    """What one upload's ops do to one case's routing row, folded in log order."""
    seq: int = 0
    values: dict[str, Any] = field(default_factory=dict)
    deleted_at: int | None = None  # the last tombstone's seq: rows older than it go


def _route_cases(conn: Connection, team_id: str, ops: Sequence[tuple[int, NewOp]]) -> None:
    """Each case's routing row follows its ops in log order: keys an op carries are set (null clears
    one), keys it leaves out keep their value; `deleted: true` removes the row. The ops of one upload
    are folded per case first, then written with one statement per set of keys (not one per op)."""
    routes: dict[str, _Route] = {}
    for seq, op in ops:
        route = routes.setdefault(op.case_id or op.entity_id, _Route())
        route.seq = seq
        if op.routing.get("deleted") is True:
            route.deleted_at, route.values = seq, {}
            continue
        for name, value in op.routing.items():
            if name in ROUTING_TIMES:
                route.values[name] = routing_time(value)
            elif name in _ROUTED_TEXT:
                route.values[name] = value
    table = t.case_routing
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for case_id, route in routes.items():
        if route.deleted_at is not None:
            conn.execute(sa.delete(table).where(table.c.team_id == team_id, table.c.case_id == case_id,
                                                table.c.seq < route.deleted_at))
            if route.seq == route.deleted_at:
                continue  # nothing after the tombstone
        by_keys.setdefault(tuple(sorted(route.values)), []).append(
            {"team_id": team_id, "case_id": case_id, "seq": route.seq, **route.values})
    for keys, rows in by_keys.items():
        statement = _insert(conn, table)
        conn.execute(statement.on_conflict_do_update(
            index_elements=["team_id", "case_id"],
            set_={name: statement.excluded[name] for name in ("seq", *keys)},
            where=table.c.seq < statement.excluded.seq), rows)


# ---- countersigning --------------------------------------------------------------------------------
def server_private_key(conn: Connection, now: datetime) -> bytes:
    """The server's Ed25519 private key, made on first use (two instances racing keep one)."""
    row = conn.execute(sa.select(t.server_key.c.private).where(t.server_key.c.id == SERVER_KEY_ID)).first()
    if row is not None:
        return bytes(row.private)
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    conn.execute(_insert(conn, t.server_key).values(id=SERVER_KEY_ID, private=raw, public=_public(raw),
                                                    created_at=now)
                 .on_conflict_do_nothing(index_elements=["id"]))
    return bytes(conn.execute(sa.select(t.server_key.c.private)
                              .where(t.server_key.c.id == SERVER_KEY_ID)).scalar_one())


def _public(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def server_public_key(conn: Connection, now: datetime) -> bytes:
    return _public(server_private_key(conn, now))


def countersign(conn: Connection, device_id: str, seq: int, head_hash: str, now: datetime) -> p.Countersign:
    """Signs (device, seq, hash, time) once; the same head again gets the same countersignature, a
    different hash at a countersigned seq is refused: the device's history may not be rewritten."""
    table = t.countersigns
    row = conn.execute(sa.select(table).where(table.c.device_id == device_id, table.c.seq == seq)).first()
    if row is not None:
        if row.hash != head_hash:
            raise conflict(f"The audit chain entry {seq} of this device was already countersigned with "
                           "another hash; its history cannot be rewritten.")
        return {"device_id": device_id, "seq": seq, "hash": row.hash, "at": row.at,
                "signature": b64e(bytes(row.signature))}
    at = iso(now) or ""
    private = Ed25519PrivateKey.from_private_bytes(server_private_key(conn, now))
    signature = private.sign(p.countersign_message(device_id, seq, head_hash, at))
    conn.execute(sa.insert(table).values(device_id=device_id, seq=seq, hash=head_hash, at=at,
                                         signature=signature))
    return {"device_id": device_id, "seq": seq, "hash": head_hash, "at": at, "signature": b64e(signature)}


# ---- download --------------------------------------------------------------------------------------
@dataclass
class Batch:
    ops: list[p.DownloadedOp]
    cursor: dict[str, int]
    more: bool = False
    size: int = 0


def read_ops(conn: Connection, teams: Iterable[str], cursor: dict[str, int], limit: int,
             with_signals: bool, reader: str | None = None) -> Batch:
    """Ops past the cursor of each team, in (team, seq) order: at most `limit` rows looked at and an
    answer under MAX_RESPONSE_BYTES. Wellbeing signals are passed over (the cursor moves past them)
    unless `with_signals`, and so are the ops the `reader` device wrote itself (it holds them: its
    first sync would otherwise download everything it had just uploaded)."""
    batch = Batch([], {})
    scanned = 0
    for team in sorted(teams):
        last = batch.cursor[team] = cursor.get(team, 0)
        room = limit - scanned
        if room <= 0 or batch.size >= _RESPONSE_BUDGET:
            batch.more = batch.more or _has_after(conn, team, last)
            continue
        rows = conn.execute(sa.select(*_columns(reader, with_signals))
                            .where(t.ops.c.team_id == team, t.ops.c.seq > last)
                            .order_by(t.ops.c.seq).limit(room + 1)).all()
        for row in rows[:room]:
            if row.sealed is None:  # passed over: only the cursor moves
                batch.cursor[team] = row.seq
                scanned += 1
                continue
            size = _OP_OVERHEAD + (len(row.sealed) + len(row.signature)) * 4 // 3 + len(row.routing)
            if batch.ops and batch.size + size > _RESPONSE_BUDGET:
                batch.more = True
                break
            batch.cursor[team] = row.seq
            scanned += 1
            batch.ops.append(_downloaded(row))
            batch.size += size
        else:
            batch.more = batch.more or len(rows) > room
    return batch


def _columns(reader: str | None, with_signals: bool) -> list[Any]:
    """The ops table's columns, with the content of the ops this reader is not sent left NULL (in the
    same statement, so the same snapshot), so that passing over them reads no ciphertext."""
    passed = t.ops.c.device_id == (reader or "")
    if not with_signals:
        passed = passed | (t.ops.c.entity == p.TEAM_SIGNALS_ENTITY)
    heavy = ("routing", "sealed", "signature")
    return [sa.case((passed, sa.null()), else_=column).label(column.name) if column.name in heavy
            else column for column in t.ops.c]


def _has_after(conn: Connection, team_id: str, seq: int) -> bool:
    return conn.execute(sa.select(t.ops.c.seq).where(t.ops.c.team_id == team_id, t.ops.c.seq > seq)
                        .limit(1)).first() is not None


def _downloaded(row: sa.Row) -> p.DownloadedOp:
    return {"seq": row.seq, "team_id": row.team_id, "device_id": row.device_id, "op_seq": row.op_seq,
            "entity": row.entity, "entity_id": row.entity_id, "key_version": row.key_version,
            "routing": json.loads(row.routing), "sealed": b64e(bytes(row.sealed)),
            "signature": b64e(bytes(row.signature)), "received_at": iso(row.received_at) or ""}


# ---- blobs -----------------------------------------------------------------------------------------
def put_blob(conn: Connection, blob_id: str, team_id: str, device_id: str, data: bytes,
             now: datetime) -> bool:
    """True when stored now, False when it was already there (stored once, whoever sends it again)."""
    done = conn.execute(_insert(conn, t.blobs).values(id=blob_id, team_id=team_id, device_id=device_id,
                                                      data=data, size=len(data), created_at=now)
                        .on_conflict_do_nothing(index_elements=["id"]).returning(t.blobs.c.id))
    return done.first() is not None


def blob_team(conn: Connection, blob_id: str) -> str | None:
    return conn.execute(sa.select(t.blobs.c.team_id).where(t.blobs.c.id == blob_id)).scalar()


def blob_data(conn: Connection, blob_id: str) -> bytes:
    return bytes(conn.execute(sa.select(t.blobs.c.data).where(t.blobs.c.id == blob_id)).scalar_one())


# ---- escalations -----------------------------------------------------------------------------------
MAX_ESCALATION_CASES = 5000


def unanswered_cases(conn: Connection, teams: Sequence[str], priorities: Iterable[str],
                     closed: Iterable[str]) -> list[sa.Row]:
    """Cases of `teams` in an escalating priority, not closed, with no first response yet: the
    candidates for escalation (oldest first, at most MAX_ESCALATION_CASES)."""
    table = t.case_routing
    if not teams:
        return []
    return list(conn.execute(sa.select(table).where(
        table.c.team_id.in_(teams), table.c.priority.in_(list(priorities)),
        table.c.status.is_not(None), table.c.status.not_in(list(closed)),
        table.c.first_response_at.is_(None), table.c.created_at.is_not(None))
        .order_by(table.c.created_at, table.c.team_id, table.c.case_id)
        .limit(MAX_ESCALATION_CASES)).all())
