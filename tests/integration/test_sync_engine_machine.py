"""A hypothesis state machine: three devices edit a few fields of two cases (critical and not) at
random, with clocks that drift apart, and sync at random times through the in-order relay. After a
final full sync every device holds the same synced values, nothing is left to send or parked, and
every op was applied at most once per device."""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from tests.integration.sync_world import TEAM_UUID, Relay, make_devices, synced_state
from tests.integration.test_sync_engine import draft

FIELDS = {
    "title": st.sampled_from(["Alpha synthetic", "Beta synthetic", "Gamma synthetic"]),
    "priority": st.sampled_from(["P1", "P2", "P3"]),
    "risk_level": st.sampled_from(["low", "medium", "high", None]),
    "status": st.sampled_from(["new", "triaged", "in_progress"]),
    "summary": st.text(alphabet="abc ", max_size=8),
}


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="hrdcase-sync-sm-"))
        self.devices = make_devices(self.root, 3)
        self.relay = Relay()
        self.gids: list[str] = []

    @initialize()
    def cases(self) -> None:
        a = self.devices[0]
        for title in ("First synthetic", "Second synthetic"):
            case_id, _ = a.cases.open_case(draft(title=title))
            self.gids.append(a.store.db.execute("SELECT gid FROM cases WHERE id = ?",
                                                (case_id,)).fetchone()[0])
        for d in self.devices:
            d.sync(self.relay)

    @rule(device=st.integers(0, 2), case=st.integers(0, 1), data=st.data(),
          field=st.sampled_from(sorted(FIELDS)))
    def edit(self, device: int, case: int, field: str, data: st.DataObject) -> None:
        value = data.draw(FIELDS[field])
        d = self.devices[device]
        with d.store.transaction() as uow:
            uow.sync.db.execute(f"UPDATE cases SET {field} = ? WHERE gid = ?", (value, self.gids[case]))

    @rule(device=st.integers(0, 2), minutes=st.integers(-3000, 3000))
    def drift(self, device: int, minutes: int) -> None:
        self.devices[device].clock.advance(timedelta(minutes=minutes))

    @rule(device=st.integers(0, 2))
    def sync(self, device: int) -> None:
        self.devices[device].sync(self.relay)

    @rule(device=st.integers(0, 2))
    def push_only(self, device: int) -> None:
        self.devices[device].push(self.relay)

    @rule(device=st.integers(0, 2), limit=st.integers(1, 4))
    def pull_some(self, device: int, limit: int) -> None:
        d = self.devices[device]
        with d.store.read() as uow:
            after, signers = uow.sync.cursor(TEAM_UUID), uow.sync.device_sign_keys()
        batch, last, _ = self.relay.download(TEAM_UUID, after, limit)
        from hrdcase.services.sync_engine import apply_batch
        with d.store.transaction() as uow:
            d.results.append(apply_batch(uow, d.identity, uow.sync.team_keys(), batch, signers,
                                         d.clock, {TEAM_UUID: last}))

    @invariant()
    def nothing_parked(self) -> None:
        for d in self.devices:
            assert d.store.db.execute("SELECT count(*) FROM sync_parked").fetchone()[0] == 0

    def teardown(self) -> None:
        try:
            for _ in range(2):
                for d in self.devices:
                    d.sync(self.relay)
            states = [synced_state(d) for d in self.devices]
            assert states[0] == states[1] == states[2]
            log = self.relay.logs.get(TEAM_UUID, [])
            for d in self.devices:
                with d.store.read() as uow:
                    assert uow.sync.out_count() == 0 and uow.sync.dirty_count() == 0
                others = [op for op in log if op["device_id"] != d.identity.device_id]
                assert sum(r.applied for r in d.results) <= len(others)
                assert uow.sync.cursor(TEAM_UUID) == len(log)
                for other in self.devices:
                    if other is not d:
                        theirs = [op["op_seq"] for op in others
                                  if op["device_id"] == other.identity.device_id]
                        seen = d.store.db.execute("SELECT value FROM sync_state WHERE key = ?", (
                            f"seen:{TEAM_UUID}:{other.identity.device_id}",)).fetchone()
                        assert (int(seen[0]) if seen else 0) == max(theirs, default=0)
        finally:
            for d in self.devices:
                d.close()
            shutil.rmtree(self.root, ignore_errors=True)


SyncMachine.TestCase.settings = settings(max_examples=12, stateful_step_count=14, deadline=None)
TestSyncMachine = SyncMachine.TestCase
