"""The team side of `Session.wellbeing`: limit checks for the UI, auto-assign suggestions, the
rebalancer and the supervisor dashboard. Mixed into `WellbeingService` (services/wellbeing.py).

Near breach (dashboard): an open case whose next SLA deadline (first response until it is recorded,
then resolution) is within that priority's `warning_before` lead of the SLA policy and not yet
past: `models.sla.deadline_state`, the rule every surface uses. Breached cases are not near.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from hrdcase.errors import ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.enums import Priority
from hrdcase.models.intake import NewCase
from hrdcase.models.iso import language_or_text
from hrdcase.models.sla import BreachState, deadline_state
from hrdcase.models.team_signal import TeamSignal
from hrdcase.models.triage import surge_boost
from hrdcase.services.surge import region_in_surge
from hrdcase.services.wellbeing_api import (
    ExposureSource,
    PlannedMove,
    RebalanceReview,
    ResponderOverview,
    StillOver,
)
from hrdcase.services.wellbeing_guard import current_policy, responder_loads
from hrdcase.storage.codec import dt, split_tags
from hrdcase.storage.store import UnitOfWork
from hrdcase.wellbeing.checkins import CheckIn, SupervisorView, Who5, supervisor_view
from hrdcase.wellbeing.limits import Limit, ResponderLoad, Verdict, WorkItem, check_assignment
from hrdcase.wellbeing.policy import WorkloadPolicy
from hrdcase.wellbeing.rebalance import rebalance
from hrdcase.wellbeing.suggest import Suggestion, suggest

if TYPE_CHECKING:
    from hrdcase.models.clock import Clock
    from hrdcase.models.entities import Responder
    from hrdcase.models.sla import SlaPolicy
    from hrdcase.services.cases import CaseService
    from hrdcase.storage.store import Store

MAX_HANDOVER_NOTE = 2000


def _item(uow: UnitOfWork, case_id: int, graphic_cases: set[int] | None = None) -> WorkItem:
    case = uow.cases.get(case_id)
    if graphic_cases is None:
        incidents = uow.cases.incidents(case_id)
        graphic = any(i.graphic for i in incidents) if incidents else None
    else:
        graphic = case_id in graphic_cases
    return WorkItem.from_case(case, graphic)


def _check_note(move: PlannedMove) -> None:
    """Every move carries a handover note for the new owner (the service rule, not only the UI's)."""
    if not move.handover_note.strip():
        raise ValidationError(f"Write a handover note for case {move.case_ref} before moving it.",
                              field="handover_note")
    if len(move.handover_note) > MAX_HANDOVER_NOTE:
        raise ValidationError(f"The handover note for case {move.case_ref} is too long "
                              f"(at most {MAX_HANDOVER_NOTE} characters).", field="handover_note")


def _over_limits(load: ResponderLoad, policy: WorkloadPolicy) -> tuple[Limit, ...]:
    out = []
    if load.open_cases > policy.max_open_cases:
        out.append(Limit.OPEN_CASES)
    if load.p1_cases > policy.max_concurrent_p1:
        out.append(Limit.CONCURRENT_P1)
    if load.exposure_today_minutes >= policy.daily_exposure_minutes:
        out.append(Limit.DAILY_EXPOSURE)
    if load.exposure_week_minutes >= policy.weekly_exposure_minutes:
        out.append(Limit.WEEKLY_EXPOSURE)
    return tuple(out)


def _overridden(uow: UnitOfWork) -> set[tuple[int, Limit]]:
    """(responder, limit) pairs a supervisor overrode on a case the responder still holds open."""
    held = {(case_id, assignee) for case_id, assignee, *_ in uow.wellbeing.open_cases()}
    return {(responder, Limit(limit))
            for _id, case_id, responder, _by, limits, _reason in uow.wellbeing.overrides()
            if (case_id, responder) in held for limit in split_tags(limits)}


def _casework(uow: UnitOfWork, loads: dict[int, ResponderLoad]) -> list[ResponderLoad]:
    """Only people whose verified roles take casework are offered cases: an admin or a director
    who holds no casework role is never offered one."""
    takers = {r.id for r in uow.reference.responders() if r.takes_cases}
    return [load for rid, load in loads.items() if rid in takers]


class TeamMixin:
    if TYPE_CHECKING:  # what WellbeingService (services/wellbeing.py) provides
        store: Store
        clock: Clock
        cases: CaseService
        sla_policy: SlaPolicy

        @property
        def me_id(self) -> int | None: ...
        def _require_lead(self, what: str) -> Responder: ...
        def _since(self, uow: UnitOfWork) -> datetime: ...

    def check(self, case_id: int, responder_id: int) -> Verdict:
        """What the guard would say about handing `case_id` to `responder_id` now (for the UI)."""
        now = self.clock.now()
        with self.store.read() as uow:
            policy = current_policy(uow)
            load = responder_loads(uow, policy, now, self.me_id)[responder_id]
            item = _item(uow, case_id)
        return check_assignment(load, item, policy, now)

    def suggest_assignees(self, case_id: int) -> list[Suggestion]:
        """Best first; never someone the limit check refuses."""
        now = self.clock.now()
        with self.store.read() as uow:
            policy = current_policy(uow)
            loads = responder_loads(uow, policy, now, self.me_id, uow.wellbeing.defenders_of())
            item = _item(uow, case_id)
            takers = _casework(uow, loads)
        return suggest(item, takers, policy, now)

    def suggest_for_new(self, draft: NewCase,
                        defender_pseudonym: str = "") -> list[Suggestion]:
        """Suggestions for a case not opened yet (the intake form), by the same rule as for a stored
        one: with the priority a surge in its region will give it, and continuity with the
        defender named by exactly this pseudonym, if known here."""
        now = self.clock.now()
        with self.store.read() as uow:
            policy = current_policy(uow)
            loads = responder_loads(uow, policy, now, self.me_id, uow.wellbeing.defenders_of())
            surge = region_in_surge(uow, draft.region_code, now)
            known = uow.reference.defender_named(defender_pseudonym)
            takers = _casework(uow, loads)
        graphic = draft.category.graphic_by_default if draft.graphic is None else draft.graphic
        item = WorkItem(case_id=0, priority=surge_boost(draft.priority) if surge else draft.priority,
                        graphic=graphic, language=language_or_text(draft.language),
                        region_code=draft.region_code.strip().upper(), severity=draft.severity,
                        defender_id=known.id if known else draft.defender_id)
        return suggest(item, takers, policy, now)

    def auto_assign(self, case_id: int) -> tuple[int, ChangeSet]:
        """Hand `case_id` to the best suggestion through the same guarded `assign` as a manual
        move (the guard checks again inside that transaction). No override: when nobody is within
        the limits this refuses and the case stays where it is, for a supervisor to decide."""
        suggestions = self.suggest_assignees(case_id)
        if not suggestions:
            raise ValidationError("No one can take this case within the workload limits; a "
                                  "supervisor has to decide.", field="assignee")
        best = suggestions[0].responder_id
        with self.store.read() as uow:
            version = uow.cases.get(case_id).version
        return best, self.cases.assign(case_id, best, version)

    def propose_rebalance(self) -> RebalanceReview:
        self._require_lead("see or rebalance the team's load")
        now = self.clock.now()
        with self.store.read() as uow:
            policy = current_policy(uow)
            loads = responder_loads(uow, policy, now, self.me_id, uow.wellbeing.defenders_of())
            graphic = uow.wellbeing.graphic_cases()
            items = [_item(uow, row[0], graphic) for row in uow.wellbeing.open_cases()]
            proposal = rebalance(list(loads.values()), items, policy, now)
            names = {r.id: r.display_name for r in uow.reference.responders()}
            cases = {m.case_id: uow.cases.get(m.case_id) for m in proposal.moves}
        moves = tuple(
            PlannedMove(m.case_id, cases[m.case_id].ref, cases[m.case_id].title, m.from_id,
                        names.get(m.from_id, ""), m.to_id, names.get(m.to_id, ""), m.reasons)
            for m in proposal.moves)
        unfixed = tuple(StillOver(u.responder_id, names.get(u.responder_id, ""), u.limit, u.excess,
                                  u.reason) for u in proposal.unfixed)
        return RebalanceReview(moves, unfixed, policy.version)

    def apply_rebalance(self, moves: Sequence[PlannedMove]) -> ChangeSet:
        """All moves in ONE transaction, each re-checked by the guard (one refusal refuses all)."""
        self._require_lead("rebalance the team's load")
        changes = ChangeSet()
        now = self.clock.now()
        with self.store.transaction() as uow:
            for move in moves:
                _check_note(move)
                case = uow.cases.get(move.case_id)
                if case.assignee_id != move.from_id:
                    raise ValidationError(f"Case {case.ref} is no longer with {move.from_name}; "
                                          "propose the rebalancing again.", field="assignee")
                changes = changes.merge(self.cases.assign(move.case_id, move.to_id, case.version))
                note_id = uow.wellbeing.add_handover(now, move.case_id, move.from_id, move.to_id,
                                                     self.me_id, move.handover_note.strip())
                uow.audit.append(now, self.me_id, "handover.noted", "handover_note", note_id,
                                 move.case_id, {"from": move.from_id, "to": move.to_id})
        return changes.merge(ChangeSet(entities=frozenset({"handover_note"}), audit=True))

    def handover_notes(self) -> list[tuple[int, int, int, str]]:
        """Handover notes left for the signed-in responder: (note id, case id, from id, text)."""
        if self.me_id is None:
            return []
        with self.store.read() as uow:
            return [tuple(r) for r in uow.wellbeing.handovers(self.me_id)]

    def team_overview(self) -> list[ResponderOverview]:
        self._require_lead("see the team's load")
        now = self.clock.now()
        with self.store.read() as uow:
            policy = current_policy(uow)
            loads = responder_loads(uow, policy, now, self.me_id)
            near = self._near_breach(uow.wellbeing.open_cases(), now)
            responders = uow.reference.responders()
            signals = uow.wellbeing.team_signals()
            views = {r.id: self._flags(uow, r.id, policy, now, signals.get(r.id)) for r in responders}
            overridden = _overridden(uow)
        sources = {r.id: _source(r.id, self.me_id, signals.get(r.id)) for r in responders}
        return [
            ResponderOverview(
                responder_id=r.id, name=r.display_name, role=r.role,
                open_cases=loads[r.id].open_cases, p1_cases=loads[r.id].p1_cases,
                near_breach=near.get(r.id, 0),
                exposure_today_minutes=loads[r.id].exposure_today_minutes,
                exposure_week_minutes=loads[r.id].exposure_week_minutes,
                max_open_cases=policy.max_open_cases, max_concurrent_p1=policy.max_concurrent_p1,
                daily_exposure_minutes=policy.daily_exposure_minutes,
                weekly_exposure_minutes=policy.weekly_exposure_minutes,
                checkin_overdue=views[r.id].overdue, asked_for_support=views[r.id].asked_for_support,
                over_limits=_over_limits(loads[r.id], policy),
                overridden=tuple(limit for limit in _over_limits(loads[r.id], policy)
                                 if (r.id, limit) in overridden),
                exposure_source=sources[r.id][0], exposure_as_of=sources[r.id][1],
            )
            for r in responders
        ]

    def _flags(self, uow: UnitOfWork, responder_id: int, policy: WorkloadPolicy,
               now: datetime, signal: TeamSignal | None = None) -> SupervisorView:
        """Check-in flags through `supervisor_view` ONLY, from the later of the check-ins stored
        here and the last one the responder's own device reported in a team signal (none at all
        reads as overdue once the grace period after the caseload's start has passed)."""
        row = uow.wellbeing.last_checkin(responder_id)
        last = None
        if row is not None:
            at, answers, support = row
            last = CheckIn(responder_id, at, Who5(answers) if answers else None, support)
        reported = signal.last_checkin_at if signal else None
        if reported is not None and (last is None or reported > last.at):
            last = CheckIn(responder_id, reported, None, bool(signal and signal.asked_for_support))
        return supervisor_view(last, self._since(uow), policy, now)

    def _near_breach(self, rows: list[tuple[Any, ...]],
                     now: datetime) -> dict[int, int]:
        """Open cases per assignee whose next deadline is near (`deadline_state` WARNING): never
        the breached ones."""
        out: dict[int, int] = {}
        for _case_id, assignee, priority, first_due, resolution_due, responded_at in rows:
            if assignee is None:
                continue
            due = dt(resolution_due if responded_at is not None else first_due)
            if deadline_state(due, Priority(priority), self.sla_policy, now) == BreachState.WARNING:
                out[assignee] = out.get(assignee, 0) + 1
        return out


def _source(responder_id: int, me_id: int | None,
            signal: TeamSignal | None) -> tuple[ExposureSource, datetime | None]:
    """Live for the signed-in responder, else reported (with the signal's time) or none yet."""
    if responder_id == me_id:
        return ExposureSource.LIVE, None
    if signal is None:
        return ExposureSource.NONE, None
    return ExposureSource.REPORTED, signal.as_of
