"""The hash-chained audit log: each entry carries the SHA-256 of the one before it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeAlias

from hrdcase.models.entities import AuditEntry
from hrdcase.storage.codec import canonical_json, dt_required, ts
from hrdcase.storage.db import Database

GENESIS = "0" * 64
_HEAD = "audit.head"  # Database.memo key: (seq, hash) of the newest entry this transaction wrote

# One entry to append: (at, actor id, action, entity, entity id, case id, detail).
AuditRow: TypeAlias = tuple[datetime, int | None, str, str, str | int, int | None, dict[str, Any]]


def entry_hash(
    prev_hash: str,
    seq: int,
    at: int,
    actor_id: int | None,
    action: str,
    entity: str,
    entity_id: str,
    case_id: int | None,
    detail: str,
) -> str:
    material = canonical_json([prev_hash, seq, at, actor_id, action, entity, entity_id, case_id, detail])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    entries: int  # entries read up to and including the first break (all of them when intact)
    broken_at: int | None  # seq of the first entry whose hash or link does not hold
    reason: str | None = None  # what is wrong there, in words
    unchecked: int = 0  # entries after the break: their place in the chain cannot be vouched for
    last_seq: int | None = None  # the newest entry's number as stored (None: an empty log)
    last_hash: str | None = None  # its hash: what a server countersigns (sync)

    @property
    def ok(self) -> bool:
        return self.broken_at is None


class AuditLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _head(self) -> tuple[int, str]:
        # The head the last append wrote in this transaction (an import line writes three): kept
        # in the connection's memo, which a rolled-back savepoint or a new transaction empties.
        cached: tuple[int, str] | None = self.db.memo.get(_HEAD) if self.db.in_transaction else None
        if cached is not None:
            return cached
        row = self.db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

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
        """Append one entry (call inside the service's transaction); returns its seq."""
        return self.append_many([(at, actor_id, action, entity, entity_id, case_id, detail or {})])

    def append_many(self, entries: list[AuditRow]) -> int:
        last_seq, prev = self._head()
        rows = []
        for at, actor_id, action, entity, entity_id, case_id, detail in entries:
            last_seq += 1
            at_s = ts(at)
            detail_s = canonical_json(detail)
            digest = entry_hash(
                prev, last_seq, at_s, actor_id, action, entity, str(entity_id), case_id, detail_s
            )
            rows.append(
                (last_seq, at_s, actor_id, action, entity, str(entity_id), case_id, detail_s, prev,
                 digest)
            )
            prev = digest
        self.db.memo.pop(_HEAD, None)  # until the rows are in: a failed insert leaves it unknown
        self.db.executemany(
            "INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, case_id, detail, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        if self.db.in_transaction:
            self.db.memo[_HEAD] = (last_seq, prev)
        return last_seq

    def head(self) -> tuple[int, str]:
        """(seq, hash) of the newest entry: the chain head a case file quotes."""
        return self._head()

    def hash_at(self, seq: int) -> str | None:
        row = self.db.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        return row[0] if row else None

    def for_case(self, case_id: int) -> list[AuditEntry]:
        cur = self.db.execute(
            "SELECT seq, at, actor_id, action, entity, entity_id, case_id, detail, prev_hash, hash "
            "FROM audit_log WHERE case_id = ? ORDER BY seq",
            (case_id,),
        )
        return [_entry(row) for row in cur]

    def iter_all(self) -> Iterator[tuple[Any, ...]]:
        yield from self.db.execute(
            "SELECT seq, at, actor_id, action, entity, entity_id, case_id, detail, prev_hash, hash "
            "FROM audit_log ORDER BY seq"
        )

    def verify(self) -> ChainReport:
        """Walk the chain from the genesis; the first entry that is missing, edited or out of
        its place is reported with why, and the entries after it are counted as unchecked.
        (Truncation of the newest entries needs a countersigned head: the sync server's.)"""
        prev = GENESIS
        expected_seq = 0
        count = 0
        broken: tuple[int, str] | None = None
        after = 0
        seq = digest = None
        for seq, at, actor, action, entity, entity_id, case_id, detail, prev_hash, digest in (
            self.iter_all()
        ):
            if broken is not None:
                after += 1
                continue
            expected_seq += 1
            count += 1
            recomputed = entry_hash(prev_hash, seq, at, actor, action, entity, entity_id, case_id,
                                    detail)
            reason = _link_problem(seq, expected_seq, prev_hash, prev, digest, recomputed)
            if reason is not None:
                broken = (seq, reason)
            prev = digest
        if broken is None:
            return ChainReport(count, None, last_seq=seq, last_hash=digest)
        return ChainReport(count, broken[0], broken[1], after, last_seq=seq, last_hash=digest)


def _link_problem(seq: int, expected_seq: int, prev_hash: str, prev: str, digest: str,
                  recomputed: str) -> str | None:
    if seq > expected_seq:
        missing = (f"entry {expected_seq} is" if seq == expected_seq + 1
                   else f"entries {expected_seq}-{seq - 1} are")
        return f"{missing} missing (deleted)"
    if seq != expected_seq:
        return "it is out of sequence"
    if digest != recomputed:
        return "its content does not match its hash (edited or renumbered)"
    if prev_hash != prev:
        where = "the start of the log" if seq == 1 else f"entry {seq - 1}"
        return (f"it does not follow {where} (an entry before it was rewritten, or it was "
                "moved or inserted)")
    return None


def _entry(row: tuple[Any, ...]) -> AuditEntry:
    seq, at, actor_id, action, entity, entity_id, case_id, detail, prev_hash, digest = row
    return AuditEntry(
        seq=seq,
        at=dt_required(at),
        actor_id=actor_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        detail=json.loads(detail),
        prev_hash=prev_hash,
        hash=digest,
    )
