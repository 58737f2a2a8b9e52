"""Human, translatable labels for the domain's enums (the words are `services/wording.py`'s, shared
with the command line and the case file; here they go through Qt's translation), and date
formatting for screens."""

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
from hrdcase.services import wording
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


def status_label(value: CaseStatus) -> str:
    return wording.status_label(value, translate)


def priority_label(value: Priority, short: bool = False) -> str:
    return value.value if short else wording.priority_label(value, translate)


def severity_label(value: Severity) -> str:
    return wording.severity_label(value, translate)


def risk_label(value: RiskLevel) -> str:
    return wording.risk_label(value, translate)


def civic_label(value: CivicSpace | None) -> str:
    """A rating's label; "Unrated" for a region the CIVICUS snapshot does not rate."""
    return wording.civic_label(value, translate)


def channel_label(value: IntakeChannel) -> str:
    return wording.channel_label(value, translate)


def category_label(value: IncidentCategory) -> str:
    return wording.category_label(value, translate)


def dsa_label(value: DsaCategory) -> str:
    """The DSA statement-of-reasons category in words ("Cyber violence against women")."""
    return wording.dsa_label(value)


def when(moment: datetime | None) -> str:
    """A timestamp in the user's local time, minute precision."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def day(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d")
