"""The hash-chained audit log: each entry carries the SHA-256 of the one before it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hrdcase.models.entities import AuditEntry
from hrdcase.storage.codec import canonical_json, dt_required, ts
from hrdcase.storage.db import Database

GENESIS = "0" * 64


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
    entries: int
    broken_at: int | None  # seq of the first entry whose hash or link does not hold

    @property
    def ok(self) -> bool:
        return self.broken_at is None


class AuditLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _head(self) -> tuple[int, str]:
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

    def append_many(self, entries: list[tuple[Any, ...]]) -> int:
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
        self.db.executemany(
            "INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, case_id, detail, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
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
        prev = GENESIS
        expected_seq = 0
        count = 0
        for seq, at, actor, action, entity, entity_id, case_id, detail, prev_hash, digest in (
            self.iter_all()
        ):
            expected_seq += 1
            count += 1
            recomputed = entry_hash(prev, seq, at, actor, action, entity, entity_id, case_id, detail)
            if seq != expected_seq or prev_hash != prev or digest != recomputed:
                return ChainReport(count, seq)
            prev = digest
        return ChainReport(count, None)


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
