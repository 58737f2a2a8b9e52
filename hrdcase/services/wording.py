"""Words for the domain's enums, without Qt: every label the screens, the command line and the case
file share. Each table takes `translate(context, text)`: the app passes Qt's
(`QCoreApplication.translate`, through `ui/labels.py` and friends), everything else `plain`, which
keeps the English source text (the case file's content digest must not depend on the locale).
`pyside6-lupdate` reads the `translate("Context", "text")` calls here too (`make i18n`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from hrdcase.models.decisions import (
    AutomatedDecision,
    ContentType,
    DecisionAccount,
    DecisionGround,
    DecisionMonetary,
    DecisionProvision,
    DecisionVisibility,
    SourceType,
)
from hrdcase.models.enums import (
    AppealOutcome,
    AppealStatus,
    CaseStatus,
    CivicSpace,
    DsaCategory,
    IncidentCategory,
    IntakeChannel,
    NotificationChannel,
    Priority,
    RiskLevel,
    Severity,
    TaskStatus,
)
from hrdcase.models.notification import ConsentMethod

Translate = Callable[[str, str], str]


def plain(context: str, text: str) -> str:
    """The English source text: the command line, the case file, the services' own messages."""
    return text


def utc_minute(moment: datetime | None) -> str:
    """A timestamp in UTC, minute precision: for text that must read the same on every machine."""
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


@cache
def _status(translate: Translate) -> dict[CaseStatus, str]:
    return {
        CaseStatus.NEW: translate("Labels", "New"),
        CaseStatus.TRIAGED: translate("Labels", "Triaged"),
        CaseStatus.IN_PROGRESS: translate("Labels", "In progress"),
        CaseStatus.WAITING_ON_HRD: translate("Labels", "Waiting on HRD"),
        CaseStatus.ESCALATED: translate("Labels", "Escalated"),
        CaseStatus.RESOLVED: translate("Labels", "Resolved"),
        CaseStatus.CLOSED: translate("Labels", "Closed"),
    }


@cache
def _priority(translate: Translate) -> dict[Priority, str]:
    return {
        Priority.P1: translate("Labels", "P1 – urgent"),
        Priority.P2: translate("Labels", "P2 – high"),
        Priority.P3: translate("Labels", "P3 – normal"),
        Priority.P4: translate("Labels", "P4 – low"),
    }


@cache
def _severity(translate: Translate) -> dict[Severity, str]:
    return {
        Severity.LOW: translate("Labels", "Low"),
        Severity.MODERATE: translate("Labels", "Moderate"),
        Severity.SEVERE: translate("Labels", "Severe"),
        Severity.CRITICAL: translate("Labels", "Critical"),
    }


@cache
def _risk(translate: Translate) -> dict[RiskLevel, str]:
    return {
        RiskLevel.LOW: translate("Labels", "Low risk"),
        RiskLevel.MEDIUM: translate("Labels", "Medium risk"),
        RiskLevel.HIGH: translate("Labels", "High risk"),
        RiskLevel.CRITICAL: translate("Labels", "Critical risk"),
    }


@cache
def _civic(translate: Translate) -> dict[CivicSpace, str]:
    return {
        CivicSpace.OPEN: translate("Labels", "Open"),
        CivicSpace.NARROWED: translate("Labels", "Narrowed"),
        CivicSpace.OBSTRUCTED: translate("Labels", "Obstructed"),
        CivicSpace.REPRESSED: translate("Labels", "Repressed"),
        CivicSpace.CLOSED: translate("Labels", "Closed"),
    }


@cache
def _channel(translate: Translate) -> dict[IntakeChannel, str]:
    return {
        IntakeChannel.HRD_REPORT: translate("Labels", "Report from the HRD"),
        IntakeChannel.TRUSTED_PARTNER: translate("Labels", "Trusted partner"),
        IntakeChannel.PROACTIVE: translate("Labels", "Proactive detection"),
    }


@cache
def _category(translate: Translate) -> dict[IncidentCategory, str]:
    c = IncidentCategory
    return {
        c.ACCOUNT_COMPROMISE: translate("Labels", "Account compromise"),
        c.IMPERSONATION: translate("Labels", "Impersonation"),
        c.DOXXING: translate("Labels", "Doxxing"),
        c.NCII: translate("Labels", "Non-consensual intimate imagery"),
        c.DEEPFAKE_SEXUAL: translate("Labels", "Sexual deepfake"),
        c.CYBER_HARASSMENT: translate("Labels", "Cyber harassment"),
        c.CYBER_STALKING: translate("Labels", "Cyber stalking"),
        c.INCITEMENT: translate("Labels", "Incitement to violence or hatred"),
        c.COORDINATED_HARASSMENT: translate("Labels", "Coordinated harassment"),
        c.GENDERED_DISINFORMATION: translate("Labels", "Gendered disinformation"),
        c.DEFAMATION_CAMPAIGN: translate("Labels", "Defamation campaign"),
        c.THREATS_OF_VIOLENCE: translate("Labels", "Threats of violence"),
        c.SURVEILLANCE_SPYWARE: translate("Labels", "Surveillance or spyware"),
        c.LEGAL_OR_STATE_TAKEDOWN: translate("Labels", "Legal or state takedown demand"),
        c.WRONGLY_RESTRICTED: translate("Labels", "Wrongly restricted account or content"),
    }


@cache
def _channels(translate: Translate) -> dict[NotificationChannel, str]:
    return {
        NotificationChannel.SIGNAL: translate("Outreach", "Signal"),
        NotificationChannel.ENCRYPTED_EMAIL: translate("Outreach", "Encrypted email"),
        NotificationChannel.IN_APP: translate("Outreach", "In-app secure message"),
        NotificationChannel.VIA_TRUSTED_PARTNER: translate("Outreach", "Through a trusted partner"),
    }


@cache
def _methods(translate: Translate) -> dict[ConsentMethod, str]:
    return {
        ConsentMethod.WRITTEN: translate("Outreach", "In writing"),
        ConsentMethod.VERBAL: translate("Outreach", "Verbally (call or meeting)"),
        ConsentMethod.SECURE_MESSAGE: translate("Outreach", "By secure message"),
        ConsentMethod.VIA_TRUSTED_PARTNER: translate("Outreach", "Through a trusted partner"),
    }


@cache
def _statuses(translate: Translate) -> dict[TaskStatus, str]:
    return {
        TaskStatus.OPEN: translate("Outreach", "To do"),
        TaskStatus.DONE: translate("Outreach", "Done"),
        TaskStatus.SKIPPED: translate("Outreach", "Skipped"),
    }


@cache
def _sor(translate: Translate) -> dict[StrEnum, str]:
    return {
        DecisionGround.ILLEGAL_CONTENT: translate("DecisionLabels", "Illegal content"),
        DecisionGround.INCOMPATIBLE_CONTENT: translate(
            "DecisionLabels", "Incompatible with the terms and conditions"),
        ContentType.APP: translate("DecisionLabels", "App"),
        ContentType.AUDIO: translate("DecisionLabels", "Audio"),
        ContentType.IMAGE: translate("DecisionLabels", "Image"),
        ContentType.PRODUCT: translate("DecisionLabels", "Product"),
        ContentType.SYNTHETIC_MEDIA: translate("DecisionLabels", "Synthetic media"),
        ContentType.TEXT: translate("DecisionLabels", "Text"),
        ContentType.VIDEO: translate("DecisionLabels", "Video"),
        ContentType.OTHER: translate("DecisionLabels", "Other"),
        SourceType.ARTICLE_16: translate("DecisionLabels", "Notice (DSA Art. 16)"),
        SourceType.TRUSTED_FLAGGER: translate("DecisionLabels", "Trusted flagger"),
        SourceType.OTHER_NOTIFICATION: translate("DecisionLabels", "Other notification"),
        SourceType.VOLUNTARY: translate("DecisionLabels", "Own initiative"),
        AutomatedDecision.FULLY: translate("DecisionLabels", "Fully automated"),
        AutomatedDecision.PARTIALLY: translate("DecisionLabels", "Partially automated"),
        AutomatedDecision.NOT_AUTOMATED: translate("DecisionLabels", "Not automated"),
        DecisionVisibility.REMOVED: translate("DecisionLabels", "Content removed"),
        DecisionVisibility.DISABLED: translate("DecisionLabels", "Content disabled"),
        DecisionVisibility.DEMOTED: translate("DecisionLabels", "Content demoted"),
        DecisionVisibility.AGE_RESTRICTED: translate("DecisionLabels", "Content age-restricted"),
        DecisionVisibility.INTERACTION_RESTRICTED: translate("DecisionLabels", "Interaction restricted"),
        DecisionVisibility.LABELLED: translate("DecisionLabels", "Content labelled"),
        DecisionVisibility.OTHER: translate("DecisionLabels", "Other visibility restriction"),
        DecisionMonetary.SUSPENSION: translate("DecisionLabels", "Monetary payments suspended"),
        DecisionMonetary.TERMINATION: translate("DecisionLabels", "Monetary payments terminated"),
        DecisionMonetary.OTHER: translate("DecisionLabels", "Other monetary restriction"),
        DecisionProvision.PARTIAL_SUSPENSION: translate("DecisionLabels", "Service partially suspended"),
        DecisionProvision.TOTAL_SUSPENSION: translate("DecisionLabels", "Service suspended"),
        DecisionProvision.PARTIAL_TERMINATION: translate("DecisionLabels", "Service partially terminated"),
        DecisionProvision.TOTAL_TERMINATION: translate("DecisionLabels", "Service terminated"),
        DecisionAccount.SUSPENDED: translate("DecisionLabels", "Account suspended"),
        DecisionAccount.TERMINATED: translate("DecisionLabels", "Account terminated"),
        AppealOutcome.UPHELD: translate("DecisionLabels", "Upheld"),
        AppealOutcome.PARTIALLY_REVERSED: translate("DecisionLabels", "Partially reversed"),
        AppealOutcome.REVERSED: translate("DecisionLabels", "Reversed"),
        AppealStatus.FILED: translate("DecisionLabels", "Filed, no reviewer yet"),
        AppealStatus.UNDER_REVIEW: translate("DecisionLabels", "Under review"),
        AppealStatus.DECIDED: translate("DecisionLabels", "Decided"),
        AppealStatus.ESCALATED_ODS: translate("DecisionLabels", "With a dispute settlement body"),
    }


def _of(table: dict[Any, str], enum: type, value: object) -> str:
    """The label of a raw value (an audit detail's string); the raw value if it is not a member."""
    try:
        return table[enum(value)]
    except (ValueError, KeyError):
        return str(value)


def status_label(value: object, translate: Translate = plain) -> str:
    return _of(_status(translate), CaseStatus, value)


def priority_label(value: object, translate: Translate = plain) -> str:
    return _of(_priority(translate), Priority, value)


def severity_label(value: object, translate: Translate = plain) -> str:
    return _of(_severity(translate), Severity, value)


def risk_label(value: object, translate: Translate = plain) -> str:
    return _of(_risk(translate), RiskLevel, value)


def civic_label(value: object, translate: Translate = plain) -> str:
    """A rating's label; "Unrated" for a region the CIVICUS snapshot does not rate."""
    if value is None:
        return translate("Labels", "Unrated")
    return _of(_civic(translate), CivicSpace, value)


def channel_label(value: object, translate: Translate = plain) -> str:
    return _of(_channel(translate), IntakeChannel, value)


def category_label(value: object, translate: Translate = plain) -> str:
    return _of(_category(translate), IncidentCategory, value)


def dsa_label(value: object) -> str:
    """The DSA statement-of-reasons category in words ("Cyber violence against women")."""
    try:
        raw = DsaCategory(str(value.value if isinstance(value, DsaCategory) else value)).value
    except ValueError:
        return str(value)
    words = raw.removeprefix("STATEMENT_CATEGORY_").replace("_", " ").lower()
    return words[:1].upper() + words[1:]


def notification_channel_label(value: object, translate: Translate = plain) -> str:
    return _of(_channels(translate), NotificationChannel, value)


def consent_method_label(value: object, translate: Translate = plain) -> str:
    return _of(_methods(translate), ConsentMethod, value)


def task_status_label(value: object, translate: Translate = plain) -> str:
    return _of(_statuses(translate), TaskStatus, value)


def escalation_role_label(role: object, translate: Translate = plain) -> str:
    return {
        "shift_lead": translate("Triage", "shift lead"),
        "director": translate("Triage", "director"),
    }.get(str(role), str(role).replace("_", " "))


def sor_label(value: StrEnum | None, translate: Translate = plain) -> str:
    """A statement-of-reasons or appeal enum in words; "—" for none."""
    if value is None:
        return "—"
    return _sor(translate).get(value, str(value.value))


def label_of(enum: type[StrEnum], raw: object, translate: Translate = plain) -> str:
    """Label for a raw audit-detail value; the raw value if it is not a member."""
    try:
        return sor_label(enum(str(raw)), translate)
    except ValueError:
        return str(raw)
