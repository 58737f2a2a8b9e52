"""The one check every path that hands work to a person calls, and the supervisor's override.

`check_assignment(load, item, policy, now)` returns a `Verdict` listing EVERY limit the move would
break, each with a one-line reason. Load limits (open cases, concurrent P1) apply to any case;
exposure limits (cut-off, daily and weekly exposure, break due) apply to graphic cases only, since
only graphic material adds exposure. Everything is handed in (`ResponderLoad`, `WorkItem`); nothing
is fetched. Reasons are English for logs and the CLI; screens translate from `Breach.limit` and the
numbers.

Language and region are requirements of the case, not wellbeing limits: `meets_requirements`
answers them separately, and suggestion and rebalancing apply both.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum

from hrdcase.errors import ValidationError
from hrdcase.models.entities import Case
from hrdcase.models.enums import Priority, Role, Severity
from hrdcase.wellbeing.policy import WorkloadPolicy

MAX_OVERRIDE_REASON = 1000


class Limit(StrEnum):
    OPEN_CASES = "open_cases"
    CONCURRENT_P1 = "concurrent_p1"
    GRAPHIC_AFTER_CUTOFF = "graphic_after_cutoff"
    DAILY_EXPOSURE = "daily_exposure"
    WEEKLY_EXPOSURE = "weekly_exposure"
    BREAK_DUE = "break_due"


@dataclass(frozen=True, slots=True)
class ResponderLoad:
    """A snapshot of one responder at one moment, built by the caller (service layer or tests)."""

    responder_id: int
    role: Role = Role.RESPONDER
    open_cases: int = 0
    p1_cases: int = 0
    exposure_today_minutes: float = 0.0
    exposure_week_minutes: float = 0.0
    last_block_end: datetime | None = None  # see exposure.BlockState.last_block_end
    languages: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    defender_ids: frozenset[int] = frozenset()  # defenders whose cases this responder has worked
    tz: tzinfo = UTC  # the responder's local time, for the cut-off


@dataclass(frozen=True, slots=True)
class WorkItem:
    """What the rules need to know about a case."""

    case_id: int
    priority: Priority
    graphic: bool
    language: str = ""
    region_code: str = ""
    defender_id: int | None = None
    assignee_id: int | None = None
    severity: Severity = Severity.MODERATE

    @classmethod
    def from_case(cls, case: Case, graphic: bool | None = None) -> WorkItem:
        """`graphic` defaults to the category's default (DOMAIN: graphic until a responder says not)."""
        return cls(
            case_id=case.id, priority=case.priority,
            graphic=case.category.graphic_by_default if graphic is None else graphic,
            language=case.language, region_code=case.region_code, defender_id=case.defender_id,
            assignee_id=case.assignee_id, severity=case.severity,
        )


@dataclass(frozen=True, slots=True)
class Breach:
    limit: Limit
    reason: str
    value: float  # where the responder would stand
    allowed: float  # what the policy allows


@dataclass(frozen=True, slots=True)
class Verdict:
    responder_id: int
    case_id: int
    breaches: tuple[Breach, ...] = ()
    policy_version: int = 0

    @property
    def allowed(self) -> bool:
        return not self.breaches

    @property
    def limits(self) -> tuple[Limit, ...]:
        return tuple(b.limit for b in self.breaches)


def check_assignment(load: ResponderLoad, item: WorkItem, policy: WorkloadPolicy, now: datetime) -> Verdict:
    """Every limit that handing `item` to the responder of `load` at `now` would break. A case
    already assigned to that responder is not a move and breaks nothing."""
    if item.assignee_id == load.responder_id:
        return Verdict(load.responder_id, item.case_id, (), policy.version)
    breaches = [*_load_breaches(load, item, policy)]
    if item.graphic:
        breaches.extend(_exposure_breaches(load, policy, now))
    return Verdict(load.responder_id, item.case_id, tuple(breaches), policy.version)


def newly_breached(after: Verdict, before: Verdict) -> Verdict:
    """`after` without the limits `before` already broke: what a change to a case the responder
    keeps (a priority raised, graphic material added) newly breaks. Over a limit by an earlier
    override is not a reason to refuse an unrelated change."""
    already = set(before.limits)
    return replace(after, breaches=tuple(b for b in after.breaches if b.limit not in already))


def _load_breaches(load: ResponderLoad, item: WorkItem, policy: WorkloadPolicy) -> list[Breach]:
    out = []
    if load.open_cases + 1 > policy.max_open_cases:
        out.append(Breach(
            Limit.OPEN_CASES,
            f"would hold {load.open_cases + 1} open cases; the limit is {policy.max_open_cases}",
            load.open_cases + 1, policy.max_open_cases,
        ))
    if item.priority is Priority.P1 and load.p1_cases + 1 > policy.max_concurrent_p1:
        out.append(Breach(
            Limit.CONCURRENT_P1,
            f"would hold {load.p1_cases + 1} P1 cases at once; the limit is {policy.max_concurrent_p1}",
            load.p1_cases + 1, policy.max_concurrent_p1,
        ))
    return out


def _exposure_breaches(load: ResponderLoad, policy: WorkloadPolicy, now: datetime) -> list[Breach]:
    out = []
    local = now.astimezone(load.tz)
    if local.hour >= policy.graphic_cutoff_hour:
        out.append(Breach(
            Limit.GRAPHIC_AFTER_CUTOFF,
            f"no graphic work is assigned after {policy.graphic_cutoff_hour:02d}:00 local time "
            f"(it is {local:%H:%M})",
            local.hour, policy.graphic_cutoff_hour,
        ))
    if load.exposure_today_minutes >= policy.daily_exposure_minutes:
        out.append(Breach(
            Limit.DAILY_EXPOSURE,
            f"has used {load.exposure_today_minutes:.0f} of {policy.daily_exposure_minutes} minutes "
            "of graphic exposure today",
            load.exposure_today_minutes, policy.daily_exposure_minutes,
        ))
    if load.exposure_week_minutes >= policy.weekly_exposure_minutes:
        out.append(Breach(
            Limit.WEEKLY_EXPOSURE,
            f"has used {load.exposure_week_minutes:.0f} of {policy.weekly_exposure_minutes} minutes "
            "of graphic exposure this week",
            load.exposure_week_minutes, policy.weekly_exposure_minutes,
        ))
    if load.last_block_end is not None:
        break_over = load.last_block_end + timedelta(minutes=policy.break_minutes)
        if now < break_over:
            left = (break_over - now) / timedelta(minutes=1)
            out.append(Breach(
                Limit.BREAK_DUE,
                f"is due a break after an exposure block ({left:.0f} minutes left)",
                left, 0,
            ))
    return out


def meets_requirements(load: ResponderLoad, item: WorkItem) -> bool:
    """The responder reads the case's language and covers its region (an empty requirement is met)."""
    return (not item.language or item.language in load.languages) and (
        not item.region_code or item.region_code in load.regions
    )


@dataclass(frozen=True, slots=True)
class LimitOverride:
    """A supervisor's written decision to assign despite a refusal; the service layer stores the
    reason and audits the override by id and limit names (never the free text)."""

    responder_id: int
    case_id: int
    limits: tuple[Limit, ...]
    supervisor_id: int
    reason: str
    policy_version: int
    at: datetime | None = field(default=None)


def override(
    verdict: Verdict, supervisor_id: int, supervisor_role: Role, reason: str, at: datetime | None = None
) -> LimitOverride:
    """Override a refused assignment. Requires a supervisor (not the responder themself) and a
    non-empty written reason."""
    if verdict.allowed:
        raise ValidationError("Nothing to override: the assignment breaks no limit.")
    if supervisor_role is not Role.SUPERVISOR:
        raise ValidationError("Only a supervisor may override a workload limit.", field="supervisor")
    if supervisor_id == verdict.responder_id:
        raise ValidationError("A supervisor may not override their own limits.", field="supervisor")
    text = reason.strip()
    if not text:
        raise ValidationError("An override needs a written reason.", field="reason")
    if len(text) > MAX_OVERRIDE_REASON:
        raise ValidationError(
            f"The reason may be at most {MAX_OVERRIDE_REASON} characters.", field="reason"
        )
    return LimitOverride(
        verdict.responder_id, verdict.case_id, verdict.limits, supervisor_id, text,
        verdict.policy_version, at,
    )
