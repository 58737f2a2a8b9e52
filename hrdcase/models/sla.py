"""Service levels: first-response and resolution deadlines per priority, breach states, escalation.

The anchor (DOMAIN.md): a helpline replies within 2 h and escalates an unanswered ticket to a shift
lead at 60 min and to a director at 90 min. Every number is policy: `resources/policy/sla.json`,
parsed and validated by `parse_sla_policy` (a bad file is a `ValidationError` naming what is wrong).

"Near breach" has ONE definition: `deadline_state`, from each priority's `warning_before` in the
policy. The queue's Due colour, the Triage tab, the supervisor dashboard and the CLI (`case list`,
`team load`, `case show`) all call it (`next_deadline_state` for a list row); none keeps a lead of
its own. Near (WARNING) and breached (BREACHED) never overlap.

Deadlines run from the case's *created* time, with `dateutil.relativedelta` (so "1 month" is a
calendar month), and are recomputed from that same moment whenever the priority changes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Any, TypeVar

from dateutil.relativedelta import relativedelta

from hrdcase.errors import ValidationError
from hrdcase.models.entities import AuditEntry, Case
from hrdcase.models.enums import CaseStatus, Priority

_UNITS = ("minutes", "hours", "days", "weeks", "months")
_ANCHOR = datetime(2000, 1, 31, tzinfo=UTC)  # durations are compared from a month's end


class BreachState(StrEnum):
    OK = "ok"
    WARNING = "warning"  # within the warning lead time of its deadline
    BREACHED = "breached"  # past the deadline (or done late)
    MET = "met"  # done in time, or the clock stopped (resolved / closed)
    NONE = "none"  # no deadline set (a case from before SLAs)


class EscalationRole(StrEnum):
    SHIFT_LEAD = "shift_lead"
    DIRECTOR = "director"


@dataclass(frozen=True)
class Targets:
    first_response: relativedelta
    resolution: relativedelta
    warning_before: relativedelta


@dataclass(frozen=True)
class EscalationStep:
    role: EscalationRole
    after: relativedelta  # from the case's created time


@dataclass(frozen=True)
class SlaPolicy:
    version: str
    targets: Mapping[Priority, Targets]
    escalation_priorities: frozenset[Priority]
    escalation_steps: tuple[EscalationStep, ...]
    surge_factor: float = 1.0  # during a surge in the case's region, durations are multiplied by it

    def deadlines(self, created_at: datetime, priority: Priority,
                  surge: bool = False) -> tuple[datetime, datetime]:
        """(first response due, resolution due) for a case created at `created_at`; during a surge
        both durations shrink by `surge_factor` (whole seconds)."""
        t = self.targets[priority]
        first, resolution = created_at + t.first_response, created_at + t.resolution
        if not surge or self.surge_factor == 1.0:
            return first, resolution
        return _scaled(created_at, first, self.surge_factor), _scaled(created_at, resolution,
                                                                      self.surge_factor)


def _scaled(start: datetime, due: datetime, factor: float) -> datetime:
    return start + timedelta(seconds=round((due - start).total_seconds() * factor))


def with_deadlines(case: Case, policy: SlaPolicy, surge: bool = False) -> Case:
    """`case` with both deadlines set for its current priority, from its created time (tighter
    during a surge in its region, see `SlaPolicy.surge_factor`)."""
    first, resolution = policy.deadlines(case.created_at, case.priority, surge)
    return replace(case, first_response_due=first, resolution_due=resolution)


# ---- parsing the policy file (already decoded from JSON)
def _duration(value: Any, where: str) -> relativedelta:
    if not isinstance(value, dict) or not value:
        raise ValidationError(f"SLA policy: {where} must be an object such as {{\"hours\": 2}}.")
    unknown = set(value) - set(_UNITS)
    if unknown:
        raise ValidationError(
            f"SLA policy: {where} has unknown unit(s) {', '.join(sorted(unknown))}; "
            f"use {', '.join(_UNITS)}."
        )
    for unit, amount in value.items():
        if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
            raise ValidationError(f"SLA policy: {where}.{unit} must be a whole number ≥ 0.")
    if not any(value.values()):
        raise ValidationError(f"SLA policy: {where} must be longer than zero.")
    return relativedelta(**value)


def _longer(a: relativedelta, b: relativedelta, anchor: datetime) -> bool:
    return anchor + a > anchor + b


def _targets(raw: Any) -> dict[Priority, Targets]:
    if not isinstance(raw, dict):
        raise ValidationError("SLA policy: 'targets' must map P1–P4 to their deadlines.")
    missing = [p.value for p in Priority if p.value not in raw]
    if missing:
        raise ValidationError(f"SLA policy: no targets for {', '.join(missing)}.")
    anchor = _ANCHOR
    out: dict[Priority, Targets] = {}
    for p in Priority:
        entry = raw[p.value]
        if not isinstance(entry, dict):
            raise ValidationError(f"SLA policy: targets.{p.value} must be an object.")
        got = {k: _duration(entry.get(k), f"targets.{p.value}.{k}")
               for k in ("first_response", "resolution", "warning_before")}
        t = Targets(**got)
        if _longer(t.first_response, t.resolution, anchor):
            raise ValidationError(
                f"SLA policy: {p.value} first response is later than its resolution.")
        out[p] = t
    for faster, slower in pairwise(Priority):
        if _longer(out[faster].first_response, out[slower].first_response, anchor):
            raise ValidationError(
                f"SLA policy: {faster.value} must not allow a slower first response than "
                f"{slower.value}.")
    return out


def _escalation(raw: Any) -> tuple[frozenset[Priority], tuple[EscalationStep, ...]]:
    if not isinstance(raw, dict):
        raise ValidationError("SLA policy: 'escalation' must be an object.")
    try:
        priorities = frozenset(Priority(p) for p in raw.get("priorities", []))
        steps = tuple(EscalationStep(EscalationRole(s["step"]), _duration(s.get("after"),
                                                                            f"step {s['step']}"))
                      for s in raw.get("steps", []))
    except (ValueError, KeyError, TypeError):
        raise ValidationError(
            "SLA policy: escalation needs priorities P1–P4 and steps named "
            + " or ".join(r.value for r in EscalationRole) + ".") from None
    anchor = _ANCHOR
    if any(_longer(a.after, b.after, anchor) for a, b in pairwise(steps)):
        raise ValidationError("SLA policy: escalation steps must be in order of time.")
    return priorities, steps


def parse_sla_policy(raw: Any) -> SlaPolicy:
    if not isinstance(raw, dict):
        raise ValidationError("SLA policy: the file must hold one JSON object.")
    version = raw.get("version")
    if not isinstance(version, str) or not version.strip():
        raise ValidationError("SLA policy: 'version' must name the policy version.")
    priorities, steps = _escalation(raw.get("escalation", {}))
    return SlaPolicy(version.strip(), _targets(raw.get("targets")), priorities, steps,
                     _surge_factor(raw.get("surge_factor", 1)))


def _surge_factor(value: Any) -> float:
    """A surge tightens deadlines: a factor above 0 and at most 1 (1 = unchanged)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
        raise ValidationError("SLA policy: 'surge_factor' must be a number above 0 and at most 1.")
    return float(value)


# ---- breach states
def breach_state(
    due: datetime | None, done_at: datetime | None, now: datetime,
    warning_before: relativedelta | timedelta,
) -> BreachState:
    """OK until `due - warning_before`, WARNING from then up to `due` (inclusive), BREACHED after.
    Once done: MET if done at or before `due`, else BREACHED."""
    if due is None:
        return BreachState.NONE
    if done_at is not None:
        return BreachState.MET if done_at <= due else BreachState.BREACHED
    if now > due:
        return BreachState.BREACHED
    if now >= due - warning_before:
        return BreachState.WARNING
    return BreachState.OK


def deadline_state(due: datetime | None, priority: Priority, policy: SlaPolicy, now: datetime,
                   *, done_at: datetime | None = None) -> BreachState:
    """THE deadline rule: WARNING ("near breach") from `due` minus the priority's `warning_before`
    up to `due`, BREACHED after it (never both), OK before; MET or BREACHED once done (`done_at`);
    NONE without a deadline."""
    return breach_state(due, done_at, now, policy.targets[priority].warning_before)


def next_deadline_state(breach_at: datetime | None, status: CaseStatus, priority: Priority,
                        policy: SlaPolicy, now: datetime) -> BreachState:
    """`deadline_state` of a case's next deadline (`breach_at`: first response until it is
    recorded, then resolution) as a list shows it: NONE once the case is no longer open (its clock
    stopped, however late it was)."""
    return deadline_state(breach_at if status.is_open else None, priority, policy, now)


@dataclass(frozen=True)
class SlaStatus:
    first_response: BreachState
    resolution: BreachState
    breach_at: datetime | None  # the next deadline still running
    time_to_breach: timedelta | None  # negative once breached
    next_state: BreachState = BreachState.NONE  # of `breach_at` (`next_deadline_state`)


def sla_status(
    case: Case, first_response_at: datetime | None, policy: SlaPolicy, now: datetime,
    resolved_at: datetime | None = None,
) -> SlaStatus:
    """`resolved_at` is when a resolved or closed case left the open statuses (`resolved_at()`
    over its timeline); without it the case's last update stands in, which is never earlier. A
    case resolved after its deadline is BREACHED, not MET."""
    first = deadline_state(case.first_response_due, case.priority, policy, now,
                           done_at=first_response_at)
    if case.status.is_open:
        resolution = deadline_state(case.resolution_due, case.priority, policy, now)
    else:
        done = resolved_at if resolved_at is not None else case.updated_at
        resolution = deadline_state(case.resolution_due, case.priority, policy, now, done_at=done)
    if not case.status.is_open:
        breach_at = None
    elif first_response_at is None and case.first_response_due is not None:
        breach_at = case.first_response_due
    else:
        breach_at = case.resolution_due
    return SlaStatus(first, resolution, breach_at, None if breach_at is None else breach_at - now,
                     next_deadline_state(breach_at, case.status, case.priority, policy, now))


_STATUS_ACTIONS = ("case.status", "case.reopened")
_At = TypeVar("_At", datetime, int)


def resolved_at(timeline: Iterable[AuditEntry]) -> datetime | None:
    """When the case last went from an open status to resolved or closed (closing a resolved case
    keeps the time it was resolved); None while it is open again or never left. `timeline` is the
    case's audit entries in order."""
    return resolved_from_moves((e.at, str(e.detail.get("to"))) for e in timeline
                               if e.action in _STATUS_ACTIONS)


def resolved_from_moves(moves: Iterable[tuple[_At, str]]) -> _At | None:
    """`resolved_at` over a case's status moves only: (when, status moved to), in order (the
    reports read them in bulk, without whole audit entries, and may pass epoch seconds)."""
    when: _At | None = None
    for at, to in moves:
        try:
            target = CaseStatus(to)
        except ValueError:
            continue
        if target.is_open:
            when = None
        elif when is None:
            when = at
    return when


# ---- escalation of unanswered cases
@dataclass(frozen=True)
class DueStep:
    role: EscalationRole
    due_at: datetime


def due_escalations(
    case: Case,
    first_response_at: datetime | None,
    recorded: Collection[EscalationRole | str],
    policy: SlaPolicy,
    now: datetime,
) -> list[DueStep]:
    """The escalation steps due by `now` (at exactly their time, too) and not yet recorded: only
    for an open case of an escalating priority that has had no first response."""
    return due_steps(case.created_at, case.status, case.priority, first_response_at, recorded, policy,
                     now)


def due_steps(
    created_at: datetime,
    status: CaseStatus,
    priority: Priority,
    first_response_at: datetime | None,
    recorded: Collection[EscalationRole | str],
    policy: SlaPolicy,
    now: datetime,
) -> list[DueStep]:
    """`due_escalations` over a case's few routing fields (the server computes escalations from the
    routing metadata it holds, without a `Case`)."""
    if first_response_at is not None or not status.is_open or priority not in policy.escalation_priorities:
        return []
    done = {str(r) for r in recorded}
    return [
        DueStep(step.role, created_at + step.after)
        for step in policy.escalation_steps
        if step.role.value not in done and created_at + step.after <= now
    ]
