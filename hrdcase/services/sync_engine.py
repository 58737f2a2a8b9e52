"""The device side of sync against a caseload (docs/sync.md): `prepare` turns captured changes into
sealed, signed ops; `apply_batch` merges a downloaded batch field by field; conflicts are listed and
resolved here. Everything runs inside the caller's one transaction (`Store.transaction()`); nothing
here touches the network (the sync service uploads `sync_out` and downloads batches).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hrdcase.models import sync_tables as tables
from hrdcase.models.clock import Clock, SystemClock
from hrdcase.services.identity import device_keys
from hrdcase.services.sync_merge import Merger
from hrdcase.storage.identity import IdentityRow
from hrdcase.storage.store import UnitOfWork
from hrdcase.sync.engine import HLC, Change, FieldWrite, SyncError, decode_change, diff, value_hash
from hrdcase.sync.identity import IdentityError, b64d, open_sealed, seal, signer, verify_signature
from hrdcase.sync.protocol import (
    MAX_ROUTING_BYTES,
    MAX_SEALED_OP_BYTES,
    DownloadedOp,
    UploadOp,
    op_aad,
    op_signing_message,
)
from hrdcase.wellbeing.signals import parse_signal

TeamKeys = Mapping[str, Mapping[int, bytes]]  # team id -> key version -> key
ALLOWED = {s.name: s.fields for s in tables.SPECS}
SIGNAL_ENTITY = "wellbeing_signal"


@dataclass
class ApplyResult:
    applied: int = 0
    skipped: int = 0  # this device's own ops, replays, ops for deleted rows
    conflicts: int = 0
    parked: int = 0
    merged: int = 0  # non-critical concurrent overwrites (audited)
    unparked: int = 0
    tables: set[str] = field(default_factory=set)


def _ms(clock: Clock) -> int:
    return int(clock.now().timestamp() * 1000)


def _newest_key(team_keys: TeamKeys, team_id: str) -> tuple[int, bytes]:
    versions = team_keys.get(team_id) or {}
    if not versions:
        raise SyncError("This device holds no key for one of its teams yet; sync people first.")
    version = max(versions)
    return version, versions[version]


def blob_aad(org_id: str, team_id: str, gid: str) -> bytes:
    return "|".join(("hrdcase-blob-v1", org_id, team_id, gid)).encode()


def _drain_outbox(uow: UnitOfWork, now: datetime) -> None:
    """The services' outbox rows are superseded by change capture. A wellbeing signal keeps its
    meaning: the device's own responder's snapshot becomes their team_signals row, which syncs."""
    import json

    latest: dict[str, bytes] = {}
    for entity, entity_id, payload in uow.outbox.drain():
        if entity == SIGNAL_ENTITY:
            latest[entity_id] = payload
    for payload in latest.values():
        try:
            signal = parse_signal(json.loads(payload))
        except (ValueError, TypeError):
            continue  # the service wrote it; a malformed one is not worth a failed sync
        kept = uow.wellbeing.team_signal(signal.responder_id)
        if kept is None or kept.as_of <= signal.as_of:
            uow.wellbeing.put_team_signal(signal, now)


def prepare(uow: UnitOfWork, identity: IdentityRow, team_keys: TeamKeys, clock: Clock) -> int:
    """Turn every dirty row into an op in `sync_out` (sealed, signed, final); returns how many."""
    log = uow.sync
    log.forget_caches()
    now = clock.now()
    _drain_outbox(uow, now)
    hlc = HLC.load(identity.device_id, log.state("hlc"))
    home = log.home_team(identity.person_id)
    keys = signer(device_keys(identity))  # one key object for every op, not one per signature
    made = 0
    for table, gid in log.dirty():
        shadow = log.shadow(table, gid)
        fields, team, deleted = shadow if shadow else ({}, None, False)
        values = log.row(table, gid)
        if values is None:
            if shadow is None or deleted:
                continue  # never sent, or already a tombstone
            change = Change(table, gid, True, {}, hlc.tick(_ms(clock)))
            route = tables.routing(table, gid, None, None)
            _emit(uow, identity, keys, team_keys, team or home, change, route, now)
            log.put_shadow(table, gid, {}, team, deleted=True)
            made += 1
            continue
        changed = diff(values, fields)
        if not changed:
            continue
        hashes = {name: value_hash(values[name]) for name in changed}
        case_id = log.case_of(table, gid)
        case_gid, team = log.case_place(case_id) if case_id is not None else (None, None)
        team = team or home
        if team is None:
            raise SyncError("This device is in no team yet; sync people first.")
        stamp = hlc.tick(_ms(clock))
        writes = {}
        for name in changed:
            value = values[name]
            if name == tables.BLOB_FIELD:
                value = _seal_blob(uow, identity, team_keys, team, gid)
            writes[name] = FieldWrite(value, stamp, fields[name][0] if name in fields else None)
            fields[name] = [stamp, hashes[name], writes[name].prev]
        route = tables.routing(table, gid, values, case_gid)
        _emit(uow, identity, keys, team_keys, team, Change(table, gid, False, writes), route, now)
        log.put_shadow(table, gid, fields, team)
        made += 1
    log.clear_dirty()
    log.set_state("hlc", hlc.state())
    return made


def _seal_blob(uow: UnitOfWork, identity: IdentityRow, team_keys: TeamKeys, team: str, gid: str) -> str:
    data = uow.sync.image(gid) or b""
    _, key = _newest_key(team_keys, team)
    sealed = seal(key, data, blob_aad(identity.org_id, team, gid))
    blob_id = hashlib.sha256(sealed).hexdigest()
    uow.sync.add_blob_out(blob_id, team, sealed)
    return blob_id


def _emit(uow: UnitOfWork, identity: IdentityRow, keys: Callable[[bytes], bytes], team_keys: TeamKeys,
          team: str | None, change: Change, route: dict[str, Any], now: datetime) -> None:
    import json

    if team is None:
        raise SyncError("This device is in no team yet; sync people first.")
    if len(json.dumps(route, sort_keys=True, separators=(",", ":"))) > MAX_ROUTING_BYTES:
        route = {k: v for k, v in route.items() if k in ("case_id", "deleted")}
    version, key = _newest_key(team_keys, team)
    op_seq = uow.sync.add_out(team, change.table, change.gid, version, route, int(now.timestamp()))
    aad = op_aad(identity.org_id, team, change.table, change.gid, identity.device_id, op_seq, version)
    sealed = seal(key, change.encode(), aad)
    if len(sealed) > MAX_SEALED_OP_BYTES:
        raise SyncError(f"One change to {change.table} is too large to sync "
                        f"({len(sealed) // 1024} KiB; the most is {MAX_SEALED_OP_BYTES // 1024} KiB).")
    uow.sync.seal_out(op_seq, sealed, keys(op_signing_message(aad, sealed)))


def upload_ops(uow: UnitOfWork, limit: int = 500) -> list[UploadOp]:
    """The next prepared ops as protocol.UploadOp bodies (the sync service sends them)."""
    from hrdcase.sync.identity import b64e

    return [UploadOp(op_seq=seq, team_id=team, entity=entity, entity_id=gid, key_version=kv,
                     routing=route, sealed=b64e(sealed), signature=b64e(sig))
            for seq, team, entity, gid, kv, route, sealed, sig in uow.sync.pending_out(limit)]


def _open(identity: IdentityRow, team_keys: TeamKeys, op: DownloadedOp,
          device_sign_keys: Mapping[str, bytes]) -> Change:
    """Check and open one downloaded op; SyncError refuses the whole batch."""
    public = device_sign_keys.get(op["device_id"])
    if public is None:
        raise SyncError("A change in this batch was signed by a device this caseload does not know; "
                        "sync people first, then sync again.")
    try:
        aad = op_aad(identity.org_id, op["team_id"], op["entity"], op["entity_id"], op["device_id"],
                     int(op["op_seq"]), int(op["key_version"]))
        sealed, signature = b64d(op["sealed"]), b64d(op["signature"])
    except (IdentityError, KeyError, TypeError, ValueError):
        raise SyncError("A change in this batch is malformed; nothing of the batch was applied.") from None
    if not verify_signature(public, op_signing_message(aad, sealed), signature):
        raise SyncError("A change in this batch does not carry its author's valid signature; "
                        "nothing of the batch was applied.")
    key = (team_keys.get(op["team_id"]) or {}).get(int(op["key_version"]))
    if key is None:
        raise SyncError(f"This device lacks version {int(op['key_version'])} of a team key; "
                        "sync people first, then sync again.")
    try:
        plaintext = open_sealed(key, sealed, aad)
    except IdentityError:
        raise SyncError("A change in this batch could not be opened (moved or damaged); nothing of "
                        "the batch was applied.") from None
    return decode_change(plaintext, op["entity"], op["entity_id"], ALLOWED)


def apply_batch(uow: UnitOfWork, identity: IdentityRow, team_keys: TeamKeys,
                ops: Sequence[DownloadedOp], device_sign_keys: Mapping[str, bytes],
                clock: Clock | None = None, cursor: Mapping[str, int] | None = None) -> ApplyResult:
    """Merge one downloaded batch, in the caller's transaction: first this device's own changes are
    prepared (stamped, so none is overwritten silently), then every op is checked (a forged, moved or
    unopenable op refuses the whole batch: SyncError, the caller rolls back) and merged. `cursor`,
    when given, is stored with it."""
    clock = clock or SystemClock()
    prepare(uow, identity, team_keys, clock)
    opened = [(op, _open(identity, team_keys, op, device_sign_keys))
              for op in ops if op["device_id"] != identity.device_id]
    result = ApplyResult(skipped=len(ops) - len(opened))
    merger = Merger(uow, identity, clock, result)
    uow.sync.defer_touches()
    try:
        seen: dict[str, int] = {}  # per team and author: the highest op_seq applied
        for op, change in opened:
            seen_key = f"seen:{op['team_id']}:{op['device_id']}"
            if seen_key not in seen:
                seen[seen_key] = int(uow.sync.state(seen_key) or 0)
            if int(op["op_seq"]) <= seen[seen_key]:
                result.skipped += 1
                continue
            seen[seen_key] = int(op["op_seq"])
            merger.apply(change, op["team_id"], op["device_id"], int(op["op_seq"]),
                         int(op["key_version"]))
        for seen_key, op_seq in seen.items():
            uow.sync.set_state(seen_key, str(op_seq))
        merger.retry_parked()
        uow.sync.flush_touches()
    finally:
        uow.sync.drop_touches()
    merger.finish()
    for team, seq in (cursor or {}).items():
        uow.sync.set_cursor(team, seq)
    return result


def accept_blob(uow: UnitOfWork, identity: IdentityRow, team_keys: TeamKeys, blob_id: str,
                sealed: bytes) -> bool:
    """Store a fetched evidence image if it is the one wanted (its SHA-256, the team key, and the
    image's own hash all check); returns whether it was taken."""
    if hashlib.sha256(sealed).hexdigest() != blob_id:
        return False
    for table, gid, wanted, team, version in uow.sync.blobs_wanted():
        if wanted != blob_id:
            continue
        key = (team_keys.get(team) or {}).get(version)
        if key is None:
            return False
        try:
            data = open_sealed(key, sealed, blob_aad(identity.org_id, team, gid))
        except IdentityError:
            return False
        row = uow.sync.row(table, gid)
        if row is None or hashlib.sha256(data).hexdigest() != row.get("sha256"):
            return False
        uow.sync.set_image(gid, data)
        uow.sync.got_blob(table, gid)  # its shadow already holds the image's hash: nothing echoes
        return True
    return False
