"""A team wellbeing signal: the content-free snapshot a responder's device reports about them. The
rules that make, read and weigh one are in `wellbeing/signals.py`; storage keeps the latest per
responder, so the value object lives here, below both."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class TeamSignal:
    responder_id: int
    as_of: datetime
    local_day: date
    iso_week: str  # "2026-W49"
    today_minutes: float
    week_minutes: float
    last_block_end: datetime | None
    last_checkin_at: datetime | None
    asked_for_support: bool
