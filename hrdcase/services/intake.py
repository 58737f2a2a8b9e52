"""Intake through the three channels, and the bulk import of the platform's reporting-form export.

Opening a case is `CaseService.open_case_in`, written once with the report's real age; this service
runs it in a transaction of its own (an import batch: one for many lines, a savepoint per line) and
records, in that same transaction, where the case came from (partner, the platform's report id) with
its audit entry and outbox row. The report id is UNIQUE, so importing a file twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from hrdcase.errors import UserError, ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.entities import Case
from hrdcase.models.enums import IntakeChannel
from hrdcase.models.intake import NewCase, check_name
from hrdcase.models.intake_import import FileTooLarge, ImportRecord, LineError, parse_line, split_lines
from hrdcase.services.cases import CaseService, KnownReference, read_known, routing
from hrdcase.storage.store import Store, UnitOfWork

Progress = Callable[[int], None]  # lines read so far
BATCH_LINES = 500  # lines to a transaction: a kill -9 loses at most this many (they import again)
MAX_IMPORT_BYTES = 64 * 1024 * 1024  # an export larger than this is split before importing


def read_export_lines(path: Path) -> list[str | LineError]:
    """The export's lines for the app's import, which holds them in memory for its progress: a file
    larger than MAX_IMPORT_BYTES is refused before reading. Lines are split and decoded one by one
    by the same rule as the command line's streamed import (`split_lines`), so one bad line is that
    line's error only."""
    try:
        if path.is_dir():
            raise UserError(f"{path.name} is a folder, not an export file.")
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise UserError(f"{path.name} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB: "
                            "split it and import the parts.")
        with path.open("rb") as fh:
            return list(split_lines(iter(lambda: fh.read(1 << 16), b""), max_total=MAX_IMPORT_BYTES))
    except FileNotFoundError:
        raise UserError(f"No such file: {path}.") from None
    except FileTooLarge:
        raise UserError(f"{path.name} grew past {MAX_IMPORT_BYTES // (1024 * 1024)} MB while it was "
                        "read; import it again.") from None
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror or type(exc).__name__}.") from None


@dataclass
class ImportSummary:
    imported: list[tuple[int, int]] = field(default_factory=list)  # (line number, case id)
    duplicates: list[int] = field(default_factory=list)  # line numbers
    rejected: list[LineError] = field(default_factory=list)
    parts: list[ChangeSet] = field(default_factory=list, repr=False)  # one per committed batch

    @property
    def changes(self) -> ChangeSet:
        """What the import changed, for the views to refresh."""
        return ChangeSet.combine(self.parts)

    def add(self, batch: ImportSummary) -> None:
        """A committed batch's outcome (its lines are numbered in reading order)."""
        self.imported.extend(batch.imported)
        self.duplicates.extend(batch.duplicates)
        self.rejected.extend(batch.rejected)
        self.parts.append(batch.changes)

    def line(self) -> str:
        return (f"Imported {len(self.imported)}, skipped {len(self.duplicates)} duplicates, "
                f"rejected {len(self.rejected)}.")


def check_partner(channel: IntakeChannel, partner: str | None) -> None:
    if channel == IntakeChannel.TRUSTED_PARTNER and not (partner or "").strip():
        raise ValidationError("Name the trusted partner who escalated the case.", field="partner")
    if partner and channel != IntakeChannel.TRUSTED_PARTNER:
        raise ValidationError("Only a trusted-partner intake names a partner.", field="partner")
    if partner:
        check_name(partner, "partner")


class IntakeService:
    def __init__(self, store: Store, cases: CaseService) -> None:
        self.store = store
        self.cases = cases

    def partners(self) -> list[str]:
        """Names of the trusted partners known here, for the intake form to offer."""
        with self.store.read() as uow:
            return [name for _id, name in uow.intake.partners()]

    def open_case(self, draft: NewCase, partner: str | None = None, source_id: str | None = None,
                  submitted_at: datetime | None = None) -> tuple[int, ChangeSet]:
        """Open a case and record its intake source, all in one transaction."""
        with self.store.transaction() as uow:
            case, changes = self._open_in(uow, draft, partner, source_id, submitted_at)
        return case.id, changes

    def _open_in(self, uow: UnitOfWork, draft: NewCase, partner: str | None,
                 source_id: str | None, submitted_at: datetime | None,
                 known: KnownReference | None = None,
                 source_checked: bool = False) -> tuple[Case, ChangeSet]:
        """The dialog's and the import's one path: `CaseService.open_case_in` (the case written
        once, with the report's real age), then where it came from, in `uow`'s transaction."""
        check_partner(draft.channel, partner)
        if (source_id is not None and not source_checked
                and uow.intake.case_for_source(source_id) is not None):
            raise ValidationError("A case from this report already exists.", field="source_id")
        partner_id = self._partner(uow, partner) if partner else None
        case, changes = self.cases.open_case_in(uow, draft, submitted_at=submitted_at, known=known)
        if partner_id is not None or source_id is not None:
            self._record(uow, case, source_id, partner_id, submitted_at)
        return case, changes

    def _partner(self, uow: UnitOfWork, name: str) -> int:
        partner_id = uow.intake.partner_id(name)
        if partner_id is None:
            partner_id = uow.intake.add_partner(name)
            now = self.cases.clock.now()
            uow.audit.append(now, self.cases.actor_id, "partner.added", "partner", partner_id, None,
                             {"partner_id": partner_id})
            uow.outbox.add(self.cases.device_id, "partner", partner_id, 0,
                           {"partner_id": partner_id}, {"name": name.strip()}, now)
        return partner_id

    def _record(self, uow: UnitOfWork, case: Case, source_id: str | None,
                partner_id: int | None, submitted_at: datetime | None) -> None:
        uow.intake.record(case.id, source_id, partner_id, submitted_at)
        now = self.cases.clock.now()
        detail = {"partner_id": partner_id, "source_id": source_id, "channel": case.channel.value}
        uow.audit.append(now, self.cases.actor_id, "intake.recorded", "case", case.ref, case.id,
                         detail)
        uow.outbox.add(self.cases.device_id, "case_intake", case.ref, 0,
                       {**routing(case), "partner_id": partner_id, "source_id": source_id},
                       {"submitted_at": submitted_at.isoformat() if submitted_at else None}, now)

    def import_lines(self, lines: Iterable[str | LineError], progress: Progress | None = None,
                     summary: ImportSummary | None = None,
                     batch_lines: int = BATCH_LINES) -> ImportSummary:
        """Import the good lines, `batch_lines` to a transaction and each line all or nothing in a
        savepoint of its own; report every bad one with its number. A line that could not even be
        read (bad UTF-8, too long) arrives as its `LineError`. Pass `summary` to keep what was done
        when the iteration itself stops with an error: the lines read before it are imported.
        Killed midway, only the open batch is lost; importing again skips what was committed."""
        with self.store.read() as uow:
            regions = frozenset(r.code for r in uow.reference.regions())
        summary = summary if summary is not None else ImportSummary()
        pending: list[ImportRecord] = []
        try:
            for line_no, text in enumerate(lines, start=1):
                if progress is not None:
                    progress(line_no)
                parsed = text if isinstance(text, LineError) else parse_line(line_no, text, regions)
                if isinstance(parsed, LineError):
                    summary.rejected.append(parsed)
                elif parsed is not None:
                    pending.append(parsed)
                    if len(pending) >= batch_lines:
                        batch, pending = pending, []
                        self._import_batch(batch, summary)
        except Exception:  # the reading stopped (size cap, Cancel): keep the lines read before it
            if pending:
                self._import_batch(pending, summary)
            raise
        else:
            if pending:
                self._import_batch(pending, summary)
        finally:
            summary.rejected.sort(key=lambda e: e.line_no)  # by line, whichever step refused it
        return summary

    def _import_batch(self, records: list[ImportRecord], summary: ImportSummary) -> None:
        """One transaction; the summary learns of the batch only once it is committed. The regions
        and surges are read once for the batch; each line is all or nothing in its savepoint."""
        done = ImportSummary()
        with self.store.transaction() as uow:
            known = read_known(uow)
            for record in records:
                if uow.intake.case_for_source(record.source_id) is not None:
                    done.duplicates.append(record.line_no)
                    continue
                try:
                    with self.store.savepoint():
                        case, changes = self._open_in(uow, record.draft, record.partner,
                                                      record.source_id, record.submitted_at,
                                                      known, source_checked=True)
                except ValidationError as exc:
                    done.rejected.append(LineError(record.line_no, f"field '{exc.field}': {exc}"))
                    continue
                done.imported.append((record.line_no, case.id))
                done.parts.append(changes)
        summary.add(done)
