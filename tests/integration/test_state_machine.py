"""Random sequences of the service operations on a real SQLCipher profile, as responders, a
supervisor and an admin (hypothesis' rule-based state machine). After every step:

- no one is over a load limit (open cases, concurrent P1) by more than the supervisor overrides
  recorded for them and that limit; graphic work handed (or graphic material added to a held
  case) after a person's 16:00 cut-off has an override for that case, person and limit;
- every override names a supervisor who is not the person, a written reason, and has its
  `assignment.override` audit entry;
- a step that succeeded wrote exactly its documented audit entries and outbox ops (`EXPECTED`
  below; plus one `assignment.override` entry per override it recorded); a refused step wrote
  nothing at all (no audit, no outbox, no override, no case version);
- at the end the audit hash chain verifies.

The size runs in `make test` in well under a minute; `HRDCASE_STATE_EXAMPLES` (examples) and
`HRDCASE_STATE_STEPS` (steps per example) make a longer run, see CONTRIBUTING.md.
"""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import HealthCheck, Phase, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from hrdcase.demo.evidence import synthetic_png
from hrdcase.errors import UserError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import RiskItem
from hrdcase.models.enums import (
    AppealOutcome,
    CaseStatus,
    IncidentCategory,
    Priority,
    Role,
    Severity,
)
from hrdcase.models.workflow import allowed_targets
from hrdcase.services.audit import verify
from hrdcase.services.session import Session
from tests.integration.wellbeing_world import PEOPLE, draft, make_world
from tests.unit.test_appeals_model import sor

EXAMPLES = int(os.environ.get("HRDCASE_STATE_EXAMPLES", "200"))
SHRINK = os.environ.get("HRDCASE_STATE_SHRINK", "1") != "0"  # 0: report the first failure as found
STEPS = int(os.environ.get("HRDCASE_STATE_STEPS", "40"))
MAX_OPEN, MAX_P1, CUTOFF_HOUR = 2, 1, 16
REASON = "Synthetic cover agreed with the team for this shift."
NAMES = [name for name, _role in PEOPLE]
ACTORS = st.sampled_from(NAMES) | st.just("Sol Vantine")  # the supervisor half the time
PRIORITIES = st.just(Priority.P1) | st.sampled_from(Priority)  # P1 half the time: the tight limit
GRAPHIC = st.just(True) | st.none() | st.booleans()
ROLES = dict(PEOPLE)
CATEGORIES = (IncidentCategory.ACCOUNT_COMPROMISE, IncidentCategory.NCII, IncidentCategory.DOXXING)

# (audit entries, outbox ops) of a successful step that changed something, before overrides.
EXPECTED: dict[str, tuple[int, int]] = {
    "open_case": (2, 1),  # case.opened + incident.added; one case op
    "assign": (1, 1), "edit": (1, 1), "set_priority": (1, 1), "change_status": (1, 1), "triage": (1, 1),
    "add_incident": (1, 1), "attach_evidence": (1, 1), "mark_graphic": (1, 1),
    "add_risk_note": (1, 1), "record_decision": (1, 1), "file_appeal": (1, 1),
    "assign_reviewer": (1, 1), "auto_assign": (1, 1), "declare_surge": (1, 1),
    "decide_appeal": (1, 1), "decide_appeal+reopen": (2, 2),  # appeal.decided + case.reopened
    "rebalance_move": (2, 1),  # case.assigned + handover.noted (the note itself stays local)
    "exposure": (0, 0),  # the ledger is the responder's own: no audit; its signal replaces one
}


T = TypeVar("T")


def choose(data: st.DataObject, items: Sequence[T]) -> T:
    """One of `items`, which depend on the caseload's state: drawn as an index from a strategy that
    never changes shape, so a replay whose state differs cannot break hypothesis's record of the
    draws (FlakyStrategyDefinition, seen under load)."""
    return items[data.draw(st.integers(0, 1 << 16)) % len(items)]


class GuardMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        self.clock = FixedClock(datetime(2026, 2, 2, 16, 30, tzinfo=UTC))  # Monday, past the cut-off
        world = make_world(Path(self.tmp.name) / "profile", self.clock, MAX_OPEN, MAX_P1)
        self.ids = world.ids
        self.sessions: dict[str, Session] = {name: world.as_(name) for name in NAMES}
        self.db = world.session.store.db
        self.rng = random.Random(0)
        self.seed()

    def seed(self) -> None:
        """Ada and Bram at both load limits, Cyd with room, two cases nobody holds (one graphic)
        and a closed case of Bram's under appeal to the supervisor: every rule is enabled from the
        first step, and the limits are near."""
        cases = self.sessions["Sol Vantine"].cases
        ada, bram, cyd = (self.ids[n] for n in ("Ada Quillon", "Bram Oduya", "Cyd Marlo"))
        for who in (ada, bram):
            cases.open_case(draft("Seed P1", who, Priority.P1, severity=Severity.CRITICAL))
            cases.open_case(draft("Seed P3", who))
        cases.open_case(draft("Seed Cyd", cyd))
        cases.open_case(draft("Seed graphic", None, Priority.P2, category=IncidentCategory.NCII))
        cases.open_case(draft("Seed plain", None))
        appealed, _ = cases.open_case(draft("Seed appealed", cyd))  # closed, then handed to Bram
        for target in (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED,
                       CaseStatus.CLOSED):
            cases.change_status(appealed, target, self.version(appealed))
        cases.assign(appealed, bram, self.version(appealed))  # a reversal would be his third
        ada_appeals = self.sessions["Ada Quillon"].appeals
        decision, _ = ada_appeals.record_decision(appealed, sor())
        appeal, _ = ada_appeals.file_appeal(decision, "Invented grounds.")
        ada_appeals.assign_reviewer(appeal, self.ids["Sol Vantine"])

    def teardown(self) -> None:
        session = next(iter(self.sessions.values()))
        try:
            assert verify(session.store).ok
        finally:
            session.close()
            self.tmp.cleanup()

    # ---- reading the database directly (never through the code under test)
    def q(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return self.db.execute(sql, args).fetchall()

    def count(self, table: str) -> int:
        return self.q(f"SELECT count(*) FROM {table}")[0][0]

    def cases(self) -> list[int]:
        return [i for (i,) in self.q("SELECT id FROM cases ORDER BY id")]

    def case(self, case_id: int) -> tuple[str, str, int | None, int]:
        return self.q("SELECT status, priority, assignee_id, version FROM cases WHERE id = ?",
                      case_id)[0]

    def held(self) -> dict[int, tuple[int, int]]:
        """Open, assigned cases: case -> (assignee, graphic incidents and images)."""
        return {case: (assignee, n) for case, assignee, n in self.q(
            "SELECT c.id, c.assignee_id, (SELECT count(*) FROM incidents i WHERE i.case_id = c.id"
            " AND i.graphic) + (SELECT count(*) FROM evidence_media e JOIN incidents i ON"
            " i.id = e.incident_id WHERE i.case_id = c.id AND e.graphic) FROM cases c WHERE"
            " c.assignee_id IS NOT NULL AND c.status IN ('new', 'triaged', 'in_progress',"
            " 'waiting_on_hrd', 'escalated')")}

    def snapshot(self) -> tuple[Any, ...]:
        return (self.count("audit_log"), self.count("outbox"), self.count("overrides"),
                tuple(self.q("SELECT id, version FROM cases ORDER BY id")))

    # ---- one step: run, then check what it wrote
    def step(self, kind: str, run: Callable[[], ChangeSet | tuple[Any, ChangeSet]],
             adds_graphic: tuple[int, int] | None = None) -> bool:
        """`kind` names the EXPECTED row; `adds_graphic`: (case, person) when the step adds
        graphic material to a case that person holds."""
        before = self.snapshot()
        held_before = self.held()
        try:
            result = run()
        except UserError as exc:
            assert self.snapshot() == before, f"a refused {kind} wrote something"
            event(f"refused {kind}: {type(exc).__name__}")
            return False
        changes = result[1] if isinstance(result, tuple) else result
        audit, outbox, overrides, _ = self.snapshot()
        new_overrides = overrides - before[2]
        event(f"{kind}" + (" with an override" if new_overrides else ""))
        want_audit, want_outbox = EXPECTED[kind]
        if not changes.audit and kind != "exposure":  # nothing to change: nothing written
            want_audit = want_outbox = 0
        assert audit - before[0] == want_audit * self.multiple + new_overrides, kind
        if kind != "exposure":
            assert outbox - before[1] == want_outbox * self.multiple, kind
        self.check_new_exposure(held_before, adds_graphic, before[2])
        return True

    multiple = 1  # how many times the EXPECTED row applies (rebalancing: one per move)

    def check_new_exposure(self, before: dict[int, tuple[int, int]],
                           added: tuple[int, int] | None, overrides_before: int) -> None:
        """Graphic work handed, or graphic material added to a held case, after the cut-off:
        an override for that case, person and the cut-off limit was recorded in this step."""
        if self.clock.now().hour < CUTOFF_HOUR:
            return
        now_held = self.held()
        fresh = {(case, who) for case, (who, n) in now_held.items()
                 if n and before.get(case, (None, 0))[0] != who}
        if added is not None and now_held.get(added[0], (None, 0))[0] == added[1]:
            fresh.add(added)
        covered = {(c, r) for c, r, limits in self.q(
            "SELECT case_id, responder_id, limits FROM overrides WHERE id > ?", overrides_before)
            if "graphic_after_cutoff" in limits.split(",")}
        assert fresh <= covered, f"graphic work after the cut-off without an override: {fresh}"

    # ---- invariants after every step
    @invariant()
    def nobody_over_a_load_limit_without_overrides(self) -> None:
        if not hasattr(self, "db"):
            return
        granted: dict[tuple[int, str], int] = {}
        for responder, limits in self.q("SELECT responder_id, limits FROM overrides"):
            for limit in limits.split(","):
                granted[(responder, limit)] = granted.get((responder, limit), 0) + 1
        for who, open_n, p1 in self.q(
                "SELECT assignee_id, count(*), sum(priority = 'P1') FROM cases WHERE assignee_id"
                " IS NOT NULL AND status IN ('new', 'triaged', 'in_progress', 'waiting_on_hrd',"
                " 'escalated') GROUP BY assignee_id"):
            assert open_n - MAX_OPEN <= granted.get((who, "open_cases"), 0), (who, open_n)
            assert (p1 or 0) - MAX_P1 <= granted.get((who, "concurrent_p1"), 0), (who, p1)

    @invariant()
    def every_override_is_a_supervisors_and_audited(self) -> None:
        if not hasattr(self, "db"):
            return
        supervisors = {self.ids[n] for n in NAMES if ROLES[n] is Role.SUPERVISOR}
        rows = self.q("SELECT id, responder_id, supervisor_id, reason FROM overrides")
        for _id, responder, supervisor, reason in rows:
            assert supervisor in supervisors and supervisor != responder and reason.strip()
        audited = self.q("SELECT count(*) FROM audit_log WHERE action = 'assignment.override'")
        assert audited[0][0] == len(rows)

    # ---- helpers for the rules
    def as_(self, name: str) -> Session:
        return self.sessions[name]

    def pick_case(self, data: st.DataObject) -> int:
        """A case somebody holds most of the time (where limits bite), else any case."""
        held = sorted(self.held())
        return choose(data, held or self.cases()) if data.draw(st.booleans()) else choose(data, self.cases())

    def version(self, case_id: int) -> int:
        return self.case(case_id)[3]

    @staticmethod
    def reason(override: bool) -> str | None:
        return REASON if override else None

    # ---- rules
    @rule(actor=ACTORS, to=st.none() | st.sampled_from(NAMES), priority=PRIORITIES,
          category=st.sampled_from(CATEGORIES), override=st.booleans())
    def open_case(self, actor: str, to: str | None, priority: Priority,
                  category: IncidentCategory, override: bool) -> None:
        case = draft("Synthetic report", self.ids[to] if to else None, priority, category=category,
                     severity=Severity.CRITICAL if priority is Priority.P1 else Severity.MODERATE)
        self.step("open_case", lambda: self.as_(actor).cases.open_case(case, self.reason(override)))

    @rule(actor=ACTORS, data=st.data(), to=st.none() | st.sampled_from(NAMES),
          override=st.booleans())
    def assign(self, actor: str, data: st.DataObject, to: str | None, override: bool) -> None:
        case_id = self.pick_case(data)
        self.step("assign", lambda: self.as_(actor).cases.assign(
            case_id, self.ids[to] if to else None, self.version(case_id), self.reason(override)))

    @rule(actor=ACTORS, data=st.data(), priority=PRIORITIES, override=st.booleans())
    def set_priority(self, actor: str, data: st.DataObject, priority: Priority,
                     override: bool) -> None:
        case_id = self.pick_case(data)
        self.step("set_priority", lambda: self.as_(actor).cases.update_fields(
            case_id, self.version(case_id), self.reason(override), priority=priority))

    @rule(actor=ACTORS, data=st.data(), override=st.booleans())
    def change_status(self, actor: str, data: st.DataObject, override: bool) -> None:
        done = [i for (i,) in self.q("SELECT id FROM cases WHERE status IN ('resolved', 'closed')")]
        case_id = choose(data, done) if done and data.draw(st.booleans()) else (
            self.pick_case(data))  # half the time a reopen, where the guard must run again
        status = CaseStatus(self.case(case_id)[0])
        target = choose(data, sorted(allowed_targets(status)))
        self.step("change_status", lambda: self.as_(actor).cases.change_status(
            case_id, target, self.version(case_id), self.reason(override)))

    @rule(actor=ACTORS, data=st.data(), priority=st.none() | st.sampled_from(Priority),
          move=st.booleans(), to=st.none() | st.sampled_from(NAMES), override=st.booleans())
    def edit(self, actor: str, data: st.DataObject, priority: Priority | None, move: bool,
             to: str | None, override: bool) -> None:
        case_id = self.pick_case(data)
        status, old_priority, assignee, version = self.case(case_id)
        targets = sorted(allowed_targets(CaseStatus(status)))
        target = None if data.draw(st.booleans()) else choose(data, targets)
        to_id = self.ids[to] if to else None
        self.multiple = ((priority is not None and priority.value != old_priority)
                         + (target is not None) + (move and to_id != assignee))
        fields = {"priority": priority.value} if priority is not None else None
        try:
            self.step("edit", lambda: self.as_(actor).cases.edit(
                case_id, version, fields, target, move, to_id, self.reason(override)))
        finally:
            self.multiple = 1

    @rule(actor=ACTORS, data=st.data(), override=st.booleans())
    def triage(self, actor: str, data: st.DataObject, override: bool) -> None:
        case_id = self.pick_case(data)
        self.step("triage", lambda: self.as_(actor).triage.triage(
            case_id, self.version(case_id), self.reason(override)))

    @rule(actor=ACTORS, data=st.data(), category=st.sampled_from(CATEGORIES),
          graphic=GRAPHIC, override=st.booleans())
    def add_incident(self, actor: str, data: st.DataObject, category: IncidentCategory,
                     graphic: bool | None, override: bool) -> None:
        case_id = self.pick_case(data)
        shown = category.graphic_by_default if graphic is None else graphic
        held = self.case(case_id)[2]
        self.step("add_incident", lambda: self.as_(actor).cases.add_incident(
            case_id, category, "Invented follow-up.", graphic=graphic,
            override_reason=self.reason(override)),
            (case_id, held) if shown and held is not None else None)

    @rule(actor=ACTORS, data=st.data(), graphic=GRAPHIC, override=st.booleans())
    def attach_evidence(self, actor: str, data: st.DataObject, graphic: bool | None,
                        override: bool) -> None:
        case_id = self.pick_case(data)
        incident, incident_graphic, category = choose(data, self.q(
            "SELECT id, graphic, category FROM incidents WHERE case_id = ? ORDER BY id", case_id))
        hidden = (bool(incident_graphic) or IncidentCategory(category).graphic_by_default
                  if graphic is None else graphic)
        held = self.case(case_id)[2]
        png = synthetic_png(random.Random(self.rng.random()))
        self.step("attach_evidence", lambda: self.as_(actor).evidence.attach(
            incident, png, "synthetic.png", graphic, self.reason(override)),
            (case_id, held) if hidden and held is not None else None)

    @precondition(lambda self: self.q("SELECT id FROM evidence_media"))
    @rule(actor=ACTORS, data=st.data(), graphic=st.booleans())
    def mark_graphic(self, actor: str, data: st.DataObject, graphic: bool) -> None:
        evidence = choose(data, self.q("SELECT id FROM evidence_media"))[0]
        self.step("mark_graphic", lambda: self.as_(actor).evidence.mark_graphic(evidence, graphic))

    @rule(actor=ACTORS, data=st.data(), threat=st.integers(1, 5))
    def add_risk_note(self, actor: str, data: st.DataObject, threat: int) -> None:
        case_id = self.pick_case(data)
        self.step("add_risk_note", lambda: self.as_(actor).cases.add_risk_note(
            case_id, [RiskItem("Invented threat", threat)], [RiskItem("Invented gap", 3)],
            [RiskItem("Invented support", 2)]))

    @rule(actor=ACTORS, data=st.data())
    def record_decision(self, actor: str, data: st.DataObject) -> None:
        case_id = self.pick_case(data)
        self.step("record_decision", lambda: self.as_(actor).appeals.record_decision(case_id, sor()))

    @precondition(lambda self: self.q("SELECT id FROM decisions"))
    @rule(actor=ACTORS, data=st.data())
    def file_appeal(self, actor: str, data: st.DataObject) -> None:
        decision = choose(data, self.q("SELECT id FROM decisions"))[0]
        self.step("file_appeal", lambda: self.as_(actor).appeals.file_appeal(decision, "Invented."))

    @precondition(lambda self: self.q("SELECT id FROM appeals"))
    @rule(actor=ACTORS, data=st.data(), reviewer=st.sampled_from(NAMES))
    def assign_reviewer(self, actor: str, data: st.DataObject, reviewer: str) -> None:
        appeal = choose(data, self.q("SELECT id FROM appeals"))[0]
        self.step("assign_reviewer", lambda: self.as_(actor).appeals.assign_reviewer(
            appeal, self.ids[reviewer]))

    @precondition(lambda self: self.q("SELECT id FROM appeals"))
    @rule(data=st.data(), outcome=st.sampled_from(AppealOutcome), override=st.booleans())
    def decide_appeal(self, data: st.DataObject, outcome: AppealOutcome, override: bool) -> None:
        appeal, case_id, reviewer = choose(data, self.q("SELECT id, case_id, reviewer_id FROM appeals"))
        reviewer_name = next((n for n in NAMES if self.ids[n] == reviewer), None)
        actor = (choose(data, [reviewer_name] if reviewer_name else NAMES) if data.draw(st.booleans())
                 else data.draw(ACTORS))
        closed = self.case(case_id)[0] not in ("new", "triaged", "in_progress", "waiting_on_hrd",
                                               "escalated")
        reopens = closed and outcome in (AppealOutcome.REVERSED, AppealOutcome.PARTIALLY_REVERSED)
        self.step("decide_appeal+reopen" if reopens else "decide_appeal",
                  lambda: self.as_(actor).appeals.decide_appeal(
                      appeal, outcome, "Invented statement.", self.reason(override)))

    @rule(actor=ACTORS, data=st.data())
    def auto_assign(self, actor: str, data: st.DataObject) -> None:
        case_id = self.pick_case(data)
        self.step("auto_assign", lambda: self.as_(actor).wellbeing.auto_assign(case_id))

    @rule(actor=ACTORS)
    def rebalance(self, actor: str) -> None:
        session = self.as_(actor)
        try:
            moves = [m for m in session.wellbeing.propose_rebalance().moves]
        except UserError:
            return  # only a supervisor sees the team's load (checked in the wellbeing tests)
        self.multiple = len(moves)
        try:
            self.step("rebalance_move", lambda: session.wellbeing.apply_rebalance(moves))
        finally:
            self.multiple = 1

    @rule(actor=ACTORS, region=st.sampled_from(("XA", "XB")))
    def declare_surge(self, actor: str, region: str) -> None:
        now = self.clock.now()
        self.step("declare_surge", lambda: self.as_(actor).wellbeing.declare_surge(
            region, now, now + timedelta(hours=6), "Invented surge."))

    @rule(actor=ACTORS, data=st.data(), reveal=st.booleans())
    def exposure(self, actor: str, data: st.DataObject, reveal: bool) -> None:
        incident = choose(data, self.q("SELECT id FROM incidents"))[0]
        wellbeing = self.as_(actor).wellbeing
        self.step("exposure", lambda: (wellbeing.reveal if reveal else wellbeing.hide)(incident))

    @rule(hours=st.sampled_from((0.5, 2, 7, 17)))
    def time_passes(self, hours: float) -> None:
        self.clock.advance(timedelta(hours=hours))


GuardMachine.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None, derandomize=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    phases=list(Phase) if SHRINK else [Phase.explicit, Phase.reuse, Phase.generate],
)
TestGuardMachine = GuardMachine.TestCase
