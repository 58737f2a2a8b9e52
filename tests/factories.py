"""Deterministic test data: reference data (regions, a team, responders) and caseloads built through
`CaseService`, with a `FixedClock` that the factory advances. No hypothesis, no wall clock.

`CaseFactory` also keeps its own model of every case it made (`Expected`), updated as it changes them,
so queue and search tests can compare SQL results with a pure-Python oracle that never reads the
database back.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import Region, Responder, RiskItem
from hrdcase.models.enums import CaseStatus, CivicSpace, IncidentCategory, Priority, Role
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.models.workflow import allowed_targets
from hrdcase.services.cases import CaseService
from hrdcase.storage.keys import KdfParams
from hrdcase.storage.profile import Profile
from hrdcase.storage.store import Store

REGIONS = (
    Region("KE", "Kenya", CivicSpace.REPRESSED, ("en", "sw")),
    Region("BR", "Brazil", CivicSpace.OBSTRUCTED, ("pt",)),
    Region("FR", "France", CivicSpace.NARROWED, ("fr",)),
    Region("PH", "Philippines", CivicSpace.REPRESSED, ("en", "tl")),
    Region("MX", "Mexico", CivicSpace.REPRESSED, ("es",)),
)
# Mixed case on purpose ("ana" and "Ana" tie under NOCASE): the id breaks such ties.
RESPONDER_NAMES = ("Ana", "bruno", "Chidi", "ana", "Dmitri", "eve")
PSEUDONYMS = ("Heron", "heron", "Kestrel", "Owl", "osprey", "Wren", "Falcon", "lark")
# Some words are prefixes of others (phish/phishing, dox/doxxed): search matches prefixes.
WORDS = (
    "phish", "phishing", "account", "Account", "dox", "doxxed", "harass", "threat", "spyware",
    "deepfake", "takedown", "Journalist", "lawyer", "union", "river", "land", "election",
    "protest", "Campaign", "impersonation", "leak", "address", "photo", "video", "Signal",
)


@dataclass
class World:
    team_id: int
    responders: list[Responder]
    regions: tuple[Region, ...] = REGIONS

    def responder_name(self, responder_id: int | None) -> str | None:
        for r in self.responders:
            if r.id == responder_id:
                return r.display_name
        return None


def seed_reference(store: Store, team_name: str = "Desk A") -> World:
    with store.transaction() as uow:
        for region in REGIONS:
            uow.reference.add_region(region)
        team_id = uow.reference.add_team(team_name)
        responders = []
        for name in RESPONDER_NAMES:
            r = Responder(0, name, team_id, frozenset({Role.RESPONDER}), ("en",), ("KE",))
            responders.append(Responder(uow.reference.add_responder(r), name, team_id,
                                        frozenset({Role.RESPONDER}), ("en",), ("KE",)))
    return World(team_id, responders)


@dataclass
class Expected:
    """What the factory believes a case looks like: the oracle's input."""

    id: int
    ref: str
    title: str
    summary: str
    status: CaseStatus
    priority: Priority
    category: IncidentCategory
    region_code: str
    language: str
    assignee_id: int | None
    assignee: str | None
    defender_id: int
    pseudonym: str
    created_at: datetime
    updated_at: datetime
    version: int = 1
    descriptions: list[str] = field(default_factory=list)

    def search_text(self) -> str:
        return " ".join((self.title, self.ref, self.pseudonym, self.summary, *self.descriptions))


class CaseFactory:
    def __init__(self, store: Store, service: CaseService, clock: FixedClock, world: World,
                 seed: int = 7) -> None:
        self.store = store
        self.service = service
        self.clock = clock
        self.world = world
        self.rng = random.Random(seed)
        self.cases: dict[int, Expected] = {}
        self._defenders: dict[str, int] = {}

    # ---- small deterministic choices
    def words(self, n: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(n))

    def tick(self) -> None:
        # Zero-length steps now and then, so that timestamps tie and the id has to break ties.
        self.clock.advance(timedelta(minutes=self.rng.choice((0, 0, 1, 7, 30, 90))))

    # ---- use cases, mirrored in the model
    def open(self, **overrides: Any) -> Expected:
        rng = self.rng
        region = rng.choice(self.world.regions)
        language = rng.choice(region.languages) if rng.random() < 0.85 else "fr"
        pseudonym = rng.choice(PSEUDONYMS)
        existing = self._defenders.get(pseudonym)
        assignee = rng.choice(self.world.responders) if rng.random() < 0.7 else None
        fields: dict[str, Any] = {
            "title": f"{self.words(3)} {len(self.cases)}",
            "category": rng.choice(list(IncidentCategory)),
            "region_code": region.code,
            "language": language,
            "description": self.words(6),
            "priority": rng.choice(list(Priority)),
            "summary": self.words(4),
            "defender_id": existing,
            "new_defender": None if existing else NewDefender(pseudonym, legal_name="L " + pseudonym),
            "assignee_id": assignee.id if assignee else None,
        }
        fields.update(overrides)
        draft = NewCase(**fields)
        self.tick()
        case_id, _ = self.service.open_case(draft)
        with self.store.read() as uow:
            stored = uow.cases.get(case_id)  # the ref is random; everything else is ours
        if draft.new_defender is not None and draft.defender_id is None:
            pseudonym = draft.new_defender.pseudonym
            self._defenders.setdefault(pseudonym, stored.defender_id)
        else:
            pseudonym = next(p for p, i in self._defenders.items() if i == draft.defender_id)
        now = self.clock.now()
        expected = Expected(
            id=case_id, ref=stored.ref, title=draft.title.strip(), summary=draft.summary,
            status=CaseStatus.NEW, priority=draft.priority, category=draft.category,
            region_code=draft.region_code, language=draft.language.strip(),
            assignee_id=draft.assignee_id, assignee=self.world.responder_name(draft.assignee_id),
            defender_id=stored.defender_id, pseudonym=pseudonym, created_at=now, updated_at=now,
            descriptions=[draft.description],
        )
        self.cases[case_id] = expected
        return expected

    def move(self, e: Expected, target: CaseStatus) -> None:
        self.tick()
        self.service.change_status(e.id, target, e.version)
        e.status, e.version, e.updated_at = target, e.version + 1, self.clock.now()

    def walk(self, e: Expected, steps: int) -> None:
        """Take `steps` legal status steps, chosen at random."""
        for _ in range(steps):
            self.move(e, self.rng.choice(sorted(allowed_targets(e.status))))

    def assign(self, e: Expected, responder: Responder | None) -> None:
        rid = responder.id if responder else None
        if rid == e.assignee_id:
            return
        self.tick()
        self.service.assign(e.id, rid, e.version)
        e.assignee_id, e.assignee = rid, responder.display_name if responder else None
        e.version, e.updated_at = e.version + 1, self.clock.now()

    def retitle(self, e: Expected, title: str) -> None:
        self.tick()
        self.service.update_fields(e.id, e.version, title=title)
        e.title, e.version, e.updated_at = title, e.version + 1, self.clock.now()

    def set_priority(self, e: Expected, priority: Priority) -> None:
        if priority == e.priority:
            return
        self.tick()
        self.service.update_fields(e.id, e.version, priority=priority)
        e.priority, e.version, e.updated_at = priority, e.version + 1, self.clock.now()

    def add_incident(self, e: Expected, description: str) -> None:
        self.tick()
        self.service.add_incident(e.id, IncidentCategory.CYBER_HARASSMENT, description)
        e.descriptions.append(description)
        e.version, e.updated_at = e.version + 1, self.clock.now()

    def add_risk_note(self, e: Expected, threat: int, vulnerability: int, capacity: int | None,
                      rationale: str = "") -> None:
        self.tick()
        self.service.add_risk_note(
            e.id, [RiskItem("threat", threat)], [RiskItem("vulnerability", vulnerability)],
            [] if capacity is None else [RiskItem("capacity", capacity)], rationale=rationale,
        )
        e.version, e.updated_at = e.version + 1, self.clock.now()

    # ---- a whole caseload
    def caseload(self, n: int) -> list[Expected]:
        made = [self.open() for _ in range(n)]
        for e in made:
            roll = self.rng.random()
            if roll < 0.6:
                self.walk(e, self.rng.randint(1, 5))
            if roll < 0.2:
                self.assign(e, self.rng.choice([None, *self.world.responders]))
            if roll > 0.85:
                self.retitle(e, f"{self.words(2)} retitled {e.id}")
            if 0.4 < roll < 0.5:
                self.set_priority(e, self.rng.choice(list(Priority)))
            if 0.5 < roll < 0.55:
                self.add_incident(e, self.words(3))
        return made


# ---- the oracle's text matching: FTS5 unicode61 on ASCII text, every word a prefix of a token
_TOKEN = re.compile(r"[0-9a-z]+")
_QUERY_WORD = re.compile(r"\w+")


def text_matches(query: str, text: str) -> bool:
    words = [w.lower() for w in _QUERY_WORD.findall(query)]
    tokens = _TOKEN.findall(text.lower())
    return all(any(t.startswith(w) for t in tokens) for w in words)


# ---- a fresh profile on disk, ready for services
@dataclass
class Caseload:
    profile: Profile
    store: Store
    service: CaseService
    world: World
    clock: FixedClock

    def factory(self, seed: int = 7) -> CaseFactory:
        return CaseFactory(self.store, self.service, self.clock, self.world, seed)

    def close(self) -> None:
        self.store.close()
        self.profile.release()


def new_caseload(profile_dir: Path, clock: FixedClock, passphrase: str, kdf: KdfParams) -> Caseload:
    profile = Profile(profile_dir)
    store = profile.create(passphrase, kdf)
    world = seed_reference(store)
    me = world.responders[0].id
    service = CaseService(store, clock, me, store.device_id)
    return Caseload(profile, store, service, world, clock)


def open_and_close(profile_dir: Path, passphrase: str) -> int:
    """Unlock, count the cases, close and release: proves a profile opens (and is not locked)."""
    profile = Profile(profile_dir)
    store = profile.unlock(passphrase)
    try:
        return store.db.execute("SELECT count(*) FROM cases").fetchone()[0]
    finally:
        store.close()
        profile.release()
