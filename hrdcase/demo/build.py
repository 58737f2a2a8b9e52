"""A synthetic, deterministic demo caseload: `hrdcase demo`, the benchmarks and UI screenshots.

Everything here is invented. Regions carry ISO 3166 user-assigned codes (XA…XH) and made-up names;
responder and defender legal names are glued together from syllables and pseudonyms pair a bird
with a tree (world.py, which also builds the team), and incident texts are assembled from phrase
templates (text.py). No real person, place or organisation is described.

It looks like a real week of a real team, dated relative to `now` (the build time):
- Open cases are about as many as the team can carry (`world._caps`: each person is meant to carry a
  different share of the workload policy's limits, resources/policy/workload.json), dated by their
  own deadlines from the SLA policy (resources/policy/sla.json): most are due in hours or days,
  `WARNING_SHARE` within the warning lead, `BREACHED_SHARE` past it. Nobody goes over a limit
  except two people, each through a supervisor's override with a written reason (`overrides`).
- The rest of the caseload is resolved or closed over the last `HISTORY_DAYS`, mostly in time.
- Cases opened in the last eight weeks carry case work (activity.py): playbook steps done and
  open, decisions with their statement of reasons, appeals (upheld, reversed, one or more before a
  dispute settlement body), notifications (vetted, consented; never to a "do not contact"
  defender). One surge is active, two are over; evidence images (evidence.py) go on worked
  cases; team wellbeing signals (signals.py) fill the dashboard.

The same `seed` and `now` give the same caseload (every random choice comes from one
`random.Random(seed)`, whatever the chunk size). Demo data is seed data, not a local edit: it writes
no outbox rows, so a device never tries to sync it. It does write the audit trail each case would
have had, through the hash-chained `AuditLog.append_many`: per case, a timeline (opened, incidents,
assignment, status changes that respect models/workflow.py, risk notes, case work) in time order.
Case ids follow the order in which cases were opened; the audit log is written case after case, so
its sequence is chronological within a case, not across cases.

Speed: the caseload is written in chunks of `CHUNK` cases, one transaction and one `executemany`
per table per chunk (`CaseRepository.add_many`, `add_incidents`, `add_risk_notes`, `index_many`);
case work is bounded (every worked open case, about `CLOSED_WORKED` closed ones). 100,000 cases take
about 35 s of CPU on the 2-core development machine without SQLCipher's `cipher_memory_security`
(bench/store_bench.py; with it, about 2 minutes: every allocation inside SQLite is an mlock/munlock
pair).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from hrdcase.demo.activity import RECENT_DAYS, Activity, CaseWork, plan_activity, write_activity
from hrdcase.demo.evidence import add_demo_evidence
from hrdcase.demo.signals import add_demo_signals
from hrdcase.demo.text import (
    CATEGORY_TEXT,
    CLOSED_CIVIC,
    HRD_ROLES,
    REVIEW,
    description,
    one,
    risk_note,
)
from hrdcase.demo.world import (
    BIRDS,
    FAMILY_SYLLABLES,
    GIVEN_SYLLABLES,
    OVERRIDE_REASONS,
    REGIONS,
    TEAMS,
    TREES,
    Picker,
    World,
    add_surges,
    is_synthetic_name,
    reference_data,
    synthetic_name,
)
from hrdcase.models.entities import Case, Incident, RiskNote
from hrdcase.models.enums import (
    CaseStatus,
    CivicSpace,
    IncidentCategory,
    IntakeChannel,
    Priority,
    RiskLevel,
    Severity,
)
from hrdcase.models.intake import REF_BYTES, new_case_ref
from hrdcase.models.triage import surge_boost
from hrdcase.models.workflow import allowed_targets, is_reopening
from hrdcase.storage.store import Store
from hrdcase.wellbeing.limits import Limit

__all__ = [  # the builder, and the invented reference data benchmarks and tests look at
    "BIRDS", "FAMILY_SYLLABLES", "GIVEN_SYLLABLES", "REGIONS", "TEAMS", "TREES", "DemoSummary",
    "build_demo", "is_synthetic_name", "synthetic_name",
]

CHUNK = 5_000
HISTORY_DAYS = 540  # about 18 months before `now`


# ------------------------------------------------------------------ workflow paths
S = CaseStatus
# Status paths after NEW that end in each status (weight), checked against the workflow at import.
_PATHS: dict[CaseStatus, tuple[tuple[tuple[CaseStatus, ...], int], ...]] = {
    S.NEW: (((), 1),),
    S.TRIAGED: (((S.TRIAGED,), 1),),
    S.IN_PROGRESS: (
        ((S.TRIAGED, S.IN_PROGRESS), 12),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.IN_PROGRESS), 5),
        ((S.TRIAGED, S.ESCALATED, S.IN_PROGRESS), 2),
        ((S.ESCALATED, S.IN_PROGRESS), 1),
        ((S.TRIAGED, S.IN_PROGRESS, S.RESOLVED, S.IN_PROGRESS), 1),
        ((S.TRIAGED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED, S.IN_PROGRESS), 1),
    ),
    S.WAITING_ON_HRD: (
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD), 6),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.IN_PROGRESS, S.WAITING_ON_HRD), 2),
        ((S.TRIAGED, S.ESCALATED, S.WAITING_ON_HRD), 1),
    ),
    S.ESCALATED: (
        ((S.ESCALATED,), 2),
        ((S.TRIAGED, S.ESCALATED), 3),
        ((S.TRIAGED, S.IN_PROGRESS, S.ESCALATED), 3),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.ESCALATED), 1),
    ),
    S.RESOLVED: (
        ((S.TRIAGED, S.IN_PROGRESS, S.RESOLVED), 6),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.IN_PROGRESS, S.RESOLVED), 2),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.RESOLVED), 2),
        ((S.TRIAGED, S.ESCALATED, S.RESOLVED), 1),
        ((S.TRIAGED, S.IN_PROGRESS, S.ESCALATED, S.RESOLVED), 1),
    ),
    S.CLOSED: (
        ((S.TRIAGED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED), 8),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.RESOLVED, S.CLOSED), 3),
        ((S.TRIAGED, S.ESCALATED, S.RESOLVED, S.CLOSED), 1),
        ((S.TRIAGED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED), 1),
    ),
}
# The open cases' statuses (weight); the rest of the caseload is resolved or closed.
_OPEN_MIX = ((S.NEW, 12), (S.TRIAGED, 11), (S.IN_PROGRESS, 27), (S.WAITING_ON_HRD, 10),
             (S.ESCALATED, 7))
_CATEGORY_WEIGHTS = {
    IncidentCategory.ACCOUNT_COMPROMISE: 12, IncidentCategory.IMPERSONATION: 8,
    IncidentCategory.DOXXING: 8, IncidentCategory.NCII: 4, IncidentCategory.DEEPFAKE_SEXUAL: 3,
    IncidentCategory.CYBER_HARASSMENT: 14, IncidentCategory.CYBER_STALKING: 4,
    IncidentCategory.INCITEMENT: 5, IncidentCategory.COORDINATED_HARASSMENT: 10,
    IncidentCategory.GENDERED_DISINFORMATION: 6, IncidentCategory.DEFAMATION_CAMPAIGN: 6,
    IncidentCategory.THREATS_OF_VIOLENCE: 8, IncidentCategory.SURVEILLANCE_SPYWARE: 4,
    IncidentCategory.LEGAL_OR_STATE_TAKEDOWN: 4, IncidentCategory.WRONGLY_RESTRICTED: 6,
}
_GRAVE = frozenset({
    IncidentCategory.NCII, IncidentCategory.DEEPFAKE_SEXUAL, IncidentCategory.INCITEMENT,
    IncidentCategory.THREATS_OF_VIOLENCE, IncidentCategory.SURVEILLANCE_SPYWARE,
    IncidentCategory.DOXXING,
})
_SEVERITIES = (Severity.LOW, Severity.MODERATE, Severity.SEVERE, Severity.CRITICAL)
_SEVERITY_WEIGHTS = {False: (25, 45, 22, 8), True: (5, 30, 40, 25)}
_CHANNELS = (
    (IntakeChannel.HRD_REPORT, 55), (IntakeChannel.TRUSTED_PARTNER, 30),
    (IntakeChannel.PROACTIVE, 15),
)


def _check_paths() -> None:
    for target, options in _PATHS.items():
        for path, _weight in options:
            current = S.NEW
            for step in path:
                if step not in allowed_targets(current):
                    raise AssertionError(f"demo path {path} breaks the workflow at {step}")
                current = step
            if current != target:
                raise AssertionError(f"demo path {path} does not end in {target}")


_check_paths()


# ------------------------------------------------------------------ summary


@dataclass(frozen=True)
class DemoSummary:
    regions: int
    teams: int
    responders: int
    defenders: int
    cases: int
    incidents: int
    risk_notes: int
    audit_entries: int
    me: int


# ------------------------------------------------------------------ the builder

def build_demo(
    store: Store,
    cases: int,
    seed: int,
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty caseload with `cases` synthetic cases and their reference data.

    Deterministic for a given (`cases`, `seed`, `now`); `now` must be timezone-aware. Writes no outbox
    rows: demo data is seed data, not a local edit waiting to be synced.
    """
    if cases < 0:
        raise ValueError("cases must not be negative")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    rng = random.Random(seed)
    totals = {"cases": 0, "incidents": 0, "risk_notes": 0, "audit": 0}
    with store.transaction() as uow:
        if uow.cases.count() or uow.reference.responders():  # (every caseload knows the countries)
            raise ValueError("the demo caseload needs an empty profile")
        world = reference_data(uow, rng, cases, now)
        uow.settings.set("me", str(world.me))
        totals["audit"] += add_surges(uow, world)
    done = 0
    for plans in _chunks(rng, world, cases):
        with store.transaction() as uow:
            _write_chunk(uow, world, plans, totals)
        done += len(plans)
        if progress is not None:
            progress(done, cases)
    if progress is not None and cases == 0:
        progress(0, 0)
    with store.transaction() as uow:  # a few dozen synthetic evidence images (evidence.py)
        totals["audit"] += add_demo_evidence(uow, seed, cases, world.worked)
        add_demo_signals(uow, seed, now, world.responders, world.me)  # as if synced (signals.py)
    return DemoSummary(
        regions=len(world.regions),
        teams=len(set(world.team_of.values())),
        responders=len(world.responders),
        defenders=sum(len(v) for v in world.defenders.values()),
        cases=cases,
        incidents=totals["incidents"],
        risk_notes=totals["risk_notes"],
        audit_entries=totals["audit"],
        me=world.me,
    )


_OPEN_PICK = Picker(_OPEN_MIX)
_PATH_PICK = {status: Picker(options) for status, options in _PATHS.items()}
_CATEGORY_PICK = Picker(list(_CATEGORY_WEIGHTS.items()))
_SEVERITY_PICK = {grave: Picker(list(zip(_SEVERITIES, w, strict=True)))
                  for grave, w in _SEVERITY_WEIGHTS.items()}
_CHANNEL_PICK = Picker(_CHANNELS)
_CATEGORIES = tuple(IncidentCategory)
_UNASSIGNED_SHARE = {S.NEW: 0.65, S.TRIAGED: 0.2, S.ESCALATED: 0.05, S.IN_PROGRESS: 0.01,
                     S.WAITING_ON_HRD: 0.01}
_PRIORITIES = (Priority.P1, Priority.P2, Priority.P3, Priority.P4)
_BASE_RANK = {Severity.CRITICAL: 1, Severity.SEVERE: 2, Severity.MODERATE: 3, Severity.LOW: 4}
# Open cases: the share past their next deadline, and the share within its warning lead.
BREACHED_SHARE = 0.07
WARNING_SHARE = 0.06
LATE_FIRST_RESPONSE = 0.04  # answered, but after the first-response deadline
LATE_RESOLUTION = 0.06  # resolved after the resolution deadline
_ON_TIME, _WARNING, _BREACHED = 0, 1, 2
CLOSED_WORKED = 400  # about how many recently resolved or closed cases show their case work


@dataclass
class _Plan:
    """One case before it has ids: the case, its incidents, notes and timeline events."""

    case: Case
    incidents: list[Incident]
    notes: list[RiskNote]
    # (at, actor, action, detail); entity and ids are filled in once the rows exist
    events: list[tuple[datetime, int | None, str, dict[str, Any]]]
    incident_events: list[tuple[datetime, int | None, int]]  # (at, actor, incident index)
    note_events: list[tuple[datetime, int | None, int]]  # (at, actor, note index)
    activity: Activity | None = None
    override: tuple[datetime, int, int, tuple[Limit, ...]] | None = None  # at, who, by whom, limits


def _open_count(world: World, cases: int) -> int:
    """A little more than the team can carry (the rest waits in the queue), at most 62% of the
    caseload."""
    capacity = sum(open_cap for open_cap, _p1 in world.caps.values())
    return min(int(capacity / 0.75), int(cases * 0.62))


def _chunks(rng: random.Random, world: World, cases: int) -> Iterator[list[_Plan]]:
    """The caseload in chunks of `CHUNK` plans, in the order the cases were opened.

    Closed cases older than `RECENT_DAYS` come first, planned chunk by chunk. The recent cases
    (every open case, and the recently resolved) are planned together, since an open case's age
    follows its priority (its deadlines), then sorted by opening time and numbered."""
    n_open = _open_count(world, cases)
    old: list[float] = []
    recent: list[tuple[CaseStatus, float | None, int]] = []
    for _ in range(cases - n_open):
        age = (HISTORY_DAYS - 0.01) * rng.random() ** 1.15
        if age >= RECENT_DAYS:
            old.append(age)
        else:
            resolved = age < 10 and rng.random() < 0.6
            recent.append((S.RESOLVED if resolved else S.CLOSED, age, _ON_TIME))
    # Case work on every worked open case, and on a bounded number of recently closed ones
    world.closed_work_share = min(1.0, CLOSED_WORKED / max(1, len(recent)))
    # Exactly so many open cases are past their deadline or within its warning lead
    late = round(n_open * BREACHED_SHARE)
    buckets = [_BREACHED] * late + [_WARNING] * round(n_open * WARNING_SHARE)
    buckets += [_ON_TIME] * (n_open - len(buckets))
    rng.shuffle(buckets)
    recent += [(_OPEN_PICK(rng), None, bucket) for bucket in buckets]
    old.sort(reverse=True)
    pending: list[_Plan] = []
    next_id = 1
    for age in old:
        status = S.RESOLVED if rng.random() < 0.05 else S.CLOSED
        pending.append(_plan_case(rng, world, status, age, next_id))
        next_id += 1
        if len(pending) == CHUNK:
            yield pending
            pending = []
    fresh = [_plan_case(rng, world, status, age, 0, bucket) for status, age, bucket in recent]
    fresh.sort(key=lambda p: p.case.created_at)
    for plan in fresh:
        pending.append(_numbered(plan, next_id))
        next_id += 1
        if len(pending) == CHUNK:
            yield pending
            pending = []
    if pending:
        yield pending


def _numbered(plan: _Plan, case_id: int) -> _Plan:
    plan.incidents = [replace(i, case_id=case_id) for i in plan.incidents]
    plan.notes = [replace(n, case_id=case_id) for n in plan.notes]
    return plan


def _write_chunk(uow: Any, world: World, plans: list[_Plan], totals: dict[str, int]) -> None:
    # The caseload started empty, so the ids add_many hands out are known in advance; incidents and
    # notes are made with their case id at once.
    first_id = totals["cases"] + 1
    case_ids = uow.cases.add_many([p.case for p in plans])
    if case_ids != list(range(first_id, first_id + len(plans))):
        raise RuntimeError("the demo caseload changed while it was being built")
    # A case someone has moved on from "new" was answered: its first move is its first response
    # (otherwise every old demo P1 would look unanswered and be escalated).
    uow.triage.set_first_responses([
        (case_id, at)
        for case_id, plan in zip(case_ids, plans, strict=True)
        if (at := next((e[0] for e in plan.events if e[2] == "case.status"), None)) is not None
    ])
    incidents = [i for p in plans for i in p.incidents]
    notes = [n for p in plans for n in p.notes]
    incident_ids = iter(uow.cases.add_incidents(incidents))
    note_ids = iter(uow.cases.add_risk_notes(notes))
    entries: list[tuple[Any, ...]] = []
    for case_id, plan in zip(case_ids, plans, strict=True):
        entries.extend(_timeline(uow, world, case_id, plan, incident_ids, note_ids))
    uow.audit.append_many(entries)
    uow.cases.index_many(case_ids, new=True)
    totals["cases"] += len(plans)
    totals["incidents"] += len(incidents)
    totals["risk_notes"] += len(notes)
    totals["audit"] += len(entries)


def _timeline(uow: Any, world: World, case_id: int, plan: _Plan, incident_ids: Iterator[int],
              note_ids: Iterator[int]) -> list[tuple[Any, ...]]:
    """The case's audit entries in time order (ties keep the order they were planned in)."""
    ref = plan.case.ref
    timeline: list[tuple[datetime, int, tuple[Any, ...]]] = []
    for at, actor, action, detail in plan.events:
        timeline.append((at, len(timeline), (at, actor, action, "case", ref, case_id, detail)))
    for at, actor, index in plan.incident_events:
        incident = plan.incidents[index]
        timeline.append((at, len(timeline), (at, actor, "incident.added", "incident",
                                             next(incident_ids), case_id,
                                             {"category": incident.category.value})))
    for at, actor, index in plan.note_events:
        note = plan.notes[index]
        timeline.append((at, len(timeline), (at, actor, "risk_note.added", "risk_note",
                                             next(note_ids), case_id,
                                             {"level": note.level.value, "score": note.score})))
    if plan.override is not None:
        at, responder, boss, limits = plan.override
        reason = " ".join(OVERRIDE_REASONS[limit] for limit in limits)
        override_id = uow.wellbeing.add_override(at, case_id, responder, boss,
                                                 tuple(limit.value for limit in limits), reason,
                                                 world.policy.version)
        timeline.append((at, -1, (at, boss, "assignment.override", "case", ref, case_id, {
            "case_id": case_id, "responder_id": responder,
            "limits": [limit.value for limit in limits], "override_id": override_id})))
    if plan.activity is not None:
        world.worked.append(case_id)
        for entry in write_activity(uow, case_id, ref, plan.activity, world.library):
            timeline.append((entry[0], len(timeline), entry))
    timeline.sort(key=lambda e: (e[0], e[1]))
    return [e[2] for e in timeline]


def _plan_case(
    rng: random.Random,
    world: World,
    status: CaseStatus,
    age_days: float | None,
    case_id: int,
    bucket: int = 0,
) -> _Plan:
    """One case. `age_days` None: an open case, whose age follows its deadlines (most are due in
    hours or days, `WARNING_SHARE` within the warning lead, `BREACHED_SHARE` past it)."""
    rand = rng.random
    now = world.now
    path: tuple[CaseStatus, ...] = _PATH_PICK[status](rng)
    region = (world.open_region_pick if age_days is None else world.region_pick)(rng)
    code = region.code
    language = one(rand, region.languages)
    city = one(rand, world.cities[code])
    category: IncidentCategory = _CATEGORY_PICK(rng)
    severity: Severity = _SEVERITY_PICK[category in _GRAVE](rng)
    channel: IntakeChannel = _CHANNEL_PICK(rng)
    pool = world.defenders[code]
    defender_id, pseudonym, factors = pool[int(len(pool) * rand() ** 1.6)]
    ref = new_case_ref(rng.randbytes(REF_BYTES))
    while ref in world.refs:
        ref = new_case_ref(rng.randbytes(REF_BYTES))
    world.refs.add(ref)

    # Risk notes on ~40% of cases: their level feeds the priority; they are dated further down.
    drafts = []
    if rand() < 0.4:
        drafts = [risk_note(rng, case_id, category, severity, factors, None, now, world.civic[code])
                  for _ in range(1 if rand() < 0.65 else 2)]
    open_age = age_days is None
    priority = _priority(rand, severity, drafts[-1].level if drafts else None, world.civic[code])
    if open_age and priority is Priority.P1 and rand() < 0.5:
        # P1 cases are resolved within days, so fewer of them are open at any moment
        priority = Priority.P2
    if age_days is None:
        age_days = _open_age(rand, world, status, priority, bucket)
    created = now - timedelta(days=age_days)
    surge = world.in_surge(code, created)
    if surge:  # opened during a surge: one step more urgent, tighter deadlines
        if open_age:  # its age follows the tighter deadlines (if it still falls in the surge)
            boosted = surge_boost(priority)
            again = now - timedelta(days=_open_age(rand, world, status, boosted, bucket)
                                    * world.sla.surge_factor)
            surge = world.in_surge(code, again)
            if surge:
                priority, created = boosted, again
        else:
            priority = surge_boost(priority)
    first_due, resolution_due = world.sla.deadlines(created, priority, surge)
    span = (now - created).total_seconds()

    # Assignment: most worked cases have someone; new ones often wait in the team queue. Open cases
    # go only to people under the load they are meant to carry (`_caps`); the rest wait unassigned.
    assignee: int | None = None
    over: tuple[Limit, ...] = ()
    if rand() >= _UNASSIGNED_SHARE.get(status, 0.03):
        candidates = world.pool.get((code, language)) or world.region_pool[code]
        if status.is_open:  # someone who speaks the language, else anyone covering the region
            p1 = priority is Priority.P1
            candidates = (world.with_room(candidates, p1)
                          or world.with_room(world.region_pool[code], p1))
            specialist = [c for c in candidates
                          if p1 and world.caps[c][1] > world.policy.max_concurrent_p1]
            assignee = (specialist[0] if specialist else world.pick_open(rand, candidates)
                        if candidates else None)
            if assignee is not None:
                over = world.take(assignee, p1)
            elif status is not S.NEW:  # nobody has room: triaged, it waits in the team queue
                status, path = S.TRIAGED, (S.TRIAGED,)
        else:
            assignee = one(rand, candidates) if candidates else None
    team_id = world.team_of[assignee] if assignee is not None else world.region_team[code]
    supervisor = world.supervisor_of_team[team_id]
    intake_actor = one(rand, world.region_pool[code] or [supervisor])
    worker = assignee if assignee is not None else supervisor

    times = _status_times(rand, status, path, created, span, (first_due - created).total_seconds(),
                          (resolution_due - created).total_seconds())
    last = times[-1] if times else created + timedelta(seconds=min(span * rand(), 3_600.0))

    # Incidents: the first arrives with the case, later ones while it is worked.
    n_incidents = 1 if rand() < 0.6 else (2 if rand() < 0.7 else 3)
    incidents: list[Incident] = []
    incident_events: list[tuple[datetime, int | None, int]] = []
    for n in range(n_incidents):
        cat = category if n == 0 or rand() < 0.6 else one(rand, _CATEGORIES)
        reported = created if n == 0 else created + (last - created) * rand()
        occurred = reported - timedelta(hours=1 + 240 * rand())
        incidents.append(Incident(
            0, case_id, cat, description(rand, cat, city), reported, occurred, channel,
            f"vault:{rng.randbytes(6).hex()}" if rand() < 0.5 else "", cat.graphic_by_default,
        ))
        incident_events.append((reported, intake_actor if n == 0 else worker, n))

    # Risk notes are written once the case is triaged; a second one supersedes the first.
    notes: list[RiskNote] = []
    note_events: list[tuple[datetime, int | None, int]] = []
    start = times[0] if times else created
    for n, draft in enumerate(drafts):
        at = start + (last - start) * (0.2 + 0.8 * rand()) * (0.5 if n == 0 else 1.0)
        if n and at <= notes[0].created_at:
            at = notes[0].created_at + timedelta(hours=1)
        at = min(at, now)
        notes.append(replace(draft, author_id=worker, created_at=at,
                             next_review=at + REVIEW[draft.level]))
        note_events.append((at, worker, n))

    events: list[tuple[datetime, int | None, str, dict[str, Any]]] = [
        (created, intake_actor, "case.opened",
         {"channel": channel.value, "priority": priority.value, "category": category.value})]
    override = None
    if assignee is not None:
        # A new case is assigned soon after intake (never after its last recorded activity).
        assigned_at = times[0] if times else created + (last - created) * rand()
        events.append((assigned_at, supervisor, "case.assigned", {"from": None, "to": assignee}))
        if over:
            override = (assigned_at, assignee, supervisor, over)
    current = S.NEW
    for at, target in zip(times, path, strict=True):
        action = "case.reopened" if is_reopening(current, target) else "case.status"
        actor = supervisor if target is S.ESCALATED else worker
        events.append((at, actor, action, {"from": current.value, "to": target.value}))
        current = target

    activity = None
    if (times and created >= now - timedelta(days=RECENT_DAYS)
            and (status.is_open or rand() < world.closed_work_share)):
        activity = _activity(rand, world, category, status, path, times, last, worker,
                             supervisor, defender_id)
    updated = max([last, *(i.reported_at for i in incidents), *(n.created_at for n in notes),
                   *([activity.last() or last] if activity else [])])
    version = (1 + len(path) + (assignee is not None) + (n_incidents - 1) + len(notes)
               + (activity.changes() if activity else 0))
    role = one(rand, HRD_ROLES)
    summary = (
        f"{role[0].upper()}{role[1:]} ({pseudonym}) in {city}, {region.name}. "
        f"Reported via {channel.value.replace('_', ' ')}; {severity.value} severity."
    )
    if factors:
        summary += " Factors: " + ", ".join(f.replace("_", " ") for f in factors) + "."
    case = Case(
        id=0, ref=ref, title=f"{CATEGORY_TEXT[category][0]} targeting {role} in {city}",
        status=status, priority=priority, category=category,
        region_code=code, language=language, created_at=created, updated_at=updated,
        summary=summary, severity=severity, channel=channel, defender_id=defender_id,
        assignee_id=assignee, team_id=team_id, risk_level=notes[-1].level if notes else None,
        first_response_due=first_due, resolution_due=resolution_due, version=version,
    )
    return _Plan(case, incidents, notes, events, incident_events, note_events, activity, override)


def _priority(rand: Callable[[], float], severity: Severity, level: RiskLevel | None,
              civic: CivicSpace) -> Priority:
    """Priority from severity, risk and civic space, with a little human judgement."""
    rank = _BASE_RANK[severity]
    if level in (RiskLevel.HIGH, RiskLevel.CRITICAL):
        rank -= 1
    if civic in CLOSED_CIVIC and rand() < 0.3:
        rank -= 1
    roll = rand()
    rank += -1 if roll < 0.08 else (1 if roll > 0.92 else 0)
    return _PRIORITIES[min(max(rank, 1), 4) - 1]


def _open_age(rand: Callable[[], float], world: World, status: CaseStatus,
              priority: Priority, bucket: int) -> float:
    """Days since an open case was opened: its next deadline (first response while new, then
    resolution) is mostly ahead, sometimes within its warning lead, sometimes past."""
    first, resolution, lead = world.spans(priority)
    due = first if status is S.NEW else resolution
    if bucket == _BREACHED:
        seconds = due * (1.02 + 0.35 * rand())
    elif bucket == _WARNING:
        seconds = due - lead * (0.05 + 0.9 * rand())
    else:
        seconds = (due - lead) * (0.02 + 0.97 * rand() ** 0.9)
    return max(seconds, 600.0) / 86_400


def _status_times(rand: Callable[[], float], status: CaseStatus, path: tuple[CaseStatus, ...],
                  created: datetime, span: float, first_sla: float,
                  resolution_sla: float) -> list[datetime]:
    """When each step of `path` happened: the first response mostly within its deadline; an open
    case's last move some time ago; a closed case resolved mostly within its deadline."""
    if not path:
        return []
    late = rand() < LATE_FIRST_RESPONSE
    first_gap = min(first_sla * ((1.05 + 0.5 * rand()) if late else (0.05 + 0.85 * rand())),
                    span * 0.3)
    if status.is_open:
        end = span * (0.6 + 0.39 * rand())
    else:
        late = rand() < LATE_RESOLUTION
        end = min(resolution_sla * ((1.02 + 0.4 * rand()) if late else (0.15 + 0.8 * rand())),
                  span * 0.97)
    rest = max(end - first_gap, 60.0)
    gaps = [rand() + 0.05 for _ in path[1:]]
    scale = rest / sum(gaps) if gaps else 0.0
    t = created + timedelta(seconds=first_gap)
    times = [t]
    for gap in gaps:
        t = t + timedelta(seconds=gap * scale)
        times.append(t)
    return times


def _activity(rand: Callable[[], float], world: World, category: IncidentCategory,
              status: CaseStatus, path: tuple[CaseStatus, ...], times: list[datetime],
              last: datetime, worker: int, supervisor: int, defender_id: int) -> Activity | None:
    """Playbook steps, decisions, appeals and notifications, while the case was being worked."""
    if status.is_open:
        end = last + (world.now - last) * (0.2 + 0.7 * rand())
    else:  # before it was first resolved: nothing is worked on a closed case
        end = next(t for t, s in zip(times, path, strict=True) if not s.is_open)
    colleagues = [c for c in dict.fromkeys([supervisor, *world.supervisor_of_team.values()])
                  if c != worker]
    work = CaseWork(category, status.is_open, times[0], end, worker, colleagues,
                    world.defender_by_id.get(defender_id), world.now)
    return plan_activity(rand, work, world.library)
