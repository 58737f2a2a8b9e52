"""Case files for remedy (issue 12): the read model a case-file PDF is built from, at a redaction
level, and the check of a file against the current records (`case verify-file`).

The content and its digest come from `models.redaction`; the PDF itself is `hrdcase.reports`'s.
The file also quotes the audit chain's head (seq and hash) when it was made: a check recomputes
the content digest from the records and asks the chain whether that entry still has that hash and
the chain is whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hrdcase.models.clock import Clock
from hrdcase.models.entities import Responder
from hrdcase.models.redaction import (
    CaseRecord,
    RedactionLevel,
    TimelineLine,
    content_digest,
    redact,
    shown_images,
)
from hrdcase.services.audit_text import Sentences
from hrdcase.services.playbooks import bundled_library
from hrdcase.storage.store import Store, UnitOfWork


@dataclass(frozen=True)
class CaseFile:
    """What the PDF shows: the redacted content, its digest, the chain head, who made it and when,
    and the bytes of the images it shows (by evidence id)."""

    content: dict[str, Any]
    digest: str
    audit_seq: int
    audit_hash: str
    generated_by: str
    generated_at: datetime
    images: dict[int, tuple[str, bytes]]

    @property
    def ref(self) -> str:
        return str(self.content["case"]["ref"])

    @property
    def level(self) -> RedactionLevel:
        return RedactionLevel(self.content["level"])

    @property
    def include_graphic(self) -> bool:
        return bool(self.content["include_graphic"])


@dataclass(frozen=True)
class FileCheck:
    """The result of checking a case file's quoted digest and chain head against the records."""

    content_matches: bool
    chain_matches: bool
    digest: str  # recomputed from the current records

    @property
    def ok(self) -> bool:
        return self.content_matches and self.chain_matches


def _record(uow: UnitOfWork, case_id: int, level: RedactionLevel) -> CaseRecord:
    """The records of one case; the timeline's sentences (`services.audit_text`, English, UTC)
    name people as `level` allows: names where it names people, else their roles."""
    case = uow.cases.get(case_id)
    people = {r.id: r for r in uow.reference.responders()}
    names = {r.id: r.display_name if level.names_people else r.role.value for r in people.values()}
    say = Sentences(names, playbooks=bundled_library())
    timeline = [TimelineLine(e.seq, e.at, e.actor_id, e.action, say(e))
                for e in uow.audit.for_case(case_id)]
    return CaseRecord(
        case=case,
        defender=uow.reference.defender(case.defender_id) if case.defender_id else None,
        region=uow.reference.region(case.region_code),
        incidents=uow.cases.incidents(case_id), evidence=uow.evidence.for_case(case_id),
        risk_notes=uow.cases.risk_notes(case_id), tasks=uow.tasks.for_case(case_id),
        notifications=uow.notifications.for_case(case_id),
        decisions=uow.appeals.decisions(case_id), appeals=uow.appeals.appeals(case_id),
        timeline=timeline, people=people,
    )


class CaseFileService:
    def __init__(self, store: Store, clock: Clock, me: Responder | None) -> None:
        self.store = store
        self.clock = clock
        self.me = me

    def _generated_by(self, level: RedactionLevel) -> str:
        if self.me is None:
            return "unnamed operator" if level.names_people else "operator"
        return self.me.display_name if level.names_people else self.me.role.value

    def build(self, case_id: int, level: RedactionLevel, include_graphic: bool) -> CaseFile:
        """The content at `level`, read in one go with the chain head it was read at."""
        with self.store.read() as uow:
            record = _record(uow, case_id, level)
            seq, head = uow.audit.head()
            images = {}
            for evidence_id in shown_images(record, level, include_graphic):
                meta = next(e for e in record.evidence if e.id == evidence_id)
                images[evidence_id] = (meta.mime, uow.evidence.data(evidence_id))
        content = redact(record, level, include_graphic)
        return CaseFile(content, content_digest(content), seq, head, self._generated_by(level),
                        self.clock.now(), images)

    def check(self, ref: str, level: RedactionLevel, include_graphic: bool, digest: str,
              audit_seq: int, audit_hash: str) -> FileCheck:
        """Recompute the digest of case `ref` at `level` from the current records; the chain
        matches when entry `audit_seq` still has `audit_hash` and the whole chain verifies."""
        with self.store.read() as uow:
            record = _record(uow, uow.cases.get_by_ref(ref.strip().upper()).id, level)
            chain_ok = (uow.audit.hash_at(audit_seq) == audit_hash
                        and uow.audit.verify().broken_at is None)
        recomputed = content_digest(redact(record, level, include_graphic))
        return FileCheck(recomputed == digest, chain_ok, recomputed)
