"""The sync outbox: services add one op per mutation, in their own transaction. Nothing sends it
yet; the sync client (a later issue) seals payloads under the team key and drops an op only after
the server's ack."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from hrdcase.storage.codec import canonical_json, ts
from hrdcase.storage.db import Database


class Outbox:
    def __init__(self, db: Database) -> None:
        self.db = db

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
        self.db.execute(
            "INSERT INTO outbox (op_id, device_id, entity, entity_id, base_version, routing, payload, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                op_id,
                device_id,
                entity,
                str(entity_id),
                base_version,
                canonical_json(routing),
                canonical_json(payload).encode("utf-8"),
                ts(at),
            ),
        )
        return op_id

    def supersede(self, entity: str, entity_id: str | int) -> int:
        """Delete the not-yet-sent ops of one snapshot entity (returns how many); call it just
        before adding the newer snapshot, in the same transaction.

        Safe for SNAPSHOTS ONLY (a `wellbeing_signal` carries the whole state as of its time, and a
        receiver keeps the newest by `as_of`): the newer op says everything the older ones said, so
        dropping them loses nothing. Never use it for ordinary ops: each of those is a change that
        the server and other devices must see, and `op_seq` gaps it leaves are harmless because
        uploads are keyed by (device, op_seq), not by a gap-free sequence. Nothing is ever "sent"
        without being acked and then deleted, so every row still here is unsent (an upload in
        flight that loses its row is still a valid, older snapshot)."""
        return self.db.execute("DELETE FROM outbox WHERE entity = ? AND entity_id = ?",
                               (entity, str(entity_id))).rowcount

    def pending(self, limit: int = 500) -> list[tuple[Any, ...]]:
        return self.db.execute(
            "SELECT op_seq, op_id, device_id, entity, entity_id, base_version, routing, payload "
            "FROM outbox ORDER BY op_seq LIMIT ?",
            (limit,),
        ).fetchall()

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM outbox").fetchone()[0])

    def drain(self, limit: int = 10_000) -> list[tuple[str, str, bytes]]:
        """Take up to `limit` rows off the outbox, oldest first: (entity, entity_id, payload). The
        sync engine's change capture supersedes them (docs/sync.md)."""
        rows = self.db.execute("SELECT op_seq, entity, entity_id, payload FROM outbox ORDER BY op_seq "
                               "LIMIT ?", (limit,)).fetchall()
        if rows:
            self.db.execute("DELETE FROM outbox WHERE op_seq <= ?", (rows[-1][0],))
        return [(r[1], r[2], r[3]) for r in rows]
