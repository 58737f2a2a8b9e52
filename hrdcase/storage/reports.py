"""The read side of the monitoring and transparency reports (issue 12): small rows over a period,
in bulk, without case text. All times are epoch seconds; `start` is inclusive, `end` exclusive."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hrdcase.models.decisions import Decision
from hrdcase.storage.appeals import _DECISION_COLUMNS, _decision
from hrdcase.storage.db import Database


class ReportRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def case_rows(self, start: int, end: int) -> list[tuple[Any, ...]]:
        """(id, created_at, status, priority, category, channel, region, first_response_at,
        first_response_due, resolution_due, notified) for the cases opened in the period."""
        return self.db.execute(
            "SELECT c.id, c.created_at, c.status, c.priority, c.category, c.channel, "
            "c.region_code, c.first_response_at, c.first_response_due, c.resolution_due, "
            "EXISTS (SELECT 1 FROM notifications n WHERE n.case_id = c.id) "
            "FROM cases c WHERE c.created_at >= ? AND c.created_at < ? ORDER BY c.id",
            (start, end)).fetchall()

    def status_moves(self, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """(case id, at, status moved to) of every status change of the cases opened in the
        period that are resolved or closed now, in audit order."""
        yield from self.db.execute(
            "SELECT a.case_id, a.at, json_extract(a.detail, '$.to') FROM cases c "
            "JOIN audit_log a ON a.case_id = c.id "
            "WHERE c.created_at >= ? AND c.created_at < ? "
            "AND c.status IN ('resolved', 'closed') "
            "AND a.action IN ('case.status', 'case.reopened') ORDER BY a.case_id, a.seq",
            (start, end))

    def appeal_rows(self, start: int, end: int) -> list[tuple[Any, ...]]:
        """(case id, region, category, filed_at, decided_at, outcome) of appeals filed in it."""
        return self.db.execute(
            "SELECT a.case_id, c.region_code, c.category, a.filed_at, a.decided_at, a.outcome "
            "FROM appeals a JOIN cases c ON c.id = a.case_id "
            "WHERE a.filed_at >= ? AND a.filed_at < ? ORDER BY a.id", (start, end)).fetchall()

    def notification_channels(self, start: int, end: int) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT channel FROM notifications WHERE sent_at >= ? AND sent_at < ?", (start, end))]

    def surge_rows(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """(region, starts_at, ended or ends at) of surges overlapping the period."""
        return self.db.execute(
            "SELECT region_code, starts_at, COALESCE(ended_at, ends_at) FROM surges "
            "WHERE starts_at < ? AND COALESCE(ended_at, ends_at) >= ? ORDER BY starts_at",
            (end, start)).fetchall()

    def decisions_between(self, start: int, end: int) -> list[Decision]:
        return [_decision(row) for row in self.db.execute(
            f"SELECT {_DECISION_COLUMNS} FROM decisions "
            "WHERE decided_at >= ? AND decided_at < ? ORDER BY decided_at, id", (start, end))]

    def personal_strings(self, case_ids: list[int]) -> dict[int, tuple[str, ...]]:
        """Per case: its defender's pseudonym, legal name and contact (never to be exported)."""
        out: dict[int, tuple[str, ...]] = {}
        for i in range(0, len(case_ids), 500):  # SQLite bounds the number of parameters
            chunk = case_ids[i:i + 500]
            for case_id, *values in self.db.execute(
                    "SELECT c.id, d.pseudonym, d.legal_name, d.contact_channel FROM cases c "
                    "JOIN defenders d ON d.id = c.defender_id "
                    f"WHERE c.id IN ({','.join('?' * len(chunk))})", chunk):
                out[case_id] = tuple(v for v in values if v)
        return out

    def responder_names(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT display_name FROM responders")]
