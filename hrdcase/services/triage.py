"""Triage and SLA use cases: triage a case, record its first response, run the escalation chain, and
the read side of the "Triage & SLA" panel."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from hrdcase.errors import ConcurrentEdit, ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Case, RiskNote
from hrdcase.models.enums import CaseStatus, CivicSpace
from hrdcase.models.risk import review_overdue
from hrdcase.models.sla import (
    SlaPolicy,
    SlaStatus,
    due_escalations,
    resolved_at,
    sla_status,
    with_deadlines,
)
from hrdcase.models.triage import Reason, Triage, triage_priority
from hrdcase.models.workflow import check_transition
from hrdcase.services.cases import routing
from hrdcase.services.guarding import AssignmentGuard, guard_change
from hrdcase.services.surge import region_in_surge
from hrdcase.storage.store import Store, UnitOfWork
from hrdcase.storage.triage import EscalationRecord


@dataclass(frozen=True)
class TriageOverview:
    """What the Triage & SLA panel shows, computed at `now`."""

    case: Case
    civic_space: CivicSpace | None
    reasons: tuple[Reason, ...]
    first_response_at: datetime | None
    sla: SlaStatus
    escalations: tuple[EscalationRecord, ...]
    current_note: RiskNote | None
    review_overdue: bool
    now: datetime
    policy_version: str


class TriageService:
    def __init__(self, store: Store, clock: Clock, actor_id: int | None, device_id: str,
                 policy: SlaPolicy, assignment_guard: AssignmentGuard | None = None) -> None:
        self.store = store
        self.assignment_guard = assignment_guard  # a raised priority passes the assignee's limits
        self.clock = clock
        self.actor_id = actor_id
        self.device_id = device_id
        self.policy = policy

    def _record(self, uow: UnitOfWork, case: Case, action: str, detail: dict[str, object],
                base_version: int) -> None:
        now = self.clock.now()
        uow.audit.append(now, self.actor_id, action, "case", case.ref, case.id, detail)
        uow.outbox.add(self.device_id, "case", case.ref, base_version, routing(case),
                       {"action": action, **detail}, now)

    def triage(self, case_id: int, expected_version: int,
               override_reason: str | None = None) -> ChangeSet:
        """Priority and reasons from the rule in `models.triage`, deadlines from the policy; a new
        case moves to triaged. A resolved or closed case is refused. A raised priority passes the
        assignee's limits (a supervisor may override with a written reason)."""
        now = self.clock.now()
        with self.store.transaction() as uow:
            case = uow.cases.get(case_id)
            if case.version != expected_version:
                raise ConcurrentEdit(
                    f"Case {case.ref} changed since it was opened; reload it and triage again.")
            if not case.status.is_open:
                raise ValidationError("A resolved or closed case is not triaged; reopen it first.",
                                      field="status")
            region = uow.reference.region(case.region_code)
            civic = region.civic_space if region else None
            surge = region_in_surge(uow, case.region_code, now)
            result = triage_priority(case.severity, case.risk_level, civic, surge)
            status = case.status
            if status == CaseStatus.NEW:
                check_transition(status, CaseStatus.TRIAGED)
                status = CaseStatus.TRIAGED
            updated = with_deadlines(
                replace(case, priority=result.priority, status=status, updated_at=now), self.policy,
                surge)
            guard_change(self.assignment_guard, uow, case, updated, override_reason)
            updated = uow.cases.save(updated, expected_version)
            uow.triage.set_reasons(case_id, result.reasons)
            self._record(uow, updated, "case.triaged", {
                "priority": {"from": case.priority.value, "to": result.priority.value},
                "status": {"from": case.status.value, "to": status.value},
                "reasons": [list(r) for r in result.reasons],
                "policy": self.policy.version,
            }, expected_version)
        return ChangeSet(cases=frozenset({case_id}), entities=frozenset({"case"}), audit=True)

    def proposal(self, case_id: int) -> Triage:
        """The priority and reasons `triage` would apply now, without applying them."""
        with self.store.read() as uow:
            case = uow.cases.get(case_id)
            region = uow.reference.region(case.region_code)
            surge = region_in_surge(uow, case.region_code, self.clock.now())
        return triage_priority(case.severity, case.risk_level,
                               region.civic_space if region else None, surge)

    def record_first_response(self, case_id: int) -> ChangeSet:
        now = self.clock.now()
        with self.store.transaction() as uow:
            case = uow.cases.get(case_id)
            state = uow.triage.state(case_id)
            if state.first_response_at is not None:
                raise ValidationError("The first response is already recorded for this case.",
                                      field="first_response")
            if not case.status.is_open:
                raise ValidationError("The case is no longer open.", field="status")
            updated = uow.cases.save(replace(case, updated_at=now), case.version)
            uow.triage.set_first_response(case_id, now)
            due = case.first_response_due
            self._record(uow, updated, "case.first_response", {
                "within_sla": None if due is None else now <= due,
            }, case.version)
        return ChangeSet(cases=frozenset({case_id}), entities=frozenset({"case"}), audit=True)

    def run_escalations(self, now: datetime | None = None) -> ChangeSet:
        """Record every escalation step that is due and not yet recorded (once per case and step;
        running again records nothing new)."""
        now = now or self.clock.now()
        policy = self.policy
        if not policy.escalation_steps:
            return ChangeSet()
        created_by = max(now - s.after for s in policy.escalation_steps)  # the earliest step
        touched: set[int] = set()
        with self.store.transaction() as uow:
            candidates = uow.triage.escalation_candidates(
                sorted(policy.escalation_priorities), created_by)
            for case_id, recorded in candidates:
                case = uow.cases.get(case_id)
                for step in due_escalations(case, None, recorded, policy, now):
                    record = EscalationRecord(case_id, step.role.value, step.role.value,
                                              step.due_at, now)
                    if not uow.triage.add_escalation(record):
                        continue
                    self._record(uow, case, "case.escalation_step", {
                        "step": step.role.value, "role": step.role.value,
                        "late_minutes": int((now - step.due_at).total_seconds() // 60),
                    }, case.version)
                    touched.add(case_id)
        if not touched:
            return ChangeSet()
        return ChangeSet(cases=frozenset(touched), entities=frozenset({"escalation"}), audit=True)

    def overview(self, case_id: int) -> TriageOverview:
        now = self.clock.now()
        with self.store.read() as uow:
            case = uow.cases.get(case_id)
            region = uow.reference.region(case.region_code)
            state = uow.triage.state(case_id)
            current = next((n for n in uow.cases.risk_notes(case_id) if n.superseded_by is None),
                           None)
            resolved = None if case.status.is_open else resolved_at(uow.audit.for_case(case_id))
        return TriageOverview(
            case=case, civic_space=region.civic_space if region else None, reasons=state.reasons,
            first_response_at=state.first_response_at,
            sla=sla_status(case, state.first_response_at, self.policy, now, resolved),
            escalations=state.escalations, current_note=current,
            review_overdue=review_overdue(current.next_review if current else None, now),
            now=now, policy_version=self.policy.version,
        )
