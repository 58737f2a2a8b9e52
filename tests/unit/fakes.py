"""In-memory stand-ins for the store: the surface `CaseService` uses, and nothing more.

`FakeStore.transaction()` works on the live state and, on any exception, puts back the deep copy it
took on entry, so a service that fails half-way leaves exactly what a rolled-back SQLCipher
transaction would. Reads outside a transaction (`FakeStore.state`) see the committed state.
"""

from __future__ import annotations

import contextlib
import copy
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from hrdcase.errors import ConcurrentEdit, NotFound
from hrdcase.models.entities import Case, Defender, Incident, Region, Responder, RiskNote


@dataclass
class FakeAudit:
    at: datetime
    actor_id: int | None
    action: str
    entity: str
    entity_id: str
    case_id: int | None
    detail: dict[str, Any]


@dataclass
class FakeOp:
    op_id: str
    device_id: str
    entity: str
    entity_id: str
    base_version: int
    routing: dict[str, Any]
    payload: dict[str, Any]
    at: datetime


@dataclass
class FakeState:
    regions: dict[str, Region] = field(default_factory=dict)
    responders: dict[int, Responder] = field(default_factory=dict)
    defenders: dict[int, Defender] = field(default_factory=dict)
    cases: dict[int, Case] = field(default_factory=dict)
    incidents: dict[int, Incident] = field(default_factory=dict)
    risk_notes: dict[int, RiskNote] = field(default_factory=dict)
    fts: dict[int, str] = field(default_factory=dict)
    audit: list[FakeAudit] = field(default_factory=list)
    outbox: list[FakeOp] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)
    next_id: int = 1

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1


class _Repo:
    def __init__(self, store: FakeStore) -> None:
        self._store = store

    @property
    def s(self) -> FakeState:
        return self._store.state


class FakeCases(_Repo):
    def add(self, case: Case) -> int:
        if any(c.ref == case.ref for c in self.s.cases.values()):
            raise ValueError("UNIQUE constraint failed: cases.ref")
        case_id = self.s.new_id()
        self.s.cases[case_id] = replace(case, id=case_id)
        return case_id

    def get(self, case_id: int) -> Case:
        try:
            return self.s.cases[case_id]
        except KeyError:
            raise NotFound(f"No case with id {case_id}.") from None

    def save(self, case: Case, expected_version: int) -> Case:
        stored = self.s.cases.get(case.id)
        if stored is None or stored.version != expected_version:
            raise ConcurrentEdit(f"Case {case.ref} changed since it was opened.")
        saved = replace(case, version=expected_version + 1)
        self.s.cases[case.id] = saved
        return saved

    def reindex_text(self, case_id: int) -> None:
        case = self.s.cases[case_id]
        pseudonym = self.s.defenders[case.defender_id].pseudonym if case.defender_id else ""
        incidents = " ".join(
            i.description for i in sorted(self.s.incidents.values(), key=lambda i: i.id)
            if i.case_id == case_id
        )
        self.s.fts[case_id] = " ".join((case.title, case.ref, pseudonym, case.summary, incidents))

    def add_incident(self, incident: Incident) -> int:
        if incident.case_id not in self.s.cases:
            raise ValueError("FOREIGN KEY constraint failed")
        incident_id = self.s.new_id()
        self.s.incidents[incident_id] = replace(incident, id=incident_id)
        return incident_id

    def incidents(self, case_id: int) -> list[Incident]:
        return [i for i in self.s.incidents.values() if i.case_id == case_id]

    def add_risk_note(self, note: RiskNote) -> int:
        note_id = self.s.new_id()
        for old in list(self.s.risk_notes.values()):
            if old.case_id == note.case_id and old.superseded_by is None:
                self.s.risk_notes[old.id] = replace(old, superseded_by=note_id)
        self.s.risk_notes[note_id] = replace(note, id=note_id)
        return note_id

    def risk_notes(self, case_id: int) -> list[RiskNote]:
        return sorted(
            (n for n in self.s.risk_notes.values() if n.case_id == case_id),
            key=lambda n: n.id,
            reverse=True,
        )


class FakeReference(_Repo):
    def add_region(self, region: Region) -> None:
        self.s.regions[region.code] = region

    def region(self, code: str) -> Region | None:
        return self.s.regions.get(code)

    def add_responder(self, responder: Responder) -> int:
        rid = self.s.new_id()
        self.s.responders[rid] = replace(responder, id=rid)
        return rid

    def responder(self, responder_id: int) -> Responder | None:
        return self.s.responders.get(responder_id)

    def add_defender(self, d: Defender) -> int:
        did = self.s.new_id()
        self.s.defenders[did] = replace(d, id=did)
        return did

    def defender(self, defender_id: int) -> Defender | None:
        return self.s.defenders.get(defender_id)

    def defender_named(self, pseudonym: str) -> Defender | None:
        name = pseudonym.strip()
        return next((d for _, d in sorted(self.s.defenders.items()) if name and d.pseudonym == name),
                    None)


class FakeAuditLog(_Repo):
    def append(
        self,
        at: datetime,
        actor_id: int | None,
        action: str,
        entity: str,
        entity_id: str | int,
        case_id: int | None,
        detail: dict[str, Any] | None = None,
    ) -> int:
        self.s.audit.append(
            FakeAudit(at, actor_id, action, entity, str(entity_id), case_id, dict(detail or {}))
        )
        return len(self.s.audit)


class FakeOutbox(_Repo):
    def add(
        self,
        device_id: str,
        entity: str,
        entity_id: str | int,
        base_version: int,
        routing: dict[str, Any],
        payload: dict[str, Any],
        at: datetime,
    ) -> str:
        op_id = uuid.uuid4().hex
        self.s.outbox.append(
            FakeOp(op_id, device_id, entity, str(entity_id), base_version, dict(routing),
                   dict(payload), at)
        )
        return op_id


class FakeSettings(_Repo):
    def get(self, key: str, default: str | None = None) -> str | None:
        return self.s.settings.get(key, default)

    def set(self, key: str, value: str) -> None:
        self.s.settings[key] = value


class FakeWellbeing(_Repo):
    """Only what the case service reads: the surges (none unless a test adds rows)."""

    def __init__(self, store: Any) -> None:
        super().__init__(store)
        self.surge_rows: list[tuple[Any, ...]] = []

    def surges(self) -> list[tuple[Any, ...]]:
        return list(self.surge_rows)


@dataclass
class FakeUnitOfWork:
    cases: FakeCases
    reference: FakeReference
    audit: FakeAuditLog
    outbox: FakeOutbox
    settings: FakeSettings
    wellbeing: FakeWellbeing


class FakeStore:
    def __init__(self) -> None:
        self.state = FakeState()
        self.commits = 0
        self.rollbacks = 0
        self._depth = 0
        self._uow = FakeUnitOfWork(
            cases=FakeCases(self),
            reference=FakeReference(self),
            audit=FakeAuditLog(self),
            outbox=FakeOutbox(self),
            settings=FakeSettings(self),
            wellbeing=FakeWellbeing(self),
        )

    @contextlib.contextmanager
    def transaction(self) -> Iterator[FakeUnitOfWork]:
        if self._depth:  # nested use joins the outer transaction, as Database.transaction does
            self._depth += 1
            try:
                yield self._uow
            finally:
                self._depth -= 1
            return
        snapshot = copy.deepcopy(self.state)
        self._depth = 1
        try:
            yield self._uow
        except BaseException:
            self.state = snapshot
            self.rollbacks += 1
            raise
        else:
            self.commits += 1
        finally:
            self._depth = 0

    @contextlib.contextmanager
    def read(self) -> Iterator[FakeUnitOfWork]:
        yield self._uow
