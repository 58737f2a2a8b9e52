"""What a service changed, so that each view refreshes only what it names (Anki's OpChanges)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    cases: frozenset[int] = frozenset()
    created_cases: frozenset[int] = frozenset()
    entities: frozenset[str] = frozenset()  # "case", "incident", "risk_note", "defender", ...
    audit: bool = False
    detail: dict[str, object] = field(default_factory=dict)

    def merge(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            cases=self.cases | other.cases,
            created_cases=self.created_cases | other.created_cases,
            entities=self.entities | other.entities,
            audit=self.audit or other.audit,
            detail={**self.detail, **other.detail},
        )

    @classmethod
    def combine(cls, changes: Iterable[ChangeSet]) -> ChangeSet:
        """All of `changes` as one, in one pass (merging one by one copies the sets each time)."""
        cases: set[int] = set()
        created: set[int] = set()
        entities: set[str] = set()
        audit = False
        detail: dict[str, object] = {}
        for change in changes:
            cases |= change.cases
            created |= change.created_cases
            entities |= change.entities
            audit = audit or change.audit
            detail.update(change.detail)
        return cls(frozenset(cases), frozenset(created), frozenset(entities), audit, detail)

    @property
    def empty(self) -> bool:
        return not (self.cases or self.created_cases or self.entities or self.audit)

    def touches_queue(self) -> bool:
        return bool(self.cases or self.created_cases or "case" in self.entities)
