"""Monitoring benchmarks, the transparency report and the DSA statement-of-reasons export (issue 12):
one read per report, in bulk, with no case text except the decisions' own statements of reasons.

The figures are computed in `models` (`kpi`, `transparency`, `sor`); the files are
`hrdcase.reports`'s. KPI targets are policy data, `resources/policy/kpi.json`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from hrdcase.errors import ValidationError
from hrdcase.models.clock import Clock
from hrdcase.models.decisions import Decision
from hrdcase.models.enums import AppealOutcome, CaseStatus, Priority
from hrdcase.models.kpi import KpiPolicy, KpiRow, measure, parse_kpi_policy
from hrdcase.models.report_facts import AppealFact, CaseFact, ReportFacts, SurgeFact
from hrdcase.models.sla import resolved_from_moves
from hrdcase.models.sor import statement, validate
from hrdcase.models.transparency import Transparency, check_period, transparency
from hrdcase.paths import resource
from hrdcase.storage.codec import dt, dt_required
from hrdcase.storage.store import Store, UnitOfWork

DEFAULT_KPI_PATH = resource("policy", "kpi.json")


def load_kpi_policy(path: Path = DEFAULT_KPI_PATH) -> KpiPolicy:
    """Read and validate the KPI targets; any problem is one clear `ValidationError`."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(f"KPI policy file {path.name} is missing.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"KPI policy file {path.name} is not readable JSON: {exc}.") from None
    return parse_kpi_policy(raw)


@cache
def default_kpi_policy() -> KpiPolicy:
    return load_kpi_policy()


def _bounds(start: date, end: date) -> tuple[int, int]:
    """[start 00:00 UTC, the day after end 00:00 UTC) as epoch seconds."""
    check_period(start, end)
    lo = datetime.combine(start, time(), UTC)
    hi = datetime.combine(end + timedelta(days=1), time(), UTC)
    return int(lo.timestamp()), int(hi.timestamp())


@dataclass(frozen=True)
class StatementCheck:
    decision_id: int
    statement: dict[str, Any]
    errors: tuple[str, ...]


class ReportService:
    def __init__(self, store: Store, clock: Clock, kpi_policy: KpiPolicy | None = None) -> None:
        self.store = store
        self.clock = clock
        self.kpi_policy = kpi_policy or default_kpi_policy()

    def facts(self, start: date, end: date) -> ReportFacts:
        lo, hi = _bounds(start, end)
        with self.store.read() as uow:
            return self._facts(uow, start, end, lo, hi)

    def _facts(self, uow: UnitOfWork, start: date, end: date, lo: int, hi: int) -> ReportFacts:
        moves: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for case_id, at, to in uow.reports.status_moves(lo, hi):
            moves[case_id].append((at, to))  # epoch seconds; only the answer becomes a datetime
        cases = tuple(_case(row, moves.get(row[0])) for row in uow.reports.case_rows(lo, hi))
        appeals = tuple(
            AppealFact(case_id, region, category, dt_required(filed), dt(decided),
                       AppealOutcome(outcome) if outcome else None)
            for case_id, region, category, filed, decided, outcome
            in uow.reports.appeal_rows(lo, hi))
        surges = tuple(SurgeFact(region, dt_required(a), dt_required(b))
                       for region, a, b in uow.reports.surge_rows(lo, hi))
        return ReportFacts(start, end, self.clock.now(), cases, appeals,
                           tuple(uow.reports.notification_channels(lo, hi)), surges)

    def kpi(self, start: date, end: date) -> list[KpiRow]:
        return measure(self.facts(start, end), self.kpi_policy)

    def transparency(self, start: date, end: date) -> Transparency:
        lo, hi = _bounds(start, end)
        with self.store.read() as uow:
            facts = self._facts(uow, start, end, lo, hi)
            decisions = uow.reports.decisions_between(lo, hi)
        return transparency(facts, decisions)

    def statements(self, start: date, end: date) -> list[StatementCheck]:
        """Each decision taken in the period as an API statement, with every rule it breaks
        (personal data included: its case's defender's names and contact, responders' names)."""
        lo, hi = _bounds(start, end)
        with self.store.read() as uow:
            decisions = uow.reports.decisions_between(lo, hi)
            personal = uow.reports.personal_strings(sorted({d.case_id for d in decisions}))
            staff = uow.reports.responder_names()
        return [_check(d, personal.get(d.case_id, ()) + tuple(staff)) for d in decisions]


def _check(d: Decision, personal: tuple[str, ...]) -> StatementCheck:
    st = statement(d)
    return StatementCheck(d.id, st, tuple(validate(st, personal)))


_STATUS = {s.value: s for s in CaseStatus}  # a dict lookup: 100,000 rows per report
_PRIORITY = {p.value: p for p in Priority}


def _case(row: tuple[Any, ...], moves: list[tuple[int, str]] | None) -> CaseFact:
    (case_id, created, status, priority, category, channel, region, first_at, first_due,
     resolution_due, notified) = row
    status = _STATUS[status]
    resolved = dt(resolved_from_moves(moves)) if moves and not status.is_open else None
    return CaseFact(case_id, dt_required(created), status, _PRIORITY[priority], category, channel,
                    region, dt(first_at), dt(first_due), dt(resolution_due), resolved,
                    bool(notified))
