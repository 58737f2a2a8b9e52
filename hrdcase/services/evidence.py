"""Evidence images: attach (bytes, or a file the responder chose), list, fetch, and mark graphic or
not graphic. The image bytes live only in the encrypted database: nothing here writes a file.

New evidence is graphic, hidden behind a placeholder until revealed (the exposure ledger counts the
reveal), when its incident is graphic or its category usually is; the responder may choose
otherwise when attaching, and mark it either way later.

Outbox ops carry the metadata only (ids, type, size, SHA-256, the graphic flag; the file name in
the sealed payload). The media bytes travel with the sync issue's blob transfer, addressed by
their SHA-256, never inside an op. Audit details hold ids, SHA-256, size and type: no file name."""

from __future__ import annotations

import hashlib
from pathlib import Path

from hrdcase.errors import UserError, ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import Clock
from hrdcase.models.evidence import (
    MAX_EVIDENCE_BYTES,
    EvidenceMeta,
    check_image,
    check_size,
    graphic_by_default,
)
from hrdcase.services.cases import routing
from hrdcase.services.guarding import AssignmentGuard, guard_change
from hrdcase.storage.store import Store, UnitOfWork

__all__ = ["MAX_EVIDENCE_BYTES", "EvidenceService", "read_image_file"]


def read_image_file(path: Path | str, limit: int = MAX_EVIDENCE_BYTES) -> bytes:
    """The bytes of a file the responder chose, refusing early what cannot be evidence. Messages
    name no file: a file name can itself say what an image shows."""
    path = Path(path)
    try:
        if not path.is_file():
            raise UserError("That file does not exist (or is a folder); choose an image file.")
        check_size(path.stat().st_size, limit)
        with path.open("rb") as handle:
            return handle.read(limit + 1)  # one byte more: a file that grew is still refused
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UserError(f"Cannot read that file: {reason}.") from None


class EvidenceService:
    def __init__(self, store: Store, clock: Clock, actor_id: int | None, device_id: str,
                 assignment_guard: AssignmentGuard | None = None) -> None:
        self.store = store
        self.assignment_guard = assignment_guard  # graphic evidence: the assignee's exposure
        self.clock = clock
        self.actor_id = actor_id
        self.device_id = device_id

    # ---- reading
    def for_incident(self, incident_id: int) -> list[EvidenceMeta]:
        with self.store.read() as uow:
            return uow.evidence.for_incident(incident_id)

    def for_case(self, case_id: int) -> list[EvidenceMeta]:
        with self.store.read() as uow:
            return uow.evidence.for_case(case_id)

    def image(self, evidence_id: int) -> bytes:
        with self.store.read() as uow:
            return uow.evidence.data(evidence_id)

    def default_graphic(self, incident_id: int) -> bool:
        with self.store.read() as uow:
            _case_id, category, graphic = uow.evidence.incident(incident_id)
        return graphic_by_default(graphic, category)

    # ---- changing
    def attach_file(self, incident_id: int, path: Path | str, graphic: bool | None = None,
                    override_reason: str | None = None) -> tuple[int, ChangeSet]:
        """Read the chosen file (on the caller's thread: the UI's worker) and attach it."""
        data = read_image_file(path)
        return self.attach(incident_id, data, Path(path).name, graphic, override_reason)

    def attach(self, incident_id: int, data: bytes, name: str = "", graphic: bool | None = None,
               override_reason: str | None = None) -> tuple[int, ChangeSet]:
        """Attach one image; `graphic=None` follows the domain default. Returns its id. A graphic
        image on an assigned open case passes the assignee's exposure limits (a supervisor may
        override with a written reason)."""
        mime = check_image(data)
        sha256 = hashlib.sha256(data).hexdigest()
        now = self.clock.now()
        with self.store.transaction() as uow:
            case_id, category, incident_graphic = uow.evidence.incident(incident_id)
            if uow.evidence.exists(incident_id, sha256):
                raise ValidationError("This image is already attached to this incident.",
                                      field="file")
            hidden = graphic_by_default(incident_graphic, category) if graphic is None else graphic
            if hidden:
                case = uow.cases.get(case_id)
                guard_change(self.assignment_guard, uow, case, case, override_reason,
                             graphic_added=True)
            meta = EvidenceMeta(0, incident_id, case_id, name.strip()[:255], mime, len(data),
                                sha256, hidden, now, self.actor_id)
            evidence_id = uow.evidence.add(meta, data)
            detail = {"evidence_id": evidence_id, "incident_id": incident_id, "sha256": sha256,
                      "size": len(data), "mime": mime, "graphic": hidden}
            self._record(uow, "evidence.attached", case_id, evidence_id, detail,
                         {**detail, "name": meta.name})
        return evidence_id, _changes(case_id)

    def mark_graphic(self, evidence_id: int, graphic: bool) -> ChangeSet:
        """Mark an image graphic (hidden until revealed) or not graphic. No change, no record."""
        with self.store.transaction() as uow:
            meta = uow.evidence.get(evidence_id)
            if not uow.evidence.set_graphic(evidence_id, graphic):
                return ChangeSet()
            detail = {"evidence_id": evidence_id, "incident_id": meta.incident_id,
                      "sha256": meta.sha256, "graphic": graphic}
            self._record(uow, "evidence.marked", meta.case_id, evidence_id, detail, detail)
        return _changes(meta.case_id)

    def _record(self, uow: UnitOfWork, action: str, case_id: int, evidence_id: int,
                detail: dict[str, object], payload: dict[str, object]) -> None:
        """The audit entry and the outbox op of one evidence mutation (inside its transaction)."""
        now = self.clock.now()
        case = uow.cases.get(case_id)
        uow.audit.append(now, self.actor_id, action, "evidence", evidence_id, case_id, detail)
        uow.outbox.add(self.device_id, "evidence", evidence_id, 0,
                       {**routing(case), "evidence_id": evidence_id,
                        "incident_id": detail["incident_id"]},
                       {"action": action, **payload}, now)


def _changes(case_id: int) -> ChangeSet:
    return ChangeSet(cases=frozenset({case_id}), entities=frozenset({"evidence"}), audit=True)
