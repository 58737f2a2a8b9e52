"""Enumerations of the domain, with the mappings DOMAIN.md gives (DSA categories, civic space)."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    NEW = "new"
    TRIAGED = "triaged"
    IN_PROGRESS = "in_progress"
    WAITING_ON_HRD = "waiting_on_hrd"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self not in (CaseStatus.RESOLVED, CaseStatus.CLOSED)


class Priority(StrEnum):
    """P1 is the most urgent."""

    P1 = "P1"
    P2 = "P2"
    P3 = "P3"
    P4 = "P4"

    @property
    def rank(self) -> int:
        return int(self.value[1])


class Severity(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    SEVERE = "severe"
    CRITICAL = "critical"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class CivicSpace(StrEnum):
    """CIVICUS Monitor ratings, from most to least open."""

    OPEN = "open"
    NARROWED = "narrowed"
    OBSTRUCTED = "obstructed"
    REPRESSED = "repressed"
    CLOSED = "closed"


class Role(StrEnum):
    """What a person may do in the organisation. One person may hold several. Roles come from
    records signed by an admin's device (services/identity.py), never from an editable row."""

    RESPONDER = "responder"
    SUPERVISOR = "supervisor"
    SHIFT_LEAD = "shift_lead"
    DIRECTOR = "director"
    ADMIN = "admin"


# The roles that take casework: auto-assign and suggestions offer cases only to these.
CASEWORK_ROLES = frozenset({Role.RESPONDER, Role.SUPERVISOR, Role.SHIFT_LEAD})


class IntakeChannel(StrEnum):
    """How an incident reached the platform (action 8)."""

    HRD_REPORT = "hrd_report"
    TRUSTED_PARTNER = "trusted_partner"
    PROACTIVE = "proactive"


class DsaCategory(StrEnum):
    """The 16 DSA statement-of-reasons categories (`STATEMENT_CATEGORY_*`)."""

    ANIMAL_WELFARE = "STATEMENT_CATEGORY_ANIMAL_WELFARE"
    CONSUMER_INFORMATION = "STATEMENT_CATEGORY_CONSUMER_INFORMATION"
    CYBER_VIOLENCE = "STATEMENT_CATEGORY_CYBER_VIOLENCE"
    CYBER_VIOLENCE_AGAINST_WOMEN = "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN"
    DATA_PROTECTION_AND_PRIVACY_VIOLATIONS = (
        "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS"
    )
    ILLEGAL_OR_HARMFUL_SPEECH = "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
    INTELLECTUAL_PROPERTY_INFRINGEMENTS = "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"
    NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS = (
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS"
    )
    NOT_SPECIFIED_NOTICE = "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE"
    OTHER_VIOLATION_TC = "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"
    PROTECTION_OF_MINORS = "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"
    RISK_FOR_PUBLIC_SECURITY = "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"
    SCAMS_AND_FRAUD = "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"
    SELF_HARM = "STATEMENT_CATEGORY_SELF_HARM"
    UNSAFE_AND_PROHIBITED_PRODUCTS = "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS"
    VIOLENCE = "STATEMENT_CATEGORY_VIOLENCE"


class IncidentCategory(StrEnum):
    """Incident types drawn from the Digital First Aid Kit, TF-GBV typologies and EU Directive
    2024/1385."""

    ACCOUNT_COMPROMISE = "account_compromise"
    IMPERSONATION = "impersonation"
    DOXXING = "doxxing"
    NCII = "non_consensual_intimate_imagery"
    DEEPFAKE_SEXUAL = "deepfake_sexual_material"
    CYBER_HARASSMENT = "cyber_harassment"
    CYBER_STALKING = "cyber_stalking"
    INCITEMENT = "incitement_to_violence_or_hatred"
    COORDINATED_HARASSMENT = "coordinated_harassment"
    GENDERED_DISINFORMATION = "gendered_disinformation"
    DEFAMATION_CAMPAIGN = "defamation_campaign"
    THREATS_OF_VIOLENCE = "threats_of_violence"
    SURVEILLANCE_SPYWARE = "surveillance_spyware"
    LEGAL_OR_STATE_TAKEDOWN = "legal_or_state_takedown_demand"
    WRONGLY_RESTRICTED = "account_or_content_wrongly_restricted"

    @property
    def dsa_category(self) -> DsaCategory:
        return _DSA_MAP[self]

    @property
    def graphic_by_default(self) -> bool:
        """Categories whose evidence is treated as graphic until a responder says otherwise."""
        return self in _GRAPHIC


_DSA_MAP: dict[IncidentCategory, DsaCategory] = {
    IncidentCategory.ACCOUNT_COMPROMISE: DsaCategory.DATA_PROTECTION_AND_PRIVACY_VIOLATIONS,
    IncidentCategory.IMPERSONATION: DsaCategory.SCAMS_AND_FRAUD,
    # DSA has no doxxing keyword: DOMAIN.md maps it to data protection violations.
    IncidentCategory.DOXXING: DsaCategory.DATA_PROTECTION_AND_PRIVACY_VIOLATIONS,
    IncidentCategory.NCII: DsaCategory.CYBER_VIOLENCE_AGAINST_WOMEN,
    IncidentCategory.DEEPFAKE_SEXUAL: DsaCategory.CYBER_VIOLENCE_AGAINST_WOMEN,
    IncidentCategory.CYBER_HARASSMENT: DsaCategory.CYBER_VIOLENCE,
    IncidentCategory.CYBER_STALKING: DsaCategory.CYBER_VIOLENCE,
    IncidentCategory.INCITEMENT: DsaCategory.ILLEGAL_OR_HARMFUL_SPEECH,
    IncidentCategory.COORDINATED_HARASSMENT: DsaCategory.CYBER_VIOLENCE,
    IncidentCategory.GENDERED_DISINFORMATION: (
        DsaCategory.NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS
    ),
    IncidentCategory.DEFAMATION_CAMPAIGN: DsaCategory.ILLEGAL_OR_HARMFUL_SPEECH,
    IncidentCategory.THREATS_OF_VIOLENCE: DsaCategory.VIOLENCE,
    IncidentCategory.SURVEILLANCE_SPYWARE: DsaCategory.DATA_PROTECTION_AND_PRIVACY_VIOLATIONS,
    IncidentCategory.LEGAL_OR_STATE_TAKEDOWN: DsaCategory.OTHER_VIOLATION_TC,
    IncidentCategory.WRONGLY_RESTRICTED: DsaCategory.NOT_SPECIFIED_NOTICE,
}

_GRAPHIC = frozenset(
    {
        IncidentCategory.NCII,
        IncidentCategory.DEEPFAKE_SEXUAL,
        IncidentCategory.THREATS_OF_VIOLENCE,
        IncidentCategory.INCITEMENT,
    }
)


class AppealOutcome(StrEnum):
    UPHELD = "upheld"
    PARTIALLY_REVERSED = "partially_reversed"
    REVERSED = "reversed"


class AppealStatus(StrEnum):
    FILED = "filed"
    UNDER_REVIEW = "under_review"
    DECIDED = "decided"
    ESCALATED_ODS = "escalated_ods"  # out-of-court dispute settlement (DSA Art. 21)


class NotificationChannel(StrEnum):
    SIGNAL = "signal"
    ENCRYPTED_EMAIL = "encrypted_email"
    IN_APP = "in_app"
    VIA_TRUSTED_PARTNER = "via_trusted_partner"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"


class Tlp(StrEnum):
    """Traffic Light Protocol 2.0."""

    CLEAR = "TLP:CLEAR"
    GREEN = "TLP:GREEN"
    AMBER = "TLP:AMBER"
    AMBER_STRICT = "TLP:AMBER+STRICT"
    RED = "TLP:RED"
