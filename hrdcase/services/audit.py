"""`hrdcase audit verify`: SQLCipher's page integrity plus the audit hash chain.

What the chain alone proves: every entry from the first to the newest stored one is unedited, in
its place, and none between them was deleted. What it cannot prove: that no entry was removed
from the end (truncation), or that the whole file was not swapped for an older copy (rollback), or
re-chained by someone holding the key. Those need the chain's head countersigned by the sync
server; `_countersigned_head` is the one place where stored countersignatures will be checked.
Until a device stores one, the report says that this was not checked."""

from __future__ import annotations

from dataclasses import dataclass, field

from hrdcase.errors import CorruptDatabase
from hrdcase.storage.audit import ChainReport
from hrdcase.storage.db import DatabaseError
from hrdcase.storage.store import Store

NO_COUNTERSIGNED_HEAD = (
    "whether entries after the newest one were removed (truncation) or an older copy was "
    "restored: no head countersigned by a server is stored yet")


@dataclass(frozen=True)
class VerifyReport:
    integrity_problems: list[str]
    audit_entries: int
    chain_broken_at: int | None
    chain_problem: str | None = None  # why the chain breaks there
    unchecked_entries: int = 0  # entries after the break
    head_seq: int | None = None  # the newest stored entry's number
    not_checked: list[str] = field(default_factory=list)  # what verify could not vouch for, in words

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
        return VerifyReport([*problems, f"the audit log could not be read: {exc}"], 0, None,
                            not_checked=["the audit chain (its table could not be read)"])
    not_checked = []
    if chain.broken_at is not None and chain.unchecked:
        not_checked.append(
            f"the {chain.unchecked} entries after entry {chain.broken_at} (numbers "
            f"{chain.broken_at + 1}-{chain.last_seq}, as stored) could not be checked against "
            "the chain")
    head = _countersigned_head(store, chain)
    if head is not None:
        not_checked.append(head)
    return VerifyReport(problems, chain.entries + chain.unchecked, chain.broken_at, chain.reason,
                        chain.unchecked, chain.last_seq, not_checked)


def _countersigned_head(store: Store, chain: ChainReport) -> str | None:
    """Check the stored server countersignatures of the chain's head against `chain`
    (`last_seq`, `last_hash`): a countersigned entry that is missing or differs means truncation
    or rollback. None when checked and sound; otherwise what could not be checked, in words.

    No countersignatures are stored yet (they arrive with sync): always not checked."""
    del store, chain  # read here once sync stores countersigned heads
    return NO_COUNTERSIGNED_HEAD
