"""What the wellbeing service hands the UI: plain data, no storage types. The service
(`services/wellbeing.py`, `Session.wellbeing`) and the screens (dashboard, rebalancing review,
check-ins, exposure, surge) are written against these shapes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from hrdcase.models.changes import ChangeSet
from hrdcase.models.enums import Role
from hrdcase.wellbeing.limits import Limit
from hrdcase.wellbeing.reasons import Reason


class ExposureSource(StrEnum):
    """Where a dashboard row's exposure comes from. Each device holds only its own responder's
    ledger: the others' exposure is what their devices last reported (a team signal)."""

    LIVE = "live"  # the signed-in responder's own ledger on this device
    REPORTED = "reported"  # another responder's latest signal (see `exposure_as_of`)
    NONE = "none"  # no signal received yet: the zero is NOT a measurement


@dataclass(frozen=True, slots=True)
class ResponderOverview:
    """One row of the supervisor dashboard. Check-in answers are never part of it: only the two
    flags of `wellbeing.checkins.SupervisorView`."""

    responder_id: int
    name: str
    role: Role
    open_cases: int
    p1_cases: int
    near_breach: int  # open cases whose next SLA deadline is within its warning lead, not past
    exposure_today_minutes: float
    exposure_week_minutes: float
    max_open_cases: int
    max_concurrent_p1: int
    daily_exposure_minutes: int
    weekly_exposure_minutes: int
    checkin_overdue: bool
    asked_for_support: bool
    over_limits: tuple[Limit, ...]  # limits this responder is over right now
    exposure_source: ExposureSource
    exposure_as_of: datetime | None  # when a REPORTED signal was made; None for LIVE and NONE
    # of `over_limits`, those a supervisor overrode on a case this responder still holds open
    overridden: tuple[Limit, ...] = ()


@dataclass(frozen=True, slots=True)
class PlannedMove:
    """A move in a rebalancing proposal, as the supervisor reviews and edits it."""

    case_id: int
    case_ref: str
    case_title: str
    from_id: int
    from_name: str
    to_id: int
    to_name: str
    reasons: tuple[Reason, ...]
    handover_note: str = ""


@dataclass(frozen=True, slots=True)
class StillOver:
    """Someone the proposal cannot bring within a limit (`reason` says why)."""

    responder_id: int
    name: str
    limit: Limit
    excess: int
    reason: Reason


@dataclass(frozen=True, slots=True)
class RebalanceReview:
    moves: tuple[PlannedMove, ...]
    unfixed: tuple[StillOver, ...]
    policy_version: int


@dataclass(frozen=True, slots=True)
class ExposureNow:
    """The signed-in responder's exposure at this moment (drives the clock and the break prompt)."""

    today_minutes: float
    week_minutes: float
    daily_limit: int
    weekly_limit: int
    block_used_minutes: float
    block_minutes: int
    break_due: bool
    break_until: datetime | None
    revealed_incident_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class CheckInOutcome:
    raw_score: int | None
    follow_up: bool
    support_resources: tuple[str, ...]  # what the organisation offers (resources/policy/support.json)
    changes: ChangeSet  # the check-in and the responder's signal (for the views to refresh)


@dataclass(frozen=True, slots=True)
class Surge:
    id: int
    region_code: str
    starts_at: datetime
    ends_at: datetime
    reason: str
    active: bool
    roster: tuple[int, ...] = ()  # responders who also cover the region while it is active
