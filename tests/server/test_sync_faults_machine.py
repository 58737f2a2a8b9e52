"""A hypothesis state machine over the real server (the app in-process on SQLite, real devices on
disk): two or three devices edit one case at random (status, priority, risk level through a risk
note, assignee, title, a new incident or risk note) and sync at random. After a final round of
syncs every device holds the same synced values, and every pair of concurrent edits of a
risk-critical field that disagreed left a conflict row on some device.

Which edits were concurrent is modelled here: a device knows the writes it made and those on the
server when it last synced; a write is made at a sync, when the field differs from what that
device last sent or received. Longer run: HRDCASE_SYNC_EXAMPLES=200 (CONTRIBUTING.md)."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from hrdcase.errors import UserError
from hrdcase.models.enums import CaseStatus
from tests.server.faults import ADMIN, NAMES, Fleet, Template, local

CRITICAL = ("status", "assignee_id", "risk_level")
EXAMPLES = int(os.environ.get("HRDCASE_SYNC_EXAMPLES", "4"))


@dataclass(frozen=True)
class Write:
    id: int
    device: str
    field: str
    value: Any
    saw: frozenset[int]


class CaseMachine(RuleBasedStateMachine):
    def __init__(self, template: Template) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="hrdcase-faults-sm-"))
        self.fleet = Fleet(template, self.folder / "org")
        self.ids = itertools.count(1)
        self.writes: list[Write] = []
        self.server: set[int] = set()
        self.known: dict[str, set[int]] = {}
        self.shadow: dict[str, dict[str, Any]] = {}
        self.names: tuple[str, ...] = NAMES

    @initialize(devices=st.sampled_from([2, 3]))
    def open_the_case(self, devices: int) -> None:
        self.names = NAMES[:devices]
        self.gid = self.fleet.open_case(ADMIN, "Synthetic case of the machine")
        for name in (*self.names, *self.names):
            self.fleet.sync(name)
        for name in self.names:
            self.known[name] = set()
            self.shadow[name] = self._critical(name)

    def _critical(self, name: str) -> dict[str, Any]:
        row = self.fleet.state(name)["cases"][self.gid]
        return {f: row[f] for f in CRITICAL}

    def _case(self, name: str) -> tuple[int, int]:
        session = self.fleet.session(name)
        case_id = local(session, "cases", self.gid)
        with session.store.read() as uow:
            return case_id, uow.cases.get(case_id).version

    @rule(device=st.integers(0, 2), field=st.sampled_from(["priority", "title"]), data=st.data())
    def edit(self, device: int, field: str, data: st.DataObject) -> None:
        name = self.names[device % len(self.names)]
        value = data.draw(st.sampled_from({"priority": ["P1", "P2", "P3", "P4"],
                                           "title": ["Synthetic A", "Synthetic B"]}[field]))
        self.fleet.update(name, self.gid, **{field: value})

    @rule(device=st.integers(0, 2), status=st.sampled_from(list(CaseStatus)))
    def status(self, device: int, status: CaseStatus) -> None:
        name = self.names[device % len(self.names)]
        case_id, version = self._case(name)
        try:
            self.fleet.session(name).cases.change_status(case_id, status, version)
        except UserError:
            pass  # not a legal step from where this device stands

    @rule(device=st.integers(0, 2), who=st.integers(0, 2))
    def assign(self, device: int, who: int) -> None:
        name = self.names[device % len(self.names)]
        session = self.fleet.session(name)
        case_id, version = self._case(name)
        target = next(r.id for r in session.queries.responders() if r.display_name == NAMES[who])
        try:
            session.cases.assign(case_id, target, version, override_reason="Synthetic override")
        except UserError:
            pass  # a limit that even an override does not pass

    @rule(device=st.integers(0, 2), threat=st.integers(1, 5))
    def risk_note(self, device: int, threat: int) -> None:
        name = self.names[device % len(self.names)]
        self.fleet.add_risk_note(name, self.gid, threat, f"Synthetic rationale {threat}")

    @rule(device=st.integers(0, 2))
    def incident(self, device: int) -> None:
        name = self.names[device % len(self.names)]
        self.fleet.add_incident(name, self.gid, f"Synthetic incident by {name}")

    @rule(device=st.integers(0, 2))
    def sync(self, device: int) -> None:
        self._sync(self.names[device % len(self.names)])

    def _sync(self, name: str) -> None:
        now = self._critical(name)
        for field in CRITICAL:
            if now[field] != self.shadow[name][field]:
                write = Write(next(self.ids), name, field, now[field], frozenset(self.known[name]))
                self.writes.append(write)
                self.known[name].add(write.id)
        self.fleet.sync(name)
        self.server |= self.known[name]
        self.known[name] |= self.server
        self.shadow[name] = self._critical(name)

    def teardown(self) -> None:
        try:
            if self.known:
                for name in (*self.names, *self.names):
                    self._sync(name)
                self.fleet.assert_converged(self.names)
                query = ("SELECT field FROM sync_conflicts WHERE kind = 'field' AND tbl = 'cases' "
                         "AND gid = ?")
                conflicts = {field for name in self.names
                             for (field,) in self.fleet.session(name).store.db.execute(query, (self.gid,))}
                for a, b in itertools.combinations(self.writes, 2):
                    concurrent = a.device != b.device and a.id not in b.saw and b.id not in a.saw
                    if a.field == b.field and concurrent and a.value != b.value:
                        assert a.field in conflicts, (a, b)
        finally:
            self.fleet.close()
            shutil.rmtree(self.folder, ignore_errors=True)


def test_devices_editing_one_case_converge_and_concurrent_critical_edits_conflict(
        fault_template: Template) -> None:
    run_state_machine_as_test(lambda: CaseMachine(fault_template), settings=settings(
        max_examples=EXAMPLES, stateful_step_count=12, deadline=None, database=None))
