"""Triage and SLA state of cases: first response, priority reasons, escalation steps. All its SQL."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from hrdcase.models.enums import CaseStatus, Priority
from hrdcase.models.triage import Reason, check_reasons
from hrdcase.storage.codec import dt, dt_required, ts
from hrdcase.storage.db import Database

# The moment a case next breaches an SLA: first-response due until answered, then resolution due;
# no deadline sorts last. Written without ", " on purpose (cases.py splits sort keys on it), and
# the same expression as the `cases_by_breach` index of migration 2, which serves the sort.
BREACH_AT = (
    "COALESCE(CASE WHEN c.first_response_at IS NULL THEN c.first_response_due "
    "ELSE c.resolution_due END,9223372036854775807)"
)
NO_BREACH = 9223372036854775807


@dataclass(frozen=True)
class EscalationRecord:
    case_id: int
    step: str
    role: str
    due_at: datetime
    recorded_at: datetime


@dataclass(frozen=True)
class TriageState:
    first_response_at: datetime | None
    reasons: tuple[Reason, ...]
    escalations: tuple[EscalationRecord, ...]


class TriageRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def state(self, case_id: int) -> TriageState:
        row = self.db.execute(
            "SELECT first_response_at, priority_reasons FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            return TriageState(None, (), ())
        return TriageState(dt(row[0]), check_reasons(json.loads(row[1])),
                           tuple(self.escalations(case_id)))

    def set_reasons(self, case_id: int, reasons: Sequence[Reason]) -> None:
        self.db.execute("UPDATE cases SET priority_reasons = ? WHERE id = ?",
                        (json.dumps([list(r) for r in reasons]), case_id))

    def set_first_response(self, case_id: int, at: datetime) -> None:
        self.db.execute("UPDATE cases SET first_response_at = ? WHERE id = ?", (ts(at), case_id))

    def set_first_responses(self, responses: Sequence[tuple[int, datetime]]) -> None:
        """Bulk `set_first_response` (demo caseloads, imports)."""
        self.db.executemany("UPDATE cases SET first_response_at = ? WHERE id = ?",
                            [(ts(at), case_id) for case_id, at in responses])

    def escalations(self, case_id: int) -> list[EscalationRecord]:
        return [
            EscalationRecord(r[0], r[1], r[2], dt_required(r[3]), dt_required(r[4]))
            for r in self.db.execute(
                "SELECT case_id, step, role, due_at, recorded_at FROM escalations "
                "WHERE case_id = ? ORDER BY due_at, id", (case_id,))
        ]

    def add_escalation(self, record: EscalationRecord) -> bool:
        """Record a step once; False if it was already recorded (nothing written)."""
        cur = self.db.execute(
            "INSERT INTO escalations (case_id, step, role, due_at, recorded_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, step) DO NOTHING",
            (record.case_id, record.step, record.role, ts(record.due_at), ts(record.recorded_at)),
        )
        return cur.rowcount == 1

    def escalation_candidates(
        self, priorities: Sequence[Priority], created_by: datetime
    ) -> list[tuple[int, frozenset[str]]]:
        """Open, unanswered cases of `priorities` created at or before `created_by`, with the steps
        already recorded for each."""
        if not priorities:
            return []
        open_statuses = [s.value for s in CaseStatus if s.is_open]
        sql = (
            "SELECT c.id, COALESCE((SELECT group_concat(e.step) FROM escalations e "
            "WHERE e.case_id = c.id), '') FROM cases c "
            f"WHERE c.priority IN ({','.join('?' * len(priorities))}) "
            f"AND c.status IN ({','.join('?' * len(open_statuses))}) "
            "AND c.first_response_at IS NULL AND c.created_at <= ? ORDER BY c.id"
        )
        params = [*(p.value for p in priorities), *open_statuses, ts(created_by)]
        return [(r[0], frozenset(s for s in r[1].split(",") if s))
                for r in self.db.execute(sql, params)]

    def current_review(self, case_id: int) -> datetime | None:
        row = self.db.execute(
            "SELECT next_review FROM risk_notes WHERE case_id = ? AND superseded_by IS NULL "
            "ORDER BY id DESC LIMIT 1", (case_id,)).fetchone()
        return dt(row[0]) if row else None
