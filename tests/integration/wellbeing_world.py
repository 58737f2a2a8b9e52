"""A small team on a real SQLCipher profile for the wellbeing service tests: a responder (signed in
by default), two more responders, a supervisor and an admin. `as_(world, name)` re-starts the session
as another person over the same store (as the app does when "me" changes)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from hrdcase.bootstrap import Unlocker
from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import Region, Responder
from hrdcase.models.enums import CivicSpace, IncidentCategory, Priority, Role, Severity
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.services.session import Session
from hrdcase.storage.codec import canonical_json
from hrdcase.wellbeing.policy import load_policy, policy_to_dict
from tests.conftest import FAST_KDF, PASSPHRASE

PEOPLE = (("Ada Quillon", Role.RESPONDER), ("Bram Oduya", Role.RESPONDER),
          ("Cyd Marlo", Role.RESPONDER), ("Sol Vantine", Role.SUPERVISOR), ("Ana Admin", Role.ADMIN))


@dataclass
class World:
    session: Session
    clock: FixedClock
    ids: dict[str, int]

    def as_(self, name: str) -> Session:
        with self.session.store.transaction() as uow:
            uow.settings.set("me", str(self.ids[name]))
        return Session.start(self.session.profile, self.session.store, self.clock)


def make_world(profile_dir: Path, clock: FixedClock, max_open: int = 2, max_p1: int = 1) -> World:
    session = Unlocker(profile_dir, clock).create(PASSPHRASE, FAST_KDF)
    with session.store.transaction() as uow:
        uow.reference.add_region(Region("XA", "Aldora", CivicSpace.REPRESSED, ("en",)))
        uow.reference.add_region(Region("XB", "Brenn", CivicSpace.OPEN, ("en",)))
        team = uow.reference.add_team("Desk Synthetic")
        ids = {name: uow.reference.add_responder(
                   Responder(0, name, team, frozenset({role}), ("en",), ("XA", "XB")))
               for name, role in PEOPLE}
        policy = replace(load_policy(), max_open_cases=max_open, max_concurrent_p1=max_p1)
        uow.wellbeing.add_policy(1, policy_to_dict(policy), clock.now(), None)
    world = World(session, clock, ids)
    world.session = world.as_("Ada Quillon")
    return world


def draft(title: str = "Synthetic phishing wave", assignee: int | None = None,
          priority: Priority = Priority.P3, region: str = "XA",
          category: IncidentCategory = IncidentCategory.ACCOUNT_COMPROMISE,
          severity: Severity = Severity.MODERATE) -> NewCase:
    return NewCase(title, category, region, "en", "Invented messages, details synthetic.",
                   priority=priority, severity=severity, new_defender=NewDefender("Heron"),
                   assignee_id=assignee)


def everything_shared(session: Session) -> str:
    """All that leaves the responder's store or is shown to others: outbox rows and the audit log."""
    db = session.store.db
    outbox = db.execute("SELECT entity, entity_id, routing, payload FROM outbox").fetchall()
    audit = db.execute("SELECT action, entity, entity_id, detail FROM audit_log").fetchall()
    return canonical_json([[list(r[:3]), bytes(r[3]).decode()] for r in outbox] + [list(a) for a in audit])
