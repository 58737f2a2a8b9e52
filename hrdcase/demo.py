"""A synthetic, deterministic demo caseload: `hrdcase demo`, the benchmarks and UI screenshots.

Everything here is invented. Regions carry ISO 3166 user-assigned codes (XA…XH) and made-up names;
responder and defender legal names are glued together from the syllable lists below, pseudonyms pair
a bird with a tree, and incident texts are assembled from phrase templates. No real person, place or
organisation is described.

The same `seed` and `now` give the same caseload (every random choice comes from one
`random.Random(seed)`, whatever the chunk size). Demo data is seed data, not a local edit: it writes
no outbox rows, so a device never tries to sync it. It does write the audit trail each case would
have had, through the hash-chained `AuditLog.append_many`: per case, a timeline (opened, incidents,
assignment, status changes that respect models/workflow.py, risk notes) in time order. Case ids
follow the order in which cases were opened; the audit log is written case after case, so its
sequence is chronological within a case, not across cases.

Speed: the caseload is written in chunks of `CHUNK` cases, one transaction and one `executemany`
per table per chunk (`CaseRepository.add_many`, `add_incidents`, `add_risk_notes`, `index_many`).
100,000 cases take about 35–40 s on the 2-core development machine without SQLCipher's
`cipher_memory_security`, and about 2 minutes with it (bench/store_bench.py; the setting makes every
allocation inside SQLite an mlock/munlock pair).
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from itertools import accumulate
from typing import Any, TypeVar

from hrdcase.demo_evidence import add_demo_evidence
from hrdcase.demo_signals import add_demo_signals
from hrdcase.models.entities import Case, Defender, Incident, Region, Responder, RiskItem, RiskNote
from hrdcase.models.enums import (
    CaseStatus,
    CivicSpace,
    IncidentCategory,
    IntakeChannel,
    NotificationChannel,
    Priority,
    RiskLevel,
    Role,
    Severity,
)
from hrdcase.models.intake import REF_BYTES, new_case_ref
from hrdcase.models.risk import risk_level, risk_score
from hrdcase.models.workflow import allowed_targets, is_reopening
from hrdcase.storage.store import Store
from hrdcase.wellbeing.policy import WorkloadPolicy, load_policy

CHUNK = 5_000
HISTORY_DAYS = 540  # about 18 months before `now`

T = TypeVar("T")

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
CONTEXT_FLAGS = (
    "election_period", "protest_wave", "armed_conflict", "internet_shutdown", "new_restrictive_law",
    "court_hearing",
)

HRD_ROLES = (
    "a land-rights organiser", "an independent journalist", "a women's shelter coordinator",
    "a trade union lawyer", "an LGBTI rights advocate", "an indigenous water defender",
    "a student protest organiser", "an anti-corruption researcher", "a community radio host",
    "a disability rights campaigner", "an election monitor", "a migrant rights volunteer",
    "a forest ranger turned whistleblower", "a housing rights tenant leader",
)
PLATFORMS = (
    "the main social network", "a video-sharing platform", "a messaging app", "a public forum",
    "a livestream service", "a photo-sharing app", "community group chats", "a microblogging site",
)
HASHTAGS = (
    "#TruthAboutThem", "#ForeignAgents", "#CleanTheCity", "#NoMoreLies", "#ExposeThem",
    "#ProtectOurValues", "#TraitorWatch", "#StopTheNGOs",
)

# Per category: short label for titles, and sentences that describe what happened.
_CATEGORY_TEXT: dict[IncidentCategory, tuple[str, tuple[str, ...]]] = {
    IncidentCategory.ACCOUNT_COMPROMISE: ("Account takeover", (
        "Someone logged in to the defender's account on {platform} from an unknown device and "
        "changed the recovery email.",
        "A phishing link disguised as a {platform} security notice captured the password; "
        "private messages were downloaded.",
        "Two-factor codes were intercepted after a SIM swap; the attacker posted from the account.",
    )),
    IncidentCategory.IMPERSONATION: ("Impersonation", (
        "A fake profile copying the defender's photo and name on {platform} is asking supporters "
        "for donations.",
        "An impostor account on {platform} announced that the defender's organisation had closed.",
        "Cloned accounts messaged {count} contacts pretending to be the defender.",
    )),
    IncidentCategory.DOXXING: ("Doxxing", (
        "The defender's home address in {city} and a photo of the building were posted on "
        "{platform}.",
        "A spreadsheet with the phone numbers of the defender's relatives circulated on {platform}.",
        "Posts revealed the school of the defender's children and daily routes.",
    )),
    IncidentCategory.NCII: ("Non-consensual intimate imagery", (
        "Intimate images shared without consent are spreading on {platform}; {count} reposts so "
        "far.",
        "A former partner threatened to publish private images unless the defender stops "
        "campaigning.",
    )),
    IncidentCategory.DEEPFAKE_SEXUAL: ("Sexual deepfake", (
        "A sexualised deepfake video using the defender's face appeared on {platform} before a "
        "public hearing.",
        "Manipulated explicit images of the defender were sent to colleagues and journalists.",
    )),
    IncidentCategory.CYBER_HARASSMENT: ("Cyber-harassment", (
        "Hundreds of abusive replies under each post on {platform}, many with slurs and insults.",
        "Daily abusive messages from a cluster of accounts; the defender has disabled comments.",
        "Mocking memes and insults flood the defender's posts about the {city} evictions.",
    )),
    IncidentCategory.CYBER_STALKING: ("Cyber-stalking", (
        "An account tracks the defender's location posts and comments on where they are within "
        "minutes.",
        "The same person keeps creating new accounts on {platform} after each block to follow the "
        "defender.",
    )),
    IncidentCategory.INCITEMENT: ("Incitement to violence", (
        "Posts on {platform} call on followers to 'deal with' the defender at the next rally in "
        "{city}.",
        "A widely shared video names the defender as an enemy and urges people to find them.",
    )),
    IncidentCategory.COORDINATED_HARASSMENT: ("Coordinated harassment", (
        "A coordinated campaign with the hashtag {hashtag} targets the defender from {count} "
        "newly created accounts.",
        "Identical messages posted within minutes by a network of accounts suggest an organised "
        "brigade.",
        "Mass reporting of the defender's posts is coordinated in a public channel on {platform}.",
    )),
    IncidentCategory.GENDERED_DISINFORMATION: ("Gendered disinformation", (
        "Fabricated stories about the defender's private life spread on {platform} with the "
        "hashtag {hashtag}.",
        "Edited screenshots claim the defender takes foreign money and neglects her family.",
    )),
    IncidentCategory.DEFAMATION_CAMPAIGN: ("Defamation campaign", (
        "Pro-government pages accuse the defender of fraud and publish forged documents.",
        "A talk show clip calling the defender a traitor is amplified on {platform}.",
    )),
    IncidentCategory.THREATS_OF_VIOLENCE: ("Threats of violence", (
        "Direct messages on {platform} threaten to kill the defender and describe their car.",
        "A threatening voice note mentions the defender's office in {city} and the time they "
        "leave.",
        "Photos of weapons were sent with the message 'you are next'.",
    )),
    IncidentCategory.SURVEILLANCE_SPYWARE: ("Suspected spyware", (
        "The defender's phone shows signs of spyware after a suspicious link arrived by SMS.",
        "A forensic check found traces of a mercenary spyware implant on the defender's phone.",
        "Private meeting details known only from the defender's phone were quoted by officials.",
    )),
    IncidentCategory.LEGAL_OR_STATE_TAKEDOWN: ("State takedown demand", (
        "Authorities sent a legal demand to remove the defender's report on police abuse in "
        "{city}.",
        "A court order citing 'false information' seeks removal of {count} posts by the "
        "defender.",
    )),
    IncidentCategory.WRONGLY_RESTRICTED: ("Wrongful restriction", (
        "The defender's account on {platform} was suspended after mass reporting; documentation "
        "of abuses is now offline.",
        "Posts documenting the {city} protests were removed as graphic content without review.",
    )),
}

_OPENINGS = (
    "The defender contacted the helpline after {trigger}.",
    "A trusted partner in {city} flagged this after {trigger}.",
    "Reported on {weekday} after {trigger}.",
    "Proactive monitoring picked this up following {trigger}.",
)
_TRIGGERS = (
    "a televised debate", "a public hearing on land rights", "a protest outside the ministry",
    "the publication of an investigation", "a court appearance", "a march in {city}",
    "an interview on community radio", "a report on prison conditions",
)
_IMPACTS = (
    "The defender has stopped posting and fears for their family.",
    "Colleagues at the organisation received copies and are worried.",
    "The defender asks that nothing is done without consulting them first.",
    "Their lawyer has been informed; preserve evidence before any takedown.",
    "The defender is temporarily staying with relatives outside {city}.",
    "Local partners report similar attacks on other activists this week.",
)
_DETAILS = (
    "Screenshots and {count} links were preserved.",
    "Evidence was archived with timestamps.",
    "Most accounts were created in the last two weeks.",
    "Several posts use the hashtag {hashtag}.",
    "The defender's preferred language for follow-up is noted on file.",
    "",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_THREATS = {
    "default": (
        "Online abuse escalating in volume", "Home address exposed", "Explicit threats of harm",
        "Account takeover attempts", "Smear campaign by state-aligned media",
    ),
    IncidentCategory.SURVEILLANCE_SPYWARE: (
        "Device compromise by spyware", "Communications with sources exposed",
    ),
    IncidentCategory.THREATS_OF_VIOLENCE: (
        "Credible threats of physical violence", "Attackers know daily routine",
    ),
    IncidentCategory.DOXXING: ("Home address exposed", "Relatives identified online"),
}
_VULNERABILITIES = (
    "Lives alone", "Public-facing role with a known workplace", "Shares devices with family",
    "No two-factor authentication on the main account", "Family members named online",
    "Limited access to legal support", "Relies on a single phone",
    "Works in a remote area with poor connectivity",
)
_CAPACITIES = (
    "Strong local network of peers", "Access to a digital security helpline",
    "Legal aid organisation on call", "Uses a password manager and security keys",
    "Trusted partner can relocate at short notice", "Media contacts ready to respond",
)
_MITIGATIONS = (
    "Enable security keys and review recovery options.",
    "Daily check-in through the agreed channel.",
    "Preserve evidence and prepare a platform escalation.",
    "Refer to the legal aid partner for a protection order.",
    "Reduce public location sharing for two weeks.",
    "Device check with a trusted forensic partner.",
)

# SLA anchors per priority: first response, resolution.
_SLA = {
    Priority.P1: (timedelta(hours=2), timedelta(days=3)),
    Priority.P2: (timedelta(hours=8), timedelta(days=7)),
    Priority.P3: (timedelta(hours=24), timedelta(days=14)),
    Priority.P4: (timedelta(hours=72), timedelta(days=30)),
}
_REVIEW = {
    RiskLevel.CRITICAL: timedelta(days=3),
    RiskLevel.HIGH: timedelta(days=7),
    RiskLevel.MEDIUM: timedelta(days=14),
    RiskLevel.LOW: timedelta(days=30),
}

# ------------------------------------------------------------------ workflow paths
S = CaseStatus
# Status paths after NEW that end in each status (weight), checked against the workflow at import.
_PATHS: dict[CaseStatus, tuple[tuple[tuple[CaseStatus, ...], int], ...]] = {
    S.NEW: (((), 1),),
    S.TRIAGED: (((S.TRIAGED,), 1),),
    S.IN_PROGRESS: (
        ((S.TRIAGED, S.IN_PROGRESS), 12),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.IN_PROGRESS), 5),
        ((S.TRIAGED, S.ESCALATED, S.IN_PROGRESS), 2),
        ((S.ESCALATED, S.IN_PROGRESS), 1),
        ((S.TRIAGED, S.IN_PROGRESS, S.RESOLVED, S.IN_PROGRESS), 1),
        ((S.TRIAGED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED, S.IN_PROGRESS), 1),
    ),
    S.WAITING_ON_HRD: (
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD), 6),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.IN_PROGRESS, S.WAITING_ON_HRD), 2),
        ((S.TRIAGED, S.ESCALATED, S.WAITING_ON_HRD), 1),
    ),
    S.ESCALATED: (
        ((S.ESCALATED,), 2),
        ((S.TRIAGED, S.ESCALATED), 3),
        ((S.TRIAGED, S.IN_PROGRESS, S.ESCALATED), 3),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.ESCALATED), 1),
    ),
    S.RESOLVED: (
        ((S.TRIAGED, S.IN_PROGRESS, S.RESOLVED), 6),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.IN_PROGRESS, S.RESOLVED), 2),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.RESOLVED), 2),
        ((S.TRIAGED, S.ESCALATED, S.RESOLVED), 1),
        ((S.TRIAGED, S.IN_PROGRESS, S.ESCALATED, S.RESOLVED), 1),
    ),
    S.CLOSED: (
        ((S.TRIAGED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED), 8),
        ((S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_HRD, S.RESOLVED, S.CLOSED), 3),
        ((S.TRIAGED, S.ESCALATED, S.RESOLVED, S.CLOSED), 1),
        ((S.TRIAGED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED), 1),
    ),
}
# Most of a caseload is open; (status, share, age range in days).
_STATUS_MIX: tuple[tuple[CaseStatus, int, tuple[float, float]], ...] = (
    (S.NEW, 12, (0.0, 10.0)),
    (S.TRIAGED, 11, (0.2, 25.0)),
    (S.IN_PROGRESS, 27, (1.0, 150.0)),
    (S.WAITING_ON_HRD, 10, (3.0, 200.0)),
    (S.ESCALATED, 7, (0.5, 90.0)),
    (S.RESOLVED, 12, (7.0, 420.0)),
    (S.CLOSED, 21, (14.0, HISTORY_DAYS - 1.0)),
)
_CATEGORY_WEIGHTS = {
    IncidentCategory.ACCOUNT_COMPROMISE: 12, IncidentCategory.IMPERSONATION: 8,
    IncidentCategory.DOXXING: 8, IncidentCategory.NCII: 4, IncidentCategory.DEEPFAKE_SEXUAL: 3,
    IncidentCategory.CYBER_HARASSMENT: 14, IncidentCategory.CYBER_STALKING: 4,
    IncidentCategory.INCITEMENT: 5, IncidentCategory.COORDINATED_HARASSMENT: 10,
    IncidentCategory.GENDERED_DISINFORMATION: 6, IncidentCategory.DEFAMATION_CAMPAIGN: 6,
    IncidentCategory.THREATS_OF_VIOLENCE: 8, IncidentCategory.SURVEILLANCE_SPYWARE: 4,
    IncidentCategory.LEGAL_OR_STATE_TAKEDOWN: 4, IncidentCategory.WRONGLY_RESTRICTED: 6,
}
_GRAVE = frozenset({
    IncidentCategory.NCII, IncidentCategory.DEEPFAKE_SEXUAL, IncidentCategory.INCITEMENT,
    IncidentCategory.THREATS_OF_VIOLENCE, IncidentCategory.SURVEILLANCE_SPYWARE,
    IncidentCategory.DOXXING,
})
_SEVERITIES = (Severity.LOW, Severity.MODERATE, Severity.SEVERE, Severity.CRITICAL)
_SEVERITY_WEIGHTS = {False: (25, 45, 22, 8), True: (5, 30, 40, 25)}
_CHANNELS = (
    (IntakeChannel.HRD_REPORT, 55), (IntakeChannel.TRUSTED_PARTNER, 30),
    (IntakeChannel.PROACTIVE, 15),
)
_CLOSED_CIVIC = frozenset({CivicSpace.REPRESSED, CivicSpace.CLOSED})


def _check_paths() -> None:
    for target, options in _PATHS.items():
        for path, _weight in options:
            current = S.NEW
            for step in path:
                if step not in allowed_targets(current):
                    raise AssertionError(f"demo path {path} breaks the workflow at {step}")
                current = step
            if current != target:
                raise AssertionError(f"demo path {path} does not end in {target}")


_check_paths()


def _one(rand: Callable[[], float], items: Sequence[T]) -> T:
    """`random.choice` without its overhead (the builder makes millions of picks)."""
    return items[int(rand() * len(items))]


def _sample(rand: Callable[[], float], items: Sequence[T], k: int) -> list[T]:
    """`random.sample` for short tuples, without its overhead."""
    pool = list(items)
    return [pool.pop(int(rand() * len(pool))) for _ in range(k)]


class _Picker:
    """Weighted choice over a fixed population, by bisecting cumulative weights (fast)."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum = list(accumulate(weight for _, weight in pairs))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect(self.cum, rng.random() * self.total)]


# ------------------------------------------------------------------ summary


@dataclass(frozen=True)
class DemoSummary:
    regions: int
    teams: int
    responders: int
    defenders: int
    cases: int
    incidents: int
    risk_notes: int
    audit_entries: int
    me: int


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


# ------------------------------------------------------------------ the builder


@dataclass
class _World:
    regions: list[Region]
    region_pick: _Picker
    region_team: dict[str, int]
    cities: dict[str, tuple[str, ...]]
    civic: dict[str, CivicSpace]
    responders: list[Responder]
    pool: dict[tuple[str, str], list[int]]  # (region, language) -> assignable responder ids
    region_pool: dict[str, list[int]]
    supervisor_of_team: dict[int, int]
    team_of: dict[int, int]
    defenders: dict[str, list[tuple[int, str, tuple[str, ...]]]]  # region -> (id, pseudo, factors)
    me: int
    refs: set[str] = field(default_factory=set)
    policy: WorkloadPolicy = field(default_factory=load_policy)
    open_load: dict[int, int] = field(default_factory=dict)
    p1_load: dict[int, int] = field(default_factory=dict)

    def with_room(self, candidates: list[int], p1: bool) -> list[int]:
        return [c for c in candidates
                if self.open_load.get(c, 0) < self.policy.max_open_cases
                and not (p1 and self.p1_load.get(c, 0) >= self.policy.max_concurrent_p1)]

    def take(self, responder_id: int, p1: bool) -> None:
        self.open_load[responder_id] = self.open_load.get(responder_id, 0) + 1
        if p1:
            self.p1_load[responder_id] = self.p1_load.get(responder_id, 0) + 1


def build_demo(
    store: Store,
    cases: int,
    seed: int,
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty caseload with `cases` synthetic cases and their reference data.

    Deterministic for a given (`cases`, `seed`, `now`); `now` must be timezone-aware. Writes no outbox
    rows: demo data is seed data, not a local edit waiting to be synced.
    """
    if cases < 0:
        raise ValueError("cases must not be negative")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    rng = random.Random(seed)
    with store.transaction() as uow:
        if uow.cases.count() or uow.reference.responders():  # (every caseload knows the countries)
            raise ValueError("the demo caseload needs an empty profile")
        world = _reference_data(uow, rng, cases)
        uow.settings.set("me", str(world.me))
    schedule = _schedule(rng, cases)
    totals = {"cases": 0, "incidents": 0, "risk_notes": 0, "audit": 0}
    done = 0
    while done < cases:
        size = min(CHUNK, cases - done)
        with store.transaction() as uow:
            _write_chunk(uow, rng, world, schedule[done:done + size], now, totals)
        done += size
        if progress is not None:
            progress(done, cases)
    if progress is not None and cases == 0:
        progress(0, 0)
    with store.transaction() as uow:  # a few dozen synthetic evidence images (demo_evidence.py)
        totals["audit"] += add_demo_evidence(uow, seed, cases)
        add_demo_signals(uow, seed, now, world.responders, world.me)  # as if synced (demo_signals.py)
    return DemoSummary(
        regions=len(world.regions),
        teams=len(set(world.team_of.values())),
        responders=len(world.responders),
        defenders=sum(len(v) for v in world.defenders.values()),
        cases=cases,
        incidents=totals["incidents"],
        risk_notes=totals["risk_notes"],
        audit_entries=totals["audit"],
        me=world.me,
    )


def _reference_data(uow: Any, rng: random.Random, cases: int) -> _World:
    regions = [Region(code, name, civic, langs) for code, name, civic, langs, _c, _w in REGIONS]
    for region in regions:
        uow.reference.add_region(region)
    n_teams = 4 if cases >= 2_000 else 3
    team_ids = [uow.reference.add_team(name) for name in TEAMS[:n_teams]]
    region_team = {r.code: team_ids[i % n_teams] for i, r in enumerate(regions)}
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

    workers = [r for r in responders if not r.has(Role.ADMIN)]
    supervisor_of_team = {r.team_id: r.id for r in responders if r.has(Role.SUPERVISOR)}
    region_pool = {
        r.code: [w.id for w in workers if r.code in w.regions for _ in range(_load_share(w))]
        for r in regions
    }
    pool = {
        (r.code, lang): [
            w.id for w in workers if r.code in w.regions and lang in w.languages
            for _ in range(_load_share(w))
        ]
        for r in regions
        for lang in r.languages
    }

    n_defenders = max(20, int(cases * 0.55))
    defenders: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {r.code: [] for r in regions}
    pseudonyms: set[str] = set()
    region_pick = _Picker([(r, w) for r, (*_x, w) in zip(regions, REGIONS, strict=True)])
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
        defenders[region.code].append((defender_id, pseudonym, factors))

    return _World(
        regions=regions,
        region_pick=region_pick,
        region_team=region_team,
        cities={code: cities for code, _n, _c, _l, cities, _w in REGIONS},
        civic={r.code: r.civic_space for r in regions},
        responders=responders,
        pool=pool,
        region_pool=region_pool,
        supervisor_of_team=supervisor_of_team,
        team_of={r.id: r.team_id for r in responders},
        defenders=defenders,
        me=supervisor_of_team[team_ids[0]],
    )


def _load_share(responder: Responder) -> int:
    """Supervisors carry a lighter caseload than responders."""
    return 1 if responder.has(Role.SUPERVISOR) else 4


def _pseudonym(rng: random.Random, top: int) -> str:
    return f"{rng.choice(BIRDS)} {rng.choice(TREES)} {rng.randrange(10, top)}"


_STATUS_PICK = _Picker([((s, span), w) for s, w, span in _STATUS_MIX])
_PATH_PICK = {status: _Picker(options) for status, options in _PATHS.items()}
_CATEGORY_PICK = _Picker(list(_CATEGORY_WEIGHTS.items()))
_SEVERITY_PICK = {grave: _Picker(list(zip(_SEVERITIES, w, strict=True)))
                  for grave, w in _SEVERITY_WEIGHTS.items()}
_CHANNEL_PICK = _Picker(_CHANNELS)
_CATEGORIES = tuple(IncidentCategory)
_UNASSIGNED_SHARE = {S.NEW: 0.65, S.TRIAGED: 0.2, S.ESCALATED: 0.05}
_PRIORITIES = (Priority.P1, Priority.P2, Priority.P3, Priority.P4)
_BASE_RANK = {Severity.CRITICAL: 1, Severity.SEVERE: 2, Severity.MODERATE: 3, Severity.LOW: 4}


@dataclass
class _Plan:
    """One case before it has ids: the case, its incidents, notes and timeline events."""

    case: Case
    incidents: list[Incident]
    notes: list[RiskNote]
    # (at, actor, action, detail); entity and ids are filled in once the rows exist
    events: list[tuple[datetime, int | None, str, dict[str, Any]]]
    incident_events: list[tuple[datetime, int | None, int]]  # (at, actor, incident index)
    note_events: list[tuple[datetime, int | None, int]]  # (at, actor, note index)


def _schedule(rng: random.Random, cases: int) -> list[tuple[CaseStatus, float]]:
    """Each case's final status and age in days, oldest first, so that case ids follow the order in
    which cases were opened, as they would in a real caseload."""
    schedule = []
    for _ in range(cases):
        status, (low, high) = _STATUS_PICK(rng)
        age = low + (high - low) * rng.random() ** 1.3
        schedule.append((status, min(age, HISTORY_DAYS - 0.01)))
    schedule.sort(key=lambda item: -item[1])
    return schedule


def _write_chunk(
    uow: Any,
    rng: random.Random,
    world: _World,
    schedule: list[tuple[CaseStatus, float]],
    now: datetime,
    totals: dict[str, int],
) -> None:
    # The caseload started empty, so the ids add_many hands out are known in advance; incidents and
    # notes are made with their case id at once.
    first_id = totals["cases"] + 1
    plans = [
        _plan_case(rng, world, now, status, age, first_id + i)
        for i, (status, age) in enumerate(schedule)
    ]
    case_ids = uow.cases.add_many([p.case for p in plans])
    if case_ids != list(range(first_id, first_id + len(plans))):
        raise RuntimeError("the demo caseload changed while it was being built")
    # A case someone has moved on from "new" was answered: its first move is its first response
    # (otherwise every old demo P1 would look unanswered and be escalated).
    uow.triage.set_first_responses([
        (case_id, at)
        for case_id, plan in zip(case_ids, plans, strict=True)
        if (at := next((e[0] for e in plan.events if e[2] == "case.status"), None)) is not None
    ])
    incidents = [i for p in plans for i in p.incidents]
    notes = [n for p in plans for n in p.notes]
    incident_ids = iter(uow.cases.add_incidents(incidents))
    note_ids = iter(uow.cases.add_risk_notes(notes))
    entries: list[tuple[Any, ...]] = []
    for case_id, plan in zip(case_ids, plans, strict=True):
        ref = plan.case.ref
        timeline: list[tuple[datetime, int, tuple[Any, ...]]] = []
        order = 0
        for at, actor, action, detail in plan.events:
            timeline.append((at, order, (at, actor, action, "case", ref, case_id, detail)))
            order += 1
        for at, actor, index in plan.incident_events:
            incident = plan.incidents[index]
            timeline.append((at, order, (at, actor, "incident.added", "incident",
                                         next(incident_ids), case_id,
                                         {"category": incident.category.value})))
            order += 1
        for at, actor, index in plan.note_events:
            note = plan.notes[index]
            timeline.append((at, order, (at, actor, "risk_note.added", "risk_note",
                                         next(note_ids), case_id,
                                         {"level": note.level.value, "score": note.score})))
            order += 1
        timeline.sort(key=lambda e: (e[0], e[1]))
        entries.extend(e[2] for e in timeline)
    uow.audit.append_many(entries)
    uow.cases.index_many(case_ids, new=True)
    totals["cases"] += len(plans)
    totals["incidents"] += len(incidents)
    totals["risk_notes"] += len(notes)
    totals["audit"] += len(entries)


def _plan_case(
    rng: random.Random,
    world: _World,
    now: datetime,
    status: CaseStatus,
    age_days: float,
    case_id: int,
) -> _Plan:
    rand = rng.random
    path: tuple[CaseStatus, ...] = _PATH_PICK[status](rng)
    region = world.region_pick(rng)
    code = region.code
    language = _one(rand, region.languages)
    city = _one(rand, world.cities[code])
    category: IncidentCategory = _CATEGORY_PICK(rng)
    severity: Severity = _SEVERITY_PICK[category in _GRAVE](rng)
    channel: IntakeChannel = _CHANNEL_PICK(rng)
    pool = world.defenders[code]
    defender_id, pseudonym, factors = pool[int(len(pool) * rand() ** 1.6)]

    ref = new_case_ref(rng.randbytes(REF_BYTES))
    while ref in world.refs:
        ref = new_case_ref(rng.randbytes(REF_BYTES))
    world.refs.add(ref)

    created = now - timedelta(days=age_days)
    span = (now - created).total_seconds()

    # Assignment: most worked cases have someone; new ones often wait in the team queue. Open cases
    # go only to responders with room under the workload policy, as the app's guard would insist;
    # the rest wait unassigned (a later triage boost can still push someone over the P1 limit).
    assignee: int | None = None
    if rand() >= _UNASSIGNED_SHARE.get(status, 0.03):
        candidates = world.pool.get((code, language)) or world.region_pool[code]
        if status.is_open:
            candidates = world.with_room(candidates, _BASE_RANK[severity] == 1)
        assignee = _one(rand, candidates) if candidates else None
        if assignee is not None and status.is_open:
            world.take(assignee, _BASE_RANK[severity] == 1)
    team_id = world.team_of[assignee] if assignee is not None else world.region_team[code]
    supervisor = world.supervisor_of_team[team_id]
    intake_actor = _one(rand, world.region_pool[code] or [supervisor])
    worker = assignee if assignee is not None else supervisor

    # Status timeline: triage within about the first-response SLA, the rest spread out after it.
    rank = _BASE_RANK[severity]
    base_priority = _PRIORITIES[rank - 1]
    first_sla, resolution_sla = _SLA[base_priority]
    events: list[tuple[datetime, int | None, str, dict[str, Any]]] = []
    t = created
    times: list[datetime] = []
    if path:
        end_fraction = 0.35 + 0.6 * rand() if not status.is_open else 0.6 + 0.39 * rand()
        first_gap = min(first_sla.total_seconds() * (0.1 + 1.4 * rand()), span * 0.3)
        rest = max(span * end_fraction - first_gap, 60.0)
        gaps = [rand() + 0.05 for _ in path[1:]]
        scale = rest / sum(gaps) if gaps else 0.0
        t = created + timedelta(seconds=first_gap)
        times.append(t)
        for gap in gaps:
            t = t + timedelta(seconds=gap * scale)
            times.append(t)
    last = times[-1] if times else created + timedelta(seconds=min(span * rand(), 3_600.0))

    # Incidents: the first arrives with the case, later ones while it is worked.
    n_incidents = 1 if rand() < 0.6 else (2 if rand() < 0.7 else 3)
    incidents: list[Incident] = []
    incident_events: list[tuple[datetime, int | None, int]] = []
    for n in range(n_incidents):
        cat = category if n == 0 or rand() < 0.6 else _one(rand, _CATEGORIES)
        if n == 0:
            reported = created
        else:
            reported = created + (last - created) * rand()
        occurred = reported - timedelta(hours=1 + 240 * rand())
        text = _description(rand, cat, city)
        incidents.append(Incident(
            0, case_id, cat, text, reported, occurred, channel,
            f"vault:{rng.randbytes(6).hex()}" if rand() < 0.5 else "", cat.graphic_by_default,
        ))
        incident_events.append((reported, intake_actor if n == 0 else worker, n))

    # Risk notes on ~40% of cases, written once the case is triaged; a second one supersedes.
    notes: list[RiskNote] = []
    note_events: list[tuple[datetime, int | None, int]] = []
    if rand() < 0.4:
        start = times[0] if times else created
        count = 1 if rand() < 0.65 else 2
        for n in range(count):
            at = start + (last - start) * (0.2 + 0.8 * rand()) * (0.5 if n == 0 else 1.0)
            if n and at <= notes[0].created_at:
                at = notes[0].created_at + timedelta(hours=1)
            at = min(at, now)
            note = _risk_note(
                rng, case_id, category, severity, factors, worker, at, world.civic[code]
            )
            notes.append(note)
            note_events.append((at, worker, n))
    level = notes[-1].level if notes else None

    # Priority from severity, risk and civic space, with a little human judgement.
    if level in (RiskLevel.HIGH, RiskLevel.CRITICAL):
        rank -= 1
    if world.civic[code] in _CLOSED_CIVIC and rand() < 0.3:
        rank -= 1
    roll = rand()
    rank += -1 if roll < 0.08 else (1 if roll > 0.92 else 0)
    priority = _PRIORITIES[min(max(rank, 1), 4) - 1]
    first_sla, resolution_sla = _SLA[priority]

    events.append((created, intake_actor, "case.opened",
                   {"channel": channel.value, "priority": priority.value,
                    "category": category.value}))
    if assignee is not None:
        # A new case is assigned soon after intake (never after its last recorded activity).
        assigned_at = times[0] if times else created + (last - created) * rand()
        events.append((assigned_at, supervisor, "case.assigned", {"from": None, "to": assignee}))
    current = S.NEW
    for at, target in zip(times, path, strict=True):
        action = "case.reopened" if is_reopening(current, target) else "case.status"
        actor = supervisor if target is S.ESCALATED else worker
        events.append((at, actor, action, {"from": current.value, "to": target.value}))
        current = target

    updated = max([last, *(i.reported_at for i in incidents), *(n.created_at for n in notes)])
    version = 1 + len(path) + (assignee is not None) + (n_incidents - 1) + len(notes)
    category_label = _CATEGORY_TEXT[category][0]
    role = _one(rand, HRD_ROLES)
    title = f"{category_label} targeting {role} in {city}"
    summary = (
        f"{role[0].upper()}{role[1:]} ({pseudonym}) in {city}, {region.name}. "
        f"Reported via {channel.value.replace('_', ' ')}; {severity.value} severity."
    )
    if factors:
        summary += " Factors: " + ", ".join(f.replace("_", " ") for f in factors) + "."
    case = Case(
        id=0, ref=ref, title=title, status=status, priority=priority, category=category,
        region_code=code, language=language, created_at=created, updated_at=updated,
        summary=summary, severity=severity, channel=channel, defender_id=defender_id,
        assignee_id=assignee, team_id=team_id, risk_level=level,
        first_response_due=created + first_sla, resolution_due=created + resolution_sla,
        version=version,
    )
    return _Plan(case, incidents, notes, events, incident_events, note_events)


def _description(rand: Callable[[], float], category: IncidentCategory, city: str) -> str:
    slots = {
        "platform": _one(rand, PLATFORMS),
        "city": city,
        "count": str(3 + int(rand() * 397)),
        "hashtag": _one(rand, HASHTAGS),
        "weekday": _one(rand, _WEEKDAYS),
    }
    slots["trigger"] = _one(rand, _TRIGGERS).format_map(slots)
    text = (
        f"{_one(rand, _OPENINGS).format_map(slots)} "
        f"{_one(rand, _CATEGORY_TEXT[category][1]).format_map(slots)} "
        f"{_one(rand, _IMPACTS).format_map(slots)}"
    )
    detail = _one(rand, _DETAILS)
    return f"{text} {detail.format_map(slots)}" if detail else text


def _risk_note(
    rng: random.Random,
    case_id: int,
    category: IncidentCategory,
    severity: Severity,
    factors: tuple[str, ...],
    author: int | None,
    at: datetime,
    civic: CivicSpace,
) -> RiskNote:
    high = severity in (Severity.SEVERE, Severity.CRITICAL)
    threat_labels = _THREATS.get(category, ()) + _THREATS["default"]
    rand = rng.random
    low = 3 if high else 1
    threats = tuple(
        RiskItem(label, low + int(rand() * 3))
        for label in _sample(rand, threat_labels, 1 + int(rand() * 3))
    )
    vulnerabilities = tuple(
        RiskItem(label, 1 + int(rand() * 5))
        for label in _sample(rand, _VULNERABILITIES, 1 + int(rand() * 3))
    )
    capacities = tuple(
        RiskItem(label, 1 + int(rand() * 5)) for label in _sample(rand, _CAPACITIES, int(rand() * 3))
    )
    score = risk_score(threats, vulnerabilities, capacities)
    level = risk_level(score)
    odds = 0.2 if civic in _CLOSED_CIVIC else 0.08
    flags = tuple(f for f in CONTEXT_FLAGS if rand() < odds)
    rationale = (
        f"Driven by: {threats[0].label.lower()}. "
        f"Main vulnerability: {vulnerabilities[0].label.lower()}."
    )
    if capacities:
        rationale += f" Capacity: {capacities[0].label.lower()}."
    return RiskNote(
        id=0, case_id=case_id, author_id=author, created_at=at, threats=threats,
        vulnerabilities=vulnerabilities, capacities=capacities, level=level, score=score,
        gender_factors=factors, context_flags=flags, rationale=rationale,
        mitigations=" ".join(_sample(rand, _MITIGATIONS, 2)), next_review=at + _REVIEW[level],
    )
