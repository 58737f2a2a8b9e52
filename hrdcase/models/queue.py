"""Value objects for the case queue: what to show (filter), in what order (sort), and a row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hrdcase.models.enums import CaseStatus, IncidentCategory, Priority

UNASSIGNED = -1  # assignee filter value meaning "nobody"

SORT_COLUMNS = (
    "ref",
    "priority",
    "title",
    "status",
    "category",
    "region",
    "language",
    "assignee",
    "defender",
    "created",
    "updated",
    "breach",  # time to breach, soonest first (storage/triage.py BREACH_AT)
)

OPEN_STATUSES = tuple(s for s in CaseStatus if s.is_open)


@dataclass(frozen=True)
class QueueFilter:
    statuses: tuple[CaseStatus, ...] = OPEN_STATUSES
    priorities: tuple[Priority, ...] = ()
    assignee_id: int | None = None  # None: anyone; UNASSIGNED: nobody
    region_code: str | None = None
    language: str | None = None
    text: str = ""


@dataclass(frozen=True)
class QueueSort:
    column: str = "priority"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.column not in SORT_COLUMNS:
            raise ValueError(f"unknown sort column {self.column!r}")


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    ref: str
    title: str
    status: CaseStatus
    priority: Priority
    category: IncidentCategory
    region_code: str
    language: str
    assignee: str
    defender: str
    created_at: datetime
    updated_at: datetime
    breach_at: datetime | None = None  # the next SLA deadline still running
    review_due: datetime | None = None  # next review of the current risk note
