"""Merging opened ops into the caseload, field by field (docs/sync.md, "Merge"), and the conflict
queue a person resolves. Used by services/sync_engine.py inside one transaction."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from hrdcase.errors import UserError
from hrdcase.models import sync_tables as tables
from hrdcase.models.clock import Clock
from hrdcase.services.guarding import work_item
from hrdcase.services.wellbeing_guard import _without_case, current_policy, responder_loads
from hrdcase.storage.identity import IdentityRow
from hrdcase.storage.store import UnitOfWork
from hrdcase.storage.sync_log import MissingParent
from hrdcase.sync.engine import HLC, Change, FieldWrite, decide, decode_change, stamps_of, value_hash
from hrdcase.wellbeing.limits import check_assignment

if TYPE_CHECKING:
    from hrdcase.services.sync_engine import ApplyResult

MAX_PARK_ROUNDS = 8


class Merger:
    def __init__(self, uow: UnitOfWork, identity: IdentityRow, clock: Clock, result: ApplyResult) -> None:
        self.uow, self.log, self.identity, self.clock, self.result = uow, uow.sync, identity, clock, result
        self.hlc = HLC.load(identity.device_id, self.log.state("hlc"))
        self.now = clock.now()
        self.assigned: list[tuple[str, FieldWrite, str]] = []

    def apply(self, change: Change, team: str, device: str, op_seq: int, key_version: int) -> bool:
        """Merge one op; False when it was parked (a parent row is not here yet)."""
        for stamp in stamps_of(change):
            self.hlc.observe(stamp)
        try:
            with self.log.savepoint():
                self._merge(change, team, device, key_version)
        except MissingParent as exc:
            self.log.park(team, device, op_seq, change.table, change.gid,
                          {**change.to_json(), "kv": key_version}, str(exc), int(self.now.timestamp()))
            self.result.parked += 1
            return False
        return True

    def _merge(self, change: Change, team: str, device: str, key_version: int) -> None:
        log, table = self.log, change.table
        spec = tables.spec(table)
        gid = log.resolve(table, change.gid)
        shadow = log.shadow(table, gid)
        if shadow is not None and shadow[2]:
            self.result.skipped += 1  # a tombstoned row stays deleted
            return
        if change.deleted:
            case_id = log.case_of(table, gid)
            log.delete(table, gid)
            log.put_shadow(table, gid, {}, team, deleted=True)
            log.got_blob(table, gid)
            if case_id is not None and table != "cases":
                log.touch_case_id(case_id, table == "incidents")
            self._applied(table)
            return
        current = log.row(table, gid)
        if current is None and shadow is None:
            other = log.find_natural(table, {k: w.value for k, w in change.fields.items()})
            if other is not None and other != gid:
                gid = log.merge_gids(table, other, gid)
                shadow, current = log.shadow(table, gid), log.row(table, gid)
        fields: dict[str, list[Any]] = dict(shadow[0]) if shadow else {}
        current = current or {}
        writes: dict[str, Any] = {}
        conflicts: list[tuple[str, FieldWrite]] = []
        merged: list[str] = []
        for name, w in change.fields.items():
            decision = decide(fields.get(name), w)
            if decision.concurrent and name in spec.critical:
                conflicts.append((name, w))
            elif decision.concurrent:
                merged.append(name)
            if decision.write:
                writes[name] = w
        log.write(table, gid, {k: w.value for k, w in writes.items()},  # may raise MissingParent
                  int(self.now.timestamp()))
        for name, w in writes.items():
            hashed = w.value
            if name == tables.BLOB_FIELD:  # the shadow holds the image's hash, not the blob's
                hashed = writes["sha256"].value if "sha256" in writes else current.get("sha256")
                log.want_blob(table, gid, w.value, team, key_version)
            fields[name] = [w.stamp, value_hash(hashed), w.prev]
            if w.prev is not None:
                self._supersede(table, gid, name, w)
        for name, w in conflicts:
            self._conflict(table, gid, name, current.get(name), fields_stamp(shadow, name), w, device)
        if merged:
            case_id = log.case_of(table, gid)
            self.uow.audit.append(self.now, None, "sync.merged", table, gid, case_id,
                                  {"fields": sorted(merged)})
            self.result.merged += 1
        log.put_shadow(table, gid, fields, team)
        if table == "defenders" and writes:
            log.reindex_defender(gid)
        if table == "cases" and "assignee_id" in writes and writes["assignee_id"].value is not None:
            self.assigned.append((gid, writes["assignee_id"], device))
        self._applied(table)

    def _applied(self, table: str) -> None:
        self.result.applied += 1
        self.result.tables.add(table)

    def _conflict(self, table: str, gid: str, name: str, local: Any, local_stamp: str | None,
                  w: FieldWrite, device: str) -> None:
        if self.log.has_conflict(table, gid, name, w.stamp):
            return
        self.log.add_conflict("field", table, gid, name, local, w.value, local_stamp, w.stamp, device,
                              int(self.now.timestamp()))
        self.result.conflicts += 1

    def _supersede(self, table: str, gid: str, name: str, w: FieldWrite) -> None:
        """A write that built on both sides of an open conflict (a person resolved it on another
        device, or edited it since) settles that conflict here too."""
        for conflict_id, local_stamp, remote_stamp in self.log.open_conflicts_for(table, gid, name):
            if w.prev is not None and max(local_stamp or "", remote_stamp or "") <= w.prev:
                self.log.resolve_conflict(conflict_id, "superseded", int(self.now.timestamp()))

    def check_limits(self) -> None:
        """Incoming assignments are applied (the sender's guard decided), but one that takes the
        responder over a limit here goes to the queue for a supervisor. Loads are read once per
        batch, after all of it is written."""
        if not self.assigned:
            return
        policy = current_policy(self.uow)
        loads = responder_loads(self.uow, policy, self.now, None)
        for gid, w, device in self.assigned:
            case_id = self.log.local_key("cases", gid)
            responder = self.uow.reference.responder_for_person(str(w.value))
            load = loads.get(responder.id) if responder else None
            if case_id is None or load is None:
                continue
            try:
                case = self.uow.cases.get(case_id)
            except ValueError:  # a value this version does not know: nothing to measure
                continue
            if responder is None or case.assignee_id != responder.id or not case.status.is_open:
                continue  # a later op of the batch moved or closed it
            item = replace(work_item(self.uow, case), assignee_id=None)  # as it was handed over
            if not check_assignment(_without_case(self.uow, load, case_id), item, policy,
                                    self.now).allowed:
                self.log.add_conflict("limit", "cases", gid, "assignee_id", None, w.value, None,
                                      w.stamp, device, int(self.now.timestamp()))
                self.result.conflicts += 1

    def retry_parked(self) -> None:
        """Parked ops whose parent has arrived since, in the order they were parked."""
        from hrdcase.services.sync_engine import ALLOWED

        for _ in range(MAX_PARK_ROUNDS):
            progress = False
            for parked_id, team, device, op_seq, body in self.log.parked():
                key_version = int(body.pop("kv", 1))
                change = decode_change(json.dumps(body).encode(), body["t"], body["id"], ALLOWED)
                self.log.unpark(parked_id)
                if self.apply(change, team, device, op_seq, key_version):
                    self.result.unparked += 1
                    progress = True
            if not progress:
                return

    def finish(self) -> None:
        """Everything still dirty was written by this batch, and its shadow says so: nothing echoes."""
        self.check_limits()
        self.log.clear_dirty()
        self.log.set_state("hlc", self.hlc.state())
        self.result.parked = self.log.parked_count()


def fields_stamp(shadow: Any, name: str) -> str | None:
    if not shadow or name not in shadow[0]:
        return None
    stamp = shadow[0][name][0]
    return str(stamp) if stamp is not None else None


# ---- the conflict queue
def conflicts(uow: UnitOfWork, open_only: bool = True) -> list[dict[str, Any]]:
    keys = ("id", "kind", "table", "gid", "field", "local_value", "remote_value", "local_stamp",
            "remote_stamp", "remote_device", "detected_at", "resolved_at", "resolution")
    out = []
    for row in uow.sync.conflicts(open_only):
        item = dict(zip(keys, row, strict=True))
        item["local_value"] = json.loads(item["local_value"]) if item["local_value"] else None
        item["remote_value"] = json.loads(item["remote_value"]) if item["remote_value"] else None
        out.append(item)
    return out


def resolve(uow: UnitOfWork, conflict_id: int, keep: str, actor_id: int | None, clock: Clock) -> None:
    """Keep the local or the remote value: written as a new local edit (a new stamp at the next
    prepare, so it reaches every device and settles the conflict there too); audited."""
    if keep not in ("local", "remote"):
        raise UserError("Keep either the local or the remote value.")
    row = uow.sync.conflict(conflict_id)
    if row is None or row[11] is not None:
        raise UserError(f"No open sync conflict {conflict_id}.")
    _, kind, table, gid, name, local, remote = row[:7]
    now = int(clock.now().timestamp())
    if kind == "field":
        value = json.loads(local if keep == "local" else remote)
        log = uow.sync
        gid = log.resolve(table, gid)
        if log.row(table, gid) is not None:
            log.write(table, gid, {name: value})
            shadow = log.shadow(table, gid)
            if shadow is not None and name in shadow[0]:
                shadow[0][name][1] = None  # forced: stamped again even when the value is unchanged
                log.put_shadow(table, gid, shadow[0], shadow[1])
            log.mark_dirty(table, gid)
        for other, _, _ in log.open_conflicts_for(table, gid, name):
            log.resolve_conflict(other, keep, now)
    else:
        uow.sync.resolve_conflict(conflict_id, keep, now)
    case_id = uow.sync.case_of(table, gid)
    uow.audit.append(clock.now(), actor_id, "sync.conflict_resolved", table, gid, case_id,
                     {"field": name, "kept": keep, "kind": kind})
