"""Sync with central records: send what changed here, receive what changed on the team's other
devices (docs/sync.md). The engine (services/sync_engine.py) turns local changes into sealed ops and
merges incoming ones; this module moves them over the network in bounded, resumable steps:

1. refresh people, devices and team keys (services/org.py);
2. prepare: stamp, seal and sign every local change into the sync outbox (one transaction);
3. upload evidence blobs, then ops in batches; an op leaves the outbox only once acked;
4. download each team's log in batches, refusing any batch whose checksum does not match, and apply
   each batch with its new cursor in one transaction;
5. fetch the evidence images that arrived as references.

Every step can be interrupted (network, kill -9, cancel) and the next run goes on from where it
stopped: nothing is lost and nothing is applied twice. No network call runs inside a transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from hrdcase.errors import UserError
from hrdcase.models import sync_tables as tables
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Responder
from hrdcase.models.enums import Role
from hrdcase.services.enrol import ClientFactory, default_client
from hrdcase.services.identity import device_keys, resolve_roles
from hrdcase.services.org import OrgService
from hrdcase.services.sync_engine import accept_blob, apply_batch, prepare, upload_ops
from hrdcase.services.sync_merge import conflicts as open_conflicts
from hrdcase.services.sync_merge import resolve as resolve_conflict
from hrdcase.storage.identity import IdentityRow
from hrdcase.storage.store import Store, UnitOfWork
from hrdcase.sync import protocol as p
from hrdcase.sync.client import ServerClient, ServerError
from hrdcase.sync.identity import IdentityError, b64d, revocation_message, verify_signature

Progress = Callable[[str, int, int], None]  # phase, done, total (0 = unknown)
UPLOAD_BYTES = p.MAX_REQUEST_BYTES * 3 // 4  # one upload's ops, with room for the JSON around them


class DeviceRevoked(UserError):
    """An admin of the organisation revoked this device, and signed it: its caseload is to be wiped
    (the caller does it: the CLI and the app close the session first)."""

    def __init__(self, org_name: str) -> None:
        super().__init__(f"An admin of {org_name} revoked this device.")


def revocation_is_valid(uow: UnitOfWork, identity: IdentityRow, statement: object) -> bool:
    """Whether `statement` revokes THIS device and carries the signature of a confirmed device of a
    person whom verified role records make an admin. The server alone cannot forge one, so a
    compromised server cannot make devices wipe themselves."""
    if not isinstance(statement, dict):
        return False
    try:
        org, device, issuer_id, at, signature = (str(statement[k]) for k in (
            "org_id", "device_id", "issuer_device_id", "revoked_at", "signature"))
        if (org, device) != (identity.org_id, identity.device_id):
            return False
        devices = uow.identity.devices()
        issuer = next((d for d in devices if d.device_id == issuer_id and d.status == "confirmed"), None)
        roles = resolve_roles(identity, devices, uow.identity.role_records())
        if issuer is None or Role.ADMIN not in roles.get(issuer.person_id, frozenset()):
            return False
        message = revocation_message(org, device, issuer_id, at)
        return verify_signature(issuer.sign_public, message, b64d(signature))
    except (KeyError, TypeError, ValueError, IdentityError):
        return False


class SyncCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Sync cancelled; what was sent or received so far is kept.")


@dataclass(frozen=True, slots=True)
class SyncSummary:
    sent: int
    received: int
    conflicts: int
    pending: int

    def line(self) -> str:
        text = f"Synced: sent {self.sent}, received {self.received}, conflicts {self.conflicts}"
        if self.pending:
            text += f", {self.pending} still to send"
        return text + "."


@dataclass(frozen=True, slots=True)
class ConflictView:
    """One concurrent edit waiting for a person: both values, as the app and the CLI show them."""

    id: int
    kind: str          # "field" (two edits) or "limit" (an incoming assignment over a limit here)
    table: str
    record: str        # the case reference, or the table's name for rows outside a case
    case_id: int | None
    field: str
    local_text: str
    remote_text: str
    remote_device: str | None
    detected_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "table": self.table, "record": self.record,
                "field": self.field, "here": self.local_text, "other_device": self.remote_text,
                "remote_device": self.remote_device,
                "detected_at": self.detected_at.isoformat(timespec="seconds")}


@dataclass(frozen=True, slots=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    device_status: str | None
    pending: int
    conflicts: int
    last_sync_at: datetime | None
    last_error: str | None


class SyncService:
    def __init__(self, store: Store, clock: Clock, me: Responder | None,
                 client_factory: ClientFactory = default_client) -> None:
        self.store, self.clock, self.me = store, clock, me
        self.client_factory = client_factory

    # ---- what the app's status bar and `hrdcase sync --status` show
    def status(self) -> SyncStatus:
        with self.store.read() as uow:
            identity = uow.identity.identity()
            log = uow.sync
            last = log.state("last_sync_at")
            enrolled = bool(identity and identity.server_url)
            return SyncStatus(
                enrolled=enrolled,
                server_url=identity.server_url if identity else None,
                device_status=identity.status if identity else None,
                pending=log.out_count() + log.dirty_count() if enrolled else 0,  # standalone: nothing
                conflicts=log.open_conflict_count(),
                last_sync_at=datetime.fromtimestamp(int(last), UTC) if last else None,
                last_error=log.state("last_error") or None)

    # ---- the conflict queue
    def conflicts(self) -> list[ConflictView]:
        with self.store.read() as uow:
            return [_view(uow, c) for c in open_conflicts(uow)]

    def resolve(self, conflict_id: int, keep: str) -> ChangeSet:
        """Keep "mine" (this device's value) or "theirs"; the choice is a new edit that reaches
        the other devices at the next sync and settles the conflict there too."""
        side = {"mine": "local", "theirs": "remote"}.get(keep)
        if side is None:
            raise UserError("Keep either 'mine' or 'theirs'.")
        with self.store.transaction() as uow:
            resolve_conflict(uow, conflict_id, side, self.me.id if self.me else None, self.clock)
        return ChangeSet(entities=frozenset({"case", "sync"}), audit=True)

    def escalations(self) -> list[dict[str, Any]]:
        """Open escalation steps of this person's teams, as the server computes them from routing
        metadata (it watches deadlines even while the responder's app is closed)."""
        identity = self._identity(None)
        assert identity.server_url is not None
        client = self.client_factory(identity.server_url, device_keys(identity), identity.device_id)
        try:
            items = client.escalations()
        finally:
            client.close()
        with self.store.read() as uow:
            for item in items:
                local = uow.sync.local_key("cases", str(item.get("case_id", "")))
                case = uow.cases.get(local) if local is not None else None
                item["ref"] = case.ref if case else str(item.get("case_id", ""))[:12]
                item["local_case_id"] = local
        return items

    # ---- one sync
    def run(self, server_url: str | None = None, progress: Progress | None = None,
            cancelled: Callable[[], bool] = lambda: False) -> tuple[SyncSummary, ChangeSet]:
        report = progress or (lambda _phase, _done, _total: None)
        identity = self._identity(server_url)
        org = OrgService(self.store, self.clock, self.me, self.client_factory)
        report("people", 0, 0)
        try:
            org.refresh()  # team keys and devices first: they decide what can be sealed and opened
        except ServerError as exc:
            statement = exc.details.get("revocation") if exc.status == 403 else None
            if statement is not None:
                with self.store.read() as uow:
                    if revocation_is_valid(uow, identity, statement):
                        raise DeviceRevoked(identity.org_name) from None
            raise
        identity = self._identity(server_url)  # again: the refresh may have changed it
        with self.store.transaction() as uow:
            prepare(uow, identity, uow.sync.team_keys(), self.clock)
        url = server_url or identity.server_url
        assert url is not None
        client = self.client_factory(url, device_keys(identity), identity.device_id)
        try:
            try:
                sent = self._upload(client, report, cancelled)
                received, conflicts, changes = self._download(client, identity, report, cancelled)
                self._fetch_blobs(client, identity, report, cancelled)
            except UserError as exc:
                self._note_error(str(exc))
                raise
        finally:
            client.close()
        with self.store.transaction() as uow:
            uow.sync.set_state("last_sync_at", str(int(self.clock.now().timestamp())))
            uow.sync.set_state("last_error", "")
            pending = uow.sync.out_count() + uow.sync.dirty_count()
        return SyncSummary(sent, received, conflicts, pending), changes

    def _identity(self, server_url: str | None) -> IdentityRow:
        with self.store.read() as uow:
            identity = uow.identity.identity()
        if identity is None or not identity.server_url:  # --server only redirects an enrolled device
            raise UserError("This caseload works without a server; join an organisation with "
                            "'hrdcase join' to sync.")
        if identity.status == "revoked":
            raise UserError("This device was revoked by an admin; it can no longer sync.")
        return identity

    def _note_error(self, message: str) -> None:
        with self.store.transaction() as uow:
            uow.sync.set_state("last_error", message[:500])

    def _upload(self, client: ServerClient, report: Progress, cancelled: Callable[[], bool]) -> int:
        with self.store.read() as uow:
            blobs = uow.sync.blobs_out()
            total = uow.sync.out_count()
        for i, (blob_id, team, sealed) in enumerate(blobs):
            _check(cancelled)
            report("evidence out", i, len(blobs))
            client.put_blob(blob_id, sealed, team)
            with self.store.transaction() as uow:
                uow.sync.ack_blob(blob_id)
        sent = 0
        while True:
            _check(cancelled)
            report("sending", sent, total)
            with self.store.read() as uow:
                batch = _within(upload_ops(uow, p.MAX_OPS_PER_UPLOAD), UPLOAD_BYTES)
                head = uow.audit.head()
            if not batch:
                return sent
            audit_head: p.AuditHead | None = {"seq": head[0], "hash": head[1]} if head else None
            answer = client.upload(batch, audit_head)
            sent_seqs = {op["op_seq"] for op in batch}
            acked = [n for n in answer.get("acked", []) if isinstance(n, int) and n in sent_seqs]
            with self.store.transaction() as uow:
                uow.sync.ack_out(acked)
                countersign = answer.get("countersign")
                if countersign and audit_head and self._countersign_ok(client, countersign, audit_head):
                    uow.sync.set_state("countersign", json.dumps(countersign, sort_keys=True))
            if not acked:
                raise ServerError("The server acknowledged none of the changes sent; try again later.")
            sent += len(acked)

    def _countersign_ok(self, client: ServerClient, c: p.Countersign, head: p.AuditHead) -> bool:
        """The server's signature over this device's audit head, checked with the server key
        this device learnt at its first sync (trust on first use, like SSH)."""
        with self.store.read() as uow:
            known = uow.sync.state("server_key")
        if not known:
            known = str(client.server_key().get("public_key", ""))
            with self.store.transaction() as uow:
                uow.sync.set_state("server_key", known)
        try:
            message = p.countersign_message(str(c["device_id"]), int(c["seq"]), str(c["hash"]), str(c["at"]))
            return (int(c["seq"]), c["hash"]) == (head["seq"], head["hash"]) and verify_signature(
                b64d(known), message, b64d(str(c["signature"])))
        except (KeyError, TypeError, ValueError):
            return False

    def _download(self, client: ServerClient, identity: IdentityRow, report: Progress,
                  cancelled: Callable[[], bool]) -> tuple[int, int, ChangeSet]:
        received = conflicts = 0
        changes = ChangeSet()
        while True:
            _check(cancelled)
            report("receiving", received, 0)
            with self.store.read() as uow:
                cursor = uow.sync.cursors()
            answer = client.download(cursor)
            ops = answer.get("ops", [])
            if not isinstance(ops, list) or p.ops_checksum(ops) != answer.get("checksum"):
                raise ServerError("A batch from the server was damaged in transit (checksum); "
                                  "nothing of it was applied. Sync again.")
            try:
                new_cursor = {str(k): int(v) for k, v in answer.get("cursor", {}).items()}
            except (AttributeError, TypeError, ValueError):
                raise ServerError("The server sent a malformed sync cursor; nothing was applied.") from None
            with self.store.transaction() as uow:
                result = apply_batch(uow, identity, uow.sync.team_keys(), ops,
                                     uow.sync.device_sign_keys(), self.clock, new_cursor)
            received += result.applied
            conflicts += result.conflicts
            if result.applied or result.unparked:
                changes = changes.merge(ChangeSet(entities=frozenset(result.tables), audit=True))
            # A batch may bring nothing and still move the cursor (this device's own ops, signals
            # it may not see): go on while the server has more and the cursor moves.
            moved = any(seq > cursor.get(team, 0) for team, seq in new_cursor.items())
            if not answer.get("more") or not (ops or moved):
                return received, conflicts, changes

    def _fetch_blobs(self, client: ServerClient, identity: IdentityRow, report: Progress,
                     cancelled: Callable[[], bool]) -> None:
        with self.store.read() as uow:
            wanted = sorted({w[2] for w in uow.sync.blobs_wanted()})
        for i, blob_id in enumerate(wanted):
            _check(cancelled)
            report("evidence in", i, len(wanted))
            sealed = client.get_blob(blob_id)
            with self.store.transaction() as uow:
                accept_blob(uow, identity, uow.sync.team_keys(), blob_id, sealed)


def _text(uow: Any, table: str, field: str, value: Any) -> str:
    spec = next((x for x in tables.SPECS if x.name == table), None)
    if value is None or value == "":
        return "(none)"
    if spec is not None and spec.refs.get(field) == tables.PERSON:
        person = uow.reference.responder_for_person(str(value))
        return person.display_name if person else "(someone not known here)"
    return str(value)[:200]


def _view(uow: Any, c: dict[str, Any]) -> ConflictView:
    case_id = uow.sync.case_of(c["table"], c["gid"]) if uow.sync.local_key(c["table"], c["gid"]) else None
    case = uow.cases.get(case_id) if case_id is not None else None
    return ConflictView(
        id=int(c["id"]), kind=str(c["kind"]), table=str(c["table"]),
        record=case.ref if case else str(c["table"]), case_id=case_id, field=str(c["field"]),
        local_text=_text(uow, c["table"], c["field"], c["local_value"]),
        remote_text=_text(uow, c["table"], c["field"], c["remote_value"]),
        remote_device=c.get("remote_device"),
        detected_at=datetime.fromtimestamp(int(c["detected_at"]), UTC))


def _within(ops: list[p.UploadOp], budget: int) -> list[p.UploadOp]:
    """The longest prefix of `ops` whose JSON stays under `budget` bytes (always at least one)."""
    kept: list[p.UploadOp] = []
    size = 0
    for op in ops:
        size += len(op["sealed"]) + len(op["signature"]) + len(json.dumps(op["routing"])) + 200
        if kept and size > budget:
            break
        kept.append(op)
    return kept


def _check(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise SyncCancelled()


