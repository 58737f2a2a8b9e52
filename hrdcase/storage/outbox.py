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

    def pending(self, limit: int = 500) -> list[tuple[Any, ...]]:
        return self.db.execute(
            "SELECT op_seq, op_id, device_id, entity, entity_id, base_version, routing, payload "
            "FROM outbox ORDER BY op_seq LIMIT ?",
            (limit,),
        ).fetchall()

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM outbox").fetchone()[0]
