"""Invented text for the demo caseload (see build.py): incident descriptions assembled from phrase
templates, and risk notes. Nothing here describes a real person, place or organisation."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TypeVar

from hrdcase.models.entities import RiskItem, RiskNote
from hrdcase.models.enums import CivicSpace, IncidentCategory, RiskLevel, Severity
from hrdcase.models.risk import risk_level, risk_score

T = TypeVar("T")
CLOSED_CIVIC = frozenset({CivicSpace.REPRESSED, CivicSpace.CLOSED})

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
CATEGORY_TEXT: dict[IncidentCategory, tuple[str, tuple[str, ...]]] = {
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
REVIEW = {
    RiskLevel.CRITICAL: timedelta(days=3),
    RiskLevel.HIGH: timedelta(days=7),
    RiskLevel.MEDIUM: timedelta(days=14),
    RiskLevel.LOW: timedelta(days=30),
}

def one(rand: Callable[[], float], items: Sequence[T]) -> T:
    """`random.choice` without its overhead (the builder makes millions of picks)."""
    return items[int(rand() * len(items))]


def sample(rand: Callable[[], float], items: Sequence[T], k: int) -> list[T]:
    """`random.sample` for short tuples, without its overhead."""
    pool = list(items)
    return [pool.pop(int(rand() * len(pool))) for _ in range(k)]


def description(rand: Callable[[], float], category: IncidentCategory, city: str) -> str:
    slots = {
        "platform": one(rand, PLATFORMS),
        "city": city,
        "count": str(3 + int(rand() * 397)),
        "hashtag": one(rand, HASHTAGS),
        "weekday": one(rand, _WEEKDAYS),
    }
    slots["trigger"] = one(rand, _TRIGGERS).format_map(slots)
    text = (
        f"{one(rand, _OPENINGS).format_map(slots)} "
        f"{one(rand, CATEGORY_TEXT[category][1]).format_map(slots)} "
        f"{one(rand, _IMPACTS).format_map(slots)}"
    )
    detail = one(rand, _DETAILS)
    return f"{text} {detail.format_map(slots)}" if detail else text


def risk_note(
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
        for label in sample(rand, threat_labels, 1 + int(rand() * 3))
    )
    vulnerabilities = tuple(
        RiskItem(label, 1 + int(rand() * 5))
        for label in sample(rand, _VULNERABILITIES, 1 + int(rand() * 3))
    )
    capacities = tuple(
        RiskItem(label, 1 + int(rand() * 5)) for label in sample(rand, _CAPACITIES, int(rand() * 3))
    )
    score = risk_score(threats, vulnerabilities, capacities)
    level = risk_level(score)
    odds = 0.2 if civic in CLOSED_CIVIC else 0.08
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
        mitigations=" ".join(sample(rand, _MITIGATIONS, 2)), next_review=at + REVIEW[level],
    )
