"""`hrdcase audit verify`: SQLCipher's page integrity plus the audit hash chain."""

from __future__ import annotations

from dataclasses import dataclass

from hrdcase.errors import CorruptDatabase
from hrdcase.storage.db import DatabaseError
from hrdcase.storage.store import Store


@dataclass(frozen=True)
class VerifyReport:
    integrity_problems: list[str]
    audit_entries: int
    chain_broken_at: int | None
    chain_problem: str | None = None  # why the chain breaks there
    unchecked_entries: int = 0  # entries after the break

    @property
    def ok(self) -> bool:
        return not self.integrity_problems and self.chain_broken_at is None


def verify(store: Store) -> VerifyReport:
    problems = store.db.cipher_integrity_check()
    try:
        with store.read() as uow:
            chain = uow.audit.verify()
    except (CorruptDatabase, DatabaseError) as exc:
        # A damaged page inside the audit log: report it, as the integrity check already does.
        return VerifyReport([*problems, f"the audit log could not be read: {exc}"], 0, None)
    return VerifyReport(problems, chain.entries + chain.unchecked, chain.broken_at, chain.reason,
                        chain.unchecked)
