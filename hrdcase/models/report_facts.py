"""The facts a monitoring or transparency report is computed from: one small row per case, appeal,
notification and surge, read by `services/reports.py` (no names, no text). Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median

from hrdcase.models.enums import AppealOutcome, CaseStatus, Priority
from hrdcase.models.sla import BreachState, breach_state

_NO_LEAD = timedelta(0)


@dataclass(frozen=True, slots=True)
class CaseFact:
    case_id: int
    created_at: datetime
    status: CaseStatus
    priority: Priority
    category: str
    channel: str
    region: str
    first_response_at: datetime | None
    first_response_due: datetime | None
    resolution_due: datetime | None
    resolved_at: datetime | None  # when it last left the open statuses; None while open
    notified: bool

    @property
    def period(self) -> str:
        """The month it was opened, "2026-03" (UTC)."""
        return f"{self.created_at.year:04d}-{self.created_at.month:02d}"  # strftime is slower

    def first_response_hours(self) -> float | None:
        if self.first_response_at is None:
            return None
        return (self.first_response_at - self.created_at).total_seconds() / 3600

    def resolution_hours(self) -> float | None:
        if self.resolved_at is None:
            return None
        return (self.resolved_at - self.created_at).total_seconds() / 3600

    def sla_met(self, now: datetime) -> bool | None:
        """True when both deadlines were met, False when either was breached (a late resolution
        is a breach), None while it is still undecided or the case has no deadlines."""
        first = breach_state(self.first_response_due, self.first_response_at, now, _NO_LEAD)
        if self.status.is_open:
            resolution = breach_state(self.resolution_due, None, now, _NO_LEAD)
        elif self.resolved_at is None:
            resolution = BreachState.NONE  # closed without a recorded resolution time
        else:
            resolution = breach_state(self.resolution_due, self.resolved_at, now, _NO_LEAD)
        states = (first, resolution)
        if BreachState.BREACHED in states:
            return False
        if all(s == BreachState.MET for s in states):
            return True
        return None


@dataclass(frozen=True, slots=True)
class AppealFact:
    case_id: int
    region: str  # the case's
    category: str  # the case's
    filed_at: datetime
    decided_at: datetime | None
    outcome: AppealOutcome | None

    @property
    def period(self) -> str:
        return f"{self.filed_at:%Y-%m}"

    def decision_days(self) -> float | None:
        if self.decided_at is None:
            return None
        return (self.decided_at - self.filed_at).total_seconds() / 86400


@dataclass(frozen=True, slots=True)
class SurgeFact:
    region: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """Everything a report over [start, end] (whole days, UTC) reads: cases opened in the period,
    appeals filed in it, notifications sent in it (channel per notification), surges overlapping it."""

    start: date
    end: date
    now: datetime
    cases: tuple[CaseFact, ...]
    appeals: tuple[AppealFact, ...]
    notification_channels: tuple[str, ...]
    surges: tuple[SurgeFact, ...]


def median_or_none(values: list[float]) -> float | None:
    return round(median(values), 1) if values else None
