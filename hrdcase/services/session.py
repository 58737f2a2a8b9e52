"""An unlocked caseload and the use cases over it: what the UI and the CLI are handed."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from hrdcase.models.clock import Clock
from hrdcase.models.entities import Responder
from hrdcase.services.appeals import AppealService
from hrdcase.services.audit import VerifyReport, verify
from hrdcase.services.casefile import CaseFileService
from hrdcase.services.cases import CaseService
from hrdcase.services.enrol import ClientFactory, default_client
from hrdcase.services.evidence import EvidenceService
from hrdcase.services.identity import (
    IdentitySummary,
    PersonView,
    adopt_local_people,
    install_role_book,
    people,
    summary,
)
from hrdcase.services.intake import IntakeService
from hrdcase.services.notify import NotifyService
from hrdcase.services.org import OrgService
from hrdcase.services.playbooks import PlaybookService
from hrdcase.services.queries import CaseQueries
from hrdcase.services.regions import RegionService
from hrdcase.services.reports import ReportService
from hrdcase.services.sync import SyncService
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
    client_factory: ClientFactory = default_client  # how to reach the server (tests: in-process)
    closed: bool = field(default=False, init=False)

    @classmethod
    def start(cls, profile: Profile, store: Store, clock: Clock) -> Session:
        queries = CaseQueries(store)
        me = None
        with store.transaction() as uow:
            if uow.identity.identity() is None and uow.reference.responders():
                adopt_local_people(uow, clock)  # people stored before device identities
            uow.reference.role_book = {}  # from here on, only verified roles count
            if uow.identity.identity() is not None:
                identity = install_role_book(uow)
                me = uow.reference.responder_for_person(identity.person_id)
                chosen = uow.settings.get("me")
                if identity.status == "standalone" and chosen and chosen.isdigit():
                    # A standalone caseload may hold a whole desk on one device (the demo): its
                    # holder has the root key and could sign any role anyway, so choosing who is
                    # signed in grants nothing new. An enrolled device is always its one person's.
                    me = uow.reference.responder(int(chosen)) or me
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

    # People, devices and the organisation (issue 8).
    @cached_property
    def org(self) -> OrgService:
        return OrgService(self.store, self.clock, self.me, self.client_factory)

    # Sync with central records: send, receive, merge, conflicts (docs/sync.md).
    @cached_property
    def sync(self) -> SyncService:
        return SyncService(self.store, self.clock, self.me, self.client_factory)

    def people(self) -> list[PersonView]:
        with self.store.read() as uow:
            return people(uow)

    def identity(self) -> IdentitySummary | None:
        """This device as the People screen shows it; None for a caseload with no person yet."""
        with self.store.read() as uow:
            row = uow.identity.identity()
        return summary(row) if row else None

    # Regions and civic-space ratings as reference data (issue 8).
    @cached_property
    def regions(self) -> RegionService:
        return RegionService(self.store, self.clock, self.me, self.cases.device_id)

    # Case files for remedy at a redaction level, and their check (issue 12).
    @cached_property
    def casefile(self) -> CaseFileService:
        return CaseFileService(self.store, self.clock, self.me)

    # Monitoring benchmarks, the transparency report, the DSA statements of reasons (issue 12).
    @cached_property
    def reports(self) -> ReportService:
        return ReportService(self.store, self.clock)

    def verify(self) -> VerifyReport:
        return verify(self.store)

    def close(self) -> None:
        if not self.closed:
            self.store.close()
            self.profile.release()
            self.closed = True
