"""An unlocked caseload and the use cases over it: what the UI and the CLI are handed."""

from __future__ import annotations

from dataclasses import dataclass, field

from hrdcase.models.clock import Clock
from hrdcase.models.entities import Responder
from hrdcase.services.audit import VerifyReport, verify
from hrdcase.services.cases import CaseService
from hrdcase.services.queries import CaseQueries
from hrdcase.storage.profile import Profile
from hrdcase.storage.store import Store


@dataclass
class Session:
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
        service = CaseService(store, clock, me.id if me else None, store.device_id)
        return cls(profile, store, clock, service, queries, me)

    def verify(self) -> VerifyReport:
        return verify(self.store)

    def close(self) -> None:
        if not self.closed:
            self.store.close()
            self.profile.release()
            self.closed = True
