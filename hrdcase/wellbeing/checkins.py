"""Wellbeing check-ins (WHO-5) and debrief prompts.

A check-in belongs to the responder. WHO-5 has five items, each answered 0 (at no time) to 5 (all of
the time); the raw score is their sum (0–25) and the percentage is raw × 4. A raw score below the
policy's threshold (13 by default) suggests a follow-up, which the responder is offered. A
supervisor sees ONLY whether a check-in is overdue and whether support was asked for: never the
answers, the score or the follow-up flag (which is derived from the answers).

Cadence: a check-in falls due `checkin_cadence_days` after the last one (or at `since`, when the
responder started, if there is none yet: a first check-in is due at once) and is overdue
`checkin_grace_days` after that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dateutil.relativedelta import relativedelta

from hrdcase.errors import ValidationError
from hrdcase.models.enums import Severity
from hrdcase.wellbeing.policy import WorkloadPolicy

WHO5_ITEMS = 5
WHO5_MAX_ITEM = 5
_SEVERITY_ORDER = tuple(Severity)  # low → critical, as declared


@dataclass(frozen=True, slots=True)
class Who5:
    answers: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.answers) != WHO5_ITEMS:
            raise ValidationError(f"WHO-5 has exactly {WHO5_ITEMS} answers.", field="answers")
        for answer in self.answers:
            if type(answer) is not int or not 0 <= answer <= WHO5_MAX_ITEM:
                raise ValidationError(f"Each WHO-5 answer is from 0 to {WHO5_MAX_ITEM}.", field="answers")

    @property
    def raw(self) -> int:
        return sum(self.answers)

    @property
    def percentage(self) -> int:
        return self.raw * 4

    def needs_follow_up(self, policy: WorkloadPolicy) -> bool:
        return self.raw < policy.who5_follow_up_below


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One check-in, as the responder made it."""

    responder_id: int
    at: datetime
    who5: Who5 | None = None  # answering is optional; asking for support is enough
    asked_for_support: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class CheckInStatus:
    due_at: datetime
    overdue_at: datetime
    due: bool
    overdue: bool


def checkin_status(
    last_at: datetime | None, since: datetime, policy: WorkloadPolicy, now: datetime
) -> CheckInStatus:
    """When the next check-in falls due and whether it is due or overdue at `now`."""
    if last_at is None:
        due_at = since  # a first check-in is due from the start
    else:
        due_at = last_at + relativedelta(days=policy.checkin_cadence_days)
    overdue_at = due_at + relativedelta(days=policy.checkin_grace_days)
    return CheckInStatus(due_at, overdue_at, now >= due_at, now >= overdue_at)


@dataclass(frozen=True, slots=True)
class SupervisorView:
    """All a supervisor may know of a responder's check-ins. Adding a field here is a privacy
    decision: tests pin the field list."""

    overdue: bool
    asked_for_support: bool


def supervisor_view(
    last: CheckIn | None, since: datetime, policy: WorkloadPolicy, now: datetime
) -> SupervisorView:
    """The supervisor's view from the latest check-in (or none): overdue and asked-for-support only.
    Support asked for in a check-in shows until the next check-in replaces it."""
    status = checkin_status(last.at if last else None, since, policy, now)
    return SupervisorView(overdue=status.overdue, asked_for_support=bool(last and last.asked_for_support))


def needs_debrief(severity: Severity, policy: WorkloadPolicy) -> bool:
    """Closing a case this severe prompts a debrief."""
    return _SEVERITY_ORDER.index(severity) >= _SEVERITY_ORDER.index(policy.debrief_min_severity)
