"""Read-side use cases: the queue, a case with everything the case view shows, reference lists."""

from __future__ import annotations

from dataclasses import dataclass

from hrdcase.models.entities import (
    AuditEntry,
    Case,
    Defender,
    Incident,
    Region,
    Responder,
    RiskNote,
)
from hrdcase.models.queue import QueueFilter, QueueRow, QueueSort
from hrdcase.storage.store import Store


@dataclass(frozen=True)
class CaseDetail:
    case: Case
    defender: Defender | None
    assignee: Responder | None
    region: Region | None
    incidents: list[Incident]
    risk_notes: list[RiskNote]
    timeline: list[AuditEntry]
    actor_names: dict[int, str]
    graphic_media: frozenset[int] = frozenset()  # incident ids holding a graphic evidence image

    @property
    def graphic_incident_ids(self) -> list[int]:
        """Incidents behind "Show graphic material": graphic text or a graphic image."""
        return [i.id for i in self.incidents if i.graphic or i.id in self.graphic_media]


@dataclass(frozen=True)
class QueuePage:
    offset: int
    rows: list[QueueRow]


class CaseQueries:
    def __init__(self, store: Store) -> None:
        self.store = store

    def queue_count(self, f: QueueFilter) -> int:
        with self.store.read() as uow:
            return uow.cases.queue_count(f)

    def queue_page(self, f: QueueFilter, sort: QueueSort, offset: int, limit: int) -> QueuePage:
        with self.store.read() as uow:
            return QueuePage(offset, uow.cases.queue_page(f, sort, offset, limit))

    def case_id_for_ref(self, ref: str) -> int:
        with self.store.read() as uow:
            return uow.cases.get_by_ref(ref.strip().upper()).id

    def case_detail(self, case_id: int) -> CaseDetail:
        with self.store.read() as uow:
            case = uow.cases.get(case_id)
            responders = {r.id: r for r in uow.reference.responders()}
            return CaseDetail(
                case=case,
                defender=uow.reference.defender(case.defender_id) if case.defender_id else None,
                assignee=responders.get(case.assignee_id) if case.assignee_id else None,
                region=uow.reference.region(case.region_code),
                incidents=uow.cases.incidents(case_id),
                risk_notes=uow.cases.risk_notes(case_id),
                timeline=uow.audit.for_case(case_id),
                actor_names={rid: r.display_name for rid, r in responders.items()},
                graphic_media=frozenset(uow.evidence.graphic_incidents(case_id)),
            )

    def search(self, text: str, limit: int = 50) -> list[int]:
        with self.store.read() as uow:
            return uow.cases.search(text, limit)

    def regions(self) -> list[Region]:
        with self.store.read() as uow:
            return uow.reference.regions()

    def responders(self) -> list[Responder]:
        with self.store.read() as uow:
            return uow.reference.responders()

    def languages(self) -> list[str]:
        with self.store.read() as uow:
            return uow.cases.distinct_languages()

    def find_defenders(self, prefix: str) -> list[Defender]:
        with self.store.read() as uow:
            return uow.reference.find_defenders(prefix)

    def defender_named(self, pseudonym: str) -> Defender | None:
        with self.store.read() as uow:
            return uow.reference.defender_named(pseudonym)

    def setting(self, key: str) -> str | None:
        with self.store.read() as uow:
            return uow.settings.get(key)

    def save_setting(self, key: str, value: str) -> None:
        with self.store.transaction() as uow:
            uow.settings.set(key, value)
