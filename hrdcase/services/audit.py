"""`hrdcase audit verify`: SQLCipher's page integrity plus the audit hash chain."""

from __future__ import annotations

import json
from dataclasses import dataclass

from hrdcase.errors import CorruptDatabase
from hrdcase.storage.db import DatabaseError
from hrdcase.storage.store import Store, UnitOfWork
from hrdcase.sync.identity import IdentityError, b64d, verify_signature
from hrdcase.sync.protocol import countersign_message


@dataclass(frozen=True)
class VerifyReport:
    integrity_problems: list[str]
    audit_entries: int
    chain_broken_at: int | None
    chain_problem: str | None = None  # why the chain breaks there
    unchecked_entries: int = 0  # entries after the break
    countersigned_seq: int | None = None  # the entry the sync server last countersigned
    countersign_problem: str | None = None  # truncated or rewritten after the server saw it

    @property
    def ok(self) -> bool:
        return (not self.integrity_problems and self.chain_broken_at is None
                and self.countersign_problem is None)


def verify(store: Store) -> VerifyReport:
    problems = store.db.cipher_integrity_check()
    try:
        with store.read() as uow:
            chain = uow.audit.verify()
            seq, problem = _countersigned(uow)
    except (CorruptDatabase, DatabaseError) as exc:
        # A damaged page inside the audit log: report it, as the integrity check already does.
        return VerifyReport([*problems, f"the audit log could not be read: {exc}"], 0, None)
    return VerifyReport(problems, chain.entries + chain.unchecked, chain.broken_at, chain.reason,
                        chain.unchecked, seq, problem)


def _countersigned(uow: UnitOfWork) -> tuple[int | None, str | None]:
    """Check the newest countersignature the sync server gave this device's audit head. The chain
    links every entry to the one before, so the head hash it signed vouches for every entry up to
    it: a log that now ends earlier was truncated, one whose entry there differs was rewritten."""
    raw, key = uow.sync.state("countersign"), uow.sync.state("server_key")
    if not raw:
        return None, None
    try:
        c = json.loads(raw)
        seq, head_hash, at = int(c["seq"]), str(c["hash"]), str(c["at"])
        message = countersign_message(str(c["device_id"]), seq, head_hash, at)
        signed = bool(key) and verify_signature(b64d(str(key)), message, b64d(str(c["signature"])))
    except (KeyError, TypeError, ValueError, IdentityError):
        return None, "the stored countersignature of the sync server is damaged"
    if not signed:
        return seq, "the stored countersignature does not verify with the sync server's key"
    last = uow.audit.head()[0]
    if last < seq:
        return seq, (f"the log ends at entry {last}, but the sync server countersigned entry {seq} "
                     f"on {at} (entries were removed from the end)")
    if uow.audit.hash_at(seq) != head_hash:
        return seq, (f"entry {seq} is not the one the sync server countersigned on {at} "
                     "(the log was rewritten after it was shown)")
    return seq, None
