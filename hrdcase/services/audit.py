"""`hrdcase audit verify`: SQLCipher's page integrity plus the audit hash chain.

What the chain alone proves: every entry from the first to the newest stored one is unedited, in
its place, and none between them was deleted. What it cannot prove: that no entry was removed
from the end (truncation), or that the whole file was not swapped for an older copy (rollback), or
re-chained by someone holding the key. For those, the sync server countersigns the chain's head at
every sync; `_countersigned_head` checks the newest countersignature this device stores. Entries
after it (written since the last sync) and caseloads that never synced are reported as not
checked."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from hrdcase.errors import CorruptDatabase
from hrdcase.storage.audit import ChainReport
from hrdcase.storage.db import DatabaseError
from hrdcase.storage.store import Store, UnitOfWork
from hrdcase.sync.identity import IdentityError, b64d, verify_signature
from hrdcase.sync.protocol import countersign_message

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
    countersigned_seq: int | None = None  # the entry the sync server last countersigned
    countersign_problem: str | None = None  # truncated or rewritten after the server saw it

    @property
    def ok(self) -> bool:
        return (not self.integrity_problems and self.chain_broken_at is None
                and self.countersign_problem is None)


@dataclass(frozen=True)
class _Countersigned:
    seq: int | None = None
    problem: str | None = None
    not_checked: str | None = None


def verify(store: Store) -> VerifyReport:
    problems = store.db.cipher_integrity_check()
    try:
        with store.read() as uow:
            chain = uow.audit.verify()
            head = _countersigned_head(uow, chain)
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
    if head.not_checked is not None:
        not_checked.append(head.not_checked)
    return VerifyReport(problems, chain.entries + chain.unchecked, chain.broken_at, chain.reason,
                        chain.unchecked, chain.last_seq, not_checked, head.seq, head.problem)


def _countersigned_head(uow: UnitOfWork, chain: ChainReport) -> _Countersigned:
    """Check the newest countersignature the sync server gave this device's audit head. The chain
    links every entry to the one before, so the head hash it signed vouches for every entry up to
    it: a log that now ends earlier was truncated (or an older copy restored), one whose entry
    there differs was rewritten."""
    raw, key = uow.sync.state("countersign"), uow.sync.state("server_key")
    if not raw:
        return _Countersigned(not_checked=NO_COUNTERSIGNED_HEAD)
    try:
        c = json.loads(raw)
        seq, head_hash, at = int(c["seq"]), str(c["hash"]), str(c["at"])
        message = countersign_message(str(c["device_id"]), seq, head_hash, at)
        signed = bool(key) and verify_signature(b64d(str(key)), message, b64d(str(c["signature"])))
    except (KeyError, TypeError, ValueError, IdentityError):
        return _Countersigned(problem="the stored countersignature of the sync server is damaged")
    if not signed:
        return _Countersigned(seq, "the stored countersignature does not verify with the sync "
                                   "server's key")
    last = chain.last_seq or 0
    if last < seq:
        return _Countersigned(seq, f"the log ends at entry {last}, but the sync server "
                                   f"countersigned entry {seq} on {at} (entries were removed from "
                                   "the end, or an older copy was restored)")
    if uow.audit.hash_at(seq) != head_hash:
        return _Countersigned(seq, f"entry {seq} is not the one the sync server countersigned on "
                                   f"{at} (the log was rewritten after it was shown)")
    if last > seq:
        return _Countersigned(seq, not_checked=(
            f"whether entries after entry {seq}, written since the last sync, were removed: the "
            "server has not countersigned them yet"))
    return _Countersigned(seq)
