"""The domain's entities as frozen dataclasses. Identity is `id` (local) or `ref` (global, for cases)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from hrdcase.models.appeals import Appeal as Appeal
from hrdcase.models.decisions import Decision as Decision
from hrdcase.models.enums import (
    CASEWORK_ROLES,
    CaseStatus,
    CivicSpace,
    IncidentCategory,
    IntakeChannel,
    NotificationChannel,
    Priority,
    RiskLevel,
    Role,
    Severity,
    TaskStatus,
)


@dataclass(frozen=True, slots=True)
class Region:
    """A country (ISO 3166-1 alpha-2), a sub-national region under one (`parent`: KE-30 under KE), or
    an organisation's own code (the demo's user-assigned XA–XH). `civic_space` is None when the
    region has no CIVICUS rating ("unrated": nothing is guessed); `rated_on` is the date the rating
    is as of. `version` and `updated_at` are for sync."""

    code: str
    name: str
    civic_space: CivicSpace | None
    languages: tuple[str, ...] = ()
    parent: str | None = None
    rated_on: str | None = None
    version: int = 1
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Team:
    id: int
    name: str


# The order in which a person's roles are named when one word must do (most senior first).
_ROLE_ORDER = (Role.ADMIN, Role.DIRECTOR, Role.SHIFT_LEAD, Role.SUPERVISOR, Role.RESPONDER)


@dataclass(frozen=True, slots=True)
class Responder:
    """A person of the organisation who appears in this caseload. `roles` are the verified ones
    (a signed record checked on this device); a person may hold several, or none."""

    id: int
    display_name: str
    team_id: int
    roles: frozenset[Role] = frozenset({Role.RESPONDER})
    languages: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    tz: str = "UTC"  # IANA zone name: the responder's local day, week and graphic cut-off
    person_id: str = ""  # the organisation's id for this person (a UUID); "" before version 9

    def has(self, role: Role) -> bool:
        return role in self.roles

    @property
    def role(self) -> Role:
        """The most senior role held, for one-word labels; checks use `has`."""
        return next((r for r in _ROLE_ORDER if r in self.roles), Role.RESPONDER)

    @property
    def takes_cases(self) -> bool:
        return bool(self.roles & CASEWORK_ROLES)


@dataclass(frozen=True, slots=True)
class Defender:
    """A human rights defender. `pseudonym` is what screens show; `legal_name` is shown only where
    a redaction level allows it."""

    id: int
    pseudonym: str
    legal_name: str = ""
    region_code: str = ""
    languages: tuple[str, ...] = ()
    gender_factors: tuple[str, ...] = ()
    do_not_contact: bool = False
    contact_channel: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    ref: str
    title: str
    status: CaseStatus
    priority: Priority
    category: IncidentCategory
    region_code: str
    language: str
    created_at: datetime
    updated_at: datetime
    summary: str = ""
    severity: Severity = Severity.MODERATE
    channel: IntakeChannel = IntakeChannel.HRD_REPORT
    defender_id: int | None = None
    assignee_id: int | None = None
    team_id: int | None = None
    risk_level: RiskLevel | None = None
    first_response_due: datetime | None = None
    resolution_due: datetime | None = None
    version: int = 1


@dataclass(frozen=True, slots=True)
class Incident:
    id: int
    case_id: int
    category: IncidentCategory
    description: str
    reported_at: datetime
    occurred_at: datetime | None = None
    channel: IntakeChannel = IntakeChannel.HRD_REPORT
    evidence_ref: str = ""
    graphic: bool = False


@dataclass(frozen=True, slots=True)
class RiskItem:
    """One threat, vulnerability or capacity, scored 1 (slight) to 5 (extreme)."""

    label: str
    score: int


@dataclass(frozen=True, slots=True)
class RiskNote:
    id: int
    case_id: int
    author_id: int | None
    created_at: datetime
    threats: tuple[RiskItem, ...]
    vulnerabilities: tuple[RiskItem, ...]
    capacities: tuple[RiskItem, ...]
    level: RiskLevel
    score: float
    gender_factors: tuple[str, ...] = ()
    context_flags: tuple[str, ...] = ()
    rationale: str = ""
    mitigations: str = ""
    next_review: datetime | None = None
    superseded_by: int | None = None


# Decision (with its DSA statement of reasons) and Appeal live in models/decisions.py and
# models/appeals.py, beside their rules; they are re-exported here.


@dataclass(frozen=True, slots=True)
class Notification:
    id: int
    case_id: int
    defender_id: int
    channel: NotificationChannel
    vetted_by: int | None
    consent_at: datetime | None
    sent_at: datetime | None = None
    note: str = ""
    consent_method: str = ""  # a models.notification.ConsentMethod value
    sent_by: int | None = None


@dataclass(frozen=True, slots=True)
class Task:
    """One step of an account-safety playbook attached to a case."""

    id: int
    case_id: int
    playbook: str
    step: str
    status: TaskStatus = TaskStatus.OPEN
    done_by: int | None = None
    done_at: datetime | None = None
    result: str = ""
    text: str = ""  # the step's text as it was when the playbook was attached
    position: int = 0


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    actor_id: int | None
    action: str
    entity: str
    entity_id: str
    case_id: int | None
    detail: dict[str, object] = field(default_factory=dict)
    prev_hash: str = ""
    hash: str = ""
