"""Devices of one organisation, each a real SQLCipher caseload on disk, syncing through an
in-process relay that stands in for the server's team logs (a list per team with seq, the batch
checksum and a cursor per device). The device side is the real engine
(services/sync_engine.py); only the network is replaced, by plain function calls.

Each device has its own device key, is one of the seeded responders (the same person ids on every
device), shares the team uuid and the team key, and knows every device's public signing key."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hrdcase.models.clock import FixedClock
from hrdcase.services.cases import CaseService
from hrdcase.services.sync_engine import ApplyResult, accept_blob, apply_batch, prepare, upload_ops
from hrdcase.storage.identity import DeviceRow, IdentityRow
from hrdcase.storage.profile import Profile
from hrdcase.storage.store import Store
from hrdcase.sync.identity import DeviceKeys
from hrdcase.sync.protocol import DownloadedOp, ops_checksum
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import World, seed_reference

ORG_ID = str(uuid.UUID(int=1))
TEAM_UUID = str(uuid.UUID(int=2))
PERSONS = [str(uuid.UUID(int=100 + i)) for i in range(6)]


@dataclass
class Relay:
    """The server's per-team logs: an op stored once per (device, op_seq), sequence per team."""

    logs: dict[str, list[DownloadedOp]] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    stored: dict[tuple[str, int], str] = field(default_factory=dict)

    def upload(self, device_id: str, ops: list[dict[str, Any]]) -> list[int]:
        acked = []
        for op in ops:
            key = (device_id, op["op_seq"])
            if key not in self.stored:
                log = self.logs.setdefault(op["team_id"], [])
                log.append(DownloadedOp(seq=len(log) + 1, device_id=device_id,
                                        received_at="2026-01-05T09:00:00Z", **op))
                self.stored[key] = op["sealed"]
            acked.append(op["op_seq"])
        return acked

    def download(self, team_id: str, after: int, limit: int = 50) -> tuple[list[DownloadedOp], int, str]:
        batch = [op for op in self.logs.get(team_id, []) if op["seq"] > after][:limit]
        last = batch[-1]["seq"] if batch else after
        return [dict(op) for op in batch], last, ops_checksum(batch)  # type: ignore[misc]


@dataclass
class Device:
    name: str
    profile: Profile
    store: Store
    world: World
    clock: FixedClock
    identity: IdentityRow
    keys: DeviceKeys
    me: int  # this device's responder id
    results: list[ApplyResult] = field(default_factory=list)

    @property
    def cases(self) -> CaseService:
        return CaseService(self.store, self.clock, self.me, self.identity.device_id)

    def team_keys(self) -> dict[str, dict[int, bytes]]:
        with self.store.read() as uow:
            return uow.sync.team_keys()

    def prepare(self) -> int:
        with self.store.transaction() as uow:
            return prepare(uow, self.identity, uow.sync.team_keys(), self.clock)

    def push(self, relay: Relay) -> int:
        """Prepare, then upload in batches of at most 500 until nothing is left."""
        self.prepare()
        sent = 0
        while True:
            with self.store.read() as uow:
                ops = upload_ops(uow)
                blobs = uow.sync.blobs_out()
            if not ops and not blobs:
                return sent
            acked = relay.upload(self.identity.device_id, ops)
            for blob_id, _, sealed in blobs:
                relay.blobs[blob_id] = sealed
            with self.store.transaction() as uow:
                uow.sync.ack_out(acked)
                for blob_id, _, _ in blobs:
                    uow.sync.ack_blob(blob_id)
            sent += len(acked)

    def pull(self, relay: Relay, limit: int = 50) -> None:
        while True:
            with self.store.read() as uow:
                after = uow.sync.cursor(TEAM_UUID)
                signers = uow.sync.device_sign_keys()
            batch, last, checksum = relay.download(TEAM_UUID, after, limit)
            if not batch:
                break
            assert ops_checksum(batch) == checksum
            with self.store.transaction() as uow:
                self.results.append(apply_batch(uow, self.identity, uow.sync.team_keys(), batch,
                                                signers, self.clock, {TEAM_UUID: last}))
        with self.store.transaction() as uow:
            for _, _, blob_id, _, _ in uow.sync.blobs_wanted():
                if blob_id in relay.blobs:
                    accept_blob(uow, self.identity, uow.sync.team_keys(), blob_id, relay.blobs[blob_id])

    def sync(self, relay: Relay) -> None:
        self.push(relay)
        self.pull(relay)
        self.push(relay)  # what applying prepared (local edits made meanwhile)

    def close(self) -> None:
        self.store.close()
        self.profile.release()


def make_devices(root: Path, n: int, start: datetime | None = None) -> list[Device]:
    team_key = secrets.token_bytes(32)
    keys = [DeviceKeys.generate() for _ in range(n)]
    device_ids = [str(uuid.uuid4()) for _ in range(n)]
    devices = []
    for i in range(n):
        clock = FixedClock(start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
        clock.advance(timedelta(seconds=i))
        profile = Profile(root / f"device{i}")
        store = profile.create(PASSPHRASE, FAST_KDF)
        world = seed_reference(store)
        identity = IdentityRow(ORG_ID, "Org", PERSONS[i], device_ids[i], keys[i].sign_private,
                               keys[i].box_private, "http://relay.invalid", "confirmed", device_ids[0],
                               keys[0].sign_public, clock.now())
        with store.transaction() as uow:
            uow.identity.set_identity(identity)
            for j in range(n):
                uow.identity.put_device(DeviceRow(device_ids[j], PERSONS[j], keys[j].sign_public,
                                                  keys[j].box_public, keys[j].fingerprint, "confirmed"))
            uow.identity.set_team_uuid(world.team_id, TEAM_UUID)
            uow.identity.put_team_key(TEAM_UUID, 1, team_key)
            for r, person in zip(world.responders, PERSONS, strict=False):
                uow.reference.set_person_id(r.id, person)
            uow.sync.clear_dirty()  # the shared reference data is not news
        devices.append(Device(f"D{i}", profile, store, world, clock, identity, keys[i],
                              world.responders[i].id))
    return devices


def synced_state(device: Device) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row of a device as it travels: table -> gid -> fields."""
    from hrdcase.models.sync_tables import SPECS

    out: dict[str, dict[str, dict[str, Any]]] = {}
    with device.store.read() as uow:
        for s in SPECS:
            gids = [r[0] for r in uow.sync.db.execute(f"SELECT gid FROM {s.name}")]
            out[s.name] = {g: uow.sync.row(s.name, g) for g in gids}  # type: ignore[misc]
    return out
