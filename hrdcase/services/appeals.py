"""Decisions (DSA statement of reasons) and appeals (DSA Art. 20, 21): record_decision, file_appeal,
assign_reviewer, decide_appeal, escalate_to_ods, and the read side the panel shows.

Every mutation: the model's rules first, then again inside ONE transaction on freshly read rows
(so a UI check is never the only check), an audit entry whose detail holds ids and enum values
only, an outbox row (routing without content; the payload carries the text), and a ChangeSet
naming the case. The four-eyes rule is enforced here for every entry point.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from hrdcase.errors import ValidationError
from hrdcase.models.appeals import (
    Appeal,
    check_assignable,
    check_decision_by,
    check_escalation,
    check_filing,
    check_outcome,
    check_reviewer,
    ods_deadline,
    reopen_target,
    review_deadline,
)
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import Clock
from hrdcase.models.decisions import (
    DEFAULT_POLICY_VERSION,
    Decision,
    StatementOfReasons,
    check_policy_version,
)
from hrdcase.models.entities import Case, Responder
from hrdcase.models.enums import AppealOutcome, AppealStatus
from hrdcase.services.cases import routing
from hrdcase.services.guarding import AssignmentGuard, guard_change
from hrdcase.storage.store import Store, UnitOfWork

POLICY_SETTING = "policy.version"


@dataclass(frozen=True)
class DecisionRecord:
    """One decision of a case with its appeal (if any), for the panel."""

    decision: Decision
    appeal: Appeal | None


@dataclass(frozen=True)
class CaseDecisions:
    case_id: int
    records: list[DecisionRecord]
    responders: list[Responder]
    me: int | None
    now: datetime  # the session clock's, for deadlines the panel previews


class AppealService:
    def __init__(self, store: Store, clock: Clock, actor_id: int | None, device_id: str,
                 assignment_guard: AssignmentGuard | None = None) -> None:
        self.store = store
        self.assignment_guard = assignment_guard  # a reversal that reopens hands the case back
        self.clock = clock
        self.actor_id = actor_id
        self.device_id = device_id

    # ---- helpers
    def _touch(self, uow: UnitOfWork, case_id: int) -> Case:
        case = uow.cases.get(case_id)
        return uow.cases.save(replace(case, updated_at=self.clock.now()), case.version)

    def _record(self, uow: UnitOfWork, case: Case, action: str, entity: str, entity_id: int | str,
                detail: dict[str, Any], payload: dict[str, Any],
                extra: dict[str, Any] | None = None) -> None:
        now = self.clock.now()
        uow.audit.append(now, self.actor_id, action, entity, entity_id, case.id, detail)
        base = case.version - 1 if entity == "case" else 0
        uow.outbox.add(self.device_id, entity, entity_id, base,
                       {**routing(case), **(extra or {})},
                       {"action": action, "case": case.ref, **payload}, now)

    @staticmethod
    def _changes(case_id: int, *entities: str) -> ChangeSet:
        return ChangeSet(cases=frozenset({case_id}), entities=frozenset(entities), audit=True)

    # ---- use cases
    def record_decision(self, case_id: int, sor: StatementOfReasons) -> tuple[int, ChangeSet]:
        now = self.clock.now()
        sor.validate(now.date())
        with self.store.transaction() as uow:
            version = check_policy_version(uow.settings.get(POLICY_SETTING)
                                           or DEFAULT_POLICY_VERSION)
            case = self._touch(uow, case_id)
            decision = Decision(0, case_id, self.actor_id, now, version, sor)
            decision_id = uow.appeals.add_decision(decision)
            detail = {
                "decision_id": decision_id, "ground": sor.decision_ground.value,
                "category": sor.category.value, "source_type": sor.source_type.value,
                "automated_detection": sor.automated_detection,
                "automated_decision": sor.automated_decision.value,
                "decision_fields": {n: getattr(sor, n).value for n in sor.decision_fields()},
                "policy_version": version,
            }
            payload = {**detail, "content_type": sor.content_type.value, "puid": sor.puid,
                       "content_date": sor.content_date.isoformat(),
                       "application_date": sor.application_date.isoformat(),
                       "ground_reference": sor.ground_reference,
                       "decision_facts": sor.decision_facts}
            self._record(uow, case, "decision.recorded", "decision", decision_id, detail, payload)
        return decision_id, self._changes(case_id, "decision", "case")

    def file_appeal(self, decision_id: int, grounds: str = "") -> tuple[int, ChangeSet]:
        now = self.clock.now()
        with self.store.transaction() as uow:
            decision = uow.appeals.decision(decision_id)
            check_filing(decision, now, grounds)
            if uow.appeals.appeal_for_decision(decision_id) is not None:
                raise ValidationError("This decision already has an appeal.")
            appeal = Appeal(0, decision.case_id, decision_id, now, review_deadline(now),
                            AppealStatus.FILED, grounds, self.actor_id)
            appeal_id = uow.appeals.add_appeal(appeal)
            case = self._touch(uow, decision.case_id)
            detail = {"appeal_id": appeal_id, "decision_id": decision_id,
                      "deadline": appeal.deadline.isoformat()}
            self._record(uow, case, "appeal.filed", "appeal", appeal_id, detail,
                         {**detail, "grounds": grounds}, _appeal_routing(appeal))
        return appeal_id, self._changes(decision.case_id, "appeal", "case")

    def assign_reviewer(self, appeal_id: int, reviewer_id: int | None) -> ChangeSet:
        with self.store.transaction() as uow:
            appeal = uow.appeals.appeal(appeal_id)
            decision = uow.appeals.decision(appeal.decision_id)
            check_assignable(appeal)
            if uow.reference.responder(check_reviewer(decision, reviewer_id)) is None:
                raise ValidationError("That responder is not known here.", field="reviewer")
            if reviewer_id == appeal.reviewer_id:
                return ChangeSet()
            updated = replace(appeal, reviewer_id=reviewer_id, status=AppealStatus.UNDER_REVIEW)
            uow.appeals.save_appeal(updated)
            case = self._touch(uow, appeal.case_id)
            detail = {"appeal_id": appeal_id, "from": appeal.reviewer_id, "to": reviewer_id}
            self._record(uow, case, "appeal.reviewer_assigned", "appeal", appeal_id, detail,
                         detail, _appeal_routing(updated))
        return self._changes(appeal.case_id, "appeal", "case")

    def decide_appeal(self, appeal_id: int, outcome: AppealOutcome | None,
                      statement_of_reasons: str, override_reason: str | None = None) -> ChangeSet:
        """A (partial) reversal of a resolved or closed case reopens it: that hands it back to its
        assignee, through the assignment guard (a supervisor may override with a reason)."""
        check_outcome(outcome, statement_of_reasons)
        assert outcome is not None
        now = self.clock.now()
        with self.store.transaction() as uow:
            appeal = uow.appeals.appeal(appeal_id)
            decision = uow.appeals.decision(appeal.decision_id)
            check_decision_by(appeal, decision, self.actor_id)
            updated = replace(appeal, status=AppealStatus.DECIDED, outcome=outcome,
                              statement_of_reasons=statement_of_reasons,
                              decided_by=self.actor_id, decided_at=now)
            uow.appeals.save_appeal(updated)
            before = uow.cases.get(appeal.case_id)
            target = reopen_target(outcome, before.status)
            if target is not None:
                guard_change(self.assignment_guard, uow, before, replace(before, status=target),
                             override_reason)
            case = self._touch(uow, appeal.case_id) if target is None else uow.cases.save(
                replace(before, status=target, updated_at=now), before.version)
            detail = {"appeal_id": appeal_id, "outcome": outcome.value,
                      "reopened": target is not None}
            self._record(uow, case, "appeal.decided", "appeal", appeal_id, detail,
                         {**detail, "statement_of_reasons": statement_of_reasons},
                         _appeal_routing(updated))
            if target is not None:
                self._record(uow, case, "case.reopened", "case", case.ref,
                             {"from": before.status.value, "to": target.value,
                              "appeal_id": appeal_id}, {})
        return self._changes(appeal.case_id, "appeal", "case")

    def escalate_to_ods(self, appeal_id: int, complex_dispute: bool = False) -> ChangeSet:
        now = self.clock.now()
        with self.store.transaction() as uow:
            appeal = uow.appeals.appeal(appeal_id)
            check_escalation(appeal, now)
            updated = replace(appeal, status=AppealStatus.ESCALATED_ODS, ods_escalated_at=now,
                              ods_complex=complex_dispute,
                              ods_deadline=ods_deadline(now, complex_dispute))
            uow.appeals.save_appeal(updated)
            case = self._touch(uow, appeal.case_id)
            assert updated.ods_deadline is not None
            detail = {"appeal_id": appeal_id, "complex": complex_dispute,
                      "deadline": updated.ods_deadline.isoformat()}
            self._record(uow, case, "appeal.escalated_ods", "appeal", appeal_id, detail, detail,
                         _appeal_routing(updated))
        return self._changes(appeal.case_id, "appeal", "case")

    # ---- read side
    def case_decisions(self, case_id: int) -> CaseDecisions:
        with self.store.read() as uow:
            appeals = {a.decision_id: a for a in uow.appeals.appeals(case_id)}
            records = [DecisionRecord(d, appeals.get(d.id)) for d in uow.appeals.decisions(case_id)]
            return CaseDecisions(case_id, records, uow.reference.responders(), self.actor_id,
                                 self.clock.now())


def _appeal_routing(appeal: Appeal) -> dict[str, Any]:
    return {"appeal_status": appeal.status.value, "review_deadline": int(appeal.deadline.timestamp())}
