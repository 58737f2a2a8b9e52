"""The demo's people, places and team (see build.py): invented regions, teams, responders and
defenders, how much each person is meant to carry, and the surges. Names belong to nobody: given
and family names are glued from the syllables below, pseudonyms pair a bird with a tree."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from itertools import accumulate
from typing import Any

from hrdcase.models.entities import Defender, Region, Responder
from hrdcase.models.enums import CivicSpace, NotificationChannel, Priority, Role
from hrdcase.models.playbooks import Playbook
from hrdcase.models.sla import SlaPolicy
from hrdcase.services.playbooks import bundled_library
from hrdcase.services.sla_policy import default_sla_policy
from hrdcase.wellbeing.limits import Limit
from hrdcase.wellbeing.policy import WorkloadPolicy, load_policy

# ------------------------------------------------------------------ invented reference data
# (code, name, civic space, languages, cities, relative caseload)
REGIONS: tuple[tuple[str, str, CivicSpace, tuple[str, ...], tuple[str, ...], int], ...] = (
    ("XA", "Valmoria", CivicSpace.OPEN, ("en", "fr"), ("Port Ilsen", "Brevalle", "Ostmark Bay"), 6),
    ("XB", "Kestrane Coast", CivicSpace.NARROWED, ("es", "pt"),
     ("San Quelmo", "Arrecifa", "Tolvina"), 10),
    ("XC", "Duranthe", CivicSpace.NARROWED, ("fr", "ar", "en"),
     ("Mirevaux", "Qasr Almet", "Lune-sur-Dor"), 11),
    ("XD", "Sarvel Highlands", CivicSpace.OBSTRUCTED, ("sw", "en"),
     ("Kilomari", "Ndevu Pass", "Upper Sarvel"), 13),
    ("XE", "Ilvenmark", CivicSpace.OBSTRUCTED, ("uk", "ru"), ("Zhovtograd", "Ilven", "Bereshky"), 14),
    ("XF", "Marrowfen Republic", CivicSpace.REPRESSED, ("tr", "ar"),
     ("Karadolu", "Fenhaven", "Yesilkum"), 17),
    ("XG", "Tesh Plateau", CivicSpace.REPRESSED, ("fa", "ar", "en"),
     ("Dasht-e Noor", "Teshabad", "Kahrun"), 15),
    ("XH", "Vessarine Isles", CivicSpace.CLOSED, ("ru", "en"), ("Nordport", "Sable Key", "Ostrin"), 14),
)

TEAMS = ("Lantern desk", "Harbour desk", "Compass desk", "Beacon desk")
# Each desk works from its own time zone (responders' local day, week and graphic cut-off).
TEAM_ZONES = ("Europe/Berlin", "America/Bogota", "Africa/Nairobi", "Asia/Manila")

# Names are built only from these syllables: a given name of two, a family name of three.
GIVEN_SYLLABLES = (
    "za", "quo", "vel", "thry", "ix", "oro", "kae", "ny", "zu", "ryl", "esh", "vaun", "qi", "ulm",
    "dra", "yso", "pel", "kov", "ae", "thi",
)
FAMILY_SYLLABLES = (
    "vrax", "ulo", "thir", "qen", "zab", "orr", "mek", "yll", "dros", "kai", "bev", "uth", "zim",
    "aqa", "fel", "ront", "xi", "sev", "ivo", "gha",
)
BIRDS = (
    "Heron", "Kestrel", "Wren", "Swift", "Plover", "Ibis", "Tern", "Egret", "Lark", "Finch",
    "Osprey", "Curlew", "Hoopoe", "Bittern", "Shrike", "Avocet", "Dunlin", "Siskin", "Godwit",
    "Weaver", "Sunbird", "Bulbul", "Hornbill", "Kingfisher",
)
TREES = (
    "Alder", "Rowan", "Cedar", "Willow", "Hazel", "Juniper", "Linden", "Acacia", "Baobab",
    "Tamarind", "Olive", "Cypress", "Birch", "Yew", "Aspen", "Hornbeam", "Ceiba", "Neem",
    "Moringa", "Sycamore",
)
GENDER_FACTORS = (
    ("woman_hrd", 0.5), ("lgbti", 0.14), ("indigenous", 0.1), ("journalist", 0.22),
    ("family_targeted", 0.12), ("youth", 0.1), ("disability", 0.05), ("ethnic_minority", 0.1),
)
class Picker:
    """Weighted choice over a fixed population, by bisecting cumulative weights (fast)."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum = list(accumulate(weight for _, weight in pairs))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect(self.cum, rng.random() * self.total)]


def synthetic_name(rng: random.Random) -> str:
    """A person's name that belongs to nobody: two given syllables, three family syllables."""
    given = "".join(rng.choice(GIVEN_SYLLABLES) for _ in range(2)).capitalize()
    family = "".join(rng.choice(FAMILY_SYLLABLES) for _ in range(3)).capitalize()
    return f"{given} {family}"


def is_synthetic_name(name: str) -> bool:
    """True when `name` is a given name and a family name made only of the demo's syllables."""
    parts = name.split(" ")
    return (
        len(parts) == 2
        and _segments(parts[0].lower(), GIVEN_SYLLABLES)
        and _segments(parts[1].lower(), FAMILY_SYLLABLES)
    )


def _segments(word: str, syllables: Sequence[str]) -> bool:
    ends = {0}
    for i in range(len(word)):
        if i in ends:
            ends.update(i + len(s) for s in syllables if word.startswith(s, i))
    return len(word) in ends and len(word) > 0


# ------------------------------------------------------------------ the world

SURGE_REGION = "XF"  # the active surge: Marrowfen Republic, an election week


@dataclass
class World:
    regions: list[Region]
    region_pick: Picker
    open_region_pick: Picker
    region_team: dict[str, int]
    cities: dict[str, tuple[str, ...]]
    civic: dict[str, CivicSpace]
    responders: list[Responder]
    pool: dict[tuple[str, str], list[int]]  # (region, language) -> assignable responder ids
    region_pool: dict[str, list[int]]
    supervisor_of_team: dict[int, int]
    team_of: dict[int, int]
    defenders: dict[str, list[tuple[int, str, tuple[str, ...]]]]  # region -> (id, pseudo, factors)
    defender_by_id: dict[int, Defender]
    me: int
    now: datetime
    refs: set[str] = field(default_factory=set)
    policy: WorkloadPolicy = field(default_factory=load_policy)
    sla: SlaPolicy = field(default_factory=default_sla_policy)
    library: dict[str, Playbook] = field(default_factory=bundled_library)
    # responder -> (open cases, P1 cases) they are meant to carry; above the policy = an override
    caps: dict[int, tuple[int, int]] = field(default_factory=dict)
    surges: list[tuple[str, datetime, datetime]] = field(default_factory=list)
    closed_work_share: float = 1.0
    worked: list[int] = field(default_factory=list)  # cases with playbooks, decisions, ...
    open_load: dict[int, int] = field(default_factory=dict)
    p1_load: dict[int, int] = field(default_factory=dict)

    def with_room(self, candidates: list[int], p1: bool) -> list[int]:
        return [c for c in dict.fromkeys(candidates)
                if self.open_load.get(c, 0) < self.caps[c][0]
                and not (p1 and self.p1_load.get(c, 0) >= self.caps[c][1])]

    def pick_open(self, rand: Callable[[], float], candidates: list[int]) -> int:
        """The one to take an open case: the more room left under their load, the likelier, so
        that each person ends near the load they are meant to carry."""
        room = list(accumulate(self.caps[c][0] - self.open_load.get(c, 0) for c in candidates))
        return candidates[bisect(room, rand() * room[-1])]

    def take(self, responder_id: int, p1: bool) -> tuple[Limit, ...]:
        """Count the case against the responder; the limits it takes them over, if any."""
        self.open_load[responder_id] = self.open_load.get(responder_id, 0) + 1
        over = []
        if self.open_load[responder_id] > self.policy.max_open_cases:
            over.append(Limit.OPEN_CASES)
        if p1:
            self.p1_load[responder_id] = self.p1_load.get(responder_id, 0) + 1
            if self.p1_load[responder_id] > self.policy.max_concurrent_p1:
                over.append(Limit.CONCURRENT_P1)
        return tuple(over)

    def in_surge(self, region: str, at: datetime) -> bool:
        return any(code == region and start <= at < end for code, start, end in self.surges)

    def spans(self, priority: Priority) -> tuple[float, float, float]:
        """(first response, resolution, warning lead) in seconds for a case opened now."""
        first, resolution = self.sla.deadlines(self.now, priority)
        lead = self.now - (self.now - self.sla.targets[priority].warning_before)
        return ((first - self.now).total_seconds(), (resolution - self.now).total_seconds(),
                lead.total_seconds())


def reference_data(uow: Any, rng: random.Random, cases: int, now: datetime) -> World:
    regions = [Region(code, name, civic, langs) for code, name, civic, langs, _c, _w in REGIONS]
    for region in regions:
        uow.reference.add_region(region)
    n_teams = 4 if cases >= 2_000 else 3
    team_ids = [uow.reference.add_team(name) for name in TEAMS[:n_teams]]
    region_team = {r.code: team_ids[i % n_teams] for i, r in enumerate(regions)}
    responders = _responders(uow, rng, cases, regions, team_ids, region_team)
    workers = [r for r in responders if not r.has(Role.ADMIN)]
    policy = load_policy()
    caps = _caps(rng, workers, policy)
    share = {w.id: _load_share(w, caps[w.id][0], policy) for w in workers}
    supervisor_of_team = {r.team_id: r.id for r in responders if r.has(Role.SUPERVISOR)}
    region_pool = {
        r.code: [w.id for w in workers if r.code in w.regions for _ in range(share[w.id])]
        for r in regions
    }
    pool = {
        (r.code, lang): [
            w.id for w in workers if r.code in w.regions and lang in w.languages
            for _ in range(share[w.id])
        ]
        for r in regions
        for lang in r.languages
    }
    region_pick = Picker([(r, w) for r, (*_x, w) in zip(regions, REGIONS, strict=True)])
    # Open cases arrive where people can take them: each region gets the share of the team's
    # planned load of those who cover it (so no desk drowns while another sits idle).
    room = {r.code: 0.0 for r in regions}
    for w in workers:
        for code in w.regions:
            over = caps[w.id][0] > policy.max_open_cases  # more arrives where the override is
            room[code] += caps[w.id][0] * (1.5 if over else 1.0) / len(w.regions)
    open_region_pick = Picker([(r, room[r.code] or 0.5) for r in regions])
    defenders, by_id = _defenders(uow, rng, cases, regions, region_pick)
    world = World(
        regions=regions, region_pick=region_pick, open_region_pick=open_region_pick,
        region_team=region_team,
        cities={code: cities for code, _n, _c, _l, cities, _w in REGIONS},
        civic={code: civic for code, _n, civic, _l, _c, _w in REGIONS}, responders=responders, pool=pool,
        region_pool=region_pool, supervisor_of_team=supervisor_of_team,
        team_of={r.id: r.team_id for r in responders}, defenders=defenders,
        defender_by_id=by_id, me=supervisor_of_team[team_ids[0]], now=now, policy=policy,
        caps=caps,
    )
    return world


def _responders(uow: Any, rng: random.Random, cases: int, regions: list[Region],
                team_ids: list[int], region_team: dict[str, int]) -> list[Responder]:
    n_teams = len(team_ids)
    team_regions = {t: [r for r in regions if region_team[r.code] == t] for t in team_ids}
    n_responders = max(12, min(40, 12 + cases // 3_500))
    responders: list[Responder] = []
    names: set[str] = set()
    for i in range(n_responders):
        team = team_ids[i % n_teams]
        if i == 0:
            role = Role.ADMIN
        elif i <= n_teams:
            role = Role.SUPERVISOR
            team = team_ids[i - 1]
        else:
            role = Role.RESPONDER
        own = team_regions[team]
        covered = [r.code for r in own]
        if rng.random() < 0.2:  # a few also cover a neighbouring desk's region
            extra = rng.choice(regions).code
            if extra not in covered:
                covered.append(extra)
        spoken = sorted({lang for r in own for lang in r.languages if rng.random() < 0.75} | {"en"})
        name = synthetic_name(rng)
        while name in names:
            name = synthetic_name(rng)
        names.add(name)
        draft = Responder(0, name, team, frozenset({role}), tuple(spoken), tuple(covered),
                          TEAM_ZONES[team_ids.index(team)])
        responder_id = uow.reference.add_responder(draft)
        responders.append(replace(draft, id=responder_id))
    return responders


def _defenders(uow: Any, rng: random.Random, cases: int, regions: list[Region],
               region_pick: Picker) -> tuple[dict[str, list[tuple[int, str, tuple[str, ...]]]],
                                              dict[int, Defender]]:
    n_defenders = max(20, int(cases * 0.55))
    defenders: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {r.code: [] for r in regions}
    by_id: dict[int, Defender] = {}
    pseudonyms: set[str] = set()
    channels = tuple(NotificationChannel)
    top = max(1_000, n_defenders // 40)  # keeps the bird-tree-number space mostly free
    for i in range(n_defenders):
        # Every region gets defenders first, then the busier regions more of them.
        region = regions[i] if i < len(regions) else region_pick(rng)
        pseudonym = _pseudonym(rng, top)
        while pseudonym in pseudonyms:
            pseudonym = _pseudonym(rng, top)
        pseudonyms.add(pseudonym)
        factors = tuple(tag for tag, p in GENDER_FACTORS if rng.random() < p)
        langs = tuple(sorted({rng.choice(region.languages) for _ in range(2)}))
        defender = Defender(
            0, pseudonym, synthetic_name(rng), region.code, langs, factors,
            do_not_contact=rng.random() < 0.04, contact_channel=rng.choice(channels).value,
        )
        defender_id = uow.reference.add_defender(defender)
        by_id[defender_id] = replace(defender, id=defender_id)
        defenders[region.code].append((defender_id, pseudonym, factors))
    return defenders, by_id


# Share of the open-case limit each responder carries: a team is never all at the limit.
_LOAD_FRACTIONS = (0.3, 0.45, 0.55, 0.65, 0.75, 0.85, 0.92, 1.0)


def _caps(rng: random.Random, workers: list[Responder],
          policy: WorkloadPolicy) -> dict[int, tuple[int, int]]:
    """How many open cases (and P1 cases) each person is meant to carry. Supervisors carry a few.
    One responder carries one case over the open-case limit and another one P1 case over the P1
    limit: a supervisor overrode the limit with a written reason (see `OVERRIDE_REASONS`)."""
    caps = {}
    for w in workers:
        if w.has(Role.SUPERVISOR):
            caps[w.id] = (2 + int(rng.random() * 5), 1)
        else:
            share = _LOAD_FRACTIONS[int(rng.random() * len(_LOAD_FRACTIONS))]
            caps[w.id] = (max(3, round(policy.max_open_cases * share)), policy.max_concurrent_p1)
    plain = [w.id for w in workers if not w.has(Role.SUPERVISOR)]
    if len(plain) >= 2:
        caps[plain[0]] = (policy.max_open_cases + 1, policy.max_concurrent_p1)
        caps[plain[1]] = (max(caps[plain[1]][0], 12), policy.max_concurrent_p1 + 1)
    return caps


OVERRIDE_REASONS = {
    Limit.OPEN_CASES: "Same defender as two of their open cases; continuity matters more than "
                      "the count this week. Two of their cases move to a colleague on Monday.",
    Limit.CONCURRENT_P1: "The only one on shift who speaks the defender's language; the next P1 "
                         "goes to a colleague and the load is reviewed at the daily stand-up.",
}


def add_surges(uow: Any, world: World) -> int:
    """One surge active now, one ended early three weeks ago, one that ran its course; returns the
    audit entries written (declared, ended)."""
    now = world.now
    plans = (  # region, starts (days ago), ends (days from now), ended early (days ago), reason
        (SURGE_REGION, 2.5, 4.5, None,
         "Election week: coordinated harassment of election monitors and journalists."),
        ("XD", 24.0, -10.0, 17.0, "Protest wave after the land-law vote; calmer since the ruling."),
        ("XH", 45.0, -38.0, None, "Mass account suspensions of civil-society pages."),
    )
    entries: list[tuple[Any, ...]] = []
    team = world.region_team
    for region, ago, ahead, ended_ago, reason in plans:
        boss = world.supervisor_of_team[team[region]]
        starts, ends = now - timedelta(days=ago), now + timedelta(days=ahead)
        declared = starts - timedelta(hours=1)
        surge_id = uow.wellbeing.add_surge(region, starts, ends, reason, boss, declared)
        others = [r.id for r in world.responders
                  if r.team_id != team[region] and r.has(Role.RESPONDER)][:2]
        uow.wellbeing.add_surge_roster(surge_id, tuple(others))
        entries.append((declared, boss, "surge.declared", "surge", surge_id, None, {
            "surge_id": surge_id, "region": region, "starts_at": int(starts.timestamp()),
            "ends_at": int(ends.timestamp()), "roster": others}))
        if ended_ago is not None:
            ended = now - timedelta(days=ended_ago)
            uow.wellbeing.end_surge(surge_id, ended)
            entries.append((ended, boss, "surge.ended", "surge", surge_id, None,
                            {"surge_id": surge_id, "region": region}))
        world.surges.append((region, starts, min(ends, now - timedelta(days=ended_ago))
                             if ended_ago is not None else ends))
    uow.audit.append_many(entries)
    return len(entries)


def _load_share(responder: Responder, cap: int, policy: WorkloadPolicy) -> int:
    """How often a person comes up for a case in their regions: supervisors carry a lighter
    caseload than responders, and the one meant to go over the limit is asked first."""
    if responder.has(Role.SUPERVISOR):
        return 1
    return 12 if cap > policy.max_open_cases else 4


def _pseudonym(rng: random.Random, top: int) -> str:
    return f"{rng.choice(BIRDS)} {rng.choice(TREES)} {rng.randrange(10, top)}"
