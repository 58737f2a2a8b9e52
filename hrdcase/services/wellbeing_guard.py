"""The assignment guard: the one limit check every path that hands work to a person goes through.

Every use case that adds load or exposure to a person calls the guard inside its transaction,
through `services/guarding.py` (which names them all); the wellbeing service's auto-assign and
rebalancing go through `CaseService.assign`. The guard builds a `ResponderLoad` from the database and asks
`wellbeing.limits.check_assignment`. A refusal is a `ValidationError` (field "assignee") listing every
breached limit. With an `override_reason`, `wellbeing.limits.override` decides (a supervisor, not
the responder themself, and a written reason); the override is stored with its reason in
`overrides` and audited as `assignment.override` by ids and limit names only.

Exposure: the ledger on this device holds only the signed-in responder's own events, so their
exposure is live. Everyone else's is what their own device last reported in a team signal
(`wellbeing/signals.py`, received by `WellbeingService.receive_signal`): today's minutes count while
the signal's local day is still today in THAT responder's zone, the week's while its ISO week is
this week; no signal reads as zero. Days, weeks and the graphic cut-off are each responder's own
local ones (`responders.tz`, an IANA zone).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hrdcase.errors import ValidationError
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Responder
from hrdcase.models.enums import Priority, Role
from hrdcase.models.team_signal import TeamSignal
from hrdcase.storage.store import UnitOfWork
from hrdcase.wellbeing.exposure import ExposureEvent, ExposureKind, ExposureSummary, summarise
from hrdcase.wellbeing.limits import (
    ResponderLoad,
    WorkItem,
    check_assignment,
    newly_breached,
    override,
)
from hrdcase.wellbeing.policy import WorkloadPolicy, load_policy, parse_policy
from hrdcase.wellbeing.signals import reported_exposure


@cache
def zone(name: str) -> tzinfo:
    """The IANA zone `name`; UTC for a name this machine does not know (stored names are checked
    by `set_timezone`, but a database may come from a machine with a newer zone list)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC


def zone_of(uow: UnitOfWork, responder_id: int | None) -> tzinfo:
    responder = uow.reference.responder(responder_id) if responder_id is not None else None
    return zone(responder.tz) if responder else UTC


def current_policy(uow: UnitOfWork) -> WorkloadPolicy:
    """The latest stored policy version, or the bundled defaults when none is stored yet."""
    stored = uow.wellbeing.latest_policy()
    return parse_policy(stored) if stored is not None else load_policy()


def exposure_events(uow: UnitOfWork, responder_id: int, now: datetime) -> list[ExposureEvent]:
    """The responder's ledger events of the last eight days (enough for today and this ISO week).
    The incident id is the ledger's item key: hiding one incident ends that incident's reveal."""
    rows = uow.wellbeing.exposure_since(responder_id, now - timedelta(days=8))
    return [ExposureEvent(rid, at, ExposureKind(kind), incident) for rid, at, kind, incident in rows]


def my_exposure(uow: UnitOfWork, me_id: int | None, policy: WorkloadPolicy,
                now: datetime) -> ExposureSummary | None:
    if me_id is None:
        return None
    events = exposure_events(uow, me_id, now)
    return summarise(events, policy, now, {}, zone_of(uow, me_id)).get(me_id)


def _exposure_of(responder: Responder, me_id: int | None, mine: ExposureSummary | None,
                 signal: TeamSignal | None, now: datetime) -> tuple[float, float, datetime | None]:
    """(today, week, last block end): live for the signed-in responder, else as reported."""
    if responder.id == me_id:
        return (mine.today_minutes, mine.week_minutes, mine.last_block_end) if mine else (0.0, 0.0, None)
    today, week = reported_exposure(signal, now, zone(responder.tz))
    return today, week, signal.last_block_end if signal else None


def responder_loads(
    uow: UnitOfWork, policy: WorkloadPolicy, now: datetime, me_id: int | None,
    defenders: Mapping[int, set[int]] | None = None,
) -> dict[int, ResponderLoad]:
    """A load snapshot of every responder (exposure live for the signed-in one, reported for the
    others, see above). A responder on the roster of a surge active at `now` also covers that
    surge's region."""
    counts = uow.wellbeing.open_counts()
    mine = my_exposure(uow, me_id, policy, now)
    signals = uow.wellbeing.team_signals()
    surge_regions = uow.wellbeing.roster_regions(now)
    out = {}
    for r in uow.reference.responders():
        open_cases, p1 = counts.get(r.id, (0, 0))
        today, week, block_end = _exposure_of(r, me_id, mine, signals.get(r.id), now)
        out[r.id] = ResponderLoad(
            responder_id=r.id, role=r.role, open_cases=open_cases, p1_cases=p1,
            exposure_today_minutes=today, exposure_week_minutes=week, last_block_end=block_end,
            languages=frozenset(r.languages),
            regions=frozenset(r.regions) | surge_regions.get(r.id, set()),
            defender_ids=frozenset((defenders or {}).get(r.id, ())), tz=zone(r.tz),
        )
    return out


class AssignmentGuard:
    """Callable handed to `CaseService`: `guard(uow, item, responder_id, override_reason)`."""

    def __init__(self, clock: Clock, me: Responder | None) -> None:
        self.clock = clock
        self.me = me

    def __call__(self, uow: UnitOfWork, item: WorkItem, responder_id: int,
                 override_reason: str | None, before: WorkItem | None = None) -> int | None:
        """Refuse (ValidationError) or allow; returns the override id when one was recorded.
        `before`: the case as the responder holds it now, for a change to a case they keep
        (`services/guarding.guard_change`): only the limits the change newly breaks count."""
        now = self.clock.now()
        policy = current_policy(uow)
        load = responder_loads(uow, policy, now, self.me.id if self.me else None).get(responder_id)
        if load is None:
            raise ValidationError("That responder is not known here.", field="assignee")
        load = _without_case(uow, load, item.case_id)
        verdict = check_assignment(load, item, policy, now)
        if before is not None:
            verdict = newly_breached(verdict, check_assignment(load, before, policy, now))
        if verdict.allowed:
            return None
        if override_reason is None:
            responder = uow.reference.responder(responder_id)
            name = responder.display_name if responder else str(responder_id)
            reasons = "; ".join(b.reason for b in verdict.breaches)
            what = "take this case" if before is None else "take this change to their case"
            raise ValidationError(
                f"{name} cannot {what}: {reasons}. A supervisor may override with a written "
                "reason.", field="assignee")
        me = self.me
        acting_as = Role.SUPERVISOR if me and me.has(Role.SUPERVISOR) else Role.RESPONDER
        granted = override(verdict, me.id if me else -1, acting_as, override_reason, now)
        override_id = uow.wellbeing.add_override(
            now, item.case_id, responder_id, granted.supervisor_id,
            tuple(limit.value for limit in granted.limits), granted.reason, granted.policy_version)
        ref = uow.cases.get(item.case_id).ref
        uow.audit.append(now, granted.supervisor_id, "assignment.override", "case", ref, item.case_id, {
            "case_id": item.case_id, "responder_id": responder_id,
            "limits": [limit.value for limit in granted.limits], "override_id": override_id,
        })
        return override_id


def _without_case(uow: UnitOfWork, load: ResponderLoad, case_id: int) -> ResponderLoad:
    """The load without the case being handed (open_case checks after inserting it)."""
    stored = uow.cases.get(case_id)
    if stored.assignee_id != load.responder_id or not stored.status.is_open:
        return load
    p1 = 1 if stored.priority is Priority.P1 else 0
    return replace(load, open_cases=max(0, load.open_cases - 1), p1_cases=max(0, load.p1_cases - p1))
