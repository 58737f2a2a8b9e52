"""Where a case came from: the trusted partner who escalated it and the platform's report id (the
key that makes a bulk import idempotent)."""

from __future__ import annotations

from datetime import datetime

from hrdcase.storage.codec import dt, new_gid, ts
from hrdcase.storage.db import Database


class IntakeRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def partner_id(self, name: str) -> int | None:
        row = self.db.execute("SELECT id FROM partners WHERE name = ?", (name.strip(),)).fetchone()
        return row[0] if row else None

    def add_partner(self, name: str) -> int:
        return self.db.insert("INSERT INTO partners (name, gid) VALUES (?, ?)",
                              (name.strip(), new_gid()))

    def partners(self) -> list[tuple[int, str]]:
        return self.db.execute("SELECT id, name FROM partners ORDER BY name").fetchall()

    def case_for_source(self, source_id: str) -> int | None:
        row = self.db.execute(
            "SELECT case_id FROM case_intake WHERE source_id = ?", (source_id,)
        ).fetchone()
        return row[0] if row else None

    def record(self, case_id: int, source_id: str | None, partner_id: int | None,
               submitted_at: datetime | None) -> None:
        self.db.execute(
            "INSERT INTO case_intake (case_id, source_id, partner_id, submitted_at, gid) "
            "VALUES (?, ?, ?, ?, ?)",
            (case_id, source_id, partner_id, ts(submitted_at), new_gid()),
        )

    def for_case(self, case_id: int) -> tuple[str | None, str | None, datetime | None] | None:
        """(source id, partner name, submitted at) of a case, or None when nothing was recorded."""
        row = self.db.execute(
            "SELECT i.source_id, p.name, i.submitted_at FROM case_intake i "
            "LEFT JOIN partners p ON p.id = i.partner_id WHERE i.case_id = ?",
            (case_id,),
        ).fetchone()
        return (row[0], row[1], dt(row[2])) if row else None

    def source_count(self) -> int:
        return int(self.db.execute(
            "SELECT count(*) FROM case_intake WHERE source_id IS NOT NULL"
        ).fetchone()[0])
