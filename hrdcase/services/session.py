"""An unlocked caseload and the use cases over it: what the UI and the CLI are handed."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from hrdcase.models.clock import Clock
from hrdcase.models.entities import Responder
from hrdcase.services.appeals import AppealService
from hrdcase.services.audit import VerifyReport, verify
from hrdcase.services.cases import CaseService
from hrdcase.services.evidence import EvidenceService
from hrdcase.services.intake import IntakeService
from hrdcase.services.notify import NotifyService
from hrdcase.services.playbooks import PlaybookService
from hrdcase.services.queries import CaseQueries
from hrdcase.services.triage import TriageService
from hrdcase.services.wellbeing import WellbeingService
from hrdcase.services.wellbeing_guard import AssignmentGuard
from hrdcase.storage.profile import Profile
from hrdcase.storage.store import Store


@dataclass
class Session:
    """`me` is fixed for the session: every service is built with it (actor ids, the assignment
    guard, the wellbeing service's signed-in responder). Signing in as someone else means a new
    session, never changing `me` on this one."""

    profile: Profile
    store: Store
    clock: Clock
    cases: CaseService
    queries: CaseQueries
    me: Responder | None = None
    closed: bool = field(default=False, init=False)

    @classmethod
    def start(cls, profile: Profile, store: Store, clock: Clock) -> Session:
        queries = CaseQueries(store)
        me_id = queries.setting("me")
        me = next((r for r in queries.responders() if str(r.id) == me_id), None)
        service = CaseService(store, clock, me.id if me else None, store.device_id,
                              assignment_guard=AssignmentGuard(clock, me))  # workload limits
        return cls(profile, store, clock, service, queries, me)

    # Each workflow's service is made on first use, with the same actor, device and clock.
    @cached_property
    def appeals(self) -> AppealService:
        """Decisions (DSA statement of reasons) and appeals with four-eyes (Art. 20/21)."""
        return AppealService(self.store, self.clock, self.cases.actor_id, self.cases.device_id,
                             self.cases.assignment_guard)

    # Intake channels + bulk import, playbooks, notifications (case workflows, part 3).
    @cached_property
    def intake(self) -> IntakeService:
        return IntakeService(self.store, self.cases)

    @cached_property
    def playbooks(self) -> PlaybookService:
        return PlaybookService(self.store, self.clock, self.cases.actor_id, self.cases.device_id)

    @cached_property
    def notify(self) -> NotifyService:
        return NotifyService(self.store, self.clock, self.cases.actor_id, self.cases.device_id)

    # Evidence images, hidden when graphic until revealed (issue 4, the exposure ledger).
    @cached_property
    def evidence(self) -> EvidenceService:
        return EvidenceService(self.store, self.clock, self.cases.actor_id, self.cases.device_id,
                               self.cases.assignment_guard)

    # Triage & SLAs, escalation chain (case workflows, part 2).
    @cached_property
    def triage(self) -> TriageService:
        return TriageService(self.store, self.clock, self.cases.actor_id, self.cases.device_id,
                             self.cases.sla_policy, self.cases.assignment_guard)

    # Trauma-informed workload: policy, exposure, limits, check-ins, surges (issue 4).
    @cached_property
    def wellbeing(self) -> WellbeingService:
        return WellbeingService(self.store, self.clock, self.me, self.cases.device_id, self.cases,
                                self.cases.sla_policy)

    def verify(self) -> VerifyReport:
        return verify(self.store)

    def close(self) -> None:
        if not self.closed:
            self.store.close()
            self.profile.release()
            self.closed = True
