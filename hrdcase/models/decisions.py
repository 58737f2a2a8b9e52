"""Decisions taken on a case, with the DSA statement-of-reasons (SoR) fields (DSA Art. 17, 24(5)).

A decision is what the platform did about content or an account connected to a case: e.g. the HRD's
report was rejected, or the HRD's own post or account was restricted. Every decision records the
policy version it applied (action 1) and the fields the DSA Transparency Database asks for.

Sources for the field names and their values (the enums' values are the API's own keywords, so an
export needs no mapping):
- DSA Transparency Database, "API and Schema":
  https://transparency.dsa.ec.europa.eu/page/api-documentation (decision_visibility,
  decision_monetary, decision_provision, decision_account, decision_ground, content_type,
  source_type, automated_detection, automated_decision, puid, decision_facts ≤ 5000 characters,
  content_date, application_date; at least one decision_* field is required).
- Regulation (EU) 2022/2065 (DSA), Art. 17(3) for what a statement of reasons contains.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from hrdcase.errors import ValidationError
from hrdcase.models.enums import DsaCategory

FACTS_MAX = 5000  # decision_facts: the Transparency Database's limit
PUID_MAX = 500  # puid: the Transparency Database's limit
GROUND_REFERENCE_MAX = 500  # illegal_content_legal_ground / incompatible_content_ground
POLICY_VERSION_MAX = 40
# The HRD protection policy version a decision applies when no admin has set `policy.version`
# (action 1). The admin's setting wins; see `services/appeals.py`.
DEFAULT_POLICY_VERSION = "hrd-protection-policy 1.0"


class DecisionGround(StrEnum):
    """Why: the content is illegal, or it breaks the terms and conditions."""

    ILLEGAL_CONTENT = "DECISION_GROUND_ILLEGAL_CONTENT"
    INCOMPATIBLE_CONTENT = "DECISION_GROUND_INCOMPATIBLE_CONTENT"


class ContentType(StrEnum):
    APP = "CONTENT_TYPE_APP"
    AUDIO = "CONTENT_TYPE_AUDIO"
    IMAGE = "CONTENT_TYPE_IMAGE"
    PRODUCT = "CONTENT_TYPE_PRODUCT"
    SYNTHETIC_MEDIA = "CONTENT_TYPE_SYNTHETIC_MEDIA"
    TEXT = "CONTENT_TYPE_TEXT"
    VIDEO = "CONTENT_TYPE_VIDEO"
    OTHER = "CONTENT_TYPE_OTHER"


class SourceType(StrEnum):
    """What the decision acted on: an Art. 16 notice, a trusted flagger (Art. 22), another
    notification, or the platform's own initiative."""

    ARTICLE_16 = "SOURCE_ARTICLE_16"
    TRUSTED_FLAGGER = "SOURCE_TRUSTED_FLAGGER"
    OTHER_NOTIFICATION = "SOURCE_TYPE_OTHER_NOTIFICATION"
    VOLUNTARY = "SOURCE_VOLUNTARY"


class AutomatedDecision(StrEnum):
    FULLY = "AUTOMATED_DECISION_FULLY"
    PARTIALLY = "AUTOMATED_DECISION_PARTIALLY"
    NOT_AUTOMATED = "AUTOMATED_DECISION_NOT_AUTOMATED"


class DecisionVisibility(StrEnum):
    REMOVED = "DECISION_VISIBILITY_CONTENT_REMOVED"
    DISABLED = "DECISION_VISIBILITY_CONTENT_DISABLED"
    DEMOTED = "DECISION_VISIBILITY_CONTENT_DEMOTED"
    AGE_RESTRICTED = "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED"
    INTERACTION_RESTRICTED = "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED"
    LABELLED = "DECISION_VISIBILITY_CONTENT_LABELLED"
    OTHER = "DECISION_VISIBILITY_OTHER"


class DecisionMonetary(StrEnum):
    SUSPENSION = "DECISION_MONETARY_SUSPENSION"
    TERMINATION = "DECISION_MONETARY_TERMINATION"
    OTHER = "DECISION_MONETARY_OTHER"


class DecisionProvision(StrEnum):
    PARTIAL_SUSPENSION = "DECISION_PROVISION_PARTIAL_SUSPENSION"
    TOTAL_SUSPENSION = "DECISION_PROVISION_TOTAL_SUSPENSION"
    PARTIAL_TERMINATION = "DECISION_PROVISION_PARTIAL_TERMINATION"
    TOTAL_TERMINATION = "DECISION_PROVISION_TOTAL_TERMINATION"


class DecisionAccount(StrEnum):
    SUSPENDED = "DECISION_ACCOUNT_SUSPENDED"
    TERMINATED = "DECISION_ACCOUNT_TERMINATED"


DECISION_FIELDS = ("decision_visibility", "decision_monetary", "decision_provision",
                   "decision_account")


@dataclass(frozen=True, slots=True)
class StatementOfReasons:
    """The SoR fields a responder fills in. `validate` refuses what the database would refuse.

    `ground_reference` is the law (illegal content) or the terms-and-conditions clause
    (incompatible content) relied on; an export maps it to `illegal_content_legal_ground` or
    `incompatible_content_ground`. `content_type` is one type here; an export sends `[value]`.
    """

    decision_ground: DecisionGround
    ground_reference: str
    content_type: ContentType
    category: DsaCategory
    content_date: date
    application_date: date
    decision_facts: str
    source_type: SourceType
    automated_detection: bool
    automated_decision: AutomatedDecision
    puid: str
    decision_visibility: DecisionVisibility | None = None
    decision_visibility_other: str = ""
    decision_monetary: DecisionMonetary | None = None
    decision_provision: DecisionProvision | None = None
    decision_account: DecisionAccount | None = None

    def decision_fields(self) -> tuple[str, ...]:
        """The names of the decision_* fields that are set."""
        return tuple(name for name in DECISION_FIELDS if getattr(self, name) is not None)

    def validate(self, today: date) -> None:
        """Raise `ValidationError` (with `field`) for the first rule broken."""
        if not self.decision_fields():
            raise ValidationError(
                "Choose at least one restriction (visibility, monetary, service or account).",
                field="decision_visibility")
        if (self.decision_visibility == DecisionVisibility.OTHER
                and not self.decision_visibility_other.strip()):
            raise ValidationError("Say what the other visibility restriction was.",
                                  field="decision_visibility_other")
        _check_text(self.ground_reference, "ground_reference", GROUND_REFERENCE_MAX,
                    "Name the law or the terms-and-conditions clause the decision relies on.")
        _check_text(self.decision_facts, "decision_facts", FACTS_MAX,
                    "State the facts and circumstances the decision relied on.")
        _check_text(self.puid, "puid", PUID_MAX, "Give the platform's unique id (puid).")
        if any(ch.isspace() for ch in self.puid.strip()):
            raise ValidationError("The puid cannot contain spaces.", field="puid")
        if self.content_date > self.application_date:
            raise ValidationError("The restriction cannot start before the content was posted.",
                                  field="application_date")
        if self.application_date > today:
            raise ValidationError("The restriction date cannot be in the future.",
                                  field="application_date")


def _check_text(value: str, name: str, limit: int, empty: str) -> None:
    if not value.strip():
        raise ValidationError(empty, field=name)
    if len(value) > limit:
        raise ValidationError(
            f"This is {len(value)} characters; the limit is {limit}.", field=name)


def check_policy_version(value: str) -> str:
    version = value.strip()
    if not version or len(version) > POLICY_VERSION_MAX:
        raise ValidationError(
            f"The policy version must be 1–{POLICY_VERSION_MAX} characters.",
            field="policy_version")
    return version


@dataclass(frozen=True, slots=True)
class Decision:
    """A recorded decision: who decided, when, under which policy version, and its SoR."""

    id: int
    case_id: int
    decided_by: int | None
    decided_at: datetime
    policy_version: str
    sor: StatementOfReasons
