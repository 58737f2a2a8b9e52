"""Evidence images (the `evidence_media` table): kept only inside the encrypted database, never as
files. Listings carry the metadata without the bytes; `data` fetches one image's bytes."""

from __future__ import annotations

from typing import Any

from hrdcase.errors import NotFound
from hrdcase.models.enums import IncidentCategory
from hrdcase.models.evidence import EvidenceMeta
from hrdcase.storage.codec import dt_required, ts
from hrdcase.storage.db import Database

_COLUMNS = ("e.id, e.incident_id, i.case_id, e.name, e.mime, e.size, e.sha256, e.graphic, "
            "e.added_at, e.added_by")
_FROM = "FROM evidence_media e JOIN incidents i ON i.id = e.incident_id"


class EvidenceRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, meta: EvidenceMeta, data: bytes) -> int:
        """Insert one image (the `id` and `case_id` of `meta` are ignored); returns its id."""
        return self.db.insert(
            "INSERT INTO evidence_media (incident_id, name, mime, size, sha256, graphic, data, "
            "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (meta.incident_id, meta.name, meta.mime, meta.size, meta.sha256, int(meta.graphic),
             data, ts(meta.added_at), meta.added_by),
        )

    def exists(self, incident_id: int, sha256: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM evidence_media WHERE incident_id = ? AND sha256 = ?",
            (incident_id, sha256),
        ).fetchone() is not None

    def incident(self, incident_id: int) -> tuple[int, IncidentCategory, bool]:
        """(case id, category, graphic) of the incident evidence is attached to."""
        row = self.db.execute(
            "SELECT case_id, category, graphic FROM incidents WHERE id = ?", (incident_id,)
        ).fetchone()
        if row is None:
            raise NotFound("That incident does not exist.")
        return row[0], IncidentCategory(row[1]), bool(row[2])

    def get(self, evidence_id: int) -> EvidenceMeta:
        row = self.db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE e.id = ?",
                              (evidence_id,)).fetchone()
        if row is None:
            raise NotFound("That evidence image does not exist.")
        return _meta(row)

    def for_incident(self, incident_id: int) -> list[EvidenceMeta]:
        cur = self.db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE e.incident_id = ? ORDER BY e.id",
                              (incident_id,))
        return [_meta(row) for row in cur]

    def for_case(self, case_id: int) -> list[EvidenceMeta]:
        cur = self.db.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE i.case_id = ? ORDER BY e.incident_id, e.id",
            (case_id,))
        return [_meta(row) for row in cur]

    def graphic_incidents(self, case_id: int) -> set[int]:
        """The case's incidents that hold at least one graphic image."""
        return {row[0] for row in self.db.execute(
            f"SELECT DISTINCT e.incident_id {_FROM} WHERE i.case_id = ? AND e.graphic = 1",
            (case_id,))}

    def data(self, evidence_id: int) -> bytes:
        row = self.db.execute("SELECT data FROM evidence_media WHERE id = ?",
                              (evidence_id,)).fetchone()
        if row is None:
            raise NotFound("That evidence image does not exist.")
        return bytes(row[0])

    def set_graphic(self, evidence_id: int, graphic: bool) -> bool:
        """True when the flag changed."""
        return self.db.execute(
            "UPDATE evidence_media SET graphic = ? WHERE id = ? AND graphic != ?",
            (int(graphic), evidence_id, int(graphic)),
        ).rowcount == 1


def _meta(row: tuple[Any, ...]) -> EvidenceMeta:
    eid, incident_id, case_id, name, mime, size, sha256, graphic, added_at, added_by = row
    return EvidenceMeta(eid, incident_id, case_id, name, mime, size, sha256, bool(graphic),
                        dt_required(added_at), added_by)
