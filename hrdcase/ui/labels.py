"""Human, translatable labels for the domain's enums, and date formatting for screens."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from hrdcase.models.enums import (
    CaseStatus,
    CivicSpace,
    DsaCategory,
    IncidentCategory,
    IntakeChannel,
    Priority,
    RiskLevel,
    Role,
    Severity,
)
from hrdcase.ui.i18n import translate


@cache
def role_labels() -> dict[Role, str]:
    return {
        Role.RESPONDER: translate("Labels", "Responder"),
        Role.SUPERVISOR: translate("Labels", "Supervisor"),
        Role.SHIFT_LEAD: translate("Labels", "Shift lead"),
        Role.DIRECTOR: translate("Labels", "Director"),
        Role.ADMIN: translate("Labels", "Admin"),
    }


def role_label(role: Role | str) -> str:
    """"Shift lead"; a value no role has (an old escalation row) as written, without underscores."""
    try:
        return role_labels()[Role(role)]
    except ValueError:
        return str(role).replace("_", " ")


@cache
def _status() -> dict[CaseStatus, str]:
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
def _priority() -> dict[Priority, str]:
    return {
        Priority.P1: translate("Labels", "P1 – urgent"),
        Priority.P2: translate("Labels", "P2 – high"),
        Priority.P3: translate("Labels", "P3 – normal"),
        Priority.P4: translate("Labels", "P4 – low"),
    }


@cache
def _severity() -> dict[Severity, str]:
    return {
        Severity.LOW: translate("Labels", "Low"),
        Severity.MODERATE: translate("Labels", "Moderate"),
        Severity.SEVERE: translate("Labels", "Severe"),
        Severity.CRITICAL: translate("Labels", "Critical"),
    }


@cache
def _risk() -> dict[RiskLevel, str]:
    return {
        RiskLevel.LOW: translate("Labels", "Low risk"),
        RiskLevel.MEDIUM: translate("Labels", "Medium risk"),
        RiskLevel.HIGH: translate("Labels", "High risk"),
        RiskLevel.CRITICAL: translate("Labels", "Critical risk"),
    }


@cache
def _civic() -> dict[CivicSpace, str]:
    return {
        CivicSpace.OPEN: translate("Labels", "Open"),
        CivicSpace.NARROWED: translate("Labels", "Narrowed"),
        CivicSpace.OBSTRUCTED: translate("Labels", "Obstructed"),
        CivicSpace.REPRESSED: translate("Labels", "Repressed"),
        CivicSpace.CLOSED: translate("Labels", "Closed"),
    }


@cache
def _channel() -> dict[IntakeChannel, str]:
    return {
        IntakeChannel.HRD_REPORT: translate("Labels", "Report from the HRD"),
        IntakeChannel.TRUSTED_PARTNER: translate("Labels", "Trusted partner"),
        IntakeChannel.PROACTIVE: translate("Labels", "Proactive detection"),
    }


@cache
def _category() -> dict[IncidentCategory, str]:
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


def status_label(value: CaseStatus) -> str:
    return _status()[value]


def priority_label(value: Priority, short: bool = False) -> str:
    return value.value if short else _priority()[value]


def severity_label(value: Severity) -> str:
    return _severity()[value]


def risk_label(value: RiskLevel) -> str:
    return _risk()[value]


def civic_label(value: CivicSpace | None) -> str:
    """A rating's label; "Unrated" for a region the CIVICUS snapshot does not rate."""
    return translate("Labels", "Unrated") if value is None else _civic()[value]


def channel_label(value: IntakeChannel) -> str:
    return _channel()[value]


def category_label(value: IncidentCategory) -> str:
    return _category()[value]


def dsa_label(value: DsaCategory) -> str:
    """The DSA statement-of-reasons category in words ("Cyber violence against women")."""
    words = value.value.removeprefix("STATEMENT_CATEGORY_").replace("_", " ").lower()
    return words[:1].upper() + words[1:]


def when(moment: datetime | None) -> str:
    """A timestamp in the user's local time, minute precision."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def day(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d")
